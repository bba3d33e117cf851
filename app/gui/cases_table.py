"""The Cases table's columns (issue 26): each as wide as what it holds (up to a cap, the rest
in the cell's tooltip), the names' column taking whatever room is left over, so names and
places are not cut at 100 pixels each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

NAME_COLUMN = 0
MOST = 220
"""The widest a column is made to fit what it holds (longer text: elided, whole in its tip)."""


class ColumnFitter(QObject):
    """Sizes ``table``'s columns to their contents when its rows change, and gives the names'
    column the viewport's spare width whenever the table is resized."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.wanted: list[int] = []
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setWordWrap(False)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.measure)
        self.measure()

    def measure(self, *_args) -> None:
        table = self.table
        self.wanted = [
            min(
                MOST * (2 if column == NAME_COLUMN else 1),
                max(
                    table.sizeHintForColumn(column),
                    table.horizontalHeader().sectionSizeHint(column),
                ),
            )
            for column in range(table.model().columnCount())
        ]
        self.fit()

    def fit(self) -> None:
        table = self.table
        if not self.wanted:
            return
        room = table.viewport().width()
        wanted = list(self.wanted)  # names: at most half a narrow table, the date beside them
        wanted[NAME_COLUMN] = min(wanted[NAME_COLUMN], max(MOST, room // 2))
        spare = room - sum(wanted)
        for column, width in enumerate(wanted):
            if column == NAME_COLUMN and spare > 0:
                width += spare
            table.setColumnWidth(column, width)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)
