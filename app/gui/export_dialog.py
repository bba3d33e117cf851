"""File → Export notes…: choose what goes out (tags, document, dates, private notes) and the
format, with a live count of what will be included."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
)

from index.archive import Archive
from index.fileio import write_atomic
from index.notes.markdown_export import export_markdown, select
from index.notes.model import Note
from index.notes.w3c import export_w3c

FORMATS = {"PDF": "pdf", "Markdown": "md", "W3C Web Annotation (JSON-LD)": "w3c"}
SUFFIX = {"pdf": ".pdf", "md": ".md", "w3c": ".jsonld"}


@dataclass
class ExportChoice:
    format: str
    title: str
    group_by: str
    notes: list[Note]


def write_export(choice: ExportChoice, archive: Archive, path: Path, progress=None) -> Path:
    """Write the chosen notes in the chosen format (runs off the GUI thread)."""
    if choice.format == "pdf":
        from app.pdf.compose import Options
        from app.pdf.render import render_pdf

        render_pdf(choice.notes, archive, path, Options(choice.title, choice.group_by), progress)
    elif choice.format == "md":
        write_atomic(path, export_markdown(choice.notes, archive, choice.title).encode("utf-8"))
    else:
        data = json.dumps(export_w3c(choice.notes, archive), ensure_ascii=False, indent=2)
        write_atomic(path, (data + "\n").encode("utf-8"))
    return path


class ExportDialog(QDialog):
    def __init__(self, notes: list[Note], archive: Archive, tags: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export notes")
        self.all_notes = notes
        self.title = QLineEdit("Muragat notes")
        self.title.setAccessibleName("Title")
        self.format = QComboBox()
        self.format.addItems(list(FORMATS))
        self.format.setAccessibleName("Format")
        self.group_by = QComboBox()
        self.group_by.addItems(["document", "tag"])
        self.include = self._tag_list(tags, "Only notes with these tags (none ticked: all)")
        self.exclude = self._tag_list(tags, "Leave out notes with these tags")
        self.document = QComboBox()
        self.document.addItem("All documents", None)
        for doc in archive.documents:
            self.document.addItem(doc.title, doc.id)
        self.since = QLineEdit()
        self.since.setPlaceholderText("e.g. 2026-05 (optional)")
        self.since.setAccessibleName("Created since")
        self.private = QCheckBox("Include private notes")
        self.private.setChecked(False)
        self.preview = QLabel()
        self.preview.setAccessibleName("What will be included")
        form = QFormLayout(self)
        form.addRow("Title", self.title)
        form.addRow("Format", self.format)
        form.addRow("Group by", self.group_by)
        form.addRow("Tags", self.include)
        form.addRow("Leave out", self.exclude)
        form.addRow("Document", self.document)
        form.addRow("Created since", self.since)
        form.addRow("", self.private)
        form.addRow("", self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for signal in (
            self.include.itemChanged,
            self.exclude.itemChanged,
            self.document.currentIndexChanged,
            self.since.textChanged,
            self.private.toggled,
        ):
            signal.connect(self.update_preview)
        self.update_preview()

    def _tag_list(self, tags: list[str], name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setMaximumHeight(90)
        for tag in tags:
            item = QListWidgetItem(tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).text()
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def selected(self) -> list[Note]:
        return select(
            self.all_notes,
            self._checked(self.include),
            private=self.private.isChecked(),
            exclude_tags=self._checked(self.exclude),
            document=self.document.currentData(),
            since=self.since.text().strip() or None,
        )

    def update_preview(self) -> None:
        notes = self.selected()
        private_out = 0 if self.private.isChecked() else sum(n.private for n in self.all_notes)
        self.preview.setText(
            f"{len(notes)} of {len(self.all_notes)} note(s) will be exported"
            + (f"; {private_out} private note(s) left out" if private_out else "")
        )

    def choice(self) -> ExportChoice:
        return ExportChoice(
            FORMATS[self.format.currentText()],
            self.title.text().strip() or "Muragat notes",
            self.group_by.currentText(),
            self.selected(),
        )
