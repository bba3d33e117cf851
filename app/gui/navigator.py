"""The navigator on the left: Contents (documents → sections, then My documents), Cases (a
sortable, filterable table), Tags with counts, and every Note (orphans flagged)."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.actions import call_plain
from app.gui.empty import EmptyListView, EmptyListWidget
from app.gui.models import ID_ROLE, CasesModel
from app.gui.notes_model import NotesListModel
from index.archive import Archive, CaseRecord
from index.notes.listing import SORTS, NoteFilter

FILTER_DELAY_MS = 250
"""The notes' text filter applies once typing pauses this long."""
ROWS_AT_ONCE = 1000
"""Rows of My documents added per turn of the event loop (a few tens of milliseconds)."""


class Navigator(QTabWidget):
    idChosen = Signal(str)
    """A document, section or case record to open."""
    tagChosen = Signal(str)
    noteChosen = Signal(object)

    def __init__(self, cases: list[CaseRecord], parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Navigator"))
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contents"))
        for signal in (self.contents.itemActivated, self.contents.itemClicked):
            signal.connect(self._content_chosen)
        self.contents.itemExpanded.connect(self._fill_sections)
        self._pending = None
        """(My documents, bundles not listed yet) while rows are being added."""
        self._unfilled: set[str] = set()
        """Imported documents listed whose sections are read when they are expanded."""
        self._archive: Archive | None = None
        """Document id → the imported document whose sections show once it is expanded."""
        self.addTab(self.contents, self.tr("Contents"))
        self.addTab(self._cases_tab(cases), self.tr("Cases"))
        self.tags = EmptyListWidget(
            self.tr(
                "No tags yet. Give a note tags in the notes panel (comma-separated); "
                "they appear here with their counts."
            )
        )
        self.tags.setAccessibleName(self.tr("Tags"))
        for signal in (self.tags.itemActivated, self.tags.itemClicked):
            signal.connect(lambda item: self.tagChosen.emit(item.data(ID_ROLE)))
        self.addTab(self.tags, self.tr("Tags"))
        self.addTab(self._notes_tab(), self.tr("Notes"))

    def _notes_tab(self) -> QWidget:
        """Every note (`NotesListModel`, read a page at a time), with a filter by text, tag,
        document and privacy, and a choice of order."""
        widget = QWidget()
        self.all_notes = NotesListModel(self)
        self.notes_filter = QLineEdit()
        self.notes_filter.setPlaceholderText(self.tr("Filter notes by their words…"))
        self.notes_filter.setAccessibleName(self.tr("Filter notes by text"))
        self.notes_filter.setClearButtonEnabled(True)
        self.notes_tag = QComboBox()
        self.notes_tag.setAccessibleName(self.tr("Filter notes by tag"))
        self.notes_tag.addItem(self.tr("Any tag"), None)
        self.notes_document = QComboBox()
        self.notes_document.setAccessibleName(self.tr("Filter notes by document"))
        self.notes_document.addItem(self.tr("Any document"), None)
        self.notes_document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.notes_document.setMinimumContentsLength(8)
        self.notes_tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.notes_tag.setMinimumContentsLength(6)
        self.notes_privacy = QComboBox()
        self.notes_privacy.setAccessibleName(self.tr("Private or public notes"))
        self.notes_privacy.addItem(self.tr("Private and public"), None)
        self.notes_privacy.addItem(self.tr("Private only"), True)
        self.notes_privacy.addItem(self.tr("Public only"), False)
        self.notes_sort = QComboBox()
        self.notes_sort.setAccessibleName(self.tr("Order of the notes"))
        orders = {
            "created": self.tr("Oldest first"),
            "created-desc": self.tr("Newest first"),
            "modified-desc": self.tr("Last changed first"),
            "position": self.tr("By document and place"),
            "first-line": self.tr("By first line"),
        }
        for sort in SORTS:
            self.notes_sort.addItem(orders[sort], sort)
        self.notes_count = QLabel()
        self.notes_list = EmptyListView(self._no_notes_text())
        self.notes_list.setWordWrap(True)
        self.notes_list.setAccessibleName(self.tr("All notes"))
        self.notes_list.setModel(self.all_notes)
        for signal in (self.notes_list.activated, self.notes_list.clicked):
            signal.connect(lambda index: self.noteChosen.emit(self.all_notes.note_at(index.row())))
        self.all_notes.counted.connect(self._notes_counted)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._filter_notes)
        self.notes_filter.textChanged.connect(call_plain(self._filter_timer.start))
        for combo in (self.notes_tag, self.notes_document, self.notes_privacy, self.notes_sort):
            combo.currentIndexChanged.connect(call_plain(self._filter_notes))
        choices = QGridLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.notes_tag, 0, 0)
        choices.addWidget(self.notes_document, 0, 1)
        choices.addWidget(self.notes_privacy, 1, 0)
        choices.addWidget(self.notes_sort, 1, 1)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.notes_filter)
        layout.addLayout(choices)
        layout.addWidget(self.notes_count)
        layout.addWidget(self.notes_list, 1)
        return widget

    def _no_notes_text(self) -> str:
        if self.all_notes.filter != NoteFilter():
            return self.tr("No note matches this filter.")
        return self.tr(
            "No notes yet. Select words in the reader and press Ctrl+Shift+N to write "
            "your first note."
        )

    def _filter_notes(self) -> None:
        """The filter and order chosen on the Notes tab, applied (the list is read again off
        the GUI thread)."""
        self._filter_timer.stop()
        flt = NoteFilter(
            text=self.notes_filter.text(),
            tag=self.notes_tag.currentData(),
            doc_id=self.notes_document.currentData(),
            private=self.notes_privacy.currentData(),
        )
        self.all_notes.set_query(flt, self.notes_sort.currentData())
        self.notes_list.set_empty_text(self._no_notes_text())

    def _notes_counted(self, count: int) -> None:
        self.notes_count.setText(self.tr("%n note(s)", "", count))

    def _cases_tab(self, cases: list[CaseRecord]) -> QWidget:
        widget = QWidget()
        self.cases_filter = QLineEdit()
        self.cases_filter.setPlaceholderText(self.tr("Filter cases by name, place, charge…"))
        self.cases_filter.setAccessibleName(self.tr("Filter cases"))
        self.cases_filter.setClearButtonEnabled(True)
        self.cases_model = CasesModel(cases, self)
        self.cases_proxy = CasesProxy(self)
        self.cases_proxy.setSourceModel(self.cases_model)
        self.cases_filter.textChanged.connect(self.cases_proxy.set_words)
        self.cases_table = QTableView()
        self.cases_table.setAccessibleName(self.tr("Cases"))
        self.cases_table.setModel(self.cases_proxy)
        self.cases_table.setSortingEnabled(True)
        self.cases_table.sortByColumn(CasesModel.DATE, Qt.SortOrder.AscendingOrder)
        self.cases_table.verticalHeader().hide()
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
        """Fill Contents (the bundled report first, then My documents) and the cases table.

        The bundled documents show their sections; an imported document's sections are
        filled when it is expanded, so thousands of documents cost one row each, and rows past
        the first `ROWS_AT_ONCE` are added a batch per turn of the event loop (the window
        never stalls on a long list)."""
        self.contents.clear()
        self._unfilled.clear()
        self._pending = None
        self._archive = archive
        builtin: list[QTreeWidgetItem] = []
        for bundle in archive.held:
            if not bundle.builtin:
                continue
            tip = self.provenance_tip(bundle, bundle.manifest.title)
            for doc in bundle.documents:
                top = self._row(doc, tip)
                self._add_sections(top, doc)
                builtin.append(top)
        self.contents.addTopLevelItems(builtin)
        for top in builtin:
            top.setExpanded(True)
        if archive.user_count():
            mine = QTreeWidgetItem([self.tr("My documents")])
            self.contents.addTopLevelItem(mine)
            mine.setExpanded(True)
            self._pending = (mine, archive, [0])
            self._add_rows(self._pending)
        self.cases_model.beginResetModel()
        self.cases_model.cases = archive.cases
        self.cases_model.endResetModel()

    def _row(self, doc, tip: str) -> QTreeWidgetItem:
        top = QTreeWidgetItem([doc.title])
        top.setData(0, ID_ROLE, doc.id)
        top.setToolTip(0, tip)
        return top

    def _add_rows(self, pending) -> None:
        """The next page of My documents, read from the store (no document is loaded: its
        sections are read when it is expanded); the rest on the next turn of the event loop."""
        if pending is not self._pending:
            return  # the archive was shown again meanwhile
        mine, archive, offset = pending
        held = [b for b in archive.held if not b.builtin]
        rows = []
        if offset[0] == 0:  # bundles held in memory (an archive loaded without a store)
            for bundle in held:
                tip = self.provenance_tip(bundle, bundle.manifest.title)
                for doc in bundle.documents:
                    rows.append(self._mine_row(doc.id, doc.title, tip, doc.sections))
        page = (
            archive.store.document_rows(offset[0], ROWS_AT_ONCE)
            if archive.store is not None
            else []
        )
        offset[0] += len(page)
        for row in page:
            tip = self.provenance_tip(row, row.manifest.title)
            rows.append(self._mine_row(row.id, row.title, tip, row.sections))
        mine.addChildren(rows)
        if len(page) == ROWS_AT_ONCE:
            QTimer.singleShot(0, lambda: self._add_rows(pending))
        else:
            self._pending = None

    def _mine_row(self, doc_id: str, title: str, tip: str, sections) -> QTreeWidgetItem:
        top = QTreeWidgetItem([title])
        top.setData(0, ID_ROLE, doc_id)
        top.setToolTip(0, tip)
        if sections is True or (
            sections and any(shown_section_of(title, sections, n) for n in range(len(sections)))
        ):
            top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self._unfilled.add(doc_id)
        return top

    @property
    def filling(self) -> bool:
        """Rows of My documents are still being added."""
        return self._pending is not None

    @staticmethod
    def _add_sections(top: QTreeWidgetItem, doc, builtin: bool = True) -> None:
        items = []
        for n, section in enumerate(doc.sections):
            if not builtin and not shown_section(doc, n):
                continue
            item = QTreeWidgetItem([section.title])
            # an imported document's section ids ("summary") may repeat across documents:
            # its first paragraph says which one
            first = section.paragraphs[0].id if section.paragraphs else None
            item.setData(0, ID_ROLE, section.id if builtin or not first else first)
            items.append(item)
        top.addChildren(items)

    def _fill_sections(self, top: QTreeWidgetItem) -> None:
        doc_id = top.data(0, ID_ROLE)
        archive = self._archive if doc_id in self._unfilled else None
        doc = archive.document(doc_id) if archive is not None else None
        self._unfilled.discard(doc_id)
        if doc is not None:
            top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator)
            self._add_sections(top, doc, builtin=False)

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

    def show_tag_counts(self, tag_counts: dict[str, dict[str, int]]) -> None:
        """The Tags tab and the notes' tag filter, updated in place: only the tags whose count
        changed are touched (the one selected stays selected)."""
        items = {
            self.tags.item(n).data(ID_ROLE): self.tags.item(n) for n in range(self.tags.count())
        }
        for tag in [t for t in items if t not in tag_counts]:
            self.tags.takeItem(self.tags.row(items.pop(tag)))
        for n, (tag, counts) in enumerate(tag_counts.items()):  # in the store's order
            text = f"{tag}  ({counts['notes'] + counts['targets']})"
            item = items.get(tag)
            if item is None:
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, tag)
                self.tags.insertItem(n, item)
            elif item.text() != text:
                item.setText(text)
        above: dict[str, str] = {}  # with the tags above them: "charges" finds "charges/x"
        for tag, counts in tag_counts.items():
            parts = tag.split("/") if counts["notes"] else []
            for n in range(1, len(parts) + 1):
                above.setdefault("/".join(parts[:n]).casefold(), "/".join(parts[:n]))
        names = sorted(above.values(), key=str.casefold)
        shown = [self.notes_tag.itemData(n) for n in range(1, self.notes_tag.count())]
        if names != shown:
            self._refill(self.notes_tag, [(name, name) for name in names])

    def show_note_documents(self, documents: list[tuple[str, str]]) -> None:
        """The documents the notes' document filter offers: (id, title) of those with notes."""
        shown = [
            (self.notes_document.itemData(n), self.notes_document.itemText(n))
            for n in range(1, self.notes_document.count())
        ]
        if documents != shown:
            self._refill(self.notes_document, [(title, ident) for ident, title in documents])

    def _refill(self, combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        """A filter's choices (after its first, "any"), the current one kept if still there
        (else back to "any", and the list is filtered again)."""
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(combo.count() - 1)
            for text, data in entries:
                combo.addItem(text, data)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
        finally:
            combo.blockSignals(False)
        if current is not None and found < 0:
            self._filter_notes()

    def focus_tab(self, n: int) -> None:
        self.setCurrentIndex(n)
        self.currentWidget().setFocus()


def shown_section(doc, n: int) -> bool:
    """An imported document's section worth a row of its own: not its title again, and not
    the untitled start the reader shows without a heading."""
    return shown_section_of(doc.title, doc.sections, n)


def shown_section_of(title: str, sections, n: int) -> bool:
    section = sections[n]
    if n == 0 and section.title == title:
        return False
    return section.id != "summary" or section.title != "Summary"


class CasesProxy(QSortFilterProxyModel):
    """The cases table's filter and order.

    The filter matches every word typed against the record's names and all their aliases,
    places, charges and titles, in any script: words are folded as the search index folds
    names, so "Жыланбаев" finds Zhylanbayev. The order is by date, then name, compared as
    the user's locale sorts words (case-insensitive, "parliament" not before "Abai")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[tuple[str, str]] = []
        self.collator = QCollator(QLocale())
        self.collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.collator.setNumericMode(True)
        self._haystacks: dict[str, tuple[str, set[str]]] = {}

    def set_words(self, text: str) -> None:
        from index.search.names import fold_name  # loads Whoosh: only once the user filters

        self.beginFilterChange()
        self.words = [(w.casefold(), fold_name(w)) for w in text.split() if w.strip()]
        self.endFilterChange()

    def _haystack(self, record: CaseRecord) -> tuple[str, set[str]]:
        cached = self._haystacks.get(record.id)
        if cached is None:
            from index.search.names import fold_name

            names = [record.title, record.people, record.place or "", record.authority or ""]
            names += [record.outcome or "", record.status, record.date]
            names += [a for s in record.subjects for a in (s.name, *s.aliases)]
            names += [c.charge for c in record.charges]
            plain = " ".join(names).casefold()
            folded = {fold_name(w) for w in plain.replace("-", " ").split()} - {""}
            cached = self._haystacks[record.id] = (plain, folded)
        return cached

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self.words:
            return True
        plain, folded = self._haystack(self.sourceModel().cases[row])
        return all(
            word in plain or (key and any(key in f for f in folded)) for word, key in self.words
        )

    def lessThan(self, left, right) -> bool:
        model = self.sourceModel()
        a, b = model.cases[left.row()], model.cases[right.row()]
        column = left.column()
        if column == CasesModel.DATE:  # unknown dates last
            first = self.collator.compare(a.date or "9999", b.date or "9999")
        else:
            first = self.collator.compare(str(model.data(left) or ""), str(model.data(right) or ""))
        if column == CasesModel.DATE and first == 0:
            first = self.collator.compare(a.people or a.title, b.people or b.title)
        elif column != CasesModel.DATE and first == 0:
            first = (a.date > b.date) - (a.date < b.date)
        return first < 0
