"""File → Export notes…: choose what goes out (tags, document, dates, private notes) and the
format, with a live count of what will be included."""

from __future__ import annotations

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

from app.gui.wording import plural
from index import export
from index.archive import Archive
from index.errors import KnownError
from index.export import ExportOptions
from index.notes.model import Note

FORMATS = {"PDF": "pdf", "Markdown": "md", "W3C Web Annotation (JSON-LD)": "w3c"}


def write_export(
    options: ExportOptions,
    archive: Archive,
    notes: list[Note],
    path: Path,
    progress=None,
    target_tags: dict[str, list[str]] | None = None,
):
    """The export (`index.export.write_export`) with Qt's PDF renderer; runs off the GUI
    thread. ``target_tags`` (tags on paragraphs and case records) go into JSON-LD."""
    from app.pdf.render import pdf_bytes

    return export.write_export(
        archive, notes, options, path, pdf=pdf_bytes, progress=progress, target_tags=target_tags
    )


class ExportDialog(QDialog):
    def __init__(self, notes: list[Note], archive: Archive, tags: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export notes")
        self.all_notes = notes
        self.archive = archive
        defaults = ExportOptions()
        self.title = QLineEdit(defaults.title)
        self.title.setAccessibleName("Title")
        self.format = QComboBox()
        self.format.addItems(list(FORMATS))
        self.format.setAccessibleName("Format")
        self.group_by = QComboBox()
        self.group_by.addItems(["document", "tag"])
        self.group_by.setCurrentText(defaults.group_by)
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
        self.private.setChecked(defaults.include_private)
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

    def options(self) -> ExportOptions:
        since = self.since.text().strip() or None
        return ExportOptions(
            format=FORMATS[self.format.currentText()],
            title=self.title.text().strip() or ExportOptions.title,
            group_by=self.group_by.currentText(),
            tags=tuple(self._checked(self.include)),
            exclude_tags=tuple(self._checked(self.exclude)),
            document=self.document.currentData(),
            since=since,
            include_private=self.private.isChecked(),
        )

    def selected(self) -> list[Note]:
        """What the export will include (the same selection the export itself makes)."""
        try:
            return export.select(self.all_notes, self.options(), self.archive)
        except KnownError:  # a half-typed date: nothing until it is a date
            return []

    def update_preview(self) -> None:
        notes = self.selected()
        private_out = 0 if self.private.isChecked() else sum(n.private for n in self.all_notes)
        total = len(self.all_notes)
        text = plural(
            total,
            self.tr("%2 of %1 note will be exported"),
            self.tr("%2 of %1 notes will be exported"),
        ).replace("%2", str(len(notes)))
        if private_out:
            text += plural(
                private_out,
                self.tr("; %1 private note left out"),
                self.tr("; %1 private notes left out"),
            )
        self.preview.setText(text)

    def choice(self) -> ExportOptions:
        return self.options()
