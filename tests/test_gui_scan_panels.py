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


def test_the_scans_title_keeps_its_page_number_in_russian_beside_the_panels(qtbot, data_dir):
    """At 1366×768 in Russian the scan opens 320 pixels wide beside the search and notes: its
    title, "Скан, стр. 2", must show the page number whole, not clipped by the zoom buttons."""
    from app.gui import i18n

    scanned_bundle(data_dir)
    window = open_window(qtbot, data_dir)
    try:
        window.language_actions["ru"].trigger()
        window = window.successor
        qtbot.addWidget(window)
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.width() == 1366)
        open_paragraph(qtbot, window, LOW_PARA)
        qtbot.waitUntil(window.actions_by_id["show_scan"].isEnabled)
        window.actions_by_id["show_scan"].trigger()  # View → Show scan
        scan = window.scan_view
        assert scan.isVisible() and window.side.isVisible()
        title = scan.title
        assert title.text() == "Скан, стр. 2"
        qtbot.waitUntil(
            lambda: title.width() >= title.fontMetrics().horizontalAdvance(title.text())
        )
        for button in (scan.zoom_out_button, scan.fit_button, scan.zoom_in_button):
            assert button.width() >= button.sizeHint().width()
            assert button.isVisible()
    finally:
        i18n.install("en")
