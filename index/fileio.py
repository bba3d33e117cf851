"""Every file Muragat writes goes through here: atomic, durable, and never onto a special file.

``write_atomic`` writes a temporary file beside the target, fsyncs it, renames it over the
target and fsyncs the folder, so a killed process or a power cut leaves the old file or the new
one, never half. It refuses targets that are not regular files (a folder, a device such as
``/dev/null``, a FIFO, a socket): replacing those with a file would be a disaster, not a write.
Failures the environment causes (no such folder, no permission, a full disk) become a
`WriteError` naming the path; anything else is a bug and propagates.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP, KnownError, Message


class WriteError(KnownError):
    """A file could not be written; the message names it and says why, plainly."""


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Message(QT_TRANSLATE_NOOP("Errors", "a folder"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message(QT_TRANSLATE_NOOP("Errors", "a device"))
    if stat.S_ISFIFO(mode):
        return Message(QT_TRANSLATE_NOOP("Errors", "a pipe (FIFO)"))
    if stat.S_ISSOCK(mode):
        return Message(QT_TRANSLATE_NOOP("Errors", "a socket"))
    return Message(QT_TRANSLATE_NOOP("Errors", "not a regular file"))


def writable_target(path: Path) -> Path:
    """The file a write to ``path`` should replace: the path itself, or what a link points at.
    Raises `WriteError` when that is a folder, a device, a FIFO or a socket."""
    path = Path(path)
    try:
        target = path.resolve() if path.is_symlink() else path
        info = target.stat()
    except FileNotFoundError:
        return target if path.is_symlink() else path
    except OSError as exc:
        raise WriteError(
            QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from None
    kind = _kind(info.st_mode)
    if kind:
        raise WriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "cannot write {path}: it is {kind}, not a file; choose a file name"
            ),
            path=path,
            kind=kind,
        )
    return target


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(
    path: Path,
    data: bytes,
    *,
    make_folder: bool = True,
    sync_folder: bool = True,
    clear: bool = False,
) -> Path:
    """Replace ``path`` with ``data`` atomically and durably (see the module docstring).
    ``sync_folder=False`` leaves the folder's fsync to the caller: for several files written
    into a new folder that is fsynced once before it is sealed and moved into place.
    Inside an open vault the bytes are sealed with its key (`index.vault.sealed`) unless
    ``clear`` (a file the user asked for, an export; the vault's key file)."""
    path = writable_target(Path(path))
    if not clear:
        from index.vault.sealed import for_writing

        data = for_writing(path, data)
    tmp: str | None = None
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
        if sync_folder:
            fsync_folder(path.parent)
    except OSError as exc:
        raise WriteError(
            QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return path


def read_data(path: Path) -> bytes:
    """A file Muragat wrote in the data folder, unsealed when the vault sealed it."""
    from index.vault.sealed import read

    return read(Path(path))


def write_text_atomic(path: Path, text: str, *, sync_folder: bool = True) -> Path:
    return write_atomic(path, text.encode("utf-8"), sync_folder=sync_folder)


def copy_atomic(source: Path, target: Path, *, sync_folder: bool = True) -> Path:
    """Copy a file's bytes through `write_atomic` (for a document's original, say)."""
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise WriteError(
            QT_TRANSLATE_NOOP("Errors", "cannot read {source}: {reason}"),
            source=source,
            reason=exc.strerror or exc,
        ) from None
    return write_atomic(target, data, sync_folder=sync_folder)
