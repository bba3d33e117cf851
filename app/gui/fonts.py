"""The window's fonts: the system's interface font, then Muragat Symbols for what it lacks.

A system font often has no private lock 🔒 (an empty box where it should be), sometimes no ⚠
or arrows, and on a few systems no Kazakh letters. ``resources/ui_font/MuragatSymbols.ttf`` is
a small cut of the bundled Symbola holding every character the interface shows (made by
``packaging/symbol_font.py``; tests/test_gui_glyphs.py checks it). It is registered before the
first window paints and put after the system family in the application font's family list,
so Qt takes a glyph from it only where the system font has none (`app.gui.i18n.install`
does it, first thing for every window and the unlock screen). It stays outside
``resources/fonts`` (the PDF fonts, unpacked by the single file only when a PDF is made):
130 KB the window needs at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from resources import ROOT as RESOURCES

log = logging.getLogger(__name__)

SYMBOL_FONT = RESOURCES / "ui_font" / "MuragatSymbols.ttf"
SYMBOL_FAMILY = "Muragat Symbols"
_loaded: list = []
"""The font file once registered (Qt would register it again, and list the family twice)."""


def install_fallback() -> None:
    """Register Muragat Symbols and make it the application font's last family (once; before
    the first widget is made: widgets polished by a style sheet keep the font they had)."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return  # no fonts without a GUI application
    font = QGuiApplication.font()
    if SYMBOL_FAMILY in font.families():
        return
    if not _loaded:
        if QFontDatabase.addApplicationFont(str(SYMBOL_FONT)) < 0:
            log.error("cannot load the symbol font %s: symbols show as boxes", SYMBOL_FONT.name)
            return
        _loaded.append(SYMBOL_FONT)
    # The family the system's font resolves to comes first: a generic name ("Sans Serif", a
    # fontconfig alias) is no family Qt can match in a list, and Qt would take every letter
    # from the next one, Muragat Symbols (which has Latin and Cyrillic for the symbols' sake).
    system = QFontInfo(font).family()
    font.setFamilies([system, *(f for f in font.families() if f != system), SYMBOL_FAMILY])
    QGuiApplication.setFont(font)
    # A window being built now (MainWindow installs its language first thing) takes the new
    # font at once, before its children copy the old one from it.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
