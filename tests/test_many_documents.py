"""A thousand imported documents in the window (issue 11: with PySide6 6.12.0 on Python 3.11 the
window never appeared; issue 18: every document was parsed and laid out at start). The reader
holds one document; the navigator lists them all; a document far down the list opens from the
navigator, is searched, and a passage note made in it lands on its paragraph; where the user
was is where the next start opens, Back and Forward cross documents."""

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
mine = window.contents.topLevelItem(1)
print(json.dumps({"documents": len(window.core.archive.documents),
                  "report": "Kazakhstan" in opened, "listed": mine.childCount(),
                  "last": mine.child(mine.childCount() - 1).text(0),
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
    window.show()
    qtbot.waitExposed(window)
    mine = lambda: window.contents.topLevelItem(1)  # noqa: E731
    qtbot.waitUntil(lambda: mine() is not None and mine().childCount() == COUNT, timeout=120000)
    qtbot.waitUntil(lambda: window.core.index_ready and not window.running, timeout=300000)
    return window


def far_item(window):
    from PySide6.QtCore import Qt

    mine = window.contents.topLevelItem(1)
    assert mine.text(0) == "My documents"
    matches = window.contents.findItems(
        f"Court file {FAR:04d}", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )
    assert len(matches) == 1
    return matches[0]


def test_a_far_document_opens_from_the_navigator_is_searched_and_takes_a_note(
    qtbot, data, monkeypatch
):
    from PySide6.QtCore import Qt

    from app.gui import navigator

    monkeypatch.setattr(navigator, "ROWS_AT_ONCE", 64)  # listed over many turns of the loop
    window = open_window(qtbot, data)
    assert not window.navigator.filling
    archive = window.core.archive
    doc = next(d for d in archive.documents if d.title == f"Court file {FAR:04d}")
    para = next(p for p in doc.paragraphs if "adjourned" in p.text)
    assert window.reader.shown.bundle_id == "hrw-wr2026-kazakhstan"

    window.contents.setFocus()
    window.contents.setCurrentItem(far_item(window))
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
    doc = next(d for d in window.core.archive.documents if d.title == f"Court file {FAR:04d}")
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
    mine = window.contents.topLevelItem(1)
    two = mine.child(1)
    assert two.text(0) == "Brief two" and two.childCount() == 0  # filled when expanded
    two.setExpanded(True)
    assert [two.child(i).text(0) for i in range(two.childCount())] == ["Ruling"]
    window.contents.setFocus()
    window.contents.setCurrentItem(two.child(0))
    qtbot.keyClick(window.contents, Qt.Key.Key_Return)
    assert window.reader.shown.id == "brief-two"
    assert window.reader.reading_paragraph() == "brief-two-ruling-1"


def open_window_plain(qtbot, data: Path):
    from app.gui.main_window import MainWindow
    from index.core import Core

    window = MainWindow(Core(data))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.core.index_ready and not window.running, timeout=60000)
    return window
