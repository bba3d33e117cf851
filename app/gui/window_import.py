"""File → Import files, a folder, notes; dropped files; the import report.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.gui import file_dialogs, i18n
from app.gui.ocr_languages import remembered
from app.gui.wording import number

if TYPE_CHECKING:
    from app.gui.tasks import Task


def import_details(results) -> list[str]:
    """Per file, what the import report has to say: why it was skipped, the encoding it was
    read in when not plain UTF-8 (and how sure that is) and what was left out."""
    lines = []
    for r in results:
        name = Path(r.path).name
        if r.status == "skipped":
            lines.append(
                QCoreApplication.translate("MainWindow", "%1: skipped — %2")
                .replace("%1", name)
                .replace("%2", i18n.say(r.message))
            )
            continue
        if r.status == "unchanged":
            continue
        sure = r.confidence is None or r.confidence >= 1.0
        if r.encoding and not (sure and r.encoding in ("utf-8", "utf-8-sig", "ascii")):
            how = (
                ""
                if sure
                else QCoreApplication.translate("MainWindow", " (a guess, confidence %1)").replace(
                    "%1", number(float(r.confidence), 2)
                )
            )
            said = QCoreApplication.translate("MainWindow", "%1: read as %2%3")
            lines.append(said.replace("%1", name).replace("%2", r.encoding).replace("%3", how))
        lines += [f"{name}: {i18n.say(note)}" for note in r.notes]
    return lines


def page_text(message: str) -> str:
    """The page being recognised, as the progress bar says it ("court.pdf — page 3 of 12"),
    or "" while no scan is (the bar then shows how many files are done)."""
    from index.imports.limits import PageProgress  # the readers: not before an import

    if not isinstance(message, PageProgress):
        return ""
    return (
        QCoreApplication.translate("MainWindow", "%1 — page %2 of %3")
        .replace("%1", str(message))
        .replace("%2", number(message.page))
        .replace("%3", number(message.pages))
    )


STEPS = 1000
"""Steps of the progress bar per file: a scan's pages move it within its file's share."""


def bar_steps(done: int, total: int, message: str) -> tuple[int, int]:
    """(done, total) in `STEPS` per file, counting the pages of a scan being read: one long PDF
    no longer shows 0 % until it is done."""
    from index.imports.limits import PageProgress

    within = 0
    if isinstance(message, PageProgress) and message.pages:
        within = STEPS * (message.page - 1) // message.pages
    return done * STEPS + within, total * STEPS


class Importing:
    def choose_import_files(self) -> None:
        paths, languages = file_dialogs.choose_to_import(
            self,
            QCoreApplication.translate("MainWindow", "Import documents"),
            QCoreApplication.translate(
                "MainWindow",
                "Documents (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf "
                "*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)",
            ),
        )
        if paths:
            self.import_paths([Path(p) for p in paths], languages)

    def choose_import_folder(self) -> None:
        folders, languages = file_dialogs.choose_to_import(
            self, QCoreApplication.translate("MainWindow", "Import a folder of documents"), None
        )
        if folders:
            self.import_paths([Path(folders[0])], languages)

    def import_notes(self, path: str | None = None) -> Task | None:
        """A W3C Web Annotation file; conflicts are listed and applied only on yes."""
        from app.gui.notes_import import choose_and_import

        return choose_and_import(self, path)

    def import_paths(self, paths: list[Path], languages: str | None = None) -> Task:
        """Import off the GUI thread with progress and cancel; then show what came in. Scans
        are recognised in ``languages`` (the Import dialog's choice; dropped files: the last
        choice remembered)."""
        core = self.core
        name = QCoreApplication.translate("MainWindow", "Import")
        ocr_languages = languages or remembered(self.settings)
        task = self.run_with_progress(
            name,
            lambda ctx: core.import_paths(
                paths,
                lambda d, t, m: ctx.progress(*bar_steps(d, t, m), page_text(m)),
                ocr_languages=ocr_languages,
            ),
            self._imported,
            writes=True,
        )
        # while a scan is recognised the status bar says which page: "court.pdf — page 3 of 12"
        task.progressed.connect(
            lambda _d, _t, text: self._page_shown(f"{name}: {text}" if text else "")
        )
        task.done.connect(lambda: self._page_shown(""))
        return task

    def _page_shown(self, text: str) -> None:
        bar = self.statusBar()
        if text:
            bar.showMessage(text)
        elif bar.currentMessage() == getattr(self, "_page_said", None):
            bar.clearMessage()
        self._page_said = text

    def _imported(self, report) -> None:
        skipped = [r for r in report.results if r.status == "skipped"]
        summary = (
            QCoreApplication.translate(
                "MainWindow", "%1 added, %2 updated, %3 already here, %4 skipped"
            )
            .replace("%1", number(report.count("added")))
            .replace("%2", number(report.count("updated")))
            .replace("%3", number(report.count("unchanged")))
            .replace("%4", number(len(skipped)))
        )
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Import: %1").replace("%1", summary), 10000
        )
        self.last_import = report
        self._open_imported(report)
        details = import_details(report.results)
        if details:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("MainWindow", "Import finished"),
                summary,
                parent=self,
            )
            box.setDetailedText("\n".join(details[:200]))
            box.show()
            self.import_box = box

    def _open_imported(self, report) -> None:
        """The first document that came in (or changed) opens, at its title."""
        for result in report.results:
            if result.status not in ("added", "updated") or not result.bundle_id:
                continue
            bundle = self.core.archive.bundle(result.bundle_id)
            if bundle is None or not bundle.documents:
                continue
            self.open_id(bundle.documents[0].id)  # from the snapshot the import made
            return

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
