"""The search's filter chips (issue 26): in words ("Paragraphs (7)", a section's title), in the
interface's language, wrapped onto more lines in the side panel's width instead of a strip
scrolled sideways; a chip still adds its filter to the search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QToolButton

from index.core import Core

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def searched(qtbot, window, words: str):
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.search.field, words)
    qtbot.waitUntil(
        lambda: window.search.result is not None and window.search.result.query == words,
        timeout=15000,
    )
    qtbot.wait(50)
    return [b for b in window.search.chip_scroll.findChildren(QToolButton) if b.isVisible()]


def open_window(qtbot, data_dir, language: str):
    from app.gui import settings as S
    from app.gui.main_window import MainWindow

    settings = S.Settings(str(data_dir / "muragat.ini"))
    settings.set(S.LANGUAGE, language)
    settings.sync()
    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    ("language", "paragraphs", "section"),
    [("en", "Paragraphs (7)", "Peaceful Assembly (5)"), ("ru", "Абзацы (7)", None)],
)
def test_chips_speak_words_and_wrap(qtbot, data_dir, language, paragraphs, section):
    from app.gui import i18n

    try:
        window = open_window(qtbot, data_dir, language)
        chips = searched(qtbot, window, "police")
        texts = [c.text() for c in chips]
        assert paragraphs in texts, texts
        assert not any(":" in t.split(" (")[0] for t in texts), texts  # no kind:paragraph
        if section:
            assert section in texts, texts
        panel = window.search
        row = panel.chip_scroll
        assert not row.findChildren(QAbstractScrollArea)  # nothing to scroll sideways
        assert not isinstance(row.parentWidget(), QAbstractScrollArea)
        # Every chip whole inside the panel's width; more than one line of them.
        for chip in chips:
            left = chip.mapTo(panel, chip.rect().topLeft()).x()
            assert left >= 0 and left + chip.width() <= panel.width(), (chip.text(), left)
        assert len({chip.y() for chip in chips}) > 1, [c.y() for c in chips]
        assert row.height() >= max(chip.geometry().bottom() for chip in chips)
        # A chip adds its filter, in the search's syntax.
        next(c for c in chips if c.text() == paragraphs).click()
        assert window.search.field.text() == "police kind:paragraph"
    finally:
        i18n.install("en")
