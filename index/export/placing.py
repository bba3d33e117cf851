"""Where each note sits in the archive (for citing and ordering) and how notes are grouped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from index.archive import Archive
from index.archive.citation import DEFAULT_STYLE, cite_ident, section_heading
from index.export.labels import ENGLISH, Labels
from index.notes.model import Note


@dataclass
class Placed:
    note: Note
    document: str
    section: str
    citation: str
    """The one citation (`index.archive.citation`), the publisher's address included."""
    order: tuple
    address: str | None = None
    """The publisher's address within ``citation``, to link."""
    low_confidence: bool = False
    """The paragraph was recognised from a scanned page with low confidence: the export says
    to check it against the scan."""


@dataclass
class Group:
    """A top-level heading (a document, or a tag) and its notes, by section when grouped by
    document (``section`` is "" for notes outside any section, and for tag groups)."""

    title: str
    sections: list[tuple[str, list[Placed]]] = field(default_factory=list)


def place(
    note: Note, archive: Archive, said: Labels = ENGLISH, style: str = DEFAULT_STYLE
) -> Placed:
    """Where a note sits in the archive, for grouping, ordering and citing (in ``style``)."""
    para = archive.paragraph(note.target_id) if note.target_id else None
    record = archive.case(note.target_id) if note.target_id else None
    cited = cite_ident(archive, note.target_id, style) if note.target_id else None
    text, address = (cited.text, cited.address) if cited else ("", None)
    if para:
        doc = archive.document(para.doc_id)
        title = doc.title if doc else para.doc_id
        bundle = archive.bundle(para.bundle_id)
        source = bundle.manifest.title if bundle else title
        order = (
            archive.document_rank(doc.id) if doc else 10**9,
            para.ordinal,
            note.start or 0,
            note.created,
        )
        return Placed(
            note,
            source,
            section_heading(archive, para),
            text,
            order,
            address,
            low_confidence=para.ocr_low,
        )
    if record:
        return Placed(
            note,
            said("case_records"),
            record.title,
            text,
            (1000, record.date, note.created),
            address,
        )
    label = said("orphaned_notes") if note.orphan else said("free_notes")
    return Placed(note, label, "", "", (2000, note.created))


def ordered(
    notes: Iterable[Note], archive: Archive, said: Labels = ENGLISH, style: str = DEFAULT_STYLE
) -> list[Placed]:
    """Notes in reading order: documents as the archive lists them, then case records, then
    free and orphaned notes."""
    return sorted((place(n, archive, said, style) for n in notes), key=lambda p: p.order)


def grouped(
    notes: Iterable[Note],
    archive: Archive,
    group_by: str = "document",
    said: Labels = ENGLISH,
    style: str = DEFAULT_STYLE,
) -> list[Group]:
    """By document and section in reading order, or by tag (alphabetical; a note with two
    tags appears under both, one without any under "(untagged)"), headed in ``said``'s
    language."""
    placed = ordered(notes, archive, said, style)
    if group_by == "tag":
        by_tag: dict[str, list[Placed]] = {}
        for p in placed:
            for tag in p.note.tags or [said("untagged")]:
                by_tag.setdefault(tag, []).append(p)
        return [Group(tag, [("", by_tag[tag])]) for tag in sorted(by_tag)]
    groups: list[Group] = []
    for p in placed:
        if not groups or groups[-1].title != p.document:
            groups.append(Group(p.document))
        sections = groups[-1].sections
        if not sections or sections[-1][0] != p.section:
            sections.append((p.section, []))
        sections[-1][1].append(p)
    return groups
