"""The Markdown export goes out and comes back: `muragat notes import` of Muragat's own Markdown
export brings the notes back (ids, bodies, targets, tags, colours, privacy as exported) under the
annotation import's conflict rules, and each note's block id (``^muragat-<id>``) sits on the
note's own text, the same after a round trip. Markdown that is not ours, or is damaged, is
refused with the reason."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run_cli

from index.core import Core
from index.notes.service import new_note

DATA = "<!-- muragat-note "
"""How a note's data starts in the Markdown (the format's contract, written out here)."""
MAX_ANNOTATIONS = 10_000

QUOTE = "five years’ restricted freedom"
LONG_AGO = "2026-01-01T00:00:00Z"
HOSTILE = (
    "Kept as written: <b>bold</b> ![a pixel](https://tracker.example/p.png)\n"
    "# my heading\n\n"
    "```\n"
    '<!-- muragat-note {"id":"urn:x:smuggled","type":"Annotation","target":"urn:muragat:free-note"} -->\n'
    "```\n\n"
    '<!-- muragat-note {"id":"urn:x:smuggled2","type":"Annotation","target":"urn:muragat:free-note"} -->'
)
COMPARED = (
    "id",
    "body",
    "target_kind",
    "target_id",
    "start",
    "end",
    "exact",
    "doc_id",
    "color",
    "private",
    "motivation",
    "created",
    "modified",
)


def _made(core: Core, target, body: str, **kw):
    note = new_note(core.archive, target, body, **kw)
    note.created = note.modified = LONG_AGO
    return core.add_note(note)


def some_notes(folder: Path) -> list:
    """Every kind of note: a passage (tags, colour, a list at its end), a private paragraph
    note with hostile text, a highlight, a case record's note and a free note."""
    core = Core(folder)
    try:
        return [
            _made(
                core,
                "freedom-of-expression-2",
                "Two points:\n\n- the charge\n- the sentence",
                quote=QUOTE,
                tags=["charges/incitement", "follow up"],
                color="green",
            ),
            _made(core, "summary-1", HOSTILE, private=True, color="pink"),
            _made(core, "summary-1", "", quote="Universal Periodic Review"),
            _made(core, "elvira-erkebayeva", "Ask the lawyer.", tags=["case"]),
            _made(core, None, "A free note"),
        ]
    finally:
        core.close()


def export_md(folder: Path, out: Path, *more: str) -> str:
    done = run_cli(
        "notes", "export", "--format", "md", *more, "--output", str(out), data_dir=folder
    )
    assert done.returncode == 0, done.stderr
    return re.sub(r"\nexported: \S+\n", "\n", out.read_text(encoding="utf-8"))


def stored(folder: Path) -> dict[str, tuple]:
    core = Core(folder)
    try:
        return {
            n.id: (*(getattr(n, k) for k in COMPARED), sorted(n.tags)) for n in core.list_notes()
        }
    finally:
        core.close()


def test_a_markdown_export_comes_back_the_same_into_a_fresh_folder(data_dir, tmp_path):
    notes = some_notes(data_dir)
    first = export_md(data_dir, tmp_path / "notes.md", "--include-private")
    fresh = tmp_path / "fresh"
    done = run_cli("notes", "import", str(tmp_path / "notes.md"), data_dir=fresh)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported 5 note(s); 0 updated; 0 already present")
    # the same notes: ids, bodies (the hostile one as written), targets, tags, colours, privacy
    assert stored(fresh) == stored(data_dir)
    assert len(stored(fresh)) == len(notes)
    # and the same Markdown: every block id, note line and note's data unchanged
    again = export_md(fresh, tmp_path / "again.md", "--include-private")
    assert again == first
    assert re.findall(r"\^muragat-[0-9a-f]+", again) == [
        f"^muragat-{n.id}" for n in _in_file_order(notes, first)
    ]
    # a second import of the same file changes nothing
    twice = run_cli("notes", "import", str(tmp_path / "notes.md"), data_dir=fresh)
    assert twice.returncode == 0 and "0 updated; 5 already present" in twice.stdout


def _in_file_order(notes: list, text: str) -> list:
    return sorted(notes, key=lambda n: text.index(f"^muragat-{n.id}"))


def test_private_notes_come_back_only_when_they_were_exported(data_dir, tmp_path):
    notes = some_notes(data_dir)
    export_md(data_dir, tmp_path / "public.md")
    fresh = tmp_path / "fresh"
    done = run_cli("notes", "import", str(tmp_path / "public.md"), data_dir=fresh)
    assert done.returncode == 0, done.stderr
    assert set(stored(fresh)) == {n.id for n in notes if not n.private}


