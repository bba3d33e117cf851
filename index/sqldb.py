"""The one SQLite driver of the user's databases: SQLCipher (``sqlcipher3``), plain or keyed.

``sqlite3`` here is ``sqlcipher3.dbapi2`` — the standard module's interface over an SQLite
build that can encrypt every page (and the WAL and journals) with AES-256 and an HMAC per
page. Every module that opens the notes or the document store imports it from here, so the
errors it catches are the ones the driver raises. A database is opened with the vault's key
when it lies in the open vault's folder, unless it is still a clear file (made before the
vault, being converted): then it opens as it is and the conversion encrypts it. Without the
binding (a source checkout that lacks it) the standard module is used and the vault refuses
to be turned on.
"""

from __future__ import annotations

from pathlib import Path

try:
    from sqlcipher3 import dbapi2 as sqlite3

    HAS_SQLCIPHER = True
except ImportError:  # pragma: no cover - the fallback is for checkouts without the wheel
    import sqlite3  # type: ignore[no-redef]

    HAS_SQLCIPHER = False

CLEAR_HEADER = b"SQLite format 3\x00"

__all__ = ["HAS_SQLCIPHER", "apply_key", "connect", "is_clear", "sqlite3"]


def is_clear(path: Path | str) -> bool | None:
    """True for a clear SQLite file, False for one that is not (encrypted, or damaged),
    None when there is no file or it is empty."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(CLEAR_HEADER))
    except (FileNotFoundError, IsADirectoryError):
        return None
    if not head:
        return None
    return head == CLEAR_HEADER


def apply_key(conn, key: bytes) -> None:
    """Key a fresh connection (the first statement it runs). The key is the data key itself,
    given raw: SQLCipher's own passphrase derivation is skipped, Argon2id did that once."""
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def key_of(path: Path | str) -> bytes | None:
    """The key to open ``path`` with: the open vault's, unless the file is a clear one."""
    from index.vault.session import key_for

    target = str(path)
    if target.startswith("file:"):
        target = target[5:].split("?", 1)[0]
    if target == ":memory:" or not target:
        return None
    key = key_for(target)
    if key is None or is_clear(target):
        return None
    return key


def connect(path: Path | str, *args, key: bytes | None = None, **kwargs):
    """``sqlite3.connect`` keyed as `key_of` says (or with ``key`` when given)."""
    key = key if key is not None else key_of(path)
    conn = sqlite3.connect(path, *args, **kwargs)
    if key is not None:
        apply_key(conn, key)
    return conn
