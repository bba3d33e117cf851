"""The index on disk: open it, rebuild it when it is missing, stale or corrupt, keep it in sync.

One writer at a time (a lock in this process; Whoosh's file lock across processes); readers open
their own searcher per thread. A missing, corrupt or version-mismatched index is rebuilt with
progress reported, never a crash.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import shutil
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError

from index import sync_mark
from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.fileio import read_data, write_atomic
from index.search import whoosh_writer
from index.search.items import IndexItem
from index.search.schema import SCHEMA_VERSION, build_schema

log = logging.getLogger(__name__)

META_FILE = "muragat-index.json"
Progress = Callable[[int, int, str], None]
"""progress(done, total, message); may raise `Cancelled` to stop the work."""


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    rebuilt: bool = False
    reason: str = ""
    seconds: float = 0.0
    resumed: bool = False
    """The index held part of an interrupted build: it was kept and the rest written."""
    commits: int = 0
    """How many batches were committed (`BATCH_CHARS` of text each, the last one less)."""


def _no_progress(done: int, total: int, message: str) -> None:
    pass


PARALLEL_MIN_ITEMS = 2000
"""An index built from empty with at least this many items is written by several processes."""
PARALLEL_PROCS = min(4, os.cpu_count() or 1)
PARALLEL_BATCH = 100
"""Items handed to a writer process at a time."""
WRITER_LIMIT_MB = 64
"""Postings a writer holds before it sorts them into a temporary run (Whoosh's ``limitmb``, by
its estimate; the objects take about a fifth more)."""
PARALLEL_LIMIT_MB = 24
"""``limitmb`` of each writer process: two of them, beside the process feeding them, stay under
300 MB (289 MB at 1,000 documents of 12 KB, against 302 MB at 32 and 346 MB at 64 before issue
23: docs/bench/search-at-scale.md); runs written in chunks (`whoosh_writer`) make the extra
runs cost next to nothing."""
BATCH_CHARS = 16_000_000
"""Text written per commit. Whoosh keeps a segment's postings (positions uncompressed, about
36 bytes per character of text) in temporary sorted runs until the segment is written, so a
sync commits every this many characters as new segments, merging none of the large ones: its
temporary disk and memory are bounded by one batch, not by the archive."""
SMALL_SEGMENT_DOCS = 2000
"""Segments of at most this many documents (what edits and small syncs leave) are merged
together once there are `SMALL_MERGE_COUNT` of them; larger ones are never merged by a
commit, so no edit rewrites the archive."""
SMALL_MERGE_COUNT = 4


def parallel_writer_allowed(expected: int) -> bool:
    """May a build of ``expected`` items use Whoosh's multi-process writer? Only where it
    forks (Linux: a spawned worker would re-run the program, frozen or not) and only from a
    process with one thread (forking a process with other threads — the window's — can leave
    the child waiting on a lock no thread of it will ever release)."""
    return (
        PARALLEL_PROCS > 1
        and expected >= PARALLEL_MIN_ITEMS
        and "fork" in multiprocessing.get_all_start_methods()
        and sys.platform.startswith("linux")
        and threading.active_count() == 1
    )


def bounded_merge(writer, segments):
    """Whoosh's merge policy for our commits: small segments (at most `SMALL_SEGMENT_DOCS`
    documents) are merged by tiers of size (1, 2-3, 4-15, 16-63… documents): once a tier
    holds `SMALL_MERGE_COUNT` segments, those are merged into one of the next tier. Large
    segments are kept as they are, so no edit rewrites the archive; and a save never rewrites
    a segment much larger than itself (merging every small segment together rewrote the
    1,605 documents a build's last batch left, with every fourth note saved: 12 s each at
    10,000 imported documents), while the number of segments stays logarithmic in the
    edits."""
    tiers: dict[int, list] = {}
    for segment in segments:
        count = segment.doc_count_all()
        if count <= SMALL_SEGMENT_DOCS:
            tiers.setdefault(max(count, 1).bit_length() // 2, []).append(segment)
    for tier in sorted(tiers):
        if len(tiers[tier]) >= SMALL_MERGE_COUNT:
            return _merge(writer, segments, tiers[tier])
    return segments


def purging_merge(writer, segments):
    """`bounded_merge`, and every segment holding a deleted document is rewritten without
    it, so a deleted note's text is gone from the files too (not the whole index)."""
    segments = bounded_merge(writer, segments)
    return _merge(writer, segments, [s for s in segments if s.has_deletions()])


