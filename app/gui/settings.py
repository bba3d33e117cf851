"""Every persisted GUI setting, declared once, with its type and default."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


GEOMETRY = Option("window/geometry", bytes, b"")
STATE = Option("window/state", bytes, b"")
SPLITTER = Option("window/splitter", bytes, b"")
ZOOM = Option("reader/zoom", int, 0)
THEME = Option("reader/theme", str, "system")  # system, light or dark
LAST_POSITION = Option("reader/last_position", str, "")
EXACT = Option("search/exact", bool, False)
NAVIGATOR_SHOWN = Option("window/navigator_shown", bool, True)
SIDE_SHOWN = Option("window/side_shown", bool, True)
CARET = Option("reader/caret_browsing", bool, True)
LANGUAGE = Option("interface/language", str, "system")  # system, en, ru or kk

QT_FOLDER = "qt"
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
    CARET,
    LANGUAGE,
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


class Settings:
    """QSettings in an INI file inside the data folder, so portable mode carries them too;
    Qt's own settings are kept in the data folder's ``qt`` folder (`keep_qt_settings_in`)."""

    def __init__(self, path: str) -> None:
        keep_qt_settings_in(Path(path).parent / QT_FOLDER)
        self._qs = QSettings(path, QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
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
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        self._qs.sync()
