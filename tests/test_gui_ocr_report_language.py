"""The import report of a scan speaks the window's language (issue 28, tried in Russian and
Kazakh): File → Import files… (Ctrl+I), a scan chosen, and the report's details say what was
recognised in the language of the menus, not in English."""

from __future__ import annotations

import pytest
from scan_files import COURT, page, save
from test_gui_file_dialogs import action
from test_gui_ocr_languages import Chooser
from test_gui_ocr_reader import open_window

from index.ocr.engine import available

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not available(), reason="text recognition is not installed"),
]


def test_the_scans_import_report_is_in_russian(qtbot, data_dir, tmp_path):
    from app.gui import i18n

    scan = save(page(COURT), tmp_path / "court.png")
    window = open_window(qtbot, data_dir)
    try:
        window.language_actions["ru"].trigger()
        window = window.successor
        qtbot.addWidget(window)
        Chooser(qtbot, scan).run(action(window, "Ctrl+I"))
        qtbot.waitUntil(lambda: window.import_box is not None, timeout=60000)
        details = window.import_box.detailedText()
        window.import_box.accept()
        assert details.startswith("court.png: "), details
        assert "распознан" in details and "стр. 1" in details, details
        assert "recognised" not in details and "page" not in details, details
    finally:
        i18n.install("en")
