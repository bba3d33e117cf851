"""The window says where each document comes from and refuses tampered editions, as a new user
would see it: menu actions triggered the way Qt does, a real data folder, real signatures."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from conftest import BUNDLE_DIR, colleague_bundle, make_key, run_cli
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from index.archive.bundle import MANIFEST, seal
from index.archive.signing import trusted_keys
from index.core import Core

pytestmark = pytest.mark.gui

MURAGAT_PUBLIC_KEY = "RWSo+YC4H7jIsmWqJVtU31pJxxJSOwUj+ITtdBX692vDDvBbUAZHXgen"


def open_window(qtbot, data_dir):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    # the user's bundles loaded and indexed, and the window told of both (its tasks are done:
    # what the loading posted to the window came before the last task's end)
    qtbot.waitUntil(
        lambda: window.core.search.last_sync is not None and not window.running, timeout=20000
    )
    return window


def menu_action(window, menu_title: str, text: str):
    """The real action in the menu bar, found as a user finds it."""
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu_title} → {text}")


def about(qtbot, window):
    menu_action(window, "Help", "About the archive").trigger()
    qtbot.waitUntil(lambda: window.about_dialog is not None and window.about_dialog.isVisible())
    return window.about_dialog


def test_about_shows_the_edition_verified_against_the_muragat_key(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    assert window.problems_box is None
    dialog = about(qtbot, window)
    text = dialog.text.toPlainText()
    assert "Verified against the Muragat editions key" in text
    assert "Publisher: Human Rights Watch" in text
    assert "Edition: World Report 2026 (events of 2025)" in text
    assert "Signed by: Muragat editions key (key ID B2C8B81FB880F9A8, fingerprint 7263 B245" in text
    assert "Verified: 20" in text and "signature and 2 file checksums checked" in text
    assert window.core.archive.bundle("hrw-wr2026-kazakhstan").manifest.sha256 in text
    assert "does not prove" in text
    keys = [dialog.keys.item(i).text() for i in range(dialog.keys.count())]
    assert len(keys) == 1 and "Muragat editions key — key ID B2C8B81FB880F9A8 — built in" in keys[0]
    assert not dialog.revoke_button.isEnabled()  # the built-in key cannot be revoked
    assert window.isEnabled()  # not modal: the reader stays usable


def test_about_shows_the_version_muragat_version_prints(qtbot, data_dir):
    """Help → About the archive, where people decide whether to trust an edition, names the
    app's version: the one ``muragat --version`` prints (issue 26, major 3)."""
    printed = run_cli("--version").stdout.split()
    assert printed[0] == "muragat"
    window = open_window(qtbot, data_dir)
    dialog = about(qtbot, window)
    assert dialog.version.isVisible()
    assert dialog.version.text() == f"Muragat version {printed[1]}"


