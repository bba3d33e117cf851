"""Search as you type: debounced, off the GUI thread, superseded searches cancelled."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.empty import EmptyListView
from app.gui.flow_layout import FlowLayout
from app.gui.models import HTML_ROLE, HitsModel
from app.gui.tasks import Task, TaskRunner
from index.archive.citation import signer_of
from index.core import Core

if TYPE_CHECKING:  # Whoosh loads on first search, not at start-up
    from index.search.engine import Hit, SearchResult

log = logging.getLogger(__name__)

DEBOUNCE_MS = 100
"""From the last keystroke to its search. 180 ms while a keystroke's search took 100-300 ms of
CPU with thousands of imported documents; now that it takes 20-50 ms (issue 23), a shorter
wait shows results sooner at no cost to typing: measured with tests/bench/gui_bench.py
``--typing``, letters typed every 120 ms are handled within a frame either way, and a search a
keystroke supersedes is cancelled (its results are never shown)."""
MAX_CHIPS = 8


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (title, place, snippet with <mark>ed terms)."""

    def _doc(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet("mark { background-color: #ffb347; color: black; }")
        html_text = index.data(HTML_ROLE) or ""
        if option.state & QStyle.StateFlag.State_Selected:  # keep the grey line legible on blue
            html_text = html_text.replace("color:gray", "color:#e8eefb")
        doc.setHtml(html_text)
        doc.setTextWidth(max(200, option.rect.width() - 8))
        return doc

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        doc = self._doc(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class SearchPanel(QWidget):
    hitActivated = Signal(object)
    """A `Hit` was chosen (Enter or click)."""
    searched = Signal(object)
    """A `SearchResult` arrived and is shown."""

    def __init__(self, core: Core, tasks: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.EMPTY = self.tr(
            "Type a name or words above — any spelling or script: Yensebek, Енсебек. "
            "Enter opens the first hit. Help → Search syntax lists filters such as kind:case."
        )
        self.core = core
        self.tasks = tasks
        self.title = QLabel(self.tr("Search"))
        self.title.setProperty("heading", True)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr('Names, words, "phrases", kind:case …  (Ctrl+K)'))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.exact = QCheckBox(self.tr("Exact spelling"))
        self.exact.setAccessibleName(self.tr("Exact spelling"))
        self.exact.setToolTip(self.tr("Match names exactly as typed, without other spellings"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._suggestion_clicked)
        chip_row = QWidget()  # the chips wrap onto more lines: never a sideways scroll bar
        self.chips = FlowLayout(chip_row)
        chip_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        chip_row.setAccessibleName(self.tr("Filters"))
        self.chip_scroll = chip_row
        chip_row.hide()  # until a search has filters to offer
        self.model = HitsModel(self)
        self.model.signer_of = lambda ident: signer_of(self.core.archive, ident)
        self.results = EmptyListView(self.EMPTY)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        # Laid out a few rows at a time, the event loop running between (a row's HTML takes
        # about half a millisecond to lay out, fifty rows most of what showing results costs
        # the GUI thread): a letter typed meanwhile is handled at once (issue 23).
        self.results.setLayoutMode(QListView.LayoutMode.Batched)
        self.results.setBatchSize(8)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._context_menu)
        self.context_actions: Callable[[QMenu, dict], list] = lambda _menu, _facts: []
        """The hits' context menu's actions, given the hit clicked: the window's table of
        actions makes them."""
        self.context_menu: QMenu | None = None

        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.exact)
        self.results.setMinimumHeight(60)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(chip_row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _: self.timer.start())
        self.exact.toggled.connect(lambda _: self.timer.start())
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)
        self._task: Task | None = None
        self._serial = 0
        self.result: SearchResult | None = None
        self.current = -1
        self._open_first: str | None = None
        """Enter was pressed before these words' results came: open the first when they do."""

    # -- running ------------------------------------------------------------------------------

    def run_search(self) -> None:
        """Start a search for the field's text, cancelling one still running."""
        text = self.field.text()
        if self._task is not None:
            self._task.cancel()
        if not text.strip():
            self._show(None)
            return
        self._serial += 1
        serial = self._serial
        exact = self.exact.isChecked()
        core = self.core
        self.status.setText(self.tr("Searching…"))

        def work(ctx):
            return core.find(text, limit=50, exact=exact, cancel=ctx.cancel_event)

        task = self.tasks.run("Search", work, search=True)
        task.succeeded.connect(lambda result: serial == self._serial and self._show(result))
        task.failed.connect(self.status.setText)
        self._task = task

    def _show(self, result: SearchResult | None) -> None:
        self.result = result
        self.current = -1
        self.model.set_hits(result.hits if result else [])
        self._set_chips(result)
        self.chip_scroll.setVisible(self.chips.count() > 0)
        if result is None:
            self.status.setText("")
            self.results.set_empty_text(self.EMPTY)
            return
        self.results.set_empty_text(
            self.tr("Nothing found. Check the spelling, untick Exact spelling, or use fewer words.")
        )
        lines = [html.escape(m) for m in result.messages]
        if result.suggestion:
            lines.append(
                self.tr("Did you mean %1?").replace(
                    "%1",
                    f"<a href='{html.escape(result.suggestion)}'>"
                    f"{html.escape(result.suggestion)}</a>",
                )
            )
        if result.total == 0:
            count = self.tr("No results")
        elif result.estimated:  # counting every match would have run past the time budget
            count = self.tr("about %1 results").replace("%1", f"{result.total:,}")
        else:
            count = self.tr("%Ln result(s)", "", result.total)
            if result.partial:
                count += " " + self.tr("(the search stopped early; narrow it to see all)")
        lines.append(count)
        self.status.setText("<br>".join(lines))
        self.searched.emit(result)
        if self._open_first is not None:
            wanted, self._open_first = self._open_first, None
            if wanted == result.query and result.hits:
                self.open_hit(0)

    def _set_chips(self, result: SearchResult | None) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not result:
            return
        shown = 0
        for field in ("kind", "year", "tag", "section"):
            counts = result.facets.get(field, {})
            if len(counts) < 2 and field != "tag":
                continue
            for value, count in sorted(counts.items(), key=lambda kv: -kv[1])[:3]:
                if shown >= MAX_CHIPS:
                    break
                chip = QToolButton()
                words = self.chip_words(field, value)
                chip.setText(f"{words} ({count})")
                chip.setAccessibleName(self.tr("Filter: %1").replace("%1", words))
                chip.setToolTip(self.tr("Adds %1 to the search").replace("%1", f"{field}:{value}"))
                chip.clicked.connect(lambda _=False, f=field, v=value: self.add_filter(f, v))
                self.chips.addWidget(chip)
                shown += 1

    def chip_words(self, field: str, value: str) -> str:
        """A filter as the user says it: "Paragraphs", "Case records", "2025", a section's
        title, "Tag: x" (the syntax, kind:paragraph, is in the chip's tooltip)."""
        if field == "kind":
            kinds = {
                "paragraph": self.tr("Paragraphs"),
                "case": self.tr("Case records"),
                "note": self.tr("Notes"),
                "document": self.tr("Documents"),
            }
            return kinds.get(value, value)
        if field == "section":
            return self._section_title(value) or value
        if field == "tag":
            return self.tr("Tag: %1").replace("%1", value)
        return value

    def _section_title(self, section_id: str) -> str | None:
        """The title of a section of the report or a document, as the hits name it."""
        for hit in self.result.hits if self.result else []:
            if hit.section_id == section_id and hit.section:
                return hit.section
        document = self.core.archive.document_of(section_id)
        for section in document.sections if document else []:
            if section.id == section_id:
                return section.title
        return None

    def add_filter(self, field: str, value: str) -> None:
        self.field.setText(f"{self.field.text().strip()} {field}:{value}".strip())
        self.run_search()

    def _suggestion_clicked(self, text: str) -> None:
        self.field.setText(text)
        self.run_search()

    def eventFilter(self, watched, event) -> bool:
        """Down in the search field goes to the results (then Enter opens the one chosen)."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(max(0, self.current)))
            return True
        return super().eventFilter(watched, event)

        # -- choosing -----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.current = index.row()
            self.hitActivated.emit(self.model.hits[index.row()])

    def _context_menu(self, pos) -> None:
        index = self.results.indexAt(pos)
        if not index.isValid():
            return
        hit = self.model.hits[index.row()]
        menu = QMenu(self.results)
        cited = hit.id if hit.kind == "case" else hit.para_id
        for action in self.context_actions(menu, {"hit": hit, "paragraph": cited}):
            menu.addAction(action)
        self.context_menu = menu  # tests reach the menu a right-click opened
        menu.exec(self.results.viewport().mapToGlobal(pos))

    def _enter(self) -> None:
        """Enter opens the first hit of what the field says now: typed faster than the
        search, the hit opens when the results for these words arrive (never an old one)."""
        self.timer.stop()
        current = self.result is not None and self.result.query == self.field.text()
        if current:
            if self.model.hits:
                self.open_hit(0)
            return
        self._open_first = self.field.text()
        self.run_search()

    def open_hit(self, row: int) -> Hit | None:
        if not 0 <= row < len(self.model.hits):
            return None
        self.current = row
        self.results.setCurrentIndex(self.model.index(row))
        self.hitActivated.emit(self.model.hits[row])
        return self.model.hits[row]

    def next_hit(self) -> Hit | None:
        return self.open_hit(self.current + 1)

    def previous_hit(self) -> Hit | None:
        return self.open_hit(self.current - 1)
