"""The scan beside the text and the side panel, in a small window (issue 28, tried at
1024×600): the scan takes the room the search and notes panel had, and a key that needs that
panel — Ctrl+Shift+N on selected words, Ctrl+K — must bring it back rather than type into a
panel nobody sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from scanned_bundle import LOW_PARA, LOW_WORDS, scanned_bundle
from test_gui_ocr_reader import open_paragraph, open_window

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def small_window_with_the_scan(qtbot, data_dir):
    scanned_bundle(data_dir)
    window = open_window(qtbot, data_dir)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    open_paragraph(qtbot, window, LOW_PARA)
    qtbot.waitUntil(window.actions_by_id["show_scan"].isEnabled)
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_S, CTRL_SHIFT)
    assert window.scan_view.isVisible()
    assert not window.side.isVisible()  # at 1024 pixels the scan took the panel's room
    return window


def test_a_note_added_beside_the_scan_opens_where_it_can_be_typed(qtbot, data_dir):
    window = small_window_with_the_scan(qtbot, data_dir)
    words = "five years"
    start = LOW_WORDS.index(words)
    window.reader.setTextCursor(window.reader.paragraph_range(LOW_PARA, start, start + len(words)))
    qtbot.keyClick(window.reader, Qt.Key.Key_N, CTRL_SHIFT)
    editor = window.notes_panel.editor
    qtbot.waitUntil(editor.hasFocus, timeout=5000)
    assert editor.isVisible() and window.side.isVisible()
    assert window.side_action.isChecked()
    qtbot.keyClicks(editor, "check the name")
    assert editor.toPlainText() == "check the name"
    assert window.reader.width() >= 300  # the text read is still there beside the panel


def test_ctrl_k_beside_the_scan_shows_the_search_field_it_types_into(qtbot, data_dir):
    window = small_window_with_the_scan(qtbot, data_dir)
    qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.search.field
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    assert field.isVisible() and window.side.isVisible()
