"""Output is inert: control sequences in what the user typed or imported (a note's body, a tag,
a document's title, a snippet) are printed escaped, never sent to the terminal as they are —
neither as text nor inside ``--json``."""

from __future__ import annotations

import json

from conftest import run_cli

CLIPBOARD = "\x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\x07"  # OSC 52: write to the clipboard
TITLE = "\x1b]0;pwned\x07"  # the window's title
CLEAR = "\x1b[2J\x1b[H"  # clear the screen
CSI = "\x9b2J"  # the same as a one-byte C1 control
RLO = "\u202e"  # right-to-left override: the line reads backwards
RAW = ("\x1b", "\x07", "\x9b", RLO)
BODY = f"harmless{CLIPBOARD}{TITLE}{CLEAR}{CSI} amnesty {RLO}txt.exe"
TAG = f"tag{CLEAR}x"


def _clean(text: str) -> None:
    for raw in RAW:
        assert raw not in text, repr(text)


def test_note_body_tag_and_search_snippet_print_escaped(data_dir, tmp_path):
    added = run_cli(
        "notes", "add", "--target", "freedom-of-expression-2", "--text", BODY, "--tag", TAG,
        data_dir=data_dir,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    note_id = added.stdout.strip()
    for args in (
        ("notes", "list"),
        ("notes", "show", note_id),
        ("tags",),
        ("search", "amnesty", "--kind", "note"),
        ("notes", "list", "--tag", TAG),
    ):
        result = run_cli(*args, data_dir=data_dir)
        assert result.returncode == 0, (args, result.stderr)
        _clean(result.stdout)
        _clean(result.stderr)
    shown = run_cli("notes", "show", note_id, data_dir=data_dir).stdout
    assert "\\x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\\x07" in shown  # shown, as what it is
    assert "\\x9b2J" in shown and "\\u202etxt.exe" in shown
    found = run_cli("search", "amnesty", "--kind", "note", data_dir=data_dir).stdout
    assert "[amnesty]" in found  # the highlighting is still there

    # --json: escaped as JSON escapes them, and read back the same
    for args in (("notes", "list", "--json"), ("tags", "--json")):
        out = run_cli(*args, data_dir=data_dir).stdout
        _clean(out)
        assert "\\u009b" in out or "\\u001b" in out
    (note,) = json.loads(run_cli("notes", "list", "--json", data_dir=data_dir).stdout)
    assert note["body"] == BODY and note["tags"] == [TAG]
    hits = run_cli("search", "amnesty", "--kind", "note", "--json", data_dir=data_dir).stdout
    _clean(hits)
    assert json.loads(hits)[0]["id"] == f"note:{note_id}"
    batch = tmp_path / "queries.txt"
    batch.write_text("amnesty\n", encoding="utf-8")
    lines = run_cli("search", "--batch", str(batch), "--kind", "note", data_dir=data_dir).stdout
    _clean(lines)
    assert json.loads(lines)["total"] == 1


def test_document_title_and_error_quoting_user_text_print_escaped(data_dir, tmp_path):
    doc = tmp_path / f"statement{TITLE}{RLO}dm.md"  # a file's name may hold them too
    doc.write_text("# Statement\n\nThe defence will appeal.\n", encoding="utf-8")
    imported = run_cli("import", str(doc), data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    _clean(imported.stdout)
    listed = run_cli("import", "--list", data_dir=data_dir)
    _clean(listed.stdout)
    assert "statement" in listed.stdout  # (the import itself shows them as U+FFFD)
    missing = run_cli("notes", "import", str(tmp_path / f"gone{CLEAR}.json"), data_dir=data_dir)
    assert missing.returncode != 0
    _clean(missing.stderr)  # an error message quoting a file name
    assert "gone\\x1b[2J\\x1b[H.json is not a regular file" in missing.stderr
