"""The passphrase dialogs: choosing one (Protect with a passphrase…, and the offer at first
start), changing it, and giving it to remove the protection. They only ask; `app.gui.locking`
does the work off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from index.vault import keys

NEW, CHANGE, REMOVE = "new", "change", "remove"
MIN_LENGTH = keys.MIN_PASSPHRASE
"""The shortest passphrase accepted (as ``muragat vault enable`` does)."""


class PassphraseDialog(QDialog):
    def __init__(self, mode: str, parent=None, offer: bool = False) -> None:
        """``offer``: the offer made at first start (its Cancel says Not now)."""
        super().__init__(parent)
        self.mode = mode
        titles = {
            NEW: self.tr("Protect with a passphrase"),
            CHANGE: self.tr("Change the passphrase"),
            REMOVE: self.tr("Remove the passphrase"),
        }
        self.setWindowTitle(titles[mode])
        form = QFormLayout(self)
        self.intro = QLabel(
            {
                NEW: self.tr(
                    "Your notes, tags, imported documents and their search index will be "
                    "encrypted in the data folder: without the passphrase nobody can read them "
                    "on a taken laptop or a lost stick."
                ),
                CHANGE: self.tr("Only the key is wrapped again: your data stays as it is."),
                REMOVE: self.tr(
                    "Your data will be stored unencrypted again, readable by anyone who has "
                    "the data folder."
                ),
            }[mode]
        )
        if offer:
            self.intro.setText(
                self.tr("Protect what you write and import with a passphrase?")
                + "\n\n"
                + self.intro.text()
                + "\n\n"
                + self.tr("You can do it later from File → Protect with a passphrase…")
            )
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.old = self._field(self.tr("Current passphrase"))
        self.new = self._field(
            self.tr("Passphrase") if mode != CHANGE else self.tr("New passphrase")
        )
        self.repeat = self._field(self.tr("Repeat it"))
        if mode in (CHANGE, REMOVE):
            form.addRow(self.tr("Current passphrase"), self.old)
        if mode in (NEW, CHANGE):
            form.addRow(self.new.accessibleName(), self.new)
            form.addRow(self.tr("Repeat it"), self.repeat)
            warning = QLabel(
                self.tr(
                    "Write it down somewhere safe: a forgotten passphrase cannot be recovered, "
                    "by you or by anyone, and the data is then lost."
                )
            )
            warning.setWordWrap(True)
            warning.setObjectName("forgottenWarning")
            form.addRow(warning)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What is wrong"))
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            {NEW: self.tr("Protect"), CHANGE: self.tr("Change"), REMOVE: self.tr("Remove")}[mode]
        )
        if offer:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons
        self.setMinimumWidth(460)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def accept(self) -> None:
        """Closes only when what was typed can be used: a passphrase, typed twice alike."""
        self.problem.clear()
        if self.mode in (CHANGE, REMOVE) and not self.old.text():
            self.problem.setText(self.tr("Type the current passphrase."))
            return
        if self.mode in (NEW, CHANGE):
            if not self.new.text():
                self.problem.setText(self.tr("Type a passphrase."))
                return
            if len(self.new.text()) < MIN_LENGTH:
                self.problem.setText(
                    self.tr("A passphrase needs at least %1 characters.").replace(
                        "%1", str(MIN_LENGTH)
                    )
                )
                return
            if self.new.text() != self.repeat.text():
                self.problem.setText(self.tr("The two passphrases differ: type them again."))
                self.repeat.clear()
                return
        super().accept()

    def passphrase(self) -> str:
        return self.new.text() if self.mode != REMOVE else self.old.text()

    def current(self) -> str:
        return self.old.text()
