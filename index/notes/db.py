"""The notes database file: schema, migrations, integrity check and rolling backups.

Backups are made when something is about to change (the first write of a session), and only
when the notes differ from the newest backup: reading, searching and opening the window never
make one, so they cannot rotate the useful ones out. At most `BACKUPS_KEPT` are kept, none older
than `BACKUP_MAX_AGE_DAYS` except the newest `BACKUPS_ALWAYS_KEPT`.

Schema version lives in SQLite's ``user_version``. Each migration is a list of statements run in
one transaction, so a killed process leaves the old version or the new one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from index.errors import KnownError
from index.fileio import fsync_folder

log = logging.getLogger(__name__)

BACKUPS_KEPT = 10
BACKUP_MAX_AGE_DAYS = 90
BACKUPS_ALWAYS_KEPT = 3
MIGRATIONS: list[list[str]] = [
    [  # version 1
        """CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            target_kind TEXT NOT NULL
                CHECK (target_kind IN ('passage', 'paragraph', 'case', 'free')),
            target_id TEXT,
            bundle_id TEXT,
            doc_id TEXT,
            bundle_sha256 TEXT,
            exact TEXT, prefix TEXT, suffix TEXT,
            start INTEGER, "end" INTEGER,
            body TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            private INTEGER NOT NULL DEFAULT 0,
            motivation TEXT NOT NULL DEFAULT 'commenting',
            orphan INTEGER NOT NULL DEFAULT 0,
            orphan_reason TEXT,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            external_id TEXT UNIQUE
        )""",
        "CREATE INDEX notes_target ON notes(target_id)",
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
        """CREATE TABLE note_tags (
            note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (note_id, tag_id)
        )""",
        """CREATE TABLE target_tags (
            target_id TEXT NOT NULL,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (target_id, tag_id)
        )""",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=10.0, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise KnownError(
            f"the notes database was written by a newer Muragat (schema {version}); "
            "update Muragat to open it — nothing was changed"
        )
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("notes database migrated to version %d", number + 1)
    return version


def healthy(path: Path) -> bool:
    try:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe while others use the source),
    written beside the target, fsynced and renamed into place: never half a file."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    try:
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


BACKUP_GLOB = "notes-*.sqlite3"
_BACKUP_RE = re.compile(r"notes-(\d{8}-\d{6})-\d{6}(?:-([0-9a-f]{16}))?\.sqlite3")


@dataclass
class Backup:
    path: Path
    created: datetime
    digest: str | None
    """What the notes held when it was made (None for backups from before digests)."""

    @property
    def name(self) -> str:
        return self.path.name


def content_digest(conn: sqlite3.Connection) -> str:
    """A digest of everything the user made (notes, tags, what they tag): two databases with
    the same digest hold the same notes, whatever their pages look like."""
    digest = hashlib.sha256()
    for table, order in (
        ("notes", "id"),
        ("tags", "id"),
        ("note_tags", "note_id, tag_id"),
        ("target_tags", "target_id, tag_id"),
    ):
        digest.update(table.encode())
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
            digest.update(repr(tuple(row)).encode("utf-8"))
    return digest.hexdigest()[:16]


def is_empty(conn: sqlite3.Connection) -> bool:
    return not any(
        conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()
        for table in ("notes", "target_tags")
    )


def backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, oldest first."""
    found = []
    for path in sorted(folder.glob(BACKUP_GLOB)) if folder.is_dir() else ():
        match = _BACKUP_RE.fullmatch(path.name)
        if match:
            created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            found.append(Backup(path, created, match.group(2)))
    return found


def backup(
    conn: sqlite3.Connection,
    path: Path,
    folder: Path,
    *,
    force: bool = False,
    now: datetime | None = None,
) -> Path | None:
    """Copy the database (consistently, with SQLite's backup API) unless it holds nothing or
    exactly what the newest backup holds (``force``: copy anyway, unless empty); then rotate.
    ``conn`` reads the digest. Returns the new backup, or None."""
    if not path.exists() or is_empty(conn):
        return None
    digest = content_digest(conn)
    existing = backups(folder)
    if existing and existing[-1].digest == digest and not force:
        return None
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"notes-{now:%Y%m%d-%H%M%S}-{now.microsecond:06d}-{digest}.sqlite3"
    target = folder / name
    copy_database(path, target)
    rotate(folder, now=now)
    return target


def rotate(
    folder: Path,
    keep: int = BACKUPS_KEPT,
    max_age_days: int = BACKUP_MAX_AGE_DAYS,
    keep_always: int = BACKUPS_ALWAYS_KEPT,
    now: datetime | None = None,
) -> list[Path]:
    """Keep at most ``keep`` backups and none older than ``max_age_days``, except that the
    newest ``keep_always`` stay whatever their age. Returns the removed files."""
    now = now or datetime.now(UTC)
    found = backups(folder)
    removed = []
    for n, b in enumerate(reversed(found)):  # newest first
        too_many = n >= keep
        too_old = n >= keep_always and now - b.created > timedelta(days=max_age_days)
        if too_many or too_old:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def recover(path: Path, backup_folder: Path) -> str:
    """Move a damaged database aside and restore the newest healthy backup; say what happened."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            p.replace(Path(f"{aside}{suffix}"))
    for candidate in sorted(backup_folder.glob(BACKUP_GLOB), reverse=True):
        if healthy(candidate):
            copy_database(candidate, path)
            return (
                f"The notes database was damaged; it was kept as {aside.name} and the backup "
                f"{candidate.name} was restored."
            )
    return (
        f"The notes database was damaged and no healthy backup was found; it was kept as "
        f"{aside.name} and a new, empty one was started."
    )
