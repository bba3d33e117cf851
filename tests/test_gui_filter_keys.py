"""By keyboard from a navigator's filter into its list (issue 26: the walk by keyboard only):
Go → Cases puts the focus on the tab; Tab reaches the filter; Down there went nowhere, so a
case could not be opened without the mouse after filtering. As in the search panel and the
Contents filter, Down (or Enter) moves into the list on its first row, and Enter opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from index.changes import AddNote
from index.core import Core
from index.notes.service import new_note

pytestmark = pytest.mark.gui


def go(window, text: str) -> None:
    next(a for a in window.findChildren(QAction) if a.text() == text).trigger()


def window_with_a_note(qtbot, data_dir):
    from app.gui.main_window import MainWindow

    core = Core(data_dir)
    core.apply(AddNote(new_note(core.archive, "freedom-of-expression-2", "Ask about the appeal")))
    window = MainWindow(core)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_down_in_the_cases_filter_moves_into_the_table_and_enter_opens_the_case(qtbot, data_dir):
    window = window_with_a_note(qtbot, data_dir)
    go(window, "C&ases")
    nav = window.navigator
    nav.cases_filter.setFocus()
    qtbot.keyClicks(nav.cases_filter, "Ensebek")
    qtbot.waitUntil(lambda: nav.cases_proxy.rowCount() >= 1)
    qtbot.keyClick(nav.cases_filter, Qt.Key.Key_Down)
    assert window.focusWidget() is nav.cases_table
    from app.gui.navigator import ID_ROLE

    first = nav.cases_proxy.data(nav.cases_proxy.index(0, 0), ID_ROLE)
    assert first
    qtbot.keyClick(nav.cases_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.shown_case == first)
    assert "Ensebek" in window.case_view.toPlainText()


def test_down_in_the_notes_filter_moves_into_the_notes_list(qtbot, data_dir):
    window = window_with_a_note(qtbot, data_dir)
    go(window, "N&otes")
    nav = window.navigator
    qtbot.waitUntil(lambda: nav.notes_list.model().rowCount() == 1)
    nav.notes_filter.setFocus()
    qtbot.keyClick(nav.notes_filter, Qt.Key.Key_Down)
    assert window.focusWidget() is nav.notes_list
    assert nav.notes_list.currentIndex().row() == 0
