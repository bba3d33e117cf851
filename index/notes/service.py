"""Notes over the archive: create them against real targets, keep anchors honest, index them."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from index.archive import Archive
from index.errors import QT_TRANSLATE_NOOP, KnownError, NotFound
from index.notes.anchors import AmbiguousQuote, Quote, QuoteNotFound, find, locate, make_quote
from index.notes.model import Note
from index.notes.store import NotesStore

if TYPE_CHECKING:
    from index.search.items import IndexItem

log = logging.getLogger(__name__)


def resolve_target(archive: Archive, target_id: str | None) -> tuple[str, str | None]:
    """(target kind, id) for a paragraph id, a case-record id, or nothing (a free note)."""
    if not target_id:
        return "free", None
    if archive.paragraph(target_id):
        return "paragraph", target_id
    if archive.case(target_id):
        return "case", target_id
    raise NotFound(
        QT_TRANSLATE_NOOP("Errors", "no paragraph or case record with id {target_id!r}"),
        target_id=target_id,
    )


def new_note(
    archive: Archive,
    target_id: str | None,
    body: str,
    *,
    quote: str | None = None,
    start: int | None = None,
    end: int | None = None,
    tags: Iterable[str] = (),
    private: bool = False,
    color: str = "yellow",
    occurrence: int | None = None,
    prefix: str = "",
    suffix: str = "",
) -> Note:
    """A note ready to store. A passage is given by ``quote`` or by ``start``/``end`` offsets
    into the paragraph's text. A quote is placed by `anchors.find` (white space normalised,
    ``prefix``/``suffix`` settling which occurrence); one that occurs several times with
    nothing to settle it is refused with the candidates listed, unless ``occurrence`` (1-based)
    names one."""
    kind, ident = resolve_target(archive, target_id)
    note = Note(
        id="",
        target_kind=kind,
        target_id=ident,
        body=body,
        tags=list(tags),
        private=private,
        color=color,
    )
    if quote is None and start is None:
        if kind == "paragraph":
            para = archive.paragraph(ident)
            note.bundle_id, note.doc_id = para.bundle_id, para.doc_id
            note.bundle_sha256 = archive.bundle(para.bundle_id).manifest.sha256
        elif kind == "case":
            note.bundle_id = archive.case(ident).bundle_id
        return note
    if kind != "paragraph":
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors", "a quoted passage must come from a paragraph (give a paragraph id)"
            )
        )
    para = archive.paragraph(ident)
    if quote is not None:
        try:
            found = find([(ident, para.text)], Quote(quote, prefix, suffix))
            spans = [(found.start, found.end)]
        except QuoteNotFound:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the quote does not occur in paragraph {ident}: {quote!r}"
                ),
                ident=ident,
                quote=quote,
            ) from None
        except AmbiguousQuote as exc:
            if occurrence is None:
                raise
            spans = [(c.start, c.end) for c in exc.candidates]
        n = occurrence or 1
        if not 1 <= n <= len(spans):
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "the quote occurs {count} time(s) in {ident}"),
                count=len(spans),
                ident=ident,
            )
        start, end = spans[n - 1]
    try:
        q = make_quote(para.text, start, end)
    except ValueError as exc:
        raise KnownError(str(exc)) from None
    note.target_kind = "passage"
    note.exact, note.prefix, note.suffix, note.start, note.end = (
        q.exact,
        q.prefix,
        q.suffix,
        q.start,
        q.end,
    )
    note.bundle_id, note.doc_id = para.bundle_id, para.doc_id
    note.bundle_sha256 = archive.bundle(para.bundle_id).manifest.sha256
    note.motivation = "commenting" if body.strip() else "highlighting"
    return note


def reanchor(
    store: NotesStore,
    archive: Archive,
    changed: set[str] | None = None,
    notes: Iterable[Note] | None = None,
) -> dict[str, int]:
    """Check every passage note (or only ``notes``) against the current text; move, mark
    changed, or orphan. The ids of the notes it changes are added to ``changed`` (for the
    index)."""
    counts = {"ok": 0, "moved": 0, "changed": 0, "orphaned": 0, "recovered": 0}
    touched: set[str] = set() if changed is None else changed
    for note in store.notes() if notes is None else notes:
        if note.target_kind != "passage":
            if note.target_kind in ("paragraph", "case"):
                present = bool(archive.paragraph(note.target_id) or archive.case(note.target_id))
                if present == note.orphan:  # target vanished, or came back
                    touched.add(note.id)
                    store.update(
                        note.id,
                        orphan=int(not present),
                        orphan_reason=None if present else "its target is gone",
                    )
                    counts["recovered" if present else "orphaned"] += 1
            continue
        quote = Quote(note.exact or "", note.prefix or "", note.suffix or "", note.start, note.end)
        para = archive.paragraph(note.target_id)
        anchor = locate(para.text, quote) if para else None
        new_target = note.target_id
        reason = None
        doc = archive.document(note.doc_id) if note.doc_id else None
        if anchor is None and doc:
            try:  # elsewhere in the document: by the same rules, never the first of several
                found = find(
                    [(p.id, p.text) for p in doc.paragraphs],
                    Quote(quote.exact, quote.prefix, quote.suffix),
                )
                anchor, new_target = found, found.para_id
            except AmbiguousQuote as exc:
                reason = (
                    f"the quoted words occur {len(exc.candidates)} times and the context "
                    "does not settle which one"
                )
            except QuoteNotFound:
                pass
        if anchor is None:
            if not note.orphan:
                reason = reason or (
                    "the quoted words are no longer in the text"
                    if para
                    else "its paragraph is gone and the quote was not found elsewhere"
                )
                store.update(note.id, orphan=1, orphan_reason=reason)
                touched.add(note.id)
                counts["orphaned"] += 1
            continue
        changes = {}
        if (anchor.start, anchor.end, new_target) != (note.start, note.end, note.target_id):
            changes.update(start=anchor.start, end=anchor.end, target_id=new_target)
            counts["moved"] += 1
        if anchor.changed:
            text = archive.paragraph(new_target).text
            q = make_quote(text, anchor.start, anchor.end)
            changes.update(
                exact=q.exact,
                prefix=q.prefix,
                suffix=q.suffix,
                orphan_reason=f"quote changed from: {note.exact}",
            )
            counts["changed"] += 1
        if note.orphan:
            changes.update(orphan=0)
            counts["recovered"] += 1
        if changes:
            store.update(note.id, **changes)
            touched.add(note.id)
        else:
            counts["ok"] += 1
    return counts


def note_items(store: NotesStore, archive: Archive) -> Iterable[IndexItem]:
    """Index items for every note."""
    for note in store.notes():
        yield note_item(note, archive)


def note_item(note: Note, archive: Archive) -> IndexItem:
    """A note's index item (kind ``note``): body, quote, tags, where it points."""
    from index.search.items import IndexItem, hierarchical_tags

    para = archive.paragraph(note.target_id) if note.target_id else None
    return IndexItem(
        id=f"note:{note.id}",
        kind="note",
        fields={
            "bundle": note.bundle_id or "",
            "doc_id": note.doc_id or (para.doc_id if para else ""),
            "document": "Note",
            "para_id": note.target_id or "",
            "section_id": para.section_id if para else "",
            "section": para.section_title if para else "",
            "title": note.title,
            "text": "\n".join(t for t in (note.body, note.exact or "") if t),
            "ordinal": para.ordinal if para else 0,
            "tag": hierarchical_tags(note.tags),
            "date": {note.created[:4], note.created[:7], note.created[:10]},
            "year": {note.created[:4]},
        },
    )
