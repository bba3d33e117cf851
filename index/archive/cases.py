"""Case records: validated against the bundled JSON Schema, then turned into typed objects."""

from __future__ import annotations

from typing import Any

from index.archive.model import CaseEvent, CaseRecord, Subject
from index.archive.schema import load_schema, validate

CASES_SCHEMA = "case-record.schema.json"


def parse_cases(data: Any, bundle_id: str) -> tuple[CaseRecord, ...]:
    """Validate ``data`` (the parsed cases.json) and build records; raises `SchemaError`."""
    validate(data, load_schema(CASES_SCHEMA))
    return tuple(_record(r, bundle_id) for r in data["records"])


def _subject(s: dict[str, Any]) -> Subject:
    return Subject(
        kind=s["kind"],
        name=s["name"],
        aliases=tuple(s["aliases"]),
        role=s["role"],
        sources=tuple(s["sources"]),
        count=s.get("count"),
    )


def _event(e: dict[str, Any]) -> CaseEvent:
    return CaseEvent(
        date=e["date"],
        description=e["description"],
        sources=tuple(e["sources"]),
        date_text=e.get("date_text"),
        place=e.get("place"),
        authority=e.get("authority"),
    )


def _record(r: dict[str, Any], bundle_id: str) -> CaseRecord:
    return CaseRecord(
        id=r["id"],
        bundle_id=bundle_id,
        title=r["title"],
        type=r["type"],
        section=r["section"],
        subjects=tuple(_subject(s) for s in r["subjects"]),
        events=tuple(_event(e) for e in r["events"]),
        status=r["status"],
        sources=tuple(r["sources"]),
        place=r.get("place"),
        authority=r.get("authority"),
        charges=tuple(r.get("charges", ())),
        outcome=r.get("outcome"),
        summary=r.get("summary"),
        raw=r,
    )
