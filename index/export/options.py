"""What an export includes: the options (with the one set of defaults) and the selection."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.archive import Archive
from index.archive.citation import DEFAULT_STYLE, check_style
from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.export.labels import DEFAULT_TITLE, Labels, labels
from index.notes.model import Note
from index.notes.tags import within_any

FORMATS = ("pdf", "md", "w3c")
SUFFIXES = {"pdf": ".pdf", "md": ".md", "w3c": ".jsonld"}
GROUPINGS = ("document", "tag")
_SINCE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass
class ExportOptions:
    format: str = "md"
    title: str = DEFAULT_TITLE
    """The export's title; left at the default, it is the default of ``language``."""
    group_by: str = "document"
    tags: tuple[str, ...] = ()
    """Only notes with any of these tags (or their sub-tags); none given: all notes."""
    exclude_tags: tuple[str, ...] = ()
    document: str | None = None
    """Only notes on this document (a document id, or an imported document's bundle id)."""
    since: str | None = None
    """Only notes created on or after this date: 2026, 2026-05 or 2026-05-14."""
    include_private: bool = False
    language: str = "en"
    """The language of the export's headings and labels (en, ru or kk; `index.export.labels`)."""
    citation_style: str = DEFAULT_STYLE
    """How notes' sources are cited: one of `index.archive.citation.STYLES`."""
    include_timeline: bool = False
    """A PDF ends with the timeline of the case records (`index.export.timeline_section`)."""

    def check(self) -> None:
        if self.format not in FORMATS:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "unknown format {format!r}; choose one of {choices}"),
                format=self.format,
                choices=", ".join(FORMATS),
            )
        if self.group_by not in GROUPINGS:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "cannot group by {group_by!r}; choose document or tag"),
                group_by=self.group_by,
            )
        labels(self.language)  # an unknown language is refused before any work
        check_style(self.citation_style)
        if self.since is not None and not _SINCE.fullmatch(self.since):
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors", "since: a date like 2026, 2026-05 or 2026-05-14, not {since!r}"
                ),
                since=self.since,
            )


def words(options: ExportOptions) -> tuple[Labels, str]:
    """The labels of the export's language, and its title in that language."""
    said = labels(options.language)
    title = said("title") if options.title == DEFAULT_TITLE else options.title
    return said, title


def _documents(archive: Archive, ident: str) -> set[str]:
    """Document ids meant by ``ident``: a document id, or a bundle id (all its documents)."""
    if archive.document(ident):
        return {ident}
    bundle = archive.bundle(ident)
    if bundle:
        return {d.id for d in bundle.documents}
    raise KnownError(
        QT_TRANSLATE_NOOP(
            "Errors", "no document {ident!r} (see muragat import --list, or the contents)"
        ),
        ident=ident,
    )


def select(notes: Iterable[Note], options: ExportOptions, archive: Archive) -> list[Note]:
    """The notes an export includes, in the order given (see `ExportOptions`)."""
    options.check()
    docs = _documents(archive, options.document) if options.document else None

    def on_document(note: Note) -> bool:
        if note.doc_id:
            return note.doc_id in docs
        para = archive.paragraph(note.target_id) if note.target_id else None
        return bool(para and para.doc_id in docs)

    since = options.since
    return [
        n
        for n in notes
        if (not options.tags or within_any(n.tags, options.tags))
        and (options.include_private or not n.private)
        and not within_any(n.tags, options.exclude_tags)
        and (docs is None or on_document(n))
        and (since is None or n.created[: len(since)] >= since)
    ]


def select_target_tags(
    target_tags: dict[str, list[str]], options: ExportOptions, archive: Archive
) -> dict[str, list[str]]:
    """The tags on paragraphs and case records that an export carries (JSON-LD), chosen by
    the same tag and document options as the notes."""
    docs = _documents(archive, options.document) if options.document else None
    out: dict[str, list[str]] = {}
    for target, tags in target_tags.items():
        if docs is not None:
            para = archive.paragraph(target)
            if not para or para.doc_id not in docs:
                continue
        kept = [
            t
            for t in tags
            if (not options.tags or within_any([t], options.tags))
            and not within_any([t], options.exclude_tags)
        ]
        if kept:
            out[target] = kept
    return out
