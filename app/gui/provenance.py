"""About the archive: each document's provenance, the bundles refused, and the keys trusted.

Provenance is what was checked when the archive loaded: the publisher and edition the manifest
states, the key whose signature over the manifest verified, when it was checked, and the edition's
SHA-256. Imported documents are the user's own (unsigned). A colleague's key can be trusted here
(after its fingerprint is shown) and stopped being trusted; the choice lives in the data folder.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from app.gui.i18n import say
from index.archive.signing import (
    Key,
    muragat_key,
    read_public_key,
    trusted_keys,
)
from index.changes import SetKeyTrust
from index.core import Core
from index.errors import KnownError

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _e(text: object) -> str:
    return html.escape(str(text or ""))


class ProvenanceDialog(QDialog):
    """Non-modal: the reader stays usable while it is open."""

    trustRequested = Signal(object)
    """A `SetKeyTrust` change the user confirmed: the window submits it to the one writer."""

    def __init__(self, core: Core, parent=None) -> None:
        super().__init__(parent)
        self.core = core
        self.setWindowTitle(self.tr("About the archive"))
        self.resize(760, 620)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Provenance of each document"))
        self.keys = QListWidget()
        self.keys.setAccessibleName(self.tr("Keys whose editions open"))
        self.trust_button = QPushButton(self.tr("Trust a colleague’s key…"))
        self.revoke_button = QPushButton(self.tr("Stop trusting this key"))
        self.trust_button.clicked.connect(self.choose_key_file)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.keys.currentItemChanged.connect(self._selection_changed)
        self.confirm: QMessageBox | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 3)
        layout.addWidget(QLabel(self.tr("Keys whose signed editions open:")))
        layout.addWidget(self.keys, 1)
        layout.addLayout(buttons)
        self.refresh()

    # -- what is shown ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.text.setHtml(self.provenance_html())
        self.keys.clear()
        try:
            keys = [muragat_key(), *trusted_keys(self.core.data_dir)]
        except KnownError as exc:
            keys = [muragat_key()]
            self.keys.addItem(say(exc))
        for key in keys:
            origin = (
                self.tr("built in")
                if key.builtin
                else self.tr("trusted by you %1").replace("%1", (key.added or "")[:10])
            )
            item = QListWidgetItem(
                f"{key.name} — {self.tr('key ID')} {key.key_id} — {origin}\n"
                f"    {self.tr('fingerprint')} {key.fingerprint}"
            )
            item.setData(KEY_ROLE, None if key.builtin else key.key_id)
            self.keys.addItem(item)
        self._selection_changed()

    def provenance_html(self) -> str:
        archive = self.core.archive
        parts = [f"<h2>{self.tr('Documents and where they come from')}</h2>"]
        for bundle in archive.bundles:
            m, p = bundle.manifest, bundle.provenance
            docs = ", ".join(d.title for d in bundle.documents)
            parts.append(f"<h3>{_e(m.title)}</h3><p>")
            if p is not None and p.status == "yours":
                when = _e(m.imported.get("imported", "")[:10])
                parts.append(
                    f"<b>{self.tr('Yours')}</b> — "
                    + _e(self.tr("imported by you %1; not signed by anyone").replace("%1", when))
                    + "<br>"
                )
            else:
                parts.append(
                    f"{self.tr('Publisher')}: {_e(m.publisher)}<br>"
                    f"{self.tr('Edition')}: {_e(m.edition)}<br>"
                )
                if p is not None and p.key is not None:
                    key = p.key
                    against = (
                        self.tr("Verified against the Muragat editions key")
                        if key.builtin
                        else self.tr("Verified against a key you trust: %1").replace("%1", key.name)
                    )
                    parts.append(
                        f"<b>{_e(against)}</b><br>"
                        f"{self.tr('Signed by')}: {_e(key.name)} ({self.tr('key ID')} "
                        f"{_e(key.key_id)}, {self.tr('fingerprint')} {_e(key.fingerprint)})"
                        + (f", {self.tr('signed')} {_e(p.signed)}" if p.signed else "")
                        + "<br>"
                    )
            if p is not None:
                parts.append(
                    f"{self.tr('Verified')}: {_e(p.verified_at)} — "
                    + _e(
                        self.tr("signature and %Ln file checksum(s) checked", "", len(m.files))
                        if p.key
                        else self.tr("%Ln file checksum(s) checked", "", len(m.files))
                    )
                    + "<br>"
                )
            parts.append(
                f"{self.tr('Documents')}: {_e(docs)}<br>"
                f"<small>{_e(m.attribution)}<br>{_e(m.rights)}<br>"
                f"{self.tr('Edition SHA-256')}: <code>{_e(m.sha256)}</code></small></p>"
            )
        if archive.problems:
            parts.append(f"<h2>{self.tr('Refused')}</h2><ul>")
            for problem in archive.problems:
                parts.append(
                    f"<li><b>{_e(problem.bundle)}</b>: {_e(problem.file)}: "
                    f"{_e(say(problem.problem))}</li>"
                )
            unaffected = self.tr(
                "Refused bundles are not shown; the rest of the archive is unaffected."
            )
            parts.append(f"</ul><p>{unaffected}</p>")
        meaning = self.tr(
            "“Verified” means the files are exactly those the key holder signed. It does not "
            "prove the key holder transcribed the publisher’s text faithfully, nor that the "
            "facts are true."
        )
        parts.append(f"<p><small>{meaning}</small></p>")
        return "".join(parts)

    def _selection_changed(self, *_args) -> None:
        item = self.keys.currentItem()
        self.revoke_button.setEnabled(bool(item and item.data(KEY_ROLE)))

    # -- changing trust --------------------------------------------------------------------------

    def choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A colleague’s public key"), "", self.tr("minisign public keys (*.pub)")
        )
        if path:
            self.trust_from_file(Path(path))

    def trust_from_file(self, path: Path) -> QMessageBox | None:
        """Show the key's fingerprint and ask before trusting it; returns the question shown."""
        try:
            key = read_public_key(path)
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Not a key"), say(exc))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Trust this key?"),
            self.tr(
                "Editions signed by “%1” will open.\n\nKey ID: %2\nFingerprint: %3\n\n"
                "Compare the fingerprint with its owner (in person or by phone) first."
            )
            .replace("%1", key.name)
            .replace("%2", key.key_id)
            .replace("%3", key.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._answered(key, result))
        self.confirm = box
        box.open()
        return box

    def _answered(self, key: Key, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        self.trustRequested.emit(SetKeyTrust(key=key))

    def revoke_selected(self) -> None:
        item = self.keys.currentItem()
        key_id = item.data(KEY_ROLE) if item else None
        if not key_id:
            return
        self.trustRequested.emit(SetKeyTrust(revoke=key_id))
