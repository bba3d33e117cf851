"""The notes panel: what cites the current paragraph, its notes, and an editor that saves as
you type (there is no "unsaved" state to lose).

Every change is submitted to the window's write pool (``submit``): the GUI thread never waits
for SQLite or the search index, even while the index is being rebuilt. What was typed stays on
screen; the status line says "Saving…" until the writer has it, then "Saved"."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.gui.elided_label import ElidedLabel
from app.gui.empty import EmptyListView
from app.gui.models import NotesModel
from app.gui.note_rows import NoteDelegate, swatch_icon
from app.gui.tasks import Task
from index.changes import AddNote, DeleteNote, RestoreNote, UpdateNote
from index.core import Core
from index.notes.model import COLORS, Note
from index.notes.service import new_note

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400
ROW_LINES = 3
"""Lines of a note's words a row of the panel shows (then an ellipsis; the editor has all)."""
Submit = Callable[..., Task]


class NotesPanel(QWidget):
    linkActivated = Signal(str)

    def __init__(self, core: Core, submit: Submit, parent=None) -> None:
        super().__init__(parent)
        self.core = core
        self.submit = submit
        """submit(name, change, on_done) → Task: run a change on the write pool."""
        self.target: str | None = None
        self.cite: Callable[[str], str | None] = lambda ident: core.archive.citation(ident)
        """How the target is cited (the window gives its Copy citation, in the chosen style)."""
        self.note: Note | None = None
        self.deleted: list[Note] = []

        self.title = QLabel(self.tr("Notes"))
        self.title.setProperty("heading", True)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of notes here"))
        self.heading = QLabel(self.tr("Select a paragraph or a case record"))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.linkActivated.connect(self.linkActivated)
        self.citation = ElidedLabel()
        """The target's citation: the source's own words (its language, not the window's); one
        line, the whole in its tooltip (Copy citation copies it)."""
        self.citation.hide()
        self.model = NotesModel(self, with_target=False)
        self.list = EmptyListView(
            self.tr("No notes here yet: select words, then Ctrl+Shift+N (or New note).")
        )
        self.list.setAccessibleName(self.tr("Notes for this paragraph"))
        self.list.setModel(self.model)
        rows = NoteDelegate(self.list, ROW_LINES)  # rows as tall as their words, by pixel
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self._keep_editor = False
        self._pending: dict[str, Note] = {}
        """Notes as typed whose saves are still queued: shown instead of the stored ones."""
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(self.tr("Write a note (Markdown). Saved as you type."))
        self.editor.setTabChangesFocus(True)  # Tab leaves the editor; no tab is ever typed
        self.editor.installEventFilter(self)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(
            self.tr("Tags, comma-separated (charges/extremism, follow-up)")
        )
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.private = QCheckBox(self.tr("🔒 Private"))
        self.private.setAccessibleName(self.tr("Private note"))
        self.private.setToolTip(self.tr("Private notes stay out of exports unless you ask"))
        self.color = QComboBox()
        names = {
            "yellow": self.tr("yellow"),
            "green": self.tr("green"),
            "blue": self.tr("blue"),
            "pink": self.tr("pink"),
            "orange": self.tr("orange"),
        }
        for color in COLORS:  # shown in the interface's language, stored by name
            self.color.addItem(swatch_icon(color), names.get(color, color), color)
        self.color.setAccessibleName(self.tr("Highlight colour"))
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setToolTip(self.tr("A note on the whole paragraph or case record"))
        self.new_button.clicked.connect(self.new_note)
        self.new_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        row = QHBoxLayout()
        for w in (self.private, self.color):
            row.addWidget(w)
        row.addStretch(1)
        buttons = QHBoxLayout()
        for w in (self.new_button, self.delete_button, self.undo_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        # Fits a 600-px screen; the list shows at least one note whole while one is edited.
        for widget, lowest in (
            (self.list, rows.tallest() + 2 * self.list.frameWidth()),
            (self.editor, 48),
        ):
            widget.setMinimumHeight(lowest)
        # The editor shows while a note is open in it; the list has the rest of the height
        # (and the user can move the line between them).
        self.editor_box = QWidget()
        box = QVBoxLayout(self.editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.editor, 1)
        box.addWidget(self.tags)
        box.addLayout(row)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.list)
        self.split.addWidget(self.editor_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.citation)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._touched)
        self.tags.editingFinished.connect(self.save)
        self.private.toggled.connect(self._touched)
        self.color.currentIndexChanged.connect(self._touched)
        self.delete_button.clicked.connect(self.delete)
        self.undo_button.clicked.connect(self.undo_delete)
        self._loading = False
        self.edit(None)

    # -- showing ------------------------------------------------------------------------------

    def show_target(self, target: str | None) -> None:
        self.save()
        self.target = target
        self.new_button.setEnabled(target is not None)
        archive = self.core.archive
        if target is None:
            self.heading.setText(self.tr("Select a paragraph or a case record"))
        elif archive.paragraph(target):
            citing = archive.cases_citing(target)
            links = ", ".join(f"<a href='case:{c.id}'>{html.escape(c.title)}</a>" for c in citing)
            self.heading.setText(
                f"<b>¶ {html.escape(target)}</b>"
                + (
                    "<br>" + self.tr("Case records citing it: %1").replace("%1", links)
                    if links
                    else ""
                )
            )
        else:
            self.heading.setText(
                "<b>" + self.tr("Case record %1").replace("%1", html.escape(target)) + "</b>"
            )
        self._show_citation(target)
        self.note = None if self.note and self.note.target_id != target else self.note
        self.refresh()

    def _show_citation(self, target: str | None) -> None:
        cited = self.cite(target) if target else None
        self.citation.setText(cited or "")
        self.citation.setVisible(bool(cited))

    def new_note(self) -> Task | None:
        """A note on the whole paragraph or case record; the editor opens on it once stored."""
        if self.target is None:
            return None
        note = new_note(self.core.archive, self.target, "")
        self.status.setText(self.tr("Adding a note…"))
        return self.submit(self.tr("Add note"), AddNote(note), self.show_new)

    def show_new(self, changed) -> None:
        """A note was added (here or by the window): list it and open it in the editor."""
        note = changed.result
        self.save()
        self.note = None
        if note.target_id != self.target:
            self.show_target(note.target_id)
        self.refresh()
        self.edit(note)
        self.editor.setFocus()

    def _current_changed(self, current, _previous) -> None:
        if not self._keep_editor:
            self.edit(self.model.notes[current.row()] if current.isValid() else None)

    def refresh(self) -> None:
        """Re-read this target's notes. The note being edited stays in the editor as typed
        (a save that lands while typing must not move the cursor or undo keystrokes). When
        the same notes are listed, only the rows that changed are redrawn."""
        notes = self.core.list_notes(target_id=self.target) if self.target else []
        notes = [self._pending.get(n.id, n) for n in notes]
        self._count(len(notes))
        if [n.id for n in notes] == [n.id for n in self.model.notes]:
            self.model.update_notes(notes)
        else:
            self.model.set_notes(notes)
        keep = self.note.id if self.note else None
        match = next((i for i, n in enumerate(notes) if n.id == keep), None)
        if match is not None:
            self._keep_editor = True
            try:
                self.list.setCurrentIndex(self.model.index(match))
            finally:
                self._keep_editor = False
        else:
            self.edit(None)  # a note opens for editing only when the user asks

    def _count(self, count: int) -> None:
        if self.target is None:
            self.count.setText("")
        elif self.core.archive.paragraph(self.target):
            self.count.setText(self.tr("%n note(s) on this paragraph", "", count))
        else:
            self.count.setText(self.tr("%n note(s) on this case record", "", count))

    def set_tag_names(self, names: list[str]) -> None:
        """The tags the tag field offers as you type (the window counts them off the GUI
        thread after a change)."""
        if names != self.completer_model.stringList():
            self.completer_model.setStringList(names)

    def edit(self, note: Note | None) -> None:
        self.save()
        if note is not None:
            note = self._pending.get(note.id, note)  # as typed, if its save has not landed
        self.note = note
        self._loading = True
        try:
            self.editor.setPlainText(note.body if note else "")
            self.tags.setText(", ".join(note.tags) if note else "")
            self.private.setChecked(bool(note and note.private))
            self.color.setCurrentIndex(
                max(0, self.color.findData(note.color if note else "yellow"))
            )
            for w in (self.editor, self.tags, self.private, self.color, self.delete_button):
                w.setEnabled(note is not None)
            self.editor_box.setVisible(note is not None)
            if note is not None:  # the list just got shorter: the note chosen stays in sight
                QTimer.singleShot(0, lambda: self.list.scrollTo(self.list.currentIndex()))
            if note and note.orphan:
                self.status.setText(self.tr("⚠ Orphaned: %1").replace("%1", note.orphan_reason))
            elif note and note.exact:
                self.status.setText(self.tr("On: “%1”").replace("%1", note.exact[:80]))
            else:
                self.status.setText("")
        finally:
            self._loading = False

    def eventFilter(self, watched, event) -> bool:
        """Tab, Shift+Tab and Ctrl+Tab in the editor move focus; none types a tab."""
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(not back)
            return True
        return super().eventFilter(watched, event)

    # -- saving -------------------------------------------------------------------------------

    def _touched(self, *_args) -> None:
        if not self._loading and self.note is not None:
            self.timer.start()

    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def save(self) -> Task | None:
        """Submit the editor's state to the writer now (also called on every switch and on
        close). Returns the task, or None when nothing changed."""
        self.timer.stop()
        note = self.note
        if note is None or self._loading:
            return None
        body, tags = self.editor.toPlainText().replace("\t", "    "), self.tag_list()
        private, color = self.private.isChecked(), self.color.currentData()
        if (body, tags, private, color) == (note.body, note.tags, note.private, note.color):
            return None
        self.note = replace(note, body=body, tags=tags, private=private, color=color)
        self.status.setText(self.tr("Saving…"))
        change = UpdateNote(
            note.id, {"body": body, "tags": tags, "private": int(private), "color": color}
        )
        edited = self._pending[note.id] = self.note
        task = self.submit(self.tr("Save note"), change, self._saved, cancellable=False)
        task.failed.connect(
            lambda message: self.status.setText(self.tr("Not saved: %1").replace("%1", message))
        )
        task.done.connect(
            lambda: self._pending.pop(note.id) if self._pending.get(note.id) is edited else None
        )
        return task

    def _saved(self, changed) -> None:
        stored = changed.result
        if self.note is not None and self.note.id == stored.id:
            self.note.modified = stored.modified  # the rest is what the editor shows
            self.status.setText(self.tr("Saved"))

    def delete(self) -> Task | None:
        if self.note is None:
            return None
        self.timer.stop()
        note, self.note = self.note, None
        return self.submit(
            self.tr("Delete note"), DeleteNote(note.id), self._deleted, cancellable=False
        )

    def _deleted(self, changed) -> None:
        self.deleted.append(changed.result)
        self.undo_button.setEnabled(True)
        self.refresh()
        self.status.setText(self.tr("Note deleted — Undo delete brings it back"))

    def undo_delete(self) -> Task | None:
        if not self.deleted:
            return None
        note = self.deleted.pop()
        self.undo_button.setEnabled(bool(self.deleted))
        return self.submit(self.tr("Restore note"), RestoreNote(note), lambda _c: self.refresh())
