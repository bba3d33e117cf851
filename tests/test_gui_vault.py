"""The window's side of the vault (issue 24), through the user's doors: Ctrl+L and File → Lock,
the idle lock, the unlock screen (a wrong then the right passphrase, Quick erase), File →
Protect with a passphrase…, the offer at first start, and what the window leaves in the clear
(the last position, Qt's file-dialog history) while the vault is on.

Vaults are made with a cheap Argon2id cost (64 MiB, one pass): the cost is the key file's,
not the window's."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from test_gui_actions import DialogWatcher, select_words

from app.gui import settings as S
from app.gui.passphrase_dialog import PassphraseDialog
from index.search import sealed_storage
from index.vault import convert, keys, sealed, session

pytestmark = pytest.mark.gui

PASSPHRASE = "correct horse battery staple"
CHEAP = keys.KdfParams(time_cost=1, memory=64 * 1024, parallelism=1)
PARA = "freedom-of-expression-2"
QUOTE = "five years’ restricted freedom"


@pytest.fixture(autouse=True)
def _no_key_left_open(qapp):
    """Each test ends with its windows closed and no vault open (the windows are the
    locker's: a test holding one would keep its core alive)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()
    session.close()


@pytest.fixture
def vault(data_dir: Path) -> Path:
    """A data folder turned into a vault (its key file), locked."""
    keys.write_key_file(data_dir, keys.wrap(keys.new_data_key(), PASSPHRASE, CHEAP))
    assert convert.status(data_dir) == convert.LOCKED
    return data_dir


def start(qtbot, data_dir: Path):
    """What ``muragat`` with no command does: a `Locker` shows the unlock screen or the
    window (app.gui.launch.run_gui)."""
    from app.gui.locking import Locker
    from app.gui.settings import Settings

    locker = Locker(data_dir, Settings(str(data_dir / "muragat.ini")))
    shown = locker.start()
    qtbot.waitExposed(shown)
    return locker


def wait_for_window(qtbot, locker):
    qtbot.waitUntil(lambda: locker.window is not None and locker.window.isVisible(), timeout=30000)
    window = locker.window
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    return window


def type_passphrase(qtbot, screen, text: str) -> None:
    screen.field.clear()
    qtbot.keyClicks(screen.field, text)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)


def unlock(qtbot, locker, passphrase: str = PASSPHRASE):
    type_passphrase(qtbot, locker.screen, passphrase)
    return wait_for_window(qtbot, locker)


def test_a_locked_vault_starts_on_the_unlock_screen_and_a_wrong_passphrase_changes_nothing(
    qtbot, vault
):
    locker = start(qtbot, vault)
    screen = locker.screen
    assert screen is not None and screen.isVisible() and locker.window is None
    assert not session.is_open()
    before = sorted(p.name for p in vault.iterdir())
    key_before = keys.key_path(vault).read_bytes()
    type_passphrase(qtbot, screen, "not the passphrase")
    qtbot.waitUntil(lambda: screen.field.isEnabled(), timeout=30000)
    assert screen.message.text() == "Wrong passphrase: the vault stays locked"
    assert locker.window is None and not session.is_open()
    assert sorted(p.name for p in vault.iterdir()) == before
    assert keys.key_path(vault).read_bytes() == key_before
    window = unlock(qtbot, locker)
    assert session.is_open(vault) and locker.screen is None
    assert window.lock_action.isVisible() and not window.protect_action.isVisible()


