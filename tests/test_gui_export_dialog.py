"""File → Export notes… (issue 26): the tags a note must have and the tags that leave it out
are told apart, Export is off when nothing would be exported and the dialog says why, and no
choice starts in lower case. The real dialog, opened by its menu item, on a real data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_gui_notes_views import crowded_window

pytestmark = pytest.mark.gui


def export_dialog_seen(qtbot, window, look) -> None:
    """File → Export notes…, triggered as its menu item is; ``look`` is called with the
    dialog while it is open (then it is cancelled)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from test_gui_use import menu_action

    from app.gui.export_dialog import ExportDialog

    seen: list = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog)
        try:
            look(dialog)
        except BaseException as exc:  # raised below, once the dialog is shut
            seen.append(exc)
        finally:
            dialog.reject()

    QTimer.singleShot(20, answer)
    menu_action(window, "File", "Export notes…").trigger()
    assert seen, "the Export dialog did not open"
    if isinstance(seen[-1], BaseException):
        raise seen[-1]


def test_export_is_off_with_nothing_to_export_and_says_why(qtbot, data_dir):
    window = crowded_window(qtbot, data_dir, (1366, 768), notes=0)

    def nothing_yet(dialog) -> None:
        assert dialog.preview.text() == "0 of 0 notes will be exported"
        assert not dialog.export_button.isEnabled()
        assert dialog.reason.isVisible()
        assert dialog.reason.text() == "Nothing to export: there are no notes yet."

    export_dialog_seen(qtbot, window, nothing_yet)


def test_the_export_dialog_tells_keeping_and_leaving_out_tags_apart(qtbot, data_dir):
    from PySide6.QtWidgets import QGroupBox

    window = crowded_window(qtbot, data_dir, (1366, 768), notes=3)  # tags t0, t1, t2

    def look(dialog) -> None:
        boxes = {box.title(): box for box in dialog.findChildren(QGroupBox)}
        keep, leave = boxes["Only with these tags"], boxes["Leave out these tags"]
        assert dialog.include.parent() is keep and dialog.exclude.parent() is leave
        # Side by side, apart: one box's area does not hold the other's.
        assert not keep.geometry().intersects(leave.geometry())
        assert [dialog.group_by.itemText(i) for i in range(dialog.group_by.count())] == [
            "By document",
            "By tag",
        ]
        assert dialog.export_button.isEnabled() and not dialog.reason.isVisible()
        # Every tag left out: nothing would be exported, and the dialog says why.
        for n in range(dialog.exclude.count()):
            dialog.exclude.item(n).setCheckState(Qt.CheckState.Checked)
        assert dialog.preview.text() == "0 of 3 notes will be exported"
        assert not dialog.export_button.isEnabled()
        assert dialog.reason.text() == "Nothing to export: no note matches these choices."
        dialog.exclude.item(0).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.preview.text() == "1 of 3 notes will be exported"
        assert dialog.export_button.isEnabled() and not dialog.reason.isVisible()

    export_dialog_seen(qtbot, window, look)
