"""``muragat timeline`` as a user runs it: JSON, SVG and PNG files, the filters, notes and
tags from the data folder, and what it refuses."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from conftest import run_cli

from index.timeline import events


def test_timeline_json_is_the_cores_in_date_order(data_dir, archive):
    result = run_cli("timeline", "--format", "json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    timeline = events(archive)
    assert [e["key"] for e in data["events"]] == [e.key for e in timeline.placed]
    assert [e["key"] for e in data["unknown"]] == [e.key for e in timeline.unknown]
    first = data["events"][0]
    assert (first["date"], first["start"], first["end"]) == ("2022-01", "2022-01-01", "2022-01-31")
    assert first["sources"][0]["id"] == "accountability-and-justice-1"


def test_timeline_text_in_its_own_process(data_dir):
    result = run_cli("timeline", "--person", "Еңсебек", data_dir=data_dir, own_process=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    dated = [line for line in lines if line.startswith("  20")]
    assert [line.split()[0] for line in dated] == ["2024-01", "2025-01", "2025-04-09", "2025-04-11"]
    assert all("temirlan-ensebek" in line for line in dated)


def test_timeline_filters_from_the_command_line(data_dir):
    def keys(*args: str) -> list[str]:
        result = run_cli("timeline", "--json", *args, data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        return [e["key"] for e in data["events"] + data["unknown"]]

    # "about 2025-04" (from April 1) may be on April 10, so it stays; the July 31 verdict goes
    assert keys("--charge", "false information", "--from", "2025-04-10", "--to", "2025-04") == [
        "lukpan-akhmedyarov#0",
        "lukpan-akhmedyarov#1",
    ]
    assert keys("--place", "Uralsk") == ["elvira-erkebayeva#1", "elvira-erkebayeva#0"]
    assert keys("--case", "yulia-emelyanova", "--case", "odihr-trial-monitoring-report") == [
        "odihr-trial-monitoring-report#0", "yulia-emelyanova#0"
    ]  # fmt: skip
    assert keys("--text", "hunger strike") == ["marat-zhylanbaev#1"]


def test_timeline_tag_and_notes_from_the_data_folder(data_dir):
    added = run_cli(
        "notes", "add", "--target", "freedom-of-expression-3", "--text", "call the lawyer",
        "--tag", "follow-up", data_dir=data_dir,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    hidden = run_cli(
        "notes", "add", "--target", "freedom-of-expression-3", "--text", "my source's name",
        "--private", data_dir=data_dir,
    )  # fmt: skip
    assert hidden.returncode == 0, hidden.stderr
    assert (
        run_cli("tag", "add", "violence-against-women-2", "dv", data_dir=data_dir).returncode == 0
    )
    result = run_cli("timeline", "--json", "--tag", "follow-up", "--notes", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {e["case"] for e in data["events"] + data["unknown"]} == {"radio-azattyk-journalists"}
    notes = data["events"][0]["notes"]
    assert [n["title"] for n in notes] == ["call the lawyer"]  # the private note left out
    assert data["events"][0]["tags"] == ["follow-up"]
    listing = run_cli(
        "timeline", "--notes", "--case", "radio-azattyk-journalists", data_dir=data_dir
    )
    assert "Kazakhstan’s Foreign Affairs Ministry" in listing.stdout
    assert listing.stdout.count("[1 note]") == 3  # the three dated events citing the paragraph
    # without --notes the notes are not shown, but a note's tag still counts for --tag
    quiet = json.loads(
        run_cli("timeline", "--json", "--tag", "follow-up", data_dir=data_dir).stdout
    )
    assert {e["case"] for e in quiet["events"] + quiet["unknown"]} == {"radio-azattyk-journalists"}
    assert "notes" not in quiet["events"][0]
    tagged = json.loads(run_cli("timeline", "--json", "--tag", "dv", data_dir=data_dir).stdout)
    assert [e["key"] for e in tagged["events"]] == ["elvira-erkebayeva#1"]


def test_timeline_svg_and_png_files(data_dir, tmp_path, archive):
    svg = tmp_path / "timeline.svg"
    result = run_cli(
        "timeline", "--format", "svg", "--output", str(svg), "--group-by", "person",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"wrote {svg}: dated events: 40, date unknown: 12" in result.stdout
    root = ET.parse(svg).getroot()
    drawn = {el.get("data-event") for el in root.iter() if el.tag.endswith(("circle", "rect"))}
    assert drawn - {None} == {e.key for e in events(archive).placed}
    png = tmp_path / "timeline.png"
    result = run_cli(
        "timeline", "--format", "png", "--output", str(png), "--from", "2025", data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_timeline_refuses_a_png_to_the_terminal_and_a_date_it_cannot_read(data_dir):
    png = run_cli("timeline", "--format", "png", data_dir=data_dir)
    assert png.returncode == 2 and "give --output FILE" in png.stderr and png.stdout == ""
    bad = run_cli("timeline", "--from", "2025-13", data_dir=data_dir)
    assert bad.returncode == 1
    assert "not a date: '2025-13'; write 2025, 2025-03 or 2025-03-14" in bad.stderr
    backwards = run_cli("timeline", "--from", "2025-05", "--to", "2025-04-30", data_dir=data_dir)
    assert backwards.returncode == 1
    assert "the dates run backwards: 2025-05 is after 2025-04-30" in backwards.stderr
    one_month = run_cli(
        "timeline", "--json", "--from", "2025-05", "--to", "2025-05", data_dir=data_dir
    )
    assert one_month.returncode == 0, one_month.stderr


def test_timeline_speaks_the_command_lines_language(data_dir):
    result = run_cli("--language", "kk", "timeline", "--format", "svg", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    root = ET.fromstring(result.stdout.encode("utf-8"))
    texts = {t.get("class"): t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert texts["heading"] == "Істер бойынша хронология"
    assert texts["unknown-heading"] == "Күні белгісіз: бөлек тізілген, оське ешқашан қойылмайды"
    bad = run_cli("--language", "ru", "timeline", "--to", "2025-02-30", data_dir=data_dir)
    assert "это не дата: '2025-02-30'" in bad.stderr


def test_the_single_files_fonts_are_written_out_for_a_drawing(tmp_path, monkeypatch):
    """In the single file the fonts stay packed until the PDF export's module is imported; a
    drawing asks for them without importing it (the finder is app/unpack_later.py's own, its
    packed file a module holding the bytes, as packaging/muragat.spec makes them)."""
    import sys
    import types

    from app.commands.timeline_cmds import FONTS_WITH, fonts_written_out
    from app.unpack_later import UnpackOnImport

    packed = types.ModuleType("_muragat_later_test_font")
    packed.DATA = b"font bytes"
    monkeypatch.setitem(sys.modules, packed.__name__, packed)
    finder = UnpackOnImport(tmp_path, {FONTS_WITH: [("resources/fonts/T.ttf", packed.__name__)]})
    monkeypatch.setattr(sys, "meta_path", [finder, *sys.meta_path])
    fonts_written_out()
    assert (tmp_path / "resources/fonts/T.ttf").read_bytes() == b"font bytes"
    assert FONTS_WITH not in finder.groups


def test_a_colleagues_hostile_record_prints_inert_and_draws_as_text(data_dir, tmp_path):
    """An edition a colleague signed may say anything in a record: a terminal escape (a
    clipboard write), a bidi override, markup. The terminal sees escapes, the SVG text, the
    JSON a string; the event is cited as the colleague's."""
    from conftest import colleague_bundle, make_key, resign

    from index.archive.signing import trust_key

    key = make_key(tmp_path / "keys", "Aigerim")
    folder = colleague_bundle(data_dir, key)
    hostile = 'Sentenced \x1b]52;c;ZXZpbA==\x07 \u202eevil\u202c </text><script>x</script> & "'
    record = {
        "id": "colleague-case", "title": "A colleague's case \x1b[2J", "type": "individual",
        "section": "c-freedom-of-expression", "status": "open",
        "sources": ["c-freedom-of-expression-2"],
        "subjects": [{"kind": "person", "name": "Someone", "aliases": [], "role": "x",
                      "sources": ["c-freedom-of-expression-2"]}],
        "events": [{"date": "2025-10-02", "description": hostile,
                    "sources": ["c-freedom-of-expression-2"]}],
    }  # fmt: skip
    (folder / "cases.json").write_text(
        json.dumps({"format": "muragat-cases/2", "records": [record]}), encoding="utf-8"
    )
    resign(folder, key, json.loads((folder / "manifest.json").read_text(encoding="utf-8")))
    trust_key(data_dir, key.key)

    shown = run_cli("timeline", "--case", "colleague-case", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert "2025-10-02" in shown.stdout
    for raw in ("\x1b", "\x07", "\u202e"):
        assert raw not in shown.stdout
    assert "\\x1b]52;c;ZXZpbA==\\x07" in shown.stdout and "\\u202e" in shown.stdout

    data = json.loads(
        run_cli("timeline", "--json", "--case", "colleague-case", data_dir=data_dir).stdout
    )
    [event] = data["events"]
    assert event["description"] == hostile
    assert event["sources"][0]["citation"].startswith("signed by Aigerim")

    svg = run_cli("timeline", "--format", "svg", "--case", "colleague-case", data_dir=data_dir)
    root = ET.fromstring(svg.stdout.encode("utf-8"))
    assert not [e for e in root.iter() if e.tag.endswith("script")]
    titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title") if t.text]
    assert any("</text><script>x</script>" in t and "\\x1b]52" in t for t in titles)
