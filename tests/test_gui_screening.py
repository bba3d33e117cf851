"""File → Screen a list of names… (issue 29): the window's screening view, opened by its menu
item on a real data folder (the bundled archive, a real Whoosh index), the list pasted or
chosen, Start and Cancel pressed, rows opened with Enter, the report saved."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QPoint, Qt
from test_gui_actions import open_window
from test_gui_use import menu_action
from test_screening import ABSENT, PRESENT

pytestmark = pytest.mark.gui


def opened(qtbot, window):
    """The screening view, as File → Screen a list of names… opens it."""
    from app.gui.screening_view import ScreeningView

    menu_action(window, "File", "Screen a list of names…").trigger()
    views = [w for w in window.findChildren(ScreeningView) if w.isVisible()]
    assert len(views) == 1, "File → Screen a list of names… showed no screening view"
    qtbot.waitExposed(views[0])
    return views[0]


def screened(qtbot, view, names: list[str]) -> None:
    view.names.setFocus()
    view.names.setPlainText("\n".join(names))  # what a paste leaves in the field
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.report is not None and view.task is None, timeout=60000)


def rows(view) -> list[dict[str, str]]:
    """The table as shown (sorted as the view sorts it), by column heading."""
    proxy = view.model
    heads = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    return [
        {heads[c]: proxy.index(r, c).data() for c in range(proxy.columnCount())}
        for r in range(proxy.rowCount())
    ]


def test_forty_pasted_names_every_present_found_no_absent_claimed(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    names = list(PRESENT) + ABSENT + ["https://example.org/list", "12345"]
    screened(qtbot, view, names)
    shown = {row["Name"]: row for row in rows(view)}
    assert set(shown) == set(names)
    for name in PRESENT:
        assert shown[name]["Status"] == "found", shown[name]
        assert shown[name]["Where"].startswith("case record"), shown[name]
    for name in ABSENT:
        assert shown[name]["Status"] == "not found", shown[name]
        assert shown[name]["Where"] == "" and shown[name]["Citation"] == ""
    assert shown["https://example.org/list"]["Status"] == "not searched"
    assert shown["https://example.org/list"]["How it matched"] == "a web address"
    assert shown["12345"]["How it matched"] == "no letters"
    assert shown["Duman Muhamedkarim"]["How it matched"] == "other spelling or script"
    assert shown["Темирлана Енсебека"]["How it matched"] == "case form"
    # Most certain first: every found name above every absent one, lines not searched last.
    statuses = [row["Status"] for row in rows(view)]
    assert statuses == sorted(
        statuses, key=["found", "possible", "not found", "not searched"].index
    )
    assert statuses[0] == "found" and statuses[-1] == "not searched"
    assert view.summary.text().startswith(f"{len(names)} names screened: 24 found")


def test_sorting_by_a_column_heading(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    names = ["Serik Abenov", "Yensebek Temirlan", "Айдар Мубараков", "12345", "Aidar Syzdykov"]
    screened(qtbot, view, names)
    header = view.table.horizontalHeader()
    name_x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name_x, 8))
    assert [r["Name"] for r in rows(view)] == sorted(names, key=str.casefold)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name_x, 8))
    assert [r["Name"] for r in rows(view)] == sorted(names, key=str.casefold, reverse=True)


def test_enter_on_a_row_opens_its_case_record_or_paragraph(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    screened(qtbot, view, ["Serik Abenov", "Маратом Жыланбаевым"])
    table = view.table
    found_row = next(r for r, row in enumerate(rows(view)) if row["Status"] == "found")
    table.setCurrentIndex(view.model.index(found_row, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.location() == "marat-zhylanbaev"
    assert window.centre.currentWidget() is window.case_view
    # A paragraph of the report, by its row's place: the reader shows it.
    from index.screening.screen import REPORT

    report = view.report
    marat = next(r for r in report.results if r.name == "Маратом Жыланбаевым")
    para = next(m for m in marat.matches if m.where == REPORT)
    marat.matches.insert(0, marat.matches.pop(marat.matches.index(para)))
    view.model.set_results(report.results)
    found_row = next(r for r, row in enumerate(rows(view)) if row["Status"] == "found")
    table.setCurrentIndex(view.model.index(found_row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert window.centre.currentWidget() is window.reader
    assert window.location() == para.id


def test_double_click_on_a_row_opens_its_place(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    screened(qtbot, view, ["Serik Abenov", "Lukpan Ahmedyarov"])
    table = view.table
    row = next(r for r, shown in enumerate(rows(view)) if shown["Status"] == "found")
    place = table.visualRect(view.model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=place)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert window.location() == "lukpan-akhmedyarov"


def test_a_list_past_its_bound_is_refused_before_anything_is_searched(qtbot, data_dir):
    from index.screening.listing import MAX_NAMES

    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    view.names.setPlainText("\n".join(f"Name{n} Surname" for n in range(MAX_NAMES + 1)))
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.task is None and view.report is None
    assert view.summary.text() == (
        "the list holds more than 10,000 names; split it into smaller lists"
    )
    assert view.start_button.isEnabled()


def test_cancel_mid_way_keeps_what_was_screened(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    names = [f"{first} {last}" for first in ABSENT for last in ("Abenov", "Nurpeisova")] * 40
    view.names.setPlainText("\n".join(names))
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.cancel_button.isEnabled() and not view.start_button.isEnabled()
    qtbot.waitUntil(lambda: view.progress.value() >= 5, timeout=60000)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=60000)
    assert view.report is not None and view.report.cancelled
    kept = len(view.report.results)
    assert 5 <= kept < len(names)
    assert view.model.rowCount() == kept
    assert f"cancelled after {kept} of {len(names)} names" in view.summary.text()
    assert view.save_buttons["csv"].isEnabled()


def test_save_csv_writes_the_report(qtbot, data_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    screened(qtbot, view, ["=Yensebek Temirlan", "Serik Abenov"])
    target = tmp_path / "screened.csv"
    asked: list[str] = []

    def save_dialog(parent, title, start, filters, **_kw):
        asked.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(view.save_buttons["csv"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and view.summary.text().startswith("Saved"))
    assert asked and asked[0].endswith(".csv")
    got = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    names = {row["name"]: row for row in got}
    assert names["'=Yensebek Temirlan"]["status"] == "found"
    assert names["Serik Abenov"]["status"] == "not found"


def test_a_csv_list_by_its_column_heading(qtbot, data_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    listing = tmp_path / "list.csv"
    listing.write_bytes("№;ФИО\n1;Темирлана Енсебека\n2;Серик Абенов\n".encode("cp1251"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_kw: (str(listing), "*.csv"))
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    assert view.file_label.text() == "list.csv"
    assert view.column.isVisible()
    view.column.setCurrentIndex(view.column.findData("ФИО"))
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.report is not None and view.task is None, timeout=60000)
    shown = {row["Name"]: row["Status"] for row in rows(view)}
    assert shown == {"Темирлана Енсебека": "found", "Серик Абенов": "not found"}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_screening_view_speaks_the_window_language(qtbot, data_dir, lang):
    """Chosen by View → Language: the view's labels, buttons, headings and the words in its
    cells (statuses, how matched, where) are in that language, none left in English."""
    import json

    from test_gui_untranslated import english_pieces, left_in_english, widget_texts

    from app.gui import i18n
    from app.gui.main_window import MainWindow
    from index.core import Core

    first = MainWindow(Core(data_dir))
    qtbot.addWidget(first)
    try:
        first.language_actions[lang].trigger()
        window = first.successor
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
        window.screen_names_action.trigger()
        view = window.screening_view
        screened(qtbot, view, ["Маратом Жыланбаевым", "Serik Abenov", "https://example.org"])
        shown = widget_texts(view)
        for r in range(view.model.rowCount()):
            for c in range(1, 4):  # status, how matched, where (the name and citation: data)
                shown[f"cell {r},{c}"] = view.model.index(r, c).data() or ""
        english = left_in_english(shown, english_pieces(lang))
        assert not english, json.dumps(english, ensure_ascii=False, indent=1)
        found = {"ru": "найдено", "kk": "табылды"}[lang]
        assert view.model.index(0, 1).data() == found
    finally:
        i18n.install("en")


def test_save_pdf_and_json_write_the_reports(qtbot, data_dir, tmp_path, monkeypatch):
    import json

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, data_dir)
    view = opened(qtbot, window)
    screened(qtbot, view, ["Маратом Жыланбаевым", "Serik Abenov", "12345"])
    for fmt in ("pdf", "json"):
        target = tmp_path / f"screened.{fmt}"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, t=target, **_kw: (str(t), "")
        )
        qtbot.mouseClick(view.save_buttons[fmt], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=target: view.summary.text() == f"Saved {t}", timeout=30000)
    pages = PdfReader(tmp_path / "screened.pdf").pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Names screened against the archive" in text
    assert "Маратом Жыланбаевым" in text and "Serik Abenov" in text
    assert "pasted list" in text
    data = json.loads((tmp_path / "screened.json").read_text(encoding="utf-8"))
    got = {n["name"]: n["status"] for n in data["names"]}
    assert got == {
        "Маратом Жыланбаевым": "found",
        "Serik Abenov": "not found",
        "12345": "not searched",
    }
