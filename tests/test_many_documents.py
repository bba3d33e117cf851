"""A thousand imported documents in the window (issue 11: with PySide6 6.12.0 on Python 3.11 the
window never appeared; issue 18: every document was parsed and laid out at start; issue 23: the
navigator made an item for every document). The reader holds one document; the navigator reads
My documents a page at a time as the user scrolls to it, and by title when filtered; a document
far down the list opens from the navigator, is searched, and a passage note made in it lands on
its paragraph; where the user was is where the next start opens, Back and Forward cross
documents."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, built_once, run_cli

pytestmark = pytest.mark.gui

COUNT = 1000
FAR = 987
"""A document far down the navigator's list."""

CHILD = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.gui.main_window import MainWindow
from index.core import Core
app = QApplication([])
window = MainWindow(Core(Path(sys.argv[1])))
window.show()
app.processEvents()
opened = window.reader.toPlainText()
window.tasks.wait(120000)
app.processEvents()
model = window.contents.model()
mine = model.index(1, 0)
while model.can_fetch_page() or window.navigator.filling:  # as scrolling to the end does
    model.fetch_page()
    window.tasks.wait(120000)
    app.processEvents()
archive = window.core.archive
print(json.dumps({"documents": archive.store.document_count() + len(archive.held),
                  "report": "Kazakhstan" in opened, "listed": model.rowCount(mine),
                  "last": model.index(model.rowCount(mine) - 1, 0, mine).data(),
                  "visible": window.isVisible()}))
window.close()
"""


def _scratch(tmp_path_factory, name: str) -> Path:
    """A folder in memory when the machine has one (/dev/shm): these tests are about a window
    over many documents, not about the disk, and 1,000 bundles are thousands of fsyncs
    (durability has its own tests on the real temporary folder)."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix=f"muragat-{name}-", dir=shm))
    return tmp_path_factory.mktemp(name)


def _thousand_documents(base: Path) -> None:
    """A data folder with a thousand imported court files."""
    docs, data = base / "docs", base / "data"
    docs.mkdir()
    data.mkdir()
    for i in range(COUNT):
        (docs / f"file-{i:04d}.md").write_text(
            f"# Court file {i:04d}\n\nHearing {i} in the case of Temirlan Ensebek.\n\n"
            f"The court adjourned; the next hearing is set for day {i}, witness W{i:04d}x.\n",
            encoding="utf-8",
        )
    imported = run_cli("import", str(docs), data_dir=data)
    assert imported.returncode == 0, imported.stderr


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """The thousand imported documents, imported once for the run (every test copies them)."""
    return built_once(tmp_path_factory, "thousand-documents", _thousand_documents) / "data"


@pytest.fixture
def data(many: Path, tmp_path_factory) -> Iterator[Path]:
    base = _scratch(tmp_path_factory, "copy")
    copy = base / "data"
    shutil.copytree(many, copy)
    yield copy
    shutil.rmtree(base, ignore_errors=True)


def test_the_window_opens_with_a_thousand_imported_documents(data: Path):
    # In a child process: an abort must fail this test, not end the test run.
    shown = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    state = json.loads(shown.stdout.strip().splitlines()[-1])
    assert state == {
        "documents": COUNT + 1,
        "report": True,  # the bundled report opens first
        "listed": COUNT,
        "last": f"Court file {COUNT - 1:04d}",
        "visible": True,
    }


def open_window(qtbot, data: Path):
    from app.gui.main_window import MainWindow
    from index.core import Core

    window = MainWindow(Core(data))
    qtbot.addWidget(window)
    window.resize(1280, 800)  # a laptop's screen: the navigator beside the reader
    window.show()
    qtbot.waitExposed(window)
    assert window.contents.isVisible()
    qtbot.waitUntil(lambda: my_documents(window).isValid(), timeout=120000)
    qtbot.waitUntil(lambda: window.core.index_ready and not window.running, timeout=300000)
    return window


def my_documents(window):
    """The "My documents" row of Contents (invalid while the user's documents load)."""
    model = window.contents.model()
    last = model.index(model.rowCount() - 1, 0)
    return last if last.data() == "My documents" else model.index(-1, 0)


def rows_under(window, parent) -> list[str]:
    """The titles of the rows under ``parent`` the navigator holds now."""
    model = window.contents.model()
    return [model.index(i, 0, parent).data() for i in range(model.rowCount(parent))]


