"""What `muragat verify` costs on a data folder of N imported documents (issue 27: verify now
makes every check loading makes: it parses each document and checks its references, as a load
does, where it used to check the signature and the checksums only).

    nice .venv/bin/python tests/bench/verify_bench.py BASE N [--before COMMIT]

BASE keeps the data folders (bench_data.py); ``--before`` measures that commit's code too (a
`git archive` of it in a temporary folder), on the same folder in the same run. Each command
is a fresh process, run three times; the median wall and CPU seconds, peak RSS, and the load
average are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_data import ROOT, data_folder, run_timed  # noqa: E402


def measure(source: Path, data: Path, runs: int = 3) -> dict:
    env = {**os.environ, "PYTHONPATH": str(source), "LANG": "C"}
    cmd = [sys.executable, "-m", "app", "--data-dir", str(data), "verify"]
    results = [run_timed(cmd, source, env) for _ in range(runs)]
    bad = [r for r in results if r["status"] != 0]
    if bad:
        raise RuntimeError(bad[0]["stderr"][-2000:])
    return {
        "wall": statistics.median(r["wall"] for r in results),
        "cpu": statistics.median(r["cpu"] for r in results),
        "rss_mb": max(r["rss_mb"] for r in results),
        "checked": results[0]["stdout"].strip().splitlines()[-1],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base", type=Path)
    parser.add_argument("documents", type=int)
    parser.add_argument("--before", help="a commit to measure beside this checkout")
    args = parser.parse_args()
    data, info = data_folder(args.base, args.documents)
    print(f"corpus: {info['corpus']}")
    sources = {"this checkout": ROOT}
    with tempfile.TemporaryDirectory() as tmp:
        if args.before:
            old = Path(tmp) / "before"
            old.mkdir()
            archive = subprocess.run(
                ["git", "archive", args.before], cwd=ROOT, capture_output=True, check=True
            )
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
            sources = {f"before ({args.before[:10]})": old, **sources}
        for name, source in sources.items():
            load = os.getloadavg()[0]
            r = measure(source, data)
            print(
                f"{name}: muragat verify, {args.documents} imported documents: wall "
                f"{r['wall']:.2f} s, CPU {r['cpu']:.2f} s, peak RSS {r['rss_mb']:.0f} MB, "
                f"load {load:.2f} — {r['checked']}"
            )


if __name__ == "__main__":
    main()
