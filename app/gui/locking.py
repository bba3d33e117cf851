"""The window's side of the vault: which of the main window and the unlock screen shows, and
the moves between them.

A `Locker` belongs to one data folder. It shows the unlock screen while the folder is a locked
vault (nothing of the user's is read before the passphrase opens it) and the main window once
it is open. Locking (File → Lock, Ctrl+L, or no key or mouse input to the app for
`settings.LOCK_AFTER` minutes) lets the window finish its saves, closes it with its core, its
readers and its models, drops the vault's key (`index.vault.session.close`) and shows the
unlock screen where the window was; unlocking makes a new core and a new window, which opens
where the user was (the sealed settings). Protecting the folder with a passphrase and removing
it close the window the same way while the data is converted, then open it again. The
Argon2id derivation (about a second) and every conversion run off the GUI thread.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.gui import i18n
from app.gui import settings as S
from app.gui.passphrase_dialog import CHANGE, NEW, REMOVE, PassphraseDialog
from app.gui.tasks import TaskRunner
from app.gui.unlock_screen import UnlockScreen
from index.errors import KnownError
from index.vault import convert, keys, session

log = logging.getLogger(__name__)

INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}
"""What counts as the user being there: any key or mouse input to the app."""


class Locker(QObject):
    def __init__(self, data_dir: Path, settings: S.Settings) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.window = None
        """The main window while the vault is open (or when there is no vault)."""
        self.screen: UnlockScreen | None = None
        self.kdf_params = keys.KdfParams()
        """The Argon2id cost of a passphrase chosen here (tests choose a cheaper one)."""
        self.tasks = TaskRunner(self)
        """For the work done while no window is open: unlocking, converting, erasing."""
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_timeout)
        self._watching = False

    # -- which shows ----------------------------------------------------------------------------

    def start(self) -> QWidget:
        """What the app shows first: the unlock screen for a locked vault, else the window."""
        i18n.install(i18n.language_for(self.settings.get(S.LANGUAGE)))
        if convert.status(self.data_dir) == convert.LOCKED:
            from app.gui.theme import apply_theme

            apply_theme(self.settings.get(S.THEME))
            return self.show_screen()
        return self.open_window()

    def open_window(self):
        from app.gui.geometry import show_window
        from app.gui.launch import show_read_only_banner
        from app.gui.main_window import MainWindow
        from index.core import Core

        core = Core(self.data_dir)
        with contextlib.suppress(KnownError):  # a read-only folder: the banner says so
            core.ensure_writable()
        window = MainWindow(core, self.settings, self)
        show_read_only_banner(window)
        show_window(window)  # maximised at a first start on a small screen
        self.arm()
        return window

    def show_screen(self, geometry=None) -> UnlockScreen:
        screen = UnlockScreen(self.data_dir)
        screen.unlockRequested.connect(self.unlock)
        screen.eraseRequested.connect(self.erase)
        if geometry is not None:
            screen.setGeometry(geometry)
        elif not screen.restoreGeometry(self.settings.get(S.GEOMETRY)):  # where it was
            from app.gui.geometry import first_geometry, free_area

            screen.setGeometry(first_geometry(free_area(screen)).normal)
        self.screen = screen
        screen.show()
        screen.activateWindow()
        screen.field.setFocus()
        return screen

    def window_closed(self, window) -> None:
        """The window was closed (quit, a wipe) or replaced (View → Language)."""
        if self.window is window:
            self.window = None
            self.arm()

    # -- locking --------------------------------------------------------------------------------

    def lock(self) -> bool:
        """File → Lock (Ctrl+L): saves finish, the window and its core close, the key is
        dropped, the unlock screen shows. False when there is nothing to lock."""
        window = self.window
        if window is None or not session.is_vault(self.data_dir):
            return False
        geometry = window.geometry()
        self._close_window(window)
        _forget_what_was_copied()
        session.close()
        gc.collect()  # the closed window's models and snapshots go now, not some time later
        self.show_screen(geometry)
        return True

    def _close_window(self, window) -> None:
        """Close ``window`` for good: what is typed is saved and every save finishes first
        (the write pool runs in order), its threads end with their searchers and
        connections, the core closes, sealed settings are written and dropped."""
        for dialog in window.findChildren(QDialog):  # its dialogs read the core: closed first
            if dialog.isVisible():
                dialog.reject()
        window._wind_down()
        window.tasks.close(wait=True)
        for task in window.tasks.live:  # what finished work sent is not delivered: the
            task.blockSignals(True)  # window would read the closed core to show it
        window.changes.blockSignals(True)
        window.wiped = True  # from here the window reads nothing (timers included)
        self.settings.forget_private()
        window.core.close()  # its stores and index, with a sealed index's decrypted chunks
        self.window = None
        self.arm()
        window.hide()
        window.close()
        window.deleteLater()

    def unlock(self, passphrase: str) -> None:
        """Open the vault with ``passphrase`` off the GUI thread; the window opens when it
        does, and a wrong passphrase is said on the screen (nothing else changes)."""
        screen = self.screen
        if screen is None:
            return
        screen.busy(self.tr("Checking the passphrase…"))
        folder = self.data_dir
        task = self.tasks.run(
            self.tr("Unlock"), lambda _ctx: session.open_vault(folder, passphrase)
        )
        task.succeeded.connect(lambda _result: self._unlocked())
        task.failed.connect(screen.ready)

    def _unlocked(self) -> None:
        screen = self.screen
        try:
            self.open_window()
        except KnownError as exc:
            session.close()
            if screen is not None:
                screen.ready(i18n.say(exc))
            return
        if screen is not None:  # the window opens where it was (its own saved geometry)
            self._drop_screen()

    def _drop_screen(self) -> None:
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.field.clear()
            screen.close()
            screen.deleteLater()

    # -- idle -----------------------------------------------------------------------------------

    def arm(self) -> None:
        """Watch for input while a window shows an open vault and an idle time is set."""
        minutes = self.settings.get(S.LOCK_AFTER)
        on = self.window is not None and minutes > 0 and session.is_open(self.data_dir)
        app = QApplication.instance()
        if on and not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
        elif not on and self._watching:
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False
        if on:
            self.idle.start(max(1, int(minutes * 60_000)))
        else:
            self.idle.stop()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT and self.idle.isActive():
            self.idle.start()
        return False

    def _idle_timeout(self) -> None:
        """No input for the idle time: open dialogs are closed (their loops end first), then
        the window locks."""
        if self.window is None:
            return
        open_dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ]
        for dialog in open_dialogs:
            dialog.reject()
        if open_dialogs:
            QTimer.singleShot(50, self.lock)
        else:
            self.lock()

    def set_lock_after(self, minutes: float) -> None:
        """File → Lock after: the idle time, remembered (0: never)."""
        self.settings.set(S.LOCK_AFTER, float(minutes))
        self.settings.sync()
        if self.window is not None and minutes in self.window.lock_after_actions:
            self.window.lock_after_actions[minutes].setChecked(True)
        self.arm()

    # -- quick erase ----------------------------------------------------------------------------

    def erase(self) -> bool:
        """Quick erase from the unlock screen, after one question: the key goes first (all the
        data is unreadable from then on), then the files. Returns whether it was asked for."""
        screen = self.screen
        if screen is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quick erase"),
            self.tr(
                "Erase everything Muragat keeps in %1 for good?\n\nThe key is destroyed first: "
                "from then on nobody, you included, can read any of it, even from a copy. "
                "This cannot be undone."
            ).replace("%1", str(self.data_dir)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            screen,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        screen.busy(self.tr("Erasing…"))
        _stop_file_logging()  # the log file is in the data folder: it goes too
        folder = self.data_dir
        task = self.tasks.run(self.tr("Quick erase"), lambda _ctx: convert.shred(folder))
        task.succeeded.connect(
            lambda _report: screen.erased(
                self.tr(
                    "Everything Muragat kept in %1 was erased. You can close this window."
                ).replace("%1", str(folder))
            )
        )
        task.failed.connect(screen.ready)
        return True

    # -- protecting -----------------------------------------------------------------------------

    def offer(self) -> None:
        """At first start (once): offer to protect the data folder with a passphrase."""
        window = self.window
        if (
            window is None
            or self.settings.get(S.VAULT_OFFERED)
            or convert.status(self.data_dir) != convert.OFF
            or window.core.read_only is not None
        ):
            return
        self.settings.set(S.VAULT_OFFERED, True)
        self.settings.sync()
        self.protect(offer=True)

    def protect(self, offer: bool = False):
        """File → Protect with a passphrase…: asked twice, then the data is converted (off
        the GUI thread, the unlock screen showing the progress) and the window opens again."""
        window = self.window
        if window is None or session.is_vault(self.data_dir):
            return None
        dialog = PassphraseDialog(NEW, window, offer=offer)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase, params, folder = dialog.passphrase(), self.kdf_params, self.data_dir
        dialog.new.clear()
        dialog.repeat.clear()

        def work(progress) -> None:
            convert.enable(folder, passphrase, params=params, progress=progress)
            if not session.is_open(folder):
                session.open_vault(folder, passphrase)

        return self._convert(
            self.tr("Protecting your data with the passphrase…"),
            work,
            self.tr("Your data is now protected by the passphrase. Ctrl+L locks Muragat."),
        )

    def unprotect(self):
        """File → Remove the passphrase…: asked for, then the data is stored in the clear."""
        window = self.window
        if window is None or not session.is_vault(self.data_dir):
            return None
        dialog = PassphraseDialog(REMOVE, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase, folder = dialog.passphrase(), self.data_dir
        dialog.old.clear()
        return self._convert(
            self.tr("Removing the passphrase…"),
            lambda progress: convert.disable(folder, passphrase, progress=progress),
            self.tr("The passphrase is removed: your data is stored unencrypted."),
        )

    def change_passphrase(self):
        """File → Change the passphrase…: the key is wrapped again, the window stays."""
        window = self.window
        if window is None or not session.is_vault(self.data_dir):
            return None
        dialog = PassphraseDialog(CHANGE, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        old, new, folder = dialog.current(), dialog.passphrase(), self.data_dir
        params = self.kdf_params
        for field in (dialog.old, dialog.new, dialog.repeat):
            field.clear()
        return window.run_with_progress(
            self.tr("Change the passphrase"),
            lambda _ctx: convert.change_passphrase(folder, old, new, params),
            lambda _result: window.statusBar().showMessage(
                self.tr("The passphrase was changed."), 10000
            ),
        )

    def _convert(self, what: str, work: Callable[[Callable[[int, int], None]], None], done: str):
        """Close the window, run ``work(progress)`` off the GUI thread with the screen showing
        its progress, then open the window again, saying ``done`` in a box (also when it
        failed: then a message says why)."""
        window = self.window
        geometry = window.geometry()
        revealing = {o: self.settings.get(o) for o in S.ALL if o.revealing}
        self._close_window(window)
        screen = self.show_screen(geometry)
        screen.converting(what)
        task = self.tasks.run(
            what,
            lambda ctx: work(lambda done, total: ctx.progress(done, total)),
            cancellable=False,
        )
        task.progressed.connect(lambda done, total, _message: screen.progressed(done, total))

        def converted(_result) -> None:
            for option, value in revealing.items():  # sealed now, or in the clear again
                self.settings.set(option, value)
            self.settings.sync()
            if session.is_vault(self.data_dir):  # what Qt's file dialog remembered before
                S.forget_file_dialog_history(self.data_dir / S.QT_FOLDER)
            else:
                self.settings.private_path.unlink(missing_ok=True)
            self._reopen()
            if self.window is not None:  # said where it stays until read (not modal)
                box = QMessageBox(
                    QMessageBox.Icon.Information, what.rstrip("…"), done, parent=self.window
                )
                box.setModal(False)
                box.show()
                self.window.vault_box = box

        def failed(message: str) -> None:
            QMessageBox.warning(screen, what, message)
            self._reopen()

        task.succeeded.connect(converted)
        task.failed.connect(failed)
        return task

    def _reopen(self) -> None:
        """After a conversion: the window again, or the unlock screen if the vault is locked."""
        if convert.status(self.data_dir) == convert.LOCKED:
            old = self.screen
            self.show_screen(old.geometry() if old is not None else None)
            if old is not None:
                old.close()
                old.deleteLater()
            return
        self._unlocked()


def _forget_what_was_copied() -> None:
    """What Muragat put on the clipboard (a citation, a note's words) is not left for the
    next person at the machine: cleared when Muragat still owns it."""
    from PySide6.QtGui import QClipboard

    clipboard = QGuiApplication.clipboard()
    owned = {
        QClipboard.Mode.Clipboard: clipboard.ownsClipboard(),
        QClipboard.Mode.Selection: clipboard.supportsSelection() and clipboard.ownsSelection(),
    }
    for mode, ours in owned.items():
        if ours:
            clipboard.clear(mode)


def _stop_file_logging() -> None:
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
