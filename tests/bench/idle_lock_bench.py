"""What the idle lock's watch for input costs (issue 24): every event the app handles passes
through `app.gui.locking.Locker.eventFilter` while a window shows an open vault with an idle
time set (the default: 10 minutes).

    .venv/bin/python tests/bench/idle_lock_bench.py [--events 200000] [--runs 5]

Sends the same mouse-move event to a shown widget ``--events`` times, without the filter and
with it installed (the idle timer running, so each event restarts it), alternating, and prints
the best and median per-event wall and CPU time of each, side by side, with the machine's load.
No data folder is read: the filter looks at the event's type only.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    from app.gui.locking import Locker
    from app.gui.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="idle-lock-bench-"))
    locker = Locker(folder, Settings(str(folder / "muragat.ini")))
    widget = QWidget()
    widget.show()
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )

    def run() -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(args.events):
            QApplication.sendEvent(widget, event)
        return (
            (time.perf_counter() - wall) / args.events * 1e6,
            (time.process_time() - cpu) / args.events * 1e6,
        )

    results: dict[str, list[tuple[float, float]]] = {"without": [], "with": []}
    for _ in range(args.runs):
        results["without"].append(run())
        app.installEventFilter(locker)
        locker.idle.start(600_000)
        results["with"].append(run())
        locker.idle.stop()
        app.removeEventFilter(locker)

    print(f"# idle-lock input filter, {args.events:,} mouse-move events x {args.runs} runs")
    print(f"# {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs")
    print(f"# load average at the start {os.getloadavg()}")
    print("| filter | wall best µs/event | wall median | CPU best µs/event | CPU median |")
    print("|---|---|---|---|---|")
    for name, runs in results.items():
        walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
        print(
            f"| {name} | {min(walls):.2f} | {statistics.median(walls):.2f} "
            f"| {min(cpus):.2f} | {statistics.median(cpus):.2f} |"
        )
    print(f"# load average at the end {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
