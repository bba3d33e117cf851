"""Menu and context-menu actions whose slots never receive Qt's extra arguments.

``QAction.triggered`` passes ``checked`` (a bool) and ``QAbstractButton.clicked`` does too;
connected straight to a method whose first parameter is a note's text or a file's path, that
bool lands in the parameter (the 0.1 release crashed on Ctrl+Shift+N and Ctrl+E that way).
Every action in the window is made here, so the same code runs from the menu, the shortcut and
the context menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def call_plain(slot: Callable[[], object]) -> Callable[..., None]:
    """A slot for any signal that calls ``slot()`` with no arguments, whatever Qt passes."""

    def plain(*_qt_args) -> None:
        slot()

    return plain


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence.StandardKey | Sequence[str] | None = None,
    *,
    tip: str | None = None,
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        keys = [shortcut] if isinstance(shortcut, str | QKeySequence.StandardKey) else shortcut
        action.setShortcuts([QKeySequence(k) for k in keys])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(call_plain(slot))
    return action