def test_ctrl_l_locks_after_the_pending_save_and_unlocking_comes_back_where_the_user_was(
    qtbot, vault
):
    session.open_vault(vault, PASSPHRASE)
    stray = DialogWatcher()
    locker = start(qtbot, vault)
    window = wait_for_window(qtbot, locker)
    assert window.open_id(PARA)
    window.focus_search()
    qtbot.keyClicks(window.search.field, "Yensebek")  # searched as it is typed
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=30000)
    assert sealed_storage._CHUNKS.size > 0  # the sealed index, decrypted in memory
    select_words(window, PARA, QUOTE)
    window.add_note("Locked away.")  # submitted to the write pool: still pending
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locker.window is None and locker.screen is not None
    assert locker.screen.isVisible() and not window.isVisible()
    assert not session.is_open()
    assert sealed_storage._CHUNKS.size == 0  # dropped with the key
    QApplication.processEvents()  # the window's deferred deletion
    assert not shiboken6.isValid(window)  # the window, its models and views: gone
    # nothing of where the user was is in the clear settings; the sealed file has it
    ini = (vault / "muragat.ini").read_bytes()
    assert PARA.encode() not in ini and b"last_position" not in ini
    private = (vault / "muragat-private.sealed").read_bytes()
    assert sealed.is_sealed(private) and PARA.encode() not in private
    try:
        window = unlock(qtbot, locker)
    finally:
        stray.stop()
    assert stray.errors() == []  # no "notes database damaged" on the way back
    assert [n.body for n in window.core.list_notes()] == ["Locked away."]  # saved first
    qtbot.waitUntil(lambda: window.location() == PARA, timeout=10000)


def test_file_lock_and_the_idle_time_lock_the_window(qtbot, vault):
    session.open_vault(vault, PASSPHRASE)
    locker = start(qtbot, vault)
    window = wait_for_window(qtbot, locker)
    window.lock_action.trigger()  # File → Lock
    assert locker.screen is not None and locker.window is None and not session.is_open()
    window = unlock(qtbot, locker)
    # File → Lock after; tests take a few seconds rather than minutes
    locker.set_lock_after(0.05)  # 3 s
    for _ in range(16):  # input keeps it open: a key every 0.25 s for 4 s
        qtbot.keyClick(window.reader, Qt.Key.Key_Down)
        qtbot.wait(250)
        assert locker.window is window, "locked while the user typed"
    qtbot.waitUntil(lambda: locker.screen is not None, timeout=15000)
    assert not session.is_open() and locker.window is None
    window = unlock(qtbot, locker)
    locker.set_lock_after(0)  # never
    assert not locker.idle.isActive()
    assert window.lock_after_actions[0.0].isChecked()


def test_quick_erase_from_the_unlock_screen_asks_once_then_destroys_the_key(qtbot, vault):
    session.open_vault(vault, PASSPHRASE)
    locker = start(qtbot, vault)
    window = wait_for_window(qtbot, locker)
    assert window.open_id(PARA)
    window.lock_action.trigger()
    assert (vault / "muragat-private.sealed").is_file()
    screen = locker.screen
    answers = {"button": QMessageBox.StandardButton.Cancel}

    def answer(widget) -> bool:
        if isinstance(widget, QMessageBox) and widget.windowTitle() == "Quick erase":
            widget.done(answers["button"])
            return True
        return False

    watcher = DialogWatcher(answer)
    try:
        screen.erase_button.click()  # Cancel: nothing happens
        assert keys.key_path(vault).is_file() and screen.field.isEnabled()
        answers["button"] = QMessageBox.StandardButton.Yes
        screen.erase_button.click()
        qtbot.waitUntil(lambda: not screen.erase_button.isVisible(), timeout=30000)
    finally:
        watcher.stop()
    assert [s[1] for s in watcher.seen] == ["Quick erase", "Quick erase"]
    assert not keys.key_path(vault).exists()
    assert "erased" in screen.message.text()
    assert convert.status(vault) == convert.OFF
    left = sorted(p.name for p in vault.iterdir()) if vault.exists() else []
    assert left == [], left


def _visiting(folder):
    """A file dialog's user: goes to ``folder``, then cancels."""

    def answer(widget) -> bool:
        if isinstance(widget, QFileDialog):
            widget.setDirectory(str(folder))
            widget.reject()
            return True
        return False

    return answer


