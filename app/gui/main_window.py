"""The main window: navigator (contents, cases, tags, notes), reader, search, notes panel.

Every change (notes, tags, imports) is submitted to the write pool as an `index.changes`
change; the core's listeners tell the window what changed, on the GUI thread, and the views
refresh from that. The GUI thread never waits for SQLite writes or Whoosh.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
)

from app.gui import file_dialogs, i18n
from app.gui import settings as S
from app.gui.actions import call_plain, make_action
from app.gui.case_view import case_html
from app.gui.history import History
from app.gui.navigator import Navigator
from app.gui.notes_model import MANY as MANY_NOTES
from app.gui.notes_panel import NotesPanel
from app.gui.reader import READABLE_MIN, PageView, ReaderView, confirm_external
from app.gui.search_panel import SearchPanel
from app.gui.tasks import Task, TaskRunner
from app.gui.theme import THEMES, apply_theme
from app.gui.wording import number
from index.changes import AddNote, Change, Changed
from index.core import Core
from index.export import SUFFIXES
from index.notes.service import new_note

if TYPE_CHECKING:  # Whoosh loads on first search; the dialogs when first opened
    from app.gui.export_dialog import ExportDialog
    from app.gui.help_dialogs import HelpDialog
    from app.gui.locking import Locker
    from app.gui.provenance import ProvenanceDialog
    from index.search.engine import Hit

log = logging.getLogger(__name__)

NAVIGATOR_WIDTH = 270
SIDE_WIDTH = 350
READER_ROOM = READABLE_MIN + 60
"""What the reader keeps (viewport plus scroll bar and frame) before side panels give way."""


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
        lines += [f"{name}: {note}" for note in r.notes]
    return lines


class MainWindow(QMainWindow):
    def __init__(
        self, core: Core, settings: S.Settings | None = None, locker: Locker | None = None
    ) -> None:
        super().__init__()
        self.core = core
        self.settings = settings or S.Settings(str(core.data_dir / "muragat.ini"))
        if locker is None:
            from app.gui.locking import Locker

            locker = Locker(core.data_dir, self.settings)
        self.locker = locker
        """Locks and unlocks the vault, and protects the data folder with a passphrase (its
        File menu actions); it holds this window while it is open."""
        locker.window = self
        self.language = i18n.install(i18n.language_for(self.settings.get(S.LANGUAGE)))
        self.tasks = TaskRunner(self)
        self.changes = _ChangeRelay(self)
        self.changes.changed.connect(self._on_changed)
        self._stop_listening = core.listen(self.changes.changed.emit)
        self.destroyed.connect(lambda *_: self._stop_listening())
        self.setWindowTitle(self.tr("Muragat — offline archive"))
        self.setAcceptDrops(True)
        self.last_import = None
        self.about_dialog: ProvenanceDialog | None = None
        self.problems_box: QMessageBox | None = None
        self.import_box: QMessageBox | None = None
        self.history = History()
        self._fit_to_screen()
        core.open_stepwise()  # the bundled report at once; the user's bundles load after
        self._resume: str | None = None
        """Where the user was last time, in a document still loading: opened when it is in."""

        self.reader = ReaderView()
        self.case_view = PageView()
        self.case_view.setAccessibleName(self.tr("Case record"))
        self.case_view.anchorClicked.connect(self._link)
        self.reader.internalLink.connect(self.open_id)
        self.reader.addNoteRequested.connect(self.add_note)
        self.reader.highlightRequested.connect(self.highlight)
        self.reader.citeRequested.connect(self.copy_citation_of)
        self.follow_timer = QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setInterval(120)
        self.follow_timer.timeout.connect(self._follow_reader)
        self.reader.cursorPositionChanged.connect(call_plain(self.follow_timer.start))
        self.reader.verticalScrollBar().valueChanged.connect(call_plain(self.follow_timer.start))
        self.reader.verticalScrollBar().rangeChanged.connect(call_plain(self.follow_timer.start))
        for view in (self.reader, self.case_view):
            view.viewport().installEventFilter(self)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.reader)
        self.centre.addWidget(self.case_view)

        self.navigator = Navigator(core.archive.cases, self.tasks)
        self.navigator.all_notes.attach(core, self.tasks)
        self._highlights: dict[str, tuple] = {}
        """Note id → (paragraph, start, end, colour) of every passage highlighted."""
        self._highlights_generation = 0
        self._highlights_missed: set[str] | None = None
        """Notes changed while every highlight is being read (None when not reading)."""
        self._counting: Task | None = None
        self._count_again = False
        self._note_documents: tuple = (None, set())
        """(archive, ids) of the documents with notes the document filter lists."""
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
        side.setSizes([480, 400])
        side.setChildrenCollapsible(False)
        self.side = side

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.centre.setMinimumWidth(280)
        self.splitter.setSizes([NAVIGATOR_WIDTH, 700, SIDE_WIDTH])
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.setCentralWidget(self.splitter)
        self.wanted = {self.navigator: True, self.side: True}
        """Which side panels the user wants; the window may still hide one that does not fit."""
        self.priority = [self.side, self.navigator]
        """Which side panel keeps its place first when the window is narrow."""

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.running: set[Task] = set()
        self.cancel_button.clicked.connect(lambda: [t.cancel() for t in list(self.running)])
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._actions()
        self.load()
        self._restore()
        QTimer.singleShot(0, self._start_background)  # after the window is up

    # -- building -----------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """A first size for the screen (`app.gui.geometry`); a remembered one replaces it."""
        from app.gui.geometry import fit_to_screen

        fit_to_screen(self)

    def _action(self, menu, text: str, slot, shortcut=None, checkable=False) -> QAction:
        action = make_action(self, text, slot, shortcut)
        action.setCheckable(checkable)
        menu.addAction(action)
        return action

    def _actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&Import files…"), self.choose_import_files, "Ctrl+I")
        self._action(file, self.tr("Import a &folder…"), self.choose_import_folder)
        self._action(file, self.tr("Import &notes (Web Annotations)…"), self.import_notes)
        self._action(file, self.tr("&Export notes…"), self.export_notes, "Ctrl+E")
        self._action(
            file, self.tr("Rebuild search index"), lambda: self.start_indexing(rebuild=True)
        )
        file.addSeparator()
        self.wipe_action = self._action(file, self.tr("&Wipe all my data…"), self.wipe_all_data)
        file.addSeparator()
        locker = self.locker
        self.protect_action = self._action(
            file, self.tr("&Protect with a passphrase…"), locker.protect
        )
        self.change_passphrase_action = self._action(
            file, self.tr("C&hange the passphrase…"), locker.change_passphrase
        )
        self.unprotect_action = self._action(
            file, self.tr("Remo&ve the passphrase…"), locker.unprotect
        )
        self.lock_action = self._action(file, self.tr("&Lock"), locker.lock, "Ctrl+L")
        self.lock_after_menu = file.addMenu(self.tr("Lock &after"))
        self.lock_after_group = QActionGroup(self)
        self.lock_after_actions: dict[float, QAction] = {}
        chosen = self.settings.get(S.LOCK_AFTER)
        for minutes in (0.0, 5.0, 10.0, 30.0, 60.0):
            label = (
                self.tr("&Never")
                if minutes == 0
                else self.tr("%n minute(s) without input", "", int(minutes))
            )
            action = self._action(
                self.lock_after_menu,
                label,
                lambda m=minutes: locker.set_lock_after(m),
                checkable=True,
            )
            action.setChecked(minutes == chosen)
            self.lock_after_group.addAction(action)
            self.lock_after_actions[minutes] = action
        self.sync_vault_actions()
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("Add &note to selection"), self.add_note, "Ctrl+Shift+N")
        self._action(edit, self.tr("&Highlight selection"), self.highlight, "Ctrl+Shift+H")
        self._action(edit, self.tr("Copy &citation"), self.copy_citation, "Ctrl+Shift+C")
        self._action(
            edit, self.tr("&Undo note deletion"), self.notes_panel.undo_delete, "Ctrl+Shift+Z"
        )
        view = bar.addMenu(self.tr("&View"))
        self.navigator_action = self._action(
            view, self.tr("&Navigator"), lambda: self.toggle_panel(self.navigator), "F9", True
        )
        self.side_action = self._action(
            view,
            self.tr("&Search and notes"),
            lambda: self.toggle_panel(self.side),
            "Shift+F9",
            True,
        )
        view.addSeparator()
        self.caret_action = self._action(
            view, self.tr("&Caret browsing"), self._caret_toggled, "F7", checkable=True
        )
        view.addSeparator()
        self._action(view, self.tr("Zoom &in"), lambda: self.zoom(1), ["Ctrl++", "Ctrl+="])
        self._action(view, self.tr("Zoom &out"), lambda: self.zoom(-1), "Ctrl+-")
        self._action(view, self.tr("&Reset zoom"), lambda: self.zoom(0), "Ctrl+0")
        theme = view.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        labels = {
            "system": self.tr("As the &system"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        for name in THEMES:
            action = self._action(
                theme, labels[name], lambda n=name: self.set_theme(n), checkable=True
            )
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        language = view.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        names = {i18n.SYSTEM: self.tr("As the system"), **i18n.LANGUAGES}
        chosen = self.settings.get(S.LANGUAGE)
        for code, label in names.items():
            action = self._action(
                language, label, lambda c=code: self.choose_language(c), checkable=True
            )
            action.setChecked(code == chosen or (code == i18n.SYSTEM and chosen not in names))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        go = bar.addMenu(self.tr("&Go"))
        self._action(go, self.tr("&Back"), self.go_back, QKeySequence.StandardKey.Back)
        self._action(go, self.tr("&Forward"), self.go_forward, QKeySequence.StandardKey.Forward)
        go.addSeparator()
        self._action(go, self.tr("&Search"), self.focus_search, ["Ctrl+K", "Ctrl+F"])
        self._action(go, self.tr("&Next hit"), self.search.next_hit, "F3")
        self._action(go, self.tr("&Previous hit"), self.search.previous_hit, "Shift+F3")
        self._action(go, self.tr("&Reader"), lambda: self.show_reader(focus=True), "Ctrl+1")
        self._action(go, self.tr("&Contents"), lambda: self._tab(0), "Ctrl+2")
        self._action(go, self.tr("C&ases"), lambda: self._tab(1), "Ctrl+3")
        self._action(go, self.tr("&Tags"), lambda: self._tab(2), "Ctrl+4")
        self._action(go, self.tr("N&otes"), lambda: self._tab(3), "Ctrl+5")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("&Search syntax"), self.show_search_syntax)
        help_menu.addSeparator()
        self.about_action = self._action(help_menu, self.tr("About the archive"), self.about)
        self.keys_action = self._action(help_menu, self.tr("Trusted &keys…"), self.show_keys)
        self.help_dialog: HelpDialog | None = None

    def sync_vault_actions(self) -> None:
        """File → Protect… when the folder is no vault; Change…, Remove…, Lock and Lock after
        when it is one."""
        from index.vault import session

        on = session.is_vault(self.core.data_dir)
        self.protect_action.setVisible(not on)
        self.protect_action.setEnabled(not on)
        for action in (self.change_passphrase_action, self.unprotect_action, self.lock_action):
            action.setVisible(on)
            action.setEnabled(on)
        self.lock_after_menu.menuAction().setVisible(on)
        self.lock_after_menu.setEnabled(on)

    def load(self) -> None:
        """Show the archive as the core holds it now; the reader stays where it was (on the
        bundled report at first). The reader holds one document: nothing here grows with the
        archive but the navigator's model, which fetches what it shows."""
        archive = self.core.archive
        shown = self.reader.shown
        # at start, where the user was (restored after this): that document is built once
        here = self.location()
        start = self.settings.get(S.LAST_POSITION) if shown is None else None
        doc = (archive.document_of(here or start) if here or start else None) or (
            archive.document(shown.id) if shown is not None else None
        )
        if doc is None:
            doc = next((d for b in archive.builtin_bundles for d in b.documents), None)
        if doc is not None:
            self.show_document(doc)
        self.navigator.show_archive(archive)
        resume, self._resume = self._resume, None
        if resume and not self.core.loading and not (self.history.back or self.history.forward):
            here = resume  # the user's bundles are in: back to where the user was
        if here and (archive.paragraph(here) or archive.case(here)):
            self.open_id(here, remember=False)
        self.refresh_notes()
        self.show_problems(archive.problems)
        for message in self.core.store_messages():
            QMessageBox.warning(self, self.tr("Notes database"), i18n.say(message))

    def show_document(self, doc) -> None:
        """Put ``doc`` (an archive `Document`) in the reader, unless it is there already."""
        if self.reader.shown != doc:  # (equal, not the same: the store builds it anew)
            self.reader.show_document(doc, self.reader.point_size, self._header(doc))

    def _header(self, doc) -> str | None:
        """Under an imported document's title: the original file, when, and its checksum."""
        archive = self.core.archive
        manifest = archive.manifest(doc.bundle_id)
        imported = (manifest.imported or {}) if manifest else {}
        if (
            manifest is None
            or not imported
            or any(b.id == doc.bundle_id for b in archive.builtin_bundles)
        ):
            return None
        return (
            self.tr("Imported by you from “%1” on %2 · SHA-256 %3")
            .replace("%1", str(imported.get("original_name", "")))
            .replace("%2", str(imported.get("imported", ""))[:10])
            .replace("%3", str(imported.get("source_sha256", "")))
        )

    def _restore(self) -> None:
        geometry = self.settings.get(S.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
            self._keep_on_screen()
        splitter = self.settings.get(S.SPLITTER)
        if splitter:
            self.splitter.restoreState(splitter)
        for panel in (self.navigator, self.side):  # a panel dragged shut is shown hidden
            panel.setVisible(True)
        self.wanted[self.navigator] = self.settings.get(S.NAVIGATOR_SHOWN)
        self.wanted[self.side] = self.settings.get(S.SIDE_SHOWN)
        if self.settings.get(S.PANEL_FIRST) == "navigator":  # asked for last time
            self.priority = [self.navigator, self.side]
        self.set_theme(self.settings.get(S.THEME))
        self._zoom = 0
        self.zoom_to(self.settings.get(S.ZOOM))
        self.caret_action.setChecked(self.settings.get(S.CARET))
        self.reader.set_caret_browsing(self.caret_action.isChecked())
        self.search.exact.setChecked(self.settings.get(S.EXACT))
        self.give_way()
        last = self.settings.get(S.LAST_POSITION)
        if last and not self.open_id(last, remember=False) and self.core.loading:
            self._resume = last

    def _keep_on_screen(self) -> None:
        """A geometry remembered from a bigger screen is shrunk to this one's free area."""
        free = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if not free.contains(self.frameGeometry()):
            self._fit_to_screen()

    # -- panels -------------------------------------------------------------------------------

    def panel_shown(self, panel) -> bool:
        """Visible and not dragged shut."""
        index = self.splitter.indexOf(panel)
        return not panel.isHidden() and self.splitter.sizes()[index] > 0

    def toggle_panel(self, panel) -> None:
        """View → Navigator (F9) / Search and notes (Shift+F9): hide or bring back a panel,
        even one dragged shut. The choice is remembered."""
        self.set_panel(panel, not self.panel_shown(panel))

    def set_panel(self, panel, shown: bool) -> None:
        self.wanted[panel] = shown
        if shown:  # asked for last: it keeps its place when the window is narrow
            self.priority.remove(panel)
            self.priority.insert(0, panel)
            self.settings.set(S.PANEL_FIRST, "navigator" if panel is self.navigator else "side")
        self.settings.set(S.NAVIGATOR_SHOWN, self.wanted[self.navigator])
        self.settings.set(S.SIDE_SHOWN, self.wanted[self.side])
        self.give_way()

    def give_way(self) -> None:
        """Show the panels the user wants that fit beside a readable reader; side panels
        give way first (the one asked for last stays longest)."""
        room = self.splitter.width() - READER_ROOM
        widths = {self.navigator: NAVIGATOR_WIDTH, self.side: SIDE_WIDTH}
        show = {}
        for panel in self.priority:
            fits = room >= min(widths[panel], max(200, panel.minimumSizeHint().width()))
            show[panel] = self.wanted[panel] and fits
            if show[panel]:
                room -= widths[panel]
        sizes = self.splitter.sizes()
        for panel, visible in show.items():
            index = self.splitter.indexOf(panel)
            if visible and sizes[index] == 0:
                sizes[index] = widths[panel]
            panel.setVisible(visible)
        if any(
            visible and self.splitter.sizes()[self.splitter.indexOf(p)] == 0
            for p, visible in show.items()
        ):
            self.splitter.setSizes(sizes)
        sizes = self.splitter.sizes()
        short = READER_ROOM - sizes[1]
        if short > 0 and self.isVisible():  # remembered wide panels give back their room
            for panel in self.priority[::-1]:
                index = self.splitter.indexOf(panel)
                give = min(short, max(0, sizes[index] - widths[panel]))
                sizes[index] -= give
                sizes[1] += give
                short -= give
            self.splitter.setSizes(sizes)
        self._sync_panel_actions()

    def _sync_panel_actions(self) -> None:
        self.navigator_action.setChecked(self.panel_shown(self.navigator))
        self.side_action.setChecked(self.panel_shown(self.side))

    def _splitter_moved(self, *_args) -> None:
        """A panel dragged shut counts as hidden by the user (View brings it back)."""
        for panel in (self.navigator, self.side):
            if not panel.isHidden() and self.splitter.sizes()[self.splitter.indexOf(panel)] == 0:
                self.wanted[panel] = False
                self.settings.set(
                    S.NAVIGATOR_SHOWN if panel is self.navigator else S.SIDE_SHOWN, False
                )
        self._sync_panel_actions()

    def _ensure_shown(self, panel) -> None:
        if not self.panel_shown(panel):
            self.set_panel(panel, True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "wanted"):
            self.give_way()

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
        task.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("%1 cancelled").replace("%1", name), 5000)
        )
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
        """The writer changed something: refresh what shows it (on the GUI thread). Not
        in a window closed for good (wiped, or locked: its core is closed)."""
        if getattr(self, "wiped", False):
            return
        if changed.documents:
            self.load()
            if self.about_dialog is not None and self.about_dialog.isVisible():
                self.about_dialog.refresh()  # editions opened or closed: say so at once
        elif changed.notes or changed.targets:
            self.notes_changed(changed.notes)
        if changed.notes or changed.documents:
            self.notes_panel.refresh()

    def _start_background(self) -> None:
        """Load the user's bundles, then bring the search index up to date: both on the
        write pool, in that order (the sync reads everything). Not for a window closed (or
        replaced by View → Language) before it came up."""
        if getattr(self, "wound_down", False):
            return
        if self.core.loading:
            core = self.core
            self.run_with_progress(
                self.tr("Opening your documents"),
                lambda ctx: core.finish_loading(ctx.progress) and None,
                writes=True,
            )
        self.start_indexing()

    def start_indexing(self, rebuild: bool = False) -> Task:
        core = self.core

        def work(ctx):
            return core.update_index(ctx.progress, rebuild=rebuild, trust_mark=True)

        def done(report) -> None:
            from app.gui.index_status import said_after_indexing

            said = said_after_indexing(report, asked=rebuild)  # the numbers: in the log
            if said:
                self.statusBar().showMessage(said, 5000)

        return self.run_with_progress(self.tr("Indexing"), work, done, writes=True)

    # -- navigation ---------------------------------------------------------------------------

    def show_reader(self, focus: bool = False) -> None:
        self.centre.setCurrentWidget(self.reader)
        if focus:
            self.reader.setFocus()
        self._follow_reader()

    def location(self) -> str | None:
        """Where the user is: the case record shown, or the paragraph being read."""
        if not hasattr(self, "centre"):
            return None
        if self.centre.currentWidget() is self.case_view:
            return self.shown_case
        return self.reader.reading_paragraph()

    shown_case: str | None = None

    def open_id(self, ident: str | None, remember: bool = True) -> bool:
        """Open a paragraph, section, document or case record; Back returns from it."""
        if not ident:
            return False
        archive = self.core.archive
        record = archive.case(ident)
        doc = archive.document(ident)
        target = doc.paragraphs[0].id if doc and doc.paragraphs else ident
        holder = None if record else archive.document_of(ident)
        if record is None and holder is None:
            return False
        if remember:
            self.history.leave(self.location(), record.id if record else target)
        self.reader.set_search_highlights([])  # an old search's marks do not follow
        if record:
            self.shown_case = record.id
            self.case_view.show_html(case_html(record, archive))
            self.centre.setCurrentWidget(self.case_view)
            self.notes_panel.show_target(record.id)
            self.settings.set(S.LAST_POSITION, record.id)
            return True
        self.centre.setCurrentWidget(self.reader)
        self.show_document(holder)
        self.reader.scroll_to(target)
        if doc is not None:  # a whole document: its title (and where it came from) shows too
            self.reader.scroll_to(doc.id, move_cursor=False)
        self._follow_reader()
        self.settings.set(S.LAST_POSITION, target)
        return True

    def go_back(self) -> None:
        """Go → Back (Alt+Left, the mouse's back button)."""
        place = self.history.go_back(self.location())
        if place:
            self.open_id(place, remember=False)

    def go_forward(self) -> None:
        place = self.history.go_forward(self.location())
        if place:
            self.open_id(place, remember=False)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mouseReleaseEvent(event)

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

    def _follow_reader(self) -> None:
        """The notes panel shows the paragraph selected or read, never a stale one."""
        self.follow_timer.stop()
        if getattr(self, "wiped", False) or self.centre.currentWidget() is not self.reader:
            return
        para = self.reader.reading_paragraph()
        if para and para != self.notes_panel.target:
            self.notes_panel.show_target(para)
            self.statusBar().showMessage(f"¶ {para}", 4000)

    def _tag_chosen(self, tag: str) -> None:
        self.search.field.setText(f"tag:{tag}")
        self.search.run_search()

    def _note_chosen(self, note) -> None:
        if note.target_id:
            self.open_id(note.target_id)
        self.notes_panel.show_target(note.target_id)

    def _tab(self, n: int) -> None:
        self._ensure_shown(self.navigator)
        self.navigator.focus_tab(n)

    def focus_search(self) -> None:
        self._ensure_shown(self.side)
        self.search.field.setFocus()
        self.search.field.selectAll()

    # -- notes --------------------------------------------------------------------------------

    def refresh_notes(self) -> None:
        """Read every note's row, highlight and tag count again (at start, and when the
        documents changed): off the GUI thread, each shown when it lands."""
        self.navigator.all_notes.reload()
        self.count_tags()
        self._reload_highlights()

    def notes_changed(self, ids: set[str]) -> None:
        """These notes changed (or tags on targets did, with ``ids`` empty): their rows and
        highlights are read again, by id; the tag counts are counted again off the GUI thread.
        Nothing here reads every note."""
        self.navigator.all_notes.notes_changed(ids)
        self.count_tags()
        if len(ids) > MANY_NOTES:
            self._reload_highlights()
        elif ids:
            if self._highlights_missed is not None:
                self._highlights_missed |= ids
            self._update_highlights(ids, self.core.note_highlights(ids))

    def _reload_highlights(self) -> None:
        self._highlights_generation += 1
        generation = self._highlights_generation
        self._highlights_missed = set()
        core = self.core
        task = self.tasks.run(self.tr("Highlight notes"), lambda _ctx: core.note_highlights())
        task.succeeded.connect(lambda found: self._highlights_read(generation, found))

    def _highlights_read(self, generation: int, found: dict[str, tuple]) -> None:
        if generation != self._highlights_generation:
            return
        missed, self._highlights_missed = self._highlights_missed or set(), None
        if missed:  # changed while they were read: as they are now
            found = {k: v for k, v in found.items() if k not in missed}
            found.update(self.core.note_highlights(missed))
        self._highlights = found
        self.reader.set_note_highlights(list(found.values()))

    def _update_highlights(self, ids: set[str], found: dict[str, tuple]) -> None:
        """The highlights of these notes as ``found`` (those missing have none); the reader
        is told only when one of them changed (an edited note's text changes none)."""
        changed = False
        for ident in ids:
            new = found.get(ident)
            if self._highlights.get(ident) != new:
                changed = True
                if new is None:
                    del self._highlights[ident]
                else:
                    self._highlights[ident] = new
        if changed:
            self.reader.set_note_highlights(list(self._highlights.values()))

    def count_tags(self) -> Task | None:
        """Count the tags (and which documents have notes) again, off the GUI thread: one
        aggregate each. One count at a time; a change during one asks for one more."""
        if self._counting is not None:
            self._count_again = True
            return None
        core = self.core

        def work(_ctx):
            return core.tag_counts(), core.note_documents()

        task = self._counting = self.tasks.run(self.tr("Count tags"), work)
        task.succeeded.connect(self._tags_counted)
        task.done.connect(self._counted)
        return task

    def _counted(self) -> None:
        self._counting = None
        if self._count_again and not getattr(self, "wound_down", False):
            self._count_again = False
            self.count_tags()

    def _tags_counted(self, counted) -> None:
        tag_counts, documents = counted
        self.navigator.show_tag_counts(tag_counts)
        self.notes_panel.set_tag_names(list(tag_counts))
        archive = self.core.archive
        if (archive, set(documents)) == self._note_documents:
            return  # the same documents have notes: their titles are listed already
        self._note_documents = (archive, set(documents))
        titles = [(d, doc.title) for d in documents if (doc := archive.document(d)) is not None]
        titles.sort(key=lambda entry: (entry[1].casefold(), entry[0]))
        self.navigator.show_note_documents(titles)

    def add_note(self, body: str = "", highlight_only: bool = False) -> Task | None:
        """A note on the selected words, stored by the writer; the notes panel opens it."""
        selection = self.reader.selection() if self.centre.currentWidget() is self.reader else None
        if selection is None:
            self.statusBar().showMessage(
                self.tr(
                    "Select words within one paragraph first: with the mouse, or Shift+arrow "
                    "keys in the reader (caret browsing, F7)"
                ),
                8000,
            )
            return None
        para, start, end = selection
        note = new_note(self.core.archive, para, body, start=start, end=end)
        if not highlight_only:
            self._ensure_shown(self.side)

        def stored(changed: Changed) -> None:
            self.notes_panel.show_new(changed)
            if highlight_only:
                self.reader.setFocus()

        return self.submit(self.tr("Add note"), AddNote(note), stored)

    def highlight(self):
        return self.add_note(highlight_only=True)

    def copy_citation(self) -> None:
        """Edit → Copy citation: of the paragraph selected or being read (or the case shown)."""
        self.copy_citation_of(self.location())

    def copy_citation_of(self, ident: str | None) -> None:
        text = self.citation(ident) if ident else None
        if not text:
            self.statusBar().showMessage(self.tr("Nothing to cite here"), 4000)
            return
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Copied: %1").replace("%1", text), 6000)

    def citation(self, ident: str) -> str | None:
        return self.core.archive.citation(ident)

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
            path = file_dialogs.save_file(self, self.tr("Export notes"), name, suffix)
            if not path:
                return None
        core, notes = self.core, dialog.all_notes
        return self.run_with_progress(
            self.tr("Export"),
            lambda ctx: write_export(  # the whole archive, even while it still loads
                choice, core.archive, notes, Path(path), ctx.progress, core.target_tags()
            ),
            lambda report: self.statusBar().showMessage(
                self.tr("Exported %n note(s) to %1", "", report.notes).replace(
                    "%1", str(report.path)
                ),
                10000,
            ),
        )

    # -- importing ----------------------------------------------------------------------------

    def choose_import_files(self) -> None:
        paths = file_dialogs.open_files(
            self,
            self.tr("Import documents"),
            self.tr(
                "Documents (*.docx *.odt *.rtf *.md *.markdown *.txt *.html *.htm *.pdf);;"
                "All files (*)"
            ),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        folder = file_dialogs.open_folder(self, self.tr("Import a folder of documents"))
        if folder:
            self.import_paths([Path(folder)])

    def import_notes(self, path: str | None = None) -> Task | None:
        """A W3C Web Annotation file; conflicts are listed and applied only on yes."""
        from app.gui.notes_import import choose_and_import

        return choose_and_import(self, path)

    def import_paths(self, paths: list[Path]) -> Task:
        """Import off the GUI thread with progress and cancel; then show what came in."""
        core = self.core
        return self.run_with_progress(
            self.tr("Import"),
            lambda ctx: core.import_paths(paths, ctx.progress),
            self._imported,
            writes=True,
        )

    def _imported(self, report) -> None:
        skipped = [r for r in report.results if r.status == "skipped"]
        summary = (
            self.tr("%1 added, %2 updated, %3 already here, %4 skipped")
            .replace("%1", number(report.count("added")))
            .replace("%2", number(report.count("updated")))
            .replace("%3", number(report.count("unchanged")))
            .replace("%4", number(len(skipped)))
        )
        self.statusBar().showMessage(self.tr("Import: %1").replace("%1", summary), 10000)
        self.last_import = report
        self._open_imported(report)
        details = import_details(report.results)
        if details:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Import finished"), summary, parent=self
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

    # -- view ---------------------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        self.zoom_to(0 if step == 0 else self._zoom + step)

    def zoom_to(self, level: int) -> None:
        """One type scale: the report and case pages at the same size, a point per step."""
        level = max(-6, min(12, level))
        self._zoom = level
        size = self.base_point_size() + level
        self.reader.set_point_size(size)
        font = self.case_view.font()
        font.setPointSizeF(size)
        self.case_view.setFont(font)
        self.case_view.fit()

    def base_point_size(self) -> float:
        return QApplication.font().pointSizeF() + 2

    def choose_language(self, code: str) -> MainWindow | None:
        """View → Language: remembered, and applied at once — the window is built again in
        the new language (`reopen`), so every menu, panel, dialog and count speaks it."""
        self.settings.set(S.LANGUAGE, code)
        self.language_actions[code].setChecked(True)
        if i18n.language_for(code) == self.language:
            return None
        return self.reopen()

    def reopen(self) -> MainWindow:
        """This window again, in the language now chosen: what is typed is saved and the
        window's work finished first (one writer), then a new window opens where this one
        was (geometry, panels, zoom, theme and place are settings) with the search typed
        here; this one closes. Kept as ``successor`` (the app holds the first window)."""
        typed = self.search.field.text()
        self._wind_down()
        successor = MainWindow(self.core, self.settings, self.locker)
        successor.search.field.setText(typed)
        if getattr(self, "read_only_banner", None) is not None:
            from app.gui.launch import show_read_only_banner

            show_read_only_banner(successor)
        if self.isVisible():
            successor.show()
        self.successor = successor
        self.close()
        return successor

    def set_theme(self, name: str) -> None:
        """View → Theme: our own palette for light and dark, so Dark works everywhere."""
        name = apply_theme(name)
        if hasattr(self, "_zoom"):
            self.zoom_to(self._zoom)  # re-polished widgets lost the case page's size
        if self.notes_panel.target:  # rich text keeps the link colour it was drawn with
            self.notes_panel.show_target(self.notes_panel.target)
        if self.shown_case and self.centre.currentWidget() is self.case_view:
            record = self.core.archive.case(self.shown_case)
            if record:
                self.case_view.show_html(case_html(record, self.core.archive))
        self.theme_actions[name].setChecked(True)
        self.settings.set(S.THEME, name)

    def _caret_toggled(self) -> None:
        on = self.caret_action.isChecked()
        self.reader.set_caret_browsing(on)
        self.settings.set(S.CARET, on)
        self.statusBar().showMessage(
            self.tr("Caret browsing on: move with the arrow keys, select with Shift+arrows")
            if on
            else self.tr("Caret browsing off: the arrow keys scroll"),
            6000,
        )

    def show_shortcuts(self) -> HelpDialog:
        from app.gui.help_dialogs import shortcuts_html

        return self._help(self.tr("Keyboard shortcuts"), shortcuts_html(self.menuBar()))

    def show_search_syntax(self) -> HelpDialog:
        from app.gui.help_dialogs import search_syntax_html

        return self._help(self.tr("Search syntax"), search_syntax_html())

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
            self.tr("Bundle “%1” was refused: %2: %3")
            .replace("%1", p.bundle)
            .replace("%2", p.file)
            .replace("%3", i18n.say(p.problem))
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
            from app.gui.provenance import ProvenanceDialog

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
        self.locker.window_closed(self)
        if getattr(self, "wiped", False):  # nothing is written back after a wipe
            self._stop_listening()
            super().closeEvent(event)
            return
        self._wind_down()
        super().closeEvent(event)

    def _wind_down(self) -> None:
        """Save what is typed and where the window is, and finish its work (once)."""
        if getattr(self, "wound_down", False):
            return
        self.wound_down = True
        self.search.timer.stop()  # a search typed but not started starts no more
        self.follow_timer.stop()
        self.notes_panel.save()  # submitted now; the wait below lets it (and any save) finish
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.settings.set(S.SPLITTER, self.splitter.saveState())
        self.settings.set(S.ZOOM, self._zoom)
        self.settings.set(S.EXACT, self.search.exact.isChecked())
        self.settings.sync()
        self.tasks.cancel_all()  # long work stops; saves are not cancellable and finish
        self.tasks.wait(30000)
        self.tasks.close()  # the worker threads end, and with them their readers
        self._stop_listening()
        self.navigator.all_notes.detach()  # scrolling a closed window reads nothing


class _ChangeRelay(QObject):
    """Carries the core's change notices (sent on the writer's thread) to the GUI thread."""

    changed = Signal(object)
