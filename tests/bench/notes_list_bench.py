"""Benchmark: what laying out the notes lists costs the GUI thread (issue 26: the notes panel and
the Notes tab draw each note's row themselves, as tall as its words, with a heading per section
in reading order).

    QT_QPA_PLATFORM=offscreen nice .venv/bin/python tests/bench/notes_list_bench.py \\
        [--notes 10000] [--rows 100,1000,5000] [--runs 7]

Corpus: a fresh data folder with the bundled report and ``--notes`` notes stored in one batch
through the notes store (`autosave_bench.fill`: one in twenty on a paragraph, one in twenty on
a case record, the rest free notes), plus 100 notes on one paragraph for the notes panel. The
window is opened at 1366×768 and left to settle. Then, for each order of the Notes tab (newest
first; by document and place, the one with headings), the list is fetched to each of
``--rows`` rows and laid out again ``--runs`` times (``doItemsLayout``: what a resize, a zoom or
an inserted note asks for), and its visible rows are painted (``viewport().grab()``); the
notes panel's 100 notes likewise. Wall and GUI-thread CPU time, p50 and max, with the load
average.

To measure another checkout side by side (main, before the change), point MURAGAT_SOURCE at
its folder; the script runs against whatever code it finds there:

    git archive main | tar -x -C /tmp/before
    MURAGAT_SOURCE=/tmp/before QT_QPA_PLATFORM=offscreen nice .venv/bin/python \\
        tests/bench/notes_list_bench.py
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("MURAGAT_SOURCE") or Path(__file__).resolve().parents[2])
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))
PANEL_NOTES = 100
PARA = "freedom-of-expression-2"


def timed(work, runs: int) -> tuple[float, float, float, float]:
    """(wall p50, wall max, CPU p50, CPU max) in ms of ``work()`` over ``runs`` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.thread_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    return statistics.median(walls), max(walls), statistics.median(cpus), max(cpus)


def wait(app, until, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not until():
        if time.monotonic() > end:
            raise TimeoutError("the window did not settle")
        app.processEvents()
        time.sleep(0.005)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--rows", default="100,1000,5000")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from autosave_bench import fill
    from PySide6 import __version__ as pyside
    from PySide6.QtWidgets import QApplication

    from index.archive import load_archive
    from index.notes.service import new_note
    from index.notes.store import NotesStore

    app = QApplication([])
    from app.gui.main_window import MainWindow
    from index.core import Core

    data = Path(tempfile.mkdtemp(prefix="notes-list-bench-")) / "data"
    data.mkdir()
    fill(data, args.notes)
    archive = load_archive(data)
    store = NotesStore(data / "notes.sqlite3")
    words = "the hearing was adjourned again and the lawyer was not allowed to see the file"
    store.import_batch(
        [
            new_note(archive, PARA, f"Panel note {n}: " + " ".join(words.split()[: 4 + n % 14]))
            for n in range(PANEL_NOTES)
        ],
        [],
    )
    store.close()
    print(
        f"corpus: the bundled report, {args.notes + PANEL_NOTES} notes "
        f"({PANEL_NOTES} on ¶ {PARA}); code: {ROOT}"
    )
    print(
        f"Python {platform.python_version()}, PySide6 {pyside}, SQLite {sqlite3.sqlite_version}; "
        f"load average before: {os.getloadavg()}"
    )
    window = MainWindow(Core(data))
    window.resize(1366, 768)
    window.show()
    nav, model = window.navigator, window.navigator.all_notes
    wait(app, lambda: window.core.search.last_sync is not None and model.rowCount() > 0)
    nav.setCurrentIndex(3)
    view = nav.notes_list
    print(
        f"{'list':>28} | {'rows':>5} | layout wall ms p50/max | CPU p50/max | "
        "paint wall p50 | CPU p50 | load"
    )
    for sort in ("created-desc", "position"):
        nav.notes_sort.setCurrentIndex(nav.notes_sort.findData(sort))
        wait(app, lambda sort=sort: model.sort == sort and not model.loading)
        for rows in [int(r) for r in args.rows.split(",")]:
            while model.rowCount() < min(rows, model.total):
                model.fetchMore(model.index(0).parent())
            app.processEvents()
            lay = timed(view.doItemsLayout, args.runs)
            paint = timed(lambda: view.viewport().grab(), args.runs)
            print(
                f"{'Notes tab, ' + sort:>28} | {model.rowCount():>5} | "
                f"{lay[0]:>9.1f} {lay[1]:>9.1f} | {lay[2]:>6.1f} {lay[3]:>6.1f} | "
                f"{paint[0]:>14.1f} | {paint[2]:>7.1f} | {os.getloadavg()[0]:.2f}"
            )
    window.open_id(PARA)
    panel = window.notes_panel
    wait(app, lambda: panel.target == PARA and panel.model.rowCount() == PANEL_NOTES)
    lay = timed(panel.list.doItemsLayout, args.runs)
    paint = timed(lambda: panel.list.viewport().grab(), args.runs)
    print(
        f"{'notes panel':>28} | {panel.model.rowCount():>5} | "
        f"{lay[0]:>9.1f} {lay[1]:>9.1f} | {lay[2]:>6.1f} {lay[3]:>6.1f} | "
        f"{paint[0]:>14.1f} | {paint[2]:>7.1f} | {os.getloadavg()[0]:.2f}"
    )
    window.close()


if __name__ == "__main__":
    main()
