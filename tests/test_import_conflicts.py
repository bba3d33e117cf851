"""A file the user imports never changes a note behind their back: an annotation carrying a
note's id is a conflict, kept apart and listed until the user says to apply it; privacy never
drops through an import; dates from the future and ids given twice refuse the file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import run_cli

from index.export.w3c import NOTE_URN, PRIVATE

HRW = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"


def stamp(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


def annotation(ident: str, body: str, modified: str, **more) -> dict:
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": ident,
        "type": "Annotation",
        "created": "2026-01-01T00:00:00Z",
        "modified": modified,
        "bodyValue": body,
        "target": {"source": HRW, "selector": {"type": "FragmentSelector", "value": "summary-1"}},
        **more,
    }


def add_note(data_dir: Path, text: str, *extra: str) -> dict:
    added = run_cli(
        "notes", "add", "--target", "summary-1", "--text", text, "--json", *extra, data_dir=data_dir
    )
    assert added.returncode == 0, added.stderr
    return json.loads(added.stdout)


def note(data_dir: Path, note_id: str) -> dict:
    shown = run_cli("notes", "show", note_id, "--json", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def write(tmp_path: Path, name: str, data) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_a_date_in_2099_is_refused_and_overwrites_nothing(data_dir, tmp_path):
    mine = add_note(data_dir, "my own words")
    crafted = annotation(NOTE_URN + mine["id"], "words put in my mouth", "2099-01-01T00:00:00Z")
    done = run_cli("notes", "import", write(tmp_path, "a.jsonld", crafted), data_dir=data_dir)
    assert done.returncode == 1, done.stdout
    assert "nothing was imported" in done.stderr and "in the future" in done.stderr
    assert "2099-01-01T00:00:00Z" in done.stderr and "Traceback" not in done.stderr
    # refused even when asked to apply conflicts
    forced = run_cli(
        "notes", "import", write(tmp_path, "a.jsonld", crafted), "--update", data_dir=data_dir
    )
    assert forced.returncode == 1 and "in the future" in forced.stderr
    assert note(data_dir, mine["id"]) == mine
    # a created date from the future too; a day's clock skew is tolerated
    ahead = annotation("urn:x:ahead", "b", stamp(timedelta(hours=3)))
    future = annotation("urn:x:future", "b", stamp(timedelta(days=3)))
    future["created"] = future["modified"]
    done = run_cli(
        "notes", "import", write(tmp_path, "b.jsonld", [ahead, future]), data_dir=data_dir
    )
    assert done.returncode == 1 and "urn:x:future: created is" in done.stderr
    assert "urn:x:ahead" not in done.stderr
    listed = run_cli("notes", "list", "--json", data_dir=data_dir)
    assert [n["id"] for n in json.loads(listed.stdout)] == [mine["id"]]


def test_a_conflict_is_listed_and_applied_only_with_update(data_dir, tmp_path):
    mine = add_note(data_dir, "my own words")
    newer = annotation(NOTE_URN + mine["id"], "a colleague's edit", stamp(timedelta(hours=2)))
    fresh = annotation("urn:x:fresh", "a new note", stamp(timedelta(hours=-1)))
    path = write(tmp_path, "edit.jsonld", {"type": "AnnotationPage", "items": [newer, fresh]})
    done = run_cli("notes", "import", path, data_dir=data_dir)
    assert done.returncode == 2, done.stderr
    assert "imported 1 note(s); 0 updated" in done.stdout
    assert "1 not applied (conflicts)" in done.stdout
    assert (
        "1 annotation in the file would change a note you have; it was not applied" in done.stderr
    )
    assert f"{NOTE_URN}{mine['id']} (your note {mine['id']})" in done.stderr
    assert note(data_dir, mine["id"]) == mine
    as_json = run_cli("notes", "import", path, "--json", data_dir=data_dir)
    report = json.loads(as_json.stdout)
    assert report["conflicts"] == [[NOTE_URN + mine["id"], mine["id"]]]
    assert report["added"] == [] and report["already"] == ["urn:x:fresh"]

    applied = run_cli("notes", "import", path, "--update", data_dir=data_dir)
    assert applied.returncode == 0, applied.stderr
    assert "0 note(s); 1 updated" in applied.stdout and "0 not applied" in applied.stdout
    assert note(data_dir, mine["id"])["body"] == "a colleague's edit"
    # the same file again: nothing left to apply
    again = run_cli("notes", "import", path, data_dir=data_dir)
    assert again.returncode == 0 and "2 already present" in again.stdout


def test_an_import_never_makes_a_private_note_public(data_dir, tmp_path):
    mine = add_note(data_dir, "a witness's name", "--private")
    assert mine["private"] is True
    public = annotation(NOTE_URN + mine["id"], "edited elsewhere", stamp(timedelta(hours=2)))
    assert PRIVATE not in public
    path = write(tmp_path, "public.jsonld", public)
    done = run_cli("notes", "import", path, data_dir=data_dir)
    assert done.returncode == 2 and note(data_dir, mine["id"]) == mine

    applied = run_cli("notes", "import", path, "--update", data_dir=data_dir)
    assert applied.returncode == 0, applied.stderr
    after = note(data_dir, mine["id"])
    assert (after["body"], after["private"]) == ("edited elsewhere", True)
    assert f"1 note stayed private, though the file marks it public: {mine['id']}" in (
        applied.stderr
    )
    out = tmp_path / "out.md"
    exported = run_cli("notes", "export", "--format", "md", "--output", str(out), data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    text = out.read_text(encoding="utf-8")
    assert "edited elsewhere" not in text and "witness" not in text


def test_an_id_given_twice_in_one_file_is_reported_not_dropped(data_dir, tmp_path):
    first = annotation("urn:x:twice", "first words", "2026-02-01T00:00:00Z")
    second = annotation("urn:x:twice", "second words", "2026-03-01T00:00:00Z")
    path = write(tmp_path, "twice.jsonld", [first, second])
    done = run_cli("notes", "import", path, data_dir=data_dir)
    assert done.returncode == 1, done.stdout
    assert "nothing was imported: 1 of 2" in done.stderr
    assert "urn:x:twice: the same id as annotation #1 in this file" in done.stderr
    assert json.loads(run_cli("notes", "list", "--json", data_dir=data_dir).stdout) == []
    # asked to import what it can: the first goes in, the second is listed as skipped
    partial = run_cli("notes", "import", path, "--import-what-you-can", data_dir=data_dir)
    assert partial.returncode == 2
    assert "skipped urn:x:twice: the same id as annotation #1" in partial.stderr
    bodies = [
        n["body"] for n in json.loads(run_cli("notes", "list", "--json", data_dir=data_dir).stdout)
    ]
    assert bodies == ["first words"]


def test_an_id_with_terminal_escapes_is_refused_and_listed_inert(data_dir, tmp_path):
    """An id is an IRI: a control character (here a clipboard write, ESC ] 52) refuses it, and
    the refusal lists the id with its control characters shown, not sent to the terminal."""
    hostile = annotation("urn:x:\x1b]52;c;ZXZpbA==\x07", "b", "2026-02-01T00:00:00Z")
    done = run_cli("notes", "import", write(tmp_path, "esc.jsonld", hostile), data_dir=data_dir)
    assert done.returncode == 1, done.stdout
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "urn:x:\\x1b]52;c;ZXZpbA==\\x07: the id is not an IRI" in done.stderr
    assert json.loads(run_cli("notes", "list", "--json", data_dir=data_dir).stdout) == []


def test_a_date_before_the_year_1000_is_older_not_newer(data_dir, tmp_path):
    mine = add_note(data_dir, "my own words")
    ancient = annotation(NOTE_URN + mine["id"], "from long ago", "0999-01-01T00:00:00Z")
    ancient["created"] = ancient["modified"]
    path = write(tmp_path, "old.jsonld", ancient)
    done = run_cli("notes", "import", path, "--update", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "1 already present" in done.stdout and "0 updated" in done.stdout
    assert note(data_dir, mine["id"]) == mine
