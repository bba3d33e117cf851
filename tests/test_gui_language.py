"""The interface in Russian and Kazakh: chosen by the system locale or View → Language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from index.core import Core

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
MENUS = {
    "en": ["&File", "&Edit", "&View", "&Go", "&Help"],
    "ru": ["&Файл", "&Правка", "&Вид", "П&ереход", "&Справка"],
    "kk": ["&Файл", "Т&үзету", "&Көрініс", "Ө&ту", "&Анықтама"],
}
TITLES = {
    "en": "Muragat — offline archive",
    "ru": "Muragat — офлайн-архив",
    "kk": "Muragat — офлайн мұрағат",
}
SHOW_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.gui.main_window import MainWindow
from index.core import Core
app = QApplication([])
window = MainWindow(Core(Path(sys.argv[1])))
print(json.dumps({"title": window.windowTitle(), "language": window.language,
                  "menus": [a.text() for a in window.menuBar().actions()]}))
"""


def window_under(locale: str, data_dir: Path) -> dict:
    """The real window, built in a new process whose system locale is ``locale``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=locale, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SHOW_WINDOW, str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("locale", "lang"), [("ru_RU.UTF-8", "ru"), ("kk_KZ.UTF-8", "kk"), ("en_GB.UTF-8", "en")]
)
def test_the_window_speaks_the_system_language(data_dir, locale, lang):
    shown = window_under(locale, data_dir)
    assert shown["language"] == lang
    assert shown["title"] == TITLES[lang]
    assert shown["menus"] == MENUS[lang]


def test_view_language_overrides_the_locale_and_is_remembered(qtbot, data_dir):
    from app.gui import i18n
    from app.gui import settings as S
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    try:
        kazakh = window.language_actions["kk"]
        assert kazakh.text() == "Қазақша"
        kazakh.trigger()
        assert window.settings.get(S.LANGUAGE) == "kk"
        window.settings.sync()
        window.close()
        shown = window_under("ru_RU.UTF-8", data_dir)  # Kazakh chosen beats a Russian system
        assert (shown["language"], shown["title"]) == ("kk", TITLES["kk"])
        assert shown["menus"] == MENUS["kk"]
    finally:
        i18n.install("en")


def test_a_checkout_without_qm_reads_the_ts(qapp):
    from PySide6.QtCore import QCoreApplication

    from app.gui.i18n import I18N, TsTranslator

    for lang in ("ru", "kk"):
        translator = TsTranslator(I18N / f"muragat_{lang}.ts")
        qapp.installTranslator(translator)
        try:
            menus = [QCoreApplication.translate("MainWindow", m) for m in MENUS["en"]]
            assert menus == MENUS[lang]
        finally:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_menu_and_action_of_the_window_is_translated(lang):
    """The catalogue translates every string of the window's menus (MainWindow context),
    so no menu item shows up in English."""
    root = ET.parse(ROOT / "resources" / "i18n" / f"muragat_{lang}.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "MainWindow")
    missing = [
        m.findtext("source")
        for m in context.iter("message")
        if m.find("translation").get("type") == "unfinished"
        and m.findtext("source", "").count("&") == 1
    ]
    assert not missing, missing


def test_qt_own_dialogs_have_their_catalogue():
    from app.gui.i18n import _qt_translator

    for lang in ("ru", "kk"):
        assert _qt_translator(lang) is not None, lang
