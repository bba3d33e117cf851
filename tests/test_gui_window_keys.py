"""The window's shortcuts work whatever has focus (issue 26, majors 5 and 6).

Major 5: on X11 a line edit claims Ctrl+E (end of line) and Ctrl+K (delete to the end of the
line) before the window sees them, so with the search field focused Ctrl+E did nothing and
Ctrl+K deleted the query. Those key bindings are X11's: the tests' offscreen platform does not
have them, so that part runs the real window on an X display (Xvfb) in a process of its own,
with real key presses. Text fields keep the keys that edit text (Ctrl+A, Ctrl+Z…).

Major 6: Go → Reader (Ctrl+1) with a case record open moved the focus to the report.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, run_cli
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_actions import DialogWatcher, open_window

pytestmark = pytest.mark.gui

USER = r"""
import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

qapp = QApplication([sys.argv[0]])
from app.gui.main_window import MainWindow
from index.core import Core

window = MainWindow(Core(Path(sys.argv[1])))
window.resize(1366, 768)
window.show()
window.activateWindow()
assert QTest.qWaitForWindowActive(window, 10000)
window.tasks.wait(60000)
seen = []


def answer():
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            seen.append(widget.windowTitle())
            widget.reject()


timer = QTimer()
timer.timeout.connect(answer)
timer.start(50)
CTRL = Qt.KeyboardModifier.ControlModifier
out = {"platform": qapp.platformName()}


def press(widget, key, modifiers=CTRL):
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 10000)
    widget.setFocus()
    QTest.qWait(50)
    assert qapp.focusWidget() is widget, qapp.focusWidget()
    del seen[:]
    QTest.keyClick(widget, key, modifiers)
    QTest.qWait(300)
    return list(seen)


field = window.search.field
field.setText("Yensebek")
field.setCursorPosition(0)
out["search, Ctrl+E"] = press(field, Qt.Key.Key_E)
field.setCursorPosition(0)
press(field, Qt.Key.Key_K)
out["search, Ctrl+K"] = [field.text(), field.selectedText(), field.hasFocus()]
field.deselect()
press(field, Qt.Key.Key_A)
out["search, Ctrl+A"] = field.selectedText()
window.notes_panel.edit(window.core.list_notes()[0])
editor = window.notes_panel.editor
out["editor, Ctrl+E"] = press(editor, Qt.Key.Key_E)
press(editor, Qt.Key.Key_A)
out["editor, Ctrl+A"] = editor.textCursor().selectedText()
timer.stop()
window.close()
print("OUT " + json.dumps(out), flush=True)
"""


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb (xvfb-run)")
def test_window_shortcuts_reach_the_window_from_a_text_field_on_x11(data_dir):
    """Search field focused, Ctrl+E: the Export dialog opens (before: the cursor went to the
    end of the query); Ctrl+K: the search field's text is selected, not deleted; Ctrl+A still
    selects the field's text. The note editor: Ctrl+E opens Export, Ctrl+A selects the note."""
    assert run_cli("notes", "add", "--text", "Ask the lawyer.", data_dir=data_dir).returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-c", USER,
         str(data_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    said = [line for line in done.stdout.splitlines() if line.startswith("OUT ")]
    assert done.returncode == 0 and said, done.stderr[-3000:]
    out = json.loads(said[0][4:])
    assert out["platform"] == "xcb"
    assert out["search, Ctrl+E"] == ["Export notes"], out
    assert out["search, Ctrl+K"] == ["Yensebek", "Yensebek", True], out
    assert out["search, Ctrl+A"] == "Yensebek", out
    assert out["editor, Ctrl+E"] == ["Export notes"], out
    assert out["editor, Ctrl+A"] == "Ask the lawyer.", out


def test_the_shortcuts_page_says_which_keys_a_text_field_keeps(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    page = window.show_shortcuts().text.toPlainText()
    undo = next(line for line in page.splitlines() if "Undo note deletion" in line)
    assert "not in a text field" in undo  # Ctrl+Shift+Z is Redo there
    export = next(line for line in page.splitlines() if "Export notes" in line)
    assert "text field" not in export
    assert "keeps the keys that edit text: Ctrl+A, Ctrl+C" in page


def focus_search_and_press_ctrl_1(qtbot, window) -> None:
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(window.search.field.hasFocus)
    qtbot.keyClick(window.search.field, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)


def test_go_reader_moves_into_the_case_record_shown(qtbot, data_dir):
    """Ctrl+1 with a case record open: the focus goes into the case record, which stays (it
    was replaced by the report)."""
    window = open_window(qtbot, data_dir)
    case = window.core.archive.cases[0].id
    assert window.open_id(case)
    focus_search_and_press_ctrl_1(qtbot, window)
    qtbot.waitUntil(window.case_view.hasFocus)
    assert window.centre.currentWidget() is window.case_view
    assert window.location() == case


def test_go_reader_moves_into_the_imported_document_shown(qtbot, data_dir, tmp_path):
    doc = tmp_path / "trial-notes.md"
    doc.write_text("# Trial notes\n\nThe hearing was adjourned.\n", encoding="utf-8")
    assert run_cli("import", str(doc), data_dir=data_dir).returncode == 0
    window = open_window(qtbot, data_dir)
    imported = next(
        d for b in window.core.archive.bundles if b not in window.core.archive.builtin_bundles
        for d in b.documents
    )  # fmt: skip
    watcher = DialogWatcher()  # nothing opens
    try:
        assert window.open_id(imported.id)
        focus_search_and_press_ctrl_1(qtbot, window)
        qtbot.waitUntil(window.reader.hasFocus)
        QApplication.processEvents()
    finally:
        watcher.stop()
    assert window.centre.currentWidget() is window.reader
    assert window.reader.shown.id == imported.id
    assert watcher.seen == []
