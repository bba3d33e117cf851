"""File → Import notes…: a W3C Web Annotation JSON-LD file, or Muragat's own Markdown export
(`index.notes.markdown_in`), as ``muragat notes import`` reads it (all of the file or nothing,
off the GUI thread).

A file never changes a note behind the user's back: the annotations that would change notes
the user has (conflicts) are not applied with the rest; they are listed in a question, and
applied only on the user's yes (and a private note stays private whatever the file says)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.gui.wording import number
from index.changes import MAX_ANNOTATION_BYTES, ImportAnnotations
from index.errors import KnownError

SHOWN_CONFLICTS = 20
"""Conflicts listed in the question itself; all of them are in its details."""


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr() under ""
    return QCoreApplication.translate("", text, disambiguation or None, n)


def choose_and_import(window, path: str | None = None):
    """Ask for the file (unless given), then import it; returns the task, or None."""
    if path is None:
        from app.gui.file_dialogs import open_file

        path = open_file(
            window,
            tr("Import notes"),
            tr(
                "Notes (*.jsonld *.json *.md);;Web Annotations (*.jsonld *.json);;"
                "Muragat Markdown export (*.md);;All files (*)"
            ),
        )
    if not path:
        return None
    try:
        if Path(path).stat().st_size > MAX_ANNOTATION_BYTES:
            QMessageBox.warning(
                window,
                tr("Import notes"),
                tr("%1 is too large: annotation files may have at most %2 MB.")
                .replace("%1", Path(path).name)
                .replace("%2", number(MAX_ANNOTATION_BYTES // 10**6)),
            )
            return None
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        QMessageBox.warning(
            window,
            tr("Import notes"),
            tr("Cannot read %1: %2").replace("%1", Path(path).name).replace("%2", str(exc)),
        )
        return None
    return _run(window, text, update=False)


def _run(window, text: str, update: bool):
    core = window.core
    return window.run_with_progress(
        tr("Import notes"),
        lambda ctx: (
            core.apply(ImportAnnotations(text, progress=ctx.progress, update=update)).result
        ),
        lambda report: _imported(window, text, report, update),
        writes=True,
    )


def _imported(window, text: str, report, update: bool) -> None:
    if report.cancelled:
        return
    summary = (
        tr("%1 added, %2 updated, %3 already here, %4 not applied")
        .replace("%1", number(len(report.added)))
        .replace("%2", number(len(report.updated)))
        .replace("%3", number(len(report.already)))
        .replace("%4", number(len(report.conflicts)))
    )
    window.statusBar().showMessage(tr("Notes import: %1").replace("%1", summary), 10000)
    if report.kept_private:
        QMessageBox.information(
            window,
            tr("Import notes"),
            tr(
                "%n note(s) stayed private, though the file marks them public.",
                "",
                len(report.kept_private),
            ),
        )
    if report.conflicts and not update and ask_to_apply(window, report.conflicts):
        _run(window, text, update=True)


def ask_to_apply(window, conflicts: list[tuple[str, str]]) -> bool:
    """List the conflicts; whether the user said yes to applying them."""
    core = window.core
    lines = []
    for ext, note_id in conflicts:
        try:
            body = " ".join(core.note(note_id).body.split())
        except KnownError:  # gone since (deleted in the meantime)
            body = ""
        lines.append(f"{ext} → {note_id}  {body[:60]}")
    shown = "\n".join(lines[:SHOWN_CONFLICTS])
    if len(lines) > SHOWN_CONFLICTS:
        shown += "\n" + tr("… and %1 more").replace("%1", number(len(lines) - SHOWN_CONFLICTS))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Import notes"),
        tr(
            "%n annotation(s) in this file would change notes you have. They were not "
            "applied; the rest of the file was imported.\n\nReplace your notes with the "
            "file's newer versions? A private note stays private.",
            "",
            len(conflicts),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setInformativeText(shown)
    box.setDetailedText("\n".join(lines))
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Replace them"))
    box.button(QMessageBox.StandardButton.No).setText(tr("Keep mine"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
