"""Benchmark: what one autosave of a note costs the GUI thread when the notes database holds
1,000, 5,000 or 10,000 notes (issue 23: every save re-read every note on the GUI thread).

    QT_QPA_PLATFORM=offscreen nice .venv/bin/python tests/bench/autosave_bench.py \\
        [--notes 1000,5000,10000] [--saves 20]

For each count: a fresh data folder (the bundled report; the notes stored in one batch through
the notes store, a tenth of them on the report's paragraphs and case records, the rest free
notes; three tags each from 40), the window opened and left to settle (the index built, the
lists read), then the note on a paragraph shown in the notes panel is edited and saved
``--saves`` times, as the editor does after a pause in typing (``NotesPanel.save``).

Per save, from ``save()`` until the change has reached the window and every piece of work it
started is done:

* GUI held: wall time the GUI thread spent in ``save()`` and handling events (every event
  handler's time, measured in ``QApplication.notify``), summed; and its CPU time;
* longest: the longest single event handled (a frozen window shows as one long event);
* stored: time until the writer had stored and indexed the change (its listener ran).

Printed as p50 / p95 / max over the saves, with the note count and the load average. One
frame at 60 Hz is 16.7 ms.

To measure another checkout side by side (main, before the change), point MURAGAT_SOURCE at
its folder; the script runs against whatever code it finds there:

    git archive main | tar -x -C /tmp/before
    MURAGAT_SOURCE=/tmp/before QT_QPA_PLATFORM=offscreen nice .venv/bin/python \\
        tests/bench/autosave_bench.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("MURAGAT_SOURCE") or Path(__file__).resolve().parents[2])
sys.path.insert(0, str(ROOT))
FRAME_MS = 1000 / 60


def fill(data: Path, count: int) -> None:
    """``count`` notes in one batch, before the window opens."""
    from index.archive import load_archive
    from index.notes.service import new_note
    from index.notes.store import NotesStore

    archive = load_archive(data)
    paras = [p.id for p in archive.paragraphs()]
    cases = [c.id for c in archive.cases]
    notes = []
    for n in range(count):
        target = (
            paras[n % len(paras)] if n % 20 == 0 else cases[n % len(cases)] if n % 20 == 1 else None
        )
        tags = [f"topic/{n % 40}", f"year/{2015 + n % 10}", "witness" if n % 3 else "court"]
        note = new_note(
            archive, target, f"Observation {n}: the hearing was adjourned again.", tags=tags
        )
        note.private = n % 7 == 0
        notes.append(note)
    store = NotesStore(data / "notes.sqlite3")
    store.import_batch(notes, [])
    store.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(count: int, saves: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from index.core import Core

    app = QApplication.instance()
    tmp = Path(tempfile.mkdtemp(prefix="muragat-autosave-bench-"))
    data = tmp / "data"
    data.mkdir()
    fill(data, count)
    core = Core(data)
    window = MainWindow(core)
    window.show()

    def settle(seconds: float = 0.3) -> None:
        """Until the window's work is done and nothing happened for ``seconds``."""
        quiet = time.perf_counter()
        while time.perf_counter() - quiet < seconds:
            app.processEvents()
            if window.tasks._live:
                quiet = time.perf_counter()
            time.sleep(0.002)

    while not core.index_ready or window.tasks._live:
        app.processEvents()
        time.sleep(0.005)
    settle(1.0)
    target = next(n.target_id for n in core.list_notes() if n.target_kind == "paragraph")
    window.open_id(target)
    settle()
    panel = window.notes_panel
    panel.list.setCurrentIndex(panel.model.index(0))
    assert panel.note is not None
    settle()

    stored: list[float] = []
    core.listen(lambda _changed: stored.append(time.perf_counter()))
    relayed: list[float] = []
    window.changes.changed.connect(lambda _c: relayed.append(time.perf_counter()))  # after
    held, cpu, longest, until_stored = [], [], [], []
    for n in range(saves):
        panel.editor.setPlainText(f"Observation edited, save {n}")
        panel.timer.stop()
        app.events.clear()
        before = len(relayed)
        t0, c0 = time.perf_counter(), time.thread_time()
        panel.save()
        in_save = time.perf_counter() - t0
        cpu_save = time.thread_time() - c0
        while len(relayed) == before or window.tasks._live:
            app.processEvents()
            time.sleep(0.0005)
        settle(0.05)
        events = app.events
        held.append(1000 * (in_save + sum(w for w, _ in events)))
        cpu.append(1000 * (cpu_save + sum(c for _, c in events)))
        longest.append(1000 * max([in_save, *(w for w, _ in events)]))
        until_stored.append(1000 * (stored[-1] - t0))
    body = Core(data).notes.get(panel.note.id).body
    assert body == f"Observation edited, save {saves - 1}", body
    window.close()
    return {"held": held, "cpu": cpu, "longest": longest, "stored": until_stored}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", default="1000,5000,10000")
    parser.add_argument("--saves", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    class TimedApp(QApplication):
        """Times every event handled at the top level (wall and CPU of this thread)."""

        def __init__(self, argv) -> None:
            super().__init__(argv)
            self.events: list[tuple[float, float]] = []
            self._depth = 0

        def notify(self, receiver, event) -> bool:
            self._depth += 1
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                return super().notify(receiver, event)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.events.append((time.perf_counter() - t0, time.thread_time() - c0))

    app = TimedApp([])  # noqa: F841 (kept alive for the run)
    print(f"source: {ROOT}")
    print(f"saves per count: {args.saves}; load average before: {os.getloadavg()}")
    header = (
        f"{'notes':>7} | {'GUI held ms p50/p95/max':>24} | {'GUI CPU ms p50/p95':>19} | "
        f"{'longest event ms p50/max':>25} | {'stored ms p50/p95':>18} | load"
    )
    print(header)
    print("-" * len(header))
    for count in (int(c) for c in args.notes.split(",")):
        r = measure(count, args.saves)
        h, c, lo, s = r["held"], r["cpu"], r["longest"], r["stored"]
        print(
            f"{count:>7,} | "
            f"{statistics.median(h):>7.1f} {percentile(h, 95):>7.1f} {max(h):>8.1f} | "
            f"{statistics.median(c):>9.1f} {percentile(c, 95):>9.1f} | "
            f"{statistics.median(lo):>12.1f} {max(lo):>12.1f} | "
            f"{statistics.median(s):>8.1f} {percentile(s, 95):>9.1f} | "
            f"{os.getloadavg()[0]:.2f}",
            flush=True,
        )
    print(f"(one frame at 60 Hz is {FRAME_MS:.1f} ms)")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown (Qt objects, worker threads)
