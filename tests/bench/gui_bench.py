"""Time to window and keystroke-to-results for the desktop app, beside a bare Qt window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/gui_bench.py [--runs 5]

Each start is a fresh process (what a double-click costs); the floor is a bare PySide6 window.
Keystroke-to-results includes the search field's debounce.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv); w = QMainWindow(); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

MURAGAT = """
import time, sys
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.gui.main_window import MainWindow
from index.core import Core
app = QApplication(sys.argv); w = MainWindow(Core(Path(sys.argv[1]))); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""


def start_times(code: str, runs: int, data: str) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", code, data], cwd=ROOT, capture_output=True, text=True, check=True
        )
        out.append((float(result.stdout.strip().splitlines()[-1]), time.perf_counter() - t0))
    return out


def keystrokes(data: str, words: list[str]) -> list[float]:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from index.core import Core

    app = QApplication.instance() or QApplication([])
    window = MainWindow(Core(Path(data)))
    window.show()
    while not window.core.search.ready:
        app.processEvents()
    times = []
    for word in words:
        t0 = time.perf_counter()
        window.search.field.setText(word)
        while window.search.result is None or window.search.result.query != word:
            app.processEvents()
            time.sleep(0.001)
        times.append(time.perf_counter() - t0)
    window.close()
    window.tasks.wait()
    window.deleteLater()
    app.processEvents()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, ROOT)
    data = tempfile.mkdtemp(prefix="muragat-bench-")
    start_times(MURAGAT, 1, data)  # first start builds the index; not counted
    bare = start_times(BARE, args.runs, data)
    mine = start_times(MURAGAT, args.runs, data)
    print(f"{'start-up (s)':<26}{'to window p50':>14}{'process p50':>13}{'max':>8}")
    for name, rows in (("bare PySide6 window", bare), ("Muragat main window", mine)):
        window, proc = zip(*rows, strict=True)
        print(
            f"{name:<26}{statistics.median(window):>14.3f}{statistics.median(proc):>13.3f}"
            f"{max(proc):>8.3f}"
        )
    words = [
        "Ensebek",
        "Енсебек",
        "restricted freedom",
        "date:2025-08 kind:case",
        "torture",
        "Zhylanbaef",
        "Yensebek",
        "kind:case Almaty",
        "police",
        "Жыланбаев",
    ]
    times = keystrokes(data, words)
    print(
        f"\nkeystroke-to-results (debounce included), {len(times)} queries: "
        f"p50 {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
