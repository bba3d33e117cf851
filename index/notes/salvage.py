"""Seeing damage to the notes database that ``quick_check`` misses, and salvaging what is left.

What `inspect` looks for, beyond SQLite's own check:
- a truncated main file (shorter than a database header, or than the page count its header
  promises — an interrupted copy or sync);
- a damaged WAL: SQLite silently drops every frame from the first one whose checksum fails, so a
  single flipped byte there loses every later save without an error. We walk the frames
  ourselves and call it damage when a frame of the current WAL fails its checksum and a later,
  committing frame of the same WAL would have been dropped with it (a torn frame at the very end
  is only the change that was in flight when a process died, and is not reported);
- text that is not valid UTF-8 (one flipped byte inside a note): SQLite stores it happily and
  every later read of that row fails.

`salvage` reads every row it can, one by one, from a copy of the damaged files whose WAL
checksums were recomputed (so the frames SQLite would drop are read too), decoding bad text with
replacement characters. `merge` joins that with the newest verified backup. Nothing here writes
the damaged files: they are kept aside for the user.
"""

from __future__ import annotations

import logging
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from index import sqldb
from index.sqldb import sqlite3

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
TEXT_COLUMNS = {
    "notes": (
        "id", "target_kind", "target_id", "bundle_id", "doc_id", "bundle_sha256", "exact",
        "prefix", "suffix", "body", "color", "motivation", "orphan_reason", "created",
        "modified", "external_id", "creator", "generator",
    ),
    "tags": ("name",),
    "note_tags": ("note_id",),
    "target_tags": ("target_id",),
}  # fmt: skip


