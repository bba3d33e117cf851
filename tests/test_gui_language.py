"""The interface in Russian and Kazakh: chosen by the system locale or View → Language."""

from __future__ import annotations

import ast
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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from app.gui.export_dialog import ExportDialog
from app.gui.main_window import MainWindow
from index.core import Core
app = QApplication([])
window = MainWindow(Core(Path(sys.argv[1])))
model = window.cases_table.model()
dialog = ExportDialog([], window.core.archive, [], window, window.language)
print(json.dumps({"title": window.windowTitle(), "language": window.language,
                  "menus": [a.text() for a in window.menuBar().actions()],
                  "headers": [model.headerData(i, Qt.Orientation.Horizontal)
                              for i in range(model.columnCount())],
                  "shortcuts": window.show_shortcuts().text.toPlainText(),
                  "syntax": window.show_search_syntax().text.toPlainText(),
                  "export": [dialog.windowTitle(), dialog.language.currentData(),
                             dialog.preview.text()],
                  "tabs": [window.navigator.tabText(i) for i in range(window.navigator.count())]}))
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
    assert shown["headers"] == HEADERS[lang]
    assert shown["tabs"] == TABS[lang]
    title, export_language, preview = shown["export"]
    assert [title, export_language, preview] == EXPORT[lang]
    for page, english in HELP_ROWS.items():  # Help pages: no English row left in ru and kk
        assert all((row in shown[page]) == (lang == "en") for row in english), page
    assert HELP_LINE[lang] in shown["syntax"]


HEADERS = {
    "en": ["People and groups", "Date", "Place", "Authority", "Outcome", "Status"],
    "ru": ["Люди и группы", "Дата", "Место", "Орган", "Итог", "Статус"],
    "kk": ["Адамдар мен топтар", "Күні", "Орны", "Орган", "Нәтижесі", "Күйі"],
}
TABS = {
    "en": ["Contents", "Cases", "Tags", "Notes"],
    "ru": ["Содержание", "Дела", "Метки", "Заметки"],
    "kk": ["Мазмұны", "Істер", "Тегтер", "Жазбалар"],
}
EXPORT = {  # the dialog's title, its export language, and its count (plural of 0)
    "en": ["Export notes", "en", "0 of 0 notes will be exported"],
    "ru": ["Экспорт заметок", "ru", "Будет экспортировано 0 из 0 заметок"],
    "kk": ["Жазбаларды экспорттау", "kk", "0 жазбаның 0 экспортталады"],
}
HELP_ROWS = {
    "shortcuts": ("Select word by word", "Back and Forward"),
    "syntax": ("Either word", "Only one section of a report", "Words next to each other"),
}
HELP_LINE = {
    "en": "Only one section of a report",
    "ru": "Только один раздел доклада",
    "kk": "Баяндаманың тек бір бөлімі",
}


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
        qtbot.addWidget(window.successor)
        assert window.settings.get(S.LANGUAGE) == "kk"
        window.successor.close()
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


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_qt_own_file_dialog_speaks_the_language_throughout(qapp, lang, tmp_path):
    """Qt 6.11's qtbase_ru lacks the file dialog's "&Look in:", "Files of &type:" and the
    "Folder" type: the Save dialog of File → Export notes came out half English
    (resources/i18n/qtbase_extra_ru.ts fills them in)."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

    from app.gui import i18n

    (tmp_path / "folder").mkdir()
    i18n.install(lang)
    try:
        dialog = QFileDialog(None, "", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.show()
        qapp.processEvents()
        shown = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
        shown += [w.text() for w in dialog.findChildren(QAbstractButton) if w.text()]
        view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
        model = view.model()
        shown += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        folder = model.index(0, 2, view.rootIndex())
        qapp.processEvents()
        shown.append(model.data(folder))
        dialog.close()
    finally:
        i18n.install("en")
    english = [t for t in shown if t and re.search("[A-Za-z]", t)]
    assert not english, english


def catalogue(lang: str) -> ET.Element:
    return ET.parse(ROOT / "resources" / "i18n" / f"muragat_{lang}.ts").getroot()


@pytest.mark.parametrize(("lang", "forms"), [("ru", 3), ("kk", 2), ("en", 2)])
def test_no_string_is_left_untranslated(lang, forms):
    """Every message of the Russian and Kazakh catalogues is translated (none unfinished, none
    empty), every count has all of its language's plural forms; English has its plural forms."""
    untranslated = []
    for context in catalogue(lang).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = (context.findtext("name"), message.findtext("source"))
            plurals = [f.text for f in translation.iter("numerusform")]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                untranslated.append(source)
            elif message.get("numerus") == "yes":
                if len(plurals) != forms or not all(p and p.strip() for p in plurals):
                    untranslated.append(source)
            elif lang != "en" and not (translation.text or "").strip():
                untranslated.append(source)
    assert not untranslated, untranslated


def test_the_catalogues_hold_every_string_of_the_code(tmp_path):
    """pyside6-lupdate, run on the code now, finds no string the committed catalogues lack
    (a string wrapped in tr() but never translated fails here, as does one left behind)."""
    script = (ROOT / "scripts" / "i18n").read_text()
    sources = script.split("sources=(", 1)[1].split(")", 1)[0].split()
    files = sorted({str(p.relative_to(ROOT)) for s in sources for p in ROOT.glob(s)})
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    done = subprocess.run(
        [str(lupdate), "-no-obsolete", *files, "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr

    def strings(root):
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in root.iter("context")
            for m in c.iter("message")
        }

    in_code = strings(ET.parse(fresh).getroot())
    for lang in ("ru", "kk"):
        assert in_code == strings(catalogue(lang)), lang


SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setAccessibleName", "addTab", "addMenu", "showMessage", "setFormat", "addItem",
    "QLabel", "QPushButton", "QCheckBox", "QAction", "warning", "information", "critical",
    "question", "QMessageBox", "addRow",
}  # fmt: skip