def far_document(archive):
    """The document "Court file 0987", looked up the way a list of titles finds it."""
    (row,) = archive.user_rows(text=f"Court file {FAR:04d}")
    return archive.bundle(row.id).documents[0]


def test_my_documents_are_read_a_page_at_a_time_as_the_user_scrolls(qtbot, data):
    """A thousand documents once made a thousand items at start (the window held every
    title and tooltip, a thousand more for every thousand imports): now the rows are those
    the user scrolled to, read a page at a time, and End reaches a document far down."""
    from PySide6.QtCore import Qt

    window = open_window(qtbot, data)
    mine = my_documents(window)
    window.contents.setFocus()
    qtbot.keyClick(window.contents, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: not window.navigator.filling)
    before = len(rows_under(window, mine))
    assert before <= 2 * 100  # a page or two (the window's height), not the thousand

    from app.gui.contents_model import PAGE

    seen = []
    while len(rows_under(window, mine)) <= FAR and len(seen) < COUNT // PAGE:
        qtbot.keyClick(window.contents, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: not window.navigator.filling)
        seen.append(len(rows_under(window, mine)))  # End: to the last row, the next page read
    assert seen == [before + PAGE * n for n in range(1, len(seen) + 1)]  # a page each time
    steps = FAR - window.contents.currentIndex().row()  # End went to the last row there was
    for _ in range(abs(steps)):
        qtbot.keyClick(window.contents, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert window.contents.currentIndex().data() == f"Court file {FAR:04d}"
    qtbot.keyClick(window.contents, Qt.Key.Key_Return)
    assert window.reader.shown == far_document(window.core.archive)
    tip = window.contents.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"file-{FAR:04d}.md\nYours: imported by you, not signed"


def test_a_far_document_is_found_by_typing_its_title_in_the_filter(qtbot, data):
    """With thousands of documents, scrolling is no way to find one: the filter above
    Contents lists those whose title holds the words typed (read from the store by title);
    Down goes to the first, Enter opens it; cleared, the list starts again."""
    from PySide6.QtCore import Qt

    window = open_window(qtbot, data)
    field = window.navigator.contents_filter
    assert not field.isHidden() and field.accessibleName() == "Filter my documents"
    mine = my_documents(window)
    qtbot.keyClicks(field, f"file {FAR:04d}")
    qtbot.waitUntil(lambda: rows_under(window, mine) == [f"Court file {FAR:04d}"])
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert window.contents.hasFocus()
    qtbot.keyClick(window.contents, Qt.Key.Key_Return)
    assert window.reader.shown == far_document(window.core.archive)

    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "no such title")
    qtbot.waitUntil(lambda: rows_under(window, mine) == ["No title of yours holds “no such title”"])
    placeholder = window.contents.model().index(0, 0, mine)
    assert not placeholder.flags() & Qt.ItemFlag.ItemIsSelectable
    field.clear()
    qtbot.waitUntil(lambda: len(rows_under(window, mine)) >= 10)
    assert rows_under(window, mine)[:2] == ["Court file 0000", "Court file 0001"]


def test_a_far_document_opens_from_the_navigator_is_searched_and_takes_a_note(qtbot, data):
    from PySide6.QtCore import Qt

    window = open_window(qtbot, data)
    archive = window.core.archive
    doc = far_document(archive)
    para = next(p for p in doc.paragraphs if "adjourned" in p.text)
    assert window.reader.shown.bundle_id == "hrw-wr2026-kazakhstan"

    qtbot.keyClicks(window.navigator.contents_filter, f"Court file {FAR:04d}")
    qtbot.keyClick(window.navigator.contents_filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.contents.hasFocus())
    assert window.contents.currentIndex().data() == f"Court file {FAR:04d}"
    qtbot.keyClick(window.contents, Qt.Key.Key_Return)
    assert window.reader.shown == doc
    text = window.reader.toPlainText()
    assert f"Court file {FAR:04d}" in text and "Kazakhstan" not in text
    assert window.reader.reading_paragraph() in {p.id for p in doc.paragraphs}

    window.search.field.setText(f"W{FAR:04d}x")
    qtbot.waitUntil(lambda: bool(window.search.result and window.search.result.hits))
    assert [h.para_id for h in window.search.result.hits] == [para.id]
    window.open_id("summary-1")  # back in the report
    window.search.open_hit(0)
    assert window.reader.shown == doc and window.reader.current_paragraph() == para.id
    assert window.reader.extraSelections()  # the word found is marked

    words = "next hearing"
    start = para.text.index(words)
    window.reader.setTextCursor(window.reader.paragraph_range(para.id, start, start + len(words)))
    window.reader.setFocus()
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(window.core.list_notes()) == 1, timeout=20000)
    note = window.core.list_notes()[0]
    assert (note.target_id, note.exact, note.start, note.end) == (
        para.id,
        words,
        start,
        start + len(words),
    )
    qtbot.waitUntil(lambda: window.reader.note_highlight_count == 1)
    window.open_id("summary-1")
    assert window.reader.note_highlight_count == 0  # the report has none
    window.go_back()
    assert window.reader.shown == doc and window.reader.note_highlight_count == 1
    window.go_forward()
    assert window.reader.shown.bundle_id == "hrw-wr2026-kazakhstan"


