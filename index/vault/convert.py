"""Turning the vault on and off, changing its passphrase, and shredding it.

Turning it on writes the key file first (atomically), then converts file by file, each by an
atomic replace: SQLite files through SQLCipher's ``sqlcipher_export``, the user's bundle files
sealed (`index.vault.sealed`), the search index of the user's data dropped (it is rebuilt,
sealed, from the encrypted stores). Readers tell a clear file from an encrypted one by its
first bytes, so a conversion cut short (a kill, a power cut) leaves every file readable with
the passphrase, and running it again (or opening the vault, which finishes it) completes it.
Turning it off does the reverse and removes the key file last.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from index.vault import keys, session

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

OFF, LOCKED, OPEN = "off", "locked", "open"


def status(data_dir: Path) -> str:
    """``off`` (no vault), ``locked`` (a vault not open in this process) or ``open``."""
    if not session.is_vault(data_dir):
        return OFF
    return OPEN if session.is_open(data_dir) else LOCKED


CONVERTING = "vault.converting"
"""Present while the data folder is being converted either way; an open finishes the work."""


def _db_files(data_dir: Path) -> list[Path]:
    from index.archive.store import STORE_FILE

    found = [data_dir / "notes.sqlite3", data_dir / STORE_FILE]
    backups = data_dir / "backups"
    if backups.is_dir():
        found += sorted(p for p in backups.iterdir() if p.suffix == ".sqlite3" and p.is_file())
    return [p for p in found if p.is_file()]


def _whole_files(data_dir: Path) -> list[Path]:
    """Files sealed whole: kept-aside damaged databases, the keys the user trusts and the
    editions seen (they tell whom the user works with), the anchors mark."""
    from index.archive.editions import EDITIONS_SEEN
    from index.archive.signing import TRUSTED_KEYS
    from index.wipe import ANCHORS_MARK

    found = [p for p in data_dir.glob("notes.sqlite3.damaged-*") if p.is_file()]
    whole = (data_dir / TRUSTED_KEYS, data_dir / EDITIONS_SEEN, data_dir / ANCHORS_MARK)
    return found + [p for p in whole if p.is_file()]


def _export(path: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    """Rewrite the SQLite file at ``path`` under ``target_key`` (None: clear) with SQLCipher's
    ``sqlcipher_export``, then put it in place by one rename."""
    from index.fileio import fsync_folder
    from index.sqldb import apply_key, sqlite3

    tmp = path.with_name(f".{path.name}.vault-tmp")
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if source_key is not None:
            apply_key(conn, source_key)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        target = f"x'{target_key.hex()}'" if target_key is not None else ""
        conn.execute(f"ATTACH DATABASE ? AS converted KEY \"{target}\"", (str(tmp),))
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    fsync_folder(path.parent)


def _convert_databases(data_dir: Path, key: bytes, to_vault: bool, step) -> None:
    from index.sqldb import is_clear
    from index.sqldb import sqlite3 as sql

    for path in _db_files(data_dir):
        clear = is_clear(path)
        if clear is None or clear != to_vault:
            step()
            continue  # converted already (a run cut short), or empty
        try:
            _export(path, None if to_vault else key, key if to_vault else None)
        except sql.DatabaseError as exc:  # a damaged backup: sealed (or opened) whole
            log.warning("%s: %s; converted as a whole file", path.name, type(exc).__name__)
            _convert_whole(path, to_vault)
        step()


def _convert_whole(path: Path, to_vault: bool) -> None:
    from index.fileio import write_atomic
    from index.vault.sealed import is_sealed, opened

    data = path.read_bytes()
    if is_sealed(data) == to_vault:
        return
    write_atomic(path, opened(path, data), clear=not to_vault)


def _bundle_folders(data_dir: Path) -> list[Path]:
    from index.archive.archive import USER_BUNDLES

    root = data_dir / USER_BUNDLES
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def _convert_bundles(data_dir: Path, key: bytes, to_vault: bool, step) -> None:
    """Seal (or open) every file of every imported bundle, then rename its folder to the
    keyed hash of its id (or back to its id); the store learns the new names."""
    import json

    from index.archive.bundle import MANIFEST
    from index.archive.store import STORE_FILE, DocumentStore, manifest_stamp
    from index.fileio import fsync_folder, read_data
    from index.vault.sealed import folder_name

    moved: list[tuple[str, str, str]] = []
    for folder in _bundle_folders(data_dir):
        for file in sorted(p for p in folder.iterdir() if p.is_file() and p.name != MANIFEST):
            _convert_whole(file, to_vault)
        if (folder / MANIFEST).is_file():
            _convert_whole(folder / MANIFEST, to_vault)  # last: it is what marks a bundle
            try:
                ident = json.loads(read_data(folder / MANIFEST))["id"]
            except (ValueError, KeyError, TypeError):
                ident = None
            if isinstance(ident, str) and ident.startswith("mine-"):
                name = folder_name(key, ident) if to_vault else ident
                if name != folder.name and not (folder.parent / name).exists():
                    folder.rename(folder.parent / name)
                    moved.append((folder.name, name, manifest_stamp(folder.parent / name) or ""))
        step()
    if moved:
        fsync_folder(data_dir / "bundles")
        if (data_dir / STORE_FILE).is_file():
            store = DocumentStore(data_dir / STORE_FILE, data_dir / "bundles")
            try:
                store.moved(moved)
            finally:
                store.close()


def _convert(data_dir: Path, key: bytes, to_vault: bool, progress: Progress | None) -> None:
    """Callers hold the folder alone (`index.in_use.alone`): a window or a command that has it
    open would go on writing to the files this replaces."""
    import shutil

    from index.core import INDEX_DIR
    from index.fileio import write_atomic

    write_atomic(data_dir / CONVERTING, b"1\n", clear=True)
    dbs, folders = _db_files(data_dir), _bundle_folders(data_dir)
    total, done = len(dbs) + len(folders) + 1, 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    _convert_databases(data_dir, key, to_vault, step)
    for path in _whole_files(data_dir):
        _convert_whole(path, to_vault)
    _convert_bundles(data_dir, key, to_vault, step)
    # the user's search index is made again from the stores, under the new state
    shutil.rmtree(data_dir / INDEX_DIR, ignore_errors=True)
    if to_vault:  # a clear log from before (redacted, but it names documents): the window
        for old in data_dir.glob("muragat.log*"):  # keeps none with the vault on
            old.unlink(missing_ok=True)
    step()
    (data_dir / CONVERTING).unlink(missing_ok=True)


def enable(
    data_dir: Path,
    passphrase: str,
    params: keys.KdfParams | None = None,
    progress: Progress | None = None,
) -> None:
    """Turn the vault on: a new data key wrapped under ``passphrase``, and everything the user
    wrote or imported converted. Run again on a vault (a conversion cut short), it unwraps the
    key and finishes."""
    from index.errors import QT_TRANSLATE_NOOP
    from index.sqldb import HAS_SQLCIPHER

    if not HAS_SQLCIPHER:
        raise keys.VaultError(
            QT_TRANSLATE_NOOP("Errors", "this build of Muragat cannot encrypt (no SQLCipher)")
        )
    data_dir = Path(data_dir)
    if not passphrase:
        raise keys.VaultError(QT_TRANSLATE_NOOP("Errors", "the passphrase is empty"))
    from index.in_use import alone

    path = keys.key_path(data_dir)
    with alone(data_dir):
        if path.is_file():
            key = keys.unwrap(path, passphrase)
        else:
            key = keys.new_data_key()
            keys.write_key_file(data_dir, keys.wrap(key, passphrase, params or keys.KdfParams()))
        session.hold(data_dir, key)
        _convert(data_dir, key, True, progress)


def finish(data_dir: Path, progress: Progress | None = None) -> bool:
    """Finish a conversion to the vault that was cut short (the vault is open here); whether
    there was one. One ``stat`` when there was none."""
    data_dir = Path(data_dir)
    if not (data_dir / CONVERTING).exists():
        return False
    key = session.require(data_dir)
    if key is None:  # a disable finished but for its marker
        (data_dir / CONVERTING).unlink(missing_ok=True)
        return False
    from index.in_use import alone

    with alone(data_dir):
        _convert(data_dir, key, True, progress)
    return True


def disable(
    data_dir: Path, passphrase: str | None = None, progress: Progress | None = None
) -> None:
    """Turn the vault off: everything converted back to clear files, the key file removed
    last (`WrongPassphrase` first when the passphrase does not open it). Without a
    passphrase the vault must be open in this process."""
    data_dir = Path(data_dir)
    from index.fileio import fsync_folder
    from index.in_use import alone

    if passphrase is None:
        key = session.require(data_dir)
        if key is None:
            return
    else:
        key = keys.unwrap(keys.key_path(data_dir), passphrase)
    with alone(data_dir):
        session.hold(data_dir, key)
        _convert(data_dir, key, False, progress)
        session.close()
        keys.key_path(data_dir).unlink(missing_ok=True)
        fsync_folder(data_dir)


def change_passphrase(
    data_dir: Path, old: str, new: str, params: keys.KdfParams | None = None
) -> None:
    """Wrap the same data key under ``new`` (one atomic replace of the key file)."""
    from index.errors import QT_TRANSLATE_NOOP

    if not new:
        raise keys.VaultError(QT_TRANSLATE_NOOP("Errors", "the passphrase is empty"))
    path = keys.key_path(data_dir)
    key = keys.unwrap(path, old)
    keys.write_key_file(data_dir, keys.wrap(key, new, params or keys.KdfParams()))


def shred(data_dir: Path) -> list[str]:
    """Quick erase: the key file is overwritten and removed first — from then on nothing the
    vault holds can be read, whatever its size — then Muragat's files are removed (`wipe`).
    Returns what was removed, by kind."""
    from index.wipe import wipe

    data_dir = Path(data_dir)
    keys.shred_key_file(data_dir)
    session.close()
    (data_dir / CONVERTING).unlink(missing_ok=True)
    report = wipe(data_dir)
    return sorted(report.removed)
