"""Typed, immutable objects for what an archive holds.

Documents are split into sections and paragraphs; every paragraph has a stable id that citations,
note anchors and case-record sources use. Case records follow the HURIDOCS "who did what to whom"
idea: subjects, dated events, authority, charges, outcome, status, and the paragraphs they cite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.archive.wording import alias_source, charge_details, event_when


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
    ocr: bool = False
    """Recognised from a scan (text recognition): the page image is the original's words."""
    ocr_low: bool = False
    """Recognised with a low mean confidence: to be checked against the scan."""


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
class Alias:
    name: str
    source: str
    """report, press, official, translation, transliteration or general-knowledge
    (`index.archive.wording.ALIAS_SOURCES`)."""
    note: str | None = None

    @property
    def from_report(self) -> bool:
        return self.source == "report"

    def describe(self) -> str:
        """Where the spelling comes from, for readers: "in use in the press" (English; the
        window words it in its language: `index.archive.wording.alias_source`)."""
        return alias_source(self.source, self.note)


@dataclass(frozen=True)
class OutsideFact:
    """Context that is not in the report, with where it comes from."""

    fact: str
    source: str


@dataclass(frozen=True)
class Subject:
    kind: str
    name: str
    aliases: tuple[str, ...]
    """Every alias spelling (for search); `alias_info` says where each comes from."""
    role: str
    sources: tuple[str, ...]
    count: int | None = None
    alias_info: tuple[Alias, ...] = ()
    outside_facts: tuple[OutsideFact, ...] = ()


UNKNOWN_DATE = "unknown"


def _months(start: str, end: str) -> list[str]:
    """Every "YYYY-MM" from ``start`` to ``end`` (both "YYYY-MM"), inclusive."""
    y, m = int(start[:4]), int(start[5:7])
    out = []
    while (y, m) <= (int(end[:4]), int(end[5:7])):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass(frozen=True)
class CaseEvent:
    date: str
    """ISO 8601 with the report's precision, an interval "start/end", or "unknown"."""
    description: str
    sources: tuple[str, ...]
    date_text: str | None = None
    """The report's own words for the date."""
    place: str | None = None
    authority: str | None = None
    approximate: bool = False
    date_note: str | None = None
    """The editors' note on the date (e.g. that the report gives none)."""

    @property
    def known(self) -> bool:
        return self.date != UNKNOWN_DATE

    @property
    def start(self) -> str | None:
        return self.date.split("/")[0] if self.known else None

    @property
    def end(self) -> str | None:
        return self.date.split("/")[-1] if self.known else None

    def index_terms(self) -> set[str]:
        """What ``date:`` finds this event by: every year, month and day the report states or a
        span covers; nothing for an unknown date, and no month for a date given only by year."""
        if not self.known:
            return set()
        start, end = self.start or "", self.end or ""
        terms = {start, end}
        terms.update(str(y) for y in range(int(start[:4]), int(end[:4]) + 1))
        if len(start) >= 7 and len(end) >= 7:
            terms.update(_months(start[:7], end[:7]))
        return terms

    @property
    def when(self) -> str:
        """The date as shown to readers, never more precise than the report (English:
        `index.archive.wording.event_when`)."""
        return event_when(self)


@dataclass(frozen=True)
class Charge:
    charge: str
    """As quoted in the report."""
    brought_by: str
    stage: str
    qualifiers: tuple[str, ...]
    sources: tuple[str, ...]

    def details(self) -> str:
        """Stage, the report's own qualifiers and who brought it: "wanted on these charges; the
        report says: bogus, in Russia; brought by: Russia"."""
        return charge_details(self.stage, self.qualifiers, self.brought_by)

    def describe(self) -> str:
        return f"{self.charge} — {self.details()}"


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
    charges: tuple[Charge, ...] = ()
    outcome: str | None = None
    summary: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """The record exactly as the schema defines it, for ``--json`` output and exports."""

    @property
    def date(self) -> str:
        """The earliest known event date: what the cases table sorts by ("" if none is known)."""
        return min((e.start for e in self.events if e.start), default="")

    def facts(self) -> list[tuple[str, str]]:
        """(label, value) of the record's headline facts that are present, in reading order."""
        pairs = (
            ("Place", self.place),
            ("Authority", self.authority),
            ("Charges", "; ".join(c.describe() for c in self.charges)),
            ("Outcome", self.outcome),
            ("Status", self.status),
        )
        return [(label, value) for label, value in pairs if value]

    @property
    def people(self) -> str:
        return ", ".join(s.name for s in self.subjects)

    def all_sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = dict.fromkeys(self.sources)
        for item in (*self.subjects, *self.events, *self.charges):
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
    edition_number: int | None = None
    """The signed, increasing edition number (`index.archive.editions`); None: an older format."""

    @classmethod
    def from_raw(cls, raw: dict[str, Any], sha256: str) -> Manifest:
        """The manifest as ``manifest.json`` (already validated) gives it, whose file has this
        SHA-256."""
        return cls(
            id=raw["id"],
            title=raw["title"],
            publisher=raw["publisher"],
            edition=raw["edition"],
            source_url=raw.get("source_url"),
            language=raw["language"],
            rights=raw["rights"],
            attribution=raw["attribution"],
            files=dict(raw["files"]),
            documents=tuple(raw["documents"]),
            cases=raw.get("cases"),
            sha256=sha256,
            imported=dict(raw.get("imported", {})),
            edition_number=raw.get("edition_number"),
        )

    def raw(self) -> dict[str, Any]:
        """What `from_raw` takes (the manifest's fields, but its SHA-256)."""
        fields = {k: v for k, v in self.__dict__.items() if k != "sha256"}
        if self.edition_number is None:
            del fields["edition_number"]
        return {**fields, "files": dict(self.files), "documents": list(self.documents)}


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
