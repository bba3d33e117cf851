"""The timeline: the case records' events in date order, filtered and grouped.

`events` is cheap enough to run again whenever anything it shows may have changed (22 records
and 52 events in the bundled edition: 0.7 ms; see docs/bench/timeline.md),
so the window recomputes it rather than patching it; `touches` says whether a change made
through `Core.apply` (its `Changed`) can alter a timeline at all.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from index.notes.tags import within_any
from index.timeline.event import Event, record_events

if TYPE_CHECKING:
    from index.archive.archive import Archive
    from index.changes import Changed
    from index.notes.model import Note

GROUPINGS = ("case", "person")


@dataclass(frozen=True)
class Filters:
    """What the timeline shows; every filter given must match (empty: everything).

    Text filters ignore case and accents; ``person`` also matches the other spellings and
    scripts of a name (Еңсебек finds Temirlan Ensebek). ``tag``: a tag (or a sub-tag of it) on
    the event's paragraph or case record, or on a note attached to either. ``start``/``end``:
    the dated events that overlap those days; events of unknown date are not placed, so a
    date range cannot exclude them: they stay listed apart."""

    cases: tuple[str, ...] = ()
    person: str = ""
    tag: str = ""
    charge: str = ""
    place: str = ""
    text: str = ""
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    placed: tuple[Event, ...]
    unknown: tuple[Event, ...]


@dataclass
class Timeline:
    placed: list[Event]
    """The events with a known date, in date order (start, then end, then record order)."""
    unknown: list[Event]
    """The events of unknown date, in record order: listed apart, never placed."""
    filters: Filters = field(default_factory=Filters)
    notes: dict[str, list[Note]] = field(default_factory=dict)
    """Event key → the notes on its paragraphs and case record (when notes were given)."""
    tags: dict[str, list[str]] = field(default_factory=dict)
    """Event key → the tags on its paragraphs and case record and on their notes."""

    @property
    def all(self) -> list[Event]:
        return [*self.placed, *self.unknown]

    def extent(self) -> tuple[date, date] | None:
        """The days the axis must show: the date filter's range where given, else from the
        first placed event's start to the last one's end; None with nothing placed."""
        if not self.placed and (self.filters.start is None or self.filters.end is None):
            return None
        first = self.filters.start or min(e.start for e in self.placed)  # type: ignore[type-var]
        last = self.filters.end or max(e.end for e in self.placed)  # type: ignore[type-var]
        return first, last

    def groups(self, by: str) -> list[Group]:
        """The events by case record, or by person: each subject of a record (a person, a group
        or an organisation), so an event is in the group of every subject its record names; in
        the order of their first event."""
        if by not in GROUPINGS:
            raise ValueError(f"group by one of {GROUPINGS}, not {by!r}")
        keyed: dict[str, tuple[str, list[Event], list[Event]]] = {}
        for event in self.all:
            pairs = (
                [(event.case_id, event.case_title)]
                if by == "case"
                else [(name, name) for name in event.subjects]
            )
            for key, label in pairs:
                entry = keyed.setdefault(key, (label, [], []))
                (entry[1] if event.known else entry[2]).append(event)
        return [Group(k, label, tuple(p), tuple(u)) for k, (label, p, u) in keyed.items()]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("“", "").replace("”", "").replace('"', "").split())


def _contains(haystack: Iterable[str | None], needle: str) -> bool:
    want = _fold(needle)
    return any(want in _fold(h) for h in haystack if h)


def _person_matches(event: Event, who: str) -> bool:
    """Every word of ``who`` is (the start of) a word of one subject's name or alias, across
    spellings and scripts (`index.search.names.fold_name`)."""
    from index.search.names import fold_name  # only for this filter: it loads the analyser

    wanted = [fold_name(w) for w in who.split()]
    wanted = [w for w in wanted if w]
    if not wanted:
        return _contains([*event.subjects, *event.aliases], who)
    for name in (*event.subjects, *event.aliases):
        words = [fold_name(w) for w in name.replace("-", " ").split()]
        if all(any(w.startswith(x) for w in words) for x in wanted):
            return True
    return _contains([*event.subjects, *event.aliases], who)


def _matches(event: Event, f: Filters, tags: list[str]) -> bool:
    if f.cases and event.case_id not in f.cases:
        return False
    if f.person and not _person_matches(event, f.person):
        return False
    if f.charge and not _contains(event.charges, f.charge):
        return False
    if f.place and not _contains([event.place], f.place):
        return False
    if f.tag and not within_any(tags, [f.tag]):
        return False
    if f.text and not _contains(
        [event.description, event.case_title, event.date_text, event.place, event.authority,
         *event.subjects, *event.aliases, *event.charges],
        f.text,
    ):  # fmt: skip
        return False
    return event.when is None or event.when.overlaps(f.start, f.end)


def events(
    archive: Archive,
    filters: Filters | None = None,
    notes: Iterable[Note] = (),
    target_tags: Mapping[str, Iterable[str]] | None = None,
) -> Timeline:
    """The timeline of every case record in ``archive`` that ``filters`` lets through.

    ``notes`` (the caller's choice: the CLI leaves private notes out) are attached to the
    events whose paragraphs or case record they target; ``target_tags`` (`Core.target_tags`)
    and those notes' tags are what the tag filter looks at."""
    f = filters or Filters()
    by_target: dict[str, list[Note]] = {}
    for note in notes:
        if note.target_id:
            by_target.setdefault(note.target_id, []).append(note)
    tagged = target_tags or {}
    placed: list[tuple[tuple, Event]] = []
    unknown: list[Event] = []
    attached: dict[str, list[Note]] = {}
    event_tags: dict[str, list[str]] = {}
    for order, record in enumerate(archive.cases):
        for event in record_events(record):
            targets = event.targets()
            on = [n for t in targets for n in by_target.get(t, ())]
            tags = list(
                dict.fromkeys([*(t for x in targets for t in tagged.get(x, ())),
                               *(t for n in on for t in n.tags)])
            )  # fmt: skip
            if not _matches(event, f, tags):
                continue
            if on:
                attached[event.key] = on
            if tags:
                event_tags[event.key] = tags
            if event.when is None:
                unknown.append(event)
            else:
                placed.append(((event.when.start, event.when.end, order, event.index), event))
    placed.sort(key=lambda pair: pair[0])
    return Timeline([e for _, e in placed], unknown, f, attached, event_tags)


def touches(changed: Changed, timeline: Timeline) -> bool:
    """Whether a change can alter ``timeline``: editions added, updated or removed (the
    records), tags on its paragraphs or records, or notes (a note's old target is gone once
    it is deleted, so any note change counts when the timeline shows notes or filters by
    tag). Recomputing is cheap; this spares even that for the changes that cannot matter."""
    if changed.bundles or changed.loaded:
        return True
    if changed.targets:
        targets = {t for e in timeline.all for t in e.targets()}
        if changed.targets & targets or timeline.filters.tag:
            return True
    return bool(changed.notes) and (bool(timeline.notes) or bool(timeline.filters.tag))
