"""The timeline as JSON: the placed events in date order, then the events of unknown date
apart, each with its case record, the date as written, the days it means and the paragraphs
it rests on with their citations (`index.archive.citation`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from index.archive.citation import DEFAULT_STYLE, cite_paragraph, cite_record

if TYPE_CHECKING:
    from index.archive.archive import Archive
    from index.timeline.build import Timeline
    from index.timeline.event import Event

FORMAT = "muragat-timeline/1"


def event_json(archive: Archive, timeline: Timeline, event: Event, style: str) -> dict[str, Any]:
    record = archive.case(event.case_id)
    sources = []
    for ident in event.sources:
        para = archive.paragraph(ident)
        sources.append(
            {"id": ident, "citation": cite_paragraph(archive, para, style).text if para else None}
        )
    out: dict[str, Any] = {
        "key": event.key,
        "case": event.case_id,
        "case_title": event.case_title,
        "case_citation": cite_record(archive, record, style).text if record else None,
        "date": event.date,
        "date_text": event.date_text,
        "date_note": event.date_note,
        "approximate": event.approximate,
        "shown": event.shown(),
        "start": event.start.isoformat() if event.start else None,
        "end": event.end.isoformat() if event.end else None,
        "precision": event.precision,
        "span": bool(event.when and not event.when.point),
        "description": event.description,
        "subjects": list(event.subjects),
        "place": event.place,
        "authority": event.authority,
        "charges": list(event.charges),
        "sources": sources,
        "tags": timeline.tags.get(event.key, []),
    }
    if event.key in timeline.notes:
        out["notes"] = [
            {"id": n.id, "target": n.target_id, "title": n.title, "tags": list(n.tags)}
            for n in timeline.notes[event.key]
        ]
    return out


def timeline_json(
    archive: Archive, timeline: Timeline, group_by: str = "", style: str = DEFAULT_STYLE
) -> dict[str, Any]:
    f = timeline.filters
    out: dict[str, Any] = {
        "format": FORMAT,
        "filters": {
            "cases": list(f.cases),
            "person": f.person,
            "tag": f.tag,
            "charge": f.charge,
            "place": f.place,
            "text": f.text,
            "from": f.start.isoformat() if f.start else None,
            "to": f.end.isoformat() if f.end else None,
        },
        "events": [event_json(archive, timeline, e, style) for e in timeline.placed],
        "unknown": [event_json(archive, timeline, e, style) for e in timeline.unknown],
    }
    if group_by:
        out["group_by"] = group_by
        out["groups"] = [
            {
                "key": g.key,
                "label": g.label,
                "events": [e.key for e in g.placed],
                "unknown": [e.key for e in g.unknown],
            }
            for g in timeline.groups(group_by)
        ]
    return out
