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
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.catalogue import LANGUAGES
from app.gui.wording import number
from index import export
from index.archive import Archive
from index.errors import KnownError
from index.export import ExportOptions
from index.export.labels import DEFAULT_TITLE, labels
from index.notes.model import Note

FORMATS = {"PDF": "pdf", "Markdown": "md", "W3C Web Annotation (JSON-LD)": "w3c"}
"""The formats by the names shown (names of formats, the same in every language)."""


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
    def __init__(
        self,
        notes: list[Note],
        archive: Archive,
        tags: list[str],
        parent=None,
        interface_language: str = "en",
        unencrypted: bool = False,
    ) -> None:
        """``interface_language``: the export's language until the user picks another;
        ``unencrypted``: the data folder is a vault, and the dialog says the file written
        is not protected by it."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export notes"))
        self.all_notes = notes
        self.archive = archive
        defaults = ExportOptions()
        self.title = QLineEdit(labels(interface_language)("title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.format = QComboBox()
        self.format.addItems(list(FORMATS))
        self.format.setAccessibleName(self.tr("Format"))
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("By document"), "document")
        self.group_by.addItem(self.tr("By tag"), "tag")
        self.group_by.setAccessibleName(self.tr("Group by"))
        self.group_by.setCurrentIndex(self.group_by.findData(defaults.group_by))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.setAccessibleName(self.tr("Language of the export"))
        self.language.setToolTip(
            self.tr("Headings and labels of the PDF and Markdown in this language")
        )
        self.include = self._tag_list(tags, self.tr("Only notes with these tags"))
        self.exclude = self._tag_list(tags, self.tr("Leave out notes with these tags"))
        self.document = QComboBox()
        self.document.addItem(self.tr("All documents"), None)
        # the documents notes are on (not every imported one: a list of thousands helps no one)
        with_notes = {n.doc_id for n in notes if n.doc_id}
        listed = [d for b in archive.builtin_bundles for d in b.documents]
        listed += [
            d
            for d in (archive.document(i) for i in sorted(with_notes))
            if d is not None and d not in listed
        ]
        for doc in sorted(listed, key=lambda d: archive.document_rank(d.id)):
            self.document.addItem(doc.title, doc.id)
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("e.g. 2026-05 (optional)"))
        self.since.setAccessibleName(self.tr("Created since"))
        self.private = QCheckBox(self.tr("Include private notes"))
        self.private.setChecked(defaults.include_private)
        self.timeline = QCheckBox(self.tr("Include the timeline (PDF)"))
        self.timeline.setToolTip(
            self.tr("The PDF ends with every dated event of the case records, in date order")
        )
        self.timeline.setChecked(defaults.include_timeline)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What will be included"))
        # What the file looks like; then which notes go in it, the two tag lists side by side
        # in boxes of their own (one keeps notes, the other leaves them out).
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Group by"), self.group_by)
        form.addRow("", self.timeline)
        self.format.currentTextChanged.connect(self._format_changed)
        self._format_changed()
        layout.addLayout(form)
        which = QGroupBox(self.tr("Which notes"))
        which_form = QFormLayout(which)
        which_form.addRow(self.tr("Document"), self.document)
        which_form.addRow(self.tr("Created since"), self.since)
        which_form.addRow("", self.private)
        tag_boxes = QHBoxLayout()
        self.include_box = self._tag_box(
            self.tr("Only with these tags"), self.tr("None ticked: every tag"), self.include
        )
        self.exclude_box = self._tag_box(
            self.tr("Leave out these tags"), self.tr("Ticked: left out"), self.exclude
        )
        tag_boxes.addWidget(self.include_box)
        tag_boxes.addWidget(self.exclude_box)
        which_form.addRow(tag_boxes)
        layout.addWidget(which)
        layout.addWidget(self.preview)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why nothing can be exported"))
        layout.addWidget(self.reason)
        self.unencrypted: QLabel | None = None
        if unencrypted:
            self.unencrypted = QLabel(
                self.tr("The file is written unencrypted: the passphrase does not protect it.")
            )
            self.unencrypted.setWordWrap(True)
            layout.addWidget(self.unencrypted)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (
            self.include.itemChanged,
            self.exclude.itemChanged,
            self.document.currentIndexChanged,
            self.since.textChanged,
            self.private.toggled,
        ):
            signal.connect(self.update_preview)
        self.update_preview()

    def _format_changed(self) -> None:
        """The timeline is a section of the PDF only."""
        self.timeline.setEnabled(FORMATS[self.format.currentText()] == "pdf")

    def _language_changed(self) -> None:
        """A title left as some language's default follows the export's language; a title
        the user typed stays."""
        defaults = {labels(code)("title") for code in LANGUAGES}
        if self.title.text().strip() in defaults:
            self.title.setText(labels(self.language.currentData())("title"))

    def _tag_box(self, title: str, hint: str, tag_list: QListWidget) -> QGroupBox:
        box = QGroupBox(title)
        inside = QVBoxLayout(box)
        note = QLabel(hint)
        note.setProperty("hint", True)
        note.setEnabled(False)  # drawn quieter than the tags
        inside.addWidget(note)
        inside.addWidget(tag_list)
        if not tag_list.count():
            tag_list.hide()
            note.setText(self.tr("No tags yet"))
        return box

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
            title=self.title.text().strip() or DEFAULT_TITLE,
            group_by=self.group_by.currentData(),
            tags=tuple(self._checked(self.include)),
            exclude_tags=tuple(self._checked(self.exclude)),
            document=self.document.currentData(),
            since=since,
            include_private=self.private.isChecked(),
            language=self.language.currentData(),
            include_timeline=self.timeline.isChecked() and self.timeline.isEnabled(),
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
        text = self.tr("%1 of %Ln note(s) will be exported", "", total).replace(
            "%1", number(len(notes))
        )
        if private_out:
            text += self.tr("; %Ln private note(s) left out", "", private_out)
        self.preview.setText(text)
        # Nothing to write: Export is off, and the dialog says why.
        if notes:
            reason = ""
        elif not total:
            reason = self.tr("Nothing to export: there are no notes yet.")
        else:
            reason = self.tr("Nothing to export: no note matches these choices.")
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.export_button.setEnabled(bool(notes))
        self.export_button.setToolTip(reason)

    def choice(self) -> ExportOptions:
        return self.options()
