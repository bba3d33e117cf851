"""The window as people use it (issue 13): zoom, Back/Forward, the dark theme, citations of
what is read, the notes panel following the reader, focus and accessible names, empty states,
Help pages, and an imported document opening with where it came from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from test_gui_actions import PARA, QUOTE, lived_in, open_window, select_words  # noqa: F401

from app.gui import settings as S

REPORT_URL = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"
"""The report's address, printed by the PDF export beside each citation."""

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def point_size_at(window, para_id: str) -> float:
    cursor = window.reader.paragraph_range(para_id, 1, 2)
    return cursor.charFormat().fontPointSize()


def test_zoom_scales_the_report_and_case_pages_alike(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.open_id(PARA)
    text_before = point_size_at(window, PARA)
    case_before = window.case_view.font().pointSizeF()
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert point_size_at(window, PARA) == pytest.approx(text_before + 3)
    assert window.case_view.font().pointSizeF() == pytest.approx(case_before + 3)
    assert window.reader.reading_paragraph() == PARA  # the place is kept
    window.set_theme("dark")  # a theme change keeps the size
    assert window.case_view.font().pointSizeF() == pytest.approx(case_before + 3)
    window.set_theme("system")
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert point_size_at(window, PARA) == pytest.approx(text_before)


def test_back_and_forward_across_hits_cases_and_sources(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.open_id(PARA)
    window.open_id("temirlan-ensebek")  # a case link
    assert window.centre.currentWidget() is window.case_view
    source = window.core.archive.case("temirlan-ensebek").all_sources()[0]
    window.case_view.anchorClicked.emit(f"para:{source}")  # the case page's source link
    assert window.location() == source
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert window.location() == "temirlan-ensebek"
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert window.location() == PARA
    qtbot.keyClick(window, Qt.Key.Key_Right, ALT)
    assert window.location() == "temirlan-ensebek"
    # The mouse's back button, on the case page.
    qtbot.mouseClick(window.case_view.viewport(), Qt.MouseButton.BackButton)
    assert window.location() == PARA
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.ForwardButton)
    assert window.location() == "temirlan-ensebek"


def menu_action(window, *path: str):
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == path[0]
    )
    for name in path[1:]:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == name)
        menu = action.menu() or action
    return action


def test_the_dark_theme_works_and_the_choice_shows(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    dark = menu_action(window, "View", "Theme", "Dark")
    dark.trigger()
    window_color = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_color.lightness() < 80
    assert window.reader.palette().color(QPalette.ColorRole.Base).lightness() < 80
    assert dark.isChecked() and window.settings.get(S.THEME) == "dark"
    window.open_id(PARA)  # a heading with a link to a case record, drawn in dark
    light = menu_action(window, "View", "Theme", "Light")
    light.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    qtbot.wait(20)
    for widget in (window.reader, window.notes_panel.heading, window.search.field):
        assert widget.palette().color(QPalette.ColorRole.Base).lightness() > 180, widget
        assert widget.palette().color(QPalette.ColorRole.Link).lightness() < 140, widget
    assert light.isChecked() and not dark.isChecked()
    menu_action(window, "View", "Theme", "As the system").trigger()
    assert window.settings.get(S.THEME) == "system"


def test_copy_citation_is_of_what_is_read_in_one_format(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    archive = window.core.archive
    select_words(window, PARA, QUOTE)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    # The citation with the address the PDF prints beside it (issue 26: it had no address).
    assert QGuiApplication.clipboard().text() == archive.citation(PARA)
    assert archive.citation(PARA).endswith(" · " + REPORT_URL)
    # Scrolled away by the scroll bar, the caret left behind: the paragraph on screen.
    window.reader.setTextCursor(window.reader.paragraph_range(PARA, 0, 0))
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    shown = window.reader.top_paragraph()
    assert shown and shown != PARA
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == archive.citation_line(shown)
    # The same words the PDF export prints.
    from index.export.placing import place
    from index.notes.service import new_note

    assert place(new_note(archive, shown, "x"), archive).citation == archive.citation(shown)
    assert re.fullmatch(
        r".+, .+, ¶ " + re.escape(shown) + " · " + re.escape(REPORT_URL), archive.citation(shown)
    )


def test_the_notes_panel_follows_the_reader_and_opens_notes_only_when_asked(qtbot, lived_in):  # noqa: F811
    window = open_window(qtbot, lived_in)
    panel = window.notes_panel
    window.open_id("temirlan-ensebek")
    assert panel.target == "temirlan-ensebek"
    assert panel.model.rowCount() == 1
    assert panel.note is None and not panel.editor.isEnabled()  # not loaded for editing
    row = panel.model.data(panel.model.index(0))
    assert row.startswith("🔒 Ask the lawyer.") and "private" in row
    today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
    assert today in row  # its date, as the interface's locale writes dates
    everywhere = window.navigator.all_notes
    qtbot.waitUntil(lambda: everywhere.rowCount() == 2 and not everywhere.loading)  # read aside
    listed = [everywhere.data(everywhere.index(r)) for r in range(everywhere.rowCount())]
    assert any(r.startswith("🔒") and "case record temirlan-ensebek" in r for r in listed)
    assert any("Disproportionate." in r and f"¶ {PARA}" in r for r in listed)
    # Asked: the user chooses the note in the list.
    panel.list.setCurrentIndex(panel.model.index(0))
    assert panel.note is not None and panel.editor.isEnabled()
    # Back to the report: the panel follows, New note would attach to the paragraph shown.
    window.open_id(PARA)
    qtbot.waitUntil(lambda: panel.target == PARA)
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum() // 2)
    # (the paragraph read: the caret's when it shows, else the top one)
    qtbot.waitUntil(lambda: panel.target == window.reader.reading_paragraph() != PARA, timeout=3000)
    assert panel.note is None


def focus_chain(start: QWidget, steps: int = 60) -> list[QWidget]:
    """Where Tab goes from ``start``, key press by key press."""
    start.setFocus()
    seen = []
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_the_reader_is_in_the_focus_chain_and_every_control_is_named(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    chain = focus_chain(window.search.field)
    for widget in (window.reader, window.search.results, window.notes_panel.list):
        assert widget in chain, widget.accessibleName()
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QTabBar | QLabel):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            unnamed.append((type(widget).__name__, widget.objectName()))
    assert unnamed == []


def test_empty_states_say_what_to_do(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    assert "Type a name" in window.search.results.empty_text
    assert "Ctrl+Shift+N" in window.navigator.notes_list.empty_text
    assert "tags" in window.navigator.tags.empty_text.lower()
    window.search.field.setText("qqqxqqzzq")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=15000)
    assert "No results" in window.search.status.text()
    assert "(s)" not in window.search.status.text()
    assert "Nothing found" in window.search.results.empty_text
    window.search.field.setText("Yensebek")
    qtbot.waitUntil(lambda: window.search.result.query == "Yensebek", timeout=15000)
    assert re.search(r"\b\d+ results\b", window.search.status.text())


def test_help_shows_the_keyboard_shortcuts_and_search_syntax(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    page = window.help_dialog.text.toPlainText()
    for key in ("Ctrl+K", "Ctrl+Shift+N", "Ctrl+E", "F7", "F9", "Alt+Left"):
        assert key in page, key
    window.help_dialog.close()
    menu_action(window, "Help", "Search syntax").trigger()
    page = window.help_dialog.text.toPlainText()
    assert "kind:case" in page and "OR" in page


def test_an_imported_document_opens_with_where_it_came_from(qtbot, data_dir, tmp_path: Path):
    source = tmp_path / "hearing.md"
    source.write_text(
        "# Hearing notes\n\nThe court refused to hear the defence witnesses.\n",
        encoding="utf-8",
    )
    window = open_window(qtbot, data_dir)
    window.open_id(PARA)
    window.import_paths([source])
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=30000)
    qtbot.waitUntil(
        lambda: (window.reader.reading_paragraph() or "").startswith("hearing-notes"),
        timeout=10000,
    )
    text = window.reader.toPlainText()
    import hashlib

    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert "Imported by you from “hearing.md” on " in text and digest in text
    assert text.count("Hearing notes") == 1  # the title once
    window.go_back()
    assert window.location() == PARA


def test_enter_typed_faster_than_the_search_opens_the_new_words_first_hit(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.search.field, "torture police")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=15000)
    window.search.field.clear()
    qtbot.keyClicks(window.search.field, "Ensebek kind:case")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)  # before the debounced search ran
    qtbot.waitUntil(lambda: window.location() == "temirlan-ensebek", timeout=15000)


