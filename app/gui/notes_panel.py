"""The notes panel: what cites the current paragraph, its notes, and an editor that saves as
you type (there is no "unsaved" state to lose)."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.models import NotesModel
from index.core import Core
from index.notes.model import COLORS, Note
from index.notes.service import new_note

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400


class NotesPanel(QWidget):
    changed = Signal()
    """Notes were added, edited or deleted: highlights and lists need a refresh."""
    linkActivated = Signal(str)

    def __init__(self, core: Core, parent=None) -> None:
        super().__init__(parent)
        self.core = core
        self.target: str | None = None
        self.note: Note | None = None
        self.deleted: list[Note] = []

        self.heading = QLabel("Select a paragraph or a case record")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.linkActivated.connect(self.linkActivated)
        self.model = NotesModel(self)
        self.list = QListView()
        self.list.setAccessibleName("Notes for this paragraph")
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.edit(self.model.notes[cur.row()] if cur.isValid() else None)
        )
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Note text")
        self.editor.setPlaceholderText("Write a note (Markdown). Saved as you type.")
        self.tags = QLineEdit()
        self.tags.setAccessibleName("Tags")
        self.tags.setPlaceholderText("Tags, comma-separated (charges/extremism, follow-up)")
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.private = QCheckBox("Private")
        self.private.setAccessibleName("Private note")
        self.color = QComboBox()
        self.color.addItems(COLORS)
        self.color.setAccessibleName("Highlight colour")
        self.new_button = QPushButton("New note")
        self.new_button.setToolTip("A note on the whole paragraph or case record")
        self.new_button.clicked.connect(self.new_note)
        self.new_button.setEnabled(False)
        self.delete_button = QPushButton("Delete")
        self.undo_button = QPushButton("Undo delete")
        self.undo_button.setEnabled(False)
        self.status = QLabel()

        row = QHBoxLayout()
        for w in (self.new_button, self.private, self.color, self.delete_button, self.undo_button):
            row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor, 2)
        layout.addWidget(self.tags)
        layout.addLayout(row)
        layout.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._touched)
        self.tags.editingFinished.connect(self.save)
        self.private.toggled.connect(self._touched)
        self.color.currentTextChanged.connect(self._touched)
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
            self.heading.setText("Select a paragraph or a case record")
        elif archive.paragraph(target):
            citing = archive.cases_citing(target)
            links = ", ".join(f"<a href='case:{c.id}'>{html.escape(c.title)}</a>" for c in citing)
            self.heading.setText(
                f"<b>¶ {html.escape(target)}</b>"
                + (f"<br>Case records citing it: {links}" if links else "")
            )
        else:
            self.heading.setText(f"<b>Case record {html.escape(target)}</b>")
        self.refresh()

    def new_note(self) -> Note | None:
        if self.target is None:
            return None
        note = self.core.add_note(new_note(self.core.archive, self.target, ""))
        self.note = None
        self.edit(note)
        self.refresh()
        self.editor.setFocus()
        self.changed.emit()
        return note

    def refresh(self) -> None:
        notes = self.core.notes.notes(target_id=self.target) if self.target else []
        self.model.set_notes(notes)
        self.completer_model.setStringList(sorted(self.core.notes.tag_counts()))
        keep = self.note.id if self.note else None
        match = next((i for i, n in enumerate(notes) if n.id == keep), None)
        if match is not None:
            self.list.setCurrentIndex(self.model.index(match))
        else:
            self.edit(notes[0] if notes else None)

    def edit(self, note: Note | None) -> None:
        self.save()
        self.note = note
        self._loading = True
        try:
            self.editor.setPlainText(note.body if note else "")
            self.tags.setText(", ".join(note.tags) if note else "")
            self.private.setChecked(bool(note and note.private))
            self.color.setCurrentText(note.color if note else "yellow")
            for w in (self.editor, self.tags, self.private, self.color, self.delete_button):
                w.setEnabled(note is not None)
            if note and note.orphan:
                self.status.setText(f"⚠ Orphaned: {note.orphan_reason}")
            elif note and note.exact:
                self.status.setText(f"On: “{note.exact[:80]}”")
            else:
                self.status.setText("")
        finally:
            self._loading = False

    # -- saving -------------------------------------------------------------------------------

    def _touched(self, *_args) -> None:
        if not self._loading and self.note is not None:
            self.timer.start()

    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def save(self) -> None:
        """Write the editor's state to the store now (also called on every switch and close)."""
        self.timer.stop()
        note = self.note
        if note is None or self._loading:
            return
        body, tags = self.editor.toPlainText(), self.tag_list()
        private, color = self.private.isChecked(), self.color.currentText()
        if (body, tags, private, color) == (note.body, note.tags, note.private, note.color):
            return
        try:
            self.note = self.core.update_note(
                note.id, body=body, tags=tags, private=int(private), color=color
            )
        except Exception as exc:  # keep what was typed on screen; say why it was not saved
            log.exception("saving note %s failed", note.id)
            self.status.setText(f"Not saved: {exc}")
            return
        self.status.setText("Saved")
        self.changed.emit()

    def delete(self) -> None:
        if self.note is None:
            return
        self.timer.stop()
        removed = self.core.delete_note(self.note.id)
        self.deleted.append(removed)
        self.undo_button.setEnabled(True)
        self.note = None
        self.refresh()
        self.status.setText("Note deleted — Undo delete brings it back")
        self.changed.emit()

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        note = self.deleted.pop()
        self.core.notes.restore(note)
        self.core.reindex_notes()
        self.undo_button.setEnabled(bool(self.deleted))
        self.note = None
        self.refresh()
        self.changed.emit()
