"""Measurement: how soon the window shows a note the command line added while it is open, and
what following other processes costs a window left idle (issue 26, What to build 3).

    QT_QPA_PLATFORM=offscreen nice .venv/bin/python tests/bench/live_bench.py \\
        [--notes 10] [--idle 60]

Corpus: a fresh data folder holding the bundled report, its search index built, no notes.

* latency: the window opened in this process on the paragraph ``freedom-of-expression-2``;
  ``--notes`` times, ``python -m app notes add --target freedom-of-expression-2`` is run in a
  process of its own, and the time from that process's exit until the window's notes panel
  lists the note is measured (the GUI's event loop running meanwhile), and from the commit of
  the command's journal row (its time stamp) to the same moment: the command's process ends
  after its commit, so the first can be shorter than a look's interval. Median, p90, max.
* idle: ``python -m app`` (the real start: the window, offscreen) on the same folder, left
  to settle for 15 s, then its CPU time (user + system, from /proc, and ``ps -o time``) over
  ``--idle`` seconds with nothing happening.

Printed with the load average. To measure another checkout (main, before the change) for the
idle figure, point MURAGAT_SOURCE at its folder:

    git archive main | tar -x -C /tmp/before
    MURAGAT_SOURCE=/tmp/before QT_QPA_PLATFORM=offscreen nice .venv/bin/python \\
        tests/bench/live_bench.py --notes 0
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(os.environ.get("MURAGAT_SOURCE") or Path(__file__).resolve().parents[2])
sys.path.insert(0, str(ROOT))
PARA = "freedom-of-expression-2"


def folder() -> Path:
    from index.core import Core

    data = Path(tempfile.mkdtemp(prefix="live-bench-")) / "data"
    core = Core(data)
    core.update_index()
    core.close()
    return data


def latency(data: Path, count: int, committed: list[float]) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from index.core import Core

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(Core(data))
    window.resize(1280, 800)
    window.show()
    deadline = time.monotonic() + 120
    while not (window.core.index_ready and not window.running) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.open_id(PARA)
    env = {**os.environ, "MURAGAT_DATA_DIR": str(data)}
    found = []
    for n in range(count):
        before = window.notes_panel.model.rowCount()
        subprocess.run(
            [sys.executable, "-m", "app", "notes", "add", "--target", PARA, "--text", f"n{n}"],
            cwd=ROOT, env=env, check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        exited = time.perf_counter()
        while window.notes_panel.model.rowCount() == before:
            app.processEvents()
            time.sleep(0.001)
            if time.perf_counter() - exited > 30:
                raise SystemExit(f"note {n} not shown after 30 s")
        found.append(time.perf_counter() - exited)
        shown = datetime.now(UTC)
        made = window.core.notes._store._reader().execute(
            "SELECT made FROM changes ORDER BY seq DESC LIMIT 1"
        ).fetchone()[0]
        committed.append((shown - datetime.fromisoformat(made)).total_seconds())
    window.close()
    app.processEvents()
    return found


def ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def ps_time(pid: int) -> str:
    return subprocess.run(
        ["ps", "-o", "time=", "-p", str(pid)], capture_output=True, text=True
    ).stdout.strip()


def idle(data: Path, seconds: float) -> tuple[float, str, str]:
    env = {**os.environ, "MURAGAT_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "app"], cwd=ROOT, env=env)
    try:
        time.sleep(15)
        start, ps_start = ticks(proc.pid), ps_time(proc.pid)
        time.sleep(seconds)
        used, ps_end = ticks(proc.pid) - start, ps_time(proc.pid)
    finally:
        proc.terminate()
        proc.wait(30)
    return used / os.sysconf("SC_CLK_TCK"), ps_start, ps_end


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--idle", type=float, default=60)
    args = parser.parse_args()
    print(f"source: {ROOT}")
    print(f"load average before: {os.getloadavg()}")
    data = folder()
    try:
        if args.notes:
            committed: list[float] = []
            found = latency(data, args.notes, committed)
            for what, times in (("command exit", found), ("journal row committed", committed)):
                ms = sorted(f * 1000 for f in times)
                p90 = ms[min(len(ms) - 1, int(len(ms) * 0.9))]
                print(
                    f"{what} → note in the notes panel, {len(ms)} notes: median "
                    f"{statistics.median(ms):.0f} ms, p90 {p90:.0f} ms, max {ms[-1]:.0f} ms"
                    f" (min {ms[0]:.0f} ms); load {os.getloadavg()[0]:.2f}"
                )
        if args.idle:
            cpu, ps_start, ps_end = idle(data, args.idle)
            print(
                f"idle window, {args.idle:.0f} s: CPU {cpu:.2f} s ({cpu / args.idle * 100:.2f} %)"
                f"; ps -o time {ps_start} → {ps_end}; load {os.getloadavg()[0]:.2f}"
            )
    finally:
        shutil.rmtree(data.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
