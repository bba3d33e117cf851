"""The notes and tags store: one writer connection behind a lock, a reader per thread.

Every change is one transaction with ``synchronous=FULL`` in WAL mode, checkpointed into the main
file straight after: when a call returns, the note is on disk in the database itself (not only in
the write-ahead log, where damage would silently drop it), and a killed process loses at most the
change in flight. Opening runs `salvage.inspect` first; damage is recovered (`db.recover`) and
said in ``messages``.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

from index import sqldb
from index.errors import QT_TRANSLATE_NOOP, KnownError, NotFound
from index.notes import db, in_memory, salvage
from index.notes.listing import LEAD_CHARS, ROW_BODY_CHARS, NoteFilter, NoteKey, NoteRow
from index.notes.model import COLORS, TARGET_KINDS, Note
from index.notes.tags import normalize_tag, within_sql
from index.sqldb import sqlite3

log = logging.getLogger(__name__)

MAX_SQLITE_PATH = 512
NOTE_COLUMNS = [f.name for f in fields(Note) if f.name != "tags"]
IN_CHUNK = 500
JOURNAL_KEPT = 1000
"""Rows of the change journal kept: a follower further behind than this refreshes everything."""
"""Ids per ``IN (…)`` list (SQLite's limit on bound values is 999 in older builds)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def made_now() -> str:
    """When a journal row is made: UTC to the microsecond, in a form that sorts as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _check_new(note: Note) -> None:
    """Refuse a note whose target kind or colour the store does not know."""
    if note.target_kind not in TARGET_KINDS:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "unknown target kind {target_kind!r}"),
            target_kind=note.target_kind,
        )
    if note.color not in COLORS:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "unknown colour {color!r}; choose one of {choices}"),
            color=note.color,
            choices=", ".join(COLORS),
        )


@contextmanager
def _folder_lock(folder: Path, alone: bool = False) -> Iterator[None]:
    """The data folder's lock while the notes database is checked, created and migrated
    (``alone``), or while this process writes to it — a save and its checkpoint, which grows
    the main file (shared). Two processes opening a new data folder at once would otherwise
    take the file the other is making (0 bytes, a schema half written, a file a checkpoint is
    growing) for a damaged one, or both create the schema. (``flock`` on the folder itself:
    no file of its own, and apart from SQLite's ``fcntl`` locks. Where there is no ``fcntl`` —
    Windows — nothing is locked.)"""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # the opening says what is wrong with the folder
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


class NotesStore:
    def __init__(self, path: Path, backups: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.backups = backups or path.parent / "backups"
        self.messages: list[str] = []
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        """Every thread's reading connection, so that `close` closes them all."""
        self._readers_lock = threading.Lock()
        self._last_backup: datetime | None = None
        """When this session last made (or considered) a backup; None before its first write."""
        self._dirty = False
        """Changed since this session's last backup."""
        self.read_only = read_only
        self._scratch: Path | None = None
        self._read_path = path
        self._image: bytes | None = None
        """Read-only mode: the database, read into memory (`in_memory`)."""
        if read_only:
            self._open_read_only()
            return
        if len(os.fsencode(str(path.absolute()))) + len("-journal") > MAX_SQLITE_PATH:
            # SQLite's own limit (SQLITE_MAX_PATHNAME): the store then opens read-only, from
            # a copy at a short path, with every note readable (see `Core`)
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the data folder's path is too long for the notes database ({count} "
                    "bytes; SQLite opens at most {MAX_SQLITE_PATH}); choose a data folder "
                    "with a shorter path",
                ),
                count=len(os.fsencode(str(path.absolute()))),
                MAX_SQLITE_PATH=MAX_SQLITE_PATH,
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with _folder_lock(path.parent, alone=True):
                if path.exists() or Path(f"{path}-wal").exists():
                    problems = salvage.inspect(path)
                    if problems and self._being_created(path):
                        problems = []  # another Muragat is creating this database right now
                    if problems:
                        self.messages.append(db.recover(path, self.backups, problems))
                        log.info(self.messages[-1])  # said once, by whoever shows ``messages``
                self._writer = db.connect(path)
                db.migrate(self._writer)
        except sqlite3.Error as exc:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "cannot open the notes database {path}: {reason}"),
                path=path,
                reason=exc,
            ) from exc
        except OSError as exc:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "cannot open the notes database {path}: {reason}"),
                path=path,
                reason=exc.strerror,
            ) from exc

    def _being_created(self, path: Path) -> bool:
        """An empty file, no write-ahead log and no backup: a database that another process
        has just created and not yet written (SQLite makes the file before its first page),
        not one that lost its notes."""
        try:
            empty = path.stat().st_size == 0
        except OSError:
            return False
        wal = Path(f"{path}-wal")
        return empty and not (wal.exists() and wal.stat().st_size) and not db.backups(self.backups)

    def _open_read_only(self) -> None:
        """Open for reading only (the data folder cannot be written): the database and the
        saves still only in its WAL are read into memory (`in_memory`), so nothing of the
        notes is written anywhere — SQLite needs to write nothing beside the user's files,
        and no copy is left in the system's temporary folder by a killed process. Damage is
        reported, and what can be read is shown: salvaged from a copy in a private temporary
        folder that is removed as soon as the salvage is read into memory. In a vault the
        copies stay encrypted (read with its key) and are read in place of the files."""
        self._writer = None
        try:
            if sqldb.key_of(self.path) is not None:
                self._read_path = self._private_copy(keep=True)
                return
            image = in_memory.committed_image(self.path)
            wal = salvage.read_wal(Path(f"{self.path}-wal"))
            if in_memory.problem(image) or (wal and (wal.header_bad or wal.dropped_commits)):
                image = self._salvaged_image()
            conn = in_memory.connect(image)
            try:
                db.migrate(conn)
                conn.execute("PRAGMA query_only = ON")
                self._image = conn.serialize()
            finally:
                conn.close()
        except (OSError, sqlite3.Error, in_memory.Error) as exc:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "cannot read the notes database {path}: {reason}"),
                path=self.path,
                reason=exc,
            ) from exc

    def _private_copy(self, keep: bool) -> Path:
        """A copy of the database and its WAL in a private temporary folder, salvaged when
        `salvage.inspect` finds it damaged; kept until `close` when ``keep``."""
        import shutil
        import tempfile

        from index.vault.session import include

        self._scratch = Path(tempfile.mkdtemp(prefix="muragat-readonly-"))
        include(self._scratch)  # in a vault: the copies stay encrypted, read with its key
        copy = self._scratch / "notes.sqlite3"
        try:
            if self.path.exists():
                shutil.copyfile(self.path, copy)
                wal = Path(f"{self.path}-wal")
                if wal.exists():
                    shutil.copyfile(wal, Path(f"{copy}-wal"))
                problems = salvage.inspect(copy)
                if problems:
                    self.messages.append(
                        db.recover(copy, self.backups, problems).replace(
                            "It was kept as", "Nothing was changed on disk; the file is"
                        )
                    )
            conn = db.connect(copy)
            try:
                db.migrate(conn)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()
        except BaseException:
            if not keep:
                shutil.rmtree(self._scratch, ignore_errors=True)
                self._scratch = None
            raise
        return copy

    def _salvaged_image(self) -> bytes:
        """What salvage recovers of a damaged database, as an image (its copy removed)."""
        import shutil

        copy = self._private_copy(keep=False)
        try:
            return in_memory.committed_image(copy)
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)
            self._scratch = None

    def close(self) -> None:
        with self._lock:
            if self._writer is not None:
                with _folder_lock(self.path.parent):  # closing checkpoints (`_folder_lock`)
                    if self._dirty:
                        self._backup()
                    self._writer.close()
            with self._readers_lock:
                for conn in self._readers:
                    conn.close()
                self._readers.clear()
                self._local = threading.local()
            if self._scratch is not None:
                import shutil

                shutil.rmtree(self._scratch, ignore_errors=True)

    # -- plumbing ---------------------------------------------------------------------------

    def _reader(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._image is not None:
                conn = in_memory.connect(self._image)
                conn.execute("PRAGMA query_only = ON")
            else:
                conn = db.connect(self._read_path)
            self._local.conn = conn
            # SQLite's lower() and LIKE fold ASCII only: the notes list's text filter folds
            # every script ("Жыланбаев" finds "жыланбаев")
            conn.create_function("muragat_fold", 1, _fold, deterministic=True)
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    def _after_write(self) -> None:
        """A change was committed: checkpoint it into the main file, then back up when this
        session has not yet, or not for `db.BACKUP_EVERY`."""
        self._dirty = True
        try:
            self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error as exc:  # readers busy: the next write's checkpoint catches up
            log.info("checkpoint postponed: %s", exc)
        last = self._last_backup
        if last is None or datetime.now(UTC) - last >= db.BACKUP_EVERY:
            self._backup()

    def _backup(self) -> None:
        self._last_backup = datetime.now(UTC)
        try:
            made = db.backup(self._writer, self.path, self.backups)
        except (OSError, sqlite3.Error) as exc:  # a missing backup must not stop the save
            log.warning("could not back up the notes database to %s: %s", self.backups, exc)
        else:
            self._dirty = False
            if made:
                log.info("notes backed up to %s", made.name)

    def list_backups(self) -> list[db.Backup]:
        return db.backups(self.backups)

    def restore_backup(self, name: str) -> Path | None:
        """Replace the notes with a backup's (by file name). The notes as they were are
        backed up first; returns that backup (None if there were no notes)."""
        chosen = next((b for b in db.backups(self.backups) if b.name == name), None)
        if chosen is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Errors", "no backup named {name!r} (muragat notes restore-backup lists them)"
                ),
                name=name,
            )
        problem = chosen.verify()
        if problem:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the backup {name} cannot be trusted ({problem}); choose another"
                ),
                name=name,
                problem=problem,
            )
        with self._lock, _folder_lock(self.path.parent):  # writes (`_folder_lock`)
            copy = sqldb.connect(":memory:")
            try:
                source = sqldb.connect(chosen.path)
                try:
                    source.backup(copy)
                finally:
                    source.close()
                kept = db.backup(self._writer, self.path, self.backups, force=True)
                copy.backup(self._writer)
            finally:
                copy.close()
            db.migrate(self._writer)
            self._after_write()
        return kept

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._writer is None:
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the notes are open read-only: nothing can be saved"
                    )
                )
            with _folder_lock(self.path.parent):  # (see `_folder_lock`)
                yield from self._write_locked()

    def _write_locked(self) -> Iterator[sqlite3.Connection]:
        conn = self._writer
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "could not save: {reason}"), reason=exc
            ) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:  # disk full, a read-only file: say so
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "could not save: {reason} — nothing was changed"),
                reason=exc,
            ) from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self._after_write()

    # -- the change journal (`index.live`) -------------------------------------------------

    def journal(self, writer: str, indexed: bool, ids: str) -> int:
        """Append what one change touched (``ids``, JSON) to the journal other processes
        follow, and drop the rows older than the newest `JOURNAL_KEPT`. Its own transaction,
        after the change's: not synced to the disk (a row lost in a crash costs a window a
        live refresh, never a note), nor checkpointed (the next save's checkpoint takes it).
        Returns the row's number."""
        with self._lock:
            conn = self._writer
            if conn is None:
                return 0
            with _folder_lock(self.path.parent):
                conn.execute("PRAGMA synchronous = NORMAL")
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    try:
                        seq = conn.execute(
                            "INSERT INTO changes (writer, made, indexed, ids) VALUES (?, ?, ?, ?)",
                            (writer, made_now(), int(indexed), ids),
                        ).lastrowid
                        conn.execute("DELETE FROM changes WHERE seq <= ?", (seq - JOURNAL_KEPT,))
                        conn.execute("COMMIT")
                    except BaseException:
                        if conn.in_transaction:
                            conn.execute("ROLLBACK")
                        raise
                finally:
                    conn.execute("PRAGMA synchronous = FULL")
        return seq

    def journal_version(self) -> int:
        """SQLite's ``data_version`` on this thread's reader: it changes when another
        connection (this process's writer, or another process) commits."""
        return self._reader().execute("PRAGMA data_version").fetchone()[0]

    def journal_rows(
        self, after: int | None, since: str = ""
    ) -> list[tuple[int, str, str, bool, str]]:
        """The journal's rows (seq, writer, made, indexed, ids) from row ``after`` on (that
        row included, so the caller can tell it is still the one it saw), oldest first; with
        ``after`` None, those made at or after ``since`` (an ISO time) and the one before
        them."""
        conn = self._reader()
        if after is None:
            after = conn.execute(
                "SELECT coalesce(max(seq), 0) FROM changes WHERE made < ?", (since,)
            ).fetchone()[0]
        rows = conn.execute(
            "SELECT seq, writer, made, indexed, ids FROM changes WHERE seq >= ? ORDER BY seq",
            (after,),
        ).fetchall()
        return [(r[0], r[1], r[2], bool(r[3]), r[4]) for r in rows]

    def _tag_id(self, conn: sqlite3.Connection, name: str) -> int:
        name = normalize_tag(name)
        row = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        return conn.execute("INSERT INTO tags(name) VALUES (?)", (name,)).lastrowid

    def _row_to_note(self, row: sqlite3.Row, conn: sqlite3.Connection) -> Note:
        tags = conn.execute(
            "SELECT t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id "
            "WHERE nt.note_id = ? ORDER BY t.name",
            (row["id"],),
        ).fetchall()
        return self._note(row, [r[0] for r in tags])

    @staticmethod
    def _note(row: sqlite3.Row, tags: list[str]) -> Note:
        data = {k: row[k] for k in NOTE_COLUMNS}
        data["private"] = bool(data["private"])
        data["orphan"] = bool(data["orphan"])
        return Note(**data, tags=tags)

    # -- notes ------------------------------------------------------------------------------

    def add(self, note: Note) -> Note:
        _check_new(note)
        note.id = note.id or uuid.uuid4().hex[:12]
        note.created = note.created or now()
        note.modified = note.modified or note.created
        values = {k: getattr(note, k) for k in NOTE_COLUMNS}
        cols = ", ".join(f'"{k}"' for k in values)
        marks = ", ".join("?" for _ in values)
        with self._write() as conn:
            conn.execute(f"INSERT INTO notes ({cols}) VALUES ({marks})", list(values.values()))
            self._set_note_tags(conn, note.id, note.tags)
        return self.get(note.id)

    def import_batch(
        self,
        adds: list[Note],
        updates: list[tuple[str, Note]],
        target_tags: Iterable[tuple[str, str]] = (),
    ) -> tuple[list[str], list[str]]:
        """Add notes, replace notes (id, new content: its own ``modified`` is kept) and tag
        targets, all in one transaction: all of it is stored, or none. Returns the ids
        (added, updated)."""
        for note in adds:
            _check_new(note)
        added, updated = [], []
        with self._write() as conn:
            for note in adds:
                note.id = note.id or uuid.uuid4().hex[:12]
                note.created = note.created or now()
                note.modified = note.modified or note.created
                values = {k: getattr(note, k) for k in NOTE_COLUMNS}
                cols = ", ".join(f'"{k}"' for k in values)
                marks = ", ".join("?" for _ in values)
                conn.execute(f"INSERT INTO notes ({cols}) VALUES ({marks})", list(values.values()))
                self._set_note_tags(conn, note.id, note.tags, drop=False)
                added.append(note.id)
            for note_id, note in updates:
                values = {
                    k: getattr(note, k)
                    for k in NOTE_COLUMNS
                    if k not in ("id", "created", "external_id")
                }
                sets = ", ".join(f'"{k}" = ?' for k in values)
                conn.execute(f"UPDATE notes SET {sets} WHERE id = ?", [*values.values(), note_id])
                self._set_note_tags(conn, note_id, note.tags, drop=False)
                updated.append(note_id)
            for target, tag in target_tags:
                conn.execute(
                    "INSERT OR IGNORE INTO target_tags VALUES (?, ?)",
                    (target, self._tag_id(conn, tag)),
                )
            self._drop_unused_tags(conn)
        return added, updated

    def _set_note_tags(
        self, conn: sqlite3.Connection, note_id: str, tags: Iterable[str], drop: bool = True
    ) -> None:
        """Give a note these tags; ``drop`` the tags no longer used (a batch does it once at
        its end: each drop reads every tag link)."""
        conn.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
        for tag in tags:
            conn.execute(
                "INSERT OR IGNORE INTO note_tags VALUES (?, ?)", (note_id, self._tag_id(conn, tag))
            )
        if drop:
            self._drop_unused_tags(conn)

    @staticmethod
    def _drop_unused_tags(conn: sqlite3.Connection) -> None:
        conn.execute(
            "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM note_tags) "
            "AND id NOT IN (SELECT tag_id FROM target_tags)"
        )

    def get(self, note_id: str) -> Note:
        conn = self._reader()
        # fetchall, not fetchone: an unfinished statement would hold this reader's snapshot open
        # and hide later commits from it.
        rows = conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchall()
        row = rows[0] if rows else None
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "no note with id {note_id!r}"), note_id=note_id
            )
        return self._row_to_note(row, conn)

    def notes_by_id(self, ids: Iterable[str]) -> list[Note]:
        """The notes with these ids that exist (the rest were deleted)."""
        conn = self._reader()
        out = []
        for ident in ids:
            rows = conn.execute("SELECT * FROM notes WHERE id = ?", (ident,)).fetchall()
            out += [self._row_to_note(r, conn) for r in rows]
        return out

    def find_external(self, external_id: str) -> Note | None:
        conn = self._reader()
        rows = conn.execute(
            "SELECT * FROM notes WHERE external_id = ? OR id = ?", (external_id, external_id)
        ).fetchall()
        return self._row_to_note(rows[0], conn) if rows else None

    def update(self, note_id: str, **changes) -> Note:
        """Change fields (and ``tags``) of a note; bumps ``modified``."""
        tags = changes.pop("tags", None)
        unknown = set(changes) - set(NOTE_COLUMNS)
        if unknown:
            raise ValueError(f"unknown note fields: {unknown}")
        changes["modified"] = now()
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM notes WHERE id = ?", (note_id,)).fetchone() is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "no note with id {note_id!r}"), note_id=note_id
                )
            sets = ", ".join(f'"{k}" = ?' for k in changes)
            conn.execute(f"UPDATE notes SET {sets} WHERE id = ?", [*changes.values(), note_id])
            if tags is not None:
                self._set_note_tags(conn, note_id, tags)
        return self.get(note_id)

    def delete(self, note_id: str) -> Note:
        note = self.get(note_id)
        with self._write() as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            self._drop_unused_tags(conn)
        return note

    def restore(self, note: Note) -> Note:
        """Put a deleted note back as it was (undo)."""
        return self.add(note)

    def notes_touching(self, bundle_ids: Iterable[str], target_ids: Iterable[str]) -> list[Note]:
        """The notes on these bundles or these paragraphs and case records: those whose anchors
        a change to those bundles can move, orphan or bring back."""
        conn = self._reader()
        found: dict[str, Note] = {}
        for column, values in (("bundle_id", bundle_ids), ("target_id", target_ids)):
            values = list(dict.fromkeys(v for v in values if v))
            for start in range(0, len(values), 500):
                chunk = values[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT * FROM notes WHERE {column} IN ({marks})", chunk
                ).fetchall()
                for row in rows:
                    found.setdefault(row["id"], self._row_to_note(row, conn))
        return sorted(found.values(), key=lambda n: (n.created, n.id))

    def notes(self, tag: str | None = None, target_id: str | None = None) -> list[Note]:
        conn = self._reader()
        sql, args = "SELECT * FROM notes", []
        where = []
        if tag:
            cond, cond_args = within_sql("t.name", normalize_tag(tag))
            where.append(
                "id IN (SELECT nt.note_id FROM note_tags nt JOIN tags t ON t.id = "
                f"nt.tag_id WHERE {cond})"
            )
            args += cond_args
        if target_id:
            where.append("target_id = ?")
            args.append(target_id)
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = conn.execute(sql + " ORDER BY created, rowid", args).fetchall()  # as added
        tags: dict[str, list[str]] = {}
        for note_id, name in conn.execute(  # every tag of these notes in one query
            "SELECT nt.note_id, t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id "
            f"WHERE nt.note_id IN ({sql.replace('SELECT *', 'SELECT id', 1)}) ORDER BY t.name",
            args,
        ).fetchall():
            tags.setdefault(note_id, []).append(name)
        return [self._note(row, tags.get(row["id"], [])) for row in rows]

    # -- the notes list (the window's Notes tab: see index.notes.listing) ------------------

    def listing(self, flt: NoteFilter, ids: Iterable[str] | None = None) -> list[NoteKey]:
        """The notes ``flt`` lets through (of ``ids`` only, when given), with what they sort
        by; in no order. One query; no tags and no more of a body than its start are read."""
        where, args = _filter_sql(flt)
        sql = (
            "SELECT id, target_kind, target_id, doc_id, start, created, modified, "
            f"CASE WHEN trim(body) = '' THEN coalesce(exact, '') "
            f"ELSE substr(body, 1, {LEAD_CHARS}) END, rowid FROM notes"
        )
        conn = self._reader()
        if ids is None:
            rows = conn.execute(sql + (f" WHERE {where}" if where else ""), args).fetchall()
        else:
            rows = []
            for chunk in _chunks(ids):
                marks = ", ".join("?" for _ in chunk)
                cond = f"id IN ({marks})" + (f" AND {where}" if where else "")
                rows += conn.execute(f"{sql} WHERE {cond}", [*chunk, *args]).fetchall()
        return [NoteKey(*row) for row in rows]

    def rows(self, ids: Iterable[str]) -> list[NoteRow]:
        """What a row of the notes list shows, for those of ``ids`` that exist; in no order.
        Read by primary key: as cheap for a page of the list at ten thousand notes as at ten."""
        out = []
        conn = self._reader()
        for chunk in _chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            for row in conn.execute(
                "SELECT id, target_kind, target_id, doc_id, "
                f"substr(body, 1, {ROW_BODY_CHARS}), exact, private, orphan, orphan_reason, "
                "created, modified, color, (SELECT group_concat(t.name, char(31)) "
                "FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = notes.id) "
                f"FROM notes WHERE id IN ({marks})",
                chunk,
            ).fetchall():
                values = list(row)
                values[6], values[7] = bool(values[6]), bool(values[7])
                values[12] = tuple(sorted(values[12].split("\x1f"))) if values[12] else ()
                out.append(NoteRow(*values))
        return out

    def highlights(self, ids: Iterable[str] | None = None) -> dict[str, tuple]:
        """Note id → (paragraph, start, end, colour) for the passages the reader highlights
        (not orphaned); of ``ids`` only, when given."""
        sql = (
            'SELECT id, target_id, start, "end", color FROM notes WHERE target_kind = '
            "'passage' AND NOT orphan AND start IS NOT NULL AND \"end\" IS NOT NULL"
        )
        conn = self._reader()
        if ids is None:
            rows = conn.execute(sql).fetchall()
        else:
            rows = []
            for chunk in _chunks(ids):
                marks = ", ".join("?" for _ in chunk)
                rows += conn.execute(f"{sql} AND id IN ({marks})", chunk).fetchall()
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    def document_counts(self) -> dict[str, int]:
        """Document id → how many notes are on it (the notes list's document filter)."""
        sql = "SELECT doc_id, count(*) FROM notes WHERE doc_id IS NOT NULL GROUP BY doc_id"
        return dict(self._reader().execute(sql).fetchall())

    # -- tags on targets (paragraphs, case records) -------------------------------------------

    def tag_target(self, target_id: str, tag: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO target_tags VALUES (?, ?)",
                (target_id, self._tag_id(conn, tag)),
            )

    def untag_target(self, target_id: str, tag: str) -> bool:
        with self._write() as conn:
            removed = conn.execute(
                "DELETE FROM target_tags WHERE target_id = ? AND tag_id = "
                "(SELECT id FROM tags WHERE name = ?)",
                (target_id, normalize_tag(tag)),
            ).rowcount
            self._drop_unused_tags(conn)
        return bool(removed)

    def target_tags(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for target, name in self._reader().execute(
            "SELECT tt.target_id, t.name FROM target_tags tt JOIN tags t ON t.id = tt.tag_id "
            "ORDER BY t.name"
        ):
            out.setdefault(target, []).append(name)
        return out

    def target_tags_of(self, targets: Iterable[str]) -> dict[str, list[str]]:
        """`target_tags` for just these targets (an index update touches only them)."""
        conn = self._reader()
        out: dict[str, list[str]] = {}
        for target in targets:
            rows = conn.execute(
                "SELECT t.name FROM target_tags tt JOIN tags t ON t.id = tt.tag_id "
                "WHERE tt.target_id = ? ORDER BY t.name",
                (target,),
            ).fetchall()
            if rows:
                out[target] = [r[0] for r in rows]
        return out

    def tag_counts(self) -> dict[str, dict[str, int]]:
        """tag → {"notes": n, "targets": m}, for every tag in use."""
        # one pass over each link table (a count per tag, looked up by tag, read the whole of
        # note_tags once per tag: its key starts with the note)
        sql = (
            "SELECT t.name, coalesce(n.c, 0), coalesce(g.c, 0) FROM tags t "
            "LEFT JOIN (SELECT tag_id, count(*) AS c FROM note_tags GROUP BY tag_id) n "
            "ON n.tag_id = t.id "
            "LEFT JOIN (SELECT tag_id, count(*) AS c FROM target_tags GROUP BY tag_id) g "
            "ON g.tag_id = t.id "
            "ORDER BY t.name"
        )
        rows = self._reader().execute(sql).fetchall()
        return {name: {"notes": n, "targets": m} for name, n, m in rows}

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag (and its sub-tags); renaming onto an existing tag merges the two."""
        old, new = normalize_tag(old), normalize_tag(new)
        with self._write() as conn:
            cond, args = within_sql("name", old)
            rows = conn.execute(f"SELECT id, name FROM tags WHERE {cond}", args).fetchall()
            if not rows:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no tag {old!r}"), old=old)
            for tag_id, name in rows:
                target = new + name[len(old) :]
                existing = conn.execute("SELECT id FROM tags WHERE name = ?", (target,)).fetchone()
                if existing and existing[0] != tag_id:
                    for table, key in (("note_tags", "note_id"), ("target_tags", "target_id")):
                        conn.execute(
                            f"INSERT OR IGNORE INTO {table} SELECT {key}, ? FROM {table} "
                            "WHERE tag_id = ?",
                            (existing[0], tag_id),
                        )
                    conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
                else:
                    conn.execute("UPDATE tags SET name = ? WHERE id = ?", (target, tag_id))


def _fold(text: str | None) -> str:
    return text.casefold() if text else ""


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    ids = list(ids)
    for n in range(0, len(ids), IN_CHUNK):
        yield ids[n : n + IN_CHUNK]


def _filter_sql(flt: NoteFilter) -> tuple[str, list]:
    """The WHERE condition (and its arguments) for the notes ``flt`` lets through."""
    where: list[str] = []
    args: list = []
    for word in flt.words():
        where.append("instr(muragat_fold(body || char(10) || coalesce(exact, '')), ?) > 0")
        args.append(word)
    if flt.tag:
        cond, cond_args = within_sql("t.name", normalize_tag(flt.tag))
        where.append(
            "id IN (SELECT nt.note_id FROM note_tags nt JOIN tags t ON t.id = nt.tag_id "
            f"WHERE {cond})"
        )
        args += cond_args
    if flt.doc_id:
        where.append("doc_id = ?")
        args.append(flt.doc_id)
    if flt.private is not None:
        where.append("private = ?")
        args.append(int(flt.private))
    return " AND ".join(where), args
