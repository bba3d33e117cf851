"""The main window: navigator (contents, cases, tags, notes), reader, search, notes panel.

This module holds the wiring: the widgets, the menus (made from app/gui/action_table.py) and
start and close. Each job is a module of its own, mixed into `MainWindow`: window_panels
(layout), window_navigation (the centre, Back/Forward, links), window_tasks (long work and
the writer's changes), window_notes, window_import, window_export, window_view (zoom, theme,
language), window_help, window_vault, window_keys (shortcuts whatever has focus). A new view
is a module like these and a row in the table of actions.

Every change (notes, tags, imports) is submitted to the write pool as an `index.changes`
change; the core's listeners tell the window what changed, on the GUI thread, and the views
refresh from that. The GUI thread never waits for SQLite writes or Whoosh.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.gui import accessible, i18n
from app.gui import settings as S
from app.gui.history import History
from app.gui.live import follow
from app.gui.navigator import Navigator
from app.gui.notes_panel import NotesPanel
from app.gui.search_panel import SearchPanel
from app.gui.tasks import TaskRunner
from app.gui.window_export import Exporting
from app.gui.window_help import HelpPages
from app.gui.window_import import Importing
from app.gui.window_keys import WindowKeys
from app.gui.window_navigation import Navigation
from app.gui.window_notes import Notes
from app.gui.window_panels import Panels
from app.gui.window_scan import ScanPanel
from app.gui.window_tasks import Background
from app.gui.window_timeline import Timelines
from app.gui.window_vault import Vault
from app.gui.window_view import Appearance
from index.core import Core

if TYPE_CHECKING:  # Whoosh loads on first search; the dialogs when first opened
    from app.gui.help_dialogs import HelpDialog
    from app.gui.locking import Locker
    from app.gui.provenance import ProvenanceDialog

log = logging.getLogger(__name__)


class MainWindow(
    Panels,
    ScanPanel,
    Navigation,
    Background,
    Notes,
    Importing,
    Exporting,
    Timelines,
    Appearance,
    HelpPages,
    Vault,
    QMainWindow,
):
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
        self.live = follow(self)  # before anything is read: other processes' changes too
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

        self._build_centre()

        self.navigator = Navigator(core.archive.cases, self.tasks)
        self.navigator.all_notes.attach(core, self.tasks)
        self.navigator.remember_order(self.settings)
        self._start_notes()
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
        self.notes_panel.cite = self.citation
        self.notes_panel.linkActivated.connect(lambda link: self._link(QUrl(link)))
        self._lay_out()

        self._build_progress()
        self._actions()
        accessible.complete(self)  # names what Qt leaves nameless for a screen reader
        self.load()
        self._restore()
        QTimer.singleShot(0, self._start_background)  # after the window is up

    def screen_names(self):
        """File → Screen a list of names…: the screening view (app/gui/screening_view.py)."""
        from app.gui.screening_view import show_screening  # not needed at start-up

        return show_screening(self)

    # -- building -----------------------------------------------------------------------------

    def _actions(self) -> None:
        """The menu bar, from the table of actions (app/gui/action_table.py)."""
        from app.gui import action_table

        self.help_dialog: HelpDialog | None = None
        action_table.build(self)
        self.reader.context_actions = lambda menu, facts: action_table.context_actions(
            self, "reader", menu, facts
        )
        self.reader.paragraph_facts = self.scan_facts
        self.search.context_actions = lambda menu, facts: action_table.context_actions(
            self, "hits", menu, facts
        )
        self.search.model.modelReset.connect(self.refresh_actions)
        self.window_keys = WindowKeys(self)  # its shortcuts whatever has focus

    def refresh_actions(self) -> None:
        """Each action enabled (and shown) as its row in the table says, now."""
        from app.gui import action_table

        action_table.refresh(self)

    # Counted texts are here, in the class named MainWindow: pyside6-lupdate files a plural
    # (numerus) message only from self.tr() with the count, under the class's name.

    def lock_after_choices(self) -> list[tuple[float, str]]:
        """File → Lock after's choices (the table's Choices row)."""
        choices = [(0.0, self.tr("&Never"))]
        for minutes in (5, 10, 30, 60):
            choices.append((float(minutes), self.tr("%n minute(s) without input", "", minutes)))
        return choices

    def _exported(self, report) -> None:
        """File → Export notes wrote ``report.notes`` notes to ``report.path``."""
        said = self.tr("Exported %n note(s) to %1", "", report.notes)
        self.statusBar().showMessage(said.replace("%1", str(report.path)), 10000)

    def has_hits(self) -> bool:
        return self.search.model.rowCount() > 0

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
        self.live.stop(wait=0)
        self.navigator.all_notes.detach()  # scrolling a closed window reads nothing


class _ChangeRelay(QObject):
    """Carries the core's change notices (sent on the writer's thread) to the GUI thread."""

    changed = Signal(object)
