"""The notes and tag commands, run as a user runs them (each once in a process of its own, as
the README shows it)."""

from __future__ import annotations

import json

from conftest import run_cli


def test_add_list_show_export_import_delete(data_dir, tmp_path):
    added = run_cli(
        "notes",
        "add",
        "--target",
        "freedom-of-expression-2",
        "--quote",
        "five years’ restricted freedom",
        "--text",
        "why it matters",
        "--tag",
        "charges/incitement",
        data_dir=data_dir,
        own_process=True,
    )
    assert added.returncode == 0, added.stderr
    note_id = added.stdout.strip()
    private = run_cli(
        "notes",
        "add",
        "--target",
        "temirlan-ensebek",
        "--text",
        "secret source",
        "--private",
        data_dir=data_dir,
    )
    assert private.returncode == 0
    listed = json.loads(
        run_cli("notes", "list", "--json", data_dir=data_dir, own_process=True).stdout
    )
    assert {n["id"] for n in listed} == {note_id, private.stdout.strip()}
    assert (
        "five years’ restricted freedom"
        in run_cli("notes", "show", note_id, data_dir=data_dir, own_process=True).stdout
    )
    # `tags` runs in a process of its own in tests/test_run_cli.py
    tags = json.loads(run_cli("tags", "--json", data_dir=data_dir).stdout)
    assert tags == [{"tag": "charges/incitement", "notes": 1, "targets": 0}]

    md = tmp_path / "notes.md"
    assert (
        run_cli(
            "notes",
            "export",
            "--format",
            "md",
            "--output",
            str(md),
            data_dir=data_dir,
            own_process=True,
        ).returncode
        == 0
    )
    assert "why it matters" in md.read_text() and "secret source" not in md.read_text(), (
        "private notes stay out by default, as in the window"
    )
    w3c = tmp_path / "notes.jsonld"
    exported = run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--output",
        str(w3c),
        "--include-private",
        data_dir=data_dir,
    )
    assert exported.stdout.strip() == f"exported 2 notes to {w3c}", exported.stderr
    assert json.loads(w3c.read_text(encoding="utf-8"))["total"] == 2
    other = tmp_path / "other"
    imported = run_cli("notes", "import", str(w3c), data_dir=other, own_process=True)
    assert "imported 2 note(s)" in imported.stdout
    again = run_cli("notes", "import", str(w3c), data_dir=other)
    assert "imported 0 note(s); 0 updated; 2 already present" in again.stdout
    assert again.returncode == 0

    assert run_cli("search", "kind:note", "matters", data_dir=data_dir).returncode == 0
    assert run_cli("notes", "delete", note_id, data_dir=data_dir, own_process=True).returncode == 0
    gone = run_cli("notes", "show", note_id, data_dir=data_dir)
    assert gone.returncode == 1 and "no note with id" in gone.stderr


def test_quote_not_in_target_is_a_clear_error(data_dir):
    result = run_cli(
        "notes",
        "add",
        "--target",
        "peaceful-assembly-2",
        "--quote",
        "nope",
        "--text",
        "x",
        data_dir=data_dir,
    )
    assert result.returncode == 1
    assert "the quote does not occur in paragraph peaceful-assembly-2" in result.stderr
    assert "Traceback" not in result.stderr


def test_tag_add_remove_rename_on_paragraphs_and_cases(data_dir):
    def tag(*args, own_process=True):
        done = run_cli("tag", *args, data_dir=data_dir, own_process=own_process)
        assert done.returncode == 0, done.stderr

    def tagged(name):
        found = run_cli("search", f"tag:{name}", "--json", data_dir=data_dir)
        return sorted(h["id"] for h in json.loads(found.stdout))

    tag("add", "temirlan-ensebek", "follow-up")
    assert tagged("follow-up") == ["temirlan-ensebek"]
    tag("add", "freedom-of-expression-2", "to-check", own_process=False)  # add: own one above
    tag("rename", "to-check", "follow-up")  # onto an existing tag: they merge
    assert tagged("follow-up") == ["freedom-of-expression-2", "temirlan-ensebek"]
    assert tagged("to-check") == []
    tags = json.loads(run_cli("tags", "--json", data_dir=data_dir).stdout)
    assert tags == [{"tag": "follow-up", "notes": 0, "targets": 2}]
    tag("remove", "temirlan-ensebek", "follow-up")
    assert tagged("follow-up") == ["freedom-of-expression-2"]


def export_md(data_dir, path, *options):
    result = run_cli(
        "notes", "export", "--format", "md", "--output", str(path), *options, data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, path.read_text(encoding="utf-8")


def test_export_since_and_document_select_notes(data_dir, tmp_path):
    for target, text in (
        ("freedom-of-expression-2", "on the report"),
        ("temirlan-ensebek", "on a case record"),
    ):
        added = run_cli("notes", "add", "--target", target, "--text", text, data_dir=data_dir)
        assert added.returncode == 0, added.stderr
    doc = tmp_path / "statement.md"
    doc.write_text("# Lawyer's statement\n\nThe defence will appeal.\n", encoding="utf-8")
    imported = json.loads(run_cli("import", str(doc), "--json", data_dir=data_dir).stdout)
    bundle = imported[0]["bundle_id"]
    from index.archive import load_archive

    (mine,) = load_archive(data_dir).bundle(bundle).documents
    para = mine.paragraphs[0].id
    added = run_cli("notes", "add", "--target", para, "--text", "on my document", data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    out = tmp_path / "out.md"

    said, text = export_md(data_dir, out, "--since", "2999")
    assert said.startswith("exported 0 notes") and "on the report" not in text
    said, _ = export_md(data_dir, out, "--since", "2000-01")
    assert said.startswith("exported 3 notes")
    this_year = json.loads(run_cli("notes", "list", "--json", data_dir=data_dir).stdout)[0]
    said, _ = export_md(data_dir, out, "--since", this_year["created"][:10])
    assert said.startswith("exported 3 notes")

    said, text = export_md(data_dir, out, "--document", "kazakhstan")
    assert said.startswith("exported 1 note ") and "on the report" in text
    said, text = export_md(data_dir, out, "--document", bundle)
    assert said.startswith("exported 1 note ") and "on my document" in text

    for bad in (("--since", "last week"), ("--document", "no-such-document")):
        result = run_cli(
            "notes", "export", "--format", "md", "--output", str(out), *bad, data_dir=data_dir
        )
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
