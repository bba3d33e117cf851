"""Lists that say what to do when they are empty, instead of showing a blank white box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QListView, QListWidget


def _paint_message(view, text: str) -> None:
    if not text or view.model() is None or view.model().rowCount() > 0:
        return
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    rect = view.viewport().rect().adjusted(8, 4, -8, -4)
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.end()


class EmptyListView(QListView):
    """A QListView with a message shown while its model has no rows."""

    def __init__(self, empty_text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        _paint_message(self, self.empty_text)


class EmptyListWidget(QListWidget):
    def __init__(self, empty_text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        _paint_message(self, self.empty_text)
