"""Editions that cannot be rolled back: the newest edition number seen of each bundle, per
publisher key, remembered in the data folder.

A signed manifest carries ``edition_number`` (1, 2, 3…); the signature covers it, so nobody
without the publisher's secret key can raise or lower it. When a signed edition loads, the
number is compared with the newest one this data folder has seen of the same bundle id signed
by the same key: an older one (or one without a number, from a key whose editions of that
bundle are numbered) is refused, since handing someone an older edition, with errors a later
one corrected, is an attack a signature alone does not stop. The user can accept one such
edition explicitly (``muragat trust accept-older-edition FOLDER``): that exact manifest (by its
SHA-256) is recorded as accepted, with the date.

What this does not protect: a data folder that has never seen a newer edition (a first install,
a wiped or new data folder) accepts any validly signed one; the memory is per data folder.
The user's own imports (unsigned) have no edition numbers.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index.archive.model import Manifest
from index.archive.signing import Provenance
from index.errors import QT_TRANSLATE_NOOP, BundleError, KnownError

log = logging.getLogger(__name__)

EDITIONS_SEEN = "editions-seen.json"
"""In the data folder: the newest edition number seen per publisher key and bundle."""
FORMAT = "muragat-editions-seen/1"
MAX_BYTES = 4 << 20
ACCEPT_COMMAND = "muragat trust accept-older-edition"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class EditionsSeen:
    """The memory of one data folder (``data_dir`` None: nothing remembered, nothing written)."""

    data_dir: Path | None
    newest: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """Key ID → bundle id → {"edition": N, "seen": ISO date, "sha256": manifest}."""
    accepted: list[dict[str, Any]] = field(default_factory=list)
    """Older editions the user chose to open: key_id, bundle, edition, sha256, accepted."""
    changed: bool = False
    unreadable: bool = False
    """The file is there but could not be read: it is never overwritten."""

    @classmethod
    def read(cls, data_dir: Path | None) -> EditionsSeen:
        memory = cls(data_dir)
        path = data_dir / EDITIONS_SEEN if data_dir else None
        if path is None or not path.is_file():
            return memory
        try:
            if path.stat().st_size > MAX_BYTES:
                raise ValueError("too large")
            from index.fileio import read_data

            data = json.loads(read_data(path).decode("utf-8"))
            newest = data["newest"]
            accepted = data.get("accepted", [])
            if not isinstance(newest, dict) or not isinstance(accepted, list):
                raise ValueError("not a list of editions")
            for bundles in newest.values():
                for entry in bundles.values():
                    if not isinstance(entry["edition"], int):
                        raise ValueError("edition is not a number")
            memory.newest, memory.accepted = newest, accepted
        except (OSError, ValueError, KeyError, TypeError, AttributeError, KnownError) as exc:
            # damaged, or sealed by a vault that is locked: logged, and left as it is (never
            # overwritten by what this run sees)
            log.warning("%s unreadable (%s): no edition is refused as older", path, exc)
            memory.unreadable = True
        return memory

    def write(self) -> None:
        if self.data_dir is None or self.unreadable or not self.data_dir.is_dir():
            return
        from index.fileio import write_atomic

        data = {"format": FORMAT, "newest": self.newest, "accepted": self.accepted}
        text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        try:
            write_atomic(self.data_dir / EDITIONS_SEEN, text.encode("utf-8"))  # sealed in a vault
        except KnownError as exc:  # a read-only data folder: checked, not remembered
            log.warning("cannot remember the editions seen (%s)", exc)

    def write_if_changed(self) -> None:
        if self.changed:
            self.write()
            self.changed = False

    def _is_accepted(self, key_id: str, manifest: Manifest) -> bool:
        return any(
            a.get("key_id") == key_id and a.get("sha256") == manifest.sha256
            for a in self.accepted
        )

    def check(self, manifest: Manifest, provenance: Provenance, folder: Path) -> None:
        """Raise `BundleError` if this signed edition is older than the newest seen."""
        if provenance.key is None or provenance.status != "verified":
            return
        key_id = provenance.key.key_id
        newest = self.newest.get(key_id, {}).get(manifest.id)
        if newest is None:
            return
        number = manifest.edition_number
        if number is not None and number >= newest["edition"]:
            return
        if self._is_accepted(key_id, manifest):
            return
        seen = str(newest.get("seen", ""))[:10] or "?"
        template = (
            QT_TRANSLATE_NOOP(
                "Errors",
                "edition {number} of “{publisher}” (key ID {key_id}), older than edition "
                "{newest} seen on {seen}: refused — an older edition may be a rollback to "
                "errors a later one corrected; to open it anyway: {command} {folder}",
            )
            if number is not None
            else QT_TRANSLATE_NOOP(
                "Errors",
                "an edition of “{publisher}” (key ID {key_id}) without an edition number, "
                "older than edition {newest} seen on {seen}: refused — an older edition may "
                "be a rollback to errors a later one corrected; to open it anyway: "
                "{command} {folder}",
            )
        )
        raise BundleError(
            manifest.id,
            "manifest.json",
            template,
            number=number,
            publisher=manifest.publisher,
            key_id=key_id,
            newest=newest["edition"],
            seen=seen,
            command=ACCEPT_COMMAND,
            folder=folder,
        )

    def note(self, manifest: Manifest, provenance: Provenance | None) -> bool:
        """Remember a loaded signed edition if it is the newest of its bundle and key; True if
        that changed the memory (to be written)."""
        if provenance is None or provenance.key is None or provenance.status != "verified":
            return False
        number = manifest.edition_number
        if number is None:
            return False
        bundles = self.newest.setdefault(provenance.key.key_id, {})
        known = bundles.get(manifest.id)
        if known is not None and known["edition"] >= number:
            return False
        bundles[manifest.id] = {"edition": number, "seen": _now(), "sha256": manifest.sha256}
        self.changed = True
        return True

    def accept(self, manifest: Manifest, provenance: Provenance) -> dict[str, Any]:
        """Record that the user chose to open this older edition (this manifest exactly)."""
        assert provenance.key is not None
        entry = {
            "key_id": provenance.key.key_id,
            "bundle": manifest.id,
            "edition": manifest.edition_number,
            "sha256": manifest.sha256,
            "accepted": _now(),
        }
        if not self._is_accepted(provenance.key.key_id, manifest):
            self.accepted.append(entry)
            self.changed = True
        return entry
