"""The vault's key while it is open in this process.

One data folder per process (the window or one command); `open_vault` puts its data key here,
`close` drops it (the lock). Readers of the user's files ask `key_for(path)`: the key when the
path is inside the open vault's folder, else None (the folder is not a vault, or it is locked:
then `require` says so plainly). Python cannot promise to wipe a ``bytes`` from memory; closing
drops every reference this module holds (see the README's threat model).
"""

from __future__ import annotations

import threading
from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP
from index.vault import keys
from index.vault.keys import VaultError

_lock = threading.Lock()
_folder: Path | None = None
_key: bytes | None = None
_also: set[Path] = set()
"""Private scratch folders (a read-only start's copies) whose files are read with the key."""


class VaultLocked(VaultError):
    pass


def is_vault(data_dir: Path) -> bool:
    return keys.key_path(data_dir).is_file()


def open_vault(data_dir: Path, passphrase: str) -> None:
    """Unwrap the data key of the vault in ``data_dir`` (`WrongPassphrase` when it does not
    open) and hold it."""
    key = keys.unwrap(keys.key_path(data_dir), passphrase)
    hold(data_dir, key)


def hold(data_dir: Path, key: bytes) -> None:
    global _folder, _key
    with _lock:
        _folder, _key = Path(data_dir).resolve(), key


def close() -> None:
    """Drop the key (the lock): nothing of the vault can be read until it is opened again."""
    global _folder, _key
    with _lock:
        _folder, _key = None, None
        _also.clear()


def is_open(data_dir: Path | None = None) -> bool:
    with _lock:
        if _key is None:
            return False
        return data_dir is None or Path(data_dir).resolve() == _folder


def key_for(path: Path | str) -> bytes | None:
    """The data key when ``path`` is in the open vault's folder; else None."""
    with _lock:
        if _key is None or _folder is None:
            return None
        key, folders = _key, [_folder, *_also]
    target = Path(path).resolve()
    if any(target.is_relative_to(folder) for folder in folders):
        return key
    return None


def include(folder: Path) -> None:
    """Read and write the files below ``folder`` (a private scratch folder) with the key."""
    with _lock:
        if _key is not None:
            _also.add(Path(folder).resolve())


def require(data_dir: Path) -> bytes | None:
    """The key for ``data_dir``: None when it is no vault, `VaultLocked` when it is one and is
    not open here."""
    if not is_vault(data_dir):
        return None
    with _lock:
        if _key is not None and _folder == Path(data_dir).resolve():
            return _key
    raise VaultLocked(
        QT_TRANSLATE_NOOP(
            "Errors", "the data folder {path} is protected by a passphrase and is locked"
        ),
        path=data_dir,
    )
