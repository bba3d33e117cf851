"""No English left in Russian and Kazakh (issue 26, What to build 5): every view, dialog, case
page and help page, opened as a user opens them, shows no interface text of the English
catalogue untranslated.

"The English catalogue" is every string the code gives to translation: the sources of the
committed catalogues, and every literal inside a ``tr()`` / ``translate()`` /
``QT_TRANSLATE_NOOP`` call in app/ and index/ (read from the code, so a string lupdate never
extracted — one inside an f-string — counts too), and the case-record schema's codes (a record's
type, a charge's stage, where a spelling comes from), which must be worded, never shown raw.
What the window shows is cut where a placeholder was (``%1``, ``{name}``) and compared piece by
piece, whole words only. The report's own content (paragraphs, names, the case records' field
values, the edition's manifest) is taken out before the check: it is English by design.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

from index.core import Core

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
MARKERS = {"tr", "translate", "help_tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[^{}]*\}|\n|\t")
SCHEMA_CODES = ("type", "kind", "stage", "provenance")


def _literals(call: ast.Call) -> list[str]:
    """The source text of a translation call: its string argument (the second of
    ``translate(context, text)`` and ``QT_TRANSLATE_NOOP(context, text)``)."""
    args = [a for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    name = getattr(call.func, "attr", getattr(call.func, "id", ""))
    if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
        return [args[1].value]
    return [args[0].value] if args and name not in ("translate", "QT_TRANSLATE_NOOP") else []


def english_sources(lang: str) -> set[str]:
    """Every English interface string, except those whose translation in ``lang`` is the same
    text ("Enter", "Tab / Shift+Tab": key names are written alike)."""
    same: set[str] = set()
    sources: set[str] = set()
    root = ET.parse(ROOT / "resources" / "i18n" / f"muragat_{lang}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        sources.add(source)
        if translation is not None and (translation.text or "") == source:
            same.add(source)
    for folder in ("app", "index"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                    if name in MARKERS:
                        sources.update(_literals(node))
    sources.update(schema_codes())
    return sources - same


def schema_codes(node=None):
    """The case-record schema's codes for a record's type, a subject's kind, a charge's stage
    and where a spelling comes from."""
    if node is None:
        path = ROOT / "resources" / "schema" / "case-record.schema.json"
        node = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SCHEMA_CODES and isinstance(value, dict) and "enum" in value:
                yield from value["enum"]
            yield from schema_codes(value)
    elif isinstance(node, list):
        for value in node:
            yield from schema_codes(value)


def english_pieces(lang: str) -> list[str]:
    """The sources cut at their placeholders, without mnemonics; pieces with a word of four
    letters or more, or of several words (" or ", "and" and "%1: %2" say nothing on their
    own), longest first."""
    pieces = set()
    for source in english_sources(lang):
        for piece in PLACEHOLDER.split(source.replace("&&", "\0").replace("&", "")):
            piece = piece.replace("\0", "&").strip(" :;,.()—–-·…\u00a0")
            if re.search(r"[A-Za-z]{4,}", piece) or (
                " " in piece and re.search("[A-Za-z]{3}", piece)
            ):
                pieces.add(piece)
    return sorted(pieces, key=len, reverse=True)


def left_in_english(shown: dict[str, str], pieces: list[str]) -> dict[str, list[str]]:
    """Each place's English pieces: whole words, case as written."""
    found: dict[str, list[str]] = {}
    for place, text in shown.items():
        hits = [
            p
            for p in pieces
            if p in text and re.search(rf"(?<![A-Za-z]){re.escape(p)}(?![A-Za-z])", text)
        ]
        if hits:
            found[place] = hits
    return found


def without(text: str, content) -> str:
    """``text`` with every occurrence of the report's own words taken out (where two overlap,
    both go), each stretch left as one mark."""
    text = text.replace("\u00a0", " ")  # as a text document's plain text writes it
    taken = [False] * len(text)
    for value in {c.replace("\u00a0", " ") for c in content if c and c.strip()}:
        for found in re.finditer(re.escape(value), text):
            taken[found.start() : found.end()] = [True] * (found.end() - found.start())
    kept = [
        c if not t else "" if i and taken[i - 1] else "\u2060"
        for i, (c, t) in enumerate(zip(text, taken, strict=True))
    ]
    return "".join(kept)


