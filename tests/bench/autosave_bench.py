"""Benchmark: how long a note's autosave holds the GUI thread while the search index is being
rebuilt (about 3,000 paragraphs: the bundled report plus an imported document).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/autosave_bench.py [--paragraphs N]

Prints, per save: the time ``NotesPanel.save()`` took to return to the event loop, and the
longest gap between 5 ms timer ticks from the first save until the rebuild and the saves were
done (a frozen window shows as a long gap). One frame at 60 Hz is 16.7 ms.

To measure another checkout side by side (the code before the single writer, say), point
MURAGAT_SOURCE at its folder; this script runs against whatever it finds there:

    git archive 039d926 | tar -x -C /tmp/before
    MURAGAT_SOURCE=/tmp/before QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/autosave_bench.py
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("MURAGAT_SOURCE") or Path(__file__).resolve().parents[2])
_NONE_BALLAST = [None] * 50_000_000
"""PySide6-Essentials 6.12.0 on Python 3.11 lowers None's reference count on every void Qt call
(issue 11); building the reader for 3,000 paragraphs would abort the interpreter. Extra
references keep it alive for the length of this benchmark; they change no timing."""
sys.path.insert(0, str(ROOT))
FRAME_MS = 1000 / 60


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=3000)
    parser.add_argument("--saves", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from index.core import Core
    from index.notes.service import new_note

    tmp = Path(tempfile.mkdtemp(prefix="muragat-autosave-bench-"))
    doc = tmp / "statement.md"
    body = "\n\n".join(
        f"Paragraph {n}: the appeal court heard case {n} and upheld the sentence of "
        f"defendant number {n} for posts about the January events in Almaty."
        for n in range(args.paragraphs)
    )
    doc.write_text(f"# Hearing record\n\n{body}\n", encoding="utf-8")
    app = QApplication.instance() or QApplication([])
    core = Core(tmp / "data")
    core.import_paths([doc])
    paragraphs = sum(1 for _ in core.archive.paragraphs())
    note = core.add_note(new_note(core.archive, "summary-1", "A note to edit"))
    window = MainWindow(core)
    window.show()

    def index_ready() -> bool:
        search = core.search
        return search.ready if hasattr(search, "ready") else search.last_sync is not None

    while not index_ready():
        app.processEvents()
        time.sleep(0.005)
    while window.running:
        app.processEvents()
        time.sleep(0.005)
    window.open_id("summary-1")
    panel = window.notes_panel
    panel.edit(core.notes.get(note.id))

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    rebuild = window.start_indexing(rebuild=True)
    rebuild_done: list[float] = []
    rebuild.done.connect(lambda: rebuild_done.append(time.perf_counter()))
    started = time.perf_counter()
    while time.perf_counter() - started < 0.3:  # the rebuild is under way
        app.processEvents()
    blocking = []
    first_save = time.perf_counter()
    for n in range(args.saves):
        panel.editor.setPlainText(f"Edited during the rebuild, save {n}")
        t0 = time.perf_counter()
        panel.save()
        blocking.append((time.perf_counter() - t0) * 1000)
        pause = time.perf_counter()
        while time.perf_counter() - pause < 0.05:
            app.processEvents()
    while not rebuild_done or window.tasks._live:
        app.processEvents()
        time.sleep(0.001)
    finished = time.perf_counter()
    timer.stop()
    window.close()
    stored = Core(tmp / "data").notes.get(note.id).body
    during = [t for t in ticks if t < first_save][-1:] + [t for t in ticks if t >= first_save]
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(during)] or [0.0]
    if os.environ.get("BENCH_DEBUG"):
        worst = sorted(itertools.pairwise(during), key=lambda ab: ab[0] - ab[1])[:5]
        for a, b in worst:
            print(
                f"stall {1000 * (b - a):.0f} ms at {a - first_save:+.2f} s "
                f"(rebuild done at {rebuild_done[0] - first_save:+.2f} s)"
            )
    print(f"source: {ROOT}")
    print(f"archive: {paragraphs} paragraphs; rebuild running while saving")
    print(f"{'save':<6}{'save() blocked the GUI thread (ms)':>38}")
    for n, ms in enumerate(blocking):
        print(f"{n:<6}{ms:>38.1f}")
    print(
        f"median {statistics.median(blocking):.1f} ms, max {max(blocking):.1f} ms "
        f"(one frame is {FRAME_MS:.1f} ms)"
    )
    print(f"longest event-loop stall from the first save to the end: {max(gaps):.1f} ms")
    print(f"rebuild + saves took {finished - started:.1f} s; stored body: {stored!r}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown, where issue 11's refcount bug may still abort
