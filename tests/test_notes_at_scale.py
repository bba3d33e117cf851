"""Ten thousand notes (issue 23, item 3): a save re-reads only the note it saved, the Notes tab
is read a page at a time, and its filters (words, tag with its sub-tags, document, private)
and orders list the right notes first. A real data folder: the bundled report, its search
index, and 10,000 notes stored in one batch through the notes store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_gui_actions import open_window

from app.gui.notes_model import PAGE
from index.archive import load_archive
from index.notes.service import new_note
from index.notes.store import NotesStore

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
NOTES = 10_000
SURNAME = "Жыланбаев"


def created(n: int) -> str:
    return f"2024-01-01T{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z"


def body(n: int) -> str:
    if n % 1000 == 7:
        return f"{SURNAME} testified at hearing {n:05d}"
    if n % 1000 == 3:
        return f"**Appeal** lodged {n:05d}"
    return f"Observation {n:05d}"


def line(n: int) -> str:
    """Note n's first line in the list: 🔒 when private, its first line as rendered."""
    return ("🔒 " if n % 7 == 0 else "") + body(n).replace("**", "")


def tags(n: int) -> list[str]:
    out = [f"batch/{n % 10}"]
    if n % 100 == 0:
        out.append("witness")
    elif n % 100 == 50:
        out.append("witness/court")
    return out


