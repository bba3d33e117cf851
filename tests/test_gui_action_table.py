"""The window's actions come from one table (app/gui/action_table.py): the menu bar, Help →
Keyboard shortcuts and the context menus of the reader and of the search results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from test_gui_actions import open_window, right_click

pytestmark = pytest.mark.gui


def test_every_row_of_the_table_is_in_the_menus_with_its_keys(qtbot, data_dir):
    from app.gui import action_table

    window = open_window(qtbot, data_dir)
    in_menus = {
        action
        for top in window.menuBar().actions()
        for action in top.menu().actions()
        if not action.isSeparator()
    }
    page = window.show_shortcuts().text.toPlainText()
    for row in action_table.rows():
        action = window.actions_by_id[row.id]
        assert action in in_menus, row.id
        keys = [k.toString() for k in action.shortcuts()]
        assert len(keys) == len(row.keys), row.id
        if keys and action.isVisible():
            assert keys[0] in page, row.id


def right_click_first_hit(qtbot, window, on_menu) -> None:
    """Right-click on the first search result, as Qt delivers it; ``on_menu(menu)`` runs while
    the menu is open."""
    results = window.search.results
    rect = results.visualRect(window.search.model.index(0))
    right_click(results, QPoint(rect.left() + 10, rect.center().y()), on_menu)


def test_the_search_results_context_menu_opens_and_cites_a_hit(qtbot, data_dir):
    """Right-click on a hit: Open and Copy citation, from the table (the results had no
    context menu)."""
    window = open_window(qtbot, data_dir)
    window.search.field.setText("Yensebek kind:paragraph")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=15000)
    hit = window.search.model.hits[0]
    names: list[str] = []

    def choose(name: str):
        def on_menu(menu) -> None:
            names[:] = [a.text() for a in menu.actions() if not a.isSeparator()]
            action = next(a for a in menu.actions() if a.text().startswith(name))
            menu.close()
            action.trigger()

        return on_menu

    QGuiApplication.clipboard().clear()
    right_click_first_hit(qtbot, window, choose("Copy citation"))
    qtbot.waitUntil(lambda: bool(QGuiApplication.clipboard().text()))
    assert names == ["Open", f"Copy citation (¶ {hit.para_id})"]
    assert QGuiApplication.clipboard().text() == window.core.archive.citation_line(hit.para_id)
    window.open_id(window.core.archive.cases[0].id)  # somewhere else first
    right_click_first_hit(qtbot, window, choose("Open"))
    qtbot.waitUntil(lambda: window.location() == hit.para_id)
