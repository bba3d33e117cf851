"""Every persisted GUI setting, declared once, with its type and default.

Settings that tell what the user did (``revealing``: the last paragraph open) are kept in the
clear INI file only while the data folder is no vault. With the vault on they live in
``muragat-private.sealed`` beside it, sealed with the vault's key (`index.vault.sealed`), and
are neither read nor written while it is locked; the INI file keeps only the look of the window
(geometry, panels, zoom, theme, language) and the idle-lock time.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    revealing: bool = False
    """Tells what the user did: sealed with the vault's key when the vault is on."""


GEOMETRY = Option("window/geometry", bytes, b"")
STATE = Option("window/state", bytes, b"")
SPLITTER = Option("window/splitter", bytes, b"")
ZOOM = Option("reader/zoom", int, 0)
THEME = Option("reader/theme", str, "system")  # system, light or dark
LAST_POSITION = Option("reader/last_position", str, "", revealing=True)
EXACT = Option("search/exact", bool, False)
NAVIGATOR_SHOWN = Option("window/navigator_shown", bool, True)
SIDE_SHOWN = Option("window/side_shown", bool, True)
PANEL_FIRST = Option("window/panel_first", str, "side")  # side or navigator
"""The side panel asked for last, which keeps its place when only one fits (F9 on a narrow
window shows the navigator, and search and notes give way: so it is at the next start)."""
CARET = Option("reader/caret_browsing", bool, True)
LANGUAGE = Option("interface/language", str, "system")  # system, en, ru or kk
LOCK_AFTER = Option("vault/lock_after_minutes", float, 10.0)
"""With the vault on, lock after this many minutes without a key press or a mouse input to
the app; 0: never."""
IMPORT_FOLDER = Option("files/import_folder", str, "", revealing=True)
EXPORT_FOLDER = Option("files/export_folder", str, "", revealing=True)
"""Where the Import and Save dialogs start: the folders last chosen (`app.gui.file_dialogs`)."""
VAULT_OFFERED = Option("vault/offered", bool, False)
"""The offer to protect the data with a passphrase was made (it is made once)."""
NOTES_SORT = Option("notes/sort", str, "created-desc")
"""The order of the Notes tab (`index.notes.listing.SORTS`): newest first until chosen."""
CITATION_STYLE = Option("edit/citation_style", str, "short")
"""How Copy citation, the notes panel and exports cite (`index.archive.citation.STYLES`)."""
OCR_LANGUAGES = Option("import/ocr_languages", str, "rus+kaz+eng")
"""The languages text recognition reads scans in, as last chosen in the Import dialog
(`app.gui.ocr_languages`)."""

QT_FOLDER = "qt"
PRIVATE_FILE = "muragat-private.sealed"
ALL = (
    GEOMETRY,
    STATE,
    SPLITTER,
    ZOOM,
    THEME,
    LAST_POSITION,
    EXACT,
    NAVIGATOR_SHOWN,
    SIDE_SHOWN,
    PANEL_FIRST,
    CARET,
    LANGUAGE,
    LOCK_AFTER,
    IMPORT_FOLDER,
    EXPORT_FOLDER,
    VAULT_OFFERED,
    NOTES_SORT,
    CITATION_STYLE,
    OCR_LANGUAGES,
)


def keep_qt_settings_in(folder: Path) -> None:
    """Qt's own settings (the file dialog's folder history, written as ``QtProject``) go to
    ``folder``, never ``~/.config``: any QSettings made by scope and organisation, in either
    format, lands below it."""
    with contextlib.suppress(OSError):  # a read-only data folder: then not kept at all
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def forget_file_dialog_history(folder: Path) -> None:
    """Remove what Qt's own file dialog remembers (its ``FileDialog`` group: the folders
    visited, the last one, the sidebar's places) from Qt's settings kept in ``folder``.
    Qt writes it when a dialog closes; with the vault on it is removed right after."""
    for name in ("QtProject.conf", "QtProject.ini"):
        path = Path(folder) / name
        if not path.is_file():
            continue
        qs = QSettings(str(path), QSettings.Format.IniFormat)
        qs.remove("FileDialog")
        qs.sync()


