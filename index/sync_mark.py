"""The mark a full index sync leaves: "the index holds exactly this archive and every note".

A sync reads every item of the archive and hashes it: seconds of work with thousands of
imported documents, at every start. Every change goes through `Core.apply`; one that the
index does not take in at once (no index open in that process, as in a command-line note)
removes the mark, and so does anything else that edits notes outside a change (anchors checked
when the notes open, a damaged database restored). So at the next start a mark that is there
and names the same bundles, manifests and index schema means nothing changed since the sync,
and the sync is skipped. The mark lives in the index folder: an index rebuilt from nothing
starts without one.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from index.archive import Archive
from index.fileio import write_atomic

log = logging.getLogger(__name__)

MARK_FILE = "muragat-synced.json"


def fingerprint(archive: Archive, schema_version: object) -> str:
    """The bundles (id and manifest checksum, so any edit), in order, and the index schema."""
    digest = hashlib.sha256(f"schema {schema_version}\n".encode())
    for bundle in archive.bundles:
        digest.update(f"{bundle.id} {bundle.manifest.sha256}\n".encode())
    return digest.hexdigest()


def read(folder: Path) -> str | None:
    try:
        data = json.loads((folder / MARK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    mark = data.get("archive") if isinstance(data, dict) else None
    return mark if isinstance(mark, str) else None


def write(folder: Path, mark: str) -> None:
    try:
        write_atomic(folder / MARK_FILE, json.dumps({"archive": mark}).encode("utf-8"))
    except OSError as exc:  # without the mark the next start syncs: slower, never wrong
        log.warning("could not write the index sync mark: %s", exc)


def forget(folder: Path) -> None:
    """The index may miss a change: the next start syncs in full."""
    try:
        (folder / MARK_FILE).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove the index sync mark: %s", exc)
