"""File → Wipe all my data: asks first (a question; No is the default), then removes notes,
backups, search index, imported documents, settings, trusted keys and logs, says what was
removed, and closes the window without writing its settings back."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.gui.i18n import say
from index.errors import KnownError
from index.in_use import FolderInUse
from index.wipe import planned, wipe


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


KINDS = (  # index.wipe.KEPT's kinds of data, as the question and the report name them
    QT_TRANSLATE_NOOP("", "notes"),
    QT_TRANSLATE_NOOP("", "backups of the notes"),
    QT_TRANSLATE_NOOP("", "search index"),
    QT_TRANSLATE_NOOP("", "imported documents"),
    QT_TRANSLATE_NOOP("", "settings"),
    QT_TRANSLATE_NOOP("", "trusted keys"),
    QT_TRANSLATE_NOOP("", "logs"),
    QT_TRANSLATE_NOOP("", "caches"),
)


def confirm_and_wipe(window) -> bool:
    """Returns whether the data was wiped (the window then closes)."""
    core = window.core
    plan = planned(core.data_dir)
    if not plan:
        QMessageBox.information(window, tr("Wipe all my data"), tr("There is nothing to wipe."))
        return False
    listing = "\n".join(f"• {tr(kind)} ({len(paths)})" for kind, paths in plan.items())
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Wipe all my data"),
        tr("Remove all of your Muragat data from %1 for good?\n\n%2\n\nThis cannot be undone.")
        .replace("%1", str(core.data_dir))
        .replace("%2", listing),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    window.tasks.cancel_all()
    window.tasks.wait(30000)
    window.tasks.close(wait=True)  # the worker threads' open index files go with them
    window.wiped = True  # from here nothing reads or writes the data folder (timers included)
    window.navigator.all_notes.detach()  # nor does the notes list as it scrolls
    window.hide()  # and the window's words go before the folder does
    root = logging.getLogger()
    for handler in list(root.handlers):  # the log file is part of what goes
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    core.close()
    # Settings changed before the wipe and not yet written (QSettings writes later, from the
    # event loop) would be written after it, making the folder again: written now, removed.
    window.settings.sync()
    try:
        report = wipe(core.data_dir)
        text = tr("Removed:\n%1\n\nMuragat will now close.").replace(
            "%1", "\n".join(f"• {tr(k)}: {', '.join(v)}" for k, v in report.removed.items())
        )
        QMessageBox.information(window, tr("Your data was wiped"), text)
    except FolderInUse as exc:  # another window or command has the folder open
        QMessageBox.warning(
            window,
            tr("Wipe all my data"),
            tr("Nothing was removed: %1").replace("%1", say(exc)),
        )
    except KnownError as exc:
        QMessageBox.warning(window, tr("Wipe all my data"), say(exc))
    window.close()
    # The window was hidden before it closed, so Qt does not count it as the last window
    # closed and the application would stay alive, holding what it had open (issue 26).
    from app.gui.launch import quit_app

    quit_app()
    return True
