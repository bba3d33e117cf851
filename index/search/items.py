"""What goes into the index: one item per paragraph, per case record, per note.

Each item carries a content hash, so a sync re-indexes only what changed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from index.archive import Archive, CaseEvent, CaseRecord, Paragraph
from index.archive.citation import untitled_opening
from index.notes.tags import hierarchical
from index.search.names import fold_name

_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WORD_RE = re.compile(r"\w+")


@dataclass
class IndexItem:
    id: str
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def hash(self) -> str:
        blob = json.dumps(
            [self.kind, self.fields],
            sort_keys=True,
            ensure_ascii=False,
            default=lambda v: sorted(v) if isinstance(v, set) else str(v),
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]

    def document(self) -> dict[str, Any]:
        text = self.fields.get("text", "")
        doc = {"id": self.id, "kind": self.kind, "hash": self.hash, **self.fields}
        doc["exact"] = doc["names"] = text + "\n" + self.fields.get("title", "")
        for key in ("date", "tag", "year"):
            if isinstance(doc.get(key), list | tuple | set):
                doc[key] = ",".join(sorted(doc[key]))
        return {k: v for k, v in doc.items() if v not in (None, "")}


def date_prefixes(dates: Iterable[str]) -> set[str]:
    """ "2025-04-11" → {"2025", "2025-04", "2025-04-11"}: so ``date:2025-04`` matches the day."""
    out: set[str] = set()
    for d in dates:
        out.update({d[:4], d[:7], d} if len(d) >= 7 else {d[:4]})
    return out


def event_dates(events: Iterable[CaseEvent]) -> set[str]:
    """The ``date:`` terms of events: every month a span covers, nothing for an unknown date."""
    out: set[str] = set()
    for event in events:
        out.update(date_prefixes(event.index_terms()))
    return out


hierarchical_tags = hierarchical


def paragraph_item(archive: Archive, para: Paragraph, tags: Iterable[str] = ()) -> IndexItem:
    citing = archive.cases_citing(para.id)
    words = {fold_name(w) for w in _WORD_RE.findall(para.text)}
    people = []
    for record in citing:
        for subject in record.subjects:
            surname = subject.name.split()[-1]
            if fold_name(surname) in words:
                people.append(" ".join((subject.name, *subject.aliases)))
    dates = event_dates(e for r in citing for e in r.events if para.id in e.sources)
    doc = archive.document(para.doc_id)
    document = doc.title if doc else para.doc_id
    section_id, section = para.section_id, para.section_title
    if untitled_opening(archive, para):
        # The untitled opening of an imported document: it has no "Summary" (the report's
        # lead section), and is a section of its own document, not of every import's.
        section_id, section = para.doc_id, document
    return IndexItem(
        id=para.id,
        kind="paragraph",
        fields={
            "bundle": para.bundle_id,
            "doc_id": para.doc_id,
            "document": document,
            "para_id": para.id,
            "section_id": section_id,
            "section": section,
            "title": section,
            "text": para.text,
            "ordinal": para.ordinal,
            "person": "\n".join(people),
            "date": date_prefixes(dates | set(_YEAR_RE.findall(para.text))),
            "year": {d[:4] for d in dates} | set(_YEAR_RE.findall(para.text)),
            "tag": hierarchical_tags(tags),
            "extra": {"page": para.page} if para.page else None,
        },
    )


def case_item(archive: Archive, record: CaseRecord, tags: Iterable[str] = ()) -> IndexItem:
    lines = [record.title, record.summary or ""]
    for s in record.subjects:
        also = f" ({', '.join(s.aliases)})" if s.aliases else ""  # never an empty "()"
        lines.append(f"{s.name}{also}, {s.role}")
    for e in record.events:
        when = e.date_text or (e.date if e.known else "")
        lines.append(f"{when}: {e.description}" if when else e.description)
    lines += [c.describe() for c in record.charges]
    lines += [record.outcome or "", record.status]
    places = {record.place or ""} | {e.place or "" for e in record.events}
    courts = {record.authority or ""} | {e.authority or "" for e in record.events}
    section = _section_title(archive, record)
    first = archive.paragraph(record.sources[0])
    return IndexItem(
        id=record.id,
        kind="case",
        fields={
            "bundle": record.bundle_id,
            "doc_id": first.doc_id if first else "",
            "document": "Case record",
            "para_id": record.sources[0],
            "section_id": record.section,
            "section": section,
            "title": record.title,
            "text": "\n".join(line for line in lines if line),
            "ordinal": first.ordinal if first else 0,
            "person": "\n".join(" ".join((s.name, *s.aliases)) for s in record.subjects),
            "place": "\n".join(sorted(p for p in places if p)),
            "court": "\n".join(sorted(c for c in courts if c)),
            "date": event_dates(record.events),
            "year": {d[:4] for d in event_dates(record.events)},
            "tag": hierarchical_tags(tags),
        },
    )


def _section_title(archive: Archive, record: CaseRecord) -> str:
    for source in record.all_sources():
        para = archive.paragraph(source)
        if para and para.section_id == record.section:
            return para.section_title
    return record.section


def archive_items(
    archive: Archive, tags: dict[str, list[str]] | None = None
) -> Iterator[IndexItem]:
    """Every paragraph and case record, with the tags the notes store holds for each."""
    tags = tags or {}
    for para in archive.paragraphs():
        yield paragraph_item(archive, para, tags.get(para.id, ()))
    for record in archive.cases:
        yield case_item(archive, record, tags.get(record.id, ()))
