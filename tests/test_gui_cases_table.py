"""The Cases table (issue 26): names and places whole (columns sized to what they hold, the
names' column taking the room left), every cell's full text in its tooltip, and groups and
institutions said to be such ("parliament" was listed under Person)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from index.core import Core

pytestmark = pytest.mark.gui

WHO, PLACE = 0, 2


def cases_tab(qtbot, data_dir):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    go = next(a for a in window.findChildren(QAction) if a.text() == "C&ases")
    go.trigger()  # Go → Cases (Ctrl+3)
    table = window.cases_table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    qtbot.wait(50)
    return window, table


def _option(table):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()
    return option


def row_of(table, text: str, column: int = WHO) -> int:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, column).data() == text:
            return row
    raise AssertionError(
        f"no row {text!r}: {[model.index(r, column).data() for r in range(model.rowCount())]}"
    )


def test_names_and_places_whole_and_groups_said_to_be_groups(qtbot, data_dir):
    window, table = cases_tab(qtbot, data_dir)
    model = table.model()
    assert model.headerData(WHO, Qt.Orientation.Horizontal) == "People and groups"
    row_of(table, "parliament (institution)")
    row_of(table, "Temirlan Ensebek")
    mixed = row_of(table, "Ruslan Biketov, Asem Zhapisheva, nearly a dozen activists (group)")
    assert (
        model.index(mixed, WHO).data(Qt.ItemDataRole.ToolTipRole) == model.index(mixed, WHO).data()
    )
    for column, text in ((PLACE, "Almaty International Airport"), (WHO, "Temirlan Ensebek")):
        row = row_of(table, text, column)
        # Whole: as wide as the style draws the cell with its margins (the old columns: 100 px).
        needed = table.itemDelegate().sizeHint(_option(table), model.index(row, column))
        assert (
            table.fontMetrics().horizontalAdvance(text)
            < needed.width()
            <= table.columnWidth(column)
        ), (text, needed.width(), table.columnWidth(column))
    # Wider navigator: the names' column takes the room.
    before = table.columnWidth(WHO)
    window.resize(2600, 900)
    window.splitter.setSizes([2000, 600, 0])
    qtbot.waitUntil(lambda: table.columnWidth(WHO) > before, timeout=3000)
    total = sum(table.columnWidth(c) for c in range(model.columnCount()))
    assert total >= table.viewport().width() - 2
