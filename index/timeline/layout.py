"""Where everything of a drawn timeline goes: a list of shapes in pixels, the same for the SVG
(index/timeline/svg.py) and the PNG (index/timeline/png.py).

One row per event, so that no label covers another: on the left the date as the report gives
it and what happened; on the right a time axis with years and months (days when the range is
short enough), a mark for an event of one day, a bar for a month, a year or a span; an
approximate date is a dashed bar, its date "about …". The events of unknown date follow
under their own heading, with no mark: they are never placed on the axis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from index.archive.wording import ABOUT, SPAN, say
from index.errors import QT_TRANSLATE_NOOP, Translate
from index.timeline.build import Timeline
from index.timeline.event import Event
from index.timeline.fonts import fit

HEADING = QT_TRANSLATE_NOOP("Timeline", "Timeline of the case records")
COUNTS = QT_TRANSLATE_NOOP("Timeline", "dated events: {placed} · date unknown: {unknown}")
UNKNOWN_HEADING = QT_TRANSLATE_NOOP(
    "Timeline", "Date unknown: listed apart, never placed on the axis"
)
NOTES = QT_TRANSLATE_NOOP("Timeline", "notes: {count}")
NOTHING = QT_TRANSLATE_NOOP("Timeline", "No event matches.")
TIMELINE = "Timeline"

WIDTH = 1200
MARGIN = 16
DATE_COLUMN = 150
TEXT_COLUMN = 400
AXIS_LEFT = MARGIN + DATE_COLUMN + 8 + TEXT_COLUMN + 16
AXIS_RIGHT = WIDTH - MARGIN - 8
ROW = 20
SIZE = 12
SMALL = 10
INK = "#1a1a1a"
GREY = "#6b6b6b"
GRID = "#d9d9d9"
STRIPE = "#f4f4f4"
BAR = "#3b6ea5"
LIGHT = "#c9d9ec"


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = GRID
    width: float = 1.0
    role: str = "grid"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str | None = None
    dashed: bool = False
    role: str = "stripe"
    event: str | None = None
    """The event's key, for a mark (what the window opens when it is clicked)."""
    title: str | None = None


@dataclass(frozen=True)
class Dot:
    cx: float
    cy: float
    r: float
    fill: str
    role: str = "point"
    event: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    """The baseline."""
    text: str
    size: int = SIZE
    bold: bool = False
    fill: str = INK
    anchor: str = "start"
    """start, middle or end."""
    role: str = "label"
    event: str | None = None
    title: str | None = None


Shape = Line | Rect | Dot | Text


@dataclass
class Drawing:
    width: int
    height: int
    shapes: list[Shape] = field(default_factory=list)
    title: str = ""


def short_date(event: Event, translate: Translate | None = None) -> str:
    """The date column: the record's date at its precision, a span "start to end", "about …"
    when approximate; "" for an unknown date."""
    if not event.known:
        return ""
    if "/" in event.date:
        shown = say(SPAN, translate, start=event.date.split("/")[0], end=event.date.split("/")[1])
    else:
        shown = event.date
    return say(ABOUT, translate, date=shown) if event.approximate else shown


def tell(template: str, translate: Translate | None = None, /, **values: str) -> str:
    """One of this module's phrases (context "Timeline") in ``translate``'s language."""
    text = (translate(TIMELINE, template) if translate else "") or template
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


class Axis:
    """Days to pixels between whole months around the extent."""

    def __init__(self, first: date, last: date, right: float = AXIS_RIGHT) -> None:
        self.first = first.replace(day=1)
        after = (last.replace(day=28) + timedelta(days=4)).replace(day=1)
        self.after = after
        """The first day after the axis (exclusive end)."""
        self.days = max((after - self.first).days, 1)
        self.px_per_day = (right - AXIS_LEFT) / self.days

    def x(self, day: date) -> float:
        offset = min(max((day - self.first).days, 0), self.days)
        return AXIS_LEFT + offset * self.px_per_day

    def months(self) -> list[date]:
        out, d = [], self.first
        while d <= self.after:
            out.append(d)
            d = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        return out


def _axis(drawing: Drawing, axis: Axis, top: float, bottom: float) -> None:
    months = axis.months()
    month_px = 30 * axis.px_per_day
    shapes = drawing.shapes
    for i, m in enumerate(months):
        x = axis.x(m)
        year = m.month == 1 or i == 0
        shapes.append(
            Line(x, top + 22 if not year else top, x, bottom, GRID if not year else GREY,
                 1.0 if not year else 1.2, "year" if year else "month")
        )  # fmt: skip
        if year and m < axis.after:
            shapes.append(Text(x + 3, top + 12, str(m.year), SIZE, True, role="year"))
        if m < axis.after and month_px >= 18:
            shapes.append(
                Text(x + month_px / 2, top + 34, f"{m.month:02d}", SMALL, fill=GREY,
                     anchor="middle", role="month")
            )  # fmt: skip
    if axis.px_per_day >= 4:  # a short range: the days too
        d = axis.first
        step = 1 if axis.px_per_day >= 16 else 5
        while d < axis.after:
            x = axis.x(d)
            if d.day != 1:
                shapes.append(Line(x, top + 38, x, top + 44, GREY, 0.8, "day"))
            if d.day == 1 or (d.day % step == 0 and d.day < 30):
                shapes.append(
                    Text(x + 1, top + 53, str(d.day), SMALL - 1, fill=GREY, role="day-label")
                )
            d += timedelta(days=1)