def file_dialog_options(data_dir: Path):
    """Options for a file dialog: with the vault on, Qt's own dialog (its history is in our
    ``qt`` folder, removed after each use) rather than the system's, which may keep a list of
    recent files of its own outside the data folder."""
    from PySide6.QtWidgets import QFileDialog

    if _is_vault(data_dir):
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def after_file_dialog(data_dir: Path) -> None:
    """After a file dialog closed: with the vault on, the folders it visited are forgotten."""
    if _is_vault(data_dir):
        forget_file_dialog_history(Path(data_dir) / QT_FOLDER)


def _is_vault(data_dir: Path) -> bool:
    from index.vault import session

    return session.is_vault(data_dir)


class Settings:
    """QSettings in an INI file inside the data folder, so portable mode carries them too;
    Qt's own settings are kept in the data folder's ``qt`` folder (`keep_qt_settings_in`).
    The ``revealing`` ones go to a sealed file when the folder is a vault (module notes)."""

    def __init__(self, path: str) -> None:
        self.folder = Path(path).parent
        keep_qt_settings_in(self.folder / QT_FOLDER)
        self._qs = QSettings(path, QSettings.Format.IniFormat)
        self._private: dict[str, Any] | None = None
        """The sealed settings as read (None: not read yet, or the vault is locked)."""
        self._private_changed = False

    @property
    def private_path(self) -> Path:
        return self.folder / PRIVATE_FILE

    def _sealed(self) -> dict[str, Any] | None:
        """The sealed settings; None while the vault is locked (nothing is read then)."""
        from index.vault import session

        if self._private is None and session.key_for(self.folder) is not None:
            from index.vault import sealed

            try:
                raw = json.loads(sealed.read(self.private_path))
                self._private = raw if isinstance(raw, dict) else {}
            except FileNotFoundError:
                self._private = {}
            except (OSError, ValueError) as exc:  # damaged: started afresh, said in the log
                log.info("sealed settings not read: %s", type(exc).__name__)
                self._private = {}
        return self._private

    def get(self, option: Option) -> Any:
        if option.revealing and _is_vault(self.folder):
            private = self._sealed()
            value = option.default if private is None else private.get(option.key, option.default)
            return value if isinstance(value, option.type) else option.default
        value = self._qs.value(option.key, option.default)
        if option.type is bool and isinstance(value, str):
            return value.lower() == "true"
        if option.type is bytes:
            return bytes(value) if value else b""
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        if option.revealing and _is_vault(self.folder):
            private = self._sealed()
            if private is not None and private.get(option.key) != value:
                private[option.key] = value
                self._private_changed = True
            return
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        """Write the settings out: the clear ones to the INI file (less the revealing ones
        when the folder is a vault), the revealing ones sealed while the vault is open."""
        if _is_vault(self.folder):
            for option in ALL:
                if option.revealing:
                    self._qs.remove(option.key)
            if self._private_changed and self._private is not None:
                from index.vault import session

                if session.key_for(self.folder) is not None:  # sealed by write_atomic
                    from index.fileio import write_atomic

                    write_atomic(self.private_path, json.dumps(self._private).encode("utf-8"))
                    self._private_changed = False
        self._qs.sync()

    def forget_private(self) -> None:
        """At a lock: write the sealed settings out, then drop them from memory."""
        self.sync()
        self._private = None
        self._private_changed = False


def seal_revealing(data_dir: Path) -> None:
    """After the vault was turned on from the command line: the revealing settings move from
    the INI file into the sealed one, and Qt's file-dialog history is forgotten (the window
    does the same when it turns the vault on itself)."""
    settings = Settings(str(Path(data_dir) / "muragat.ini"))
    for option in ALL:
        if option.revealing:
            raw = settings._qs.value(option.key)
            if raw is not None:
                settings.set(option, raw)
    settings.sync()
    forget_file_dialog_history(Path(data_dir) / QT_FOLDER)


def unseal_revealing(data_dir: Path) -> None:
    """Before the vault is turned off from the command line (it is open): the revealing
    settings go back to the INI file, and the sealed file is removed."""
    settings = Settings(str(Path(data_dir) / "muragat.ini"))
    for option in ALL:
        if option.revealing:
            value = settings.get(option)
            if value != option.default:
                settings._qs.setValue(option.key, value)
    settings._qs.sync()
    settings.private_path.unlink(missing_ok=True)
