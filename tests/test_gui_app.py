"""The desktop app, driven as a person would (pytest-qt, offscreen, real data folder in tmp)."""

from __future__ import annotations

import itertools
import logging
import socket
import time
from logging.handlers import RotatingFileHandler

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QMessageBox

from app.gui.models import ID_ROLE
from app.gui.settings import THEME
from index.core import Core

pytestmark = pytest.mark.gui

QUOTE = "five years’ restricted freedom"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The app must never open a connection: any attempt fails the test."""
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise AssertionError(f"network connection attempted: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))
    yield attempts
    assert attempts == []


def applied(qtbot, task):
    """Wait for a change submitted to the write pool; its stored result (a note, say)."""
    assert task is not None
    # Its outcome has reached the window (a signal wait could miss a task already done).
    qtbot.waitUntil(lambda: task.delivered, timeout=20000)
    assert task.result is not None, f"{task.name} did not succeed"
    return task.result.result


def open_window(qtbot, data_dir):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.core.search.ready, timeout=20000)
    return window


def search(qtbot, window, text: str):
    window.search.field.setText(text)
    qtbot.waitUntil(
        lambda: window.search.result is not None and window.search.result.query == text,
        timeout=10000,
    )
    return window.search.result


def select(window, para_id: str, words: str) -> None:
    para = window.core.archive.paragraph(para_id)
    start = para.text.index(words)
    cursor = window.reader.paragraph_range(para_id, start, start + len(words))
    window.reader.setTextCursor(cursor)


def test_search_open_annotate_restart_and_the_note_is_still_there(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    result = search(qtbot, window, "Ensebek")
    ids = [h.id for h in result.hits]
    assert "freedom-of-expression-2" in ids and "temirlan-ensebek" in ids
    row = ids.index("freedom-of-expression-2")
    window.search.open_hit(row)
    assert window.centre.currentWidget() is window.reader
    assert window.reader.current_paragraph() == "freedom-of-expression-2"
    select(window, "freedom-of-expression-2", QUOTE)
    assert window.reader.textCursor().selectedText() == QUOTE
    note = applied(qtbot, window.add_note())
    assert note.exact == QUOTE
    panel = window.notes_panel
    qtbot.keyClicks(panel.editor, "Sentence for a post: disproportionate.")
    panel.tags.setText("charges/incitement")
    panel.tags.editingFinished.emit()
    window.close()

    again = open_window(qtbot, data_dir)
    notes = again.core.notes.notes()
    assert [(n.exact, n.body, n.tags) for n in notes] == [
        (QUOTE, "Sentence for a post: disproportionate.", ["charges/incitement"])
    ]
    assert again.reader.note_highlight_count == 1
    selections = again.reader.extraSelections()
    assert selections[0].cursor.selectedText() == QUOTE
    assert "charges/incitement" in again.tags.item(0).text()


def test_cases_table_filters_and_sorts(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    proxy = window.cases_proxy
    total = proxy.rowCount()
    assert total == len(window.core.archive.cases)
    window.cases_filter.setText("Uralsk")
    assert 0 < proxy.rowCount() < total
    rows = [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    assert any("Erkebayeva" in r for r in rows)
    for alias in ("Жыланбаев", "Zhylanbayev", "zhylanbaev"):  # aliases, any script or case
        window.cases_filter.setText(alias)
        assert proxy.rowCount() == 1, alias
        assert proxy.data(proxy.index(0, 0), ID_ROLE) == "marat-zhylanbaev"
    window.cases_filter.setText("")
    # The default order: by date (unknown dates last), then by name as the locale sorts.
    cases = [
        window.core.archive.case(proxy.data(proxy.index(r, 0), ID_ROLE))
        for r in range(proxy.rowCount())
    ]
    known = [c.date for c in cases if c.date]
    assert known == sorted(known)
    assert [c.date for c in cases][: len(known)] == known  # unknown ones after
    same_day = {}
    for c in cases:
        same_day.setdefault(c.date, []).append((c.people or c.title).casefold())
    assert all(names == sorted(names) for names in same_day.values()), same_day
    window.cases_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)  # "parliament" is not on top
    window.cases_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [c for c in (proxy.data(proxy.index(r, 1)) for r in range(proxy.rowCount())) if c] == (
        sorted(known, reverse=True)
    )


def test_keyboard_only(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    window.search.field.insert("Еңсебек")  # QTest types ASCII only; an input method inserts
    qtbot.waitUntil(
        lambda: window.search.result is not None and window.search.result.query == "Еңсебек",
        timeout=10000,
    )
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    first = window.search.model.hits[0]
    shown = window.case_view if first.kind == "case" else window.reader
    assert window.centre.currentWidget() is shown
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.search.current == 1
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.currentIndex() == 1
    for widget in (window.search.field, window.reader, window.cases_table, window.contents):
        assert widget.accessibleName()


def test_a_slow_search_never_blocks_typing(qtbot, data_dir, monkeypatch):
    window = open_window(qtbot, data_dir)
    real = type(window.core.search).search

    def slow(self, *args, **kwargs):  # the real search, on a slow disk
        time.sleep(0.6)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(window.core.search), "search", slow)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    for ch in "Zhylanbaev":
        qtbot.keyClicks(window.search.field, ch)
        qtbot.wait(40)
    qtbot.waitUntil(
        lambda: window.search.result is not None and window.search.result.query == "Zhylanbaev",
        timeout=15000,
    )
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert gaps and max(gaps) < 0.3, f"the GUI thread stalled for {max(gaps):.2f} s"
    assert any(h.id == "marat-zhylanbaev" for h in window.search.result.hits)


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open]
)
def test_external_links_ask_first_and_show_the_full_address(qtbot, data_dir, monkeypatch, answer):
    window = open_window(qtbot, data_dir)
    asked, opened = [], []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a, **k: asked.append(text) or answer
    )
    monkeypatch.setattr("app.gui.reader.QDesktopServices.openUrl", opened.append)
    url = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan?utm=x#top"
    window.reader.anchorClicked.emit(QUrl(url))
    assert len(asked) == 1 and url in asked[0]
    assert [u.toString() for u in opened] == (
        [url] if answer == QMessageBox.StandardButton.Open else []
    )


def test_case_record_page_links_to_its_sources(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    assert window.open_id("temirlan-ensebek")
    assert window.centre.currentWidget() is window.case_view
    html = window.case_view.toHtml()
    assert "para:freedom-of-expression-2" in html and "Yensebek" in html
    window.case_view.anchorClicked.emit(QUrl("para:photo-caption"))
    assert window.centre.currentWidget() is window.reader
    assert window.reader.current_paragraph() == "photo-caption"
    assert "temirlan-ensebek" in window.notes_panel.heading.text()


def test_settings_persist(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.zoom(1)
    window.zoom(1)
    window.set_theme("dark")
    window.open_id("peaceful-assembly-3")
    window.close()
    again = open_window(qtbot, data_dir)
    assert again._zoom == 2
    assert again.settings.get(THEME) == "dark"
    assert again.reader.current_paragraph() == "peaceful-assembly-3"
    again.set_theme("system")


def test_delete_and_undo(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.open_id("summary-1")
    select(window, "summary-1", "heavily restrict")
    note = applied(qtbot, window.highlight())
    qtbot.waitUntil(lambda: window.reader.note_highlight_count == 1)
    window.notes_panel.edit(window.core.notes.get(note.id))
    applied(qtbot, window.notes_panel.delete())
    assert window.core.notes.notes() == []
    qtbot.waitUntil(lambda: window.reader.note_highlight_count == 0)
    applied(qtbot, window.notes_panel.undo_delete())
    assert [n.id for n in window.core.notes.notes()] == [note.id]
    qtbot.waitUntil(lambda: window.reader.note_highlight_count == 1)


def test_a_note_on_a_case_record(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.open_id("yulia-emelyanova")
    note = applied(qtbot, window.notes_panel.new_note())
    assert window.notes_panel.note.id == note.id
    qtbot.keyClicks(window.notes_panel.editor, "Ask about the asylum review")
    applied(qtbot, window.notes_panel.save())
    stored = window.core.notes.get(note.id)
    assert (stored.target_kind, stored.target_id, stored.body) == (
        "case",
        "yulia-emelyanova",
        "Ask about the asylum review",
    )
    assert [h.id for h in window.core.search.search("kind:note asylum").hits] == [f"note:{note.id}"]


def test_an_unexpected_error_shows_a_dialog_and_is_logged(qtbot, data_dir, monkeypatch):
    import sys

    from app.gui.launch import install_excepthook, setup_logging

    window = open_window(qtbot, data_dir)
    log_path = setup_logging(data_dir)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    old = sys.excepthook
    try:
        install_excepthook(log_path)
        try:
            raise RuntimeError("a bug in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
            root.removeHandler(handler)
            handler.close()
    assert shown and "a bug in a slot" in shown[0] and str(log_path) in shown[0]
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "test_gui_app.py" in logged  # where, and what kind
    assert "a bug in a slot" not in logged  # never the message: it may quote a note (issue 14)
    assert window.isVisible()


def test_import_by_drag_and_drop_lists_my_documents(qtbot, data_dir, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    window = open_window(qtbot, data_dir)
    window.resize(1280, 800)  # the navigator beside the reader
    doc = tmp_path / "statement.md"
    doc.write_text(
        "# Lawyer's statement\n\nThe defence will appeal Ensebek's sentence.\n", encoding="utf-8"
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    assert window.last_import.count("added") == 1
    model = window.contents.model()
    (mine,) = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "My documents")
    qtbot.waitUntil(lambda: model.index(0, 0, mine).data() == "Lawyer's statement")
    assert "The defence will appeal" in window.reader.toPlainText()
    result = search(qtbot, window, "Еңсебек appeal")
    assert any(h.bundle.startswith("mine-") for h in result.hits)


def test_a_note_save_during_a_rebuild_goes_through_the_write_pool(qtbot, data_dir):
    """Autosave used to write SQLite and Whoosh on the GUI thread, waiting for a rebuild's
    index lock. Now the save is queued on the write pool and save() returns at once."""
    import threading

    window = open_window(qtbot, data_dir)
    window.open_id("yulia-emelyanova")
    note = applied(qtbot, window.notes_panel.new_note())
    heard = []
    window.core.listen(lambda changed: heard.append((changed, threading.current_thread())))
    gate = threading.Event()  # keeps the rebuild queued until the save has been submitted
    window.tasks.run("gate", lambda ctx: gate.wait(30), writes=True)
    rebuild = window.start_indexing(rebuild=True)
    qtbot.keyClicks(window.notes_panel.editor, "Typed during a rebuild")
    save = window.notes_panel.save()
    assert save is not None and not save.finished, "the save waits on the write pool, not here"
    assert window.notes_panel.status.text() == "Saving…"
    assert window.notes_panel.editor.toPlainText() == "Typed during a rebuild"
    gate.set()
    with qtbot.waitSignal(save.done, timeout=30000):
        pass
    assert rebuild.finished, "one writer: the save ran after the rebuild it was queued behind"
    assert save.thread is not threading.main_thread()
    assert heard and heard[-1][0].notes == {note.id} and heard[-1][1] is save.thread
    qtbot.waitUntil(lambda: window.notes_panel.status.text() == "Saved")
    editor = window.notes_panel.editor
    assert editor.toPlainText() == "Typed during a rebuild"
    assert editor.textCursor().position() == len("Typed during a rebuild"), "the caret stays"
    hits = window.core.find("kind:note rebuild").hits
    assert [h.id for h in hits] == [f"note:{note.id}"]


def test_closing_the_window_finishes_a_save_in_progress(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.open_id("yulia-emelyanova")
    note = applied(qtbot, window.notes_panel.new_note())
    window.start_indexing(rebuild=True)  # long work on the write pool, cancelled by closing
    qtbot.keyClicks(window.notes_panel.editor, "Written just before closing")
    window.close()  # before the autosave timer fires
    reopened = Core(data_dir)
    assert reopened.notes.get(note.id).body == "Written just before closing"
    reopened.close()


def test_every_qt_model_passes_the_model_tester(qtbot, data_dir, qtmodeltester):
    from app.gui.models import CasesModel, HitsModel, NotesModel

    window = open_window(qtbot, data_dir)
    qtmodeltester.check(CasesModel(window.core.archive.cases))
    hits = HitsModel()
    qtmodeltester.check(hits)
    hits.set_hits(search(qtbot, window, "Ensebek").hits)
    qtmodeltester.check(hits)
    notes = NotesModel()
    qtmodeltester.check(notes)
    window.open_id("yulia-emelyanova")
    applied(qtbot, window.notes_panel.new_note())
    notes.set_notes(window.core.list_notes())
    qtmodeltester.check(notes)
    qtmodeltester.check(window.notes_panel.model)
    qtmodeltester.check(window.search.model)
    qtmodeltester.check(window.cases_proxy)


def test_switching_notes_while_saves_are_queued_keeps_what_was_typed(qtbot, data_dir):
    import threading

    window = open_window(qtbot, data_dir)
    window.open_id("yulia-emelyanova")
    panel = window.notes_panel
    first = applied(qtbot, panel.new_note())
    second = applied(qtbot, panel.new_note())
    gate = threading.Event()  # the write pool is busy (a rebuild, say) until released
    window.tasks.run("gate", lambda ctx: gate.wait(30), writes=True)
    panel.edit(next(n for n in panel.model.notes if n.id == first.id))
    qtbot.keyClicks(panel.editor, "First, typed while the writer is busy")
    panel.edit(next(n for n in panel.model.notes if n.id == second.id))  # saves the first
    panel.edit(next(n for n in panel.model.notes if n.id == first.id))
    assert panel.editor.toPlainText() == "First, typed while the writer is busy"
    assert window.core.notes.get(first.id).body == "", "not stored yet: the writer is busy"
    gate.set()
    qtbot.waitUntil(lambda: window.core.notes.get(first.id).body != "", timeout=20000)
    assert window.core.notes.get(first.id).body == "First, typed while the writer is busy"
    qtbot.waitUntil(lambda: not window.tasks.live)
    assert panel.editor.toPlainText() == "First, typed while the writer is busy"