def strings_in(value, codes: set[str]) -> list[str]:
    """The words of a record as its editors wrote them; its codes (``individual``,
    ``convicted``) are the interface's to word, so they stay in the check."""
    if isinstance(value, str):
        return [] if value in codes else [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v, codes)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings_in(v, codes)]
    return []


def widget_texts(top: QWidget, skip: tuple[QWidget, ...] = ()) -> dict[str, str]:
    """What ``top`` shows as interface text: its title, labels, buttons, tabs, placeholders,
    tool tips, group titles, menus' items and the headers of its tables and trees (not their
    cells, nor text documents: the report's and the user's words)."""
    shown = {f"{type(top).__name__} title": top.windowTitle()}
    for i, w in enumerate([top, *top.findChildren(QWidget)]):
        if any(w is s or s.isAncestorOf(w) for s in skip) or not w.isVisibleTo(top):
            continue
        name = f"{type(top).__name__}/{type(w).__name__} #{i} {w.objectName()}"
        parts = [w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            parts.append(w.text())
        if isinstance(w, QLineEdit):
            parts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            parts.append(w.title())
        if isinstance(w, QTabBar):
            parts += [w.tabText(i) for i in range(w.count())]
            parts += [w.tabToolTip(i) for i in range(w.count())]
        empty = getattr(w, "empty_text", "")  # painted over a list with nothing in it
        if empty and isinstance(w, QAbstractItemView) and w.model().rowCount() == 0:
            parts.append(empty)
        if isinstance(w, QHeaderView) and w.model() is not None:
            parts += [str(w.model().headerData(i, w.orientation()) or "") for i in range(w.count())]
        shown[name] = "\n".join(p for p in parts if p)
    for action in top.actions():
        shown[f"action {action.text()}"] = f"{action.text()}\n{action.toolTip()}"
    return shown


def menu_texts(window) -> dict[str, str]:
    shown = {}

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            shown[f"menu {path} → {action.text()}"] = "\n".join(
                t for t in (action.text(), action.toolTip(), action.statusTip()) if t
            )
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")

    for top in window.menuBar().actions():
        shown[f"menu {top.text()}"] = top.text()
        if top.menu() is not None:
            walk(top.menu(), top.text())
    return shown


def modal_texts(qtbot, trigger) -> dict[str, str]:
    """What the modal dialog opened by ``trigger`` shows; it is then closed unanswered."""
    seen: dict[str, str] = {}

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read)
            return
        seen.update(widget_texts(dialog))
        for browser in dialog.findChildren(QTextEdit):
            seen[f"{type(dialog).__name__} text"] = browser.toPlainText()
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(0, read)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    return seen


def opened_by(qtbot, action) -> QDialog:
    """The dialog that a menu item opens (non-modal: it stays open)."""
    before = set(QApplication.topLevelWidgets())
    action.trigger()

    def shown():
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and (w not in before or w.isActiveWindow())
        ]

    qtbot.waitUntil(lambda: bool(shown()), timeout=10000)
    return shown()[-1]


