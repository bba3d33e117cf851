"""The index on disk: open it, rebuild it when it is missing, stale or corrupt, keep it in sync.

One writer at a time (a lock in this process; Whoosh's file lock across processes); readers open
their own searcher per thread. A missing, corrupt or version-mismatched index is rebuilt with
progress reported, never a crash.
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import LockError

from index.errors import KnownError
from index.search.items import IndexItem
from index.search.schema import SCHEMA_VERSION, build_schema

log = logging.getLogger(__name__)

META_FILE = "muragat-index.json"
Progress = Callable[[int, int, str], None]
"""progress(done, total, message); may raise `Cancelled` to stop the work."""


class Cancelled(Exception):
    """Raised by a progress callback to stop long work; what was committed stays."""


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    rebuilt: bool = False
    reason: str = ""
    seconds: float = 0.0


def _no_progress(done: int, total: int, message: str) -> None:
    pass


class IndexStore:
    """Owns the index folder; the only code that writes to it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._write_lock = threading.Lock()
        self._ix: whoosh_index.Index | None = None
        self._local = threading.local()
        self.generation = 0
        """Bumped on every commit, so per-thread searchers know to refresh."""

    # -- opening ----------------------------------------------------------------------------

    def _check(self) -> str | None:
        """Why the index on disk cannot be used as it is, or None if it can."""
        if not (self.folder / META_FILE).is_file():
            return "missing"
        try:
            if not whoosh_index.exists_in(self.folder):
                return "missing"
        except Exception as exc:  # a damaged table of contents: rebuild, never crash
            log.warning("index table of contents unreadable: %r", exc)
            return f"corrupt ({type(exc).__name__})"
        try:
            meta = json.loads((self.folder / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return "unreadable metadata"
        if meta.get("schema_version") != SCHEMA_VERSION:
            return f"schema version {meta.get('schema_version')} (this build uses {SCHEMA_VERSION})"
        try:
            ix = whoosh_index.open_dir(str(self.folder))
            with ix.searcher() as s:
                reader = s.reader()
                ids = list(reader.all_doc_ids())
                if ids:  # read the columns, and stored fields at both ends of the file
                    for column in ("id", "hash", "kind"):
                        list(reader.column_reader(column))
                    reader.stored_fields(ids[0])
                    reader.stored_fields(ids[-1])
                    next(iter(reader.all_terms()), None)
        except Exception as exc:  # any failure to read means corrupt: rebuild, never crash
            log.warning("index unreadable: %r", exc)
            return f"corrupt ({type(exc).__name__})"
        self._ix = ix
        return None

    def _create(self) -> None:
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._ix = whoosh_index.create_in(str(self.folder), build_schema())
        meta = {"schema_version": SCHEMA_VERSION}
        (self.folder / META_FILE).write_text(json.dumps(meta), encoding="utf-8")

    def open(self) -> str | None:
        """Open the index; returns the reason it must be rebuilt (and resets it), or None."""
        try:
            reason = self._check()
        except OSError as exc:
            raise KnownError(f"cannot read the search index in {self.folder}: {exc}") from exc
        if reason:
            log.info("rebuilding search index: %s", reason)
            try:
                self._create()
            except OSError as exc:
                raise KnownError(f"cannot create the search index in {self.folder}: {exc}") from exc
        return reason

    @property
    def is_open(self) -> bool:
        return self._ix is not None

    @property
    def ix(self) -> whoosh_index.Index:
        if self._ix is None:
            self.open()
        assert self._ix is not None
        return self._ix

    # -- reading ----------------------------------------------------------------------------

    def searcher(self):
        """This thread's searcher, refreshed to the latest commit."""
        local = self._local
        stale = getattr(local, "generation", None) != self.generation
        if getattr(local, "searcher", None) is None or local.ix is not self.ix or stale:
            # A new searcher rather than Searcher.refresh(): refresh() was seen to keep a
            # snapshot that missed an update_document committed in this process.
            if getattr(local, "searcher", None) is not None:
                local.searcher.close()
            local.searcher = self.ix.searcher()
            local.ix = self.ix
        local.generation = self.generation
        return local.searcher

    def stored_hashes(self) -> dict[str, tuple[str, str]]:
        """id → (content hash, kind) for every item in the index, read from columns (cheap)."""
        with self.ix.reader() as reader:
            if reader.doc_count_all() == 0:
                return {}
            ids = reader.column_reader("id")
            hashes = reader.column_reader("hash")
            kinds = reader.column_reader("kind")
            return {ids[n]: (hashes[n], kinds[n]) for n in reader.all_doc_ids()}

    # -- writing ----------------------------------------------------------------------------

    def sync(
        self,
        items: Iterable[IndexItem],
        progress: Progress = _no_progress,
        only_kinds: set[str] | None = None,
    ) -> SyncReport:
        """Make the index hold exactly ``items``: add new, update changed, remove gone.

        ``only_kinds`` limits removal to those kinds (e.g. a notes-only sync keeps paragraphs).
        """
        start = time.perf_counter()
        report = SyncReport()
        reason = self.open() if self._ix is None else None
        if reason:
            report.rebuilt, report.reason = True, reason
        items = list(items)
        with self._write_lock:
            existing = self.stored_hashes()
            wanted = {i.id for i in items}
            changed = [i for i in items if existing.get(i.id, ("",))[0] != i.hash]
            gone = [
                ident
                for ident, (_, kind) in existing.items()
                if ident not in wanted and (only_kinds is None or kind in only_kinds)
            ]
            report.unchanged = len(items) - len(changed)
            if not changed and not gone:
                report.seconds = time.perf_counter() - start
                return report
            total = len(changed) + len(gone)
            try:
                writer = self.ix.writer(timeout=10.0)
            except LockError as exc:
                raise KnownError("the search index is being updated by another Muragat") from exc
            try:
                for n, ident in enumerate(gone):
                    writer.delete_by_term("id", ident)
                    report.removed += 1
                    progress(n + 1, total, "removing")
                for n, item in enumerate(changed, start=len(gone)):
                    if item.id in existing:
                        report.updated += 1
                    else:
                        report.added += 1
                    writer.update_document(**item.document())
                    if n % 50 == 0:
                        progress(n + 1, total, f"indexing {item.kind}s")
                progress(total, total, "saving")
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            self.generation += 1
        report.seconds = time.perf_counter() - start
        return report

    def delete(self, ids: Iterable[str]) -> None:
        with self._write_lock:
            writer = self.ix.writer(timeout=10.0)
            try:
                for ident in ids:
                    writer.delete_by_term("id", ident)
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            self.generation += 1

    def rebuild(self, items: Iterable[IndexItem], progress: Progress = _no_progress) -> SyncReport:
        with self._write_lock:
            self._ix = None
            self._local = threading.local()
            self._create()
        report = self.sync(items, progress)
        report.rebuilt, report.reason = True, "requested"
        return report
