"""The Contents tree as a Qt model over the archive: the bundled report's documents and their
sections (held in memory), then "My documents", whose rows are read from the store a page at a
time as the view scrolls to them (`canFetchMore`/`fetchMore`), and an imported document's
sections when it is expanded.

With 10,000 imported documents the window holds the rows the user has scrolled past, not one
item per document: a page is a range of the store's arrival index (`document_rows_after`),
read on a reading thread when the model is given a runner (the window's `TaskRunner`), and its
rows are inserted when it arrives. A filter by title (`set_filter`) reads pages the same way.

My documents' pages are asked for by whoever shows them (`fetch_page`, when the end of the rows
read comes into view), not through `canFetchMore`: a `QTreeView` asks every expanded row that
can fetch more at each layout, and each page inserted lays the tree out again, so it read page
after page until every document was in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.gui.models import ID_ROLE
from index.archive import Archive

Index = QModelIndex | QPersistentModelIndex

PAGE = 100
"""Rows of My documents read at a time (a few milliseconds of SQLite)."""

_ROW = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF = _ROW | Qt.ItemFlag.ItemNeverHasChildren
_NOT_A_ROW = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
"""A row's flags, made once: the view asks for them at every layout, for every row (combining
Qt's flags in Python each time was a third of a layout of 10,000 rows). A leaf says so, and
the view does not ask it for children."""

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[], None]], None]
"""``run(work, deliver, failed)``: ``work()`` somewhere (off the GUI thread), then
``deliver(result)`` on the GUI thread, or ``failed()`` there if it raised (it is logged)."""


def run_here(work: Callable[[], Any], deliver: Callable[[Any], None], failed) -> None:
    """The runner of a model without a window: the page is read at once."""
    deliver(work())


class Node:
    """One row of the tree. ``more``: rows below it not read yet (My documents' next pages,
    an imported document's sections)."""

    __slots__ = ("children", "ident", "kind", "more", "parent", "row", "tip", "title")

    def __init__(
        self,
        parent: Node | None,
        row: int,
        title: str,
        ident: str | None = None,
        tip: str = "",
        kind: str = "document",
        more: bool = False,
    ) -> None:
        self.parent = parent
        self.row = row
        self.title = title
        self.ident = ident
        self.tip = tip
        self.children: list[Node] = []
        self.more = more
        self.kind = kind
        """``document``, ``section``, ``mine`` (My documents) or ``none`` (no title matched)."""


class ContentsModel(QAbstractItemModel):
    pageArrived = Signal(int)
    """A page of My documents was inserted (its row count): the view may want to show it."""

    def __init__(
        self,
        tip: Callable[[Any, str], str],
        labels: dict[str, str],
        run: Runner = run_here,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._tip = tip
        """(bundle or row with ``provenance`` and ``manifest``, title) → its tooltip."""
        self._labels = labels
        """``mine``: the My documents row; ``none``: the row saying no title holds the filter
        (with %1 for it)."""
        self._run = run
        self.root = Node(None, 0, "", kind="root")
        self.archive: Archive | None = None
        self.mine: Node | None = None
        self.text = ""
        """The filter: only the imported documents whose title holds it."""
        self._after: tuple[int, int] | None = None
        """The key of the last stored document listed: the next page starts after it."""
        self._held_listed = False
        self._generation = 0
        """Bumped when the rows are listed anew: a page read for older rows is dropped."""
        self.pending = False
        """A page of My documents is being read."""

    # -- what is listed --------------------------------------------------------------------------

    def set_archive(self, archive: Archive) -> None:
        """List ``archive``: its bundled documents with their sections, then My documents
        (none of them read yet: the view fetches the first page when it shows the row)."""
        self.beginResetModel()
        self._generation += 1
        self.archive = archive
        old, self.root.children = self.root.children, []
        for bundle in archive.held:
            if not bundle.builtin:
                continue
            tip = self._tip(bundle, bundle.manifest.title)
            for doc in bundle.documents:
                top = self._add(self.root, doc.title, doc.id, tip)
                for section in doc.sections:
                    self._add(top, section.title, section.id, kind="section")
        self.mine = None
        if archive.user_count():
            self.mine = self._add(self.root, self._labels["mine"], kind="mine")
        self._restart()
        self.endResetModel()
        _untie(old)

    def set_filter(self, text: str) -> None:
        """Only the imported documents whose title holds ``text`` (every one for "")."""
        text = text.strip()
        if text == self.text:
            return
        self.text = text
        mine = self.mine
        if mine is None:
            return
        self._generation += 1
        if mine.children:
            self.beginRemoveRows(self.index_of(mine), 0, len(mine.children) - 1)
            old, mine.children = mine.children, []
            self.endRemoveRows()
            _untie(old)
        self._restart()
        self.fetch_page()

    def _restart(self) -> None:
        self._after = None
        self._held_listed = False
        self.pending = False
        if self.mine is not None:
            self.mine.more = True

    @staticmethod
    def _add(
        parent: Node,
        title: str,
        ident: str | None = None,
        tip: str = "",
        kind: str = "document",
        more: bool = False,
    ) -> Node:
        node = Node(parent, len(parent.children), title, ident, tip, kind, more)
        parent.children.append(node)
        return node

    def index_of(self, node: Node) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    # -- fetching --------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        """An imported document's sections, read when it is expanded (My documents' pages:
        `can_fetch_page`)."""
        node = self.node(parent)
        return node.more and node.kind == "document"

    def fetchMore(self, parent: Index) -> None:
        node = self.node(parent)
        if self.canFetchMore(parent):
            self._fetch_sections(node)

    def can_fetch_page(self) -> bool:
        return self.mine is not None and self.mine.more and not self.pending

    def fetch_page(self) -> None:
        """Read the next page of My documents (off the GUI thread with a runner); its rows are
        inserted when it arrives."""
        if not self.can_fetch_page():
            return
        archive, text, after = self.archive, self.text, self._after
        assert archive is not None
        generation = self._generation
        held = []
        if not self._held_listed:  # bundles held in memory (an archive loaded without a store)
            self._held_listed = True
            for bundle in archive.held:
                if bundle.builtin:
                    continue
                tip = self._tip(bundle, bundle.manifest.title)
                held += [
                    (d.id, d.title, tip, any(shown_section(d, n) for n in range(len(d.sections))))
                    for d in bundle.documents
                    if not text or text.casefold() in d.title.casefold()
                ]
        store = archive.store
        self.pending = True

        def work():
            return store.document_rows_after(after, PAGE, text) if store is not None else []

        def deliver(page) -> None:
            if generation != self._generation:
                return  # listed anew meanwhile (another archive, another filter)
            self.pending = False
            rows = held + [
                (r.id, r.title, self._tip(r, r.manifest.title), r.sections) for r in page
            ]
            mine = self.mine
            assert mine is not None
            if page:
                self._after = page[-1].key
            mine.more = len(page) == PAGE
            if not rows and not mine.children and text:
                rows = [(None, self._labels["none"].replace("%1", text), "", False)]
            if rows:
                first = len(mine.children)
                self.beginInsertRows(self.index_of(mine), first, first + len(rows) - 1)
                for ident, title, tip, sections in rows:
                    self._add(mine, title, ident, tip, "document" if ident else "none", sections)
                self.endInsertRows()
            elif not mine.more:  # the row's expander goes
                index = self.index_of(mine)
                self.dataChanged.emit(index, index)
            self.pageArrived.emit(len(mine.children))

        def failed() -> None:
            if generation == self._generation:
                self.pending = False  # the next scroll to the end tries again

        self._run(work, deliver, failed)

    def _fetch_sections(self, node: Node) -> None:
        """An imported document's sections (one document read by id), those worth a row."""
        node.more = False
        doc = self.archive.document(node.ident) if self.archive and node.ident else None
        if doc is None:
            return
        rows = []
        for n, section in enumerate(doc.sections):
            if not shown_section(doc, n):
                continue
            # an imported document's section ids ("summary") may repeat across documents:
            # its first paragraph says which one
            first = section.paragraphs[0].id if section.paragraphs else section.id
            rows.append((section.title, first))
        if rows:
            self.beginInsertRows(self.index_of(node), 0, len(rows) - 1)
            for title, ident in rows:
                self._add(node, title, ident, kind="section")
            self.endInsertRows()

    # -- the model -------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = (parent.internalPointer() if parent.isValid() else self.root).children
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self.node(index).parent or self.root)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        node = parent.internalPointer() if parent.isValid() else self.root
        return node.more or bool(node.children)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = index.internalPointer()
        if node.kind == "none":
            return _NOT_A_ROW
        return _ROW if node.more or node.children else _LEAF

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tip or None
        if role == ID_ROLE:
            return node.ident
        return None

    def rows_listed(self) -> int:
        """How many rows of My documents are in the model (read so far)."""
        return len(self.mine.children) if self.mine is not None else 0


def _untie(nodes: list[Node]) -> None:
    """Rows no longer listed: their links to each other cut, so they go at once (not at the
    garbage collector's next full pass)."""
    todo = list(nodes)
    while todo:
        node = todo.pop()
        todo += node.children
        node.children = []
        node.parent = None


def shown_section(doc, n: int) -> bool:
    """An imported document's section worth a row of its own: not its title again, and not
    the untitled start the reader shows without a heading."""
    section = doc.sections[n]
    if n == 0 and section.title == doc.title:
        return False
    return section.id != "summary" or section.title != "Summary"
