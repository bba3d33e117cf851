"""Start the desktop app: logging to a file, a crash dialog instead of vanishing, the window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from index.errors import KnownError
from index.logs import FORMAT, RedactingFormatter, redacted_traceback

log = logging.getLogger(__name__)

LOG_FILE = "muragat.log"

_state = {"running": False}
"""Whether `run_gui`'s event loop runs (the app, not a test driving a window)."""


def quit_app() -> None:
    """End the app once the current event is handled (the app's loop only: a test driving a
    window has no app loop to end)."""
    if _state["running"]:
        from PySide6.QtCore import QCoreApplication, QTimer

        QTimer.singleShot(0, QCoreApplication.quit)


def setup_logging(folder: Path) -> Path | None:
    """Log to ``muragat.log`` in the data folder — not with the vault on: even a redacted log
    names documents and folders, and a log line cannot wait for the key (it goes to stderr)."""
    from index.vault.session import is_vault

    if is_vault(folder):
        for old in folder.glob(f"{LOG_FILE}*"):  # written before the vault was turned on
            old.unlink(missing_ok=True)
        return None
    path = folder / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(RedactingFormatter(FORMAT))  # no note or document text in the log
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


def show_read_only_banner(window) -> None:
    """When nothing can be saved (a read-only or full data folder), say so where it stays in
    view: a banner in the status bar, for as long as the window is open."""
    from PySide6.QtWidgets import QLabel

    core = window.core
    core.list_notes()  # opening the store decides it
    if core.read_only is None:
        return
    from PySide6.QtCore import QCoreApplication

    from app.gui.i18n import say

    said = QCoreApplication.translate("MainWindow", "Read-only: %1")  # the window's context
    banner = QLabel(said.replace("%1", say(core.read_only_message())))
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }")
    window.statusBar().addPermanentWidget(banner, 1)
    window.read_only_banner = banner


def install_excepthook(log_path: Path | None) -> None:
    """An unexpected exception shows a dialog with the error and the log's location; the app
    keeps running (Qt would otherwise abort on an exception escaping a slot)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))  # shown, never logged
        logging.getLogger("muragat.crash").error(
            "unexpected error:\n%s", redacted_traceback(exc_type, exc, tb)
        )
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("MainWindow", "Something went wrong"),
            f"{exc_type.__name__}: {exc}\n\n"
            + QCoreApplication.translate(
                "MainWindow",
                "Muragat keeps running; what you typed was saved. Details are in the log:\n%1",
            ).replace(
                "%1",
                str(log_path)
                if log_path
                else QCoreApplication.translate("MainWindow", "(no log: read-only folder)"),
            ),
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def keep_caches_in(folder: Path) -> None:
    """Where Qt, fontconfig and friends put their caches, configuration and state: inside our
    data folder (so portable mode leaves nothing outside its folder), set before Qt starts."""
    for var, name in (
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
    ):
        os.environ[var] = str(folder / name)


def run_gui(data_dir: Path, argv: list[str]) -> int:
    """The window on ``data_dir``; the unlock screen first when it is a locked vault (the
    core is made once it is open: `app.gui.locking`)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.gui import settings as S
    from app.gui.locking import Locker
    from index.paths import ensure_data_dir

    problem = None
    try:
        ensure_data_dir(data_dir)
        keep_caches_in(data_dir)
    except KnownError as exc:  # read-only or full: the notes open read-only, never elsewhere
        problem = str(exc)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Muragat")
    app.setOrganizationName("Muragat")
    from PySide6.QtGui import QIcon

    from resources import ROOT as RESOURCES

    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "muragat.svg")))
    log_path = setup_logging(data_dir) if problem is None else None
    install_excepthook(log_path)
    locker = Locker(data_dir, S.Settings(str(data_dir / "muragat.ini")))
    try:
        shown = locker.start()
    except KnownError as exc:
        from PySide6.QtCore import QCoreApplication

        from app.gui.i18n import say

        said = QCoreApplication.translate("MainWindow", "Muragat cannot start")
        QMessageBox.critical(None, said, say(exc))
        return 1
    if os.environ.get("MURAGAT_QUIT_AFTER_WINDOW") == "1":  # start-up measurements
        app.processEvents()
        print("window shown", flush=True)
        shown.close()  # cancels and waits for background work, as a user's close does
        return 0
    QTimer.singleShot(0, locker.offer)  # at first start, once: protect with a passphrase?
    _state["running"] = True
    return app.exec()
