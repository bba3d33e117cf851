"""Wipe all of the user's data: notes, backups, search index, imported documents, settings,
trusted keys and logs — and say what was removed.

Only what Muragat itself keeps is removed, by name: the data folder may be one the user chose
(``--data-dir ~/Documents``), so nothing else in it is touched, and the folder itself is removed
only when it is left empty. (Files are deleted, not overwritten: on SSDs and journalling file
systems overwriting in place does not reach the old blocks anyway; full-disk encryption is what
protects deleted data.)
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from index import in_use
from index.archive.archive import USER_BUNDLES
from index.archive.editions import EDITIONS_SEEN
from index.archive.signing import TRUSTED_KEYS
from index.archive.store import STORE_FILE
from index.errors import QT_TRANSLATE_NOOP, KnownError

ANCHORS_MARK = "anchors-checked"
"""The archive the notes' anchors were last checked against (`index.core.Core._check_anchors`)."""

# what each entry is, in words, and the names (globs) it covers inside the data folder
KEPT = [
    ("notes", ["notes.sqlite3", "notes.sqlite3-wal", "notes.sqlite3-shm", "notes.sqlite3-journal",
               "notes.sqlite3.damaged-*", ".notes.sqlite3.*", ".muragat-salvage-*"]),
    ("backups of the notes", ["backups"]),
    ("search index", ["index"]),
    ("imported documents", [USER_BUNDLES, STORE_FILE, f"{STORE_FILE}-*"]),
    ("settings", ["muragat.ini", "qt", ".muragat.ini*", "muragat-private.sealed",
                  ".muragat-private.sealed.*"]),
    # with the keys, what they vouched for: the newest edition seen of each bundle per key
    ("trusted keys", [TRUSTED_KEYS, f".{TRUSTED_KEYS}.*", EDITIONS_SEEN, f".{EDITIONS_SEEN}.*"]),
    ("logs", ["muragat.log", "muragat.log.*"]),
    ("vault key", ["vault.key", ".vault.key.*", "vault.converting"]),
    ("caches", ["cache", "config", "state", ".write-test*", ".in-use", ANCHORS_MARK,
                f".{ANCHORS_MARK}*"]),
]  # fmt: skip


@dataclass
class WipeReport:
    folder: Path
    removed: dict[str, list[str]] = field(default_factory=dict)
    """What each kind of data was, → the names removed."""
    folder_removed: bool = False

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.removed.values())


def planned(data_dir: Path) -> dict[str, list[Path]]:
    """What `wipe` would remove, by kind (only what exists)."""
    plan: dict[str, list[Path]] = {}
    if not data_dir.is_dir():
        return plan
    for kind, patterns in KEPT:
        found = sorted({p for pattern in patterns for p in data_dir.glob(pattern)})
        if found:
            plan[kind] = found
    return plan


def wipe(data_dir: Path) -> WipeReport:
    """Remove everything `planned` lists (raises `KnownError` when something cannot be).

    Refuses (`index.in_use.FolderInUse`, nothing removed) while another Muragat — a window, a
    command — has the folder open: it would go on writing notes into files no longer in any
    folder, and acknowledging them. The caller closes its own `Core` first."""
    if not data_dir.is_dir():
        return WipeReport(data_dir)
    if not os.access(data_dir, os.W_OK):  # no lock to take, and nothing can be removed:
        return _remove(data_dir)  # says so
    with in_use.alone(data_dir):
        return _remove(data_dir)


def _remove(data_dir: Path) -> WipeReport:
    report = WipeReport(data_dir)
    problems = []
    for kind, paths in planned(data_dir).items():
        for path in paths:
            try:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                problems.append(f"{path}: {exc.strerror or exc}")
                continue
            report.removed.setdefault(kind, []).append(path.name)
    try:
        data_dir.rmdir()  # only when nothing else (the user's own files) is in it
        report.folder_removed = True
    except OSError:
        pass
    if problems:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "could not remove everything: {problems}"),
            problems="; ".join(problems),
        )
    return report
