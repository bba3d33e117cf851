"""File → Export notes: what to export, where to, written off the GUI thread.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.gui import file_dialogs
from index.export import SUFFIXES

if TYPE_CHECKING:  # the dialog loads when first opened
    from app.gui.export_dialog import ExportDialog


class Exporting:
    def export_notes(self, path: str | None = None, dialog: ExportDialog | None = None):
        """Ask what to export (with a preview), where to, then write it off the GUI thread."""
        from app.gui.export_dialog import ExportDialog, write_export  # not needed at start-up

        if dialog is None:  # tests pass a filled-in dialog instead of clicking through one
            from index.vault import session

            dialog = ExportDialog(
                self.core.list_notes(),
                self.core.archive,
                sorted(self.core.tag_counts()),
                self,
                interface_language=self.language,
                unencrypted=session.is_vault(self.core.data_dir),
            )
            if dialog.exec() != ExportDialog.DialogCode.Accepted:
                return None
        choice = dialog.choice()
        if path is None:
            suffix = SUFFIXES[choice.format]
            name = file_dialogs.export_name(self.core.archive, suffix)
            path = file_dialogs.save_file(
                self, QCoreApplication.translate("MainWindow", "Export notes"), name, suffix
            )
            if not path:
                return None
        core, notes = self.core, dialog.all_notes
        return self.run_with_progress(
            QCoreApplication.translate("MainWindow", "Export"),
            lambda ctx: write_export(  # the whole archive, even while it still loads
                choice, core.archive, notes, Path(path), ctx.progress, core.target_tags()
            ),
            self._exported,
        )
