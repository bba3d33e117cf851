"""A long scripted session in the real window: searching, note editing, exporting (issue 11).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/soak_bench.py --minutes 120

The session runs in a child process, so an abort (the 0.1 release died with ``none_dealloc`` on
PySide6 6.12.0 / Python 3.11) is reported rather than fatal. Everything goes through the doors
a person uses: keys on the window (Ctrl+K, typing, Enter, Ctrl+Shift+N, Ctrl+E), the export
dialog, the notes editor; only the save-file dialog is answered by the script. Every minute it
prints cycles, searches, notes, exports, resident memory and ``sys.getrefcount(None)``; at the
end, whether the process exited cleanly. Baseline side by side: run the same script with
``--python`` pointing at an interpreter that has PySide6-Essentials 6.12.0 installed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

QUERIES = [
    "Yensebek",
    "Енсебек",
    "Zhylanbaev",
    "torture",
    '"hunger strike"',
    "freedom of expression",
    "Toregozhina",
    "Мухаммедкарим",
    "extremism",
    "Azattyk",
    "asylum",
    "police",
    "LGBT",
    "journalist*",
    "court",
    "Akhmedyarov",
    "nuclear",
    "ombudsman",
    "Ensebek",
    "Astana",
]
WORDS = ["restricted", "sentenced", "charges", "court", "freedom", "police", "prison", "the"]


def session(
    minutes: float, documents: int, data_dir: Path, report_every: float, max_notes: int = 0
) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

    from app.gui.main_window import MainWindow
    from index.core import Core

    app = QApplication.instance() or QApplication([])
    core = Core(data_dir)
    if documents:
        folder = data_dir.parent / "docs"
        folder.mkdir(exist_ok=True)
        for i in range(documents):
            body = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(60))
            (folder / f"doc-{i:05d}.md").write_text(
                f"# Document {i}\n\n{body}.\n\nThe case of Ensebek, number {i}.\n",
                encoding="utf-8",
            )
        core.import_paths([folder])
    window = MainWindow(core)
    window.show()
    deadline = time.monotonic() + 120
    while core.search.last_sync is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)

    errors: list[str] = []
    sys.excepthook = lambda t, e, tb: errors.append(f"{t.__name__}: {e}")
    exports = data_dir.parent / "exports"
    exports.mkdir(exist_ok=True)
    state = {"export": 0, "format": "PDF"}

    def save_name(*_a, **_k):
        state["export"] += 1
        suffix = {"PDF": ".pdf", "Markdown": ".md"}.get(state["format"], ".jsonld")
        return str(exports / f"export-{state['export'] % 5}{suffix}"), ""

    QFileDialog.getSaveFileName = staticmethod(save_name)

    def answer_dialogs() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QMessageBox):
            errors.append(f"dialog: {widget.windowTitle()}: {widget.text()}")
            widget.done(0)
        elif widget.windowTitle() == "Export notes":
            widget.format.setCurrentText(state["format"])
            widget.accept()
        elif isinstance(widget, QDialog):
            widget.reject()

    watcher = QTimer()
    watcher.timeout.connect(answer_dialogs)
    watcher.start(50)

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    def type_text(widget, text: str) -> None:
        """Key events with text, as a keyboard in any layout delivers them (QTest.keyClicks
        handles ASCII only)."""
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                )

    def pump(ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    def rss_mb() -> float:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    start = time.monotonic()
    next_report = start
    cycles = searches = notes = 0
    none_start = sys.getrefcount(None)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    while time.monotonic() - start < minutes * 60:
        query = QUERIES[cycles % len(QUERIES)]
        QTest.keyClick(window, Qt.Key.Key_K, ctrl)
        type_text(window.search.field, query)
        end = time.monotonic() + 15
        while time.monotonic() < end and not (
            window.search.result is not None and window.search.result.query == query
        ):
            pump(20)
        searches += 1
        QTest.keyClick(window.search.field, Qt.Key.Key_Return)
        pump(50)
        # Select words in a paragraph of the report and annotate them by key.
        para = core.archive.paragraph("freedom-of-expression-2")
        word = "restricted freedom"
        at = para.text.index(word)
        window.show_reader()
        window.reader.scroll_to(para.id)
        window.reader.setTextCursor(window.reader.paragraph_range(para.id, at, at + len(word)))
        before = len(core.notes.notes())
        QTest.keyClick(window, Qt.Key.Key_N, ctrl | shift)
        end = time.monotonic() + 5  # the writer stores it off the GUI thread
        while time.monotonic() < end and len(core.notes.notes()) != before + 1:
            pump(20)
        pump(30)
        if len(core.notes.notes()) != before + 1:
            errors.append(
                f"cycle {cycles} ({query}): Ctrl+Shift+N made no note; "
                f"focus {type(QApplication.focusWidget()).__name__}, "
                f"selection {window.reader.selection()}"
            )
        type_text(window.notes_panel.editor, f"Soak note {cycles}: {query}")
        pump(500)  # autosave
        notes += 1
        if cycles % 10 == 9:  # an export every tenth cycle, rotating the formats
            state["format"] = ["PDF", "Markdown", "W3C Web Annotation (JSON-LD)"][
                (cycles // 10) % 3
            ]
            QTest.keyClick(window, Qt.Key.Key_E, ctrl)
            window.tasks.wait(120000)
            pump(100)
            # A window manager gives the window its activation back when a dialog closes;
            # the offscreen platform does not, and shortcuts need an active window.
            window.activateWindow()
            pump(20)
        if max_notes and len(core.notes.notes()) > max_notes:
            # Keep the store's size bounded, so that memory growth means a leak rather than
            # thousands of new notes: delete the note just made, by the panel's button.
            window.notes_panel.delete_button.click()
            pump(50)
        elif cycles % 25 == 24:  # and now and then delete the newest note, and undo it
            window.notes_panel.delete()
            pump(50)
            window.notes_panel.undo_delete()
            pump(50)
        cycles += 1
        now = time.monotonic()
        if now >= next_report:
            print(
                json.dumps(
                    {
                        "minute": round((now - start) / 60, 1),
                        "cycles": cycles,
                        "searches": searches,
                        "notes": notes,
                        "exports": state["export"],
                        "rss_mb": round(rss_mb(), 1),
                        "none_refcount_change": sys.getrefcount(None) - none_start,
                        "errors": len(errors),
                    }
                ),
                flush=True,
            )
            next_report = now + report_every
    window.close()
    app.processEvents()
    summary = {
        "cycles": cycles,
        "searches": searches,
        "notes_typed": notes,
        "exports": state["export"],
        "notes_in_store": len(core.notes.notes()),
        "rss_mb": round(rss_mb(), 1),
        "none_refcount_change": sys.getrefcount(None) - none_start,
        "errors": errors[:10],
        "error_count": len(errors),
    }
    print("summary " + json.dumps(summary), flush=True)
    return 1 if errors else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=120)
    parser.add_argument("--documents", type=int, default=300, help="imported documents")
    parser.add_argument("--report-every", type=float, default=60, help="seconds")
    parser.add_argument(
        "--max-notes",
        type=int,
        default=0,
        help="delete each new note once there are this many (0: keep all): memory growth "
        "then means a leak, not more data",
    )
    parser.add_argument("--python", default=sys.executable, help="interpreter to run it with")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return session(
            args.minutes, args.documents, Path(args.data_dir), args.report_every, args.max_notes
        )
    with tempfile.TemporaryDirectory(prefix="muragat-soak-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        env["PYTHONPATH"] = str(ROOT)
        started = time.monotonic()
        child = subprocess.run(
            [
                args.python,
                __file__,
                "--child",
                "--data-dir",
                str(data),
                "--minutes",
                str(args.minutes),
                "--documents",
                str(args.documents),
                "--report-every",
                str(args.report_every),
                "--max-notes",
                str(args.max_notes),
            ],
            cwd=ROOT,
            env=env,
        )
        version = subprocess.run(
            [
                args.python,
                "-c",
                "import sys, PySide6; print(sys.version.split()[0], PySide6.__version__)",
            ],
            capture_output=True,
            text=True,
            env=env,
        ).stdout.strip()
        code = child.returncode
        how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
        print(
            f"soak: Python/PySide6 {version}: {how} after "
            f"{(time.monotonic() - started) / 60:.1f} min"
        )
        return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
