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


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr() under ""
    return QCoreApplication.translate("", text, disambiguation or None, n)


KINDS = {  # index.wipe.KEPT's kinds of data, as the question and the report name them
    "notes": QT_TRANSLATE_NOOP("", "notes and their tags"),
    "backups of the notes": QT_TRANSLATE_NOOP("", "backups of the notes"),
    "search index": QT_TRANSLATE_NOOP("", "search index"),
    "imported documents": QT_TRANSLATE_NOOP("", "imported documents"),
    "settings": QT_TRANSLATE_NOOP("", "settings"),
    "trusted keys": QT_TRANSLATE_NOOP("", "trusted keys"),
    "logs": QT_TRANSLATE_NOOP("", "logs"),
    "vault key": QT_TRANSLATE_NOOP("", "the passphrase's key"),
    "caches": QT_TRANSLATE_NOOP("", "working files"),
}


def described(kinds, core=None) -> list[str]:
    """Each kind of data in the user's words, with what the user counts where they count
    it: the notes and tags (as the Notes and Tags tabs count them) and the documents the
    user imported (as My documents counts them) — not the files that hold them."""
    counts: dict[str, str] = {}
    if core is not None:
        try:
            notes, tags = len(core.list_notes()), len(core.tag_counts())
            imported = core.archive.user_count()
        except KnownError:  # unreadable (a damaged file): then only its kind is named
            pass
        else:
            counts["notes"] = tr("%n note(s)", "", notes) + ", " + tr("%n tag(s)", "", tags)
            # (the archive's own file, when nothing was imported: a working file)
            counts["imported documents"] = (
                tr("%n imported document(s)", "", imported) if imported else ""
            )
    lines = []
    for kind in kinds:
        line = counts.get(kind, tr(KINDS.get(kind, kind)))
        if line:
            lines.append(f"• {line}")
    return lines


def confirm_and_wipe(window) -> bool:
    """Returns whether the data was wiped (the window then closes)."""
    core = window.core
    plan = planned(core.data_dir)
    if not plan:
        QMessageBox.information(window, tr("Wipe all my data"), tr("There is nothing to wipe."))
        return False
    listing = "\n".join(described(plan, core))
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
            "%1", "\n".join(described(report.removed))
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