def _qt_settings(data: Path) -> bytes:
    """Every byte Qt keeps in the data folder's ``qt`` folder."""
    return b"".join(p.read_bytes() for p in (data / "qt").rglob("*") if p.is_file())


def test_the_file_dialog_forgets_the_folders_it_visited_in_a_vault(qtbot, vault, tmp_path):
    session.open_vault(vault, PASSPHRASE)
    locker = start(qtbot, vault)
    window = wait_for_window(qtbot, locker)
    folder = tmp_path / "sources-of-the-witness"
    folder.mkdir()

    watcher = DialogWatcher(_visiting(folder))
    try:
        window.choose_import_folder()
    finally:
        watcher.stop()
    assert any(s[0] == "QFileDialog" for s in watcher.seen)  # Qt's own dialog, not the system's
    assert b"sources-of-the-witness" not in _qt_settings(vault)


def test_qt_records_the_folders_without_a_vault(qtbot, data_dir, tmp_path):
    """The check above is worth something: the same dialog without a vault, forced to Qt's
    own, leaves the folder in the qt folder."""
    locker = start(qtbot, data_dir)
    window = wait_for_window(qtbot, locker)
    folder = tmp_path / "sources-of-the-witness"
    folder.mkdir()

    watcher = DialogWatcher(_visiting(folder))
    try:
        QFileDialog.getExistingDirectory(
            window, "x", str(folder), options=QFileDialog.Option.DontUseNativeDialog
        )
    finally:
        watcher.stop()
    assert b"sources-of-the-witness" in _qt_settings(data_dir)


def test_the_export_dialog_says_the_file_is_not_encrypted_only_in_a_vault(qtbot, data_dir):
    locker = start(qtbot, data_dir)
    window = wait_for_window(qtbot, locker)
    seen: list[str] = []

    def answer(widget) -> bool:
        if type(widget).__name__ == "ExportDialog":
            seen.append(widget.unencrypted.text() if widget.unencrypted else "")
            widget.reject()
            return True
        return False

    watcher = DialogWatcher(answer)
    try:
        window.export_notes()
        window.close()
        keys.write_key_file(data_dir, keys.wrap(keys.new_data_key(), PASSPHRASE, CHEAP))
        session.open_vault(data_dir, PASSPHRASE)
        window = wait_for_window(qtbot, locker) if locker.open_window() else None
        window.export_notes()
    finally:
        watcher.stop()
    assert seen == ["", "The file is written unencrypted: the passphrase does not protect it."]


def test_the_offer_at_first_start_is_made_once_and_can_be_skipped(qtbot, data_dir):
    locker = start(qtbot, data_dir)
    wait_for_window(qtbot, locker)

    def answer(widget) -> bool:
        if isinstance(widget, QDialog) and widget.windowTitle() == "Protect with a passphrase":
            not_now = widget.buttons.button(widget.buttons.StandardButton.Cancel)
            assert not_now.text() == "Not now"
            not_now.click()
            return True
        return False

    watcher = DialogWatcher(answer)
    try:
        locker.offer()
        locker.offer()  # a second start: not asked again
    finally:
        watcher.stop()
    assert [s[1] for s in watcher.seen] == ["Protect with a passphrase"]
    assert convert.status(data_dir) == convert.OFF


