"""One event of a case record, as the timeline shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from index.archive.model import CaseEvent, CaseRecord
from index.archive.wording import event_when
from index.errors import Translate
from index.timeline.dates import DateRange, parse_date


@dataclass(frozen=True)
class Event:
    case_id: str
    case_title: str
    index: int
    """The event's position in its record's ``events`` (with ``case_id``, its identity)."""
    subjects: tuple[str, ...]
    """The record's people, groups and organisations, as the report spells them."""
    aliases: tuple[str, ...]
    """Their other spellings (for the person filter)."""
    date: str
    """The record's date: ISO 8601 with the report's precision, "start/end", or "unknown"."""
    date_text: str | None
    """The report's own words for the date ("In June and July")."""
    date_note: str | None
    approximate: bool
    when: DateRange | None
    """The days the date means; None: unknown, listed apart and never placed."""
    description: str
    sources: tuple[str, ...]
    """The paragraph ids the event cites."""
    place: str | None
    """The event's place, else its record's."""
    authority: str | None
    charges: tuple[str, ...]
    """The record's charges, as quoted in the report."""

    @property
    def key(self) -> str:
        """A stable id: "<case id>#<position>" (what the window selects and opens)."""
        return f"{self.case_id}#{self.index}"

    @property
    def known(self) -> bool:
        return self.when is not None

    @property
    def start(self) -> date | None:
        return self.when.start if self.when else None

    @property
    def end(self) -> date | None:
        return self.when.end if self.when else None

    @property
    def precision(self) -> str | None:
        return self.when.precision if self.when else None

    def shown(self, translate: Translate | None = None) -> str:
        """The date as a reader sees it: "2025-06 to 2025-07 (In June and July)", "about 2025
        (in early 2025)", "date unknown (the report gives no date)"."""
        return event_when(self._as_case_event(), translate)

    def targets(self) -> tuple[str, ...]:
        """What notes and tags on the event are attached to: its paragraphs and its record."""
        return (*self.sources, self.case_id)

    def _as_case_event(self) -> CaseEvent:
        return CaseEvent(
            date=self.date,
            description=self.description,
            sources=self.sources,
            date_text=self.date_text,
            approximate=self.approximate,
            date_note=self.date_note,
        )


def record_events(record: CaseRecord) -> list[Event]:
    """Every event of ``record``, in the record's order."""
    subjects = tuple(s.name for s in record.subjects)
    aliases = tuple(a for s in record.subjects for a in s.aliases)
    charges = tuple(c.charge for c in record.charges)
    return [
        Event(
            case_id=record.id,
            case_title=record.title,
            index=i,
            subjects=subjects,
            aliases=aliases,
            date=e.date,
            date_text=e.date_text,
            date_note=e.date_note,
            approximate=e.approximate,
            when=parse_date(e.date) if e.known else None,
            description=e.description,
            sources=e.sources,
            place=e.place or record.place,
            authority=e.authority or record.authority,
            charges=charges,
        )
        for i, e in enumerate(record.events)
    ]
