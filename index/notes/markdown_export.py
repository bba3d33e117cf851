"""Notes as Markdown: grouped by document and section in reading order, each with its quote,
citation and tags. Also the shared ordering and filtering that the PDF export uses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from index.archive import Archive
from index.archive.citation import cite
from index.notes.model import Note


@dataclass
class Placed:
    note: Note
    document: str
    section: str
    citation: str
    order: tuple


def place(note: Note, archive: Archive) -> Placed:
    """Where a note sits in the archive, for grouping, ordering and citing."""
    para = archive.paragraph(note.target_id) if note.target_id else None
    record = archive.case(note.target_id) if note.target_id else None
    if para:
        doc = archive.document(para.doc_id)
        title = doc.title if doc else para.doc_id
        bundle = archive.bundle(para.bundle_id)
        source = bundle.manifest.title if bundle else title
        citation = cite(archive, para)
        order = (
            archive.documents.index(doc) if doc else 999,
            para.ordinal,
            note.start or 0,
            note.created,
        )
        return Placed(note, source, para.section_title, citation, order)
    if record:
        return Placed(
            note,
            "Case records",
            record.title,
            f"case record {record.id}",
            (1000, record.date, note.created),
        )
    label = "Orphaned notes" if note.orphan else "Free notes"
    return Placed(note, label, "", "", (2000, note.created))


def select(
    notes: Iterable[Note],
    tags: Iterable[str] = (),
    private: bool = True,
    exclude_tags: Iterable[str] = (),
    document: str | None = None,
    since: str | None = None,
) -> list[Note]:
    """The notes an export includes: any of ``tags`` (all if none), minus private notes and
    ``exclude_tags`` when asked; only one document's and only those created since a date."""
    wanted = [t.lower() for t in tags]
    excluded = [t.lower() for t in exclude_tags]

    def has(note: Note, names: list[str]) -> bool:
        return any(
            t.lower() == n or t.lower().startswith(n + "/") for t in note.tags for n in names
        )

    return [
        n
        for n in notes
        if (not wanted or has(n, wanted))
        and (private or not n.private)
        and not has(n, excluded)
        and (document is None or n.doc_id == document)
        and (since is None or n.created[: len(since)] >= since)
    ]


def ordered(notes: Iterable[Note], archive: Archive) -> list[Placed]:
    return sorted((place(n, archive) for n in notes), key=lambda p: p.order)


def export_markdown(notes: Iterable[Note], archive: Archive, title: str = "Muragat notes") -> str:
    lines = [f"# {title}", ""]
    current_doc = current_section = None
    for placed in ordered(notes, archive):
        if placed.document != current_doc:
            lines += [f"## {placed.document}", ""]
            current_doc, current_section = placed.document, None
        if placed.section and placed.section != current_section:
            lines += [f"### {placed.section}", ""]
            current_section = placed.section
        note = placed.note
        if note.exact:
            lines += [f"> {note.exact}", ""]
        if placed.citation:
            lines += [f"— {placed.citation}", ""]
        if note.orphan:
            lines += [f"*Orphaned: {note.orphan_reason or 'could not be re-anchored'}*", ""]
        if note.body.strip():
            lines += [note.body.strip(), ""]
        if note.tags:
            lines += ["Tags: " + ", ".join(f"`{t}`" for t in note.tags), ""]
        lines += [
            f"<small>Note {note.id} · created {note.created} · modified {note.modified}</small>",
            "",
            "---",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"
