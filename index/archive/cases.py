"""Case records: validated against the bundled JSON Schema, then turned into typed objects."""

from __future__ import annotations

from typing import Any

from index.archive.model import Alias, CaseEvent, CaseRecord, Charge, OutsideFact, Subject
from index.archive.schema import SchemaError, load_schema, validate

CASES_SCHEMA = "case-record.schema.json"


def parse_cases(data: Any, bundle_id: str) -> tuple[CaseRecord, ...]:
    """Validate ``data`` (the parsed cases.json) and build records; raises `SchemaError`."""
    validate(data, load_schema(CASES_SCHEMA))
    records = tuple(_record(r, bundle_id) for r in data["records"])
    for i, record in enumerate(records):
        for j, event in enumerate(record.events):
            _check_date(event, f"$.records[{i}].events[{j}]")
        for j, subject in enumerate(record.subjects):
            if len(set(subject.aliases)) != len(subject.aliases):
                raise SchemaError(f"$.records[{i}].subjects[{j}].aliases: a name is listed twice")
    return records


def _check_date(event: CaseEvent, path: str) -> None:
    """What the schema's pattern cannot say: a span runs forwards; an unknown date says why."""
    if not event.known:
        if not event.date_note:
            raise SchemaError(f"{path}: an unknown date needs a date_note saying why")
        if event.approximate:
            raise SchemaError(f"{path}: an unknown date cannot be approximate")
        return
    start, end = event.start or "", event.end or ""
    if "/" in event.date and (end[: len(start)] < start[: len(end)] or start == end):
        raise SchemaError(f"{path}: the span {event.date!r} does not run forwards")


def _subject(s: dict[str, Any]) -> Subject:
    info = tuple(Alias(a["name"], a["source"], a.get("note")) for a in s["aliases"])
    return Subject(
        kind=s["kind"],
        name=s["name"],
        aliases=tuple(a.name for a in info),
        role=s["role"],
        sources=tuple(s["sources"]),
        count=s.get("count"),
        alias_info=info,
        outside_facts=tuple(
            OutsideFact(f["fact"], f["source"]) for f in s.get("outside_facts", ())
        ),
    )


def _event(e: dict[str, Any]) -> CaseEvent:
    return CaseEvent(
        date=e["date"],
        description=e["description"],
        sources=tuple(e["sources"]),
        date_text=e.get("date_text"),
        place=e.get("place"),
        authority=e.get("authority"),
        approximate=bool(e.get("approximate", False)),
        date_note=e.get("date_note"),
    )


def _charge(c: dict[str, Any]) -> Charge:
    return Charge(
        charge=c["charge"],
        brought_by=c["brought_by"],
        stage=c["stage"],
        qualifiers=tuple(c["qualifiers"]),
        sources=tuple(c["sources"]),
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
        charges=tuple(_charge(c) for c in r.get("charges", ())),
        outcome=r.get("outcome"),
        summary=r.get("summary"),
        raw=r,
    )
