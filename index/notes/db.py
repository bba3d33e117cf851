"""The notes database file: schema, migrations, integrity check and rolling backups.

Schema version lives in SQLite's ``user_version``. Each migration is a list of statements run in
one transaction, so a killed process leaves the old version or the new one.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from index.errors import KnownError

log = logging.getLogger(__name__)

BACKUPS_KEPT = 5
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
    """A consistent copy through SQLite's backup API (safe while others use the source)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def backup(path: Path, folder: Path, keep: int = BACKUPS_KEPT) -> Path | None:
    """Copy the database (consistently, with SQLite's backup API) and keep the last ``keep``."""
    if not path.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"notes-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**6:06d}.sqlite3"
    copy_database(path, target)
    for old in sorted(folder.glob("notes-*.sqlite3"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def recover(path: Path, backups: Path) -> str:
    """Move a damaged database aside and restore the newest healthy backup; say what happened."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            p.replace(Path(f"{aside}{suffix}"))
    for candidate in sorted(backups.glob("notes-*.sqlite3"), reverse=True):
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
