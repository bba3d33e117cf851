"""Window shortcuts whatever has focus; text fields keep only the keys that edit text.

Before Qt runs a shortcut it asks the focused widget (a ShortcutOverride event) whether it
wants the key itself. A line edit says yes to every key its platform binds to an editing
command, and on X11 those include Emacs keys: Ctrl+E (end of line), Ctrl+K (delete to the end),
Ctrl+D… So with the search field focused, Ctrl+E moved the cursor instead of opening File →
Export notes, and Ctrl+K deleted the query. `WindowKeys` answers that question for the whole
window: a key of one of the window's actions goes to the window, unless it is one of the keys
a text field needs for editing (`EDITING`), which Help → Keyboard shortcuts lists.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

EDITING = (
    "Ctrl+A", "Ctrl+C", "Ctrl+X", "Ctrl+V", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y",
    "Ctrl+Ins", "Shift+Ins", "Shift+Del",
    "Home", "End", "Shift+Home", "Shift+End", "Ctrl+Home", "Ctrl+End",
    "Ctrl+Shift+Home", "Ctrl+Shift+End",
    "Left", "Right", "Up", "Down", "Shift+Left", "Shift+Right", "Shift+Up", "Shift+Down",
    "Ctrl+Left", "Ctrl+Right", "Ctrl+Shift+Left", "Ctrl+Shift+Right",
    "Backspace", "Del", "Ctrl+Backspace", "Ctrl+Del",
)  # fmt: skip
"""The keys a focused text field keeps (select all, copy, cut, paste, undo, redo, move, select,
delete): the same on every platform, whatever else the platform binds to editing."""

SHOWN_EDITING = (
    "Ctrl+A", "Ctrl+C", "Ctrl+X", "Ctrl+V", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y",
    "Home", "End", "Backspace", "Del", "Ctrl+Backspace", "Ctrl+Del",
)  # fmt: skip
"""EDITING as Help → Keyboard shortcuts lists it (then "and the arrow keys…")."""

_EDITING = {QKeySequence(k).toString() for k in EDITING}


def is_editing_key(sequence: QKeySequence) -> bool:
    return sequence.toString() in _EDITING


def is_text_field(widget: QWidget) -> bool:
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QAbstractSpinBox)


class WindowKeys(QObject):
    """Installed on the application for one window (it goes with the window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # (no reference of its own to the window: it is its parent)
        self.keys = {
            k.toString() for action in window.actions_by_id.values() for k in action.shortcuts()
        }
        """Every key of the window's actions, as the portable text Qt compares."""
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.parent() or not is_text_field(watched):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        if pressed.toString() in self.keys and not is_editing_key(pressed):
            event.ignore()  # not the field's: Qt runs the window's shortcut
            return True
        return False
