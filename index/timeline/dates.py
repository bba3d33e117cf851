"""A case record's date as a range of days: "2025-01-17" one day, "2025-03" its month, "2025"
its year, "2025-06/2025-07" from the first day of June to the last of July; "unknown" none.

The record's own precision stays with it (`DateRange.precision`): a month is drawn as the
month it is, never as a day within it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from index.errors import QT_TRANSLATE_NOOP, KnownError

PRECISIONS = ("day", "month", "year")
_ISO = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


@dataclass(frozen=True)
class DateRange:
    start: date
    """The first day the date can mean."""
    end: date
    """The last day it can mean (== start for one day)."""
    precision: str
    """day, month or year: the coarsest precision of the date (of either end of a span)."""
    span: bool
    """Written as an interval "start/end"."""

    @property
    def point(self) -> bool:
        """One day: drawn as a mark, not a bar."""
        return self.start == self.end

    def overlaps(self, first: date | None, last: date | None) -> bool:
        return (first is None or self.end >= first) and (last is None or self.start <= last)


def _bounds(text: str) -> tuple[date, date, str] | None:
    m = _ISO.match(text)
    if m is None:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day is not None:
            one = date(year, int(month), int(day))
            return one, one, "day"
        if month is not None:
            last = calendar.monthrange(year, int(month))[1]
            return date(year, int(month), 1), date(year, int(month), last), "month"
        return date(year, 1, 1), date(year, 12, 31), "year"
    except ValueError:  # 2025-02-30, month 13
        return None


def parse_date(text: str) -> DateRange | None:
    """The days a record's date means; None for "unknown" (and for anything not a date)."""
    parts = text.split("/")
    if len(parts) > 2:
        return None
    found = [_bounds(p) for p in parts]
    if any(f is None for f in found):
        return None
    first, last = found[0], found[-1]
    assert first is not None and last is not None
    coarse = max(first[2], last[2], key=PRECISIONS.index)
    if last[1] < first[0]:
        return None
    return DateRange(first[0], last[1], coarse, len(parts) == 2)


def parse_bound(text: str | None, end: bool = False) -> date | None:
    """A ``--from``/``--to`` date ("2025", "2025-03", "2025-03-14"): its first day, or with
    ``end`` its last; None for none given. Raises `KnownError` for a date it cannot read."""
    if not text:
        return None
    found = _bounds(text.strip())
    if found is None:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "not a date: {date!r}; write 2025, 2025-03 or 2025-03-14"),
            date=text,
        )
    return found[1] if end else found[0]


def date_range(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    """``--from`` and ``--to`` as days: the first day of ``start``, the last of ``end`` (so
    ``--from 2025 --to 2025`` is the whole year). Raises `KnownError` for a date it cannot read
    and for a range that ends before it starts."""
    first, last = parse_bound(start), parse_bound(end, end=True)
    if first is not None and last is not None and last < first:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "the dates run backwards: {start} is after {end}"),
            start=start,
            end=end,
        )
    return first, last