@pytest.mark.parametrize("model", ["cases filter", "all notes", "notes panel", "contents"])
def test_the_cases_proxy_and_notes_models_pass_the_model_tester(
    qtbot,
    lived_in,  # noqa: F811
    qtmodeltester,
    model,
):
    """One model per tester (a tester keeps one "change in flight" for every model it was
    given), checked through what the user does to it, once the user's documents are in."""
    window = open_window(qtbot, lived_in)
    qtbot.waitUntil(lambda: window.contents.model().rowCount() >= 2)  # "My documents" shown
    if model == "cases filter":
        qtmodeltester.check(window.cases_proxy, force_py=True)
        window.cases_filter.setText("Жыланбаев")
        assert window.cases_proxy.rowCount() >= 1
        window.cases_filter.clear()
    elif model == "all notes":
        qtmodeltester.check(window.navigator.all_notes, force_py=True)
        assert window.navigator.all_notes.rowCount() >= 2
    elif model == "contents":
        window.resize(1280, 800)  # the navigator beside the reader
        contents = window.contents.model()
        qtmodeltester.check(contents, force_py=True)
        mine = contents.index(1, 0)
        qtbot.waitUntil(lambda: contents.rowCount(mine) == 1)  # read once shown
        window.navigator.contents_filter.setText("no such title")
        qtbot.waitUntil(lambda: contents.index(0, 0, mine).data() != "Trial notes")
        window.navigator.contents_filter.clear()
        qtbot.waitUntil(lambda: contents.index(0, 0, mine).data() == "Trial notes")
        window.contents.expand(contents.index(0, 0))
    else:
        qtmodeltester.check(window.notes_panel.model, force_py=True)
        window.open_id("temirlan-ensebek")
        window.open_id(PARA)
        qtbot.waitUntil(lambda: window.notes_panel.model.rowCount() >= 1)


def test_down_from_the_search_field_chooses_a_hit_and_enter_opens_it(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.search.field, "Ensebek")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=15000)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert window.search.results.hasFocus()
    qtbot.keyClick(window.search.results, Qt.Key.Key_Down)
    second = window.search.model.hits[1]
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    wanted = second.id if second.kind == "case" else second.para_id
    qtbot.waitUntil(lambda: window.location() == wanted, timeout=5000)
