"""No missing glyphs (issue 26, outcome 4; major 8: the private lock was an empty box).

Every string the interface shows — each catalogue's translations in its language, the English
sources, and every non-ASCII literal of the window's code (🔒 ⚠ ¶ · “ ” …) — checked
character by character against the fonts the window's widgets actually use (each widget's
family list, the fallbacks after the first included), in each interface language.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from index.core import Core

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "packaging") not in sys.path:
    sys.path.insert(0, str(ROOT / "packaging"))

import symbol_font  # noqa: E402  (packaging/symbol_font.py: what the interface shows)


def window_in(qtbot, data_dir: Path, lang: str):
    """The window, switched to ``lang`` through View → Language as a user does."""
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    if lang != "en":
        window.language_actions[lang].trigger()
        window = window.successor
        qtbot.addWidget(window)
    return window


def families_used(window) -> set[tuple[str, ...]]:
    from PySide6.QtWidgets import QWidget

    return {tuple(w.font().families()) for w in [window, *window.findChildren(QWidget)]}


def missing_glyphs(families: tuple[str, ...], text: str, raw: dict) -> list[str]:
    """The characters of ``text`` none of ``families`` draws (as Qt resolves each name)."""
    from PySide6.QtGui import QFont, QRawFont

    fonts = [raw.setdefault(f, QRawFont.fromFont(QFont(f))) for f in families]
    return sorted(
        ch
        for ch in symbol_font.drawn(text)
        if not any(font.supportsCharacter(ord(ch)) for font in fonts)
    )


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_interface_string_has_its_glyphs_in_the_windows_fonts(qtbot, data_dir, lang):
    from app.gui import i18n

    catalogues = symbol_font.catalogue_strings()
    shown = [("catalogue", s) for s in catalogues[lang]]
    if lang != "en":
        shown += [("English source", s) for s in catalogues["en"]]
    shown += symbol_font.code_literals()
    assert len(shown) > 500 and any("🔒" in text for _where, text in shown)
    try:
        window = window_in(qtbot, data_dir, lang)
        raw: dict = {}
        problems = [
            f"{where}: {text!r} lacks {''.join(gone)} in {', '.join(families)}"
            for families in sorted(families_used(window))
            for where, text in shown
            if (gone := missing_glyphs(families, text, raw))
        ]
    finally:
        i18n.install("en")
    assert problems == [], "\n".join(problems[:20])


def test_the_private_lock_is_drawn_in_the_note_editor(qtbot, data_dir):
    """The "🔒 Private" check box of the notes panel: its own font draws the lock."""
    from PySide6.QtGui import QFontMetrics

    window = window_in(qtbot, data_dir, "en")
    box = window.notes_panel.private
    assert "🔒" in box.text()
    assert QFontMetrics(box.font()).inFontUcs4(ord("🔒"))


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_interfaces_words_are_in_the_systems_font_not_the_symbol_font(qtbot, data_dir, lang):
    """The symbol font is a fallback for what the system's font lacks; the words themselves
    stay in the system's font. Where the system's font is a generic name ("Sans Serif", as
    fontconfig gives it), the whole window was drawn in Muragat Symbols (Symbola's letters,
    a serif) — seen under Xvfb at every size."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QLabel

    from app.gui.fonts import SYMBOL_FAMILY

    window = window_in(qtbot, data_dir, lang)
    for widget in [window.reader, window.notes_panel.count, *window.findChildren(QLabel)[:20]]:
        assert QFontInfo(widget.font()).family() != SYMBOL_FAMILY, widget
