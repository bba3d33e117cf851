"""Every persisted GUI setting, declared once, with its type and default."""

from __future__ import annotations

from dataclasses import dataclass
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
)


class Settings:
    """QSettings in an INI file inside the data folder, so portable mode carries them too."""

    def __init__(self, path: str) -> None:
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
