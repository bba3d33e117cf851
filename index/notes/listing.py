"""The notes list as the window shows it: which notes (`NoteFilter`), in what order (`SORTS`
and `sort_key`), and what one row shows (`NoteRow`).

The store answers with a few columns only: `NotesStore.listing` gives the notes a filter lets
through with what they sort by (`NoteKey`: no body beyond its first line's worth, no tags),
`NotesStore.rows` the columns a row shows, for the ids of one page. A list of ten thousand notes
is then ten thousand short tuples to sort, and a page of rows read by id when it is scrolled to;
a change re-reads the notes it names (see ``app/gui/notes_model.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.archive import Archive

SORTS = ("created-desc", "created", "modified-desc", "position", "first-line")
"""Newest first (the window's first choice), oldest first, last changed first, by document and
place in it (notes on case records, then free notes, after the documents'), by first line
(alphabetical)."""
DESCENDING = {"created-desc", "modified-desc"}
LEAD_CHARS = 200
"""How much of a note's body `NotesStore.listing` reads to sort by its first line."""


@dataclass(frozen=True)
class NoteFilter:
    text: str = ""
    """Words that must all occur in the note's body or the passage it quotes (case-insensitive
    in every script)."""
    tag: str | None = None
    """A tag: notes with it or one of its sub-tags (as ``tag:`` does in the search)."""
    doc_id: str | None = None
    """Notes on this document's paragraphs and passages."""
    private: bool | None = None
    """True: private notes only; False: public ones only; None: both."""

    def words(self) -> list[str]:
        return [w.casefold() for w in self.text.split()]


@dataclass(frozen=True)
class NoteKey:
    """What the list sorts a note by (`NotesStore.listing`)."""

    id: str
    target_kind: str
    target_id: str | None
    doc_id: str | None
    start: int | None
    created: str
    modified: str
    lead: str
    """The start of the body (`LEAD_CHARS`), or the quoted passage when the body is empty."""
    seq: int = 0
    """The order notes were stored in (SQLite's rowid): notes created in the same second
    (timestamps have whole seconds) keep the order they were added in."""


@dataclass(frozen=True)
class NoteRow:
    """What a row of the notes list shows (`NotesStore.rows`): no prefix, suffix or anchor."""

    id: str
    target_kind: str
    target_id: str | None
    doc_id: str | None
    body: str
    """The body's first ``ROW_BODY_CHARS`` characters (its first line is what shows)."""
    exact: str | None
    private: bool
    orphan: bool
    orphan_reason: str | None
    created: str
    modified: str
    color: str
    tags: tuple[str, ...]


ROW_BODY_CHARS = 1000

_MARKS = re.compile(r"^[\s#>*_+\-`~|]+|^\d+[.)]\s+|[*_`~]+")


def lead_line(text: str) -> str:
    """A note's first non-empty line without its Markdown marks, case-folded: what the
    first-line order compares (the list renders the line properly; this is close enough to
    order by, and costs no Markdown parse per note)."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    return _MARKS.sub("", line).strip().casefold()


def sort_key(sort: str, key: NoteKey, archive: Archive | None) -> tuple:
    """The value ``sort`` orders ``key``'s note by, ascending (`DESCENDING` sorts are shown
    from the end). Never holds None, so any two keys compare; ties go by creation."""
    if sort in ("created", "created-desc"):
        return (key.created, key.seq)
    if sort == "modified-desc":
        return (key.modified or key.created, key.created, key.seq)
    if sort == "first-line":
        line = lead_line(key.lead)
        return (0 if line else 1, line, key.created, key.seq)
    # by document, then reading order
    para = archive.paragraph(key.target_id) if archive and key.target_id else None
    doc_id = para.doc_id if para else key.doc_id
    doc = archive.document(doc_id) if archive and doc_id else None
    if doc is not None or doc_id:
        title = doc.title.casefold() if doc is not None else ""
        where = (para.ordinal if para else 1 << 30, key.start if key.start is not None else -1)
        return (0, title, doc_id or "", *where, key.created, key.seq)
    if key.target_kind == "case":
        record = archive.case(key.target_id) if archive and key.target_id else None
        title = (record.people or record.title) if record else (key.target_id or "")
        return (1, title.casefold(), key.target_id or "", 0, 0, key.created, key.seq)
    return (2, "", "", 0, 0, key.created, key.seq)
