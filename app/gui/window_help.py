"""Help → Keyboard shortcuts, Search syntax, About the archive, Trusted keys; refused bundles.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.gui import i18n

if TYPE_CHECKING:  # the dialogs load when first opened
    from app.gui.help_dialogs import HelpDialog
    from app.gui.provenance import ProvenanceDialog


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr() under "", where plural forms are kept
    return QCoreApplication.translate("", text, disambiguation or None, n)


class HelpPages:
    def show_shortcuts(self) -> HelpDialog:
        from app.gui.help_dialogs import shortcuts_html

        return self._help(
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"), shortcuts_html(self)
        )

    def show_search_syntax(self) -> HelpDialog:
        from app.gui.help_dialogs import search_syntax_html

        return self._help(
            QCoreApplication.translate("MainWindow", "Search syntax"), search_syntax_html()
        )

    def _help(self, title: str, page: str) -> HelpDialog:
        from app.gui.help_dialogs import HelpDialog

        if self.help_dialog is not None:
            self.help_dialog.close()
        self.help_dialog = HelpDialog(title, page, self)
        self.help_dialog.show()
        return self.help_dialog

    def show_problems(self, problems) -> None:
        """Bundles refused at load (bad signature, altered files…), named with what failed; the
        rest of the archive stays open. Not modal: reading goes on."""
        if self.problems_box is not None:
            self.problems_box.close()
            self.problems_box = None
        if not problems:
            return
        lines = [
            QCoreApplication.translate("MainWindow", "Bundle “%1” was refused: %2: %3")
            .replace("%1", p.bundle)
            .replace("%2", p.file)
            .replace("%3", i18n.say(p.problem))
            for p in problems
        ]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Some bundles were refused"),
            "\n\n".join(lines) + "\n\n" + self._still_open(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setModal(False)
        self.problems_box = box
        box.show()

    def _still_open(self) -> str:
        """Under the refusals: what the archive still holds, so that no one reads a refused
        report as open (the held bundles by title, the user's counted)."""
        archive = self.core.archive
        titles = [f"“{b.manifest.title}”" for b in archive.held]
        yours = archive.user_count() - sum(1 for b in archive.held if not b.builtin)
        if yours:
            titles.append(tr("%n bundle(s) from your data folder", "", yours))
        if not titles:
            said = QCoreApplication.translate(
                "MainWindow",
                "Nothing else is open: no bundle passed its checks, so there is nothing to read "
                "or search.",
            )
        else:
            said = QCoreApplication.translate("MainWindow", "Still open: %1.").replace(
                "%1", "; ".join(titles)
            )
        return (
            said
            + " "
            + QCoreApplication.translate(
                "MainWindow", "Help → About the archive shows what was checked."
            )
        )

    def about(self) -> ProvenanceDialog:
        """Each document's provenance: publisher, edition, signed by whom, verified when."""
        if self.about_dialog is None:
            from app.gui.provenance import ProvenanceDialog

            self.about_dialog = ProvenanceDialog(self.core, self)
            self.about_dialog.trustRequested.connect(
                lambda change: self.submit(
                    QCoreApplication.translate("MainWindow", "Trusted keys"),
                    change,
                    self._trust_changed,
                )
            )
        else:
            self.about_dialog.refresh()
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog

    def show_keys(self) -> None:
        self.about().keys.setFocus()

    def _trust_changed(self, _changed=None) -> None:
        """A key was trusted or revoked: the writer loaded the archive again (its editions
        opened or closed; the window reloaded through the change listener)."""
        if self.about_dialog is not None:
            self.about_dialog.refresh()