@pytest.mark.skipif(not hasattr(convert, "enable"), reason="index.vault.convert.enable")
def test_protect_from_the_file_menu_turns_the_vault_on_and_the_window_comes_back(qtbot, data_dir):
    from index.sqldb import is_clear

    locker = start(qtbot, data_dir)
    window = wait_for_window(qtbot, locker)
    locker.kdf_params = CHEAP
    select_words(window, PARA, QUOTE)
    window.add_note("Before the vault.")
    window.open_id(PARA)
    tried: list[str] = []
    attempts = [("short", "short"), (PASSPHRASE, PASSPHRASE[:-1]), (PASSPHRASE, PASSPHRASE)]

    def answer(widget) -> bool:
        if isinstance(widget, QDialog) and widget.windowTitle() == "Protect with a passphrase":
            new, repeat = attempts[len(tried)]
            widget.new.setText(new)
            widget.repeat.setText(repeat)
            widget.buttons.button(widget.buttons.StandardButton.Ok).click()
            tried.append(widget.problem.text())
            return True
        return False

    watcher = DialogWatcher(answer)
    try:
        window.protect_action.trigger()
        window = wait_for_window(qtbot, locker)
        qtbot.waitUntil(lambda: "protected by" in watcher.seen[-1][2], timeout=10000)
    finally:
        watcher.stop()
    assert tried == [
        "A passphrase needs at least 8 characters.",
        "The two passphrases differ: type them again.",
        "",
    ]
    assert convert.status(data_dir) == convert.OPEN
    assert watcher.seen[-1][:2] == ("QMessageBox", "Protecting your data with the passphrase")
    assert watcher.seen[-1][2] == (
        "Your data is now protected by the passphrase. Ctrl+L locks Muragat."
    )
    assert is_clear(data_dir / "notes.sqlite3") is False
    assert [n.body for n in window.core.list_notes()] == ["Before the vault."]
    assert window.lock_action.isVisible() and not window.protect_action.isVisible()
    assert b"last_position" not in (data_dir / "muragat.ini").read_bytes()
    window.activateWindow()  # the box that said it was done had the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locker.screen is not None and not session.is_open()
    unlock(qtbot, locker)


def test_after_a_lock_the_data_folder_holds_none_of_what_the_user_did_in_the_window(
    qtbot, vault, tmp_path, monkeypatch
):
    """The forensic scan of tests/test_vault.py, after a session in the window: a document
    imported (its name and its words), a note typed, a search typed, a folder visited in the
    file dialog; then Ctrl+L. No marker in any file of the data folder or of the temporary
    folder, as UTF-8, UTF-16 or lower case."""
    from test_vault import MARKERS, hits

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr("tempfile.tempdir", str(tmp))
    outside = tmp_path / "outside"
    visited = outside / f"{MARKERS['query']}-folder"
    visited.mkdir(parents=True)
    source = outside / f"{MARKERS['file']}.txt"
    source.write_text(
        f"Testimony\n\nThe witness {MARKERS['text']} described the detention.\n", "utf-8"
    )
    session.open_vault(vault, PASSPHRASE)
    locker = start(qtbot, vault)
    window = wait_for_window(qtbot, locker)
    imported = window.import_paths([source])
    qtbot.waitUntil(lambda: imported.delivered, timeout=30000)
    assert "Testimony" in window.reader.toPlainText()  # the import opened it (last position)
    assert window.open_id(PARA)
    select_words(window, PARA, QUOTE)
    window.add_note(f"{MARKERS['note']} saw it")
    window.focus_search()
    qtbot.keyClicks(window.search.field, MARKERS["text"])
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=30000)

    def answer(widget) -> bool:
        if isinstance(widget, QFileDialog):
            widget.setDirectory(str(visited))
            widget.reject()
            return True
        return False

    watcher = DialogWatcher(answer)
    try:
        window.choose_import_files()
    finally:
        watcher.stop()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locker.screen is not None and not session.is_open()
    assert hits([vault, tmp], MARKERS.values()) == {}


