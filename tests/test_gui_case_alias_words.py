"""Where a spelling on a case page comes from, as the window says it (issue 27): the editors'
transliterations were labelled "not attested", though the press uses several of them; what is
true is that they are not in the report. The case opened as a user opens it: Go → Cases, the
filter, Down, Enter; in English and, through View → Language, in Russian and Kazakh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from index.core import Core

pytestmark = pytest.mark.gui

SAID = {
    "en": "Марат Жыланбаев — the editors’ transliteration, not in the report",
    "ru": "Марат Жыланбаев — транслитерация редакторов, в докладе не встречается",
    "kk": "Марат Жыланбаев — редакторлардың транслитерациясы, баяндамада жоқ",
}
ATTESTED = ("attested", "в источниках не встречается", "дереккөздерде кездеспейді")


def open_case_by_keyboard(qtbot, window, words: str) -> str:
    from app.gui.navigator import ID_ROLE

    window.actions_by_id["cases"].trigger()  # Go → Cases (Ctrl+3)
    nav = window.navigator
    nav.cases_filter.setFocus()
    qtbot.keyClicks(nav.cases_filter, words)
    qtbot.waitUntil(lambda: nav.cases_proxy.rowCount() >= 1)
    qtbot.keyClick(nav.cases_filter, Qt.Key.Key_Down)
    first = nav.cases_proxy.data(nav.cases_proxy.index(0, 0), ID_ROLE)
    qtbot.keyClick(nav.cases_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.shown_case == first)
    return window.case_view.toPlainText()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_case_page_says_a_transliteration_is_not_in_the_report(qtbot, data_dir, lang):
    from app.gui import i18n
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    try:
        if lang != "en":
            window.language_actions[lang].trigger()
            window = window.successor
            qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        text = open_case_by_keyboard(qtbot, window, "Zhylanbaev")
        assert window.shown_case == "marat-zhylanbaev"
        assert SAID[lang] in text, text
        assert not any(word in text for word in ATTESTED), text
    finally:
        i18n.install("en")
