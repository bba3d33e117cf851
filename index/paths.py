"""Where user data lives.

Order of precedence: an explicit ``--data-dir``, then ``MURAGAT_DATA_DIR``, then portable mode (a
``muragat-data`` folder beside the executable, or ``--portable``), then the platform's user data
folder from platformdirs. Everything Muragat writes goes below the one folder this returns.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile
from pathlib import Path

import platformdirs

from index.errors import QT_TRANSLATE_NOOP, DataDirError

log = logging.getLogger(__name__)

APP_NAME = "muragat"
ENV_VAR = "MURAGAT_DATA_DIR"
PORTABLE_DIR_NAME = "muragat-data"


def executable_dir() -> Path:
    """The folder holding the running program: the frozen executable, or the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resolve_data_dir(
    explicit: str | os.PathLike[str] | None = None, portable: bool = False
) -> Path:
    """Pick the data folder (see the module docstring for the order) without creating it."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    beside = executable_dir() / PORTABLE_DIR_NAME
    if portable or beside.is_dir():
        return beside
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder (private to the user: 0700) if needed and check it is writable,
    or raise `DataDirError`. The probe file has a unique name (``mkstemp``), so processes
    starting together never remove each other's probe."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP("Errors", "cannot use the data folder {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    return path


def make_private(paths: list[Path]) -> None:
    """Take group and other permissions off these files and folders and everything below
    them (0700/0600). Links are not followed. A folder that is private already is not
    entered: nobody else can reach what is below it, and a start-up never walks thousands of
    imported documents."""
    if os.name != "posix":
        return
    pending = [str(top) for top in paths]
    while pending:
        path = pending.pop()
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            continue
        if stat.S_ISLNK(mode):
            continue
        if mode & 0o077:
            try:
                os.chmod(path, mode & 0o700)
            except OSError:
                continue
        elif stat.S_ISDIR(mode):
            continue  # private already, and so out of reach below
        if stat.S_ISDIR(mode):
            try:
                pending += [os.path.join(path, name) for name in os.listdir(path)]
            except OSError:
                continue