def _merge(writer, segments, chosen):
    from whoosh.reading import SegmentReader

    if not chosen:
        return segments
    for segment in chosen:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    ids = {id(s) for s in chosen}
    return [s for s in segments if id(s) not in ids]


def _chars(item: IndexItem) -> int:
    fields = item.fields
    return len(fields.get("text", "") or "") + len(fields.get("title", "") or "")


def _close_queues(writer) -> None:
    """Stop a multi-process writer's queue threads: the next batch's writer forks, and this
    process must have one thread then (see `parallel_writer_allowed`)."""
    for name in ("jobqueue", "resultqueue"):
        queue = getattr(writer, name, None)
        if queue is not None:
            queue.close()
            queue.join_thread()


def _cancel(writer) -> None:
    """Cancel a writer; a multi-process one's writer processes are stopped first (Whoosh's
    own cancel lets them run on through their queue, into the temporary files it removes)."""
    tasks = list(getattr(writer, "tasks", ()))
    for task in tasks:
        if hasattr(task, "terminate"):
            task.terminate()
    for task in tasks:
        if hasattr(task, "join"):
            task.join(timeout=10)
    writer.cancel()
    _close_queues(writer)


def _close(searcher) -> None:
    if not searcher.is_closed:
        searcher.close()


def _close_all(handed: dict) -> None:
    for searcher in list(handed.values()):
        _close(searcher)
    handed.clear()


def _storage(folder: Path, key: bytes | None = None) -> FileStorage:
    """The index folder's files, read without ``mmap``: Whoosh wraps each memory-mapped
    segment file in a ``BytesIO``, which copies it, so every searcher (one per thread, a new
    one after each commit) held a copy of the postings and the term index — 140 MB at 3,000
    documents, where reading them from the file keeps a search process near 55 MB
    (docs/bench/search-at-scale.md). With a ``key``, every file sealed with it
    (`sealed_storage`)."""
    if key is not None:
        from index.search.sealed_storage import SealedStorage

        return SealedStorage(str(folder), key)
    return FileStorage(str(folder), supports_mmap=False)


