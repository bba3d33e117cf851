"""The notes database read into memory, for a data folder that cannot be written (read-only
mode): no copy of it is written anywhere — not beside it, where nothing can be written, and not
in the system's temporary folder, where a copy would outlive a killed process in the clear.

SQLite cannot read a WAL-mode database in place when its ``-shm`` file is missing and cannot be
made, and would ignore the WAL altogether as an ``immutable`` file. So the committed database is
put together here as SQLite's own recovery of a WAL does it — the main file, then every frame of
the WAL up to its last commit whose checksums (chained from the WAL's header) and salts hold —
and handed to SQLite's in-memory database (``deserialize``) for each reading thread.

(SQLCipher's binding has no ``deserialize``; the standard module reads these clear images. An
encrypted database — the vault — is read through SQLCipher, `index.notes.store`.)
"""

from __future__ import annotations

import sqlite3 as clear_sqlite3
import struct
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24

Error = clear_sqlite3.Error


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(("<", ">")[big_endian] + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def committed_frames(wal: bytes) -> tuple[int, int, dict[int, bytes]]:
    """(page size, pages after the last commit, page number → its newest committed content)
    of a WAL's bytes; (0, 0, {}) when it holds no commit."""
    if len(wal) < WAL_HEADER:
        return 0, 0, {}
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", wal[:32])
    big = magic == 0x377F0683
    if magic not in WAL_MAGICS or page_size < 512 or page_size & (page_size - 1):
        return 0, 0, {}
    if _checksum(wal[:24], 0, 0, big) != (c1, c2):
        return 0, 0, {}
    s0, s1 = c1, c2
    size = FRAME_HEADER + page_size
    pending: dict[int, bytes] = {}
    committed: dict[int, bytes] = {}
    pages = 0
    offset = WAL_HEADER
    while offset + size <= len(wal):
        header = wal[offset : offset + FRAME_HEADER]
        page, commit, fs1, fs2, fc1, fc2 = struct.unpack(">6I", header)
        content = wal[offset + FRAME_HEADER : offset + size]
        if (fs1, fs2) != (salt1, salt2) or page == 0:
            break  # an older WAL's frames from here on
        s0, s1 = _checksum(header[:8], s0, s1, big)
        s0, s1 = _checksum(content, s0, s1, big)
        if (s0, s1) != (fc1, fc2):
            break  # a torn or damaged frame: SQLite stops here too
        pending[page] = content
        if commit:
            committed.update(pending)
            pending.clear()
            pages = commit
        offset += size
    return page_size, pages, committed


def committed_image(path: Path) -> bytes:
    """The database at ``path`` as SQLite would read it: its file with its WAL's committed
    frames applied (`OSError` when it cannot be read)."""
    main = path.read_bytes() if path.exists() else b""
    try:
        wal = Path(f"{path}-wal").read_bytes()
    except FileNotFoundError:
        wal = b""
    page_size, pages, frames = committed_frames(wal)
    if not frames:
        image = bytearray(main)
    else:
        image = bytearray(main[: pages * page_size].ljust(pages * page_size, b"\0"))
        for page, content in frames.items():
            if page <= pages:
                image[(page - 1) * page_size : page * page_size] = content
    if image[:16] == SQLITE_MAGIC and len(image) >= 100:
        image[18:20] = b"\x01\x01"  # read as a rollback-journal file: memory has no WAL
    return bytes(image)


def connect(image: bytes) -> clear_sqlite3.Connection:
    """A connection to an in-memory copy of ``image`` (`Error` when it is no database);
    what is written to it stays in it."""
    conn = clear_sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    try:
        if image:
            conn.deserialize(image)
        conn.row_factory = clear_sqlite3.Row
    except BaseException:
        conn.close()
        raise
    return conn


def problem(image: bytes) -> str | None:
    """What SQLite's quick check finds wrong with ``image``, or None."""
    if not image:
        return None
    if image[:16] != SQLITE_MAGIC:
        return "not a database"
    try:
        conn = connect(image)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except Error as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])