# -- the WAL, frame by frame ------------------------------------------------------------------


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    fmt = (">" if big_endian else "<") + f"{len(data) // 4}I"
    words = struct.unpack(fmt, data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


@dataclass
class WalState:
    frames: int = 0
    """Complete frames of the current WAL (its salts) in the file."""
    valid: int = 0
    """Frames SQLite will replay (up to the last commit before the first bad checksum)."""
    dropped_commits: int = 0
    """Committed transactions after the first bad frame: saves SQLite would silently drop."""
    header_bad: bool = False
    page_size: int = 0
    expected: int = 0
    """Frames the wal-index (``-shm``) of this WAL says were written (its ``mxFrame``); 0
    when it is missing or belongs to another WAL."""
    bad_frames: int = 0
    """Frames within ``expected`` whose header is not this WAL's (zeroed, overwritten)."""
    missing: int = 0
    """Frames within ``expected`` that are not in the file at all (it was cut short)."""
    damaged_pages: int = 0
    """Frames whose own checksum fails (their page overwritten): what they held may be lost."""


def _mx_frame(path: Path, salts: bytes) -> int:
    """The wal-index's count of frames written to the WAL at ``path``, when it describes this
    WAL (same salts) and its two header copies agree; else 0."""
    try:
        with Path(f"{str(path)[: -len('-wal')]}-shm").open("rb") as fh:
            head = fh.read(96)
    except OSError:
        return 0
    if len(head) < 96 or head[:48] != head[48:96] or head[32:40] != salts:
        return 0
    for order in ("<", ">"):
        (version,) = struct.unpack(order + "I", head[:4])
        if version == 3007000:
            return struct.unpack(order + "I", head[16:20])[0]
    return 0


def read_wal(path: Path) -> WalState | None:
    """What the WAL holds and what SQLite would drop of it; None when there is no WAL."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    state = WalState()
    if len(data) < WAL_HEADER:
        return state if not data else WalState(header_bad=True)
    magic, _version, page_size, _ckpt, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    state.page_size = page_size
    big = magic == 0x377F0683
    if magic not in WAL_MAGICS or page_size < 512 or page_size & (page_size - 1):
        state.header_bad = True
        return state
    if _checksum(data[:24], 0, 0, big) != (c1, c2):
        state.header_bad = True
        return state
    state.expected = _mx_frame(path, data[16:24])
    s0, s1 = c1, c2
    size = FRAME_HEADER + page_size
    bad_at = None
    last_commit = 0
    offset, n = WAL_HEADER, 0
    seed: tuple[int, int] | None = (c1, c2)  # the previous frame's stored checksum
    while offset + size <= len(data):
        header = data[offset : offset + FRAME_HEADER]
        _page, commit, fs1, fs2, fc1, fc2 = struct.unpack(">6I", header)
        if (fs1, fs2) == (salt1, salt2) and seed is not None:
            # each frame on its own, seeded with the previous frame's stored checksum: a frame
            # whose page was overwritten fails, the frames after it do not
            own = _checksum(header[:8], *seed, big)
            own = _checksum(data[offset + FRAME_HEADER : offset + size], *own, big)
            if own != (fc1, fc2) and (n < state.expected or not state.expected):
                state.damaged_pages += 1
        seed = (fc1, fc2) if (fs1, fs2) == (salt1, salt2) else None
        if (fs1, fs2) != (salt1, salt2):
            if n < state.expected:
                # the wal-index says this frame was written to this WAL: its header is damaged
                # (SQLite reads it as the start of an older log and drops it and all later)
                n += 1
                state.bad_frames += 1
                if bad_at is None:
                    bad_at = n
                offset += size
                continue
            break  # the rest is an older WAL's frames
        n += 1
        if bad_at is None:
            s0, s1 = _checksum(header[:8], s0, s1, big)
            s0, s1 = _checksum(data[offset + FRAME_HEADER : offset + size], s0, s1, big)
            if (s0, s1) != (fc1, fc2):
                bad_at = n
            elif commit:
                last_commit = n
        elif commit:
            state.dropped_commits += 1
        offset += size
    state.frames = n
    state.valid = last_commit
    state.missing = max(0, state.expected - n)
    if state.bad_frames and not state.dropped_commits:
        state.dropped_commits = 1  # the damaged frame's own save, at least
    if bad_at is not None and bad_at <= state.expected and not state.dropped_commits:
        # the last frame fails its checksum, yet the wal-index says it was written whole:
        # damage, not a write a killed process never finished
        state.dropped_commits = 1
    return state


def repair_wal(path: Path, page_size: int) -> bool:
    """Rewrite the WAL (a copy) so that SQLite replays every frame that can still be placed:
    the frames of the current WAL whose header is intact, checksums recomputed, the last one
    marked as a commit. A frame whose header was damaged (its page number lost) is left out
    here; `pages.scan` reads its rows. Returns whether anything was written."""
    data = bytes(path.read_bytes())
    if len(data) < WAL_HEADER + FRAME_HEADER + page_size:
        return False
    magic = struct.unpack(">I", data[:4])[0]
    if magic not in WAL_MAGICS:
        magic = 0x377F0682
    big = magic == 0x377F0683
    salts = data[16:24] if len(data) >= 24 else b""
    size = FRAME_HEADER + page_size
    if not salts or _mx_frame(path, salts) == 0:
        salts = data[WAL_HEADER + 8 : WAL_HEADER + 16]  # the first frame's, as before
    salt1, salt2 = struct.unpack(">2I", salts)
    expected = _mx_frame(path, salts)
    kept: list[tuple[int, int, bytes]] = []
    offset, n = WAL_HEADER, 0
    top = 0
    while offset + size <= len(data):
        number, commit = struct.unpack(">2I", data[offset : offset + 8])
        n += 1
        if data[offset + 8 : offset + 16] == salts and 0 < number < 1 << 31:
            kept.append((number, commit, data[offset + FRAME_HEADER : offset + size]))
            top = max(top, number, commit)
        elif n > expected:
            break
        offset += size
    if not kept:
        return False
    header = struct.pack(">6I", magic, 3007000, page_size, 0, salt1, salt2)
    s0, s1 = _checksum(header, 0, 0, big)
    out = [header, struct.pack(">2I", s0, s1)]
    for i, (number, commit, body) in enumerate(kept):
        if i == len(kept) - 1 and not commit:
            commit = top
        head = struct.pack(">2I", number, commit)
        s0, s1 = _checksum(head, s0, s1, big)
        s0, s1 = _checksum(body, s0, s1, big)
        out.append(head + struct.pack(">2I", salt1, salt2) + struct.pack(">2I", s0, s1) + body)
    path.write_bytes(b"".join(out))
    Path(f"{str(path)[: -len('-wal')]}-shm").unlink(missing_ok=True)
    return True


# -- what is wrong with a database --------------------------------------------------------------


def _page_size(header: bytes) -> int:
    raw = struct.unpack(">H", header[16:18])[0]
    return 65536 if raw == 1 else raw


def inspect(path: Path, immutable: bool = False) -> list[str]:
    """What is wrong with the notes database at ``path`` (with its WAL), in words; [] when
    nothing is. ``immutable``: a file nobody writes (a backup): read without locks, and
    without leaving ``-wal``/``-shm`` files beside it."""
    problems: list[str] = []
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return problems
    except OSError as exc:
        return [f"it cannot be read ({exc.strerror or exc})"]
    if size and not header.startswith(SQLITE_MAGIC) and sqldb.key_of(path) is not None:
        # encrypted by the vault: pages and log frames say nothing without the key; SQLCipher
        # checks every page's HMAC as SQLite's own check reads it
        return _checked(path, immutable, problems)
    wal = read_wal(Path(f"{path}-wal"))
    wal_frames = wal.frames if wal else 0
    if size == 0 and not wal_frames:
        return ["the file is empty (an interrupted copy or sync?)"]
    if size and (len(header) < 100 or not header.startswith(SQLITE_MAGIC)):
        return [f"it is not a database any more (truncated or overwritten: {size} bytes)"]
    if size:
        page_size = _page_size(header)
        change = struct.unpack(">I", header[24:28])[0]
        pages = struct.unpack(">I", header[28:32])[0]
        valid_for = struct.unpack(">I", header[92:96])[0]
        if (
            pages
            and valid_for == change
            and size < pages * page_size
            and not _held_by_wal(Path(f"{path}-wal"), wal, size // page_size + 1, pages)
        ):
            # (a file short of pages the WAL still holds is a checkpoint that could not grow
            # it, a full disk: SQLite reads those pages from the WAL, nothing is lost)
            problems.append(f"it is cut short ({size} of {pages * page_size} bytes)")
    wal_size = Path(f"{path}-wal").stat().st_size if wal else 0
    if wal and wal.header_bad and wal_size >= WAL_HEADER + FRAME_HEADER + 512:
        problems.append("its write-ahead log is damaged (the log's header)")
    if wal and wal.missing:
        problems.append(
            f"its write-ahead log is cut short ({wal.missing} of the {wal.expected} pages "
            "written to it are missing)"
        )
    if wal and wal.bad_frames:
        problems.append(
            f"its write-ahead log is damaged ({wal.bad_frames} frame header(s) overwritten)"
        )
    elif wal and wal.dropped_commits:
        problems.append(
            f"its write-ahead log is damaged ({wal.dropped_commits} later save(s) would be lost)"
        )
    if size and not problems:
        problems += _version_damage(path, header, immutable)
    if problems:
        return problems
    return _checked(path, immutable, problems)


NEWEST_PLAUSIBLE_SCHEMA = 1000
"""A schema version above this (or below 0) is a damaged header, not a newer Muragat."""


def _version_damage(path: Path, header: bytes, immutable: bool) -> list[str]:
    """The schema version in the header (``user_version``), when it is damaged: negative,
    absurdly high, or newer than this Muragat while the tables are exactly this Muragat's."""
    from index.notes.db import MIGRATIONS, SCHEMA_VERSION

    (version,) = struct.unpack(">i", header[60:64])
    if 0 <= version <= SCHEMA_VERSION:
        return []
    damaged = [f"its schema version is damaged ({version})"]
    if version < 0 or version > NEWEST_PLAUSIBLE_SCHEMA:
        return damaged
    made = sqldb.connect(":memory:")  # the schema as the migrations leave it (ALTER rewrites)
    try:
        for statement in (s for m in MIGRATIONS for s in m):
            made.execute(statement)
        ours = {
            " ".join(r[0].split())
            for r in made.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
        }
    finally:
        made.close()
    try:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        conn = sqldb.connect(f"file:{path}?{flags}", uri=True)
        try:
            found = {
                " ".join(r[0].split())
                for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
            }
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError, AttributeError):
        return []  # `_checked` says what is wrong with it
    return damaged if found == ours else []


