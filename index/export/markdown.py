"""Notes as Markdown: grouped (by document and section, or by tag), each with its quote,
citation and tags."""

from __future__ import annotations

from collections.abc import Iterable

from index.archive import Archive
from index.export.placing import Placed, grouped
from index.notes.model import Note


def export_markdown(
    notes: Iterable[Note],
    archive: Archive,
    title: str = "Muragat notes",
    group_by: str = "document",
) -> str:
    lines = [f"# {title}", ""]
    for group in grouped(notes, archive, group_by):
        lines += [f"## {group.title}", ""]
        for section, placed in group.sections:
            if section:
                lines += [f"### {section}", ""]
            for p in placed:
                lines += _note(p)
    return "\n".join(lines).rstrip() + "\n"


def _note(placed: Placed) -> list[str]:
    note, lines = placed.note, []
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
    return [
        *lines,
        f"<small>Note {note.id} · created {note.created} · modified {note.modified}</small>",
        "",
        "---",
        "",
    ]
