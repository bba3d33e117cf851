"""What a command costs with thousands of imported documents (issue 23): ``muragat search``,
``show``, ``cases`` and ``notes list`` as fresh processes, against a data folder with none
imported and one with N imported, side by side.

    .venv/bin/python tests/bench/cli_bench.py [--documents 3000] [--runs 5]
        [--data /tmp/muragat-bench-data] [--seed 2026] [--json FILE]

The data folders are made once by bench_data.py (the benchmark corpus of 10-15 KB documents
imported with ``muragat import``, indexed with ``muragat index``, 300 notes added) and reused.
Each command is ``python -m app --data-dir DATA …`` run from the checkout measured (this one,
or MURAGAT_SOURCE), warmed once per folder, then timed ``--runs`` times, the 0-document and
N-document runs alternating so both see the same load. Per command: median wall and CPU time
(user + system, from wait4, the process and the children it waited for) and the largest peak
RSS (ru_maxrss). A command whose warm-up took long runs fewer times (``--budget`` seconds per
command, at least once). The floor is ``muragat --version`` (Python and the CLI's imports).

Targets (issue 23), at 10,000 documents: each command's wall <= 1.5x the same command with
none imported, and <= 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from bench_data import data_folder, muragat, run_timed, source  # noqa: E402

QUERIES = [
    ("term", "torture"),
    ("name, other script", "Еңсебек"),
    ("common phrase", '"the right to"'),
    ("prefix", "detain*"),
    ("two terms", "court Almaty"),
]


def commands(info: dict) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = [("--version (floor)", ["--version"])]
    out += [(f"search {q}", ["search", q]) for _, q in QUERIES]
    out += [("show summary-1", ["show", "summary-1"])]
    if info.get("show_imported"):
        out.append(("show <imported paragraph>", ["show", info["show_imported"]]))
    out += [("cases", ["cases"]), ("notes list", ["notes", "list"])]
    return out


def git_head(folder: Path) -> str:
    run = subprocess.run(
        ["git", "-C", str(folder), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return run.stdout.strip() or "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=Path("/tmp/muragat-bench-data"))
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="WORD",
        help="only the commands whose label holds one of these words (show, cases, notes, search)",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=120,
        help="seconds per command: fewer runs (at least one) when its warm-up was slow",
    )
    args = parser.parse_args()

    empty, empty_info = data_folder(args.data, 0, args.seed)
    full, full_info = data_folder(args.data, args.documents, args.seed)
    src = source()
    env = {**os.environ, "PYTHONPATH": str(src)}
    print(
        f"source {src} (git {git_head(src)}); {platform.machine()} {platform.system()}, "
        f"nproc {len(os.sched_getaffinity(0))}, Python {platform.python_version()}"
    )
    print(full_info["corpus"])
    if "import" in full_info:
        imp, idx = full_info["import"], full_info["index"]
        mb = full_info["corpus_mb"]
        print(
            f"made with: muragat import {imp['wall']:.0f} s (CPU {imp['cpu']:.0f} s, "
            f"{imp['rss_mb']:.0f} MB, load {full_info['load_import']:.1f}); muragat index "
            f"{idx['wall']:.0f} s (CPU {idx['cpu']:.0f} s, {idx['rss_mb']:.0f} MB, "
            f"{mb / idx['wall']:.2f} MB/s, load {full_info['load_index']:.1f}); "
            f"notes: {empty_info['notes']} in the 0-document folder, {full_info['notes']} in the "
            f"{args.documents:,}-document one"
        )
    load_start = os.getloadavg()
    rows = [
        row
        for row in commands(full_info)
        if not args.only or row[0].startswith("--version") or any(w in row[0] for w in args.only)
    ]
    results: dict[str, dict[str, list[dict]]] = {}
    for label, argv in rows:
        results[label] = {"0": [], "N": []}
        folders = [("0", empty), ("N", full)]
        if label == "show <imported paragraph>":  # none at 0: compared with show summary-1
            folders = [("N", full)]
        warm = 0.0
        for _, folder in folders:  # warm-up (file cache), not counted
            warm += run_timed(muragat(folder, *argv), src, env)["wall"]
        runs = max(1, min(args.runs, int(args.budget / max(warm, 0.001))))
        for r in range(runs):
            order = folders if r % 2 == 0 else folders[::-1]
            for key, folder in order:
                got = run_timed(muragat(folder, *argv), src, env)
                if got["status"] != 0:
                    raise SystemExit(f"{label} failed:\n{got['stderr'][-2000:]}")
                results[label][key].append({k: got[k] for k in ("wall", "cpu", "rss_mb")})
        print(f"  … {label}", file=sys.stderr, flush=True)
    load_end = os.getloadavg()

    n = args.documents
    print(
        f"load average (1, 5, 15 min): start {load_start[0]:.2f} {load_start[1]:.2f} "
        f"{load_start[2]:.2f}, end {load_end[0]:.2f} {load_end[1]:.2f} {load_end[2]:.2f}; "
        f"up to {args.runs} runs per command after one warm-up (fewer for a slow one: "
        f"the runs column); medians, RSS the largest"
    )
    head = f"{'command':<28}{'runs':>5}{'0 docs: wall s':>15}{'CPU s':>7}{'MB':>6}"
    head += f"{f'{n:,} docs: wall s':>20}{'CPU s':>7}{'MB':>6}{'x wall':>8}{'x CPU':>7}  target"
    print(head)

    def cell(samples: list[dict]) -> tuple[float, float, float]:
        if not samples:
            return float("nan"), float("nan"), float("nan")
        return (
            statistics.median(s["wall"] for s in samples),
            statistics.median(s["cpu"] for s in samples),
            max(s["rss_mb"] for s in samples),
        )

    for label, _ in rows:
        w0, c0, m0 = cell(results[label]["0"])
        w1, c1, m1 = cell(results[label]["N"])
        xw, xc = w1 / w0 if w0 == w0 else float("nan"), c1 / c0 if c0 == c0 else float("nan")
        if label.startswith("--version"):
            verdict = ""
        elif w0 != w0:  # no 0-document counterpart: compare with show summary-1
            base = cell(results["show summary-1"]["0"])
            xw, xc = w1 / base[0], c1 / base[1]
            verdict = "vs show summary-1 at 0: " + ("met" if xw <= 1.5 and m1 <= 150 else "MISSED")
        else:
            verdict = "met" if xw <= 1.5 and m1 <= 150 else "MISSED"
        print(
            f"{label:<28}{len(results[label]['N']):>5}{w0:>15.2f}{c0:>7.2f}{m0:>6.0f}{w1:>20.2f}{c1:>7.2f}{m1:>6.0f}"
            f"{xw:>7.1f}x{xc:>6.1f}x  {verdict}"
        )
    print("target: wall <= 1.5x the 0-document run and peak RSS <= 150 MB (issue 23, at 10,000)")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "documents": n,
                    "corpus": full_info,
                    "load": [load_start, load_end],
                    "results": results,
                    "when": time.strftime("%Y-%m-%d %H:%M"),
                },
                indent=1,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
