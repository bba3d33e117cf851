"""File → Screen a list of names…: a list checked against the archive (issue 29), in a window
of its own beside the main one.

The list is pasted, or read from a ``.txt`` (one name a line) or a ``.csv`` file (a column
chosen, by its heading or its number), decoded as the import decodes text
(`index.screening.listing`). Start screens it with `index.screening.screen.screen_with_core`
on the window's task helper: progress and Cancel here, the GUI thread never waits on the
search; Cancel keeps what was screened. The results are a table (`ScreeningModel`, one row a
name, its most certain place), sortable, most certain first; Enter or a double click on a row
opens its place in the reader. Save writes the CSV, JSON or PDF report the command line
writes (`index.screening.report`, `app.pdf.render`).
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui import accessible, file_dialogs
from app.gui.i18n import say
from index.errors import Cancelled, KnownError

NAME, STATUS, HOW, WHERE, CITATION = range(5)
STATUS_ORDER = {"found": 0, "possible": 1, "stopped": 2, "not found": 3, "not searched": 4}
HOW_ORDER = {"same spelling": 0, "other spelling or script": 1, "case form": 2,
             "close spelling": 3}  # fmt: skip
WHERE_ORDER = {"case record": 0, "report": 1, "document": 2}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILTERS = "*.txt *.csv"
FORMATS = (("csv", ".csv"), ("json", ".json"), ("pdf", ".pdf"))


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr() under ""
    return QCoreApplication.translate("", text, disambiguation or None, n)


def _headings() -> list[str]:
    return [
        tr("Name"),
        tr("Status"),
        tr("How it matched"),
        tr("Where"),
        tr("Citation"),
    ]


def said(word: str) -> str:
    """A status, a level of match, a place or a reason (English in the core) in the
    window's language."""
    words = {
        "found": tr("found"),
        "possible": tr("possible"),
        "not found": tr("not found"),
        "stopped": tr("stopped (out of time)"),
        "not searched": tr("not searched"),
        "same spelling": tr("same spelling"),
        "other spelling or script": tr("other spelling or script"),
        "case form": tr("case form"),
        "close spelling": tr("close spelling"),
        "case record": tr("case record"),
        "report": tr("report"),
        "document": tr("document"),
        "empty": tr("empty"),
        "no letters": tr("no letters"),
        "a web address": tr("a web address"),
        "an e-mail address": tr("an e-mail address"),
        "too long for a name": tr("too long for a name"),
        "words in another order": tr("words in another order"),
        "without the patronymic": tr("without the patronymic"),
    }
    return words.get(word, word)


