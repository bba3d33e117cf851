"""What a screen reader needs that Qt's widgets do not say by themselves (issue 26).

Orca and other AT-SPI readers announce a control by its name and role. Qt leaves some of
the window's controls without one: a line edit's clear button (an icon), a progress bar, and
— on Linux, where Qt gives a combo box its current value as its name and takes what it is
for from a label whose buddy it is — every combo box without such a label. `complete` walks a
built window once and fills in what is missing, from the names the widgets were given; the
tree is checked through AT-SPI by tests/test_gui_screen_reader.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QWidget,
)


def complete(root: QWidget) -> None:
    """Name, under ``root``, what Qt leaves nameless for a screen reader (once it is built:
    the widgets must have their parents)."""
    for field in root.findChildren(QLineEdit):
        for button in field.findChildren(QToolButton):  # setClearButtonEnabled's icon
            if not button.accessibleName():
                button.setAccessibleName(QCoreApplication.translate("Accessible", "Clear"))
                if field.accessibleName():
                    said = QCoreApplication.translate("Accessible", "Empties the field %1")
                    button.setAccessibleDescription(said.replace("%1", field.accessibleName()))
    for combo in root.findChildren(QComboBox):
        label_combo(combo)
    for bar in root.findChildren(QProgressBar):
        if not bar.accessibleName():
            bar.setAccessibleName(QCoreApplication.translate("Accessible", "Progress"))


def label_combo(combo: QComboBox) -> None:
    """A label for a combo box that has none: unseen (the window shows what the combo box
    is for by its items), its text the combo box's accessible name."""
    parent = combo.parentWidget()
    name = combo.accessibleName()
    if parent is None or not name:
        return
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is combo:
            return
    label = QLabel(name.replace("&", "&&"), parent)
    label.setBuddy(combo)
    label.hide()
