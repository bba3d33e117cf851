"""Long work off the GUI thread with progress and Cancel, changes through the one writer, and
what the window does when the core says something changed.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton

from index.changes import Change, Changed

if TYPE_CHECKING:
    from app.gui.tasks import Task


class Background:
    def _build_progress(self) -> None:
        """The status bar's progress bar and Cancel button for long work."""
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(QCoreApplication.translate("MainWindow", "Cancel"))
        self.cancel_button.hide()
        self.running: set[Task] = set()
        self.cancel_button.clicked.connect(lambda: [t.cancel() for t in list(self.running)])
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

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
            lambda: self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "%1 cancelled").replace("%1", name), 5000
            )
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
        self.timeline_changed(changed)

    def _start_background(self) -> None:
        """Load the user's bundles, then bring the search index up to date: both on the
        write pool, in that order (the sync reads everything). Not for a window closed (or
        replaced by View → Language) before it came up."""
        if getattr(self, "wound_down", False):
            return
        if self.core.loading:
            core = self.core
            self.run_with_progress(
                QCoreApplication.translate("MainWindow", "Opening your documents"),
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

        return self.run_with_progress(
            QCoreApplication.translate("MainWindow", "Indexing"), work, done, writes=True
        )
