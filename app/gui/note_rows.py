"""How a note's row is drawn in the notes panel and on the Notes tab: its colour as a swatch,
its words (wrapped over a few lines in the panel, one line on the tab), cut at a word with an
ellipsis when they do not fit, what it is on and when in a quieter line below, a rule between
notes, and a section heading above the first note of each document when the list is in
reading order.

Rows are as tall as their text (`NoteDelegate.sizeHint` lays the words out at the list's
width), so a short note takes two lines and a long one a few more; the list scrolls by pixel,
so a tall row is never cut off where scrolling cannot reach."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from app.gui.models import COLOR_ROLE, DETAILS_ROLE, FIRST_ROLE, SECTION_ROLE
from app.gui.reader import NOTE_COLORS

SWATCHES = NOTE_COLORS
"""The highlight colours as the reader paints them."""
ELLIPSIS = "…"
PAD = 4
SWATCH = 10


def swatch_icon(color: str, size: int = 14) -> QIcon:
    """A square of a note's colour with a dark-grey edge, seen on a light and a dark
    background alike."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#5a5a5a"), 1))
    painter.setBrush(QColor(SWATCHES.get(color, color)))
    painter.drawRect(1, 1, size - 3, size - 3)
    painter.end()
    return QIcon(pixmap)


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` as much of it as fits ``width``, cut after a whole word with an ellipsis (a
    single word longer than the line is cut where it must be)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(" ,;:.-—–") + ELLIPSIS
        if metrics.horizontalAdvance(shorter) <= width:
            return shorter
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def wrap_words(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` over at most ``lines`` lines of ``width``, broken between words; the last
    line ends with an ellipsis at a word when there is more."""
    width = max(width, 20)
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        out.append(line)
    if words or (out and metrics.horizontalAdvance(out[-1]) > width):
        out[-1] = elide_words(" ".join([out[-1], *words]), metrics, width)
    return out


class NoteDelegate(QStyledItemDelegate):
    """Draws a note's row (module notes). ``lines``: how many lines of the note's words a row
    shows at most (the panel shows a few, the Notes tab one)."""

    def __init__(self, view: QListView, lines: int) -> None:
        super().__init__(view)
        self.view = view
        self.lines = lines
        self._fonts_of: str | None = None
        self._cached: tuple[QFont, QFont, QFont] = ()
        self._spacing: tuple[int, int, int] = (0, 0, 0)
        view.setItemDelegate(self)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # rows laid out again at a new width
        view.setUniformItemSizes(False)
        view.setWordWrap(True)

    # -- measuring ----------------------------------------------------------------------------

    def _text_width(self) -> int:
        return self.view.viewport().width() - 3 * PAD - SWATCH

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """The fonts of a row's words, details and heading, made again only when the list's
        font changes (zoom, theme): a row is measured at every layout."""
        body = self.view.font()
        if self._fonts_of != body.key():
            small = QFont(body)
            small.setPointSizeF(max(6.0, body.pointSizeF() * 0.9))
            heading = QFont(body)
            heading.setBold(True)
            self._cached = (body, small, heading)
            self._spacing = tuple(QFontMetrics(f).lineSpacing() for f in self._cached)
            self._fonts_of = body.key()
        return self._cached

    def _line_heights(self) -> tuple[int, int, int]:
        self._fonts()
        return self._spacing

    def shown(self, index) -> tuple[str | None, list[str], str]:
        """What the row of ``index`` shows at the list's width: its heading (or None), the
        lines of its words, its details."""
        body, small, heading = self._fonts()
        width = self._text_width()
        section = index.data(SECTION_ROLE)
        first = index.data(FIRST_ROLE) or ""
        details = index.data(DETAILS_ROLE) or ""
        words = wrap_words(first, QFontMetrics(body), width, self.lines) or [""]
        return (
            elide_words(section, QFontMetrics(heading), width + SWATCH + PAD) if section else None,
            words,
            elide_words(details, QFontMetrics(small), width),
        )

    def tallest(self) -> int:
        """The height of a row with all its lines (no heading): what a list must show to
        show any note whole."""
        body, small, _heading = self._line_heights()
        return PAD * 2 + self.lines * body + small + 1

    def sizeHint(self, option, index) -> QSize:
        """One line of words (the Notes tab) needs no laying out: only a heading changes the
        height. Wrapped words (the panel: the notes of one paragraph) are laid out."""
        body, small, heading = self._line_heights()
        if self.lines == 1:
            lines = 1
        else:
            first = index.data(FIRST_ROLE) or ""
            font = self._fonts()[0]
            lines = len(wrap_words(first, QFontMetrics(font), self._text_width(), self.lines))
        height = PAD * 2 + max(1, lines) * body + small + 1
        if index.data(SECTION_ROLE):
            height += heading + 2 * PAD
        return QSize(max(40, self.view.viewport().width()), height)

    # -- drawing ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option, index) -> None:
        body, small, heading = self._fonts()
        section, words, details = self.shown(index)
        palette = option.palette
        rect = QRect(option.rect)
        painter.save()
        if section:
            band = QRect(rect.left(), rect.top(), rect.width(), QFontMetrics(heading).lineSpacing())
            band.adjust(0, 0, 0, 2 * PAD)
            painter.fillRect(band, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setFont(heading)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(band.adjusted(PAD, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter, section)
            rect.setTop(band.bottom() + 1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = QColor(text) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        # The note's colour, as it highlights its passage in the reader.
        swatch = QRect(rect.left() + PAD, rect.top() + PAD + 3, SWATCH, SWATCH)
        painter.setPen(QPen(QColor("#5a5a5a"), 1))
        painter.setBrush(QColor(SWATCHES.get(index.data(COLOR_ROLE) or "", SWATCHES["yellow"])))
        painter.drawRect(swatch.adjusted(0, 0, -1, -1))
        left = swatch.right() + 1 + PAD
        y = rect.top() + PAD
        painter.setPen(text)
        painter.setFont(body)
        line = QFontMetrics(body).lineSpacing()
        for word_line in words:
            painter.drawText(QRect(left, y, rect.right() - left - PAD, line), 0, word_line)
            y += line
        painter.setFont(small)
        painter.setPen(quiet)
        painter.drawText(
            QRect(left, y, rect.right() - left - PAD, QFontMetrics(small).lineSpacing()),
            0,
            details,
        )
        # A rule between notes.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()
