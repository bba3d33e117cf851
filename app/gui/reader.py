"""The reader: one document in a QTextBrowser, paragraph ids in the margin, highlights for notes
and search terms, and links that never leave the app without the user's say-so.

The reader holds one document at a time (the bundled report, or the one chosen in the
navigator, a hit, a note or a link leads to), as an e-book reader or a PDF viewer does: what
it builds and lays out is the size of that document, never of the archive, so the window
opens as fast with ten thousand imported documents as with the report alone."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QPainter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QMessageBox, QTextBrowser, QTextEdit

from app.gui.document_view import ArchiveTextDocument, scan_colours

log = logging.getLogger(__name__)

MARGIN = 150
"""Room at the left for the paragraph ids."""
MEASURE_CHARS = 78
"""The longest line, in average characters, however wide the window: a readable measure."""
READABLE_MIN = 420
"""The narrowest the reader's viewport gets before side panels give way (pixels)."""
NOTE_COLORS = {
    "yellow": "#fff2a8",
    "green": "#c8f0c0",
    "blue": "#cfe3ff",
    "pink": "#ffd1e8",
    "orange": "#ffd9a8",
}
SEARCH_COLOR = "#ffb347"
CONTEXT_LINES = 2.5
"""Lines of the text before a paragraph opened far below its heading, shown above it."""


