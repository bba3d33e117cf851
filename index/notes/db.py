"""The notes database file: schema, migrations, integrity check and rolling backups.

Backups are made after a successful write (the first of a session, then at most every
`BACKUP_EVERY`, and at close when something changed since), and only when the notes differ from
the newest backup: reading, searching and opening the window never make one, so they cannot
rotate the useful ones out. A backup is written under a temporary name and verified (healthy,
non-empty, holding as many notes as the database) before it gets its time-sorted name; pruning
keeps verified generations spanning days (see `rotate`). Damage `salvage.inspect` finds is
recovered by `recover`: every readable note salvaged, merged with the newest verified backup.

Schema version lives in SQLite's ``user_version``. Each migration is a list of statements run in
one transaction, so a killed process leaves the old version or the new one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from index import sqldb
from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.fileio import fsync_folder
from index.notes import salvage
from index.sqldb import sqlite3

log = logging.getLogger(__name__)

BACKUPS_KEPT = 10
BACKUP_MAX_AGE_DAYS = 90
BACKUPS_ALWAYS_KEPT = 3
BACKUP_EVERY = timedelta(minutes=10)
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
    [  # version 2: the change journal other processes follow (`index.live`)
        """CREATE TABLE changes (
            seq INTEGER PRIMARY KEY,
            writer TEXT NOT NULL,
            made TEXT NOT NULL,
            indexed INTEGER NOT NULL,
            ids TEXT NOT NULL
        )""",
    ],
    [  # version 3: who made an imported annotation, and with what (kept, exported back)
        "ALTER TABLE notes ADD COLUMN creator TEXT",
        "ALTER TABLE notes ADD COLUMN generator TEXT",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    conn = sqldb.connect(path, timeout=10.0, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the notes database was written by a newer Muragat (schema {version}); "
                "update Muragat to open it — nothing was changed",
            ),
            version=version,
        )
    for number in range(max(version, 0), SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] > number:
                conn.execute("ROLLBACK")  # another process ran this migration meanwhile
                continue
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
    """SQLite's quick check passes and nothing `salvage.inspect` looks for is wrong."""
    return not salvage.inspect(path)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe while others use the source),
    written beside the target, fsynced and renamed into place: never half a file."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        src = sqldb.connect(source)
        try:
            dst = sqldb.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException:  # a full disk mid-copy: no temporary file is left behind
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise


BACKUP_GLOB = "notes-*.sqlite3"
_BACKUP_RE = re.compile(r"notes-(\d{8}-\d{6})-(\d{6})(?:-n(\d+))?(?:-([0-9a-f]{16}))?\.sqlite3")


@dataclass
class Backup:
    path: Path
    created: datetime
    digest: str | None
    """What the notes held when it was made (None for backups from before digests)."""
    notes: int | None = None
    """How many notes it held when it was verified (None for backups from before counts)."""

    @property
    def name(self) -> str:
        return self.path.name

    def verify(self) -> str | None:
        """Why this backup cannot be trusted, or None: it must be a whole, healthy database
        holding as many notes as its name says (a kill during the copy leaves less), and
        exactly the notes whose digest its name carries (a changed text is not this backup)."""
        return verify(self.path, self.notes, self.digest)


