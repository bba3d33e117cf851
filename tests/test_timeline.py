"""The timeline's core (index/timeline/) on the bundled case records: every dated event placed
in date order, months and spans as the days they mean, approximate dates as such, the events
of unknown date apart and never placed; the filters; JSON, SVG and PNG built from it."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from index.changes import Changed
from index.timeline import Filters, events, parse_date, touches
from index.timeline.as_json import timeline_json
from index.timeline.png import timeline_png
from index.timeline.svg import timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def known_and_unknown(archive):
    known, unknown = [], []
    for record in archive.cases:
        for i, e in enumerate(record.events):
            (known if e.known else unknown).append(f"{record.id}#{i}")
    return known, unknown


def test_every_dated_event_is_placed_in_date_order_and_unknown_apart(archive):
    timeline = events(archive)
    known, unknown = known_and_unknown(archive)
    assert len(known) == 40 and len(unknown) == 12  # the bundled edition's records
    assert sorted(e.key for e in timeline.placed) == sorted(known)
    assert [e.key for e in timeline.unknown] == unknown  # in record order, none placed
    starts = [(e.start, e.end) for e in timeline.placed]
    assert starts == sorted(starts)
    assert all(e.when is None and e.start is None for e in timeline.unknown)
    assert timeline.placed[0].date == "2022-01" and timeline.placed[-1].date == "2025-11-12"


def test_months_years_and_spans_are_the_days_they_mean(archive):
    by_key = {e.key: e for e in events(archive).placed}
    month = by_key["universal-periodic-review#0"]  # "2025-01", "In January"
    assert (month.start, month.end, month.precision) == (
        date(2025, 1, 1), date(2025, 1, 31), "month"
    )  # fmt: skip
    assert month.date_text == "In January" and not month.when.point
    february = by_key["zhanar-sekerbaeyva-aktorgyn-akkenzhebalasy#1"]  # "in late February"
    assert february.end == date(2025, 2, 28)
    span = by_key["radio-azattyk-journalists#0"]  # "2025-06/2025-07", "In June and July"
    assert (span.start, span.end, span.when.span) == (date(2025, 6, 1), date(2025, 7, 31), True)
    assert span.shown() == "2025-06 to 2025-07 (In June and July)"
    rough = by_key["marat-zhylanbaev#1"]  # "2025", approximate, "in early 2025"
    assert rough.approximate and (rough.start, rough.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert rough.shown() == "about 2025 (in early 2025)"
    day = by_key["temirlan-ensebek#3"]
    assert day.when.point and day.start == date(2025, 4, 11) and day.precision == "day"
    assert parse_date("unknown") is None and parse_date("2025-02-30") is None


def keys(timeline) -> set[str]:
    return {e.key for e in timeline.all}


def test_filters_by_person_in_any_script_charge_place_text_and_case(archive):
    ensebek = events(archive, Filters(person="Еңсебек"))  # Kazakh Cyrillic
    assert {e.case_id for e in ensebek.all} == {"temirlan-ensebek"}
    assert len(ensebek.placed) == 4
    assert keys(events(archive, Filters(person="Temirlan Ensebek"))) == keys(ensebek)
    assert {e.case_id for e in events(archive, Filters(person="zhylanbayev")).all} == {
        "marat-zhylanbaev"
    }
    false_info = events(archive, Filters(charge="knowingly false information"))
    assert {e.case_id for e in false_info.all} == {"bakhytzhan-toregozhina", "lukpan-akhmedyarov"}
    uralsk = events(archive, Filters(place="uralsk"))
    assert {e.key for e in uralsk.all} == {"elvira-erkebayeva#0", "elvira-erkebayeva#1"}
    hunger = events(archive, Filters(text="HUNGER strike"))
    assert [e.key for e in hunger.all] == ["marat-zhylanbaev#1"]
    one = events(archive, Filters(cases=("radio-azattyk-journalists",)))
    assert [e.key for e in one.placed] == [f"radio-azattyk-journalists#{i}" for i in (0, 2, 3)]
    assert [e.key for e in one.unknown] == ["radio-azattyk-journalists#1"]
    assert events(archive, Filters(person="Nobody Atall")).all == []


def test_a_date_range_keeps_what_overlaps_it_and_the_unknown_apart(archive):
    april = events(archive, Filters(start=date(2025, 4, 1), end=date(2025, 4, 30)))
    assert {e.key for e in april.placed} == {
        "marat-zhylanbaev#1", "anti-ngo-rhetoric#0",  # about 2025: may be April
        "marat-zhylanbaev#2", "anti-ngo-rhetoric#1", "lukpan-akhmedyarov#0",  # 2025-04
        "temirlan-ensebek#2", "lukpan-akhmedyarov#1", "temirlan-ensebek#3",  # days in April
    }  # fmt: skip
    assert len(april.unknown) == 12  # never placed, so never outside a range
    assert april.extent() == (date(2025, 4, 1), date(2025, 4, 30))


def test_grouped_by_case_and_by_person(archive):
    timeline = events(archive)
    by_case = {g.key: g for g in timeline.groups("case")}
    assert set(by_case) == {r.id for r in archive.cases}
    assert [e.key for e in by_case["radio-azattyk-journalists"].unknown] == [
        "radio-azattyk-journalists#1"
    ]
    by_person = {g.label: g for g in timeline.groups("person")}
    assert [e.key for e in by_person["Marat Zhylanbaev"].placed] == [
        f"marat-zhylanbaev#{i}" for i in range(4)
    ]
    # the nuclear plant critics' two events are in each of the five activists' groups
    assert len(by_person["Zhanat Kazakhbai"].placed) == 2
    with pytest.raises(ValueError):
        timeline.groups("charge")


def test_tags_and_notes_on_the_events_paragraphs(archive):
    from index.notes.model import Note

    note = Note(id="n1", target_kind="paragraph", target_id="freedom-of-expression-3",
                body="ask Azattyk", tags=["follow-up/azattyk"])  # fmt: skip
    on_case = Note(id="n2", target_kind="case", target_id="yulia-emelyanova", body="x")
    tagged = {"violence-against-women-2": ["domestic violence"]}
    timeline = events(archive, notes=[note, on_case], target_tags=tagged)
    assert [n.id for n in timeline.notes["radio-azattyk-journalists#0"]] == ["n1"]
    assert [n.id for n in timeline.notes["yulia-emelyanova#0"]] == ["n2"]
    follow = events(archive, Filters(tag="follow-up"), notes=[note], target_tags=tagged)
    assert {e.case_id for e in follow.all} == {"radio-azattyk-journalists"}
    assert len(follow.all) == 4  # every event citing that paragraph
    violence = events(archive, Filters(tag="Domestic Violence"), target_tags=tagged)
    assert keys(violence) == {"elvira-erkebayeva#0", "elvira-erkebayeva#1"}


def test_touches_says_which_changes_can_alter_it(archive):
    timeline = events(archive)
    assert touches(Changed(bundles={"someone-else"}), timeline)
    assert touches(Changed(targets={"freedom-of-expression-3"}), timeline)
    assert not touches(Changed(targets={"not-a-paragraph-of-any-event"}), timeline)
    assert not touches(Changed(notes={"n1"}), timeline)  # it shows no notes
    with_notes = events(archive, notes=[_note("freedom-of-expression-3")])
    assert touches(Changed(notes={"n9"}), with_notes)


def _note(target: str):
    from index.notes.model import Note

    return Note(id="n9", target_kind="paragraph", target_id=target)


def test_json_lists_events_in_date_order_with_sources_and_citations(archive):
    timeline = events(archive)
    data = timeline_json(archive, timeline, group_by="case")
    assert data["format"] == "muragat-timeline/1"
    assert [e["key"] for e in data["events"]] == [e.key for e in timeline.placed]
    assert [e["key"] for e in data["unknown"]] == [e.key for e in timeline.unknown]
    fields = {
        "key": str, "case": str, "case_title": str, "case_citation": str, "date": str,
        "approximate": bool, "shown": str, "start": str, "end": str, "precision": str,
        "span": bool, "description": str, "subjects": list, "charges": list, "sources": list,
        "tags": list,
    }  # fmt: skip
    for entry in data["events"]:
        for name, kind in fields.items():
            assert isinstance(entry[name], kind), (entry["key"], name)
        assert entry["start"] <= entry["end"]
        for source in entry["sources"]:
            assert f"¶ {source['id']}" in source["citation"]
            assert source["citation"].startswith("Human Rights Watch")
    for entry in data["unknown"]:
        assert entry["date"] == "unknown" and entry["start"] is None and entry["end"] is None
        assert entry["date_note"]
    span = next(e for e in data["events"] if e["key"] == "radio-azattyk-journalists#0")
    assert (span["start"], span["end"], span["date_text"]) == (
        "2025-06-01", "2025-07-31", "In June and July"
    )  # fmt: skip
    assert len(data["groups"]) == len(archive.cases)


def marks(root) -> dict[str, ET.Element]:
    out = {}
    for tag in ("circle", "rect"):
        for el in root.iter(SVG + tag):
            if el.get("data-event"):
                out[el.get("data-event")] = el
    return out


def test_svg_draws_every_placed_event_and_lists_the_unknown_apart(archive):
    timeline = events(archive)
    root = ET.fromstring(timeline_svg(timeline).encode("utf-8"))
    assert root.get("font-family").startswith("DejaVu Sans")
    drawn = marks(root)
    assert set(drawn) == {e.key for e in timeline.placed}
    assert drawn["temirlan-ensebek#3"].tag == SVG + "circle"  # a day: a mark
    assert drawn["radio-azattyk-journalists#0"].tag == SVG + "rect"  # a span: a bar
    rough = drawn["marat-zhylanbaev#1"]
    assert rough.get("class") == "approximate" and rough.get("stroke-dasharray")
    wide = float(drawn["radio-azattyk-journalists#0"].get("width"))
    assert wide > 1.8 * float(drawn["six-police-officers-torture#2"].get("width"))  # 2 months
    texts = list(root.iter(SVG + "text"))
    unknown = [t for t in texts if t.get("class") == "unknown"]
    assert [t.get("data-event") for t in unknown] == [e.key for e in timeline.unknown]
    lowest_mark = max(float(m.get("cy") or m.get("y")) for m in drawn.values())
    assert all(float(t.get("y")) > lowest_mark for t in unknown)
    years = [t.text for t in texts if t.get("class") == "year"]
    assert years == ["2022", "2023", "2024", "2025"]
    heading = next(t for t in texts if t.get("class") == "unknown-heading")
    assert "never placed" in heading.text


def test_svg_escapes_what_a_record_says(archive):
    timeline = events(archive, Filters(cases=("temirlan-ensebek",)))
    hostile = '<script>alert("x")</script> & \x1b]52;c;evil\x07'
    timeline.placed[0] = dataclasses.replace(timeline.placed[0], case_title=hostile)
    text = timeline_svg(timeline)
    root = ET.fromstring(text.encode("utf-8"))  # still well-formed XML
    assert not list(root.iter(SVG + "script"))
    assert "\x1b" not in text and "\\x1b]52" in text


def test_a_zoomed_range_shows_days(archive):
    timeline = events(archive, Filters(start=date(2025, 4, 1), end=date(2025, 4, 30)))
    root = ET.fromstring(timeline_svg(timeline).encode("utf-8"))
    assert len([t for t in root.iter(SVG + "line") if t.get("class") == "day"]) == 29
    drawn = marks(root)
    assert float(drawn["temirlan-ensebek#2"].get("cx")) < float(
        drawn["temirlan-ensebek#3"].get("cx")
    )


def test_png_is_drawn_from_the_same_layout(archive):
    from PIL import Image

    from index.timeline.layout import layout

    timeline = events(archive)
    drawing = layout(timeline)
    image = Image.open(io.BytesIO(timeline_png(timeline, scale=1)))
    assert image.format == "PNG" and image.size == (drawing.width, drawing.height)
    colours = {c for _, c in image.getcolors(maxcolors=100_000)}
    assert (0x3B, 0x6E, 0xA5) in colours  # the bars and marks are drawn