def test_change_then_remove_the_passphrase_from_the_file_menu(qtbot, vault):
    session.open_vault(vault, PASSPHRASE)
    locker = start(qtbot, vault)
    window = wait_for_window(qtbot, locker)
    locker.kdf_params = CHEAP
    assert window.open_id(PARA)
    select_words(window, PARA, QUOTE)
    window.add_note("Kept through it all.")
    new = "another long passphrase"
    answers = {
        "Change the passphrase": [("not the passphrase", new), (PASSPHRASE, new)],
        "Remove the passphrase": [("not the passphrase", None), (new, None)],
    }

    def answer(widget) -> bool:
        queue = answers.get(widget.windowTitle())
        if not isinstance(widget, PassphraseDialog) or queue is None:
            return False  # (a failure's message box has the same title)
        old, chosen = queue.pop(0)
        widget.old.setText(old)
        if chosen is not None:
            widget.new.setText(chosen)
            widget.repeat.setText(chosen)
        widget.buttons.button(widget.buttons.StandardButton.Ok).click()
        return True

    watcher = DialogWatcher(answer)
    try:
        window.change_passphrase_action.trigger()  # the wrong current passphrase: said
        qtbot.waitUntil(lambda: any(s[0] == "QMessageBox" for s in watcher.seen), timeout=30000)
        window.change_passphrase_action.trigger()
        qtbot.waitUntil(lambda: not window.running, timeout=30000)
        with pytest.raises(keys.WrongPassphrase):
            keys.unwrap(keys.key_path(vault), PASSPHRASE)
        assert len(keys.unwrap(keys.key_path(vault), new)) == keys.KEY_BYTES
        window.unprotect_action.trigger()  # wrong: the vault stays on, the window comes back
        window = wait_for_window(qtbot, locker)
        assert convert.status(vault) == convert.OPEN
        window.unprotect_action.trigger()
        window = wait_for_window(qtbot, locker)
        qtbot.waitUntil(lambda: "removed" in watcher.seen[-1][2], timeout=10000)
    finally:
        watcher.stop()
    boxes = [s[2] for s in watcher.seen if s[0] == "QMessageBox"]
    assert boxes == [
        "wrong passphrase: the vault stays locked",
        "wrong passphrase: the vault stays locked",
        "The passphrase is removed: your data is stored unencrypted.",
    ], watcher.seen
    assert convert.status(vault) == convert.OFF
    assert [n.body for n in window.core.list_notes()] == ["Kept through it all."]
    assert window.protect_action.isVisible() and not window.lock_action.isVisible()
    assert not (vault / "muragat-private.sealed").exists()
    assert window.settings.get(S.LAST_POSITION) == PARA  # in the clear settings again
    assert PARA.encode() in (vault / "muragat.ini").read_bytes()


def test_the_idle_lock_closes_an_open_dialog_first(qtbot, vault):
    """Left with the export dialog open: the dialog is closed (its loop ends), then the
    window locks; nothing reads the closed core."""
    session.open_vault(vault, PASSPHRASE)
    locker = start(qtbot, vault)
    window = wait_for_window(qtbot, locker)
    shown: list[str] = []

    def leave_open(widget) -> bool:
        shown.append(type(widget).__name__)
        return True  # the user walked away

    watcher = DialogWatcher(leave_open)
    try:
        locker.set_lock_after(0.01)  # 0.6 s
        assert window.export_notes() is None  # returns when the idle lock closes it
        qtbot.waitUntil(lambda: locker.screen is not None, timeout=15000)
    finally:
        watcher.stop()
    assert "ExportDialog" in shown
    assert locker.window is None and not session.is_open()


def test_a_lock_clears_what_muragat_put_on_the_clipboard(qtbot, vault):
    """Edit → Copy citation, then Ctrl+L: the clipboard no longer holds it. Only where the
    platform tells who owns the clipboard (X11, Wayland, Windows, macOS; run it under Xvfb
    with QT_QPA_PLATFORM=xcb): the offscreen platform never says it is ours."""
    from PySide6.QtGui import QGuiApplication

    session.open_vault(vault, PASSPHRASE)
    locker = start(qtbot, vault)
    window = wait_for_window(qtbot, locker)
    assert window.open_id(PARA)
    window.copy_citation()
    clipboard = QGuiApplication.clipboard()
    assert PARA in clipboard.text()
    if not clipboard.ownsClipboard():
        pytest.skip("this platform does not say who owns the clipboard")
    window.lock_action.trigger()
    assert clipboard.text() == ""
