"""The navigator on the left: Contents (documents → sections, then My documents), Cases (a
sortable, filterable table), Tags with counts, and every Note (orphans flagged)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCollator, QEvent, QLocale, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.gui.actions import call_plain
from app.gui.contents_model import PAGE, ContentsModel, run_here, shown_section
from app.gui.empty import EmptyListView, EmptyListWidget
from app.gui.models import ID_ROLE, CasesModel
from app.gui.note_rows import NoteDelegate
from app.gui.notes_model import NotesListModel
from index.archive import Archive, CaseRecord
from index.archive.citation import signer_name
from index.notes.listing import SORTS, NoteFilter

log = logging.getLogger(__name__)

__all__ = ["CasesProxy", "Navigator", "shown_section"]

FILTER_DELAY_MS = 250
"""The notes' text filter applies once typing pauses this long."""
TITLE_FILTER_DELAY_MS = 150
NOTE_LINES = 1
"""Lines of a note's words each row of the Notes tab shows (then an ellipsis)."""
"""Typing pauses this long before My documents is listed again by the title typed."""


class Navigator(QTabWidget):
    idChosen = Signal(str)
    """A document, section or case record to open."""
    tagChosen = Signal(str)
    noteChosen = Signal(object)

    def __init__(self, cases: list[CaseRecord], tasks=None, parent=None) -> None:
        """``tasks``: the window's `TaskRunner`, which reads pages of My documents off the
        GUI thread (without one they are read at once)."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Navigator"))
        self._tasks = tasks
        self.contents_model = ContentsModel(
            self.provenance_tip,
            {
                "mine": self.tr("My documents"),
                "none": self.tr("No title of yours holds “%1”"),
            },
            self._run_page if tasks is not None else run_here,
            self,
        )
        self.addTab(self._contents_tab(), self.tr("Contents"))
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
        self.currentChanged.connect(lambda _n: self._fetch_timer.start())  # Contents shown again
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        """All four tabs always in view, however long their names in a language: no scroll
        arrows hiding the last one; a name too long for its share is shortened with an
        ellipsis, and the tab's tooltip says it whole, with its shortcut (Go menu)."""
        bar = self.tabBar()
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        bar.setExpanding(True)
        for n in range(self.count()):
            self.setTabToolTip(n, f"{self.tabText(n)} (Ctrl+{n + 2})")

    def _notes_tab(self) -> QWidget:
        """Every note (`NotesListModel`, read a page at a time), with a filter by text, tag,
        document and privacy, and a choice of order."""
        widget = QWidget()
        self.all_notes = NotesListModel(self)
        self.notes_filter = QLineEdit()
        self.notes_filter.setPlaceholderText(self.tr("Filter notes by their words…"))
        self.notes_filter.setAccessibleName(self.tr("Filter notes by text"))
        self.notes_filter.setClearButtonEnabled(True)
        self.notes_filter.installEventFilter(self)  # Down: into the list
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
            "created-desc": self.tr("Newest first"),
            "created": self.tr("Oldest first"),
            "modified-desc": self.tr("Last changed first"),
            "position": self.tr("By document and place"),
            "first-line": self.tr("By first line"),
        }
        for sort in SORTS:
            self.notes_sort.addItem(orders[sort], sort)
        self.notes_sort.setCurrentIndex(self.notes_sort.findData(self.all_notes.sort))
        self.notes_count = QLabel()
        self.notes_list = EmptyListView(self._no_notes_text())
        self.notes_list.setAccessibleName(self.tr("All notes"))
        self.notes_list.setModel(self.all_notes)
        NoteDelegate(self.notes_list, NOTE_LINES)  # a rule between notes, first lines cut at a word
        self.notes_list.setUniformItemSizes(self.all_notes.sort != "position")  # (_filter_notes)
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

    def remember_order(self, settings) -> None:
        """The order of the Notes tab as the user last chose it (`app.gui.settings`), kept
        whenever it is chosen again."""
        from app.gui import settings as S

        found = self.notes_sort.findData(settings.get(S.NOTES_SORT))
        if found >= 0:
            self.notes_sort.setCurrentIndex(found)
        self.notes_sort.currentIndexChanged.connect(
            call_plain(lambda: settings.set(S.NOTES_SORT, self.notes_sort.currentData()))
        )

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
        sort = self.notes_sort.currentData()
        self.notes_list.setUniformItemSizes(sort != "position")  # headings only in that order
        self.all_notes.set_query(flt, sort)
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
        self.cases_filter.installEventFilter(self)  # Down: into the table
        self.cases_table = QTableView()
        self.cases_table.setAccessibleName(self.tr("Cases"))
        self.cases_table.setModel(self.cases_proxy)
        self.cases_table.setSortingEnabled(True)
        self.cases_table.sortByColumn(CasesModel.DATE, Qt.SortOrder.AscendingOrder)
        self.cases_table.verticalHeader().hide()
        self.cases_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        from app.gui.cases_table import ColumnFitter

        self.cases_columns = ColumnFitter(self.cases_table)  # sized to what they hold
        for signal in (self.cases_table.activated, self.cases_table.clicked):
            signal.connect(lambda index: self.idChosen.emit(self.cases_proxy.data(index, ID_ROLE)))
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cases_filter)
        layout.addWidget(self.cases_table)
        return widget

    def _contents_tab(self) -> QWidget:
        widget = QWidget()
        self.contents_filter = QLineEdit()
        self.contents_filter.setPlaceholderText(self.tr("Filter my documents by title…"))
        self.contents_filter.setAccessibleName(self.tr("Filter my documents"))
        self.contents_filter.setClearButtonEnabled(True)
        self.contents_filter.hide()  # shown once there are documents of the user's
        self._title_timer = QTimer(self)
        self._title_timer.setSingleShot(True)
        self._title_timer.setInterval(TITLE_FILTER_DELAY_MS)
        self._title_timer.timeout.connect(self._apply_filter)
        self.contents_filter.textChanged.connect(lambda _text: self._title_timer.start())
        self.contents_filter.returnPressed.connect(self._to_first_match)
        self.contents_filter.installEventFilter(self)
        self.contents = QTreeView()
        self.contents.setHeaderHidden(True)
        self.contents.setUniformRowHeights(True)  # 10,000 rows laid out without measuring each
        self.contents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setModel(self.contents_model)
        for signal in (self.contents.activated, self.contents.clicked):
            signal.connect(self._content_chosen)
        self.contents_model.pageArrived.connect(self._page_arrived)
        self._fetch_timer = QTimer(self)  # once the tree is laid out again
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_if_near)
        bar = self.contents.verticalScrollBar()
        for signal in (bar.valueChanged, bar.rangeChanged, self.contents.expanded):
            signal.connect(lambda *_: self._fetch_timer.start())
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contents_filter)
        layout.addWidget(self.contents)
        widget.setFocusProxy(self.contents)
        self.contents.installEventFilter(self)  # shown or resized: rows may be wanted
        return widget

    def _run_page(self, work, deliver, failed) -> None:
        """Read a page of My documents on a reading thread; its rows come in when it is read."""
        task = self._tasks.run(self.tr("Contents"), lambda _ctx: work())
        task.succeeded.connect(deliver)
        task.failed.connect(lambda message: (log.warning("contents: %s", message), failed()))

    def _content_chosen(self, index) -> None:
        ident = index.data(ID_ROLE)
        if ident:
            self.idChosen.emit(ident)

    def show_archive(self, archive: Archive) -> None:
        """Fill Contents (the bundled report first, then My documents) and the cases table.

        The bundled documents show their sections; My documents is read a page at a time as
        the view scrolls to it, and an imported document's sections when it is expanded
        (`ContentsModel`): thousands of documents cost what is shown."""
        model = self.contents_model
        self._title_timer.stop()
        model.text = self.contents_filter.text().strip()  # a filter typed stays
        model.set_archive(archive)
        for row in range(model.rowCount()):  # the report's sections, and My documents
            self.contents.expand(model.index(row, 0))
        self.contents_filter.setVisible(model.mine is not None)
        self.cases_model.beginResetModel()
        self.cases_model.cases = archive.cases
        self.cases_model.endResetModel()

    @property
    def filling(self) -> bool:
        """A page of My documents is being read, or about to be (the view just scrolled)."""
        return self.contents_model.pending or self._fetch_timer.isActive()

    def _apply_filter(self) -> None:
        self._title_timer.stop()
        self.contents_model.set_filter(self.contents_filter.text())

    def _fetch_if_near(self) -> None:
        """Read the next page of My documents when the last row read is shown or a screen
        below (the user scrolled, pressed End or Page Down, or expanded My documents)."""
        model = self.contents_model
        if not model.can_fetch_page() or not self.contents.isVisible():
            return
        mine = model.index_of(model.mine)
        if not self.contents.isExpanded(mine):
            return
        rows = model.rowCount(mine)
        last = model.index(rows - 1, 0, mine) if rows else mine
        rect = self.contents.visualRect(last)
        if rect.isValid() and rect.top() <= 2 * self.contents.viewport().height():
            model.fetch_page()

    def _page_arrived(self, rows: int) -> None:
        """The first page of a filtered list: My documents comes into view, under the
        report's sections; after Enter or Down in the filter, its first row is chosen."""
        self._fetch_timer.start()  # the window may have room for more
        model = self.contents_model
        if model.text and model.mine is not None and rows <= PAGE:
            hint = QAbstractItemView.ScrollHint.PositionAtTop
            self.contents.scrollTo(model.index_of(model.mine), hint)
        if self._want_first:
            self._to_first_match()

    _want_first = False

    def _to_first_match(self) -> None:
        """Enter or Down in the filter: to the first document listed under My documents
        (once the title typed is listed)."""
        model = self.contents_model
        if self._title_timer.isActive():
            self._apply_filter()
        self._want_first = model.pending
        if model.pending or model.mine is None or not model.mine.children:
            return
        first = model.index(0, 0, model.index_of(model.mine))
        if first.flags() & Qt.ItemFlag.ItemIsSelectable:
            self.contents.setCurrentIndex(first)
            self.contents.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.contents and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._fetch_timer.start()
        if (
            watched is self.contents_filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self._to_first_match()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and watched
            in (getattr(self, "cases_filter", None), getattr(self, "notes_filter", None))
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._into_list(self.cases_table if watched is self.cases_filter else self.notes_list)
            return True
        return super().eventFilter(watched, event)

    def _into_list(self, view) -> None:
        """Down (or Enter) in a filter field: into the list it filters, on its first row, as
        in the search panel — the list is then one key from what the user filtered for."""
        model = view.model()
        if model.rowCount() == 0:
            return
        if not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def provenance_tip(self, bundle, title: str) -> str:
        """Where a document comes from, in one tooltip: yours, or publisher and signer."""
        p = bundle.provenance
        if p is not None and p.status == "yours":
            original = bundle.manifest.imported.get("original_name", title)
            return self.tr("%1\nYours: imported by you, not signed").replace("%1", original)
        # A colleague's edition is theirs, whatever publisher its manifest names.
        signer = signer_name(bundle)
        publisher = self.tr("signed by %1").replace("%1", signer) if signer else None
        publisher = publisher or bundle.manifest.publisher
        tip = f"{publisher} — {bundle.manifest.edition}"
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