def test_the_next_start_opens_where_the_user_was(qtbot, data):
    window = open_window(qtbot, data)
    doc = far_document(window.core.archive)
    assert window.open_id(doc.paragraphs[-1].id)
    window.close()

    again = open_window(qtbot, data)
    assert again.reader.shown.id == doc.id
    assert again.reader.reading_paragraph() == doc.paragraphs[-1].id
    zoomed = again.reader.point_size
    again.zoom(2)
    assert again.reader.point_size == zoomed + 2 and again.reader.shown.id == doc.id
    assert again.reader.reading_paragraph() == doc.paragraphs[-1].id


def test_an_imported_documents_sections_show_when_it_is_expanded(qtbot, tmp_path, data_dir):
    from PySide6.QtCore import Qt

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("one", "two"):
        (docs / f"{name}.md").write_text(
            f"# Brief {name}\n\nOpening words of {name}.\n\n## Ruling\n\nThe court ruled {name}.\n",
            encoding="utf-8",
        )
    assert run_cli("import", str(docs), data_dir=data_dir).returncode == 0
    window = open_window_plain(qtbot, data_dir)
    mine = my_documents(window)
    window.contents.setFocus()
    qtbot.keyClick(window.contents, Qt.Key.Key_End)  # the first page of My documents
    qtbot.waitUntil(lambda: rows_under(window, mine) == ["Brief one", "Brief two"])
    qtbot.keyClick(window.contents, Qt.Key.Key_End)
    two = window.contents.currentIndex()
    assert two.data() == "Brief two" and rows_under(window, two) == []  # read when expanded
    qtbot.keyClick(window.contents, Qt.Key.Key_Right)
    assert rows_under(window, two) == ["Ruling"]
    ruling = window.contents.model().index(0, 0, two)
    qtbot.waitUntil(lambda: window.contents.visualRect(ruling).isValid())  # laid out, shown
    qtbot.keyClick(window.contents, Qt.Key.Key_Down)
    assert window.contents.currentIndex().data() == "Ruling"
    qtbot.keyClick(window.contents, Qt.Key.Key_Return)
    assert window.reader.shown.id == "brief-two"
    assert window.reader.reading_paragraph() == "brief-two-ruling-1"


def open_window_plain(qtbot, data: Path):
    from app.gui.main_window import MainWindow
    from index.core import Core

    window = MainWindow(Core(data))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.core.index_ready and not window.running, timeout=60000)
    return window


def test_about_the_archive_sums_up_a_thousand_imports_in_one_paragraph(qtbot, data):
    """Help → About the archive loaded every imported bundle to give each a section of its
    own (a thousand here, ten thousand for some users): the bundled report is described in
    full, the user's own imports in one paragraph, counted without loading them."""
    window = open_window(qtbot, data)
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    (about,) = [a for a in help_menu.actions() if a.text() == "About the archive"]
    about.trigger()
    page = window.about_dialog.text.toHtml()
    text = window.about_dialog.text.toPlainText()
    assert "Yours — 1,000 documents imported by you, not signed by anyone" in text
    assert "Court file" not in text
    assert page.count("<h3") == 2  # the report, and the user's imports
    assert "Verified against the Muragat editions key" in text