def _held_by_wal(wal_path: Path, wal: WalState | None, first: int, last: int) -> bool:
    """Every page from ``first`` to ``last`` is in a frame SQLite will replay."""
    if not wal or not wal.valid or not wal.page_size:
        return False
    try:
        data = wal_path.read_bytes()
    except OSError:
        return False
    held = set()
    size = FRAME_HEADER + wal.page_size
    for n in range(wal.valid):
        at = WAL_HEADER + n * size
        held.add(struct.unpack(">I", data[at : at + 4])[0])
    return all(p in held for p in range(first, last + 1))


ENVIRONMENT = ("locked", "busy", "disk i/o", "unable to open", "readonly", "read-only", "full",
               "out of memory", "permission", "interrupted")  # fmt: skip


def environment_fault(exc: BaseException) -> bool:
    """An SQLite error that is the environment's fault (a full disk, no permission, a lock,
    I/O), not damage to the file: such a database is never "recovered"."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and any(w in text for w in ENVIRONMENT)


def _text(value) -> str:
    """A name read as bytes (``text_factory = bytes``): NULL or undecodable in a damaged
    schema becomes ""."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def _checked(path: Path, immutable: bool, problems: list[str]) -> list[str]:
    """What SQLite's own check finds wrong, and text that cannot be decoded."""
    try:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        conn = sqldb.connect(f"file:{path}?{flags}", uri=True)
        try:
            conn.text_factory = bytes
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != b"ok":
                problems.append(f"SQLite reports damage ({ok.decode('utf-8', 'replace')[:200]})")
                return problems
            tables = {_text(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
            for table, columns in TEXT_COLUMNS.items():
                if table not in tables:
                    continue
                cols = ", ".join(f'CAST("{c}" AS BLOB)' for c in columns)
                bad = 0
                for row in conn.execute(f"SELECT {cols} FROM {table}"):
                    for value in row:
                        if value is not None:
                            try:
                                value.decode("utf-8")
                            except UnicodeDecodeError:
                                bad += 1
                if bad:
                    problems.append(
                        f"{bad} text value(s) in {table} cannot be read (damaged bytes)"
                    )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if environment_fault(exc):
            raise  # the environment (a full disk, no permission, I/O): never "recovered"
        problems.append(f"SQLite cannot read it ({exc})")
    except UnicodeDecodeError:
        # SQLite's own message quotes the damaged schema, in bytes that are not text
        problems.append("SQLite cannot read it (its schema is damaged)")
    return problems


# -- salvage: every readable row ----------------------------------------------------------------


@dataclass
class Salvaged:
    notes: dict[str, dict] = field(default_factory=dict)
    """note id → its columns (and ``tags``: names), as far as they could be read."""
    target_tags: set[tuple[str, str]] = field(default_factory=set)
    damaged_notes: set[str] = field(default_factory=set)
    """Notes read only in part (bytes that were not text replaced)."""
    unreadable_rows: int = 0
    complete: bool = True
    """Every row of every table was read: a note absent from it was deleted, not lost."""
    from_pages: dict[str, str] = field(default_factory=dict)
    """Notes read from the file's pages directly ("file") or from log frames ("log")."""
    unreadable_cells: int = 0
    """Rows found on a page that looked like a note but whose id could not be read."""
    log_missing: int = 0
    """Pages written to the WAL that are not in it any more (it was cut short)."""
    log_damaged: int = 0
    """WAL frames whose page was overwritten (their own checksum fails)."""
    pages_missing: int = 0
    """Pages the file's header promises that it does not hold (it was cut short)."""
    pages_declared: int = 0


def _decode(value, damaged: list[bool]):
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            damaged.append(True)
            return value.decode("utf-8", "replace")
    return value


def _rows(conn: sqlite3.Connection, table: str, out: Salvaged) -> list[dict]:
    """Every readable row of ``table``: all at once if possible, else rowid by rowid."""
    try:
        cursor = conn.execute(f"SELECT rowid, * FROM {table}")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    except sqlite3.DatabaseError:
        out.complete = False
    rows: list[dict] = []
    try:
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = 100_000
    misses = 0
    for rowid in range(1, min(int(top), 1_000_000) + 1):
        try:
            cursor = conn.execute(f"SELECT rowid, * FROM {table} WHERE rowid = ?", (rowid,))
            names = [d[0] for d in cursor.description]
            found = cursor.fetchall()
        except sqlite3.DatabaseError:
            out.unreadable_rows += 1
            misses += 1
            continue
        rows += [dict(zip(names, row, strict=True)) for row in found]
    return rows


def salvage(path: Path, *, raw: bool = True) -> Salvaged:
    """Read every note that can still be read from the damaged database at ``path``: through
    SQLite (from a copy whose WAL was repaired), then, for a clear file whose schema or log is
    damaged, from its pages directly (`pages.scan`). Never raises on damaged input; an
    ``OSError`` (a full disk for the copy) propagates: the caller then changes nothing."""
    out = Salvaged()
    from index.vault.session import key_for

    encrypted = key_for(path) is not None and not sqldb.is_clear(path)
    wal = None
    if not encrypted:
        try:
            wal = read_wal(Path(f"{path}-wal"))
        except OSError:
            wal = None
    try:
        _salvage_sql(path, out, encrypted)
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # whatever SQLite makes of it
        log.info("salvage through SQLite stopped: %s", exc)
        out.complete = False
    if not encrypted:
        out.pages_missing, out.pages_declared = _pages_missing(path)
        if out.pages_missing and _held_by_wal(
            Path(f"{path}-wal"),
            wal,
            out.pages_declared - out.pages_missing + 1,
            out.pages_declared,
        ):
            out.pages_missing = 0  # the WAL holds them
    if wal is not None:
        out.log_missing = wal.missing
        out.log_damaged = wal.damaged_pages
    irregular = bool(wal and (wal.bad_frames or wal.dropped_commits or wal.missing))
    if raw and not encrypted and (not out.complete or irregular):
        _salvage_pages(path, out)
    return out


def _pages_missing(path: Path) -> tuple[int, int]:
    """(pages the header promises that the file does not hold, pages it promises)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return 0, 0
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return 0, 0
    page_size = _page_size(header)
    pages = struct.unpack(">I", header[28:32])[0]
    if page_size < 512 or page_size & (page_size - 1) or not pages:
        return 0, 0
    held = size // page_size  # a page cut in its middle is counted as missing
    return max(0, pages - held), pages


def _salvage_pages(path: Path, out: Salvaged) -> None:
    from index.notes import pages

    try:
        found = pages.scan(path)
    except (OSError, MemoryError) as exc:
        log.info("could not read the damaged file's pages: %s", exc)
        return
    out.unreadable_cells = found.unreadable
    if not out.complete:
        out.target_tags |= found.target_tags
    for note_id, note in found.notes.items():
        mine = out.notes.get(note_id)
        if mine is not None and str(mine.get("modified") or "") >= str(note.get("modified") or ""):
            if note_id in out.damaged_notes and note_id not in found.damaged:
                pass  # the same version, read whole from its page: take it
            else:
                continue
        note = dict(note)
        note["tags"] = list(mine["tags"]) if mine else list(found.tags.get(note_id, []))
        out.notes[note_id] = note
        out.from_pages[note_id] = found.sources.get(note_id, "file")
        if note_id in found.damaged:
            out.damaged_notes.add(note_id)
        else:
            out.damaged_notes.discard(note_id)


SCRATCH_PREFIX = ".muragat-salvage-"


def _scratch_folder(path: Path) -> str | None:
    """Where salvage copies the damaged database: beside it, in the data folder (nothing of
    the user's is written outside it), unless that folder cannot be written (a read-only
    start: then the system's temporary folder, the copy removed as soon as it is read)."""
    folder = Path(path).parent
    return str(folder) if os.access(folder, os.W_OK) else None


def _salvage_sql(path: Path, out: Salvaged, encrypted: bool) -> None:
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, dir=_scratch_folder(path)) as tmp:
        from index.vault.session import include, key_for

        if key_for(path) is not None:
            include(Path(tmp))  # an encrypted database: its copy is read with the key
        copy = Path(tmp) / "notes.sqlite3"
        shutil.copyfile(path, copy)  # OSError (a full disk): the caller changes nothing
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
            shm = Path(f"{path}-shm")
            if shm.exists() and not encrypted:
                shutil.copyfile(shm, Path(f"{copy}-shm"))  # its mxFrame: frames to keep
            try:
                with path.open("rb") as fh:
                    header = fh.read(100)
                page_size = _page_size(header) if header.startswith(SQLITE_MAGIC) else 0
                if page_size < 512 or page_size & (page_size - 1):
                    page_size = 0
                page_size = page_size or (read_wal(wal) or WalState()).page_size or 4096
                if not encrypted:
                    repair_wal(Path(f"{copy}-wal"), page_size)
            except (OSError, struct.error, ValueError):
                log.info("could not read the damaged write-ahead log")
            Path(f"{copy}-shm").unlink(missing_ok=True)
        try:
            conn = sqldb.connect(copy)
        except sqlite3.DatabaseError:
            out.complete = False
            return
        try:
            conn.text_factory = bytes
            # a cut-short file: SQLite refuses it whole unless told to read what is there
            conn.execute("PRAGMA writable_schema = ON")
            try:
                tables = {_text(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
            except sqlite3.DatabaseError:
                out.complete = False
                return
            if "notes" not in tables:
                out.complete = False
                return
            for row in _rows(conn, "notes", out):
                damaged: list[bool] = []
                note = {k: _decode(v, damaged) for k, v in row.items() if k != "rowid"}
                if not isinstance(note.get("id"), str) or not note["id"]:
                    out.unreadable_rows += 1
                    continue
                note["tags"] = []
                out.notes[note["id"]] = note
                if damaged:
                    out.damaged_notes.add(note["id"])
            tag_names: dict[int, str] = {}
            if "tags" in tables:
                for row in _rows(conn, "tags", out):
                    name = _decode(row.get("name"), [])
                    if isinstance(name, str):
                        tag_names[row.get("id")] = name
            if "note_tags" in tables:
                for row in _rows(conn, "note_tags", out):
                    note_id = _decode(row.get("note_id"), [])
                    name = tag_names.get(row.get("tag_id"))
                    if note_id in out.notes and name:
                        out.notes[note_id]["tags"].append(name)
            if "target_tags" in tables:
                for row in _rows(conn, "target_tags", out):
                    name = tag_names.get(row.get("tag_id"))
                    target = _decode(row.get("target_id"), [])
                    if name and isinstance(target, str):
                        out.target_tags.add((target, name))
        finally:
            conn.close()


def read_database(path: Path) -> Salvaged:
    """A healthy database (a verified backup) read the same way, for merging."""
    return salvage(path, raw=False)


@dataclass
class Merged:
    notes: dict[str, dict]
    target_tags: set[tuple[str, str]]
    from_damaged: int = 0
    from_backup: list[str] = field(default_factory=list)
    """Notes the damaged file no longer held, taken from the backup."""
    repaired_from_backup: list[str] = field(default_factory=list)
    """Notes whose damaged text was replaced by the backup's identical, readable version."""
    partly_read: list[str] = field(default_factory=list)
    """Notes kept with unreadable characters (no undamaged copy of that version exists)."""


def merge(damaged: Salvaged, backup: Salvaged | None) -> Merged:
    """The salvaged notes, with the backup filling in what could not be read. A note the
    salvage read in full always wins (it is at least as new as the backup's); when the salvage
    was incomplete, notes only the backup holds come back (a deleted note returning is better
    than a lost one)."""
    merged = Merged(dict(damaged.notes), set(damaged.target_tags), len(damaged.notes))
    if backup is None:
        merged.partly_read = sorted(damaged.damaged_notes)
        return merged
    for note_id, older in backup.notes.items():
        mine = merged.notes.get(note_id)
        if mine is None:
            if not damaged.complete:
                merged.notes[note_id] = older
                merged.from_backup.append(note_id)
            continue
        if note_id in damaged.damaged_notes:
            if older.get("modified") == mine.get("modified"):
                merged.notes[note_id] = older
                merged.repaired_from_backup.append(note_id)
            else:
                merged.partly_read.append(note_id)
    merged.partly_read += sorted(
        n for n in damaged.damaged_notes if n not in backup.notes and n not in merged.partly_read
    )
    if not damaged.complete:
        merged.target_tags |= backup.target_tags
    return merged
