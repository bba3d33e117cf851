"""Start the desktop app: logging to a file, a crash dialog instead of vanishing, the window."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from index.core import Core
from index.errors import KnownError

log = logging.getLogger(__name__)

LOG_FILE = "muragat.log"


def setup_logging(folder: Path) -> Path:
    path = folder / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path) -> None:
    """An unexpected exception shows a dialog with the error and the log's location; the app
    keeps running (Qt would otherwise abort on an exception escaping a slot)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        logging.getLogger("muragat.crash").error("unexpected error:\n%s", text)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Something went wrong",
            f"{exc_type.__name__}: {exc}\n\nMuragat keeps running; what you typed "
            f"was saved. Details are in the log:\n{log_path}",
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def run_gui(core: Core, argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Muragat")
    app.setOrganizationName("Muragat")
    from PySide6.QtGui import QIcon

    from resources import ROOT as RESOURCES

    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "muragat.svg")))
    problem = None
    try:
        core.ensure_writable()
    except KnownError as exc:
        problem = str(exc)
        core = Core(Path(tempfile.mkdtemp(prefix="muragat-")))
    log_path = setup_logging(core.data_dir)
    install_excepthook(log_path)
    if problem:
        QMessageBox.warning(
            None,
            "Data folder unavailable",
            f"{problem}\n\nMuragat opens the archive, but notes made now go to a "
            f"temporary folder ({core.data_dir}) and will not be kept.",
        )
    try:
        window = MainWindow(core)
    except KnownError as exc:
        QMessageBox.critical(None, "Muragat cannot start", str(exc))
        return 1
    window.show()
    if os.environ.get("MURAGAT_QUIT_AFTER_WINDOW") == "1":  # start-up measurements
        app.processEvents()
        print("window shown", flush=True)
        window.close()  # cancels and waits for background work, as a user's close does
        return 0
    return app.exec()
