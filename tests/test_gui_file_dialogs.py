"""The Import and Save dialogs (issue 26): they start in the user's Documents folder, then in
the folder last chosen for each kind, at the next start too; an export is offered a name from
the report's title and the day; with the vault on, the folders are kept only sealed.

The dialogs are Qt's own (the offscreen platform has no other), opened by the window's
actions and answered as a user would: a folder and a file chosen, then accepted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from test_gui_actions import lived_in, open_window  # noqa: F401

from app.gui import settings as S

pytestmark = pytest.mark.gui


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """A home folder with a Documents folder, for the user's standard places."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)  # Documents is $HOME/Documents
    return folder


class FileUser:
    """Answers the file dialog as a user: notes where it started and the name it offered,
    then chooses ``choose`` (a file or a folder) and accepts, or cancels when None."""

    def __init__(self, choose: Path | None = None) -> None:
        self.choose = choose
        self.started: list[str] = []
        self.offered: list[str] = []

    def __call__(self, widget) -> bool:
        if type(widget).__name__ == "ExportDialog":
            widget.accept()
            return True
        if not isinstance(widget, QFileDialog):
            return False
        self.started.append(widget.directory().absolutePath())
        self.offered.append(Path(widget.selectedFiles()[0]).name if widget.selectedFiles() else "")
        if self.choose is None:
            widget.reject()
            return True
        widget.setDirectory(str(self.choose.parent))
        # typed in the file name field, as a user may (the listing may still be loading)
        widget.findChild(QLineEdit, "fileNameEdit").setText(self.choose.name)
        widget.accept()
        return True


def action(window, shortcut: str):
    """The window's action with this shortcut (File → Import files… is Ctrl+I)."""
    found = [
        a
        for a in window.findChildren(QAction)
        if any(k.toString() == shortcut for k in a.shortcuts())
    ]
    assert len(found) == 1, shortcut
    return found[0].trigger


def run_dialog(user: FileUser, action) -> FileUser:
    """Run ``action``; the file dialog (and the Export dialog before it) it opens, visible
    among the app's windows, is answered by ``user`` (other windows left alone)."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and (
                isinstance(widget, QFileDialog) or type(widget).__name__ == "ExportDialog"
            ):
                user(widget)
                return

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(poll)
    timer.start()
    try:
        action()
    finally:
        timer.stop()
    assert user.started, "no file dialog opened"
    return user


def test_dialogs_start_in_documents_then_where_the_user_was(qtbot, lived_in, home, tmp_path):  # noqa: F811
    documents = home / "Documents"
    sources = tmp_path / "witness statements"
    sources.mkdir()
    statement = sources / "statement.md"
    statement.write_text("# A statement\n\nThe hearing was closed.\n", encoding="utf-8")
    court = tmp_path / "for the court"
    court.mkdir()
    window = open_window(qtbot, lived_in)
    # File → Import files…: Documents first; the file chosen is imported.
    first = run_dialog(FileUser(statement), action(window, "Ctrl+I"))
    assert first.started == [str(documents)]  # not the process's working folder
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=60000)
    # Again: where the statement was.
    again = run_dialog(FileUser(), action(window, "Ctrl+I"))
    assert again.started == [str(sources)]
    # File → Export notes…: Documents, a name from the title and the day.
    export = FileUser()
    run_dialog(export, action(window, "Ctrl+E"))
    assert export.started == [str(documents)]
    name = export.offered[0]
    stem = f"Muragat notes — World Report 2026 Kazakhstan — {date.today().isoformat()}"
    assert Path(name).stem == stem, name
    # Saved in another folder: the next export starts there.
    saved = FileUser(court / name)
    run_dialog(saved, action(window, "Ctrl+E"))
    qtbot.waitUntil(lambda: (court / name).is_file(), timeout=60000)
    later = run_dialog(FileUser(), action(window, "Ctrl+E"))
    assert later.started == [str(court)]
    window.close()
    # The next start remembers both.
    reopened = open_window(qtbot, lived_in)
    imports = run_dialog(FileUser(), action(reopened, "Ctrl+I"))
    exports = run_dialog(FileUser(), action(reopened, "Ctrl+E"))
    assert (imports.started, exports.started) == ([str(sources)], [str(court)])


def test_with_the_vault_the_folders_are_kept_only_sealed(qtbot, data_dir, home, tmp_path):
    from test_gui_vault import CHEAP, PASSPHRASE, start, unlock

    from index.vault import keys, session

    keys.write_key_file(data_dir, keys.wrap(keys.new_data_key(), PASSPHRASE, CHEAP))
    sources = tmp_path / "sources-of-the-witness"
    sources.mkdir()
    batch = sources / "second-batch"
    batch.mkdir()
    locker = start(qtbot, data_dir)
    try:
        window = unlock(qtbot, locker)
        # File → Import a folder…: a folder of the witness's (empty: nothing of the vault's
        # documents is made here, only the folder is remembered).
        first = run_dialog(FileUser(batch), window.choose_import_folder)
        assert first.started == [str(home / "Documents")]
        qtbot.waitUntil(lambda: window.last_import is not None, timeout=60000)
        again = run_dialog(FileUser(), window.choose_import_folder)
        assert again.started == [str(sources)]  # remembered, in the sealed settings
        window.close()
        clear = b"".join(
            p.read_bytes()
            for p in [data_dir / "muragat.ini", *(data_dir / S.QT_FOLDER).rglob("*")]
            if p.is_file()
        )
        assert b"sources-of-the-witness" not in clear
        assert (data_dir / S.PRIVATE_FILE).is_file()  # sealed: not readable without the key
        assert b"sources-of-the-witness" not in (data_dir / S.PRIVATE_FILE).read_bytes()
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        QApplication.processEvents()
        session.close()