@pytest.fixture(scope="module")
def crowded_notes(tmp_path_factory) -> Path:
    """The notes database: note n (created n seconds after the first) is a quoted passage of
    the report's paragraph n/100 when n is a multiple of 100, a note on a whole paragraph when
    n ≡ 50 (mod 100), on a case record when n ≡ 1, and a free note otherwise; private when
    n is a multiple of 7; tags batch/(n mod 10), and witness or witness/court on the
    paragraphs' notes."""
    folder = tmp_path_factory.mktemp("crowded")
    archive = load_archive(folder / "unused")
    paras = [p for p in archive.paragraphs() if len(p.text) > 20]
    cases = archive.cases
    notes = []
    for n in range(NOTES):
        if n % 100 == 0:
            para = paras[n // 100 % len(paras)]
            note = new_note(archive, para.id, body(n), start=0, end=12, tags=tags(n))
        elif n % 100 == 50:
            note = new_note(archive, paras[n // 100 % len(paras)].id, body(n), tags=tags(n))
        elif n % 100 == 1:
            note = new_note(archive, cases[n // 100 % len(cases)].id, body(n), tags=tags(n))
        else:
            note = new_note(archive, None, body(n), tags=tags(n))
        note.private = n % 7 == 0
        note.created = note.modified = created(n)
        notes.append(note)
    store = NotesStore(folder / "notes.sqlite3")
    store.import_batch(notes, [])
    store.close()
    return folder / "notes.sqlite3"


@pytest.fixture
def crowded(data_dir: Path, crowded_notes: Path) -> Path:
    shutil.copyfile(crowded_notes, data_dir / "notes.sqlite3")
    return data_dir


def type_text(widget, text: str) -> None:
    """Key presses carrying ``text`` a character at a time, as a Cyrillic keyboard sends them
    (QTest's keyClicks knows ASCII keys only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def listed(model, rows: int) -> list[str]:
    return [model.data(model.index(r)).split("\n")[0] for r in range(min(rows, model.rowCount()))]


def tag_count(window, tag: str) -> str | None:
    for n in range(window.tags.count()):
        item = window.tags.item(n)
        if item.data(Qt.ItemDataRole.UserRole) == tag:
            return item.text()
    return None


def open_crowded(qtbot, folder: Path):
    """The window on ``folder``, its Notes tab in the order notes were written (the tests
    below are of oldest first; newest first, the tab's first order, is in test_gui_notes_views)."""
    window = open_window(qtbot, folder)
    model = window.navigator.all_notes
    sort = window.navigator.notes_sort
    sort.setCurrentIndex(sort.findData("created"))
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=30000)
    qtbot.waitUntil(lambda: tag_count(window, "batch/0") == "batch/0  (1000)", timeout=30000)
    return window, model


def test_a_save_among_ten_thousand_notes_reads_only_that_note_and_updates_its_row(qtbot, crowded):
    window, model = open_crowded(qtbot, crowded)
    assert listed(model, 2) == ["🔒 Observation 00000", "Observation 00001"]
    first = model.data(model.index(0), Qt.ItemDataRole.UserRole)
    note = window.core.notes.get(first)
    window.open_id(note.target_id)
    panel = window.notes_panel
    qtbot.waitUntil(lambda: panel.target == note.target_id and not window.follow_timer.isActive())
    qtbot.waitUntil(lambda: not window.tasks.live)  # nothing of the start still under way
    row = next(r for r, n in enumerate(panel.model.notes) if n.id == note.id)
    panel.list.setCurrentIndex(panel.model.index(row))  # the user picks it in the panel
    assert panel.note is not None and panel.note.id == note.id

    # What the GUI thread asks SQLite from here on, and whether the list is rebuilt.
    statements: list[str] = []
    reader = window.core._notes._reader()  # this (the GUI) thread's connection
    reader.set_trace_callback(statements.append)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    try:
        panel.editor.setFocus()
        qtbot.keyClick(panel.editor, Qt.Key.Key_End, CTRL)
        qtbot.keyClicks(panel.editor, " (edited)")
        panel.tags.selectAll()
        qtbot.keyClicks(panel.tags, "fresh")
        qtbot.keyClick(panel.tags, Qt.Key.Key_Return)  # saves at once
        qtbot.waitUntil(lambda: tag_count(window, "fresh") == "fresh  (1)", timeout=20000)
        qtbot.waitUntil(lambda: listed(model, 1) == ["🔒 Observation 00000 (edited)"])
        qtbot.waitUntil(lambda: not window.tasks.live)
    finally:
        reader.set_trace_callback(None)
    assert tag_count(window, "batch/0") == "batch/0  (999)"
    assert tag_count(window, "witness") == "witness  (99)"
    assert window.core.notes.get(note.id).body == "Observation 00000 (edited)"
    assert listed(model, 3)[1:] == ["Observation 00001", "Observation 00002"]
    assert "#fresh" in model.data(model.index(0)) and "#batch" not in model.data(model.index(0))
    # Every statement that read notes on the GUI thread named the note saved or its target.
    reads = [s for s in statements if "notes" in s]
    assert reads, "the listeners read nothing"
    others = [s for s in reads if note.id not in s and note.target_id not in s]
    assert others == [], f"{len(others)} statement(s) read other notes, e.g. {others[:2]}"
    assert resets == [], "the whole list was rebuilt for one note"


def test_the_notes_tab_filters_by_words_tag_document_and_privacy(qtbot, crowded):
    window, model = open_crowded(qtbot, crowded)
    nav = window.navigator
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # Go → Notes
    assert nav.currentIndex() == 3
    assert nav.notes_count.text() == "10000 notes"
    assert model.rowCount() == PAGE  # a page, not ten thousand rows

    def shows(count: int, first: list[str]) -> bool:
        return not model.loading and model.total == count and listed(model, len(first)) == first

    # Words, in any case and script, in the body or the quote.
    nav.notes_filter.setFocus()
    type_text(nav.notes_filter, SURNAME.lower())
    qtbot.waitUntil(lambda: shows(10, [line(n) for n in (7, 1007, 2007)]), timeout=10000)
    assert nav.notes_count.text() == "10 notes"
    nav.notes_filter.clear()
    qtbot.waitUntil(lambda: shows(NOTES, ["🔒 Observation 00000"]), timeout=10000)

    # A tag takes its sub-tags along, as tag: does in the search.
    nav.notes_tag.setCurrentIndex(nav.notes_tag.findData("witness"))
    qtbot.waitUntil(lambda: shows(200, ["🔒 Observation 00000", "Observation 00050"]))
    nav.notes_tag.setCurrentIndex(nav.notes_tag.findData("witness/court"))
    qtbot.waitUntil(lambda: shows(100, ["Observation 00050", "Observation 00150"]))
    nav.notes_tag.setCurrentIndex(nav.notes_tag.findData("witness"))

    # Private only, with the tag: n ≡ 0 (mod 7) and n ≡ 0 or 50 (mod 100).
    nav.notes_privacy.setCurrentIndex(nav.notes_privacy.findData(True))
    private = [n for n in range(NOTES) if n % 7 == 0 and n % 50 == 0]
    qtbot.waitUntil(lambda: shows(len(private), [line(n) for n in private[:3]]))
    nav.notes_privacy.setCurrentIndex(nav.notes_privacy.findData(False))
    public = [n for n in range(NOTES) if n % 7 and n % 50 == 0]
    qtbot.waitUntil(lambda: shows(len(public), [line(n) for n in public[:3]]))

    # The report's notes (its paragraphs' and passages'), not the case records' or free ones.
    nav.notes_tag.setCurrentIndex(0)
    nav.notes_privacy.setCurrentIndex(0)
    doc = next(iter(window.core.note_documents()))
    nav.notes_document.setCurrentIndex(nav.notes_document.findData(doc))
    on_report = [n for n in range(NOTES) if n % 50 == 0]
    qtbot.waitUntil(lambda: shows(len(on_report), ["🔒 Observation 00000", "Observation 00050"]))


def test_the_notes_tab_sorts_and_fetches_more_as_it_scrolls(qtbot, crowded):
    window, model = open_crowded(qtbot, crowded)
    nav = window.navigator
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)

    def sorted_by(label: str, first: list[str]) -> bool:
        return not model.loading and listed(model, len(first)) == first

    nav.notes_sort.setCurrentIndex(nav.notes_sort.findText("Newest first"))
    qtbot.waitUntil(lambda: sorted_by("new", ["Observation 09999", "Observation 09998"]))
    nav.notes_sort.setCurrentIndex(nav.notes_sort.findText("By first line"))
    qtbot.waitUntil(lambda: sorted_by("line", [line(n) for n in (3, 1003, 2003)]))
    # By document and place: the notes on the first of the report's paragraphs that have any,
    # the notes on the whole paragraph before those on a passage of it, then by age.
    archive = window.core.archive
    paras = [p for p in archive.paragraphs() if len(p.text) > 20]  # as the fixture chose
    on_first = [n for n in range(NOTES) if n % 50 == 0 and n // 100 % len(paras) == 0]
    on_first.sort(key=lambda n: (n % 100 == 0, n))
    nav.notes_sort.setCurrentIndex(nav.notes_sort.findText("By document and place"))
    qtbot.waitUntil(lambda: sorted_by("place", [line(n) for n in on_first[:4]]))
    nav.notes_sort.setCurrentIndex(nav.notes_sort.findText("Oldest first"))
    qtbot.waitUntil(lambda: sorted_by("old", ["🔒 Observation 00000", "Observation 00001"]))

    # Scrolled to the end of what is fetched, the next page is read.
    assert model.rowCount() == PAGE and model.total == NOTES
    nav.notes_list.setFocus()
    nav.notes_list.setCurrentIndex(model.index(0))
    qtbot.keyClick(nav.notes_list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE)
    assert listed(model, 2 * PAGE)[PAGE] == f"Observation {PAGE:05d}"


def test_new_and_deleted_notes_take_and_leave_their_place_in_the_sorted_list(
    qtbot, crowded, qtmodeltester
):
    from test_gui_app import applied

    window, model = open_crowded(qtbot, crowded)
    qtmodeltester.check(model, force_py=True)  # and through every change below
    nav = window.navigator
    nav.notes_sort.setCurrentIndex(nav.notes_sort.findText("Newest first"))
    qtbot.waitUntil(lambda: not model.loading and listed(model, 1) == ["Observation 09999"])
    window.open_id(window.core.archive.cases[0].id)
    panel = window.notes_panel
    added = applied(qtbot, panel.new_note())  # on the case record shown
    qtbot.waitUntil(lambda: model.total == NOTES + 1)
    assert model.data(model.index(0), Qt.ItemDataRole.UserRole) == added.id
    assert listed(model, 2)[1] == "Observation 09999"
    assert nav.notes_count.text() == "10001 notes"
    qtbot.waitUntil(lambda: panel.note is not None and panel.note.id == added.id)
    applied(qtbot, panel.delete())
    qtbot.waitUntil(lambda: model.total == NOTES)
    assert listed(model, 1) == ["Observation 09999"]
    applied(qtbot, panel.undo_delete())
    qtbot.waitUntil(lambda: model.total == NOTES + 1)
    assert model.data(model.index(0), Qt.ItemDataRole.UserRole) == added.id
