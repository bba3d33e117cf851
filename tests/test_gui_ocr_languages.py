"""The languages scans are recognised in, chosen where the user chooses what to import
(issue 28, item 2): File → Import files… (Ctrl+I) and Import a folder… show Russian, Kazakh
and English under the file list, at least one stays ticked, and the choice is remembered for
the next import and the next start. The dialog is answered as a user would (boxes clicked, a
file typed, accepted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLineEdit
from test_gui_file_dialogs import action
from test_gui_ocr_reader import open_window

from app.gui import settings as S

pytestmark = pytest.mark.gui


class Chooser:
    """Answers the Import dialog: reads its language boxes, clicks those in ``toggle``, then
    chooses ``choose`` (or cancels when None)."""

    def __init__(self, qtbot, choose: Path | None, toggle=()) -> None:
        self.qtbot, self.choose, self.toggle = qtbot, choose, toggle
        self.seen: dict[str, tuple[bool, bool]] | None = None
        self.after: dict[str, tuple[bool, bool]] | None = None

    @staticmethod
    def boxes(dialog) -> dict[str, QCheckBox]:
        return {b.text(): b for b in dialog.findChildren(QCheckBox)}

    def answer(self, dialog: QFileDialog) -> None:
        boxes = self.boxes(dialog)
        self.seen = {t: (b.isChecked(), b.isEnabled()) for t, b in boxes.items()}
        if not set(self.toggle) <= set(boxes):  # no languages field: nothing to answer
            dialog.reject()
            return
        for name in self.toggle:
            self.qtbot.mouseClick(boxes[name], Qt.MouseButton.LeftButton)
        self.after = {t: (b.isChecked(), b.isEnabled()) for t, b in boxes.items()}
        if self.choose is None:
            dialog.reject()
            return
        dialog.setDirectory(str(self.choose.parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(self.choose.name)
        dialog.accept()

    def run(self, trigger) -> Chooser:
        def poll() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QFileDialog) and widget.isVisible():
                    timer.stop()
                    self.answer(widget)
                    return

        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(poll)
        timer.start()
        try:
            trigger()
        finally:
            timer.stop()
        assert self.seen is not None, "no Import dialog opened"
        return self


ALL = {"in Russian": (True, True), "in Kazakh": (True, True), "in English": (True, True)}


def test_the_import_dialog_chooses_the_languages_and_remembers_them(qtbot, data_dir, tmp_path):
    letter = tmp_path / "letter.md"
    letter.write_text("# Letter from prison\n\nThe letter arrived in March.\n", encoding="utf-8")
    window = open_window(qtbot, data_dir)
    # all three by default; unticking two leaves the last one that cannot be cleared
    first = Chooser(qtbot, letter, toggle=("in English", "in Kazakh", "in Russian")).run(
        action(window, "Ctrl+I")
    )
    assert first.seen == ALL
    assert first.after == {
        "in Russian": (True, False),
        "in Kazakh": (False, True),
        "in English": (False, True),
    }
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=30000)
    assert window.last_import.count("added") == 1
    assert window.settings.get(S.OCR_LANGUAGES) == "rus"
    # a cancelled dialog changes nothing it was given
    Chooser(qtbot, None, toggle=("in English",)).run(action(window, "Ctrl+I"))
    assert window.settings.get(S.OCR_LANGUAGES) == "rus"
    window.close()
    # the next start, File → Import a folder…, offers what was chosen last
    window = open_window(qtbot, data_dir)
    folder = window.actions_by_id["import_folder"]
    again = Chooser(qtbot, None, toggle=("in Kazakh",)).run(folder.trigger)
    assert again.seen == {
        "in Russian": (True, False),
        "in Kazakh": (False, True),
        "in English": (False, True),
    }
    assert again.after["in Russian"] == (True, True) and again.after["in Kazakh"] == (True, True)
