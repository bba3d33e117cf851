"""The one owner of the user's data: the archive snapshot, the notes store and the search index.

How a change flows: a caller builds a change (`index.changes`) and submits it to
`Core.apply` → the one writer (a lock; in the window, the one-thread write pool) runs it
against the stores → the change reports what it touched (note ids, target ids, bundle ids) →
the store of the user's bundles is brought in step for the bundles it changed
(`index.archive.store`) → the index is updated for exactly those ids (or, with no index open,
the ids are journaled beside it: `index.sync_mark`) → listeners hear about it. Nothing outside
``index/`` writes to the stores; they read through `Core` (per-thread SQLite readers and
Whoosh searchers, so reads never wait for the writer).

Nothing done at a start grows with the number of documents or notes: the bundled archive is
read (it is small), the store of the others is opened, not read; the index is opened when its
sync mark names this archive; the notes' anchors are checked only when the archive changed.

Stores are opened lazily so that ``muragat cases`` never pays for the search index and the
window can show the report before the index is ready.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from index import in_use, sync_mark
from index.archive import Archive, load_archive
from index.archive.archive import USER_BUNDLES, open_archive, reconcile
from index.archive.store import STORE_FILE, DocumentStore, folder_state
from index.changes import Change, Changed
from index.errors import QT_TRANSLATE_NOOP, KnownError, Message
from index.fileio import read_data
from index.notes.listing import NoteFilter, NoteKey, NoteRow
from index.notes.model import Note
from index.notes.service import note_item, note_items, reanchor
from index.notes.store import NotesStore
from index.paths import ensure_data_dir, make_private
from index.sqldb import sqlite3
from index.wipe import ANCHORS_MARK
from resources import ROOT as RESOURCES

if TYPE_CHECKING:
    from index.search.engine import SearchEngine, SearchResult
    from index.search.index_folder import Progress, SyncReport
    from index.search.items import IndexItem

log = logging.getLogger(__name__)

INDEX_DIR = "index"
PREBUILT_INDEX = RESOURCES / "index"
"""Made by packaging/build and shipped in the executable; absent in a source checkout."""
NOTES_DB = "notes.sqlite3"

Listener = Callable[[Changed], None]


class NotesView:
    """What callers outside the writer may do with the notes store: read."""

    def __init__(self, store: NotesStore) -> None:
        self._store = store

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def messages(self) -> list[str]:
        return self._store.messages

    def notes(self, tag: str | None = None, target_id: str | None = None) -> list[Note]:
        return self._store.notes(tag=tag, target_id=target_id)

    def get(self, note_id: str) -> Note:
        return self._store.get(note_id)

    def tag_counts(self) -> dict[str, dict[str, int]]:
        return self._store.tag_counts()

    def target_tags(self) -> dict[str, list[str]]:
        return self._store.target_tags()

    def close(self) -> None:
        self._store.close()


class Core:
    def __init__(self, data_dir: Path, index_key: bytes | None = None) -> None:
        from index.vault.session import require

        self.key = require(data_dir)
        """The open vault's data key, or None when the data folder is no vault (`VaultLocked`
        is raised for a locked one: nothing of it can be read)."""
        self.data_dir = data_dir
        self._in_use = in_use.share(data_dir) if Path(data_dir).is_dir() else None
        """The shared lock that keeps a conversion of the folder from starting under us."""
        self.index_key = index_key if index_key is not None else self.key
        """32 bytes sealing the search index's files (`index.search.sealed_storage`): the
        vault's key, or None: the index is in the clear. Read when the engine first opens."""
        self.anchor_report: dict[str, int] = {}
        self._lock = threading.RLock()
        """The one writer: every change, and every index sync, holds it."""
        self._open_lock = threading.Lock()
        self._archive: Archive | None = None
        self._documents: DocumentStore | None = None
        self._partial_for: threading.Thread | None = None
        """The thread shown the bundled archive alone while the rest loads (the window's),
        or None once everything is loaded. Every other thread sees everything."""
        self._store: NotesStore | None = None
        self._search: SearchEngine | None = None
        self._listeners: list[Listener] = []
        self._private = False
        self.read_only: str | None = None
        """Why nothing can be saved (the data folder is read-only or full), or None. Then
        every note is still read, searched and exported; `apply` refuses."""
        self._index_scratch: Path | None = None
        self._mark_stale = False
        """Read-only: the index's sync mark is not to be trusted (the notes were salvaged)."""
        self._synced: str | None = None
        """The archive's fingerprint the index was last synced with in this session."""
        self.writer = uuid.uuid4().hex
        """Names this core's rows in the change journal (`index.live`): what it wrote itself
        is not taken in again as another process's change."""
        self.closed = False
        self._journal_lock = threading.Lock()
        """Held while the journal is read (`read_journal`) and while the core closes."""
        self._others = Changed()
        """What other processes changed that the index has not caught up with (`catch_up`);
        ``result`` True: its searchers are to be renewed, ``loaded``: the journal lost track."""
        self._others_lock = threading.Lock()

    def ensure_writable(self) -> Path:
        """The data folder, made if needed and checked writable (`DataDirError` if not).
        Files made from here on are private to the user, and so are the ones already there
        (made by an older Muragat, or copied in)."""
        os.umask(0o077)
        folder = ensure_data_dir(self.data_dir)
        if self._in_use is None:
            self._in_use = in_use.share(folder)
        if not self._private:
            self._private = True
            from index.wipe import planned

            ours = [path for paths in planned(folder).values() for path in paths]
            # the folder itself only when nothing but ours is in it (not a --data-dir the
            # user shares with their own files)
            if {p.name for p in folder.iterdir()} <= {p.name for p in ours}:
                ours.append(folder)
            make_private(ours)
            if self.key is not None:
                from index.vault.convert import CONVERTING, finish

                if (folder / CONVERTING).exists():  # a conversion cut short: finished first,
                    in_use.release(self._in_use)  # with the folder to itself
                    self._in_use = None
                    finish(folder)
                    self._in_use = in_use.share(folder)
        return folder

    # -- the stores, opened on first use ------------------------------------------------------

    @property
    def archive(self) -> Archive:
        """The current archive snapshot: never changed in place, replaced whole on a change.

        After `open_stepwise`, the thread that called it gets the bundled archive alone until
        `finish_loading` swaps in everything; any other thread (the writer, searches,
        exports) waits for everything and never sees a partial archive."""
        archive = self._archive
        if self._partial_for is not None and threading.current_thread() is not self._partial_for:
            return self.finish_loading()
        if archive is None:
            with self._open_lock:
                if self._archive is None:
                    self._recover_interrupted()
                    self._archive = open_archive(self.data_dir, self._document_store())
                archive = self._archive
        return archive

    def _recover_interrupted(self) -> None:
        """Finish or undo a bundle swap a crash interrupted. Only when ``bundles/`` changed
        since the store last matched it: every swap changes that folder, and the store notes
        the folder's state only once a change is complete, so an unchanged folder holds no
        interrupted swap (and is not listed: ten thousand entries)."""
        if not self.data_dir.is_dir():
            return
        store = self._document_store()
        if store is not None and store.folders == folder_state(self.data_dir / USER_BUNDLES):
            return
        from index.imports.importer import recover_interrupted

        try:
            recover_interrupted(self.data_dir)
        except OSError as exc:  # a read-only folder: load what is there
            log.warning("could not finish an interrupted import: %s", exc)

    def _document_store(self, create: bool = False) -> DocumentStore | None:
        """The store of the user's bundles (`index.archive.store`): None while there is nothing
        to store and ``create`` is not asked; in memory when the data folder is read-only."""
        if self._documents is None:
            path = self.data_dir / STORE_FILE
            users = self.data_dir / USER_BUNDLES
            if not (create or path.exists() or users.is_dir()):
                return None
            writable = os.access(self.data_dir, os.W_OK) and (
                not path.exists() or os.access(path, os.W_OK)
            )
            if not writable:
                log.info("read-only data folder: the user's bundles are read into memory")
            self._documents = DocumentStore(path if writable else None, users)
        return self._documents

    def open_stepwise(self) -> Archive:
        """Load the bundled archive only, for this thread to show at once; `finish_loading`
        (on another thread) loads the user's bundles. Nothing here grows with the archive.
        Does nothing when the archive is loaded already."""
        with self._open_lock:
            if self._archive is None:
                self._archive = load_archive(self.data_dir, users=False)
                self._partial_for = threading.current_thread()
        return self._archive

    @property
    def loading(self) -> bool:
        """The user's bundles are still being loaded (see `open_stepwise`)."""
        return self._partial_for is not None

    def finish_loading(self, progress: Progress | None = None) -> Archive:
        """Load every bundle (after `open_stepwise`) with the writer lock held, swap the whole
        archive in, check the notes' anchors against it, and tell the listeners. Returns the
        whole archive; at once when it is loaded already."""
        changed = None
        with self._lock:
            if self._partial_for is not None:
                self._recover_interrupted()
                full = open_archive(self.data_dir, self._document_store(), progress=progress)
                self._archive = full  # one assignment: the window sees the old one or this
                self._partial_for = None
                changed = Changed(loaded=True)
                store = self._store
                if store is not None and not store.read_only:  # opened meanwhile, unchecked
                    self._check_anchors(store, changed=changed.notes)
                    self._update_index_for(changed)
            archive = self._archive
        if changed is not None:
            for listener in list(self._listeners):
                listener(changed)
        assert archive is not None
        return archive

    @property
    def _notes(self) -> NotesStore:
        store = self._store
        if store is None:
            with self._lock:
                if self._store is None:
                    try:
                        self.ensure_writable()
                        opened = NotesStore(self.data_dir / NOTES_DB, self.data_dir / "backups")
                    except KnownError as exc:
                        self.read_only = exc.message
                        log.info("opening read-only: %s", exc)
                        opened = NotesStore(self.data_dir / NOTES_DB, read_only=True)
                    if not opened.read_only and self._partial_for is None:
                        # (while the archive loads, `finish_loading` checks the anchors)
                        self._check_anchors(opened)
                    moved = any(n for k, n in self.anchor_report.items() if k != "ok")
                    if moved or opened.messages:  # notes changed outside a change
                        if opened.read_only:  # a folder only read is not written: this
                            self._mark_stale = True  # session syncs in full instead
                        else:
                            sync_mark.forget(self.data_dir / INDEX_DIR)
                    self._store = opened
                store = self._store
        return store

    def read_only_message(self) -> Message:
        return Message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing can be saved: {problem}. Every note can still be read, searched and "
                "exported; make the folder writable (or free some space) and start Muragat "
                "again to save.",
            ),
            problem=self.read_only,
        )

    @property
    def notes(self) -> NotesView:
        """Read the notes (every change goes through `apply`)."""
        return NotesView(self._notes)

    @property
    def search(self) -> SearchEngine:
        """The search engine over the archive and the notes, created on first use (Whoosh
        loads here, not at start-up); `update_index` fills it."""
        engine = self._search
        if engine is None:
            self._notes  # noqa: B018 (opened first, outside the lock: it decides read-only)
            with self._open_lock:
                if self._search is None:
                    from index.search.engine import SearchEngine
                    from index.search.index_folder import META_FILE

                    folder, seed = self.data_dir / INDEX_DIR, PREBUILT_INDEX
                    if self.read_only is None:
                        try:
                            self.ensure_writable()
                        except KnownError as exc:
                            self.read_only = exc.message
                    in_memory = self.read_only is not None and self.index_key is None
                    # read-only: the index on disk (or the prebuilt one) is read where it
                    # is, and what a sync changes is kept in memory; in a vault, sealed
                    # copies are kept in a private temporary folder, removed at close
                    if self.read_only is not None and not in_memory:
                        import tempfile

                        self._index_scratch = Path(tempfile.mkdtemp(prefix="muragat-index-"))
                        from index.vault.session import include

                        include(self._index_scratch)
                        if (folder / META_FILE).is_file():
                            seed = folder
                        folder = self._index_scratch / INDEX_DIR
                    self._search = SearchEngine(
                        folder,
                        [self._archive_items, self._note_items],
                        size_hint=lambda: (
                            self.archive.paragraph_count() + len(self.archive.cases)
                        ),
                        seed=seed,
                        lock=self._lock,
                        key=self.index_key,
                        in_memory=in_memory,
                    )
                engine = self._search
        return engine

    def _archive_items(self) -> Iterable[IndexItem]:
        from index.search.items import archive_items

        return archive_items(self.archive, self._notes.target_tags())

    def _note_items(self) -> Iterable[IndexItem]:
        return note_items(self._notes, self.archive)

    # -- reading ------------------------------------------------------------------------------

    def list_notes(self, tag: str | None = None, target_id: str | None = None) -> list[Note]:
        return self._notes.notes(tag=tag, target_id=target_id)

    def note(self, note_id: str) -> Note:
        return self._notes.get(note_id)

    def target_tags(self) -> dict[str, list[str]]:
        """Tags on paragraphs and case records: target id → tags."""
        return self._notes.target_tags()

    def tag_counts(self) -> dict[str, dict[str, int]]:
        return self._notes.tag_counts()

    def note_listing(self, flt: NoteFilter, ids: Iterable[str] | None = None) -> list[NoteKey]:
        """The notes ``flt`` lets through (of ``ids`` only), with what they sort by (see
        `index.notes.listing`): the window's notes list, in no order."""
        return self._notes.listing(flt, ids)

    def note_rows(self, ids: Iterable[str]) -> list[NoteRow]:
        """What a row of the notes list shows, for these notes (those that exist)."""
        return self._notes.rows(ids)

    def note_highlights(self, ids: Iterable[str] | None = None) -> dict[str, tuple]:
        """Note id → (paragraph, start, end, colour) of the passages highlighted (of ``ids``)."""
        return self._notes.highlights(ids)

    def note_documents(self) -> dict[str, int]:
        """Document id → how many notes are on it."""
        return self._notes.document_counts()

    def store_messages(self) -> list[str]:
        """What opening the notes store had to say (a damaged database restored, say)."""
        return list(self._notes.messages)

    def untold_store_messages(self) -> list[str]:
        """`store_messages` not yet handed out by this call (each is said once); nothing when
        the store was never opened."""
        if self._store is None:
            return []
        said = self._store.messages
        if self.read_only is not None:
            said = [self.read_only_message(), *said]
        told = getattr(self, "_told", 0)
        self._told = len(said)
        return list(said[told:])

    @property
    def index_ready(self) -> bool:
        """The search index has been filled (by `update_index`) since it was opened."""
        return self._search is not None and self._search.ready

    def find(self, text: str, **options) -> SearchResult:
        """Search (see `SearchEngine.search`); safe from any thread. The first search of a
        session brings the index up to date the way `update_index` does (quickly, when
        nothing changed since the last sync)."""
        if not self.index_ready:
            self.update_index(trust_mark=True)
        return self.search.search(text, **options)

    def verify_index(self) -> str | None:
        """Read the whole search index (every document and posting list); why it is damaged,
        or None. `muragat index` asks this, so "up to date" is the truth."""
        return self.search.store.verify()

    def update_index(
        self, progress: Progress | None = None, rebuild: bool = False, trust_mark: bool = False
    ) -> SyncReport:
        """Open the search index and bring it up to date with everything (or rebuild it).

        ``trust_mark`` (the window's start, a first search): when the index holds what the
        last full sync left and nothing changed since (see `index.sync_mark`), it is opened
        and not read through, so a start costs the same with ten thousand imported documents
        as with none. Without it (``muragat index``) every item is compared."""
        from index.search.index_folder import SyncReport

        engine = self.search
        with self._lock:
            opened = None
            if trust_mark and not rebuild and not engine.ready and not self._mark_stale:
                mark = self._fingerprint()
                folder = engine.store.folder
                if sync_mark.read(folder) == mark:
                    opened = engine.store.open()  # checked; rebuilt when damaged
                    if opened is None and sync_mark.read(folder) == mark:
                        journal = sync_mark.pending(folder)
                        report = SyncReport(reason="unchanged since the last sync")
                        engine.trust(report)
                        self._synced = mark
                        if any(journal.values()):  # changes made where no index was open
                            report.added, report.removed = self._update_index_for(
                                Changed(
                                    notes=set(journal["notes"]),
                                    targets=set(journal["targets"]),
                                    bundles=set(journal["bundles"]),
                                    gone_items=set(journal["gone"]),
                                )
                            )
                            if self.read_only is None:
                                sync_mark.write(folder, mark)
                            report.reason = "changes since the last sync taken in"
                        return report
            if progress is None:
                report = engine.rebuild() if rebuild else engine.ensure()
            else:
                report = engine.rebuild(progress) if rebuild else engine.ensure(progress)
            if opened:  # found damaged (and reset) while checking the mark
                report.rebuilt, report.reason = True, opened
            self._synced = self._fingerprint()
            if self.read_only is None:  # (read-only: the folder is read, never written)
                sync_mark.write(engine.store.folder, self._synced)
        return report

    def _fingerprint(self) -> str:
        from index.search import SCHEMA_VERSION

        return self.archive.fingerprint(SCHEMA_VERSION)

    def _check_anchors(
        self, store: NotesStore, full: bool = False, changed: set[str] | None = None
    ) -> None:
        """Check every note's anchor against the archive, unless they were checked against
        this very archive already (`ANCHORS_MARK`): a start with ten thousand notes and an
        unchanged archive reads none of them."""
        if not full and not store.messages and self._anchors_current():
            return
        self.anchor_report = reanchor(store, self.archive, changed)
        self._anchors_checked(self.archive.fingerprint("anchors"))

    def _anchors_current(self) -> bool:
        try:
            mark = read_data(self.data_dir / ANCHORS_MARK).decode("ascii")
        except (OSError, UnicodeError, KnownError):  # missing, or sealed by another key
            return False
        return mark == self.archive.fingerprint("anchors")

    def _anchors_checked(self, mark: str) -> None:
        mark_file = self.data_dir / ANCHORS_MARK
        try:
            from index.fileio import write_atomic

            write_atomic(mark_file, mark.encode("ascii"))
        except (OSError, KnownError) as exc:  # checked again next time: slower, never wrong
            log.warning("could not note that the anchors were checked: %s", exc)

    # -- changing: one door -------------------------------------------------------------------

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changed)`` after every change (on the thread that applied it).
        Returns a function that stops listening."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def apply(self, change: Change) -> Changed:
        """Apply one change with the one writer; update the index for exactly what it
        touched; tell the listeners. Returns what changed (``.result`` is the change's
        answer: the stored note, an import report…)."""
        with self._lock:
            if self._notes.read_only:
                raise KnownError(self.read_only_message())
            # the archive before the change, for the journal of an index not open here
            before = self._fingerprint() if self._search is None or not self._search.ready else None
            changed = change.run(self)
            self._update_index_for(changed, before)
            self._journal(changed, change.reloads)
        for listener in list(self._listeners):
            listener(changed)
        return changed

    # -- other processes' changes (`index.live`) -------------------------------------------------

    def _journal(self, changed: Changed, everything: bool = False) -> None:
        """Tell other processes on this folder what the change touched (the journal in the
        notes database), and whether this process's index took it in already."""
        from index.live import encode

        touched = changed.notes or changed.targets or changed.bundles or changed.gone_items
        if not (touched or everything):
            return
        engine = self._search
        indexed = engine is not None and engine.ready and not engine.store.in_memory
        try:
            self._notes.journal(self.writer, indexed, encode(changed, everything))
        except (KnownError, OSError, sqlite3.Error) as exc:  # others refresh later: never a loss
            log.warning("could not journal a change for other windows: %s", exc)

    def read_journal(
        self, after: int | None, seen: int | None, since: str = ""
    ) -> tuple[int, list | None] | None:
        """For `index.live`: the notes database's data version and the journal's rows from
        row ``after`` on, or made ``since`` (`NotesStore.journal_rows`), or None for the rows
        while the version is still ``seen``. None when there is nothing to follow: closed,
        the notes not opened yet, or opened read-only (a copy, which nobody changes)."""
        with self._journal_lock:  # not the writer's: a look never waits for a sync
            store = self._store
            if self.closed or store is None or store.read_only:
                return None
            version = store.journal_version()
            if version == seen:
                return version, None
            return version, store.journal_rows(after, since)

    def take_in(self, changed: Changed, indexed: bool, lost: bool = False) -> bool:
        """Another process on this folder changed what ``changed`` names (`index.live`):
        its notes, tags and documents are read from the shared stores already; the search
        index catches up (`catch_up`), then the listeners hear of it, as of a change made
        here. ``indexed``: that process wrote it to the index itself. ``lost``: the journal
        lost track (more changes than it keeps, a restored backup), so anything may have
        changed. False when this core is closed."""
        if self.closed:
            return False
        archive = self._archive
        if changed.documents and archive is not None and archive.store is None:
            with self._open_lock:  # the first import, made elsewhere
                if archive.store is None:
                    archive.store = self._document_store()
        with self._others_lock:
            behind = self._others
            behind.notes |= changed.notes if not indexed else set()
            behind.targets |= changed.targets if not indexed else set()
            behind.bundles |= changed.bundles if not indexed else set()
            behind.gone_items |= changed.gone_items if not indexed else set()
            behind.loaded = behind.loaded or lost
            behind.result = True  # the searchers are to be renewed
        self.catch_up()
        for listener in list(self._listeners):
            listener(changed)
        return True

    def catch_up(self) -> None:
        """Bring the search index up to date with what other processes changed (`take_in`):
        renew its searchers, which then see what those processes wrote to it; index what
        they did not (a command has no index open); after a lost journal, have the next
        start sync in full. Never waits for the writer: while it is busy (an index being
        built, an import) this is left for the next call (`index.live` calls it each look)."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            engine = self._search
            if self.closed or engine is None or not engine.ready:
                if engine is None or self.closed:  # the sync that opens it sees everything
                    with self._others_lock:
                        self._others = Changed()
                return
            with self._others_lock:
                behind, self._others = self._others, Changed()
            if not behind.result:
                return
            engine.store.refresh()
            if behind.loaded:
                if self.read_only is None:
                    sync_mark.forget(engine.store.folder)
            elif behind.notes or behind.targets or behind.bundles or behind.gone_items:
                try:
                    self._update_index_for(behind)
                except KnownError as exc:  # the index busy with another Muragat's sync
                    log.warning("could not index another process's change: %s", exc)
            mark = self._fingerprint()
            if sync_mark.read(engine.store.folder) == mark:
                self._synced = mark  # the index's mark follows this archive again
        finally:
            self._lock.release()

    # used by changes, with the writer lock held ----------------------------------------------

    @property
    def store(self) -> NotesStore:
        """The notes store itself, for changes running inside `apply`."""
        if not self._lock._is_owned():  # type: ignore[attr-defined]
            raise RuntimeError("the notes store is written only inside Core.apply")
        return self._notes

    def documents_changed(
        self, changed: Changed, foreign: bool = False, made: dict | None = None
    ) -> Archive:
        """The bundles in ``changed.bundles`` were added, updated or removed on disk (or, with
        ``foreign``, the keys that decide which editions open changed): bring the store in step
        for those, re-anchor the notes on them. ``changed`` gains every bundle touched and the
        ids they held before. ``made``: bundles the change made, by id, taken as they are
        (`index.imports.importer.ImportReport.bundles`). Returns the archive."""
        archive = self.archive
        if archive.store is None:
            archive.store = self._document_store(create=True)
        current = self._anchors_current()
        done = reconcile(archive, self.data_dir, changed.bundles, foreign=foreign, made=made)
        changed.bundles |= done.bundles
        changed.gone_items |= done.gone
        if current:
            new_ids = {i for b in done.bundles for i in archive.store.item_ids(b)}
            notes = self._notes.notes_touching(done.bundles, done.gone | new_ids)
            self.anchor_report = reanchor(self._notes, archive, changed.notes, notes)
            self._anchors_checked(archive.fingerprint("anchors"))
        else:
            self._check_anchors(self._notes, full=True, changed=changed.notes)
        return archive

    def reanchor(self, changed: Changed) -> None:
        """Check the notes' anchors against the current snapshot (after the notes changed
        wholesale, as a restored backup does)."""
        self._check_anchors(self._notes, full=True, changed=changed.notes)

    def backups(self) -> list:
        """The notes database's backups, oldest first (`index.notes.db.Backup`)."""
        return self._notes.list_backups()

    def _update_index_for(self, changed: Changed, before: str | None = None) -> tuple[int, int]:
        """Re-index what ``changed`` touched; (items written, items removed)."""
        engine = self._search
        store = self._notes
        touched = changed.notes or changed.targets or changed.bundles or changed.gone_items
        if touched and (engine is None or not engine.ready):
            # the index misses this change: the next process to open it takes in these ids
            journal = {
                "notes": changed.notes,
                "targets": changed.targets,
                "bundles": changed.bundles,
                "gone": changed.gone_items,
            }
            folder = self.data_dir / INDEX_DIR
            if before is None or not sync_mark.defer(folder, before, self._fingerprint(), journal):
                sync_mark.forget(folder)
        if engine is None or not engine.ready:
            # not built in this session: the sync that builds it sees every change. But a
            # deleted note leaves the index on disk at once (its text is private, and stays
            # in the files until the segments are rewritten).
            gone_notes = [f"note:{i}" for i in changed.notes if not store.notes_by_id([i])]
            if gone_notes and (self.data_dir / INDEX_DIR).is_dir():
                index_folder = self.search.store
                index_folder.open()
                index_folder.update([], gone_notes, purge=True)
            return 0, 0
        from index.search.items import case_item, paragraph_item

        archive = self.archive
        items: list[IndexItem] = []
        gone: set[str] = set()
        for note_id in changed.notes:
            found = store.notes_by_id([note_id])
            if found:
                items.append(note_item(found[0], archive))
            else:
                gone.add(f"note:{note_id}")
        targets = set(changed.targets)
        for bundle_id in changed.bundles:
            bundle = archive.bundle(bundle_id)
            if bundle:
                targets.update(p.id for d in bundle.documents for p in d.paragraphs)
                targets.update(c.id for c in bundle.cases)
        tags = store.target_tags_of(targets) if targets else {}
        for ident in targets:
            para, record = archive.paragraph(ident), archive.case(ident)
            if para:
                items.append(paragraph_item(archive, para, tags.get(ident, ())))
            elif record:
                items.append(case_item(archive, record, tags.get(ident, ())))
            else:
                gone.add(ident)
        gone |= changed.gone_items
        gone -= {item.id for item in items}
        if items or gone:
            purge = any(ident.startswith("note:") for ident in gone)
            engine.store.update(items, gone, purge=purge)
        mark = engine.store.folder
        if changed.bundles and self._synced and sync_mark.read(mark) == self._synced:
            # taken in: the mark follows the archive (unless another process removed it)
            self._synced = self._fingerprint()
            sync_mark.write(mark, self._synced, sync_mark.pending(mark))  # others' journal kept
        return len(items), len(gone)

    # -- shortcuts for the common changes (each is one `apply`) --------------------------------

    def add_note(self, note: Note) -> Note:
        from index.changes import AddNote

        return self.apply(AddNote(note)).result

    def update_note(self, note_id: str, **changes) -> Note:
        from index.changes import UpdateNote

        return self.apply(UpdateNote(note_id, changes)).result

    def delete_note(self, note_id: str) -> Note:
        from index.changes import DeleteNote

        return self.apply(DeleteNote(note_id)).result

    def import_paths(
        self,
        paths,
        progress=None,
        tags: Iterable[str] = (),
        encoding: str | None = None,
        ocr_languages: str | None = None,
    ):
        """Import files and folders (see `index.changes.ImportDocuments`). ``encoding``
        overrides detection for text files (and re-reads them if it differs);
        ``ocr_languages`` ("rus+kaz+eng", the default) are the languages scans are read in."""
        from index.changes import ImportDocuments

        change = ImportDocuments(list(paths), tuple(tags), progress, encoding, ocr_languages)
        return self.apply(change).result

    def remove_document(self, bundle_id: str, delete_notes: bool = False) -> int:
        from index.changes import RemoveDocument

        return self.apply(RemoveDocument(bundle_id, delete_notes)).result

    def close(self) -> None:
        """Close the stores and the search index (its searchers, and a sealed index's
        decrypted chunks: the vault locks with this)."""
        with self._lock, self._journal_lock:
            self.closed = True
            if self._search is not None:
                self._search.store.close()
            if self._store is not None:
                self._store.close()
            if self._documents is not None:
                self._documents.close()
            if self._index_scratch is not None:
                import shutil

                shutil.rmtree(self._index_scratch, ignore_errors=True)
            in_use.release(self._in_use)
            self._in_use = None
