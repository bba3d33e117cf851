"""Turn archive documents into a QTextDocument whose blocks know their paragraph ids.

The document is built block by block (not from one HTML string) so that every text block maps
to exactly one paragraph: selections become (paragraph id, start, end) offsets in the
paragraph's plain text, which is what note anchors store.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from index.archive import Document, Paragraph
from index.archive.markdown_doc import Inline, inline


@dataclass(frozen=True)
class BlockInfo:
    """What a text block shows: a heading (section id) or a paragraph."""

    kind: str  # "title", "section" or "paragraph"
    ident: str
    doc_id: str
    low: bool = False
    """A paragraph recognised from a scan with low confidence: marked in the margin too."""


def scan_colours() -> tuple[QColor, QColor]:
    """(quiet, warning) colours of the marks on recognised text, for the theme now shown: 4.5:1
    or more on the reader's background, light or dark."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return (
        (QColor("#a0a0a0"), QColor("#ffb35c")) if dark else (QColor("#6b6b6b"), QColor("#9c4a00"))
    )


def scan_label(para: Paragraph) -> str:
    """The line above a scanned page's first paragraph: its page, that it was recognised, and
    whether it must be checked against the scan."""
    said = QCoreApplication.translate("ReaderView", "p. %1 · recognised text").replace(
        "%1", str(para.page or "?")
    )
    if para.ocr_low:
        said += " · " + QCoreApplication.translate(
            "ReaderView", "low confidence — check against the scan"
        )
    return said


def insert_inline(cursor: QTextCursor, text: Inline, base: QTextCharFormat) -> None:
    """Insert a paragraph's plain text exactly as the index holds it, styled by its spans.

    Character for character the same string as ``Paragraph.text`` (both come from
    `index.archive.markdown_doc.inline`), so offsets in the reader are offsets in the index."""
    cuts = sorted({0, len(text.text)} | {p for s in text.spans for p in (s.start, s.end)})
    for start, end in pairwise(cuts):
        fmt = QTextCharFormat(base)
        for span in text.spans:
            if span.start <= start and end <= span.end:
                _style(fmt, span)
        cursor.insertText(text.text[start:end], fmt)


def _style(fmt: QTextCharFormat, span) -> None:
    if span.style == "em":
        fmt.setFontItalic(True)
    elif span.style == "strong":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif span.style == "code":
        fmt.setFontFamilies(["monospace"])
    elif span.style == "del":
        fmt.setFontStrikeOut(True)
    elif span.style == "link" and span.href:
        fmt.setAnchor(True)
        fmt.setAnchorHref(span.href)
        fmt.setFontUnderline(True)
        fmt.setForeground(QGuiApplication.palette().color(QPalette.ColorRole.Link))  # the theme's


class ArchiveTextDocument(QTextDocument):
    """A QTextDocument for one or more archive documents, plus block → paragraph maps."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.blocks: dict[int, BlockInfo] = {}
        self.positions: dict[str, int] = {}
        """Paragraph or section id → position of its block's first character."""
        self.scan_labels: list[str] = []
        self.setDocumentMargin(24)

    def build(
        self, documents: list[Document], base_point_size: float, headers: dict | None = None
    ) -> None:
        self.clear()
        self.blocks.clear()
        self.positions.clear()
        cursor = QTextCursor(self)
        first = True
        self.scan_labels: list[str] = []
        """The marks on recognised text, in reading order (what a screen reader reads)."""
        for doc in documents:
            page = None  # the scanned page whose mark was put last
            self._heading(cursor, doc.title, 1, base_point_size, first)
            self._mark(cursor, BlockInfo("title", doc.id, doc.id))
            first = False
            if headers and headers.get(doc.id):
                self._header(cursor, headers[doc.id], base_point_size)
            for number, section in enumerate(doc.sections):
                if number == 0 and section.title == doc.title:
                    pass  # an imported document's first heading is its title: shown once
                elif section.id != "summary" or section.title != "Summary":
                    self._heading(cursor, section.title, 2, base_point_size, False)
                    self._mark(cursor, BlockInfo("section", section.id, doc.id))
                for para in section.paragraphs:
                    if para.ocr and (para.page, para.ocr_low) != page:
                        self._scan_mark(cursor, para, base_point_size)
                    page = (para.page, para.ocr_low) if para.ocr else None
                    self._paragraph(cursor, para, base_point_size)
                    self._mark(cursor, BlockInfo("paragraph", para.id, doc.id, para.ocr_low))
                if section.paragraphs:
                    first_para = self.positions[section.paragraphs[0].id]
                    self.positions.setdefault(section.id, first_para)

    def _mark(self, cursor: QTextCursor, info: BlockInfo) -> None:
        block = cursor.block()
        self.blocks[block.blockNumber()] = info
        self.positions.setdefault(info.ident, block.position())

    def _heading(
        self, cursor: QTextCursor, text: str, level: int, base: float, first: bool
    ) -> None:
        fmt = QTextBlockFormat()
        fmt.setHeadingLevel(level)
        fmt.setTopMargin(0 if first else (28 if level == 1 else 22))
        fmt.setBottomMargin(8)
        char = QTextCharFormat()
        char.setFontPointSize(base * (1.9 if level == 1 else 1.35))
        char.setFontWeight(QFont.Weight.Bold)
        if first:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(char)
        else:
            cursor.insertBlock(fmt, char)
        cursor.insertText(text, char)

    def _header(self, cursor: QTextCursor, text: str, base: float) -> None:
        """A small grey line under a title: where the document comes from."""
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(12)
        char = QTextCharFormat()
        char.setFontPointSize(base * 0.85)
        char.setForeground(QColor("#707070"))
        cursor.insertBlock(fmt, char)
        cursor.insertText(text, char)

    def _scan_mark(self, cursor: QTextCursor, para: Paragraph, base: float) -> None:
        """A small line above the first paragraph of a scanned page: "p. 3 · recognised text",
        and on a page read with low confidence "… · low confidence — check against the scan"
        in the warning colour. Text in the document, so a screen reader reads it too."""
        quiet, warning = scan_colours()
        fmt = QTextBlockFormat()
        fmt.setTopMargin(6)
        fmt.setBottomMargin(2)
        char = QTextCharFormat()
        char.setFontPointSize(base * 0.8)
        char.setForeground(warning if para.ocr_low else quiet)
        if para.ocr_low:
            char.setFontWeight(QFont.Weight.DemiBold)
        cursor.insertBlock(fmt, char)
        label = scan_label(para)
        cursor.insertText(label, char)
        self.scan_labels.append(label)

    def _paragraph(self, cursor: QTextCursor, para: Paragraph, base: float) -> None:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(10)
        fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        char = QTextCharFormat()
        char.setFontPointSize(base)
        if para.role in ("caption", "credit", "subtitle"):
            char.setFontItalic(para.role != "subtitle")
            char.setFontPointSize(base * (1.1 if para.role == "subtitle" else 0.9))
        cursor.insertBlock(fmt, char)
        if para.role in ("code", "table"):
            char.setFontFamilies(["monospace"])
            char.setFontPointSize(base * 0.92)
        if para.role == "quote":
            fmt.setLeftMargin(24)
            cursor.setBlockFormat(fmt)
        insert_inline(cursor, inline(para.markdown), char)

    def paragraph_at(self, position: int) -> tuple[str, int] | None:
        """(paragraph id, offset in its text) for a document position, or None."""
        block = self.findBlock(position)
        info = self.blocks.get(block.blockNumber())
        if info is None or info.kind != "paragraph":
            return None
        return info.ident, position - block.position()
