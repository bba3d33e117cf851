"""Start-up: time to window of the frozen builds, beside a bare PySide6 window frozen the same way.

    packaging/build && packaging/build --onedir && packaging/build --hello \\
        && packaging/build --hello --onedir
    # optional: packaging/build --uncompressed && packaging/build --hello --uncompressed
    nice .venv/bin/python tests/bench/startup_bench.py [--runs 7] [--also LABEL=PATH ...]

'cold' is the first start with the page cache dropped (when this user may drop it; otherwise
the first start after the others), 'warm' the median of the rest. Each run is a whole process:
exec, (for one file: unpacking), imports, window shown, exit. The warm runs go round the builds
in turn, so that a change in the machine's load falls on all of them alike. 'cpu' is the
process's CPU time (user + system, whole run to its exit), median. ``--also`` adds another
executable (an older build, a variant), with ``bare`` in its label for a bare Qt window.
Results and the exact commands: docs/bench/startup.md.
"""

from __future__ import annotations

import argparse
import os
import resource
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
    "Muragat, uncompressed": (ROOT / "dist-uncompressed" / "muragat", []),
    "bare Qt, uncompressed": (ROOT / "dist-uncompressed" / "hello", ["--self-test"]),
}


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def once(exe: Path, args: list[str], env: dict) -> tuple[float, float]:
    """Seconds from exec until the program says its window is shown (its first stdout line),
    and the CPU seconds the whole process used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return shown, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--also", action="append", default=[], metavar="LABEL=PATH")
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="muragat-startup-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MURAGAT_QUIT_AFTER_WINDOW": "1",
        "MURAGAT_DATA_DIR": data,
    }
    builds = dict(BUILDS)
    for item in args.also:
        label, _, path = item.partition("=")
        builds[label] = (Path(path), ["--self-test"] if "bare" in label else [])
    present = {}
    for name, (exe, extra) in builds.items():
        if exe.exists():
            present[name] = (exe, extra)
        else:
            print(f"{name}: not built ({exe})")
    load_before = os.getloadavg()
    cold_kind = "page cache dropped" if drop_caches() else "first run (caches not droppable)"
    cold = {}
    for name, (exe, extra) in present.items():
        drop_caches()
        cold[name] = once(exe, extra, env)[0]
    warm: dict[str, list[tuple[float, float]]] = {name: [] for name in present}
    for _ in range(args.runs):
        for name, (exe, extra) in present.items():
            warm[name].append(once(exe, extra, env))
    load_after = os.getloadavg()
    rows = {}
    for name, (exe, _extra) in present.items():
        walls = [w for w, _c in warm[name]]
        size = sum(
            f.stat().st_size
            for f in (exe.parent.rglob("*") if exe.parent.name == exe.name else [exe])
            if f.is_file()
        )
        cpu = statistics.median(c for _w, c in warm[name])
        rows[name] = (cold[name], statistics.median(walls), max(walls), cpu, size / 1e6)
    floor = rows.get("bare Qt, one folder", (0, 0))[1] or 1
    print(
        f"cold = {cold_kind}; warm = median of {args.runs}; ratio = warm / bare Qt one folder; "
        f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after "
        f"({os.cpu_count()} CPUs)"
    )
    print(
        f"{'build':<26}{'size MB':>9}{'cold s':>9}{'warm s':>9}{'max s':>8}{'cpu s':>8}{'ratio':>8}"
    )
    for name, (cold_s, warm_s, worst, cpu, size) in rows.items():
        print(
            f"{name:<26}{size:>9.1f}{cold_s:>9.2f}{warm_s:>9.2f}{worst:>8.2f}{cpu:>8.2f}"
            f"{warm_s / floor:>8.2f}"
        )
    same = {k.split(",")[1].strip(): v[1] for k, v in rows.items() if k.startswith("bare Qt,")}
    for name, (_c, warm_s, _w, _cpu, _s) in rows.items():
        if name.startswith("Muragat,"):
            kind = name.split(",")[1].strip()
            if kind in same:
                print(f"{name}: {warm_s / same[kind]:.2f}x the bare Qt {kind} build")


if __name__ == "__main__":
    main()