TRANSLATING = {"tr", "translate", "help_tr", "labels"}
"""Calls whose result is translated: tr()/translate(), and the export labels of a language."""


def called(call) -> str:
    func = call.func.func if isinstance(call.func, ast.Call) else call.func
    return getattr(func, "attr", getattr(func, "id", ""))


def test_no_user_visible_literal_bypasses_translation():
    """No English sentence goes to a widget, a menu or a message box as a bare literal: every
    string literal with a word of letters, given to a Qt text setter in app/gui, is inside a
    tr()/translate() call (f-strings and names are checked by their parts)."""
    found = []
    for path in sorted((ROOT / "app" / "gui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in SETTERS:
                continue
            shown = node.args[:1] if name == "addItem" else node.args  # then its data
            for arg in shown:
                for part in ast.walk(arg):
                    if isinstance(part, ast.Call) and called(part) in TRANSLATING:
                        break
                else:
                    texts = [
                        c.value
                        for c in ast.walk(arg)
                        if isinstance(c, ast.Constant) and isinstance(c.value, str)
                    ]
                    for text in texts:
                        if any(w.isalpha() and len(w) > 2 for w in text.split()):
                            found.append(f"{path.name}:{node.lineno}: {text!r}")
    assert not found, found


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", ["1 result", "2 results", "5 results", "21 results"]),
        ("ru", ["1 результат", "2 результата", "5 результатов", "21 результат"]),
        ("kk", ["1 нәтиже", "2 нәтиже", "5 нәтиже", "21 нәтиже"]),
    ],
)
def test_counts_take_the_languages_plural_forms(qapp, lang, said):
    """The search count through Qt's plural forms, from the compiled catalogue and from the
    .ts read directly (a checkout without .qm)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.gui import i18n

    try:
        i18n.install(lang)
        counts = [
            QCoreApplication.translate("SearchPanel", "%Ln result(s)", "", n) for n in (1, 2, 5, 21)
        ]
        assert counts == said
        assert QLocale().toString(1234567).replace("\u00a0", " ") == {
            "en": "1,234,567", "ru": "1 234 567", "kk": "1 234 567"
        }[lang]  # fmt: skip
    finally:
        i18n.install("en")
    translator = i18n.TsTranslator(i18n.I18N / f"muragat_{lang}.ts")
    qapp.installTranslator(translator)
    try:
        counts = [
            QCoreApplication.translate("SearchPanel", "%Ln result(s)", "", n) for n in (1, 2, 5, 21)
        ]
        assert counts == said
    finally:
        qapp.removeTranslator(translator)


def test_view_language_applies_at_once(qtbot, data_dir):
    """Choosing a language rebuilds the window in it at once: menus, title, panels and the
    Help pages; what was typed in the search stays, the window stays where it was."""
    from app.gui import i18n
    from app.gui import settings as S
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    try:
        window.search.field.setText("Ensebek")
        window.language_actions["ru"].trigger()
        russian = window.successor
        qtbot.addWidget(russian)
        assert not window.isVisible() and russian.isVisible()
        assert russian.windowTitle() == TITLES["ru"]
        assert [a.text() for a in russian.menuBar().actions()] == MENUS["ru"]
        assert russian.navigator.tabText(1) == "Дела"
        assert russian.search.field.text() == "Ensebek"
        assert russian.language_actions["ru"].isChecked()
        qtbot.waitUntil(lambda: russian.search.result is not None, timeout=30000)
        assert "результат" in russian.search.status.text()
        assert "Только один раздел доклада" in russian.show_search_syntax().text.toPlainText()
        russian.language_actions["kk"].trigger()
        kazakh = russian.successor
        qtbot.addWidget(kazakh)
        assert [a.text() for a in kazakh.menuBar().actions()] == MENUS["kk"]
        assert kazakh.windowTitle() == TITLES["kk"]
        kazakh.language_actions["en"].trigger()
        english = kazakh.successor
        qtbot.addWidget(english)
        assert [a.text() for a in english.menuBar().actions()] == MENUS["en"]
        english.language_actions[i18n.SYSTEM].trigger()  # English here: no new window
        assert not hasattr(english, "successor") and english.isVisible()
        assert english.settings.get(S.LANGUAGE) == i18n.SYSTEM
    finally:
        i18n.install("en")


@pytest.mark.parametrize(
    ("lang", "shown"), [("ru", "14.05.2026"), ("kk", "14.05.2026"), ("en", "14/05/2026")]
)
def test_dates_follow_the_language_with_the_whole_year(qapp, lang, shown, monkeypatch):
    """Notes' dates in the interface language's order; Kazakh's short form (14.05.26) would
    leave the century to be guessed."""
    from app.gui import i18n
    from app.gui.wording import date_text

    monkeypatch.setenv("LANG", "C.UTF-8")  # the language's own locale, not the system's
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    i18n.install(lang)
    try:
        assert date_text("2026-05-14T10:00:00Z") == shown
        assert date_text("2026-05") == "2026-05"
    finally:
        i18n.install("en")