def verify(
    path: Path, expected_notes: int | None = None, expected_digest: str | None = None
) -> str | None:
    try:
        if path.stat().st_size < 512:
            return "empty or cut short"
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    try:
        problems = salvage.inspect(path, immutable=True)
    except sqlite3.OperationalError as exc:
        return f"cannot be checked now ({exc})"
    if problems:
        return "; ".join(problems)
    try:
        conn = sqldb.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            count = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
            if expected_notes is not None and count != expected_notes:
                return f"holds {count} notes, not the {expected_notes} it was made with"
            if count == 0 and not conn.execute("SELECT 1 FROM target_tags LIMIT 1").fetchall():
                return "holds nothing"
            if expected_digest is not None and content_digest(conn) != expected_digest:
                # valid text, a healthy file, but not the notes it was made with
                return "its notes differ from those it was made with (altered)"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"not a notes database ({exc})"
    except UnicodeDecodeError:
        return "not a notes database (its schema is damaged)"
    return None


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
    """The backups in ``folder``, oldest first (their names sort by time, to the
    microsecond). Unverified: call `Backup.verify` before trusting one."""
    found = []
    for path in sorted(folder.glob(BACKUP_GLOB)) if folder.is_dir() else ():
        match = _BACKUP_RE.fullmatch(path.name)
        if match:
            created = datetime.strptime(
                f"{match.group(1)}{match.group(2)}", "%Y%m%d-%H%M%S%f"
            ).replace(tzinfo=UTC)
            count = int(match.group(3)) if match.group(3) else None
            found.append(Backup(path, created, match.group(4), count))
    return found


