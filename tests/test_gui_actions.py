"""Every door of the window works (issue 11): each menu action and each reader context-menu
action, triggered the way Qt triggers it, on a window with realistic state (notes, tags, a
private note, an imported document, a selection); and the main journey by keys alone.

State is made through the command line, as a user would have made it before opening the
window. Modal dialogs an action opens are answered by a watcher; an error dialog, a crash
dialog or an exception fails the test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import run_cli
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox

from index.core import Core

pytestmark = pytest.mark.gui

QUOTE = "five years’ restricted freedom"
PARA = "freedom-of-expression-2"


@pytest.fixture
def lived_in(data_dir: Path, tmp_path: Path) -> Path:
    """A data folder as a user leaves it: an imported document, notes (one private), tags."""
    doc = tmp_path / "trial-notes.md"
    doc.write_text(
        "# Trial notes\n\nThe hearing of Temirlan Yensebek was adjourned.\n\n"
        "Witnesses were not allowed to speak.\n",
        encoding="utf-8",
    )
    steps = [
        ("import", str(doc), "--tag", "mine"),
        (
            "notes",
            "add",
            "--target",
            PARA,
            "--quote",
            QUOTE,
            "--text",
            "Disproportionate.",
            "--tag",
            "charges/incitement",
        ),
        (
            "notes",
            "add",
            "--target",
            "temirlan-ensebek",
            "--text",
            "Ask the lawyer.",
            "--private",
            "--tag",
            "follow-up",
        ),
        ("tag", "add", "accountability-and-justice-1", "torture"),
    ]
    for step in steps:
        result = run_cli(*step, data_dir=data_dir)
        assert result.returncode == 0, (step, result.stderr)
    return data_dir


class DialogWatcher:
    """Answers modal dialogs and popups as they appear; remembers what it saw."""

    def __init__(self, answer=None) -> None:
        self.seen: list[tuple[str, str, str]] = []
        self.answer = answer  # called with a dialog; returns True if it handled it
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            # Non-modal dialogs (About, an import report) too.
            widget = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, QDialog) and w.isVisible()
                ),
                None,
            )
            if widget is None:
                return
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        kind = type(widget).__name__
        if isinstance(widget, QMessageBox) and widget.icon() == QMessageBox.Icon.Question:
            kind = "question"  # a confirmation, not an error report
        self.seen.append((kind, widget.windowTitle(), text))
        if self.answer and self.answer(widget):
            return
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def errors(self) -> list[tuple[str, str, str]]:
        return [s for s in self.seen if s[0] == "QMessageBox" and s[1] != "About the archive"]

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def exceptions(monkeypatch):
    """Exceptions escaping a slot (Qt calls sys.excepthook for them), collected."""
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: caught.append(exc))
    return caught


def open_window(qtbot, data_dir: Path):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    return window


def select_words(window, para_id: str, words: str) -> None:
    window.show_reader()
    assert window.reader.scroll_to(para_id)
    para = window.core.archive.paragraph(para_id)
    start = para.text.index(words)
    window.reader.setTextCursor(window.reader.paragraph_range(para_id, start, start + len(words)))
    assert window.reader.textCursor().selectedText() == words


def settled(qtbot, window, watcher: DialogWatcher) -> bool:
    """After an action: what it posted has run, its background work is done and its outcome
    delivered to the window (which may open a box), and the watcher has seen every dialog
    left open. False if the background work did not finish within a minute."""
    QApplication.processEvents()  # calls the action queued, which may start work
    if not window.tasks.wait(60000):
        return False
    qtbot.waitUntil(lambda: not window.tasks.live, timeout=60000)  # outcomes delivered
    QApplication.processEvents()
    watcher.poll()
    return True


def menu_actions(menu: QMenu, path: str = ""):
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text().replace("&", "")
        name = f"{path} → {text}" if path else text
        if action.menu():
            yield from menu_actions(action.menu(), name)
        else:
            yield name, action


def test_every_menu_action_runs_without_an_error(qtbot, lived_in, exceptions):
    window = open_window(qtbot, lived_in)
    watcher = DialogWatcher()
    quit_action = None
    triggered = []
    try:
        for top in window.menuBar().actions():
            for name, action in menu_actions(top.menu(), top.text().replace("&", "")):
                if action.text().replace("&", "") == "Quit":  # last: it closes the window
                    quit_action = (name, action)
                    continue
                if action in window.language_actions.values():  # opens the window anew:
                    continue  # tests/test_gui_language.py triggers each language
                select_words(window, PARA, QUOTE)
                action.trigger()
                assert settled(qtbot, window, watcher), f"{name}: background work did not finish"
                triggered.append(name)
                assert exceptions == [], f"{name} raised {exceptions!r}"
                assert watcher.errors() == [], f"{name} showed {watcher.errors()}"
        assert len(triggered) >= 20, triggered
        # File → Wipe asked (a question), was refused by the watcher, and changed nothing
        assert any(s[:2] == ("question", "Wipe all my data") for s in watcher.seen)
        assert (lived_in / "notes.sqlite3").is_file() and window.core.list_notes()
        assert any("Export notes" in t for t in triggered)
        assert any("Add note to selection" in t for t in triggered)
        name, action = quit_action
        action.trigger()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
        assert exceptions == [] and watcher.errors() == []
    finally:
        watcher.stop()
    # The dialogs that opened were the ones asked for, not error reports.
    titles = {s[1] for s in watcher.seen}
    assert "Export notes" in titles and "About the archive" in titles


def right_click(view, pos: QPoint, on_menu) -> None:
    """Right-click at ``pos`` in ``view``'s viewport, as Qt delivers it; ``on_menu(menu)`` runs
    while the menu is open."""

    def when_open() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, when_open)
            return
        on_menu(menu)

    QTimer.singleShot(20, when_open)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)


def open_reader_context_menu(qtbot, window, on_menu) -> None:
    """Right-click on the selection in the reader."""
    reader = window.reader
    rect = reader.cursorRect(reader.textCursor())
    right_click(reader, QPoint(rect.left() - 2, rect.center().y()), on_menu)


def test_every_reader_context_menu_action_runs_without_an_error(qtbot, lived_in, exceptions):
    window = open_window(qtbot, lived_in)
    watcher = DialogWatcher()
    names: list[str] = []
    select_words(window, PARA, QUOTE)
    open_reader_context_menu(
        qtbot,
        window,
        lambda menu: (
            names.extend(a.text() for a in menu.actions() if not a.isSeparator()),
            menu.close(),
        ),
    )
    assert any(n.startswith("Copy citation") for n in names) and "Add note…" in names
    before = {n.id for n in window.core.notes.notes()}
    try:
        for index, name in enumerate(names):
            select_words(window, PARA, QUOTE)

            def trigger(menu, i=index) -> None:
                action = [a for a in menu.actions() if not a.isSeparator()][i]
                menu.close()
                action.trigger()

            open_reader_context_menu(qtbot, window, trigger)
            settled(qtbot, window, watcher)
            assert exceptions == [], f"{name} raised {exceptions!r}"
            assert watcher.errors() == [], f"{name} showed {watcher.errors()}"
    finally:
        watcher.stop()
    assert QGuiApplication.clipboard().text()  # Copy / Copy citation put something there
    qtbot.waitUntil(lambda: len(window.core.notes.notes()) == len(before) + 2)
    added = [n for n in window.core.notes.notes() if n.id not in before]
    assert len(added) == 2 and all(n.exact == QUOTE for n in added)  # Add note…, Highlight


def test_the_main_journey_by_keys_alone(qtbot, lived_in, tmp_path, exceptions, monkeypatch):
    """Ctrl+K, a name, Enter, select words, Ctrl+Shift+N, type, Ctrl+E, accept, a file name:
    the PDF holds the note. Only the save-file dialog is substituted."""
    window = open_window(qtbot, lived_in)
    target = tmp_path / "for the court.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "*.pdf"))
    )
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, "Yensebek")
    qtbot.waitUntil(
        lambda: window.search.result is not None and window.search.result.query == "Yensebek",
        timeout=15000,
    )
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.centre.currentWidget() is window.reader)
    hit = window.search.model.hits[0]
    # Into the reader and select three words with the keyboard (caret browsing is on).
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.hasFocus()
    words = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):
        qtbot.keyClick(window.reader, Qt.Key.Key_Right, words)
    selection = window.reader.selection()
    assert selection is not None and selection[0] == hit.para_id, selection
    selected = window.reader.textCursor().selectedText().strip()
    assert len(selected.split()) == 3, selected
    assert window.notes_panel.target == hit.para_id  # the notes panel follows the reader
    before = len(window.core.notes.notes())
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(window.core.notes.notes()) == before + 1)
    editor = window.notes_panel.editor
    qtbot.waitUntil(editor.hasFocus)  # the writer stored it; the panel opened it for typing
    qtbot.keyClicks(editor, "Keyboard note for the appeal")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab leaves the editor; no tab is typed
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert "\t" not in editor.toPlainText()
    typed = "Keyboard note for the appeal"
    qtbot.waitUntil(lambda: any(n.body == typed for n in window.core.notes.notes()))  # autosaved

    def accept_export(dialog) -> bool:
        if dialog.windowTitle() != "Export notes":
            return False
        dialog.format.setCurrentText("PDF")
        dialog.accept()
        return True

    watcher = DialogWatcher(accept_export)
    try:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 1000, timeout=60000)
        window.tasks.wait(60000)
    finally:
        watcher.stop()
    assert exceptions == [] and watcher.errors() == []
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "Keyboard note for the appeal" in text
    assert selected.split()[0] in text  # the words selected by keyboard are quoted
    assert "Disproportionate." in text
    assert "Ask the lawyer." not in text  # private notes stay out unless asked


def test_the_window_opens_within_the_screens_free_area(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    free = window.screen().availableGeometry()
    assert free.contains(window.frameGeometry()), (free, window.frameGeometry())
