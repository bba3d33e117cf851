"""Which processes use a data folder: every Muragat holds a shared lock on ``.in-use`` in it
while its stores are open; turning the vault on or off (which replaces every file) takes the
lock alone, and refuses while another Muragat — a window, a command — has the folder open.

``flock`` locks belong to an open file, so a process that still holds a `Core` conflicts with
itself too: the window closes its own before converting. Where there is no ``fcntl``
(Windows) nothing is locked.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP, KnownError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

LOCK_FILE = ".in-use"


class FolderInUse(KnownError):
    pass


def share(data_dir: Path) -> int | None:
    """Hold the folder's shared lock (an open descriptor; `release` it), or None when the
    folder does not exist yet or cannot be written."""
    if fcntl is None:
        return None
    try:
        fd = os.open(Path(data_dir) / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:  # being converted right now: the converter says so when it is done
        os.close(fd)
        raise FolderInUse(
            QT_TRANSLATE_NOOP("Errors", "{path} is being converted; try again when it is done"),
            path=data_dir,
        ) from None
    return fd


def release(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


@contextlib.contextmanager
def alone(data_dir: Path) -> Iterator[None]:
    """Hold the folder's lock alone for the ``with`` block; `FolderInUse` when another
    Muragat has it open."""
    if fcntl is None:
        yield
        return
    fd = os.open(Path(data_dir) / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise FolderInUse(
                QT_TRANSLATE_NOOP("Errors", "another Muragat is using {path}; close it first"),
                path=data_dir,
            ) from None
        yield
    finally:
        os.close(fd)
