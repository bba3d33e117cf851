"""``muragat timeline``: the case records' events in date order, as text, JSON, SVG or PNG
(the same functions the window's timeline uses: index/timeline/)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_language import tr, translator
from app.commands.archive_cmds import report_problems
from app.output import echo, error, shorten, to_json
from index.archive.citation import DEFAULT_STYLE, STYLES
from index.core import Core

if TYPE_CHECKING:  # loaded when the command runs, not at every start of the CLI
    from index.timeline.build import Filters, Timeline

FORMATS = ("text", "json", "svg", "png")
GROUPINGS = ("case", "person")  # index.timeline.build.GROUPINGS
FONTS_WITH = "app.pdf.render"
"""The module whose import writes the fonts out in the single file (packaging/muragat.spec)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "timeline",
        help="the case records' events in date order (text, JSON, SVG or PNG)",
        description="Every event of the case records in date order; months and spans as the "
        "report gives them, approximate dates as such, events of unknown date listed apart.",
    )
    p.add_argument("--format", choices=FORMATS, default="text", help="default: %(default)s")
    p.add_argument("--json", action="store_true", help="the same as --format json")
    p.add_argument("--output", metavar="FILE", help="write to FILE (PNG needs one)")
    p.add_argument("--case", action="append", default=[], metavar="ID", help="repeatable")
    p.add_argument("--person", metavar="NAME", help="any spelling or script of a name")
    p.add_argument("--tag", metavar="T", help="tagged so (or a note on it is)")
    p.add_argument("--charge", metavar="C", help="words of a charge")
    p.add_argument("--place", metavar="P")
    p.add_argument("--text", metavar="Q", help="words in the event, its record or its people")
    p.add_argument("--from", dest="start", metavar="DATE", help="2025, 2025-03 or 2025-03-14")
    p.add_argument("--to", dest="end", metavar="DATE", help="2025, 2025-03 or 2025-03-14")
    p.add_argument("--group-by", choices=GROUPINGS, help="group the events by case or person")
    p.add_argument(
        "--notes",
        action="store_true",
        help="attach the notes on the events' paragraphs and records (private ones left out)",
    )
    p.add_argument("--citation-style", choices=STYLES, default=DEFAULT_STYLE)
    p.set_defaults(handler=cmd_timeline)


def filters_from(args: argparse.Namespace) -> Filters:
    from index.timeline.build import Filters
    from index.timeline.dates import date_range

    start, end = date_range(args.start, args.end)
    return Filters(
        cases=tuple(args.case),
        person=args.person or "",
        tag=args.tag or "",
        charge=args.charge or "",
        place=args.place or "",
        text=args.text or "",
        start=start,
        end=end,
    )


def text_lines(timeline: Timeline, group_by: str) -> list[str]:
    from index.timeline.layout import short_date

    def line(e) -> str:
        head = "" if group_by == "case" else f"{e.case_id}: "
        notes = len(timeline.notes.get(e.key, ()))
        counted = tr("%n note(s)", "", notes)
        mark = f"  [{counted}]" if notes else ""
        return f"  {short_date(e, translator()):<22} {shorten(head + e.description, 90)}{mark}"

    out: list[str] = []
    groups = timeline.groups(group_by) if group_by else None
    if groups is None:
        out += [line(e) for e in timeline.placed]
    else:
        for g in groups:
            if g.placed:
                out += [g.label, *(line(e) for e in g.placed)]
    if timeline.unknown:
        out += ["", tr("Date unknown (not placed):")]
        out += [
            f"  {shorten(e.case_id + ': ' + e.description, 90)}"
            + (f" ({e.date_note})" if e.date_note else "")
            for e in timeline.unknown
        ]
    return out


def fonts_written_out() -> None:
    """The single-file executable carries the DejaVu fonts inside and writes them out when the
    PDF export's module is first imported (app/unpack_later.py); the drawing needs them too,
    so ask the finder for that module's files now, without importing it (and Qt)."""
    import sys

    from app.unpack_later import UnpackOnImport

    for finder in sys.meta_path:
        if isinstance(finder, UnpackOnImport):
            finder.find_spec(FONTS_WITH)


def cmd_timeline(core: Core, args: argparse.Namespace) -> int:
    fmt = "json" if args.json else args.format
    if fmt == "png" and not args.output:
        error(tr("a PNG needs a file: give --output FILE"))
        return 2
    from index.timeline.build import events

    report_problems(core)
    needs_notes = bool(args.tag) or args.notes  # a note's tags count for --tag too
    notes = [n for n in core.list_notes() if not n.private] if needs_notes else ()
    timeline = events(
        core.archive,
        filters_from(args),
        notes=notes,
        target_tags=core.target_tags() if needs_notes else None,
    )
    if not args.notes:
        timeline.notes.clear()  # looked at for --tag, not shown
    group_by = args.group_by or ""
    translate = translator()
    if fmt in ("svg", "png"):
        fonts_written_out()
    if fmt == "json":
        from index.timeline.as_json import timeline_json

        data: str | bytes = to_json(
            timeline_json(core.archive, timeline, group_by, args.citation_style)
        )
    elif fmt == "svg":
        from index.timeline.svg import timeline_svg

        data = timeline_svg(timeline, group_by, translate)
    elif fmt == "png":
        from index.timeline.png import timeline_png

        data = timeline_png(timeline, group_by, translate)
    else:
        data = "\n".join(text_lines(timeline, group_by))
    if not args.output:
        echo(data, end="" if fmt == "svg" else "\n")  # JSON and SVG hold no raw controls
        return 0
    from index.fileio import write_atomic

    raw = data if isinstance(data, bytes) else (data + ("" if fmt == "svg" else "\n")).encode()
    path = write_atomic(Path(args.output), raw, make_folder=False, clear=True)
    echo(
        tr("wrote %1: dated events: %2, date unknown: %3")
        .replace("%1", str(path))
        .replace("%2", str(len(timeline.placed)))
        .replace("%3", str(len(timeline.unknown)))
    )
    if core.key is not None:  # the vault is on: the file asked for is not
        error(tr("the exported file is not encrypted: it is written as you asked, in the clear"))
    return 0
