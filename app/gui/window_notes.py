"""Notes in the window: highlights in the reader, tag counts, adding a note or a highlight,
citations.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from app.gui import settings as S
from app.gui.notes_model import MANY as MANY_NOTES
from index.archive.citation import DEFAULT_STYLE, STYLES
from index.changes import AddNote, Changed
from index.notes.service import new_note

if TYPE_CHECKING:
    from app.gui.tasks import Task


class Notes:
    def _start_notes(self) -> None:
        self._highlights: dict[str, tuple] = {}
        """Note id → (paragraph, start, end, colour) of every passage highlighted."""
        self._highlights_generation = 0
        self._highlights_missed: set[str] | None = None
        """Notes changed while every highlight is being read (None when not reading)."""
        self._counting: Task | None = None
        self._count_again = False
        self._note_documents: tuple = (None, set())
        """(archive, ids) of the documents with notes the document filter lists."""

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
        task = self.tasks.run(
            QCoreApplication.translate("MainWindow", "Highlight notes"),
            lambda _ctx: core.note_highlights(),
        )
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

        task = self._counting = self.tasks.run(
            QCoreApplication.translate("MainWindow", "Count tags"), work
        )
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
                QCoreApplication.translate(
                    "MainWindow",
                    "Select words within one paragraph first: with the mouse, or Shift+arrow "
                    "keys in the reader (caret browsing, F7)",
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

        return self.submit(
            QCoreApplication.translate("MainWindow", "Add note"), AddNote(note), stored
        )

    def highlight(self):
        return self.add_note(highlight_only=True)

    def copy_citation(self) -> None:
        """Edit → Copy citation: of the paragraph selected or being read (or the case shown)."""
        self.copy_citation_of(self.location())

    def copy_citation_of(self, ident: str | None) -> None:
        text = self.citation(ident) if ident else None
        if not text:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Nothing to cite here"), 4000
            )
            return
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Copied: %1").replace("%1", text), 6000
        )

    def citation(self, ident: str) -> str | None:
        return self.core.archive.citation(ident, self.citation_style_chosen())

    def citation_style_choices(self) -> list[tuple[str, str]]:
        """Edit → Citation style: the styles of `index.archive.citation.STYLES`."""
        labels = {
            "short": QCoreApplication.translate("MainWindow", "&Short (publisher, title, ¶)"),
            "oscola": QCoreApplication.translate("MainWindow", "&OSCOLA-like"),
            "chicago": QCoreApplication.translate("MainWindow", "&Chicago-like"),
        }
        return [(style, labels[style]) for style in STYLES]

    def citation_style_chosen(self) -> str:
        chosen = self.settings.get(S.CITATION_STYLE)
        return chosen if chosen in STYLES else DEFAULT_STYLE

    def set_citation_style(self, style: str) -> None:
        """Remembered: Copy citation, the notes panel and exports cite in ``style``."""
        self.settings.set(S.CITATION_STYLE, style)
        action = getattr(self, "citation_style_actions", {}).get(style)
        if action is not None:
            action.setChecked(True)
        self.notes_panel.show_target(self.notes_panel.target)
