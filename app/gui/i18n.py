"""The interface's language: English, Russian or Kazakh (Cyrillic), through Qt's translators.

Catalogues live in ``resources/i18n``: ``muragat_<lang>.ts`` (the sources, kept in the repo,
made with ``pyside6-lupdate``) and ``muragat_<lang>.qm`` (compiled by ``scripts/setup`` and the
build with ``pyside6-lrelease``).  A source checkout without the ``.qm`` still speaks the
language: the ``.ts`` is read directly (`TsTranslator`).  Qt's own ``qtbase_<lang>.qm`` is
installed as well, so standard dialogs (file chooser, message boxes) match.

The language follows the system locale unless View → Language chose one (setting
``interface/language``: ``system``, ``en``, ``ru`` or ``kk``); a choice applies at once.

Counts go through Qt's plural forms (``self.tr("%n notes", "", n)``): each catalogue gives as
many forms as its language has (Russian three, Kazakh and English two), so English has a
catalogue too (``muragat_en.ts``, plural forms only). Dates and numbers follow the interface
language's `QLocale`, made the default when a language is installed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.catalogue import I18N, LANGUAGES, lookup, read_ts
from app.gui import fonts
from index import errors

log = logging.getLogger(__name__)

__all__ = ["I18N", "LANGUAGES", "SYSTEM", "TsTranslator", "install", "language_for"]
SYSTEM = "system"

_installed: list[QTranslator] = []


def language_for(choice: str, locale: QLocale | None = None) -> str:
    """The interface language for a setting value: the chosen one, or the locale's."""
    if choice in LANGUAGES:
        return choice
    name = (locale or QLocale.system()).name()  # "ru_RU", "kk_KZ"
    code = name.split("_")[0]
    return code if code in LANGUAGES else "en"


class TsTranslator(QTranslator):
    """A translator read from a ``.ts`` file: the runtime fallback when no ``.qm`` was built.
    Unfinished and obsolete messages are left out, as lrelease leaves them out."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.lang = path.stem.rsplit("_", 1)[-1]
        self.messages = read_ts(path)

    def translate(self, context, source, disambiguation=None, n=-1):
        # Not found must be a null string for Qt to try the next translator or the source;
        # "" would be taken as the translation (a blank menu bar when the catalogue holds
        # only plural forms, as muragat_en.ts does).
        return lookup(self.messages, self.lang, context, source, n) or None

    def isEmpty(self) -> bool:
        return not self.messages


def locale_of(lang: str) -> QLocale:
    """The locale whose dates and numbers go with an interface language: the system's when it
    is of that language (en_US, ru_KZ), else the language's own."""
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    return QLocale({"ru": "ru_RU", "kk": "kk_KZ"}.get(lang, "en_GB"))


def _app_translator(lang: str, name: str = "muragat") -> QTranslator | None:
    """The compiled catalogue, unless its source is newer (a checkout updated since
    ``scripts/setup`` compiled it: the old ``.qm`` would show old words and miss new ones)."""
    source = I18N / f"{name}_{lang}.ts"
    compiled = I18N / f"{name}_{lang}.qm"
    stale = (
        compiled.is_file()
        and source.is_file()
        and compiled.stat().st_mtime < source.stat().st_mtime
    )
    translator = QTranslator()
    if not stale and translator.load(f"{name}_{lang}", str(I18N)):
        return translator
    if source.is_file():
        fallback = TsTranslator(source)
        if not fallback.isEmpty():
            return fallback
    log.info("no catalogue for the interface language %s", lang)
    return None


def _qt_translator(lang: str) -> QTranslator | None:
    translator = QTranslator()
    folders = [I18N, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    for folder in folders:
        if translator.load(f"qtbase_{lang}", str(folder)):
            return translator
    return None


def install(lang: str) -> str:
    """Make ``lang`` the interface language of the running application, its `QLocale` the
    default (dates and numbers), and the fonts that draw every language's characters (the
    symbol fallback: `app.gui.fonts`, before any widget is made). Returns the language
    installed. Windows built afterwards use it (View → Language builds the main window again:
    `MainWindow.reopen`)."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang not in LANGUAGES:
        lang = "en"
    fonts.install_fallback()
    QLocale.setDefault(locale_of(lang))
    qt_own = None if lang == "en" else _qt_translator(lang)
    # qtbase_extra_<lang>: what Qt's own catalogue lacks (its dialogs half translated);
    # installed after it, so asked first.
    qt_extra = None if lang == "en" else _app_translator(lang, "qtbase_extra")
    for translator in (qt_own, qt_extra, _app_translator(lang)):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


def say(value) -> str:
    """A core message (an `index.errors.Message` or `KnownError`, marked in index/ with
    ``QT_TRANSLATE_NOOP("Errors", …)``) in the window's language; anything else as text."""
    return str(errors.say(value, QCoreApplication.translate))
