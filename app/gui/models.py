"""Qt models over the core's objects: case records, search hits, notes."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.gui.wording import date_text
from index.archive import CaseRecord
from index.notes.listing import NoteRow
from index.notes.model import Note

if TYPE_CHECKING:  # Whoosh loads on first search, not at start-up
    from index.search.engine import Hit

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_ROLE = Qt.ItemDataRole.UserRole + 10
"""A note's words as its row shows them (its first line, rendered, with its marks)."""
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 11
"""What a note is on, when it was changed, its tags: the quieter line of its row."""
COLOR_ROLE = Qt.ItemDataRole.UserRole + 12
"""The note's colour by name (``yellow``…)."""
SECTION_ROLE = Qt.ItemDataRole.UserRole + 13
"""A heading drawn above this row (the first note of a document in reading order), or None."""


class CasesModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("CasesModel", "People and groups"),
        QT_TRANSLATE_NOOP("CasesModel", "Date"),
        QT_TRANSLATE_NOOP("CasesModel", "Place"),
        QT_TRANSLATE_NOOP("CasesModel", "Authority"),
        QT_TRANSLATE_NOOP("CasesModel", "Outcome"),
        QT_TRANSLATE_NOOP("CasesModel", "Status"),
    )
    """The columns' headers, translated when shown."""
    DATE = 1

    def __init__(self, cases: list[CaseRecord], parent=None) -> None:
        super().__init__(parent)
        self.cases = cases

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CasesModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.cases[index.row()]
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.AccessibleTextRole:  # an empty cell is said, not skipped
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            return shown or QCoreApplication.translate("CasesModel", "not stated")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                self.who(record),
                record.date,
                record.place or "",
                record.authority or "",
                record.outcome or "",
                record.status,
            )
            return values[index.column()]
        return None

    @staticmethod
    def who(record: CaseRecord) -> str:
        """The people a case is about, by name, then the groups and institutions, each said
        to be one ("parliament (institution)"): a reader of the table takes names for people."""
        kinds = {
            "group": QCoreApplication.translate("CasesModel", "group"),
            "organisation": QCoreApplication.translate("CasesModel", "institution"),
        }
        people = [s.name for s in record.subjects if s.kind == "person"]
        others = [
            f"{s.name} ({kinds[s.kind]})" if s.kind in kinds else s.name
            for s in record.subjects
            if s.kind != "person"
        ]
        return ", ".join(people + others) or record.title


class HitsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.signer_of: Callable[[str | None], str | None] = lambda ident: None
        """The colleague whose key signed a hit's edition (its hits are marked with the name)."""

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == ID_ROLE:
            return hit.id
        if role == HTML_ROLE:
            if hit.kind == "case":
                where = QCoreApplication.translate("HitsModel", "case record")
            elif hit.kind == "note" and hit.para_id:
                where = QCoreApplication.translate("HitsModel", "note on ¶ %1").replace(
                    "%1", hit.para_id
                )
            elif hit.kind == "note":
                where = QCoreApplication.translate("HitsModel", "note")
            elif hit.title == hit.document:  # an imported document's untitled opening
                where = f"¶ {hit.para_id}"
            else:
                where = f"{hit.document} · ¶ {hit.para_id}"
            signer = self.signer_of(hit.para_id or hit.id)
            if signer:
                where += " · " + QCoreApplication.translate("HitsModel", "signed by %1").replace(
                    "%1", signer
                )
            return (
                f"<b>{_esc(hit.title)}</b> <span style='color:gray'>· {_esc(where)}</span>"
                f"<br>{hit.snippet}"
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {hit.section}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.kind} {hit.title}, {hit.section}"
        return None


