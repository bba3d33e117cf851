"""The command line's language: its messages (errors and status lines; ``--help`` stays
English) in English, Russian or Kazakh, from the window's own catalogues, so terms match.

The language is ``--language``, else the window's View → Language (``interface/language`` in
the data folder's ``muragat.ini``), else the system locale (``LC_ALL``, ``LC_MESSAGES``,
``LANG``, in POSIX order). Data commands must not load Qt (tests/test_layering.py), so the
catalogue is read from its ``.ts`` without Qt (`app.catalogue`). Strings are marked with the
module-level ``tr()`` that ``pyside6-lupdate`` files under the context "" (scripts/i18n).
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from app.catalogue import I18N, LANGUAGES, Messages, lookup, read_ts
from index import errors

SETTINGS_FILE = "muragat.ini"
SETTING = ("interface", "language")
_state: dict = {"lang": "en", "messages": None}


def system_language(environ=None) -> str:
    """The language of the POSIX locale: the first of LC_ALL, LC_MESSAGES, LANG that is set."""
    environ = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def saved_language(data_dir: Path | None) -> str | None:
    """View → Language as the window saved it, when a language (not "system") was chosen."""
    if data_dir is None:
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(Path(data_dir) / SETTINGS_FILE, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get(*SETTING, fallback="").strip().strip('"')
    return value if value in LANGUAGES else None


def choose(flag: str | None, data_dir: Path | None, environ=None) -> str:
    return flag or saved_language(data_dir) or system_language(environ)


def use(lang: str) -> str:
    """Speak ``lang`` from now on (its catalogue is read on the first message)."""
    _state["lang"] = lang if lang in LANGUAGES else "en"
    _state["messages"] = None
    return _state["lang"]


def language() -> str:
    return _state["lang"]


def _messages() -> Messages:
    if _state["messages"] is None:
        _state["messages"] = read_ts(I18N / f"muragat_{_state['lang']}.ts")
    return _state["messages"]


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the command line's language; with ``n``, the plural form for it, "%n"
    replaced by the number (as Qt does for the window)."""
    found = lookup(_messages(), _state["lang"], "", text, n) or text
    return found.replace("%n", str(n)) if n >= 0 else found


def _translate(context: str, source: str) -> str:
    return lookup(_messages(), _state["lang"], context, source)


def translator():
    """(context, English source) → the command line's language: what the core's wording
    functions take (`index.errors.Translate`)."""
    return _translate


def say(value) -> str:
    """A core message (an `index.errors.Message` or `KnownError`, marked in index/ with
    ``QT_TRANSLATE_NOOP("Errors", …)``) in the command line's language; anything else as text."""
    return str(errors.say(value, _translate))
