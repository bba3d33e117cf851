"""What a theme switch with the window open must redo: links drawn in the old theme's colour.

Qt colours a link when it reads the rich text (the palette's Link colour at that moment), not
when it paints: after View → Theme a label's "Did you mean …?" link stayed #0000ff on the dark
theme's #2b2b2b (2.4:1), and an imported document's links kept the colour they were built
with. After the new palette is installed, every rich-text label with a link reads its text
again, and in every read-only text view each link still in the old colour takes the new one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit


def recolour_links(old: QColor, new: QColor) -> None:
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel):
            text = widget.text()
            if widget.textFormat() != Qt.TextFormat.PlainText and "<a " in text:
                widget.clear()  # setText with the same text would change nothing
                widget.setText(text)
        elif isinstance(widget, QTextEdit) and widget.isReadOnly() and old != new:
            recolour_document(widget.document(), old, new)


def recolour_document(document: QTextDocument, old: QColor, new: QColor) -> None:
    """Links in ``old`` colour take ``new``; links given another colour on purpose keep it."""
    spans = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and fmt.foreground().color() == old:
                spans.append((fragment.position(), fragment.length()))
            it += 1
        block = block.next()
    if not spans:
        return
    change = QTextCharFormat()
    change.setForeground(QBrush(new))
    cursor = QTextCursor(document)
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)  # a colour is not an edit to take back
    try:
        for start, length in spans:
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(change)
    finally:
        document.setUndoRedoEnabled(undo)