def test_a_copy_edited_and_rehashed_elsewhere_is_refused_in_the_window_and_by_verify(
    qtbot, tmp_path, data_dir
):
    """A colleague's "updated archive": one sentence changed, the manifest re-hashed so every
    checksum matches. The window refuses it by name, the genuine report stays readable, and
    muragat verify and minisign agree."""
    forged = data_dir / "bundles" / BUNDLE_DIR.name
    shutil.copytree(BUNDLE_DIR, forged)
    report = forged / "report.md"
    report.write_text(
        report.read_text(encoding="utf-8").replace(
            "found six police officers guilty", "found six police officers innocent"
        ),
        encoding="utf-8",
    )
    seal(forged, json.loads((forged / MANIFEST).read_text(encoding="utf-8")))

    window = open_window(qtbot, data_dir)
    box = window.problems_box
    assert box is not None and box.isVisible()
    assert "Bundle “hrw-wr2026-kazakhstan” was refused: manifest.json: signature check failed" in (
        box.text()
    )
    assert "innocent" not in window.reader.toPlainText()
    assert "found six police officers guilty" in window.reader.toPlainText()
    dialog = about(qtbot, window)
    assert "Refused" in dialog.text.toPlainText()
    assert "the manifest was changed after it was signed" in dialog.text.toPlainText()

    verify = run_cli("verify", data_dir=data_dir)
    assert verify.returncode == 1
    assert "REFUSED hrw-wr2026-kazakhstan: manifest.json: signature check failed" in verify.stderr
    if shutil.which("minisign"):
        agree = subprocess.run(
            ["minisign", "-Vm", str(forged / MANIFEST), "-P", MURAGAT_PUBLIC_KEY],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert agree.returncode != 0


def test_imported_documents_are_marked_yours(qtbot, tmp_path, data_dir):
    doc = tmp_path / "memo.md"
    doc.write_text("# Field memo\n\nNotes from the hearing.\n", encoding="utf-8")
    window = open_window(qtbot, data_dir)
    window.resize(1280, 800)  # the navigator beside the reader
    task = window.import_paths([doc])
    qtbot.waitUntil(lambda: len(window.core.archive.bundles) == 2, timeout=20000)
    qtbot.waitUntil(lambda: task not in window.running, timeout=20000)
    dialog = about(qtbot, window)
    text = dialog.text.toPlainText()
    assert "Yours — 1 document imported by you, not signed by anyone" in text
    model = window.contents.model()
    mine = model.index(1, 0)
    assert mine.data() == "My documents"
    qtbot.waitUntil(lambda: model.rowCount(mine) == 1)
    tip = model.index(0, 0, mine).data(Qt.ItemDataRole.ToolTipRole)
    assert "Yours: imported by you, not signed" in tip
    report = model.index(0, 0)
    assert "Signed by Muragat editions key, verified" in report.data(Qt.ItemDataRole.ToolTipRole)


def test_trusting_a_colleague_key_in_the_window_then_revoking_it(qtbot, tmp_path, data_dir):
    colleague = make_key(tmp_path / "keys", "Aigerim")
    colleague_bundle(data_dir, colleague)
    window = open_window(qtbot, data_dir)
    assert "unknown key" in window.problems_box.text()
    assert [b.id for b in window.core.archive.bundles] == ["hrw-wr2026-kazakhstan"]

    menu_action(window, "Help", "Trusted keys…").trigger()
    dialog = window.about_dialog
    assert dialog.isVisible()
    box = dialog.trust_from_file(colleague.public)
    assert colleague.key.fingerprint in box.text()  # shown before anything is trusted
    assert trusted_keys(data_dir) == []
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.core.archive.bundle("colleague-edition") is not None)
    assert [k.name for k in trusted_keys(data_dir)] == ["Aigerim"]
    qtbot.waitUntil(lambda: window.problems_box is None)  # the writer's news reached the window
    assert "Verified against a key you trust: Aigerim" in dialog.text.toPlainText()

    dialog.keys.setCurrentRow(1)
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.core.archive.bundle("colleague-edition") is None)
    assert trusted_keys(data_dir) == []
    qtbot.waitUntil(lambda: window.problems_box is not None)
    assert "unknown key" in window.problems_box.text()
    assert window.core.archive.bundle("hrw-wr2026-kazakhstan") is not None


def test_the_case_page_marks_what_is_not_from_the_report(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    assert window.open_id("nuclear-plant-critics")
    text = window.case_view.toPlainText()
    assert "Not from the report" in text
    assert "Жанат Казакбай — in use in the press: Russian-language press" in text
    assert "Жанат Казахбай" not in text
    assert "brought by: not stated in the report" in text
    window.open_id("radio-azattyk-journalists")
    text = window.case_view.toPlainText()
    assert "2025-06 to 2025-07 (in the report: “In June and July”)" in text
    assert "date unknown (the report gives no date)" in text
    window.open_id("un-human-rights-committee-review")
    text = window.case_view.toPlainText()
    assert "a UN treaty body" in text and "general knowledge" in text
    window.open_id("yulia-emelyanova")
    text = window.case_view.toPlainText()
    assert "“theft” — wanted on these charges; the report says: “bogus”, “in Russia”" in text
    assert "brought by: Russia" in text
