"""Typed, immutable objects for what an archive holds.

Documents are split into sections and paragraphs; every paragraph has a stable id that citations,
note anchors and case-record sources use. Case records follow the HURIDOCS "who did what to whom"
idea: subjects, dated events, authority, charges, outcome, status, and the paragraphs they cite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Paragraph:
    id: str
    bundle_id: str
    doc_id: str
    section_id: str
    section_title: str
    ordinal: int
    """Position in the document, from 0; gives reading order across sections."""
    text: str
    """Plain text as a reader sees it; note anchors count characters in this string."""
    markdown: str
    """The paragraph's Markdown source (inline markup kept)."""
    role: str = "body"
    """body, subtitle, caption or credit."""
    page: int | None = None
    """Page number for paragraphs that come from paged sources (imported PDFs)."""


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Document:
    id: str
    bundle_id: str
    title: str
    path: str
    """File name inside the bundle."""
    markdown: str
    sections: tuple[Section, ...]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)


@dataclass(frozen=True)
class Subject:
    kind: str
    name: str
    aliases: tuple[str, ...]
    role: str
    sources: tuple[str, ...]
    count: int | None = None


@dataclass(frozen=True)
class CaseEvent:
    date: str
    description: str
    sources: tuple[str, ...]
    date_text: str | None = None
    place: str | None = None
    authority: str | None = None


@dataclass(frozen=True)
class CaseRecord:
    id: str
    bundle_id: str
    title: str
    type: str
    section: str
    subjects: tuple[Subject, ...]
    events: tuple[CaseEvent, ...]
    status: str
    sources: tuple[str, ...]
    place: str | None = None
    authority: str | None = None
    charges: tuple[str, ...] = ()
    outcome: str | None = None
    summary: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """The record exactly as the schema defines it, for ``--json`` output and exports."""

    @property
    def date(self) -> str:
        """The earliest event date: what the cases table sorts by."""
        return min((e.date for e in self.events), default="")

    def facts(self) -> list[tuple[str, str]]:
        """(label, value) of the record's headline facts that are present, in reading order."""
        pairs = (
            ("Place", self.place),
            ("Authority", self.authority),
            ("Charges", "; ".join(self.charges)),
            ("Outcome", self.outcome),
            ("Status", self.status),
        )
        return [(label, value) for label, value in pairs if value]

    @property
    def people(self) -> str:
        return ", ".join(s.name for s in self.subjects)

    def all_sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = dict.fromkeys(self.sources)
        for item in (*self.subjects, *self.events):
            seen.update(dict.fromkeys(item.sources))
        return tuple(seen)


@dataclass(frozen=True)
class Manifest:
    id: str
    title: str
    publisher: str
    edition: str
    source_url: str | None
    language: str
    rights: str
    attribution: str
    files: dict[str, str]
    """File name → SHA-256 for every file in the bundle but the manifest itself."""
    documents: tuple[dict[str, str], ...]
    cases: str | None
    sha256: str
    """SHA-256 of manifest.json: one hash that pins the whole edition."""
    imported: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    path: str
    documents: tuple[Document, ...]
    cases: tuple[CaseRecord, ...]
    builtin: bool
    provenance: Any = None
    """`index.archive.signing.Provenance`: who signed it (or that it is yours), when checked."""

    @property
    def id(self) -> str:
        return self.manifest.id
