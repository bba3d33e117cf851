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
from index import __version__
from index.archive.citation import signer_name
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


def _is_yours(bundle) -> bool:
    """Imported by the user: signed by no one."""
    return bundle.provenance is not None and bundle.provenance.status == "yours"


class ProvenanceDialog(QDialog):
    """Non-modal: the reader stays usable while it is open."""

    trustRequested = Signal(object)
    """A `SetKeyTrust` change the user confirmed: the window submits it to the one writer."""

    def __init__(self, core: Core, parent=None) -> None:
        super().__init__(parent)
        self.core = core
        self.setWindowTitle(self.tr("About the archive"))
        self.resize(760, 620)
        self.version = QLabel(self.tr("Muragat version %1").replace("%1", __version__))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        layout.addWidget(self.version)
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
            key_id, fingerprint = self.tr("key ID"), self.tr("fingerprint")
            item = QListWidgetItem(
                f"{self.key_name(key)} — {key_id} {key.key_id} — {origin}\n"
                f"    {fingerprint} {key.fingerprint}"
            )
            item.setData(KEY_ROLE, None if key.builtin else key.key_id)
            self.keys.addItem(item)
        self._selection_changed()

    def provenance_html(self) -> str:
        """The bundled report and every signed edition in full; the user's own imports (there
        may be ten thousand) in one paragraph, counted by the store without loading them."""
        archive = self.core.archive
        heading = self.tr("Documents and where they come from")
        parts = [f"<h2>{_e(heading)}</h2>"]
        yours = [b for b in archive.held if _is_yours(b)]
        signed = [b for b in archive.held if not _is_yours(b)]
        if archive.store is not None:
            signed += [b for b in map(archive.store.bundle, archive.store.signed_ids()) if b]
        for bundle in signed:
            parts.append(self._edition_html(bundle))
        bundles, documents, first, last = (
            archive.store.imports_summary() if archive.store is not None else (0, 0, "", "")
        )
        dates = [b.manifest.imported.get("imported", "") for b in yours]
        documents += sum(len(b.documents) for b in yours)
        dates = sorted(d[:10] for d in [*dates, first, last] if d)
        if bundles + len(yours):
            when = ""
            if dates and dates[0] == dates[-1]:
                when = self.tr("imported on %1").replace("%1", dates[0])
            elif dates:
                when = self.tr("imported from %1 to %2").replace("%1", dates[0])
                when = when.replace("%2", dates[-1])
            mine, yours_label = self.tr("Your imported documents"), self.tr("Yours")
            count = self.tr("%Ln document(s) imported by you, not signed by anyone", "", documents)
            parts.append(
                f"<h3>{_e(mine)}</h3><p><b>{_e(yours_label)}</b> — {_e(count)}"
                + (f" ({_e(when)})" if when else "")
                + "<br>"
                + _e(
                    self.tr(
                        "Each is listed under My documents in Contents; the reader shows its "
                        "original file, when it was imported and its SHA-256 under its title."
                    )
                )
                + "</p>"
            )
        if archive.problems:
            refused = self.tr("Refused")
            parts.append(f"<h2>{_e(refused)}</h2><ul>")
            for problem in archive.problems:
                parts.append(
                    f"<li><b>{_e(problem.bundle)}</b>: {_e(problem.file)}: "
                    f"{_e(say(problem.problem))}</li>"
                )
            if archive.held or archive.user_count():
                unaffected = self.tr(
                    "Refused bundles are not shown; the rest of the archive is unaffected."
                )
            else:
                unaffected = self.tr(
                    "Refused bundles are not shown, and no other bundle passed its checks: "
                    "nothing is open."
                )
            parts.append(f"</ul><p>{unaffected}</p>")
        meaning = self.tr(
            "“Verified” means the files are exactly those the key holder signed. It does not "
            "prove the key holder transcribed the publisher’s text faithfully, nor that the "
            "facts are true."
        )
        parts.append(f"<p><small>{meaning}</small></p>")
        return "".join(parts)

    def _edition_html(self, bundle) -> str:
        """A bundled or signed edition: publisher, edition, who signed it, what was checked."""
        m, p = bundle.manifest, bundle.provenance
        docs = ", ".join(d.title for d in bundle.documents)
        publisher, edition = self.tr("Publisher"), self.tr("Edition")
        signer = signer_name(bundle)
        named = (
            self.tr(
                "signed by %1 (its manifest names “%2”; only the Muragat editions key vouches "
                "for a publisher)"
            )
            .replace("%1", signer)
            .replace("%2", m.publisher or "")
            if signer
            else m.publisher
        )
        number = (
            " · " + self.tr("edition number %1").replace("%1", str(m.edition_number))
            if m.edition_number
            else ""
        )
        parts = [
            f"<h3>{_e(m.title)}</h3><p>",
            f"{_e(publisher)}: {_e(named)}<br>{_e(edition)}: {_e(m.edition)}{_e(number)}<br>",
        ]
        if p is not None and p.key is not None:
            key = p.key
            against = (
                self.tr("Verified against the Muragat editions key")
                if key.builtin
                else self.tr("Verified against a key you trust: %1").replace("%1", key.name)
            )
            signed_by, key_id = self.tr("Signed by"), self.tr("key ID")
            fingerprint, signed = self.tr("fingerprint"), self.tr("signed")
            parts.append(
                f"<b>{_e(against)}</b><br>"
                f"{_e(signed_by)}: {_e(self.key_name(key))} ({_e(key_id)} "
                f"{_e(key.key_id)}, {_e(fingerprint)} {_e(key.fingerprint)})"
                + (f", {_e(signed)} {_e(p.signed)}" if p.signed else "")
                + "<br>"
            )
        if p is not None:
            verified = self.tr("Verified")
            parts.append(
                f"{_e(verified)}: {_e(p.verified_at)} — "
                + _e(
                    self.tr("signature and %Ln file checksum(s) checked", "", len(m.files))
                    if p.key
                    else self.tr("%Ln file checksum(s) checked", "", len(m.files))
                )
                + "<br>"
            )
        documents, sha = self.tr("Documents"), self.tr("Edition SHA-256")
        parts.append(
            f"{_e(documents)}: {_e(docs)}<br>"
            f"<small>{_e(m.attribution)}<br>{_e(m.rights)}<br>"
            f"{_e(sha)}: <code>{_e(m.sha256)}</code></small></p>"
        )
        return "".join(parts)

    def key_name(self, key: Key) -> str:
        """The built-in key in the window's language; a colleague's key by the name it gives
        itself."""
        return self.tr("Muragat editions key") if key.builtin else key.name

    def _selection_changed(self, *_args) -> None:
        item = self.keys.currentItem()
        self.revoke_button.setEnabled(bool(item and item.data(KEY_ROLE)))

    # -- changing trust --------------------------------------------------------------------------

    def choose_key_file(self) -> None:
        from app.gui.settings import after_file_dialog, file_dialog_options

        folder = self.core.data_dir
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("A colleague’s public key"),
            "",
            self.tr("minisign public keys (*.pub)"),
            options=file_dialog_options(folder),
        )
        after_file_dialog(folder)
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
