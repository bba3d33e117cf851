"""The main window: navigator (contents, cases, tags, notes), reader, search, notes panel.

Every change (notes, tags, imports) is submitted to the write pool as an `index.changes`
change; the core's listeners tell the window what changed, on the GUI thread, and the views
refresh from that. The GUI thread never waits for SQLite writes or Whoosh.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
)

from app.gui import settings as S
from app.gui.actions import make_action
from app.gui.case_view import case_html
from app.gui.export_dialog import ExportDialog, write_export
from app.gui.navigator import Navigator
from app.gui.notes_panel import NotesPanel
from app.gui.provenance import ProvenanceDialog
from app.gui.reader import ReaderView, confirm_external
from app.gui.search_panel import SearchPanel
from app.gui.tasks import Task, TaskRunner
from index.changes import AddNote, Change, Changed
from index.core import Core
from index.export import SUFFIXES
from index.notes.service import new_note

if TYPE_CHECKING:  # Whoosh loads on first search, not at start-up
    from index.search.engine import Hit

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, core: Core, settings: S.Settings | None = None) -> None:
        super().__init__()
        self.core = core
        self.settings = settings or S.Settings(str(core.data_dir / "muragat.ini"))
        self.tasks = TaskRunner(self)
        self.changes = _ChangeRelay(self)
        self.changes.changed.connect(self._on_changed)
        self._stop_listening = core.listen(self.changes.changed.emit)
        self.destroyed.connect(lambda *_: self._stop_listening())
        self.setWindowTitle("Muragat — offline archive")
        self.setAcceptDrops(True)
        self.last_import = None
        self.about_dialog: ProvenanceDialog | None = None
        self.problems_box: QMessageBox | None = None
        self._fit_to_screen()

        self.reader = ReaderView()
        self.case_view = QTextBrowser()
        self.case_view.setAccessibleName("Case record")
        self.case_view.setOpenLinks(False)
        self.case_view.anchorClicked.connect(self._link)
        self.reader.internalLink.connect(self.open_id)
        self.reader.addNoteRequested.connect(self.add_note)
        self.reader.highlightRequested.connect(self.highlight)
        self.reader.cursorPositionChanged.connect(self._cursor_moved)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.reader)
        self.centre.addWidget(self.case_view)

        self.navigator = Navigator(core.archive.cases)
        self.navigator.idChosen.connect(self.open_id)
        self.navigator.tagChosen.connect(self._tag_chosen)
        self.navigator.noteChosen.connect(self._note_chosen)
        nav = self.navigator  # the parts tests and shortcuts reach directly
        self.contents, self.tags = nav.contents, nav.tags
        self.cases_filter, self.cases_proxy, self.cases_table = (
            nav.cases_filter,
            nav.cases_proxy,
            nav.cases_table,
        )

        self.search = SearchPanel(core, self.tasks)
        self.search.hitActivated.connect(self.open_hit)
        self.notes_panel = NotesPanel(core, self.submit)
        self.notes_panel.linkActivated.connect(lambda link: self._link(QUrl(link)))
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.search)
        side.addWidget(self.notes_panel)
        side.setSizes([520, 360])

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 700, 420])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.running: set[Task] = set()
        self.cancel_button.clicked.connect(lambda: [t.cancel() for t in list(self.running)])
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._actions()
        self.load()
        self._restore()
        QTimer.singleShot(0, self.start_indexing)  # after the window is up

    # -- building -----------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Open at a comfortable size that fits the screen's free area (a 1366×768 laptop
        has less than 1400×880), centred; a remembered geometry replaces this later."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        width = min(1400, int(free.width() * 0.95))
        height = min(880, int(free.height() * 0.92))
        self.resize(width, height)
        self.move(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = make_action(self, text, slot, shortcut)
        menu.addAction(action)
        return action

    def _actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self._action(file, "&Import files…", self.choose_import_files, "Ctrl+I")
        self._action(file, "Import a &folder…", self.choose_import_folder)
        self._action(file, "&Export notes…", self.export_notes, "Ctrl+E")
        self._action(file, "Rebuild search index", lambda: self.start_indexing(rebuild=True))
        file.addSeparator()
        self.wipe_action = self._action(file, self.tr("&Wipe all my data…"), self.wipe_all_data)
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Edit")
        self._action(edit, "Add &note to selection", self.add_note, "Ctrl+Shift+N")
        self._action(edit, "&Highlight selection", self.highlight, "Ctrl+Shift+H")
        self._action(edit, "Copy &citation", self.copy_citation, "Ctrl+Shift+C")
        self._action(edit, "&Undo note deletion", self.notes_panel.undo_delete, "Ctrl+Shift+Z")
        view = bar.addMenu("&View")
        self._action(view, "Zoom &in", lambda: self.zoom(1), ["Ctrl++", "Ctrl+="])
        self._action(view, "Zoom &out", lambda: self.zoom(-1), "Ctrl+-")
        self._action(view, "&Reset zoom", lambda: self.zoom(0), "Ctrl+0")
        theme = view.addMenu("&Theme")
        for name in ("system", "light", "dark"):
            self._action(theme, name.capitalize(), lambda n=name: self.set_theme(n))
        go = bar.addMenu("&Go")
        self._action(go, "&Search", self.focus_search, ["Ctrl+K", "Ctrl+F"])
        self._action(go, "&Next hit", self.search.next_hit, "F3")
        self._action(go, "&Previous hit", self.search.previous_hit, "Shift+F3")
        self._action(go, "&Reader", lambda: self.show_reader(focus=True), "Ctrl+1")
        self._action(go, "&Contents", lambda: self._tab(0), "Ctrl+2")
        self._action(go, "C&ases", lambda: self._tab(1), "Ctrl+3")
        self._action(go, "&Tags", lambda: self._tab(2), "Ctrl+4")
        self._action(go, "N&otes", lambda: self._tab(3), "Ctrl+5")
        help_menu = bar.addMenu("&Help")
        self.about_action = self._action(help_menu, self.tr("About the archive"), self.about)
        self.keys_action = self._action(help_menu, self.tr("Trusted &keys…"), self.show_keys)

    def load(self) -> None:
        archive = self.core.archive
        self.reader.show_documents(archive.documents, self.reader.font().pointSizeF() + 2)
        self.navigator.show_archive(archive)
        self.refresh_notes()
        self.show_problems(archive.problems)
        for message in self.core.store_messages():
            QMessageBox.warning(self, "Notes database", message)

    def _restore(self) -> None:
        geometry = self.settings.get(S.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        splitter = self.settings.get(S.SPLITTER)
        if splitter:
            self.splitter.restoreState(splitter)
        self._zoom = 0
        self.zoom_to(self.settings.get(S.ZOOM))
        self.set_theme(self.settings.get(S.THEME))
        self.search.exact.setChecked(self.settings.get(S.EXACT))
        last = self.settings.get(S.LAST_POSITION)
        if last:
            self.open_id(last)

    # -- long work ----------------------------------------------------------------------------

    def run_with_progress(self, name: str, fn, on_done=None, writes: bool = False) -> Task:
        task = self.tasks.run(name, fn, writes=writes)
        self.progress.setFormat(f"{name}: %p%")
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.running.add(task)

        def progressed(done: int, total: int, _msg: str) -> None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

        def finished() -> None:
            self.running.discard(task)
            if not self.running:
                self.progress.hide()
                self.cancel_button.hide()

        task.progressed.connect(progressed)
        task.done.connect(finished)
        task.failed.connect(lambda msg: QMessageBox.warning(self, name, msg))
        task.cancelled.connect(lambda: self.statusBar().showMessage(f"{name} cancelled", 5000))
        if on_done:
            task.succeeded.connect(on_done)
        return task

    def submit(self, name: str, change: Change, on_done=None, *, cancellable: bool = True) -> Task:
        """Apply a change on the write pool (the one writer); ``on_done(changed)`` on the GUI
        thread when it is stored. A failure is shown in the status bar."""
        core = self.core
        task = self.tasks.run(
            name, lambda _ctx: core.apply(change), writes=True, cancellable=cancellable
        )
        task.failed.connect(lambda message: self.statusBar().showMessage(message, 10000))
        if on_done:
            task.succeeded.connect(on_done)
        return task

    def _on_changed(self, changed: Changed) -> None:
        """The writer changed something: refresh what shows it (on the GUI thread)."""
        if changed.documents:
            self.load()
        elif changed.notes or changed.targets:
            self.refresh_notes()
        if changed.notes or changed.documents:
            self.notes_panel.refresh()

    def start_indexing(self, rebuild: bool = False) -> Task:
        core = self.core

        def work(ctx):
            return core.update_index(ctx.progress, rebuild=rebuild)

        def done(report) -> None:
            self.statusBar().showMessage(
                f"Search index ready ({report.added} added, {report.updated} updated) in "
                f"{report.seconds:.1f} s",
                5000,
            )

        return self.run_with_progress("Indexing", work, done, writes=True)

    # -- navigation ---------------------------------------------------------------------------

    def show_reader(self, focus: bool = False) -> None:
        self.centre.setCurrentWidget(self.reader)
        if focus:
            self.reader.setFocus()

    def open_id(self, ident: str | None) -> bool:
        if not ident:
            return False
        archive = self.core.archive
        record = archive.case(ident)
        if record:
            self.case_view.setHtml(case_html(record, archive))
            self.centre.setCurrentWidget(self.case_view)
            self.notes_panel.show_target(record.id)
            self.settings.set(S.LAST_POSITION, record.id)
            return True
        doc = archive.document(ident)
        target = doc.paragraphs[0].id if doc else ident
        self.show_reader()
        if not self.reader.scroll_to(target):
            return False
        self.settings.set(S.LAST_POSITION, target)
        return True

    def open_hit(self, hit: Hit) -> None:
        if hit.kind == "case":
            self.open_id(hit.id)
            return
        self.open_id(hit.para_id)
        if hit.kind == "paragraph":
            self.reader.set_search_highlights([(hit.para_id, a, b) for a, b in hit.matches])
        elif hit.kind == "note":
            self.notes_panel.show_target(hit.para_id)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto", "ftp"):
            if confirm_external(self, url):
                QDesktopServices.openUrl(url)
            return
        self.open_id(url.path())

    def _cursor_moved(self) -> None:
        para = self.reader.current_paragraph()
        if para and para != self.notes_panel.target:
            self.notes_panel.show_target(para)
            self.statusBar().showMessage(f"¶ {para}")

    def _tag_chosen(self, tag: str) -> None:
        self.search.field.setText(f"tag:{tag}")
        self.search.run_search()

    def _note_chosen(self, note) -> None:
        if note.target_id:
            self.open_id(note.target_id)
        self.notes_panel.show_target(note.target_id)

    def _tab(self, n: int) -> None:
        self.navigator.focus_tab(n)

    def focus_search(self) -> None:
        self.search.field.setFocus()
        self.search.field.selectAll()

    # -- notes --------------------------------------------------------------------------------

    def refresh_notes(self) -> None:
        notes = self.core.list_notes()
        self.navigator.show_notes(notes, self.core.tag_counts())
        self.reader.set_note_highlights(
            [
                (n.target_id, n.start, n.end, n.color)
                for n in notes
                if n.target_kind == "passage" and not n.orphan and n.start is not None
            ]
        )

    def add_note(self, body: str = "", highlight_only: bool = False) -> Task | None:
        """A note on the selected words, stored by the writer; the notes panel opens it."""
        selection = self.reader.selection()
        if selection is None:
            self.statusBar().showMessage("Select words within one paragraph first", 5000)
            return None
        para, start, end = selection
        note = new_note(self.core.archive, para, body, start=start, end=end)

        def stored(changed: Changed) -> None:
            self.notes_panel.show_new(changed)
            if highlight_only:
                self.reader.setFocus()

        return self.submit("Add note", AddNote(note), stored)

    def highlight(self):
        return self.add_note(highlight_only=True)

    def copy_citation(self) -> None:
        para = self.reader.current_paragraph()
        if para:
            QGuiApplication.clipboard().setText(self.citation(para))
            self.statusBar().showMessage(f"Copied: {self.citation(para)}", 4000)

    def citation(self, para_id: str) -> str:
        para = self.core.archive.paragraph(para_id)
        bundle = self.core.archive.bundle(para.bundle_id)
        title = bundle.manifest.title if bundle else para.doc_id
        return f"{title}, {para.section_title}, ¶ {para.id}"

    def export_notes(self, path: str | None = None, dialog: ExportDialog | None = None):
        """Ask what to export (with a preview), where to, then write it off the GUI thread."""
        if dialog is None:  # tests pass a filled-in dialog instead of clicking through one
            dialog = ExportDialog(
                self.core.list_notes(), self.core.archive, sorted(self.core.tag_counts()), self
            )
            if dialog.exec() != ExportDialog.DialogCode.Accepted:
                return None
        choice = dialog.choice()
        if path is None:
            suffix = SUFFIXES[choice.format]
            path, _ = QFileDialog.getSaveFileName(
                self, "Export notes", f"muragat-notes{suffix}", f"*{suffix}"
            )
            if not path:
                return None
        archive, notes = self.core.archive, dialog.all_notes
        return self.run_with_progress(
            "Export",
            lambda ctx: write_export(choice, archive, notes, Path(path), ctx.progress),
            lambda report: self.statusBar().showMessage(
                f"Exported {report.notes} note(s) to {report.path}", 8000
            ),
        )

    # -- importing ----------------------------------------------------------------------------

    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Import documents",
            "",
            "Documents (*.md *.markdown *.txt *.html *.htm *.pdf);;All files (*)",
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of documents")
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> Task:
        """Import off the GUI thread with progress and cancel; then show what came in."""
        core = self.core
        return self.run_with_progress(
            "Import",
            lambda ctx: core.import_paths(paths, ctx.progress),
            self._imported,
            writes=True,
        )

    def _imported(self, report) -> None:
        skipped = [r for r in report.results if r.status == "skipped"]
        summary = (
            f"{report.count('added')} added, {report.count('updated')} updated, "
            f"{report.count('unchanged')} already here, {len(skipped)} skipped"
        )
        self.statusBar().showMessage(f"Import: {summary}", 10000)
        self.last_import = report
        if skipped:
            details = "\n".join(f"{Path(r.path).name}: {r.message}" for r in skipped[:50])
            box = QMessageBox(QMessageBox.Icon.Information, "Import finished", summary, parent=self)
            box.setDetailedText(details)
            box.show()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- view ---------------------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        self.zoom_to(0 if step == 0 else self._zoom + step)

    def zoom_to(self, level: int) -> None:
        level = max(-6, min(12, level))
        delta = level - self._zoom
        if delta > 0:
            self.reader.zoomIn(delta)
            self.case_view.zoomIn(delta)
        elif delta < 0:
            self.reader.zoomOut(-delta)
            self.case_view.zoomOut(-delta)
        self._zoom = level

    def set_theme(self, name: str) -> None:
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
            name, Qt.ColorScheme.Unknown
        )
        QGuiApplication.styleHints().setColorScheme(scheme)
        self.settings.set(S.THEME, name if name in ("light", "dark") else "system")

    def show_problems(self, problems) -> None:
        """Bundles refused at load (bad signature, altered files…), named with what failed; the
        rest of the archive stays open. Not modal: reading goes on."""
        if self.problems_box is not None:
            self.problems_box.close()
            self.problems_box = None
        if not problems:
            return
        lines = [
            self.tr("Bundle “%1” was refused: %2: %3")
            .replace("%1", p.bundle)
            .replace("%2", p.file)
            .replace("%3", p.problem)
            for p in problems
        ]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some bundles were refused"),
            "\n\n".join(lines)
            + "\n\n"
            + self.tr(
                "Everything else in the archive is open as usual. Help → About the archive "
                "shows what was checked."
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setModal(False)
        self.problems_box = box
        box.show()

    def about(self) -> ProvenanceDialog:
        """Each document's provenance: publisher, edition, signed by whom, verified when."""
        if self.about_dialog is None:
            self.about_dialog = ProvenanceDialog(self.core, self)
            self.about_dialog.trustRequested.connect(
                lambda change: self.submit(self.tr("Trusted keys"), change, self._trust_changed)
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

    def wipe_all_data(self) -> bool:
        from app.gui.wipe import confirm_and_wipe

        return confirm_and_wipe(self)

    def closeEvent(self, event) -> None:
        if getattr(self, "wiped", False):  # nothing is written back after a wipe
            self._stop_listening()
            super().closeEvent(event)
            return
        self.notes_panel.save()  # submitted now; the wait below lets it (and any save) finish
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.settings.set(S.SPLITTER, self.splitter.saveState())
        self.settings.set(S.ZOOM, self._zoom)
        self.settings.set(S.EXACT, self.search.exact.isChecked())
        self.settings.sync()
        self.tasks.cancel_all()  # long work stops; saves are not cancellable and finish
        self.tasks.wait(30000)
        self._stop_listening()
        super().closeEvent(event)


class _ChangeRelay(QObject):
    """Carries the core's change notices (sent on the writer's thread) to the GUI thread."""

    changed = Signal(object)