def fit_measure(view: QTextBrowser, point_size: float, left: int, right: int) -> None:
    """Margins for ``view``'s document so that no line is longer than MEASURE_CHARS average
    characters at ``point_size``; extra width is shared left and right (the text is centred)."""
    document = view.document()
    char = max(5.0, point_size * 0.55 * view.logicalDpiX() / 72)
    spare = view.viewport().width() - document.documentMargin() * 2 - left - right
    spare = max(0, int(spare - char * MEASURE_CHARS))
    frame = document.rootFrame().frameFormat()
    wanted = (left + spare // 2, right + spare - spare // 2)
    if (frame.leftMargin(), frame.rightMargin()) != wanted:
        frame.setLeftMargin(wanted[0])
        frame.setRightMargin(wanted[1])
        document.rootFrame().setFrameFormat(frame)


def confirm_external(parent, url: QUrl) -> bool:
    """Ask before handing an address to the system browser: the user may be watched."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ReaderView", "Open in your web browser?"),
        QCoreApplication.translate(
            "ReaderView",
            "This link leaves Muragat and opens in your web browser, which will connect to:"
            "\n\n%1\n\nOpen it?",
        ).replace("%1", url.toString()),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open


class ReaderView(QTextBrowser):
    internalLink = Signal(str)
    """An id inside the archive (paragraph, section, case) was clicked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Reader"))
        self.setAccessibleDescription(
            self.tr("The report. Shift+arrow keys select text when caret browsing is on (F7).")
        )
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.anchorClicked.connect(self._follow)
        self.archive_document = ArchiveTextDocument(self)
        self._note_selections: list[QTextEdit.ExtraSelection] = []
        self._search_selections: list[QTextEdit.ExtraSelection] = []
        self._note_ranges: list[tuple[str, int, int, str]] = []
        self._search_ranges: list[tuple[str, int, int]] = []
        self._documents: list = []
        self._headers: dict[str, str] = {}
        self.shown = None
        """The `Document` on show (an archive snapshot's object: a newer version is another)."""
        self.point_size = self.font().pointSizeF() + 2
        self.caret = False
        self.setMouseTracking(True)
        self.set_caret_browsing(True)
        self.context_actions: Callable[[QMenu, dict], list] = lambda _menu, _facts: []
        """The context menu's own actions, given what was clicked (the paragraph, whether
        words are selected): the window's table of actions makes them."""
        self.paragraph_facts: Callable[[str | None], dict] = lambda _para: {}
        """More of what the context menu knows of the paragraph clicked (whether it comes
        from a scanned page, and which): the window's archive says."""

    # -- content ------------------------------------------------------------------------------

    def show_document(self, document, point_size: float, header: str | None = None) -> None:
        """Show one document at ``point_size``, ``header`` under its title (where an imported
        document comes from); the note highlights follow it."""
        self.show_documents([document], point_size, {document.id: header} if header else {})
        self.shown = document

    def show_documents(self, documents, point_size: float, headers=None) -> None:
        """Show ``documents`` at ``point_size``; ``headers`` maps a document id to a line shown
        under its title (where an imported document comes from)."""
        self._documents, self._headers = list(documents), dict(headers or {})
        self.shown = self._documents[0] if len(self._documents) == 1 else None
        self.point_size = point_size
        self.archive_document.build(self._documents, point_size, self._headers)
        self.setDocument(self.archive_document)
        self._fit_measure()
        self.set_note_highlights(self._note_ranges)
        self.set_search_highlights(self._search_ranges)

    def restyle(self) -> None:
        """Build the document again in the theme now shown (the marks on recognised text take
        its colours), at the same place."""
        if self._documents and self.archive_document.scan_labels:
            self.set_point_size(self.point_size, force=True)

    def set_point_size(self, point_size: float, force: bool = False) -> None:
        """Zoom: the whole report (headings, text, captions) at a new size, same place."""
        if abs(point_size - self.point_size) < 0.01 and not force:
            return
        para = self.reading_paragraph()
        cursor = self.textCursor()
        selection = self.selection()
        self.show_documents(self._documents, point_size, self._headers)
        if selection is not None:
            restored = self.paragraph_range(*selection)
            if restored is not None:
                self.setTextCursor(restored)
        if para:
            self.scroll_to(
                para,
                move_cursor=selection is None and not cursor.hasSelection(),
                context=False,
            )

    def _fit_measure(self) -> None:
        """Keep lines no longer than MEASURE_CHARS; the ids stay at the text's left."""
        fit_measure(self, self.point_size, MARGIN, 24)

    def resizeEvent(self, event) -> None:
        """Reflow to the new width without losing the reading position."""
        scrolled = self.verticalScrollBar().value() > 0  # at the very top, stay at the top
        para = self.reading_paragraph() if self._documents and scrolled else None
        super().resizeEvent(event)
        self._fit_measure()
        if para:
            self.scroll_to(para, move_cursor=False, context=False)

    def set_caret_browsing(self, on: bool) -> None:
        """F7: a visible caret that arrow keys move; Shift+arrows select, as in browsers."""
        flags = Qt.TextInteractionFlag.TextBrowserInteraction
        if on:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.setTextInteractionFlags(flags)
        self.setCursorWidth(2 if on else 1)
        self.caret = on

    def reading_paragraph(self) -> str | None:
        """The paragraph the user selected or is reading: the selection's, else the caret's
        if it is on screen, else the first paragraph at the top of the view."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            located = self.archive_document.paragraph_at(cursor.selectionStart())
            if located:
                return located[0]
        if self.viewport().rect().intersects(self.cursorRect(cursor)):
            located = self.archive_document.paragraph_at(cursor.position())
            if located:
                return located[0]
        return self.top_paragraph()

    def top_paragraph(self) -> str | None:
        """The first paragraph whose text shows at the top of the view."""
        for y in range(4, max(5, self.viewport().height()), 12):
            position = self.cursorForPosition(QPoint(self.viewport().width() // 2, y)).position()
            located = self.archive_document.paragraph_at(position)
            if located:
                return located[0]
        return None

    def scroll_to(self, ident: str, move_cursor: bool = True, context: bool = True) -> bool:
        """Bring ``ident`` (a paragraph, section or document) into view, with ``context``
        above it: its heading when near (the whole title at a document's start, where the
        view is at its very top), else a few lines of the text before. Without ``context``
        (keeping the reading place through a resize or zoom) it goes to the top."""
        position = self.archive_document.positions.get(ident)
        if position is None:
            return False
        cursor = QTextCursor(self.archive_document)
        cursor.setPosition(position)
        if move_cursor:
            self.setTextCursor(cursor)
        block = self.archive_document.findBlock(position)
        if context:
            top = self._top_with_context(block)
        else:
            top = int(self.archive_document.documentLayout().blockBoundingRect(block).top()) - 16
        bar = self.verticalScrollBar()
        bar.setValue(top)
        if bar.value() != top:  # a document just rebuilt: its height is not known yet
            QTimer.singleShot(0, lambda: bar.setValue(top))
        return True

    def _top_with_context(self, block) -> int:
        """Where the view's top goes to show ``block`` with what introduces it: the headings
        right above it (from the view's very top when nothing but headings is above), or, when
        its heading is far above, the last lines of the paragraph before."""
        document = self.archive_document
        layout = document.documentLayout()
        target = layout.blockBoundingRect(block).top()
        first, above = block, block.previous()
        while above.isValid():  # headings and the line under a title: part of the heading
            info = document.blocks.get(above.blockNumber())
            if info is not None and info.kind == "paragraph":
                break
            first, above = above, above.previous()
        if not above.isValid():
            return 0  # only the document's title (and headings) above: from the top
        heading = layout.blockBoundingRect(first).top()
        if first != block and target - heading <= self.viewport().height() // 3:
            return int(heading) - 16
        font = QFont(self.font())
        font.setPointSizeF(self.point_size)
        lines = QFontMetricsF(font, self).lineSpacing() * 1.35 * CONTEXT_LINES  # the text's
        return max(0, int(target - min(lines, self.viewport().height() // 4)))

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
        text = cursor.selectedText()  # word-wise keys select the space after a word: not quoted
        start = first[1] + (len(text) - len(text.lstrip()))
        end = last[1] - (len(text) - len(text.rstrip()))
        return (first[0], start, end) if end > start else None

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
        self._note_ranges = list(ranges)
        self._note_selections = [
            self._selection(c, NOTE_COLORS.get(color, NOTE_COLORS["yellow"]))
            for para, start, end, color in ranges
            if (c := self.paragraph_range(para, start, end)) is not None
        ]
        self._apply()

    def set_search_highlights(self, ranges: list[tuple[str, int, int]]) -> None:
        self._search_ranges = list(ranges)
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
        left = int(doc.rootFrame().frameFormat().leftMargin()) - MARGIN
        height = self.viewport().height()
        warning = scan_colours()[1]
        for number, info in doc.blocks.items():
            if info.kind != "paragraph":
                continue
            rect = layout.blockBoundingRect(doc.findBlockByNumber(number))
            top = rect.top() - dy
            if top > height or rect.bottom() - dy < 0:
                continue
            painter.drawText(
                int(left + 8 - dx),
                int(top),
                MARGIN - 20,
                40,
                Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap,
                info.ident,
            )
            if info.low:  # read from a scan with low confidence: a bar beside each paragraph
                painter.fillRect(
                    int(left + MARGIN - 7 - dx),
                    int(top + 2),
                    3,
                    max(4, int(rect.height() - 4)),
                    warning,
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
        selected = self.selection()
        # The selected paragraph's citation if there is a selection, else the clicked one's.
        para = (
            selected[0]
            if selected
            else self.citation_at(self.cursorForPosition(event.pos()).position())
        )
        facts = {"paragraph": para, "selection": selected is not None}
        facts.update(self.paragraph_facts(para))
        for action in self.context_actions(menu, facts):  # the window's, from its table
            menu.addAction(action)
        self.context_menu = menu  # tests reach the menu a right-click opened
        menu.exec(event.globalPos())

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        para = self.citation_at(self.cursorForPosition(QPoint(event.pos())).position())
        self.viewport().setToolTip(
            self.tr("¶ %1 — right-click to copy the citation").replace("%1", para) if para else ""
        )


class PageView(QTextBrowser):
    """A case record page: the reader's margins, measure and type size."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_html(self, page: str) -> None:
        self.setHtml(page)
        self.document().setDocumentMargin(24)
        self.fit()

    def fit(self) -> None:
        fit_measure(self, self.font().pointSizeF(), 32, 24)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
