"""The mark a full index sync leaves: "the index holds exactly this archive and every note".

A sync reads every item of the archive and hashes it: seconds of work with thousands of
imported documents, at every start. Every change goes through `Core.apply`; one that the
index does not take in at once is journaled (below); anything else that edits notes outside a
change (anchors checked when the notes open, a damaged database restored) removes the mark.
So at the next start a mark that is there and names the same archive and index schema means
nothing changed since the sync (but the journal), and the sync is skipped. The mark lives in
the index folder: an index rebuilt from nothing starts without one.

A change made where no index is open (a command-line note, an import) does not remove the
mark: it journals the ids it touched beside it (`defer`), and the next process that opens the
index re-indexes just those. The mark names the archive by `Archive.fingerprint`, which costs
the same with ten thousand imported documents as with none.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path

from index.errors import KnownError
from index.fileio import read_data, write_atomic

log = logging.getLogger(__name__)

MARK_FILE = "muragat-synced.json"


MAX_PENDING = 20_000
"""Ids a journal may hold before a full sync is the cheaper way to catch up."""
KINDS = ("notes", "targets", "bundles", "gone")


def _state(folder: Path) -> tuple[str | None, dict[str, list[str]]]:
    try:
        data = json.loads(read_data(folder / MARK_FILE).decode("utf-8"))
    except (OSError, ValueError, KnownError):  # KnownError: sealed under another key
        return None, {}
    if not isinstance(data, dict) or not isinstance(data.get("archive"), str):
        return None, {}
    pending = data.get("pending") or {}
    if not isinstance(pending, dict) or not all(
        isinstance(pending.get(k, []), list) for k in KINDS
    ):
        return None, {}
    return data["archive"], {k: [str(i) for i in pending.get(k, [])] for k in KINDS}


def read(folder: Path) -> str | None:
    """The archive the index was synced with (its changes since then in `pending`)."""
    return _state(folder)[0]


def pending(folder: Path) -> dict[str, list[str]]:
    """What changed since the sync that the index has not taken in yet, by kind: note ids,
    target ids (tags changed), bundle ids, and index ids gone."""
    return _state(folder)[1]


def write(folder: Path, mark: str, journal: dict[str, list[str]] | None = None) -> None:
    data: dict = {"archive": mark}
    if journal and any(journal.values()):
        data["pending"] = {k: sorted(set(journal.get(k, ()))) for k in KINDS}
    try:
        write_atomic(folder / MARK_FILE, json.dumps(data).encode("utf-8"))
    except (OSError, KnownError) as exc:  # without the mark the next start syncs: slower
        log.warning("could not write the index sync mark: %s", exc)


@contextlib.contextmanager
def _locked(folder: Path):
    """Serialise the journal's read-modify-write across processes (where the system can)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: one process at a time in practice
        yield
        return
    try:
        fh = open(folder / (MARK_FILE + ".lock"), "a+b")  # noqa: SIM115
    except OSError:
        yield
        return
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def defer(folder: Path, before: str, after: str, changed: dict[str, set[str]]) -> bool:
    """A change the index did not take in (no index open in this process): journal its ids
    for the next process that opens the index, so that one catches up with just those.
    Only when the index was in step with ``before`` (the archive before the change), else the
    mark is removed and the next start syncs in full. True if journaled."""
    if not (folder / MARK_FILE).is_file():
        return False
    with _locked(folder):
        mark, journal = _state(folder)
        if mark != before:
            forget(folder)
            return False
        for kind in KINDS:
            journal[kind] = sorted(set(journal.get(kind, ())) | set(changed.get(kind, ())))
        if sum(len(v) for v in journal.values()) > MAX_PENDING:
            forget(folder)
            return False
        write(folder, after, journal)
    return (folder / MARK_FILE).is_file()


def forget(folder: Path) -> None:
    """The index may miss a change: the next start syncs in full."""
    try:
        (folder / MARK_FILE).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove the index sync mark: %s", exc)
