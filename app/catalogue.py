"""The translation catalogues (``resources/i18n/muragat_<lang>.ts``) read without Qt.

The window reads the compiled ``.qm`` through Qt; the command line must not load Qt for its
data commands (tests/test_layering.py), so it reads the same ``.ts`` here, and a source checkout
without ``.qm`` reads it here too (`app.gui.i18n.TsTranslator`). One catalogue, one set of terms.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from index.export.labels import plural_form
from resources import ROOT as RESOURCES

I18N = RESOURCES / "i18n"
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Interface languages, each named in itself (how a menu of languages is read)."""
MAX_TS_BYTES = 5_000_000

Messages = dict[tuple[str, str], "str | list[str]"]


__all__ = ["I18N", "LANGUAGES", "lookup", "plural_form", "read_ts"]


def read_ts(path: Path) -> Messages:
    """(context, source) → translation, or its plural forms; unfinished, obsolete and empty
    translations are left out, as lrelease leaves them out."""
    messages: Messages = {}
    if not path.is_file() or path.stat().st_size > MAX_TS_BYTES:
        return messages
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            source = message.findtext("source", "")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes":
                if forms and all(forms):
                    messages[(name, source)] = forms
            elif translation.text and translation.text.strip():
                messages[(name, source)] = translation.text
    return messages


def lookup(messages: Messages, lang: str, context: str, source: str, n: int = -1) -> str:
    """The translation of ``source`` ("" when there is none), the plural form for ``n``."""
    found = messages.get((context, source), "")
    if isinstance(found, list):
        return found[min(plural_form(lang, max(n, 0)), len(found) - 1)]
    return found
