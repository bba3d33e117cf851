"""The reader: the report in a QTextBrowser, paragraph ids in the margin, highlights for notes
and search terms, and links that never leave the app without the user's say-so."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser, QTextEdit

from app.gui.actions import make_action
from app.gui.document_view import ArchiveTextDocument

log = logging.getLogger(__name__)

MARGIN = 150
NOTE_COLORS = {
    "yellow": "#fff2a8",
    "green": "#c8f0c0",
    "blue": "#cfe3ff",
    "pink": "#ffd1e8",
    "orange": "#ffd9a8",
}
SEARCH_COLOR = "#ffb347"


def confirm_external(parent, url: QUrl) -> bool:
    """Ask before handing an address to the system browser: the user may be watched."""
    answer = QMessageBox.question(
        parent,
        "Open in your web browser?",
        "This link leaves Muragat and opens in your web browser, which will connect to:\n\n"
        f"{url.toString()}\n\nOpen it?",
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open


class ReaderView(QTextBrowser):
    internalLink = Signal(str)
    """An id inside the archive (paragraph, section, case) was clicked."""
    addNoteRequested = Signal()
    highlightRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Reader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.archive_document = ArchiveTextDocument(self)
        self._note_selections: list[QTextEdit.ExtraSelection] = []
        self._search_selections: list[QTextEdit.ExtraSelection] = []
        self.setMouseTracking(True)

    # -- content ------------------------------------------------------------------------------

    def show_documents(self, documents, point_size: float) -> None:
        self.archive_document.build(documents, point_size)
        frame = self.archive_document.rootFrame().frameFormat()
        frame.setLeftMargin(MARGIN)
        frame.setRightMargin(24)
        self.archive_document.rootFrame().setFrameFormat(frame)
        self.setDocument(self.archive_document)

    def scroll_to(self, ident: str) -> bool:
        position = self.archive_document.positions.get(ident)
        if position is None:
            return False
        cursor = QTextCursor(self.archive_document)
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - 16)
        return True

    def paragraph_range(self, para_id: str, start: int, end: int) -> QTextCursor | None:
        base = self.archive_document.positions.get(para_id)
        if base is None:
            return None
        cursor = QTextCursor(self.archive_document)
        cursor.setPosition(base + start)
        cursor.setPosition(base + end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selection(self) -> tuple[str, int, int] | None:
        """(paragraph id, start, end) of the selection, if it lies within one paragraph."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        first = self.archive_document.paragraph_at(cursor.selectionStart())
        last = self.archive_document.paragraph_at(cursor.selectionEnd())
        if first is None or last is None or first[0] != last[0]:
            return None
        return first[0], first[1], last[1]

    def current_paragraph(self) -> str | None:
        located = self.archive_document.paragraph_at(self.textCursor().position())
        return located[0] if located else None

    # -- highlights ---------------------------------------------------------------------------

    def _selection(self, cursor: QTextCursor, color: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        fmt.setForeground(QColor("#000000"))
        sel.format = fmt
        return sel

    def set_note_highlights(self, ranges: list[tuple[str, int, int, str]]) -> None:
        self._note_selections = [
            self._selection(c, NOTE_COLORS.get(color, NOTE_COLORS["yellow"]))
            for para, start, end, color in ranges
            if (c := self.paragraph_range(para, start, end)) is not None
        ]
        self._apply()

    def set_search_highlights(self, ranges: list[tuple[str, int, int]]) -> None:
        self._search_selections = [
            self._selection(c, SEARCH_COLOR)
            for para, start, end in ranges
            if (c := self.paragraph_range(para, start, end)) is not None
        ]
        self._apply()

    def _apply(self) -> None:
        self.setExtraSelections(self._note_selections + self._search_selections)

    @property
    def note_highlight_count(self) -> int:
        return len(self._note_selections)

    # -- margin ids ---------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        doc = self.archive_document
        if self.document() is not doc or not doc.blocks:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#8a8a8a"))
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        layout = doc.documentLayout()
        dy = self.verticalScrollBar().value()
        dx = self.horizontalScrollBar().value()
        height = self.viewport().height()
        for number, info in doc.blocks.items():
            if info.kind != "paragraph":
                continue
            rect = layout.blockBoundingRect(doc.findBlockByNumber(number))
            top = rect.top() - dy
            if top > height or rect.bottom() - dy < 0:
                continue
            painter.drawText(
                int(8 - dx),
                int(top),
                MARGIN - 20,
                40,
                Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap,
                info.ident,
            )
        painter.end()

    # -- links and menu -----------------------------------------------------------------------

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto", "ftp"):
            if confirm_external(self, url):
                QDesktopServices.openUrl(url)
            return
        if url.scheme() in ("para", "case", "section") or url.hasFragment():
            self.internalLink.emit(url.path() or url.fragment())

    def citation_at(self, position: int) -> str | None:
        located = self.archive_document.paragraph_at(position)
        return located[0] if located else None

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        para = self.citation_at(self.cursorForPosition(event.pos()).position())
        if para:
            menu.addAction(
                make_action(
                    menu,
                    f"Copy citation (¶ {para})",
                    lambda: QApplication.clipboard().setText(self.citation(para)),
                )
            )
        if self.selection():
            menu.addAction(make_action(menu, "Add note…", self.addNoteRequested.emit))
            menu.addAction(make_action(menu, "Highlight", self.highlightRequested.emit))
        self.context_menu = menu  # tests reach the menu a right-click opened
        menu.exec(event.globalPos())

    def citation(self, para_id: str) -> str:
        return f"¶ {para_id}"

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        para = self.citation_at(self.cursorForPosition(QPoint(event.pos())).position())
        self.viewport().setToolTip(f"¶ {para} — right-click to copy the citation" if para else "")
