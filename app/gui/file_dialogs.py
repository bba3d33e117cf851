"""The Import and Save dialogs: where they start, and the file name they offer (issue 26).

Each kind of dialog (importing, exporting) starts in the folder the user last chose for it,
else in the user's Documents folder — never the process's working folder. The folders are
settings that tell what the user did (`settings.Option.revealing`): with the vault on they
are kept in the sealed settings file, and Qt's own dialog still forgets the folders it
visited (`settings.after_file_dialog`). An export is offered a name from the report's title
and the day: "Muragat notes — World Report 2026 Kazakhstan — 2026-12-06.pdf"."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog
from shiboken6 import Shiboken

from app.gui import settings as S

IMPORT, EXPORT = "import", "export"
FOLDERS = {IMPORT: S.IMPORT_FOLDER, EXPORT: S.EXPORT_FOLDER}
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
"""Characters no file name may hold on one system or another (Windows' list is the longest)."""
LONGEST_TITLE = 80


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()


def start_folder(window, kind: str) -> Path:
    """Where a dialog of ``kind`` opens: the folder last chosen for it, if it is still there."""
    remembered = window.settings.get(FOLDERS[kind])
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember(window, kind: str, chosen: str | Path) -> None:
    """The folder of what was chosen (a folder itself, or a file's folder) is where the next
    dialog of ``kind`` starts."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    window.settings.set(FOLDERS[kind], str(folder))
    window.settings.sync()


def safe_name(text: str) -> str:
    """``text`` as a file name on any system: no separators or reserved characters, no
    leading or trailing dots and spaces, spaces collapsed."""
    name = " ".join(UNSAFE.sub(" ", text).split())
    return name.strip(". ")


def export_name(archive, suffix: str, day: date | None = None) -> str:
    """The file name an export is offered: the notes, the report's title, the day."""
    title = next((b.manifest.title for b in archive.builtin_bundles if b.manifest.title), "")
    title = safe_name(title)[:LONGEST_TITLE].strip()
    parts = [QCoreApplication.translate("MainWindow", "Muragat notes")]
    parts += [title] if title else []
    parts.append((day or date.today()).isoformat())
    return safe_name(" — ".join(parts)) + suffix


def _open(window, pick, title: str, filters: str):
    """``pick`` (QFileDialog's getOpenFileName) from where the last import started; what is
    chosen is remembered."""
    chosen, _ = pick(
        window,
        title,
        str(start_folder(window, IMPORT)),
        filters,
        options=S.file_dialog_options(window.core.data_dir),
    )
    S.after_file_dialog(window.core.data_dir)
    first = chosen[0] if isinstance(chosen, list) and chosen else chosen
    if first:
        remember(window, IMPORT, first)
    return chosen


def open_file(window, title: str, filters: str) -> str:
    """One file to import (a notes file), from where the last import started."""
    return _open(window, QFileDialog.getOpenFileName, title, filters)


def choose_to_import(window, title: str, filters: str | None) -> tuple[list[str], str]:
    """Files (``filters`` given) or a folder (None) to import, and the languages to recognise
    scans in: Qt's own dialog, which can hold the languages field under its file list (a
    system dialog cannot), starting where the last import did. The languages chosen are
    remembered for the next import."""
    from app.gui.ocr_languages import OcrLanguagesField, remembered

    dialog = QFileDialog(window, title, str(start_folder(window, IMPORT)))
    options = S.file_dialog_options(window.core.data_dir) | QFileDialog.Option.DontUseNativeDialog
    if filters is None:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        options |= QFileDialog.Option.ShowDirsOnly
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(filters)
    dialog.setOptions(options)
    field = OcrLanguagesField(remembered(window.settings), dialog)
    grid = dialog.layout()  # Qt's own dialog lays itself out in a grid
    grid.addWidget(field, grid.rowCount(), 0, 1, grid.columnCount())
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
        languages = field.value()
    finally:
        Shiboken.delete(dialog)  # Qt writes its history as the dialog goes: forgotten next
        S.after_file_dialog(window.core.data_dir)
    if not chosen:
        return [], languages
    window.settings.set(S.OCR_LANGUAGES, languages)
    if filters is None:  # next time, in the folder holding it: its neighbours a click away
        remember(window, IMPORT, Path(chosen[0]).parent)
    else:
        remember(window, IMPORT, chosen[0])
    return chosen, languages


def save_file(window, title: str, name: str, suffix: str) -> str:
    """Where to write an export: a dialog offering ``name`` in the last export's folder."""
    path, _ = QFileDialog.getSaveFileName(
        window,
        title,
        str(start_folder(window, EXPORT) / name),
        f"*{suffix}",
        options=S.file_dialog_options(window.core.data_dir),
    )
    S.after_file_dialog(window.core.data_dir)
    if path:
        remember(window, EXPORT, Path(path).parent)
    return path
