"""Where the reader puts what it opens (issue 26): the report from its very top at a first
start, and an opened hit with what introduces it (its section heading, or the lines before)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from index.core import Core

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def first_start(qtbot, data_dir, size, language: str | None = None):
    """The window as a person first sees it: a fresh data folder, no settings (but the
    ``language`` chosen), shown at ``size``; the background loading and indexing of a first
    start have finished."""
    from app.gui import settings as S
    from app.gui.main_window import MainWindow

    if language:
        settings = S.Settings(str(data_dir / "muragat.ini"))
        settings.set(S.LANGUAGE, language)
        settings.sync()
    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.running, timeout=30000)
    qtbot.wait(100)
    return window


def block_in_view(reader, ident: str) -> QRect:
    """The block holding ``ident`` (a heading or paragraph), in the viewport's coordinates."""
    document = reader.archive_document
    block = document.findBlock(document.positions[ident])
    rect = document.documentLayout().blockBoundingRect(block).toAlignedRect()
    return rect.translated(
        -reader.horizontalScrollBar().value(), -reader.verticalScrollBar().value()
    )


@pytest.mark.parametrize(
    ("size", "language"), [((1024, 600), "ru"), ((1366, 768), "kk"), ((1920, 1080), "en")]
)
def test_the_first_start_shows_the_report_from_its_top(qtbot, data_dir, size, language):
    from app.gui import i18n

    try:
        window = first_start(qtbot, data_dir, size, language)
        assert window.language == language
        reader = window.reader
        assert window.centre.currentWidget() is reader
        title = window.core.archive.builtin_bundles[0].documents[0]
        assert reader.verticalScrollBar().value() == 0
        rect = block_in_view(reader, title.id)  # the whole title, not its lower half
        assert reader.viewport().rect().contains(rect), (rect, reader.viewport().rect())
    finally:
        i18n.install("en")


def open_by_search(qtbot, window, words: str, para_id: str) -> None:
    """Ctrl+K, the words typed, Enter: the first hit opens, as a user opens it."""
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.search.field, words)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.current_paragraph() == para_id, timeout=15000)
    qtbot.wait(50)


def test_an_opened_hit_shows_its_section_heading(qtbot, data_dir):
    window = first_start(qtbot, data_dir, (1366, 768))
    open_by_search(qtbot, window, "preventative arrests", "peaceful-assembly-1")
    reader = window.reader
    viewport = reader.viewport().rect()
    document = reader.archive_document
    block = document.findBlock(document.positions["peaceful-assembly"])
    assert document.blocks[block.blockNumber()].kind == "section"  # the heading's block
    heading = block_in_view(reader, "peaceful-assembly")
    assert viewport.contains(heading), (heading, viewport)
    assert viewport.contains(block_in_view(reader, "peaceful-assembly-1").topLeft())


def test_an_opened_hit_far_below_its_heading_shows_the_lines_before(qtbot, data_dir):
    window = first_start(qtbot, data_dir, (1024, 600))
    open_by_search(qtbot, window, '"refused to grant women"', "peaceful-assembly-3")
    reader = window.reader
    target = block_in_view(reader, "peaceful-assembly-3")
    line = reader.fontMetrics().lineSpacing()
    assert target.top() >= 2 * line, target  # lines of the paragraph before show
    assert target.top() <= reader.viewport().height() // 3, target  # and the hit near the top
    before = block_in_view(reader, "peaceful-assembly-2")
    assert before.bottom() > 0  # the lines showing are the paragraph before's last ones


def test_a_phrase_is_marked_where_it_stands_and_nowhere_else(qtbot, data_dir):
    window = first_start(qtbot, data_dir, (1366, 768))
    open_by_search(qtbot, window, '"refused to grant women"', "peaceful-assembly-3")
    text = window.core.archive.paragraph("peaceful-assembly-3").text
    marked = [text[a:b] for _para, a, b in window.reader._search_ranges]
    assert marked == ["refused to grant women’s"]  # not every "to" and "women" in it
    hit = window.search.model.hits[0]
    assert hit.snippet.count("<mark>") == 1 and "<mark>refused to grant women’s</mark>" in (
        hit.snippet
    )
