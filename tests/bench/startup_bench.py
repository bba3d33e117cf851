"""Start-up: time to window of the frozen builds, beside a bare PySide6 window frozen the same way.

    packaging/build && packaging/build --onedir && packaging/build --hello \\
        && packaging/build --hello --onedir
    .venv/bin/python tests/bench/startup_bench.py [--runs 7]

'cold' is the first start with the page cache dropped (when this user may drop it; otherwise
the first start after the others), 'warm' the median of the rest. Each run is a whole process:
exec, (for one file: unpacking), imports, window shown, exit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILDS = {
    "Muragat, one file": (ROOT / "dist" / "muragat", []),
    "Muragat, one folder": (ROOT / "dist-onedir" / "muragat" / "muragat", []),
    "bare Qt, one file": (ROOT / "dist" / "hello", ["--self-test"]),
    "bare Qt, one folder": (ROOT / "dist-onedir" / "hello" / "hello", ["--self-test"]),
}


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def once(exe: Path, args: list[str], env: dict) -> float:
    """Seconds from exec until the program says its window is shown (its first stdout line)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    shown = time.perf_counter() - start
    proc.communicate(timeout=120)
    if proc.returncode != 0 or not line:
        raise RuntimeError(f"{exe} failed (exit {proc.returncode})")
    return shown


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="muragat-startup-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MURAGAT_QUIT_AFTER_WINDOW": "1",
        "MURAGAT_DATA_DIR": data,
    }
    rows = {}
    cold_kind = "page cache dropped" if drop_caches() else "first run (caches not droppable)"
    for name, (exe, extra) in BUILDS.items():
        if not exe.exists():
            print(f"{name}: not built ({exe})")
            continue
        drop_caches()
        cold = once(exe, extra, env)
        warm = [once(exe, extra, env) for _ in range(args.runs)]
        size = sum(
            f.stat().st_size
            for f in (exe.parent.rglob("*") if "folder" in name else [exe])
            if f.is_file()
        )
        rows[name] = (cold, statistics.median(warm), max(warm), size / 1e6)
    floor = rows.get("bare Qt, one folder", (0, 0))[1] or 1
    print(f"cold = {cold_kind}; warm = median of {args.runs}; ratio = warm / bare Qt one folder")
    print(f"{'build':<22}{'size MB':>9}{'cold s':>9}{'warm s':>9}{'max s':>8}{'ratio':>8}")
    for name, (cold, warm, worst, size) in rows.items():
        print(f"{name:<22}{size:>9.1f}{cold:>9.2f}{warm:>9.2f}{worst:>8.2f}{warm / floor:>8.2f}")
    same = {k.split(",")[1].strip(): v[1] for k, v in rows.items() if k.startswith("bare")}
    for name, (_c, warm, _w, _s) in rows.items():
        if name.startswith("Muragat"):
            kind = name.split(",")[1].strip()
            if kind in same:
                print(f"{name}: {warm / same[kind]:.2f}x the bare Qt {kind} build")


if __name__ == "__main__":
    main()
