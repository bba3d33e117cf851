"""The Notes tab's model: every note the filter lets through, in the order chosen, read from
the notes store a page at a time.

Two things are held, and neither is a note: the order (sort key and id of every note listed,
read off the GUI thread by `reload`: one query of a few columns, sorted in Python) and the rows
fetched so far (`PAGE` at a time, by id, as the view scrolls: ``canFetchMore``/``fetchMore``).
A change names the notes it touched; `notes_changed` reads just those (by id, with the filter)
and moves, updates, inserts or removes their rows. Nothing here reads every note on the GUI
thread: ten thousand notes cost the same per save as ten.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.gui.models import ID_ROLE, SECTION_ROLE, note_part, note_text, note_tip
from index.notes.listing import DESCENDING, NoteFilter, NoteRow, sort_key

if TYPE_CHECKING:
    from app.gui.tasks import Task, TaskRunner
    from index.archive import Archive
    from index.core import Core

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
"""Rows read per fetch (a few screens of the list; about a millisecond)."""
MANY = 500
"""A change to more notes than this reads the list again, off the GUI thread."""


class NotesListModel(QAbstractListModel):
    counted = Signal(int)
    """How many notes the filter lets through (all of them, fetched or not), when it changes."""
    reloaded = Signal()
    """A `reload` has landed: the order is the store's, the first page is in."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.core: Core | None = None
        self.tasks: TaskRunner | None = None
        self.filter = NoteFilter()
        self.sort = "created-desc"
        """Newest first, until the user chooses (the Notes tab remembers the choice)."""
        self.archive: Archive | None = None
        """The snapshot the position order was computed with."""
        self.order: list[tuple[tuple, str]] = []
        """(sort key, note id) of every note listed, ascending by key (a descending sort shows
        it from the end)."""
        self.keys: dict[str, tuple] = {}
        self.rows: list[NoteRow] = []
        """The rows fetched so far: the first ``len(rows)`` of the list as shown."""
        self._generation = 0
        self._loading: Task | None = None
        self._missed: set[str] = set()
        """Notes changed while a reload was reading: read again once it lands."""
        self._changing = False
        """Between a begin… and an end… of a change to the rows."""
        self._places: dict[str, str] = {}
        """Note id → its heading's words (`heading`)."""

    def attach(self, core: Core, tasks: TaskRunner) -> None:
        self.core, self.tasks = core, tasks

    def detach(self) -> None:
        """Read nothing more (the window closed, or the data was wiped): the rows fetched stay,
        a reload under way is ignored, and scrolling fetches no more."""
        self.core = self.tasks = None
        self._generation += 1

    # -- what is listed -----------------------------------------------------------------------

    @property
    def descending(self) -> bool:
        return self.sort in DESCENDING

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def set_query(self, flt: NoteFilter | None = None, sort: str | None = None) -> None:
        """List the notes ``flt`` lets through, ordered by ``sort`` (`index.notes.listing`)."""
        changed = (flt is not None and flt != self.filter) or (
            sort is not None and sort != self.sort
        )
        self.filter = flt if flt is not None else self.filter
        self.sort = sort if sort is not None else self.sort
        if changed:
            self.reload()

    def reload(self) -> Task | None:
        """Read the list again, off the GUI thread (at start, when the filter or the order
        changes, after the documents changed or a change to very many notes). The rows shown
        stay until it lands."""
        if self.core is None or self.tasks is None:
            return None
        self._generation += 1
        generation = self._generation
        core, flt, sort = self.core, self.filter, self.sort
        archive = self.archive = core.archive  # this thread's snapshot, immutable
        self._missed = set()

        def work(_ctx) -> list[tuple[tuple, str]]:
            return sorted((sort_key(sort, k, archive), k.id) for k in core.note_listing(flt))

        task = self._loading = self.tasks.run(self.tr("List notes"), work)
        task.succeeded.connect(lambda order: self._landed(generation, order))
        task.failed.connect(lambda message: log.error("notes list not read: %s", message))
        task.done.connect(lambda: self._done(generation))
        return task

    def _done(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = None

    def _landed(self, generation: int, order: list[tuple[tuple, str]]) -> None:
        if generation != self._generation:
            return  # a newer query was asked for meanwhile
        self._changing = True  # (see canFetchMore)
        self.beginResetModel()
        self.order = order
        self.keys = {ident: key for key, ident in order}
        self._places = {}
        self.rows = []
        self.rows = self._read_page()  # the first page, for a tab not shown yet too
        self.endResetModel()
        self._changing = False
        self._loading = None
        missed, self._missed = self._missed, set()
        if missed:
            self.notes_changed(missed)
        self.counted.emit(len(self.order))
        self.reloaded.emit()

    # -- a change -------------------------------------------------------------------------------

    def notes_changed(self, ids: Iterable[str]) -> None:
        """These notes were added, edited or deleted: read them (and only them) again, and
        update, move, insert or remove their rows."""
        ids = set(ids)
        if not ids or self.core is None:
            return
        for ident in ids:
            self._places.pop(ident, None)
        if len(ids) > MANY:
            self.reload()
            return
        if self._loading is not None:
            self._missed |= ids
        core = self.core
        listed = {
            k.id: sort_key(self.sort, k, self.archive) for k in core.note_listing(self.filter, ids)
        }
        fresh = {r.id: r for r in core.note_rows(listed)} if listed else {}
        before = len(self.order)
        for ident in sorted(ids):
            old, new = self.keys.get(ident), listed.get(ident)
            if new is not None and ident not in fresh:
                new = None  # deleted between the two reads: its own change follows
            if old is not None and old == new:
                row = self._row_of(bisect.bisect_left(self.order, (old, ident)))
                if row < len(self.rows):
                    self.rows[row] = fresh[ident]
                    index = self.index(row)
                    self.dataChanged.emit(index, index)
                continue
            if old is not None:
                self._remove(ident, old)
            if new is not None:
                self._insert(ident, new, fresh[ident])
        if len(self.order) != before:
            self.counted.emit(len(self.order))

    def _row_of(self, position: int, count: int | None = None) -> int:
        """The row shown for ``order[position]`` (of ``count`` entries)."""
        count = len(self.order) if count is None else count
        return count - 1 - position if self.descending else position

    def _remove(self, ident: str, key: tuple) -> None:
        position = bisect.bisect_left(self.order, (key, ident))
        row = self._row_of(position)
        if row < len(self.rows):
            self._changing = True
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.order[position]
            del self.rows[row]
            self.endRemoveRows()
            self._changing = False
        else:  # not fetched yet
            del self.order[position]
        del self.keys[ident]

    def _insert(self, ident: str, key: tuple, row_data: NoteRow) -> None:
        position = bisect.bisect_left(self.order, (key, ident))
        count = len(self.order)
        row = count - position if self.descending else position
        fetched = len(self.rows)
        if row < fetched or (row == fetched and fetched == count):
            self._changing = True
            self.beginInsertRows(QModelIndex(), row, row)
            self.order.insert(position, (key, ident))
            self.rows.insert(row, row_data)
            self.endInsertRows()
            self._changing = False
        else:  # among the rows not fetched yet: fetched when scrolled to
            self.order.insert(position, (key, ident))
        self.keys[ident] = key

    # -- Qt's model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent: Index) -> bool:
        """Not while rows are being inserted or removed (whoever hears of the change and asks
        for more then would have rows inserted in the middle of it)."""
        return (
            not self._changing
            and not parent.isValid()
            and self.core is not None
            and len(self.rows) < len(self.order)
        )

    def fetchMore(self, parent: Index) -> None:
        """The next `PAGE` rows, read by id."""
        if not self.canFetchMore(parent):
            return
        before = len(self.order)
        rows = self._read_page()
        if rows:
            start = len(self.rows)
            self._changing = True
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows += rows
            self.endInsertRows()
            self._changing = False
        if len(self.order) != before:
            self.counted.emit(len(self.order))

    def _read_page(self) -> list[NoteRow]:
        """The `PAGE` rows after those fetched, read by id. Notes deleted meanwhile are taken
        out of the order (their own change is on its way, and finds them gone)."""
        start, count = len(self.rows), len(self.order)
        wanted = [
            self.order[self._row_of(r, count)][1] for r in range(start, min(count, start + PAGE))
        ]
        if not wanted or self.core is None:
            return []
        found = {r.id: r for r in self.core.note_rows(wanted)}
        for ident in wanted:
            if ident not in found:  # not fetched yet: no row to remove
                del self.order[bisect.bisect_left(self.order, (self.keys[ident], ident))]
                del self.keys[ident]
        return [found[i] for i in wanted if i in found]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return note_text(row, with_target=True)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the heading drawn above it, read too
            heading = self.heading(index.row())
            text = note_text(row, with_target=True)
            return f"{heading}: {text}" if heading else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return note_tip(row)
        if role == SECTION_ROLE:
            return self.heading(index.row())
        return note_part(row, role, with_target=True)

    def heading(self, row: int) -> str | None:
        """In reading order, the heading above the first note of each document section (of
        the case records, of the free notes): where the notes below are."""
        if self.sort != "position":
            return None
        here = self._place(self.rows[row])
        return here if row == 0 or self._place(self.rows[row - 1]) != here else None

    def _place(self, row: NoteRow) -> str:
        """Where a note is, as its heading says it (kept per note until the list is read
        again or the note changes: every row is measured at each layout)."""
        place = self._places.get(row.id)
        if place is None:
            place = self._places[row.id] = self._where(row)
        return place

    def _where(self, row: NoteRow) -> str:
        archive = self.archive
        para = archive.paragraph(row.target_id) if archive and row.target_id else None
        doc_id = para.doc_id if para else row.doc_id
        if doc_id:
            doc = archive.document(doc_id) if archive else None
            title = doc.title if doc is not None else doc_id
            return f"{title} · {para.section_title}" if para and para.section_title else title
        if row.target_kind == "case":
            return self.tr("Case records")
        return self.tr("Free notes")

    def note_at(self, row: int) -> NoteRow:
        return self.rows[row]

    @property
    def total(self) -> int:
        """How many notes the filter lets through (fetched or not)."""
        return len(self.order)
