"""A scan imported from the window, as a researcher does it (issue 28, "Done when"): File →
Import files… (Ctrl+I), Russian alone ticked, a two-page TIFF of a court decision chosen; the
text is recognised in the languages chosen, the reader marks each recognised page, and View →
Show scan (Ctrl+Shift+S) shows the page a paragraph was read from, beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from scan_files import COURT, page, tiff
from test_gui_file_dialogs import action
from test_gui_ocr_languages import Chooser
from test_gui_ocr_reader import difference, open_paragraph, open_window, shown_image

from index.ocr.engine import available

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not available(), reason="text recognition is not installed"),
]

APPEAL = ["Свидетелей не допустили к заседанию.", "Адвокат подал апелляцию."]


def test_a_scan_imported_from_the_window_is_marked_and_shown_beside_its_text(
    qtbot, data_dir, tmp_path
):
    pages = [page(COURT), page(APPEAL)]
    scan = tiff(pages, tmp_path / "court.tiff")
    window = open_window(qtbot, data_dir)
    Chooser(qtbot, scan, toggle=("in Kazakh", "in English")).run(action(window, "Ctrl+I"))
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=60000)
    if window.import_box is not None:  # the report of what was read: read, then closed
        window.import_box.accept()
    window.activateWindow()  # the user is back in the window the dialogs came from
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    (result,) = window.last_import.results
    assert result.status == "added", result
    archive = window.core.archive
    manifest = archive.manifest(result.bundle_id)
    assert manifest.imported["ocr"]["languages"] == "rus"  # what the dialog was given
    (doc,) = archive.bundle(result.bundle_id).documents
    second = next(p for p in doc.paragraphs if "апелляц" in p.text)
    assert second.ocr and second.page == 2
    open_paragraph(qtbot, window, second.id)
    lines = window.reader.toPlainText().splitlines()
    assert any(line.startswith("p. 1 · recognised text") for line in lines)
    assert any(line.startswith("p. 2 · recognised text") for line in lines)
    qtbot.waitUntil(window.actions_by_id["show_scan"].isEnabled)
    window.reader.setFocus()
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: (
            window.scan_view.image is not None
            or window.scan_view.status.text().startswith("The scan")
        ),
        timeout=10000,
    )
    assert window.scan_view.image is not None, window.scan_view.status.text()
    shown = shown_image(window.scan_view)
    assert window.scan_view.title.text() == "Scan, p. 2"
    assert difference(shown, pages[1]) < difference(shown, pages[0])
    assert difference(shown, pages[1]) < 3