def _mark(event: Event, axis: Axis, y: float, full: str) -> Shape:
    assert event.when is not None
    mid = y + ROW / 2
    if event.when.point and not event.approximate:
        x = axis.x(event.when.start) + axis.px_per_day / 2
        return Dot(x, mid, 4.5, BAR, event=event.key, title=full)
    x1 = axis.x(event.when.start)
    x2 = max(axis.x(event.when.end + timedelta(days=1)), x1 + 2)
    if event.approximate:
        return Rect(x1, mid - 4, x2 - x1, 8, LIGHT, BAR, True, "approximate", event.key, full)
    return Rect(x1, mid - 4, x2 - x1, 8, BAR, None, False, "span", event.key, full)


def _full(event: Event, translate: Translate | None, with_case: bool) -> str:
    head = f"{event.case_title}: " if with_case else ""
    return f"{event.shown(translate)} — {head}{event.description}"


def layout(
    timeline: Timeline,
    group_by: str = "",
    translate: Translate | None = None,
    axis_width: float | None = None,
) -> Drawing:
    """The drawing of ``timeline``: one row per event, grouped by case or person when
    ``group_by`` says so, the events of unknown date apart at the end. ``axis_width`` (pixels)
    widens or narrows the time axis: the window zooms with it, from years to days."""
    right = AXIS_RIGHT if axis_width is None else AXIS_LEFT + max(axis_width, 60.0)
    width = int(right + MARGIN + 8)
    drawing = Drawing(width, 0, title=tell(HEADING, translate))
    shapes = drawing.shapes
    y = MARGIN + 14
    shapes.append(Text(MARGIN, y, drawing.title, SIZE + 3, True, role="heading"))
    y += 18
    counts = tell(
        COUNTS, translate, placed=str(len(timeline.placed)), unknown=str(len(timeline.unknown))
    )
    shapes.append(Text(MARGIN, y, counts, SMALL + 1, fill=GREY, role="counts"))
    y += 14
    extent = timeline.extent()
    axis = Axis(*extent, right) if extent else None
    axis_top = y
    y += 60 if axis and axis.px_per_day >= 4 else 44
    if group_by:
        groups = [(g.label, g.placed, g.unknown) for g in timeline.groups(group_by)]
    else:
        groups = [("", tuple(timeline.placed), tuple(timeline.unknown))]
    stripe = 0
    for label, placed, _ in groups:
        if not placed:
            continue
        if label:
            shapes.append(Rect(0, y, width, ROW, "#e8e8e8", role="group"))
            room = width - 2 * MARGIN
            shapes.append(
                Text(MARGIN, y + 14, fit(label, SIZE, room, True), SIZE, True, role="group",
                     title=label)
            )  # fmt: skip
            y += ROW
        for event in placed:
            if stripe % 2:
                shapes.append(Rect(0, y, width, ROW, STRIPE))
            stripe += 1
            full = _full(event, translate, group_by != "case")
            when = short_date(event, translate)
            shapes.append(
                Text(MARGIN, y + 14, fit(when, SIZE, DATE_COLUMN), role="date",
                     event=event.key, title=full)
            )  # fmt: skip
            words = (
                event.description
                if group_by == "case"
                else (f"{event.case_title}: {event.description}")
            )
            count = len(timeline.notes.get(event.key, ()))
            if count:
                words = f"[{tell(NOTES, translate, count=str(count))}] {words}"
            shapes.append(
                Text(MARGIN + DATE_COLUMN + 8, y + 14, fit(words, SIZE, TEXT_COLUMN),
                     role="description", event=event.key, title=full)
            )  # fmt: skip
            if axis is not None:
                shapes.append(_mark(event, axis, y, full))
            y += ROW
    if not timeline.placed:
        shapes.append(Text(MARGIN, y + 14, tell(NOTHING, translate), fill=GREY, role="nothing"))
        y += ROW
    if axis is not None:
        _axis(drawing, axis, axis_top, y)
    unknown = [(label, u) for label, _, u in groups if u]
    if unknown:
        y += 12
        shapes.append(
            Text(MARGIN, y + 14, tell(UNKNOWN_HEADING, translate), SIZE + 1, True,
                 role="unknown-heading")
        )  # fmt: skip
        y += ROW + 4
        for label, events in unknown:
            if label:
                shapes.append(
                    Text(MARGIN, y + 14, fit(label, SIZE, width - 2 * MARGIN, True), SIZE,
                         True, role="group", title=label)
                )  # fmt: skip
                y += ROW
            for event in events:
                full = _full(event, translate, group_by != "case")
                note = f" ({event.date_note})" if event.date_note else ""
                words = (
                    event.description
                    if group_by == "case"
                    else (f"{event.case_title}: {event.description}")
                )
                shapes.append(
                    Text(MARGIN + 12, y + 14, fit(words + note, SIZE, width - 2 * MARGIN - 12),
                         role="unknown", event=event.key, title=full)
                )  # fmt: skip
                y += ROW
    drawing.height = int(y + MARGIN)
    # the axis and stripes first, the marks and words over them
    order = {Rect: 0, Line: 1, Dot: 2, Text: 3}
    drawing.shapes.sort(key=lambda s: (order[type(s)] if s.role in ("stripe", "group", "grid",
                        "month", "year", "day") else 2 + order[type(s)]))  # fmt: skip
    return drawing
