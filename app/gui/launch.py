"""Start the desktop app: QApplication, excepthook, main window."""

from __future__ import annotations

import logging
import sys

from index.core import Core

log = logging.getLogger(__name__)


def run_gui(core: Core, argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Muragat")
    app.setOrganizationName("Muragat")
    window = MainWindow(core)
    window.show()
    return app.exec()