class NotesModel(QAbstractListModel):
    """Notes as a list: the rendered first line (🔒 when private, ⚠ when orphaned), then
    what it is on and when it was last changed."""

    def __init__(self, parent=None, with_target: bool = True) -> None:
        super().__init__(parent)
        self.notes: list[Note] = []
        self.with_target = with_target

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self.notes = notes
        self.endResetModel()

    def update_notes(self, notes: list[Note]) -> None:
        """The same notes (same ids, same order), some changed: those rows are redrawn."""
        for row, (old, new) in enumerate(zip(self.notes, notes, strict=True)):
            if old != new:
                self.notes[row] = new
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        note = self.notes[index.row()]
        if role == ID_ROLE:
            return note.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return note_text(note, self.with_target)
        if role == Qt.ItemDataRole.ToolTipRole:
            return note_tip(note)
        return note_part(note, role, self.with_target)


def note_text(note: Note | NoteRow, with_target: bool) -> str:
    """A note's row as text: the rendered first line (🔒 when private, ⚠ when orphaned), then
    what it is on (``with_target``), when it was last changed, and its tags."""
    return "\n".join(note_parts(note, with_target))


def note_parts(note: Note | NoteRow, with_target: bool) -> tuple[str, str]:
    """A note's row in its two parts: its words (the first line, rendered, with its marks)
    and the quieter line of details (`note_text`)."""
    marks = ("⚠ " if note.orphan else "") + ("🔒 " if note.private else "")
    first = first_line(note.body) or (
        f"“{clip_words(note.exact, 60)}”"
        if note.exact
        else QCoreApplication.translate("NotesModel", "(empty note)")
    )
    details = [target_label(note)] if with_target else []
    if note.exact and note.body.strip() and not with_target:
        details.append(f"“{clip_words(note.exact, 40)}”")
    date = (note.modified or note.created)[:10]
    if date:
        details.append(date_text(date))
    if note.private:
        details.append(QCoreApplication.translate("NotesModel", "private"))
    details += [f"#{t}" for t in note.tags]
    return f"{marks}{first}", " · ".join(details)


def clip_words(text: str, chars: int) -> str:
    """``text`` cut to at most ``chars`` characters after a whole word, with an ellipsis when
    cut (a list row is elided to its width when drawn; this bounds what it holds)."""
    if len(text) <= chars:
        return text
    cut = text[: chars + 1].rsplit(" ", 1)[0] if " " in text[: chars + 1] else text[:chars]
    return cut.rstrip(" ,;:.-—–") + "…"


def note_part(note: Note | NoteRow, role: int, with_target: bool) -> Any:
    """What `app.gui.note_rows.NoteDelegate` draws: the words, the details, the colour."""
    if role == FIRST_ROLE:
        return note_parts(note, with_target)[0]
    if role == DETAILS_ROLE:
        return note_parts(note, with_target)[1]
    if role == COLOR_ROLE:
        return note.color
    return None


def note_tip(note: Note | NoteRow) -> str:
    return (note.orphan_reason or "") if note.orphan else (note.exact or note.target_id or "")


def target_label(note: Note | NoteRow) -> str:
    if note.target_kind in ("passage", "paragraph") and note.target_id:
        return f"¶ {note.target_id}"
    if note.target_kind == "case" and note.target_id:
        return QCoreApplication.translate("NotesModel", "case record %1").replace(
            "%1", note.target_id
        )
    return QCoreApplication.translate("NotesModel", "free note")


def first_line(markdown_text: str) -> str:
    """The first non-empty line of a note, as it reads once rendered (no Markdown marks)."""
    line = next((ln.strip() for ln in markdown_text.splitlines() if ln.strip()), "")
    return _rendered(line) if line else ""


@lru_cache(maxsize=4096)
def _rendered(line: str) -> str:
    """One line as it reads once rendered: a Markdown parse (about a millisecond) made once
    per line, not each time a list shows a row."""
    import html as html_module
    import re

    import markdown

    rendered = markdown.markdown(line)
    text = html_module.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()
    return clip_words(text, 300)


def _esc(text: str) -> str:
    import html

    return html.escape(text or "")
