"""What the single-file executable knows about itself: how it was built (above all the oldest
C library it needs) and the folders it unpacks into.

PyInstaller's one-file executable unpacks itself into a ``_MEIxxxxxxxxyyyyyy`` folder (the
launcher's process id in hex, then six random characters) below the temporary folder, and
removes it at exit. A hard kill of the launcher (``kill -9``) leaves it behind, 130+ MB each
time; the next start removes such leftovers: only Muragat's (they hold ``resources/build-info.
json``), only the user's own, and only when no process uses them any more.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import sys
from pathlib import Path

from index import __version__
from resources import ROOT as RESOURCES

log = logging.getLogger(__name__)

BUILD_INFO = RESOURCES / "build-info.json"
"""Written by packaging/muragat.spec into the executable; absent when running from source."""
UNPACK_PREFIX = "_MEI"
BEING_REMOVED = "-removing"


def build_info() -> dict | None:
    try:
        return json.loads(BUILD_INFO.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def glibc_floor() -> str | None:
    info = build_info()
    return info.get("glibc_floor") if info else None


def version_text() -> str:
    """What ``muragat --version`` prints."""
    info = build_info()
    if info is None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            pyside = version("PySide6-Essentials")
        except PackageNotFoundError:
            pyside = "not installed"
        return (
            f"muragat {__version__} (from source: Python {platform.python_version()}, "
            f"PySide6 {pyside})"
        )
    lines = [
        f"muragat {__version__} (single file for {info.get('system', '?')}: "
        f"Python {info.get('python', '?')}, PySide6 {info.get('pyside6', '?')})"
    ]
    if info.get("glibc_floor"):
        lines.append(
            f"needs the GNU C library (glibc) {info['glibc_floor']} or newer "
            "(Ubuntu 22.04, Debian 12, Fedora 36 and later)"
        )
    return "\n".join(lines)


# -- leftovers of earlier runs ----------------------------------------------------------------


def unpack_dir() -> Path | None:
    """The folder this process runs from, when it is a one-file executable."""
    meipass = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not meipass:
        return None
    path = Path(meipass)
    return path if path.name.startswith(UNPACK_PREFIX) else None  # one-folder builds: None


def _launcher_pid(folder: Path) -> int | None:
    try:
        return int(folder.name[len(UNPACK_PREFIX) : len(UNPACK_PREFIX) + 8], 16)
    except ValueError:
        return None


def _process_started(pid: int, proc: Path) -> float | None:
    """When a process started (seconds since the epoch), or None if there is no such process."""
    try:
        stat = (proc / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
        boot = next(
            float(line.split()[1])
            for line in (proc / "stat").read_text(encoding="ascii").splitlines()
            if line.startswith("btime ")
        )
    except (OSError, StopIteration, ValueError):
        return None
    fields = stat.rsplit(")", 1)[-1].split()  # the name in parentheses may hold spaces
    return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")


def _launcher_alive(folder: Path, created: float, proc: Path = Path("/proc")) -> bool:
    """Whether the launcher that unpacked ``folder`` still runs: its process id is in the
    folder's name; a process with that id that started after the folder existed is another
    program that was given the same id later."""
    pid = _launcher_pid(folder)
    if pid is None:
        return False
    started = _process_started(pid, proc)
    return started is not None and started <= created + 2


def _mapped_by_any_process(folder: Path, proc: Path = Path("/proc")) -> bool:
    """Whether any process has a file of ``folder`` mapped (the app maps its libraries from
    there for as long as it runs) or its working directory in it."""
    prefix = str(folder) + os.sep
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            with (entry / "maps").open(encoding="utf-8", errors="replace") as maps:
                if any(prefix in line for line in maps):
                    return True
            if (os.readlink(entry / "cwd") + os.sep).startswith(prefix):
                return True
        except OSError:  # gone, or another user's
            continue
    return False


def stale_unpack_folders(parent: Path, own: Path | None) -> list[Path]:
    """Muragat's unpack folders below ``parent`` that no process uses: safe to remove."""
    if not Path("/proc/self/maps").exists():  # only Linux can tell what is in use
        return []
    found = []
    try:
        candidates = sorted(parent.glob(UNPACK_PREFIX + "*"))
    except OSError:
        return []
    for folder in candidates:
        try:
            info = folder.lstat()
        except OSError:
            continue
        if own is not None and folder == own:
            continue
        if not folder.is_dir() or folder.is_symlink() or info.st_uid != os.getuid():
            continue
        if folder.name.endswith(BEING_REMOVED):  # we renamed it: ours, no longer in use
            found.append(folder)
            continue
        if not (folder / "resources" / "build-info.json").is_file():
            continue  # another PyInstaller program's, or not unpacked far enough to tell
        if _launcher_alive(folder, info.st_mtime) or _mapped_by_any_process(folder):
            continue
        found.append(folder)
    return found


def remove_stale_unpack_folders() -> list[Path]:
    """Remove what earlier, killed runs left behind (see the module docstring). Returns the
    folders removed. Never raises: a leftover that cannot be removed now is tried next time."""
    own = unpack_dir()
    if own is None:
        return []
    parents = {own.parent}
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    parents.add(Path(cache) / "muragat")  # where the launcher unpacks when /tmp is noexec
    removed = []
    for parent in parents:
        for folder in stale_unpack_folders(parent, own):
            target = folder
            try:
                if not folder.name.endswith(BEING_REMOVED):
                    # Renamed first, so that a removal cut short is recognised next time.
                    target = folder.with_name(folder.name + BEING_REMOVED)
                    folder.rename(target)
                shutil.rmtree(target)
                removed.append(folder)
            except OSError as exc:
                log.info("could not remove the leftover %s: %s", folder, exc)
    if removed:
        log.info("removed %d folder(s) left by earlier runs: %s", len(removed), removed)
    return removed
