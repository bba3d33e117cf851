"""The navigator on the left: Contents (documents → sections, then My documents), Cases (a
sortable, filterable table), Tags with counts, and every Note (orphans flagged)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.models import ID_ROLE, CasesModel, NotesModel
from index.archive import Archive, CaseRecord
from index.notes.model import Note


class Navigator(QTabWidget):
    idChosen = Signal(str)
    """A document, section or case record to open."""
    tagChosen = Signal(str)
    noteChosen = Signal(object)

    def __init__(self, cases: list[CaseRecord], parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Navigator")
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName("Contents")
        for signal in (self.contents.itemActivated, self.contents.itemClicked):
            signal.connect(self._content_chosen)
        self.addTab(self.contents, "Contents")
        self.addTab(self._cases_tab(cases), "Cases")
        self.tags = QListWidget()
        self.tags.setAccessibleName("Tags")
        for signal in (self.tags.itemActivated, self.tags.itemClicked):
            signal.connect(lambda item: self.tagChosen.emit(item.data(ID_ROLE)))
        self.addTab(self.tags, "Tags")
        self.all_notes = NotesModel(self)
        self.notes_list = QListView()
        self.notes_list.setAccessibleName("All notes")
        self.notes_list.setModel(self.all_notes)
        for signal in (self.notes_list.activated, self.notes_list.clicked):
            signal.connect(lambda index: self.noteChosen.emit(self.all_notes.notes[index.row()]))
        self.addTab(self.notes_list, "Notes")

    def _cases_tab(self, cases: list[CaseRecord]) -> QWidget:
        widget = QWidget()
        self.cases_filter = QLineEdit()
        self.cases_filter.setPlaceholderText("Filter cases…")
        self.cases_filter.setAccessibleName("Filter cases")
        self.cases_model = CasesModel(cases, self)
        self.cases_proxy = QSortFilterProxyModel(self)
        self.cases_proxy.setSourceModel(self.cases_model)
        self.cases_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.cases_proxy.setFilterKeyColumn(-1)
        self.cases_filter.textChanged.connect(self.cases_proxy.setFilterFixedString)
        self.cases_table = QTableView()
        self.cases_table.setAccessibleName("Cases")
        self.cases_table.setModel(self.cases_proxy)
        self.cases_table.setSortingEnabled(True)
        self.cases_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.cases_table.horizontalHeader().setStretchLastSection(True)
        for signal in (self.cases_table.activated, self.cases_table.clicked):
            signal.connect(lambda index: self.idChosen.emit(self.cases_proxy.data(index, ID_ROLE)))
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cases_filter)
        layout.addWidget(self.cases_table)
        return widget

    def _content_chosen(self, item: QTreeWidgetItem) -> None:
        ident = item.data(0, ID_ROLE)
        if ident:
            self.idChosen.emit(ident)

    def show_archive(self, archive: Archive) -> None:
        """Fill Contents (the bundled report first, then My documents) and the cases table."""
        self.contents.clear()
        mine = None
        for bundle in archive.bundles:
            parent = None
            if not bundle.builtin:
                if mine is None:
                    mine = QTreeWidgetItem(["My documents"])
                    self.contents.addTopLevelItem(mine)
                parent = mine
            for doc in bundle.documents:
                top = QTreeWidgetItem([doc.title])
                top.setData(0, ID_ROLE, doc.id)
                top.setToolTip(0, self.provenance_tip(bundle, doc.title))
                for section in doc.sections:
                    item = QTreeWidgetItem([section.title])
                    item.setData(0, ID_ROLE, section.id)
                    top.addChild(item)
                if parent is None:
                    self.contents.addTopLevelItem(top)
                else:
                    parent.addChild(top)
        self.contents.expandAll()
        self.cases_model.beginResetModel()
        self.cases_model.cases = archive.cases
        self.cases_model.endResetModel()

    def provenance_tip(self, bundle, title: str) -> str:
        """Where a document comes from, in one tooltip: yours, or publisher and signer."""
        p = bundle.provenance
        if p is not None and p.status == "yours":
            original = bundle.manifest.imported.get("original_name", title)
            return self.tr("%1\nYours: imported by you, not signed").replace("%1", original)
        tip = f"{bundle.manifest.publisher} — {bundle.manifest.edition}"
        if p is not None and p.key is not None:
            tip += "\n" + self.tr("Signed by %1, verified %2").replace("%1", p.key.name).replace(
                "%2", p.verified_at
            )
        return tip

    def show_notes(self, notes: list[Note], tag_counts: dict[str, dict[str, int]]) -> None:
        self.all_notes.set_notes(notes)
        self.tags.clear()
        for tag, counts in tag_counts.items():
            item = QListWidgetItem(f"{tag}  ({counts['notes'] + counts['targets']})")
            item.setData(ID_ROLE, tag)
            self.tags.addItem(item)

    def focus_tab(self, n: int) -> None:
        self.setCurrentIndex(n)
        self.currentWidget().setFocus()
