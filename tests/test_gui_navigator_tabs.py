"""The navigator's four tabs all in view in every language (issue 26): in Russian and Kazakh
their names are longer than the navigator's width, and the fourth, Notes, hid behind scroll
arrows. Now no arrows: a name too long is shortened, and its tooltip says it whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from index.core import Core

pytestmark = pytest.mark.gui

NAMES = {
    "ru": ["Содержание", "Дела", "Метки", "Заметки"],
    "kk": ["Мазмұны", "Істер", "Тегтер", "Жазбалар"],
}


def all_tabs_in_view(navigator) -> list[str]:
    bar = navigator.tabBar()
    inside = bar.rect()
    for n in range(bar.count()):
        assert inside.contains(bar.tabRect(n)), (n, bar.tabRect(n), inside)
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert arrows == [], "scroll arrows shown"
    tips = [navigator.tabToolTip(n) for n in range(bar.count())]
    return tips


@pytest.fixture(params=["ru", "kk"])
def language(request):
    from app.gui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_every_tab_shows_in_the_window_at_1366(qtbot, data_dir, language):
    from app.gui import settings as S
    from app.gui.main_window import MainWindow

    settings = S.Settings(str(data_dir / "muragat.ini"))
    settings.set(S.LANGUAGE, language)
    settings.sync()
    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.panel_shown(window.navigator)
    tips = all_tabs_in_view(window.navigator)
    assert [t.split(" (")[0] for t in tips] == NAMES[language]


def test_every_tab_shows_at_the_navigators_own_width(qtbot, archive, language):
    """The navigator at the width the window gives it (270 px) when its pages ask no more —
    as on the screens of the walk, where the arrows showed."""
    from app.gui.navigator import Navigator
    from app.gui.window_panels import NAVIGATOR_WIDTH

    navigator = Navigator(archive.cases)
    qtbot.addWidget(navigator)
    navigator.resize(NAVIGATOR_WIDTH, 600)
    navigator.show()
    qtbot.waitExposed(navigator)
    assert navigator.tabBar().width() <= NAVIGATOR_WIDTH
    tips = all_tabs_in_view(navigator)
    assert tips[3] == f"{NAMES[language][3]} (Ctrl+5)"