def test_the_block_id_is_on_the_notes_own_text(data_dir, tmp_path):
    passage, private, highlight, on_case, free = some_notes(data_dir)
    text = export_md(data_dir, tmp_path / "notes.md", "--include-private")
    lines = text.splitlines()
    # a note ending in a list: the id on a line of its own after it (as Obsidian names a list)
    at = lines.index(f"^muragat-{passage.id}")
    assert lines[at - 2 : at] == ["- the sentence", ""] and lines[at + 1] == ""
    # a note ending in a paragraph: at the end of its last line
    assert f"Ask the lawyer. ^muragat-{on_case.id}" in lines
    assert f"A free note ^muragat-{free.id}" in lines
    # a note's text that looks like a note's data is shown as text, never read as data
    assert [x for x in lines if x.endswith(f"^muragat-{private.id}")] == [
        '&lt;!-- muragat-note {"id":"urn:x:smuggled2","type":"Annotation",'
        f'"target":"urn:muragat:free-note"}} --> ^muragat-{private.id}'
    ]
    # a highlight: after its quote
    at = lines.index(f"^muragat-{highlight.id}")
    assert lines[at - 2].startswith("> — ") and lines[at - 1] == ""
    # never on the note's metadata line
    for line in lines:
        if line.startswith("*Note "):
            assert "^muragat-" not in line, line


def test_markdown_import_keeps_the_conflict_rules(data_dir, tmp_path):
    passage, private, *_ = some_notes(data_dir)
    export_md(data_dir, tmp_path / "notes.md", "--include-private")
    colleague = tmp_path / "colleague"
    assert (
        run_cli("notes", "import", str(tmp_path / "notes.md"), data_dir=colleague).returncode == 0
    )
    core = Core(colleague)
    core.update_note(passage.id, body="changed by a colleague")
    core.update_note(private.id, body="made public", private=False)
    core.close()
    export_md(colleague, tmp_path / "back.md", "--include-private")
    before = stored(data_dir)
    # without --update: nothing of mine changes, the two are listed
    done = run_cli("notes", "import", str(tmp_path / "back.md"), data_dir=data_dir)
    assert done.returncode == 2
    assert "2 not applied (conflicts)" in done.stdout and passage.id in done.stderr
    assert stored(data_dir) == before
    # with --update: applied, and a private note stays private
    done = run_cli("notes", "import", str(tmp_path / "back.md"), "--update", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    after = Core(data_dir)
    try:
        assert after.note(passage.id).body == "changed by a colleague"
        assert after.note(private.id).body == "made public" and after.note(private.id).private
    finally:
        after.close()
    assert "stayed private" in done.stderr


def _import(text: str, folder: Path, tmp_path: Path):
    path = tmp_path / "in.md"
    path.write_text(text, encoding="utf-8")
    return run_cli("notes", "import", str(path), data_dir=folder)


FRONT = '---\ntitle: "x"\ngenerator: "Muragat notes export"\n---\n\n# x\n\n'


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("# My notes\n\nSome text.\n", "this Markdown is not a Muragat notes export"),
        ('---\ntitle: "Obsidian"\n---\n\n# x\n', "this Markdown is not a Muragat notes export"),
        (FRONT + "*Note abc*\n", "carries no notes' data"),
        (FRONT + DATA + '{"id": "urn:x:1", -->\n', "line 8: a note's data is not valid JSON"),
        (FRONT + DATA + '{"id": "urn:x:1"}\n', "line 8: a note's data that is cut short"),
        (FRONT + DATA + "[" * 100_000 + "]" * 100_000 + " -->\n", "not valid JSON"),
        (FRONT + DATA + "[" * 45 + "]" * 45 + " -->\n", "nested more than 40 levels"),
        (FRONT + (DATA + "{} -->\n") * (MAX_ANNOTATIONS + 1), "more than 10,000 annotations"),
    ],
)
def test_markdown_that_is_not_ours_or_is_damaged_is_refused_with_the_reason(
    data_dir, tmp_path, text, said
):
    before = stored(data_dir)
    done = _import(text, data_dir, tmp_path)
    assert done.returncode == 1 and said in done.stderr, done.stderr
    assert stored(data_dir) == before


def test_a_notes_data_is_checked_as_any_annotation(data_dir, tmp_path):
    anno = {"id": "urn:x:1", "type": "Annotation", "bodyValue": "x", "target": "urn:x:nowhere"}
    text = FRONT + DATA + json.dumps(anno).replace("<", "\\u003c") + " -->\n"
    done = _import(text, data_dir, tmp_path)
    assert done.returncode == 1 and "nothing was imported" in done.stderr
    assert "urn:x:nowhere is not a document in this archive" in done.stderr


def test_a_note_imported_from_another_tool_keeps_its_block_id_too(data_dir, tmp_path):
    anno = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://hypothes.is/a/Abc_123",
        "type": "Annotation",
        "created": LONG_AGO,
        "bodyValue": "from a colleague",
        "target": {
            "source": "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan",
            "selector": {"type": "FragmentSelector", "value": "summary-1"},
        },
    }
    (tmp_path / "a.jsonld").write_text(json.dumps(anno), encoding="utf-8")
    assert run_cli("notes", "import", str(tmp_path / "a.jsonld"), data_dir=data_dir).returncode == 0
    first = export_md(data_dir, tmp_path / "one.md")
    ids = re.findall(r"\^(muragat-[A-Za-z0-9-]+)", first)
    assert len(ids) == 1 and re.fullmatch(r"muragat-[0-9a-f]{16}", ids[0])  # letters, digits, -
    fresh = tmp_path / "fresh"
    assert run_cli("notes", "import", str(tmp_path / "one.md"), data_dir=fresh).returncode == 0
    again = export_md(fresh, tmp_path / "two.md")
    assert re.findall(r"\^(muragat-[A-Za-z0-9-]+)", again) == ids
    assert again.count('"id":"https://hypothes.is/a/Abc_123"') == 1