class ScreeningModel(QAbstractTableModel):
    """One row a screened name: its status, its most certain place (how, where, citation);
    a line not searched shows why. ``SORT_ROLE`` gives each column's sort key (the status
    column sorts most certain first); ``ID_ROLE`` the id of the place to open."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results: list = []

    def set_results(self, results: list) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else CITATION + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headings()[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.results[index.row()]
        top = r.matches[0] if r.matches else None
        col = index.column()
        if role == ID_ROLE:
            return top.id if top else None
        if role == SORT_ROLE:
            return sort_key(r, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == NAME:
                return r.name
            if col == STATUS:
                return said(r.status)
            if col == HOW:
                if r.problem:
                    return said(r.problem)
                if not top:
                    return ""
                notes = ", ".join(said(n) for n in top.notes)
                return said(top.how) + (f" ({notes})" if notes else "")
            if col == WHERE:
                if not top:
                    return ""
                more = tr("%1 (+%2 more)").replace("%1", said(top.where))
                return more.replace("%2", str(r.total - 1)) if r.total > 1 else said(top.where)
            return top.citation if top else ""
        if role == Qt.ItemDataRole.ToolTipRole and r.matches:
            return "\n".join(
                f"{said(m.how)} · {said(m.where)}: “{m.spelling}” — {m.citation}"
                for m in r.matches[:10]
            )
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in one Python sort of the results (a few milliseconds for 10,000
        names): a sort proxy asked Python for two keys a comparison, a second and more on
        the GUI thread for a long list."""
        self.layoutAboutToBeChanged.emit()
        rows = sorted(
            range(len(self.results)),
            key=lambda n: sort_key(self.results[n], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        moved = {old: new for new, old in enumerate(rows)}
        self.results = [self.results[n] for n in rows]
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [self.index(moved[i.row()], i.column()) for i in kept])
        self.layoutChanged.emit()


def sort_key(r, col: int) -> tuple:
    """A result's key for sorting by ``col``; the status column sorts most certain first."""
    top = r.matches[0] if r.matches else None
    level = HOW_ORDER.get(top.how, 9) if top else 9
    if col == NAME:
        return (r.name.casefold(), r.line)
    if col == STATUS:
        return (STATUS_ORDER.get(r.status, 9), level, r.line)
    if col == HOW:
        return (level, STATUS_ORDER.get(r.status, 9), r.line)
    if col == WHERE:
        return (WHERE_ORDER.get(top.where, 9) if top else 9, level, r.line)
    return (top.citation.casefold() if top else "\uffff", r.line)


class ScreeningView(QWidget):
    """The screening window (see the module's description); ``window`` is the main one."""

    def __init__(self, window) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.setObjectName("screeningView")
        self.setWindowTitle(tr("Screen a list of names"))
        self.file_data: bytes | None = None
        self.file_name = ""
        self.task = None
        self.stop_event = threading.Event()
        self.report = None
        self.total = 0

        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(tr("Paste names here, one a line, or choose a file"))
        self.names.setAccessibleName(tr("Names to screen"))
        self.names.setTabChangesFocus(True)
        self.choose_button = QPushButton(tr("&Choose a file…"))
        self.choose_button.setAccessibleName(tr("Choose a list of names (.txt or .csv)"))
        self.choose_button.clicked.connect(lambda: self.choose_file())  # not clicked(bool)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.column = QComboBox()
        self.column.setAccessibleName(tr("Column holding the names"))
        self.headed = QCheckBox(tr("The first row holds headings"))
        self.headed.setChecked(True)
        self.headed.toggled.connect(self._fill_columns)
        self.column_label = QLabel(tr("Co&lumn:"))
        self.column_label.setBuddy(self.column)
        self.start_button = QPushButton(tr("&Start"))
        self.start_button.setAccessibleName(tr("Start screening"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel screening"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Screening progress"))
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Screening summary"))

        self.model = ScreeningModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)  # it sorts itself (`ScreeningModel.sort`)
        self.table.setAccessibleName(tr("Names screened"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)  # one line a name
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self.open_row)

        self.save_buttons = {}
        for fmt, label in (
            ("csv", tr("Save as CS&V…")),
            ("json", tr("Save as &JSON…")),
            ("pdf", tr("Save as &PDF…")),
        ):
            button = QPushButton(label)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.save(f))
            self.save_buttons[fmt] = button

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.names)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.headed)
        row.addWidget(self.column_label)
        row.addWidget(self.column)
        top_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        row.addStretch(1)  # the buttons keep their size while the progress bar is hidden
        top_layout.addLayout(row)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in self.save_buttons.values():
            row.addWidget(button)
        bottom_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._show_file_choices(False)
        accessible.complete(self)
        screen = window.screen().availableGeometry() if window.screen() else None
        width, height = 1100, 700
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    # -- the list -----------------------------------------------------------------------------

    def _show_file_choices(self, csv_file: bool) -> None:
        for w in (self.headed, self.column_label, self.column):
            w.setVisible(csv_file)

    def choose_file(self, path: str | None = None) -> None:
        """A ``.txt`` or ``.csv`` list, read (at most the bytes the list may hold) now."""
        if path is None:
            path = file_dialogs.open_file(
                self.window_,
                tr("Choose a list of names"),
                tr("Lists of names (%1)").replace("%1", FILTERS),
            )
            if not path:
                return
        from index.screening.listing import MAX_BYTES

        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            self.file_label.setText(exc.strerror or str(exc))
            return
        self.file_data, self.file_name = data, Path(path).name
        self.names.setPlainText("")
        self.names.setPlaceholderText(
            tr("The names are read from %1").replace("%1", self.file_name)
        )
        self.file_label.setText(self.file_name)
        csv_file = Path(path).suffix.lower() == ".csv"
        self._show_file_choices(csv_file)
        if csv_file:
            self._fill_columns()
        self.names.textChanged.connect(self._pasted, Qt.ConnectionType.UniqueConnection)

    def _pasted(self) -> None:
        """Text typed or pasted after a file was chosen: the text is the list now."""
        if self.names.toPlainText() and self.file_data is not None:
            self.file_data, self.file_name = None, ""
            self.file_label.setText("")
            self.names.setPlaceholderText(tr("Paste names here, one a line, or choose a file"))
            self._show_file_choices(False)

    def _first_row(self) -> list[str]:
        import csv
        import io

        from index.imports.encoding import decode

        text = decode(self.file_data or b"").text
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        return next(csv.reader(io.StringIO(text[:65536]), dialect), [])

    def _fill_columns(self) -> None:
        if self.file_data is None:
            return
        self.column.clear()
        for n, cell in enumerate(self._first_row(), 1):
            heading = cell.strip()
            if self.headed.isChecked() and heading:
                self.column.addItem(f"{n}: {heading}", heading)
            else:
                self.column.addItem(str(n), str(n))

    def listed(self):
        """The list as the core reads it (a `KnownError` past its bounds)."""
        from index.screening import listing

        if self.file_data is not None:
            csv_file = self.file_name.lower().endswith(".csv")
            column = self.column.currentData() if csv_file else None
            return listing.read_bytes(self.file_data, csv_file=csv_file, column=column)
        return listing.read_text(self.names.toPlainText())

    # -- screening ----------------------------------------------------------------------------

    def start(self) -> None:
        if self.task is not None:
            return
        try:
            listed = self.listed()
        except KnownError as exc:
            self.summary.setText(say(exc))
            return
        if not listed:
            self.summary.setText(tr("There are no names to screen."))
            return
        from index.screening.screen import screen_with_core

        core, stop = self.window_.core, threading.Event()
        self.stop_event = stop
        self.total = len(listed)

        def work(ctx):
            def progress(done: int, total: int, name: str) -> None:
                if stop.is_set():
                    raise Cancelled  # the names screened by then come back
                ctx.progress(done, total, name)

            return screen_with_core(core, listed, progress)

        # The index brought up to date first (a write) when it is not yet.
        task = self.window_.tasks.run(tr("Screening"), work, writes=not core.index_ready)
        self.task = task
        self.progress.setRange(0, max(self.total, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        for button in self.save_buttons.values():
            button.setEnabled(False)
        self.summary.setText(tr("Screening %n name(s)…", "", self.total))
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._screened)
        task.failed.connect(self.summary.setText)
        task.cancelled.connect(lambda: self.summary.setText(tr("Screening cancelled.")))
        task.done.connect(self._ended)

    def _progressed(self, done: int, total: int, _name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        self.stop_event.set()

    def _ended(self) -> None:
        self.task = None
        self.progress.hide()
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _screened(self, report) -> None:
        self.report = report
        self.model.set_results(report.results)
        self.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
        counts = ", ".join(f"{report.count(s)} {said(s)}" for s in STATUS_ORDER if report.count(s))
        text = tr("%n name(s) screened: %1", "", len(report.results)).replace("%1", counts)
        if report.cancelled:
            text += " — " + tr("cancelled after %1 of %2 names").replace(
                "%1", str(len(report.results))
            ).replace("%2", str(self.total))
        self.summary.setText(text)
        for button in self.save_buttons.values():
            button.setEnabled(bool(report.results))
        self.table.resizeColumnsToContents()
        for col, most in ((NAME, 240), (HOW, 260), (WHERE, 200)):  # room for the citation
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), most))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()

    # -- what the rows open, and the reports --------------------------------------------------

    def open_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        ident = index.data(ID_ROLE)
        if ident:
            self.window_.open_id(ident)
            self.window_.raise_()
            self.window_.activateWindow()

    def save(self, fmt: str, path: str | None = None):
        """Write the report in ``fmt`` (csv, json, pdf) where the user chooses, off the GUI
        thread."""
        if self.report is None:
            return None
        suffix = dict(FORMATS)[fmt]
        if path is None:
            title = tr("Save the screening report")
            named = tr("Names screened")
            stem = named + " — " + date.today().isoformat()
            path = file_dialogs.save_file(
                self.window_, title, file_dialogs.safe_name(stem) + suffix, suffix
            )
            if not path:
                return None
        report, heading, source = (
            self.report,
            tr("Names screened against the archive"),
            (self.file_name or tr("pasted list")),
        )

        def work(_ctx):
            from index.fileio import write_atomic
            from index.screening import report as reports

            if fmt == "csv":
                data = reports.to_csv(report).encode("utf-8")
            elif fmt == "json":
                data = reports.to_json(report).encode("utf-8")
            else:
                from app.pdf.render import pdf_bytes

                comp, parts = reports.pdf_parts(report, heading, source)
                data, _pages = pdf_bytes(comp, parts, heading)
            write_atomic(Path(path), data, clear=True)
            return path

        task = self.window_.run_with_progress(tr("Saving the screening report"), work)
        task.succeeded.connect(
            lambda written: self.summary.setText(tr("Saved %1").replace("%1", str(written)))
        )
        return task

    def closeEvent(self, event) -> None:
        self.stop_event.set()
        super().closeEvent(event)


def show_screening(window) -> ScreeningView:
    """The window's screening view, made on first use, brought to the front."""
    view = getattr(window, "screening_view", None)
    if view is None:
        view = ScreeningView(window)
        window.screening_view = view
    view.show()
    view.raise_()
    view.activateWindow()
    return view
