"""The unlock screen: all the window shows of a locked vault. A passphrase field, Unlock, and
Quick erase (one confirmation); nothing of the user's is read before the passphrase opens it.

It is also what shows while the data is being converted (File → Protect with a passphrase…,
Remove the passphrase…): then only a line of what is happening and a progress bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

BOX_WIDTH = 460


class UnlockScreen(QWidget):
    unlockRequested = Signal(str)
    eraseRequested = Signal()

    def __init__(self, data_dir, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.setWindowTitle(self.tr("Muragat — locked"))
        self.heading = QLabel(self.tr("Your Muragat data is locked"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.explanation = QLabel(
            self.tr("The data folder %1 is protected by a passphrase.").replace("%1", str(data_dir))
        )
        self.explanation.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        # room for three wrapped lines: the layout gives a wrapped label one line's height
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3 + 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.erase_button = QPushButton(self.tr("Quick &erase…"))
        self.erase_button.setToolTip(
            self.tr("Destroy the key: nothing in this data folder can be read again, by anyone")
        )
        self.erase_button.clicked.connect(lambda *_: self.eraseRequested.emit())

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        box = QWidget()
        box.setFixedWidth(BOX_WIDTH)  # wrapped lines get their full height at a known width
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(self.explanation)
        inner.addSpacing(12)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.progress)
        inner.addSpacing(24)
        erase_row = QHBoxLayout()
        erase_row.addStretch(1)
        erase_row.addWidget(self.erase_button)
        inner.addLayout(erase_row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setMinimumSize(BOX_WIDTH + 40, 320)

    def _unlock(self, *_args) -> None:
        if not self.field.isEnabled():
            return
        passphrase = self.field.text()
        if not passphrase:
            self.show_message(self.tr("Type the passphrase first."))
            return
        self.unlockRequested.emit(passphrase)

    def busy(self, what: str, determinate: bool = False) -> None:
        """Something runs (the passphrase being checked, a conversion): inputs wait."""
        for widget in (self.field, self.unlock_button, self.erase_button):
            widget.setEnabled(False)
        self.message.setText(what)
        self.progress.setRange(0, 1 if determinate else 0)
        self.progress.setValue(0)
        self.progress.show()

    def progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def ready(self, message: str = "") -> None:
        """Waiting for the passphrase again (after a wrong one, ``message`` says so)."""
        self.progress.hide()
        for widget in (self.field, self.unlock_button, self.erase_button):
            widget.setEnabled(True)
        self.show_message(message[:1].upper() + message[1:])  # an error's plain line
        self.field.selectAll()
        self.field.setFocus()

    def converting(self, what: str) -> None:
        """Only a line and a progress bar: the data is being converted."""
        self.setWindowTitle(what)  # not "locked": nothing asks for a passphrase here
        self.heading.setText(what)
        self.explanation.hide()
        self.field.hide()
        self.unlock_button.hide()
        self.erase_button.hide()
        self.busy(self.tr("Please wait; Muragat opens again when it is done."), True)

    def erased(self, text: str) -> None:
        """After a quick erase: nothing is left to unlock."""
        self.setWindowTitle(self.tr("Erased"))
        self.heading.setText(self.tr("Erased"))
        self.explanation.hide()
        self.field.clear()
        for widget in (self.field, self.unlock_button, self.erase_button):
            widget.hide()
        self.progress.hide()
        self.show_message(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