class IndexFolder:
    """Owns the index folder; the only code that writes to it."""

    def __init__(
        self,
        folder: Path,
        seed: Path | None = None,
        key: bytes | None = None,
        in_memory: bool = False,
    ) -> None:
        self.folder = folder
        self.in_memory = in_memory
        """Read-only mode: ``folder`` (or the seed) is read and never written; what changes
        is kept in memory (`memory_storage`), and so is the folder's metadata."""
        self._ram: Any = None
        self._meta: dict | None = None
        self.seed = seed
        """A prebuilt index (shipped in the executable) to start from instead of building."""
        self.key = key
        """32 bytes: every file of the index is sealed with it (`sealed_storage`); None: clear.
        An index that does not open with it (clear, damaged, another key) is rebuilt."""
        self._write_lock = threading.RLock()
        self._ix: whoosh_index.Index | None = None
        self._local = threading.local()
        self.generation = 0
        """Bumped on every commit, so per-thread searchers know to refresh."""
        self._handed: dict[threading.Thread, Any] = {}
        self._handed_lock = threading.Lock()
        weakref.finalize(self, _close_all, self._handed)
        self._interrupted = False
        """The folder's metadata says a sync of several commits did not finish."""

    # -- opening ----------------------------------------------------------------------------

    def _check(self) -> str | None:
        """Why the index on disk cannot be used as it is, or None if it can."""
        if self.in_memory and self._ram is None:
            if not (self.folder / META_FILE).is_file():
                return "missing"
            from index.search.memory_storage import MemoryOverFolder

            self._ram = MemoryOverFolder(self.folder)
        elif not self.in_memory and not (self.folder / META_FILE).is_file():
            return "missing"
        try:
            if not self._exists():
                return "missing"
        except Exception as exc:  # a damaged table of contents: rebuild, never crash
            log.warning("index table of contents unreadable: %r", exc)
            return f"corrupt ({type(exc).__name__})"
        try:
            meta = self._read_meta()
        except (OSError, ValueError, KnownError):  # KnownError: sealed under another key
            return "unreadable metadata"
        if meta.get("schema_version") != SCHEMA_VERSION:
            return f"schema version {meta.get('schema_version')} (this build uses {SCHEMA_VERSION})"
        self._interrupted = meta.get("complete", True) is not True
        try:
            ix = self._storage().open_index()
            with ix.searcher() as s:
                reader = s.reader()
                last = reader.doc_count_all() - 1
                if last >= 0:  # stored fields at both ends of their files and the first term:
                    # what costs the same with ten documents or ten thousand (opening a column
                    # reads an offset per document; a damage elsewhere is found when it is
                    # read, and the index rebuilt then: `is_index_damage`)
                    reader.stored_fields(0)
                    reader.stored_fields(last)
                    next(iter(reader.all_terms()), None)
        except Exception as exc:  # any failure to read means corrupt: rebuild, never crash
            log.warning("index unreadable: %r", exc)
            return f"corrupt ({type(exc).__name__})"
        self._ix = ix
        return None

    def _storage(self):
        return self._ram if self.in_memory else _storage(self.folder, self.key)

    def _read_meta(self) -> dict:
        if self._meta is None:
            meta = json.loads(read_data(self._ram_source() / META_FILE).decode("utf-8"))
            if not self.in_memory:
                return meta
            self._meta = meta
        return self._meta

    def _ram_source(self) -> Path:
        from index.search.memory_storage import MemoryOverFolder

        if self.in_memory and isinstance(self._ram, MemoryOverFolder):
            return Path(self._ram.base.folder)
        return self.folder

    def _write_meta(self, meta: dict) -> None:
        if self.in_memory:
            self._meta = meta
        else:
            write_atomic(self.folder / META_FILE, json.dumps(meta).encode("utf-8"))

    def _exists(self) -> bool:
        if self.in_memory:
            return self._ram.index_exists()
        if self.key is None:
            return whoosh_index.exists_in(self.folder)
        return self.folder.is_dir() and _storage(self.folder, self.key).index_exists()

    def _create(self) -> None:
        if self.in_memory:
            from whoosh.filedb.filestore import RamStorage

            self._ram = RamStorage()
        else:
            if self.folder.exists():
                shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir(parents=True, exist_ok=True)
        self._ix = self._storage().create_index(build_schema())
        self._interrupted = False
        self._write_meta({"schema_version": SCHEMA_VERSION})

    def open(self) -> str | None:
        """Open the index if it is not open; returns why it had to be rebuilt (and resets it),
        or None. Serialised: threads opening at once must not recreate the folder under each
        other."""
        with self._write_lock:
            if self._ix is not None:
                return None
            return self._open()

    def _open(self) -> str | None:
        try:
            reason = self._check()
            if reason == "missing" and self._seed():
                return None
        except OSError as exc:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "cannot read the search index in {folder}: {reason}"),
                folder=self.folder,
                reason=exc,
            ) from exc
        if reason:
            log.info("rebuilding search index: %s", reason)
            try:
                self._create()
            except OSError as exc:
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "cannot create the search index in {folder}: {reason}"
                    ),
                    folder=self.folder,
                    reason=exc,
                ) from exc
        return reason

    def _seed(self) -> bool:
        """Start from the prebuilt index, if there is one that opens; sync adds the rest."""
        if self.seed is None or not (self.seed / META_FILE).is_file():
            return False
        if self.in_memory:  # read where it is, never copied
            from index.search.memory_storage import MemoryOverFolder

            self._ram, self._meta = MemoryOverFolder(self.seed), None
            if self._check() is None:
                return True
            self._ram = self._meta = None
            return False
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.key is not None:  # a clear prebuilt index is sealed as it is copied
            from index.search.sealed_storage import copy_folder

            copy_folder(self.seed, self.folder, self.key)
        else:
            shutil.copytree(self.seed, self.folder)
        if self._check() is None:
            log.info("search index started from the prebuilt one in %s", self.seed)
            return True
        return False

    @property
    def ix(self) -> whoosh_index.Index:
        ix = self._ix
        if ix is None:
            self.open()
            ix = self._ix
        assert ix is not None
        return ix

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
            self._hand_out(local.searcher)
        local.generation = self.generation
        return local.searcher

    def refresh(self) -> None:
        """Another process committed to the index: every thread's searcher is made anew on
        its next use (a searcher sees the commits made before it was opened)."""
        with self._write_lock:
            self.generation += 1

    def _hand_out(self, searcher) -> None:
        """Keep track of the searchers handed out, to close each when its thread gets a new
        one or ends, and the rest when this folder is dropped: read without ``mmap``
        (`_storage`), a searcher holds the segment files open."""
        mine = threading.current_thread()
        with self._handed_lock:
            old = self._handed.pop(mine, None)
            for thread in [t for t in self._handed if not t.is_alive()]:
                _close(self._handed.pop(thread))
            self._handed[mine] = searcher
        if old is not None and old is not searcher:
            _close(old)

    def close(self) -> None:
        """Close every searcher handed out and the index; a sealed index's decrypted chunks
        are forgotten too (`sealed_storage.drop_cache`: the vault locks). Opened again on next
        use."""
        with self._write_lock:
            with self._handed_lock:
                _close_all(self._handed)
            self._ix = None
            self._local = threading.local()
            self.generation += 1
            if self.key is not None:
                from index.search.sealed_storage import drop_cache

                drop_cache()

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
        expected: int = 0,
    ) -> SyncReport:
        """Make the index hold exactly ``items``: add new, update changed, remove gone.

        Items are streamed, never held all at once: memory stays flat however large the
        archive. ``only_kinds`` limits removal to those kinds (a notes-only sync keeps the
        paragraphs); ``expected`` is how many items are coming, for progress.
        """
        start = time.perf_counter()
        report = SyncReport()
        with self._write_lock:
            reason = self.open()
            if reason:
                report.rebuilt, report.reason = True, reason
            report.resumed = self._interrupted
            existing = self.stored_hashes()
            total = expected or len(existing)
            wanted: set[str] = set()
            procs = 1  # (the processes of a parallel writer write files: none in memory)
            if not self.in_memory and parallel_writer_allowed(expected - len(existing)):
                procs = PARALLEL_PROCS
            writer = None
            chars = 0
            try:
                for n, item in enumerate(items):
                    wanted.add(item.id)
                    old = existing.get(item.id)
                    if old is not None and old[0] == item.hash:
                        report.unchanged += 1
                        continue
                    writer = writer or self._writer(procs)
                    if old is None:  # nothing to replace: add (in parallel, if the writer is)
                        writer.add_document(**item.document())
                        report.added += 1
                    else:
                        writer.update_document(**item.document())
                        report.updated += 1
                    chars += _chars(item)
                    if n % 50 == 0:
                        progress(n + 1, max(total, n + 1), f"indexing {item.kind}s")
                    if chars >= BATCH_CHARS:  # one batch's postings: commit them, go on
                        progress(n + 1, max(total, n + 1), "saving")
                        self._mark_complete(False)
                        self._commit(writer)
                        report.commits += 1
                        writer, chars = None, 0
                gone = [
                    ident
                    for ident, (_, kind) in existing.items()
                    if ident not in wanted and (only_kinds is None or kind in only_kinds)
                ]
                for ident in gone:
                    writer = writer or self._writer()
                    writer.delete_by_term("id", ident)
                    report.removed += 1
                if writer is not None:
                    progress(total, total, "saving")
                    self._commit(writer)
                    report.commits += 1
                    writer = None
                if only_kinds is None:  # every kind synced: the index is whole
                    self._mark_complete(True)
            except BaseException:
                if writer is not None:
                    _cancel(writer)
                raise
        report.seconds = time.perf_counter() - start
        return report

    def _commit(self, writer, merge=bounded_merge) -> None:
        """Commit ``writer`` with our merge policy, and say so to per-thread searchers."""
        try:
            writer.commit(mergetype=merge)
        finally:
            _close_queues(writer)
        self.generation += 1

    def _mark_complete(self, complete: bool) -> None:
        """Say in the folder's metadata whether the index holds a whole sync. Before the
        first of several commits it is marked incomplete, and the mark of the last full sync
        (`index.sync_mark`) is removed, so an interrupted build never looks complete: the
        next start syncs, keeping what was committed and writing the rest."""
        if complete == (not self._interrupted):
            return
        if not complete and not self.in_memory:
            sync_mark.forget(self.folder)
        self._write_meta({"schema_version": SCHEMA_VERSION, "complete": complete})
        self._interrupted = not complete

    def _writer(self, procs: int = 1):
        whoosh_writer.install()  # before the writer and the processes it forks build pools
        codec = whoosh_writer.codec()
        try:
            if procs > 1:  # left as one segment per process: merging them costs more than it saves
                return self.ix.writer(
                    timeout=10.0,
                    limitmb=PARALLEL_LIMIT_MB,
                    codec=codec,
                    procs=procs,
                    multisegment=True,
                    batchsize=PARALLEL_BATCH,
                    start_method="fork",  # what `parallel_writer_allowed` checked for
                )
            return self.ix.writer(timeout=10.0, limitmb=WRITER_LIMIT_MB, codec=codec)
        except LockError as exc:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "the search index is being updated by another Muragat")
            ) from exc

    def update(
        self, items: Iterable[IndexItem], remove: Iterable[str] = (), purge: bool = False
    ) -> int:
        """Write exactly these items and remove exactly these ids: what one change touched.
        No scan of the rest of the index. Does nothing if the index is not open yet (the
        sync that opens it sees everything). ``purge``: rewrite the segments, so what was
        removed (a deleted note's text) is gone from the files too, not only marked deleted.
        Returns how many documents were written."""
        with self._write_lock:
            if self._ix is None:
                return 0
            whole = not self._interrupted
            writer = self._writer()
            count = chars = 0
            try:
                for ident in remove:
                    writer.delete_by_term("id", ident)
                for item in items:
                    writer.update_document(**item.document())
                    count += 1
                    chars += _chars(item)
                    if chars >= BATCH_CHARS:  # a large import: bounded like a sync
                        self._mark_complete(False)
                        self._commit(writer)
                        writer, chars = self._writer(), 0
                self._commit(writer, purging_merge if purge else bounded_merge)
                writer = None
            except BaseException:
                if writer is not None:
                    writer.cancel()
                raise
            if whole:
                self._mark_complete(True)
        return count

    def verify(self) -> str | None:
        """Read the whole index — every stored document and every posting list — and say
        why it is damaged, or None. (Opening reads only samples; `muragat index` asks this.)"""
        with self._write_lock:
            reason = self.open()
            if reason:
                return reason
            try:
                with self._ix.searcher() as searcher:
                    reader = searcher.reader()
                    for docnum in reader.all_doc_ids():
                        reader.stored_fields(docnum)
                    for fieldname, btext in reader.all_terms():
                        list(reader.postings(fieldname, btext).all_ids())
            except Exception as exc:  # any failure to read means damage: rebuild, never crash
                log.warning("search index damaged: %s", type(exc).__name__)
                self._ix = None
                return f"damaged ({type(exc).__name__})"
        return None

    def delete(self, ids: Iterable[str]) -> None:
        """Remove items by id (a removed document's paragraphs, say)."""
        with self._write_lock:
            writer = self._writer()
            try:
                for ident in ids:
                    writer.delete_by_term("id", ident)
                self._commit(writer)
            except BaseException:
                writer.cancel()
                raise

    def rebuild(
        self, items: Iterable[IndexItem], progress: Progress = _no_progress, expected: int = 0
    ) -> SyncReport:
        with self._write_lock:
            self._ix = None
            self._local = threading.local()
            self._create()
            report = self.sync(items, progress, expected=expected)
        report.rebuilt, report.reason = True, "requested"
        return report