def everything_shown(qtbot, window, lang: str) -> dict[str, str]:
    """Open each view, dialog, help page and case record the way a user does, and gather what
    each shows as interface text (the report's own content taken out)."""
    archive = window.core.archive
    codes = set(schema_codes())
    shown: dict[str, str] = {}
    shown.update(
        widget_texts(window, skip=(window.reader, window.case_view, window.notes_panel.citation))
    )
    shown.update(menu_texts(window))
    actions = {a.text(): a for top in window.menuBar().actions() for a in top.menu().actions()}
    tr = window.tr  # the menus' words in the window's language
    for tab in ("&Contents", "C&ases", "&Tags", "N&otes"):
        actions[tr(tab)].trigger()  # Go → Contents, Cases, Tags, Notes
        seen = widget_texts(
            window, skip=(window.reader, window.case_view, window.notes_panel.citation)
        )
        shown.update({f"{tab} {k}": v for k, v in seen.items()})
    # Go → Search, a word typed (hits), then one nothing matches; and the status bar.
    shown["status bar"] = window.statusBar().currentMessage()
    for query in ("Ensebek", "qqzzxq"):
        actions[tr("&Search")].trigger()
        window.search.field.clear()
        qtbot.keyClicks(window.search.field, query)
        qtbot.waitUntil(lambda q=query: getattr(window.search.result, "query", None) == q)
        seen = widget_texts(
            window, skip=(window.reader, window.case_view, window.notes_panel.citation)
        )
        shown.update({f"search {query} {k}": v for k, v in seen.items()})
    # The help pages and About the archive, through the Help menu.
    for item in ("&Keyboard shortcuts", "&Search syntax"):
        dialog = opened_by(qtbot, actions[tr(item)])
        shown.update({f"{item} {k}": v for k, v in widget_texts(dialog).items()})
        # What is typed in the search field (kind:note, person:Yensebek) is syntax, not English.
        page = dialog.findChild(QTextEdit).toPlainText()
        shown[f"{item} page"] = re.sub(r"[\w-]+:\S+", "\u2060", page)
        dialog.close()
    about = opened_by(qtbot, actions[tr("About the archive")])
    shown.update({f"About {k}": v for k, v in widget_texts(about).items()})
    manifests = [b.manifest for b in archive.held]
    edition = [
        s
        for m in manifests
        for s in (m.title, m.publisher, m.edition, m.attribution, m.rights, m.id)
    ]
    edition += [d.title for b in archive.held for d in b.documents]
    shown["About page"] = without(about.findChild(QTextEdit).toPlainText(), edition)
    shown["About keys"] = "\n".join(about.keys.item(i).text() for i in range(about.keys.count()))
    about.close()
    # File → Export notes…, Protect with a passphrase…, Wipe all my data… (modal; each is
    # closed unanswered, so nothing is protected or wiped).
    for item in ("&Export notes…", "&Protect with a passphrase…", "&Wipe all my data…"):
        seen = modal_texts(qtbot, actions[tr(item)].trigger)
        shown.update({f"{item} {k}": v for k, v in seen.items()})
    # Every case record, opened from the Cases tab by the keyboard (Ctrl+3, a row, Enter).
    actions[tr("C&ases")].trigger()
    table = window.cases_table
    for row in range(table.model().rowCount()):
        table.setFocus()
        table.setCurrentIndex(table.model().index(row, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        record = archive.case(window.shown_case)
        assert window.centre.currentWidget() is window.case_view, row
        content = [record.id, *strings_in(record.raw, codes)]
        for pid in record.all_sources():
            para = archive.paragraph(pid)
            if para is not None:
                content += [pid, para.section_title, para.text[:160]]
        shown[f"case {record.id}"] = without(window.case_view.toPlainText(), content)
    assert {k for k in shown if k.startswith("case ")} == {f"case {r.id}" for r in archive.cases}
    return shown


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_english_is_left_in_the_window(qtbot, data_dir, lang):
    """The window in Russian and Kazakh, chosen by View → Language: no view, dialog, help page
    or case record shows an interface text still in English."""
    from app.gui import i18n
    from app.gui.main_window import MainWindow

    first = MainWindow(Core(data_dir))
    qtbot.addWidget(first)
    try:
        first.language_actions[lang].trigger()
        window = first.successor
        qtbot.addWidget(window)
        window.resize(1366, 768)  # wide enough for the search and notes panels to show
        window.show()
        qtbot.waitExposed(window)
        assert window.language == lang
        shown = everything_shown(qtbot, window, lang)
        english = left_in_english(shown, english_pieces(lang))
        assert not english, json.dumps(english, ensure_ascii=False, indent=1)
    finally:
        i18n.install("en")


def test_the_check_finds_english_where_it_is():
    """The check itself: an interface word left in English is found, the same word inside
    another word is not, and a text translated the same in both languages is allowed."""
    pieces = english_pieces("ru")
    assert "People and groups" in pieces
    assert "Enter" not in pieces  # translated as itself
    found = left_in_english(
        {"a": "Дело · People and groups", "b": "Places of detention", "c": "Люди и группы"},
        ["People and groups", "Place"],
    )
    assert found == {"a": ["People and groups"]}


def test_no_translation_call_is_made_inside_an_f_string():
    """pyside6-lupdate reads no call inside an f-string: a ``tr("Events")`` written in one never
    reaches the catalogues and shows in English in every language (the case pages' headings,
    the help pages' titles did)."""
    found = []
    for folder in ("app", "index"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.JoinedStr):
                    continue
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _literals(inner):
                        name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
                        if name in MARKERS:
                            found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not found, found
