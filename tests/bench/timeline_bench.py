"""What ``muragat timeline`` costs (issue 29): the command as fresh processes (cold CLI) in a
data folder with none imported and one with N imported documents, beside ``muragat cases``
(the same archive load, no timeline) and ``--version`` (the floor); then, in one process, what
the window would pay to follow a change live: `index.timeline.events` again, and the layout,
SVG and PNG of the result.

    .venv/bin/python tests/bench/timeline_bench.py [--documents 1000] [--runs 5]
        [--data /tmp/muragat-timeline-bench] [--seed 2026]

The data folders are made once by bench_data.py (the benchmark corpus imported with
``muragat import``, indexed, 300 notes) and reused. Per command: median wall and CPU time
(user + system, from wait4) and the largest peak RSS, the 0- and N-document runs alternating
so both see the same load; the load average at start and end. No timed assertion anywhere:
the numbers go in docs/bench/timeline.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from bench_data import data_folder, muragat, run_timed, source  # noqa: E402


def commands(out: Path) -> list[tuple[str, list[str]]]:
    return [
        ("--version (floor)", ["--version"]),
        ("cases (baseline)", ["cases"]),
        ("timeline", ["timeline"]),
        ("timeline --format json", ["timeline", "--format", "json"]),
        ("timeline --person Еңсебек", ["timeline", "--person", "Еңсебек"]),
        ("timeline --notes --json", ["timeline", "--notes", "--json"]),
        ("timeline svg --output", ["timeline", "--format", "svg", "--output", str(out / "t.svg")]),
        ("timeline png --output", ["timeline", "--format", "png", "--output", str(out / "t.png")]),
    ]


def in_process(data: Path, repeat: int = 200) -> list[tuple[str, float, float]]:
    """(step, median ms wall, median ms CPU) of the steps a live window repeats."""
    sys.path.insert(0, str(source()))
    from index.core import Core
    from index.timeline import events
    from index.timeline.as_json import timeline_json
    from index.timeline.layout import layout
    from index.timeline.png import drawing_png
    from index.timeline.svg import drawing_svg

    core = Core(data)
    archive = core.archive
    notes = [n for n in core.list_notes() if not n.private]
    tags = core.target_tags()
    timeline = events(archive, notes=notes, target_tags=tags)
    drawing = layout(timeline)
    steps = [
        ("events(archive)", lambda: events(archive), repeat),
        ("events(+ notes, tags)", lambda: events(archive, notes=notes, target_tags=tags), repeat),
        ("core.list_notes() + target_tags()", lambda: (core.list_notes(), core.target_tags()), 20),
        ("timeline_json (citations)", lambda: timeline_json(archive, timeline), 50),
        ("layout", lambda: layout(timeline), 50),
        ("SVG from layout", lambda: drawing_svg(drawing), 50),
        ("PNG from layout (2x)", lambda: drawing_png(drawing), 5),
    ]
    out = []
    for label, step, n in steps:
        walls, cpus = [], []
        for _ in range(n):
            w, c = time.perf_counter(), time.process_time()
            step()
            walls.append(time.perf_counter() - w)
            cpus.append(time.process_time() - c)
        out.append((label, statistics.median(walls) * 1000, statistics.median(cpus) * 1000))
    core.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=Path("/tmp/muragat-timeline-bench"))
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    empty, _ = data_folder(args.data, 0, args.seed)
    full, full_info = data_folder(args.data, args.documents, args.seed)
    src = source()
    env = {**os.environ, "PYTHONPATH": str(src)}
    print(
        f"{platform.machine()} {platform.system()}, nproc {len(os.sched_getaffinity(0))}, "
        f"Python {platform.python_version()}; {full_info['corpus']}; "
        f"{full_info.get('notes', '?')} notes in each folder"
    )
    load_start = os.getloadavg()
    results: dict[str, dict[str, list[dict]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        rows = commands(Path(tmp))
        for label, argv in rows:
            results[label] = {"0": [], "N": []}
            folders = [("0", empty), ("N", full)]
            for _, folder in folders:  # warm-up (file cache), not counted
                run_timed(muragat(folder, *argv), src, env)
            for r in range(args.runs):
                for key, folder in folders if r % 2 == 0 else folders[::-1]:
                    got = run_timed(muragat(folder, *argv), src, env)
                    if got["status"] != 0:
                        raise SystemExit(f"{label} failed:\n{got['stderr'][-2000:]}")
                    results[label][key].append({k: got[k] for k in ("wall", "cpu", "rss_mb")})
    load_end = os.getloadavg()
    print(
        f"load average (1, 5, 15 min): start {load_start[0]:.2f} {load_start[1]:.2f} "
        f"{load_start[2]:.2f}, end {load_end[0]:.2f} {load_end[1]:.2f} {load_end[2]:.2f}; "
        f"{args.runs} runs per command after one warm-up; medians, RSS the largest"
    )
    n = f"{args.documents:,} docs"
    print(f"{'command':<30}{'0 docs: wall s':>15}{'CPU s':>7}{'MB':>6}{n + ': wall s':>18}"
          f"{'CPU s':>7}{'MB':>6}")  # fmt: skip

    def cell(samples: list[dict]) -> tuple[float, float, float]:
        return (
            statistics.median(s["wall"] for s in samples),
            statistics.median(s["cpu"] for s in samples),
            max(s["rss_mb"] for s in samples),
        )

    for label, _ in rows:
        w0, c0, m0 = cell(results[label]["0"])
        w1, c1, m1 = cell(results[label]["N"])
        print(f"{label:<30}{w0:>15.3f}{c0:>7.3f}{m0:>6.0f}{w1:>18.3f}{c1:>7.3f}{m1:>6.0f}")
    print(f"\nin one process, {n} folder (what the window repeats to follow a change):")
    for label, wall, cpu in in_process(full):
        print(f"  {label:<36}{wall:>9.3f} ms wall{cpu:>9.3f} ms CPU")


if __name__ == "__main__":
    main()