def verified_backups(folder: Path) -> list[Backup]:
    """The backups that pass `Backup.verify`, oldest first."""
    return [b for b in backups(folder) if b.verify() is None]


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
    The copy is written under a temporary name and renamed to its final, time-sorted name only
    once verified (whole, healthy, holding as many notes as the database), so a kill during a
    backup leaves no file that looks like one. ``conn`` reads the digest. Returns the new
    backup, or None."""
    if not path.exists() or is_empty(conn):
        return None
    digest = content_digest(conn)
    count = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    existing = backups(folder)
    if existing and existing[-1].digest == digest and not force:
        return None
    now = now or datetime.now(UTC)
    if existing and existing[-1].created >= now:  # a clock set back: still sort last
        now = existing[-1].created + timedelta(microseconds=1)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in (*folder.glob(".notes-*.tmp*"), *folder.glob("..notes-*.tmp*")):
        stale.unlink(missing_ok=True)  # left by a kill during an earlier backup
    name = f"notes-{now:%Y%m%d-%H%M%S}-{now.microsecond:06d}-n{count}-{digest}.sqlite3"
    target = folder / name
    tmp = folder / f".{name}.tmp"
    try:
        copy_database(path, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    problem = verify(tmp, count, digest)
    if problem:
        tmp.unlink(missing_ok=True)
        raise OSError(f"the new backup failed its check: {problem}")
    os.replace(tmp, target)
    fsync_folder(folder)
    rotate(folder, now=now)
    return target


def rotate(
    folder: Path,
    keep: int = BACKUPS_KEPT,
    max_age_days: int = BACKUP_MAX_AGE_DAYS,
    keep_always: int = BACKUPS_ALWAYS_KEPT,
    now: datetime | None = None,
) -> list[Path]:
    """Prune backups on a schedule that always keeps generations spanning days: the newest
    ``keep`` verified ones, the newest of each of the last 14 days, of each of the last 8
    weeks and of each month up to ``max_age_days``; and whatever their age, the newest
    ``keep_always`` verified ones. Backups that fail verification never count towards these
    and are never removed (a check that failed for a passing reason, a full disk say, must not
    cost a real backup; kills during a backup leave only temporary names). Returns the removed
    files."""
    now = now or datetime.now(UTC)
    found = backups(folder)
    good = [b for b in found if b.verify() is None]
    keepers: set[Path] = set()
    newest_first = list(reversed(good))
    keepers.update(b.path for b in newest_first[: max(keep, keep_always)][:keep_always])
    seen_days: set = set()
    seen_weeks: set = set()
    seen_months: set = set()
    for n, b in enumerate(newest_first):
        age = now - b.created
        if n < keep and age <= timedelta(days=max_age_days):
            keepers.add(b.path)
        day, week, month = b.created.date(), b.created.isocalendar()[:2], b.created.strftime("%Y%m")
        if age <= timedelta(days=14) and day not in seen_days:
            keepers.add(b.path)
        if age <= timedelta(weeks=8) and week not in seen_weeks:
            keepers.add(b.path)
        if age <= timedelta(days=max_age_days) and month not in seen_months:
            keepers.add(b.path)
        seen_days.add(day)
        seen_weeks.add(week)
        seen_months.add(month)
    removed = []
    for b in good:
        if b.path not in keepers:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


@dataclass
class Recovery:
    message: str
    recovered: int = 0
    from_backup: list[str] = field(default_factory=list)
    partly_read: list[str] = field(default_factory=list)
    aside: Path | None = None


def recover(path: Path, backup_folder: Path, problems: list[str] | None = None) -> str:
    """The database at ``path`` is damaged: keep it aside (with its WAL), salvage every note
    that can still be read from it, merge them with the newest verified backup into a new
    database, and say exactly what happened."""
    return recover_full(path, backup_folder, problems).message


def recover_full(path: Path, backup_folder: Path, problems: list[str] | None = None) -> Recovery:
    """Salvage, merge and write the repaired database beside ``path`` first; only once that
    worked is the damaged file moved aside and the repaired one renamed in. If anything fails
    on the way (a full disk), nothing was changed and the error propagates."""
    problems = problems if problems is not None else salvage.inspect(path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    rescued = salvage.salvage(path) if path.exists() else salvage.Salvaged(complete=False)
    chosen = None
    base = None
    passed_over: list[tuple[str, str]] = []
    for candidate in reversed(backups(backup_folder)):
        problem = candidate.verify()
        if problem is None:
            chosen = candidate
            base = salvage.read_database(candidate.path)
            break
        passed_over.append((candidate.name, problem))
    merged = salvage.merge(rescued, base)
    repaired = _write_merged(path, merged)
    for suffix in ("", "-wal", "-shm"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            p.replace(Path(f"{aside}{suffix}"))
    os.replace(repaired, path)
    fsync_folder(path.parent)
    why = "; ".join(problems) or "damaged"
    parts = [f"The notes database was damaged ({why}). It was kept as {aside.name}."]
    from_pages = len(rescued.from_pages)
    from_log = sum(1 for where in rescued.from_pages.values() if where == "log")
    by_sqlite = merged.from_damaged - from_pages
    recovered = len(merged.notes)
    where = [f"{by_sqlite} read from the damaged file"]
    if from_pages:
        where.append(
            f"{from_pages} read directly from its pages"
            + (f" ({from_log} of them from its write-ahead log)" if from_log else "")
        )
    if chosen is not None and merged.from_backup:
        where.append(f"{len(merged.from_backup)} restored from the backup {chosen.name}")
    parts.append(f"{recovered} note(s) were recovered: {', '.join(where)}.")
    if chosen is not None:
        parts.append(f"The newest verified backup, {chosen.name}, was merged in.")
        if merged.repaired_from_backup:
            parts.append(
                f"The damaged text of {len(merged.repaired_from_backup)} note(s) was taken "
                "from the backup's identical copy."
            )
    else:
        parts.append("No verified backup was found.")
    for name, problem in passed_over:
        parts.append(f"The backup {name} was not used: {problem}.")
    if merged.partly_read:
        parts.append(
            f"{len(merged.partly_read)} note(s) could be read only in part (unreadable "
            f"characters shown as \ufffd): {', '.join(merged.partly_read[:20])}."
        )
    lost = rescued.unreadable_rows + rescued.unreadable_cells
    if rescued.unreadable_rows and from_pages:
        lost = rescued.unreadable_cells  # the pages gave back what SQLite could not read
    losses = []
    if lost:
        losses.append(f"{lost} row(s) of the damaged file could not be read at all")
    if rescued.pages_missing:
        losses.append(
            f"{rescued.pages_missing} of its {rescued.pages_declared} pages are missing "
            "(it was cut short)"
        )
    if rescued.log_damaged:
        losses.append(
            f"{rescued.log_damaged} page(s) of recent saves in its write-ahead log are "
            "overwritten (a note saved only there, and in no older copy of the page, is lost)"
        )
    if rescued.log_missing:
        losses.append(
            f"{rescued.log_missing} page(s) of recent saves are missing from its write-ahead "
            "log (it was cut short)"
        )
    for name, _problem in passed_over:
        missed = _not_recovered(backup_folder / name, merged.notes)
        if missed:
            losses.append(
                f"{missed} note(s) that the unusable backup {name} holds (kept in "
                f"{backup_folder.name}/) are not among those recovered"
            )
    if losses:
        parts.append(
            "Lost: " + "; ".join(losses) + ". Anything in them that no backup holds is gone."
        )
    elif not rescued.complete and not rescued.notes:
        when = f"{chosen.created:%Y-%m-%d %H:%M}" if chosen else ""
        parts.append(
            "How many notes were lost cannot be told: nothing could be read from the "
            "damaged file"
            + (f", and the backup holds the notes as of {when} UTC." if chosen else ".")
        )
    else:
        parts.append("No lost note was detected.")
    if not merged.notes:
        parts.append("No notes could be recovered; a new, empty database was started.")
    message = " ".join(parts)
    return Recovery(message, merged.from_damaged, merged.from_backup, merged.partly_read, aside)


def _not_recovered(path: Path, recovered: dict[str, dict]) -> int:
    """How many notes a backup that failed its check holds (by id) that were not recovered."""
    try:
        held = salvage.salvage(path, raw=False)
    except OSError:
        return 0
    return sum(1 for note_id in held.notes if note_id not in recovered)


def _write_merged(path: Path, merged: salvage.Merged) -> Path:
    """Write the merged notes into a fresh database beside ``path``; returns it (removed again
    when the writing fails)."""
    tmp = path.with_name(f".{path.name}.recovering")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    try:
        return _fill(tmp, merged)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise


def _fill(tmp: Path, merged: salvage.Merged) -> Path:
    conn = sqldb.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
        columns = [r[1] for r in conn.execute("PRAGMA table_info(notes)")]
        conn.execute("BEGIN")
        tag_ids: dict[str, int] = {}

        def tag_id(name: str) -> int:
            key = name.lower()
            if key not in tag_ids:
                row = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
                tag_ids[key] = (
                    row[0]
                    if row
                    else conn.execute("INSERT INTO tags(name) VALUES (?)", (name,)).lastrowid
                )
            return tag_ids[key]

        for note in merged.notes.values():
            values = {c: note.get(c) for c in columns}
            values["body"] = values.get("body") or ""
            values["color"] = values.get("color") or "yellow"
            values["motivation"] = values.get("motivation") or "commenting"
            values["private"] = values.get("private") or 0
            values["orphan"] = values.get("orphan") or 0
            if values.get("target_kind") not in ("passage", "paragraph", "case", "free"):
                values["target_kind"] = "free"
            now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
            values["created"] = values.get("created") or now
            values["modified"] = values.get("modified") or values["created"]
            cols = ", ".join(f'"{c}"' for c in values)
            marks = ", ".join("?" for _ in values)
            try:
                conn.execute(f"INSERT INTO notes ({cols}) VALUES ({marks})", list(values.values()))
            except sqlite3.IntegrityError:
                values["external_id"] = None
                conn.execute(
                    f"INSERT OR REPLACE INTO notes ({cols}) VALUES ({marks})",
                    list(values.values()),
                )
            for name in note.get("tags", []):
                conn.execute(
                    "INSERT OR IGNORE INTO note_tags VALUES (?, ?)", (note["id"], tag_id(name))
                )
        for target, name in merged.target_tags:
            conn.execute("INSERT OR IGNORE INTO target_tags VALUES (?, ?)", (target, tag_id(name)))
        conn.execute("COMMIT")
    finally:
        conn.close()
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    return tmp
