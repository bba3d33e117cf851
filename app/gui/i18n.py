"""The interface's language: English, Russian or Kazakh (Cyrillic), through Qt's translators.

Catalogues live in ``resources/i18n``: ``muragat_<lang>.ts`` (the sources, kept in the repo,
made with ``pyside6-lupdate``) and ``muragat_<lang>.qm`` (compiled by ``scripts/setup`` and the
build with ``pyside6-lrelease``).  A source checkout without the ``.qm`` still speaks the
language: the ``.ts`` is read directly (`TsTranslator`).  Qt's own ``qtbase_<lang>.qm`` is
installed as well, so standard dialogs (file chooser, message boxes) match.

The language follows the system locale unless View → Language chose one (setting
``interface/language``: ``system``, ``en``, ``ru`` or ``kk``).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import ROOT as RESOURCES

log = logging.getLogger(__name__)

I18N = RESOURCES / "i18n"
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Interface languages, each named in itself (how a menu of languages is read)."""
SYSTEM = "system"
MAX_TS_BYTES = 5_000_000

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
        self.messages: dict[tuple[str, str], str] = {}
        if path.stat().st_size > MAX_TS_BYTES:
            return
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                    continue
                source = message.findtext("source", "")
                if translation.text:
                    self.messages[(name, source)] = translation.text

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.messages.get((context, source), "")

    def isEmpty(self) -> bool:
        return not self.messages


def _app_translator(lang: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(f"muragat_{lang}", str(I18N)):
        return translator
    source = I18N / f"muragat_{lang}.ts"
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
    """Make ``lang`` the interface language of the running application (English removes
    every translator). Returns the language installed. Windows built afterwards use it."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang not in LANGUAGES or lang == "en":
        return "en"
    for translator in (_qt_translator(lang), _app_translator(lang)):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return lang
