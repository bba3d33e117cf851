"""What the vault costs (issue 24): the same data folder in the clear and in a vault, side by side.

    .venv/bin/python tests/bench/vault_bench.py --clear DATA --vault VAULT_DATA \
        --passphrase-file FILE [--runs 5] [--json FILE]

``VAULT_DATA`` is a copy of ``DATA`` turned into a vault (``muragat vault enable``) and searched
once (so its sealed index is built). Three measures, the clear and the vault runs alternating:

- **start**: ``muragat search QUERY`` as a fresh process (its own interpreter, imports, stores,
  index), wall and CPU. With the vault it includes the Argon2id derivation of the key (~1 s by
  design: what a guess costs); the derivation is measured alone in its own processes and the
  table shows the vault's wall with and without it.
- **search**: CPU time per query in one process, index warm, p50 and p95 of ``--runs`` x 5.
- **note save**: ``Core.apply(UpdateNote)`` CPU time on the thread that applies it (the write
  pool's, in the window), p50 and p95 of 60 saves.

Target (issue 24): search, note save and start with the vault <= 1.3x the same without it.
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
ROOT = HERE.parent.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from bench_data import run_timed, source  # noqa: E402

QUERIES = ["torture", "Еңсебек", '"the right to"', "detain*", "court Almaty"]

_PROBE = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
data, what = Path(sys.argv[2]), sys.argv[3]
passphrase = sys.stdin.readline().rstrip("\n")
from index.vault import keys, session
out = {}
if what == "kdf":
    t = time.perf_counter(); keys.unwrap(keys.key_path(data), passphrase)
    out["kdf"] = time.perf_counter() - t
else:
    if session.is_vault(data):
        session.open_vault(data, passphrase)
    from index.changes import UpdateNote
    from index.core import Core
    core = Core(data)
    core.ensure_writable()
    runs = int(sys.argv[4])
    searches = {}
    for q in json.loads(sys.argv[5]):
        core.find(q, limit=20)
        cpu = []
        for _ in range(runs * 5):
            t = time.thread_time(); core.find(q, limit=20); cpu.append(time.thread_time() - t)
        searches[q] = cpu
    out["search"] = searches
    notes = core.notes.notes()[:60]
    saves = []
    for n, note in enumerate(notes):
        t = time.thread_time()
        core.apply(UpdateNote(note.id, {"body": note.body + f" edit {n}"}))
        saves.append(time.thread_time() - t)
    out["saves"] = saves
    core.close()
print(json.dumps(out))
"""


def probe(code: Path, data: Path, what: str, passphrase: str, runs: int) -> dict:
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, str(code), str(data), what, str(runs), json.dumps(QUERIES)],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def start_runs(code: Path, data: Path, passphrase: str | None, runs: int) -> list[dict]:
    out = []
    for _ in range(runs):
        args = [sys.executable, "-m", "app", "--data-dir", str(data)]
        if passphrase is None:
            out.append(run_timed([*args, "search", "torture"], code))
            continue
        read, write = os.pipe()  # the passphrase on a descriptor, as a script gives it
        os.write(write, (passphrase + "\n").encode())
        os.close(write)
        try:
            out.append(_timed_with_fd([*args, "--passphrase-fd", str(read), "search", "torture"],
                                      code, read))  # fmt: skip
        finally:
            os.close(read)
    return out


def _timed_with_fd(args: list[str], cwd: Path, fd: int) -> dict:
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, pass_fds=(fd,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"muragat failed: {err}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clear", type=Path, required=True)
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--passphrase-file", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    code = source()
    passphrase = args.passphrase_file.read_text("utf-8").splitlines()[0]
    load_start = os.getloadavg()

    starts: dict[str, list[dict]] = {"clear": [], "vault": []}
    kdf: list[float] = []
    for _ in range(args.runs):  # alternating, so both see the same load
        starts["clear"] += start_runs(code, args.clear, None, 1)
        starts["vault"] += start_runs(code, args.vault, passphrase, 1)
        kdf.append(probe(code, args.vault, "kdf", passphrase, 1)["kdf"])
    inner = {
        "clear": probe(code, args.clear, "inner", "", args.runs),
        "vault": probe(code, args.vault, "inner", passphrase, args.runs),
    }
    load_end = os.getloadavg()

    corpus_file = args.clear.parent / f"{args.clear.name}.json"
    corpus = json.loads(corpus_file.read_text())["corpus"] if corpus_file.is_file() else "?"
    print(f"corpus: {corpus}")
    print(f"folders: clear {args.clear}, vault {args.vault}; code {code}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs; load {load_start[0]:.2f} at "
          f"start, {load_end[0]:.2f} at end")  # fmt: skip
    print()
    cw = statistics.median(r["wall"] for r in starts["clear"])
    vw = statistics.median(r["wall"] for r in starts["vault"])
    kd = statistics.median(kdf)
    cc = statistics.median(r["cpu"] for r in starts["clear"])
    vc = statistics.median(r["cpu"] for r in starts["vault"])
    print("| measure | clear | vault | vault / clear |")
    print("|---|---:|---:|---:|")
    print(f"| `muragat search torture`, wall (median of {args.runs}) | {cw:.2f} s | {vw:.2f} s | "
          f"{vw / cw:.2f}x |")  # fmt: skip
    print(f"| the same without the key's derivation ({kd:.2f} s) | {cw:.2f} s | {vw - kd:.2f} s | "
          f"{(vw - kd) / cw:.2f}x |")  # fmt: skip
    print(f"| the same, CPU | {cc:.2f} s | {vc:.2f} s | {vc / cc:.2f}x |")
    rc = max(r["rss_mb"] for r in starts["clear"])
    rv = max(r["rss_mb"] for r in starts["vault"])
    print(f"| the same, peak memory | {rc:.0f} MB | {rv:.0f} MB | {rv / rc:.2f}x |")
    for q in QUERIES:
        c, v = inner["clear"]["search"][q], inner["vault"]["search"][q]
        print(f"| search CPU `{q}` p50 / p95 | {pct(c, .5) * 1e3:.1f} / {pct(c, .95) * 1e3:.1f} ms "
              f"| {pct(v, .5) * 1e3:.1f} / {pct(v, .95) * 1e3:.1f} ms "
              f"| {pct(v, .95) / pct(c, .95):.2f}x (p95) |")  # fmt: skip
    c, v = inner["clear"]["saves"], inner["vault"]["saves"]
    print(f"| note save CPU ({len(c)} saves) p50 / p95 | {pct(c, .5) * 1e3:.1f} / "
          f"{pct(c, .95) * 1e3:.1f} ms | {pct(v, .5) * 1e3:.1f} / {pct(v, .95) * 1e3:.1f} ms | "
          f"{pct(v, .95) / pct(c, .95):.2f}x (p95) |")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"starts": starts, "kdf": kdf, "inner": inner,
                                         "load": [load_start, load_end]}))  # fmt: skip


if __name__ == "__main__":
    main()
