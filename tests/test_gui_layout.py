"""The window on the screens people have (issue 13): at 1024×600 and 1366×768 the reader keeps a
readable width, side panels give way first, every panel can be brought back after being hidden
or dragged shut, the choice is remembered, and resizing keeps the reading position."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app.gui.reader import MEASURE_CHARS, READABLE_MIN
from index.core import Core

pytestmark = pytest.mark.gui


def open_window(qtbot, data_dir: Path, size: tuple[int, int]):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    qtbot.wait(50)
    return window


def reader_width(window) -> int:
    return window.reader.viewport().width()


def drag_shut(qtbot, window, panel) -> None:
    """Drag the splitter handle next to ``panel`` all the way over it, with the mouse."""
    splitter = window.splitter
    index = splitter.indexOf(panel)
    handle = splitter.handle(index if index > 0 else 1)
    middle = handle.rect().center()
    far = -2000 if index == 0 else 4000
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, QPoint(middle.x() + far // 2, middle.y()))
    qtbot.mouseMove(handle, QPoint(middle.x() + far, middle.y()))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(middle.x() + far, middle.y()))


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_reader_stays_readable_and_every_panel_comes_back(qtbot, data_dir, size):
    window = open_window(qtbot, data_dir, size)
    window.search.field.setText("Yensebek")  # results, filters and a note make it tallest
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=15000)
    window.open_id("temirlan-ensebek")
    # It still fits the screen's height, title bar and a panel included (no clipped status bar).
    assert window.minimumSizeHint().height() + 60 <= size[1], window.minimumSizeHint()
    assert reader_width(window) >= READABLE_MIN, (size, reader_width(window))
    assert window.panel_shown(window.side)  # search and notes: the journey needs them
    if size[0] >= 1366:
        assert window.panel_shown(window.navigator)
    else:
        assert not window.panel_shown(window.navigator)  # the navigator gave way first
    for panel, action, key in (
        (window.navigator, window.navigator_action, Qt.Key.Key_F9),
        (window.side, window.side_action, Qt.Key.Key_F9),
    ):
        shift = Qt.KeyboardModifier.ShiftModifier if panel is window.side else None
        mods = shift or Qt.KeyboardModifier.NoModifier
        # Hidden from View (by its shortcut), then shown again.
        if window.panel_shown(panel):
            qtbot.keyClick(window, key, mods)
            assert not window.panel_shown(panel) and not action.isChecked()
        qtbot.keyClick(window, key, mods)
        assert window.panel_shown(panel) and action.isChecked()
        assert panel.width() > 150
        assert reader_width(window) >= READABLE_MIN, (size, panel, reader_width(window))
        # Dragged shut with the mouse, then brought back from the View menu.
        drag_shut(qtbot, window, panel)
        assert not window.panel_shown(panel) and not action.isChecked()
        action.trigger()
        assert window.panel_shown(panel) and panel.width() > 150
        assert reader_width(window) >= READABLE_MIN
    # Ctrl+K always lands in a visible search field.
    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert not window.panel_shown(window.side)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.isVisible() and window.search.field.hasFocus()


def test_hidden_panels_are_remembered(qtbot, data_dir):
    small = open_window(qtbot, data_dir, (1024, 600))
    assert not small.panel_shown(small.navigator)  # gave way: not the user's choice
    small.close()
    window = open_window(qtbot, data_dir, (1366, 768))
    assert window.panel_shown(window.navigator)
    window.navigator_action.trigger()
    assert not window.panel_shown(window.navigator)
    window.close()
    again = open_window(qtbot, data_dir, (1366, 768))
    assert not again.panel_shown(again.navigator) and not again.navigator_action.isChecked()
    assert again.panel_shown(again.side)
    again.navigator_action.trigger()
    assert again.panel_shown(again.navigator)


def test_a_wide_window_keeps_a_readable_measure(qtbot, data_dir):
    window = open_window(qtbot, data_dir, (1900, 1000))
    window.navigator_action.trigger()
    window.side_action.trigger()
    qtbot.wait(20)
    frame = window.reader.archive_document.rootFrame().frameFormat()
    text_width = window.reader.document().textWidth() - frame.leftMargin() - frame.rightMargin()
    chars = text_width / window.reader.fontMetrics().averageCharWidth()
    assert window.reader.viewport().width() > 1500
    assert chars < MEASURE_CHARS * 1.6, chars  # not 180 characters to a line


def test_resizing_keeps_the_reading_position(qtbot, data_dir):
    window = open_window(qtbot, data_dir, (1366, 768))
    assert window.open_id("peaceful-assembly-3")
    # (opened below the last lines of the paragraph before: the one read is the one opened)
    assert window.reader.reading_paragraph() == "peaceful-assembly-3"
    for size in ((1024, 600), (800, 600), (1366, 768)):
        window.resize(*size)
        qtbot.wait(30)
        assert window.reader.reading_paragraph() == "peaceful-assembly-3", size


def test_f9_on_a_narrow_window_is_remembered(qtbot, data_dir):
    """At 1024 px only one side panel fits beside the reader (in Russian: its search and
    notes panel is wider than in English): F9 brings the navigator, search and notes give
    way; the next start on the folder shows what the user left (issue 26)."""
    from app.gui import i18n
    from app.gui import settings as S

    settings = S.Settings(str(data_dir / "muragat.ini"))
    settings.set(S.LANGUAGE, "ru")
    settings.sync()
    try:
        window = open_window(qtbot, data_dir, (1024, 600))
        assert window.panel_shown(window.side) and not window.panel_shown(window.navigator)
        qtbot.keyClick(window, Qt.Key.Key_F9)
        assert window.panel_shown(window.navigator) and not window.panel_shown(window.side)
        window.close()
        again = open_window(qtbot, data_dir, (1024, 600))
        assert again.panel_shown(again.navigator) and again.navigator_action.isChecked()
        assert not again.panel_shown(again.side) and not again.side_action.isChecked()
        qtbot.keyClick(again, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)  # and back
        assert again.panel_shown(again.side) and not again.panel_shown(again.navigator)
        again.close()
        third = open_window(qtbot, data_dir, (1024, 600))
        assert third.panel_shown(third.side) and not third.panel_shown(third.navigator)
    finally:
        i18n.install("en")
