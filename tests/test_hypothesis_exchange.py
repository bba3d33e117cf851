"""Notes made in Hypothesis arrive offline (issue 27, Exchange): its search API's rows and its
client's export (hand-made files in tests/hypothesis/, shaped as Hypothesis writes them) go in
through `muragat notes import` and the window's File → Import notes…; the page is the report
whether Hypothesis saw it as http or https, with or without a trailing slash; a file that is
neither W3C nor Hypothesis is refused with a message saying so; and 12,000 notes go out as a
paged collection and come back identical."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli
from PySide6.QtWidgets import QFileDialog
from test_gui_actions import DialogWatcher, exceptions, menu_actions, open_window, settled

from index.core import NOTES_DB, Core
from index.export.w3c import PAGE_SIZE
from index.notes.service import new_note
from index.notes.store import NotesStore

__all__ = ["exceptions"]  # the fixture, used by name

FILES = Path(__file__).parent / "hypothesis"
HRW = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"


def notes_by_external_id(data_dir: Path) -> dict:
    core = Core(data_dir)
    try:
        return {n.external_id: n for n in core.list_notes()}
    finally:
        core.close()


def test_hypothesis_api_rows_import_on_the_right_words_through_the_cli(data_dir):
    result = run_cli("notes", "import", str(FILES / "api_rows.json"), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "imported 3 note(s)" in result.stdout
    notes = notes_by_external_id(data_dir)
    core = Core(data_dir)
    archive = core.archive
    core.close()

    # made on http://…/kazakhstan/ : the report's page all the same
    strike = notes["https://hypothes.is/a/Xr8qWm2bEfCk1Q9vH3aZ7w"]
    para = archive.paragraph("government-opponents-and-other-critics-1")
    assert strike.target_kind == "passage" and strike.target_id == para.id
    assert para.text[strike.start : strike.end] == "staged an extended hunger strike"
    assert strike.body == "Hunger strike: check the **dates** against the prison's letter."
    assert sorted(strike.tags) == ["Zhylanbaev", "hunger strike"]
    assert (strike.created, strike.modified) == ("2026-01-14T10:22:33Z", "2026-01-14T10:25:02Z")
    assert not strike.private

    # https, the host in capitals, the default port and a fragment: the same page; read only
    # by its author in Hypothesis: private here
    officers = notes["https://hypothes.is/a/P0lzE2cnEfC9aB4Xq1mN2g"]
    text = archive.paragraph("accountability-and-justice-1").text
    assert officers.target_id == "accountability-and-justice-1" and officers.private
    assert text[officers.start : officers.end] == (
        "found six police officers guilty of torturing detainees"
    )

    # a page note (no selector), shared with a group: a note on the whole document
    page = notes["https://hypothes.is/a/Tq3v0GdPEfCz8kL5mW1yRA"]
    assert (page.target_kind, page.doc_id, page.body) == (
        "free",
        "kazakhstan",
        "Compare with the 2025 chapter.",
    )
    assert not page.private

    again = run_cli("notes", "import", str(FILES / "api_rows.json"), data_dir=data_dir)
    assert "imported 0 note(s); 0 updated; 3 already present" in again.stdout


def test_a_w3c_annotation_of_the_page_over_http_with_a_slash_attaches_to_the_report(
    data_dir, tmp_path
):
    path = tmp_path / "http.jsonld"
    path.write_text(
        json.dumps(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": "urn:x:http-slash",
                "type": "Annotation",
                "bodyValue": "seen over http",
                "target": {
                    "source": "http://www.hrw.org/world-report/2026/country-chapters/kazakhstan/",
                    "selector": {
                        "type": "TextQuoteSelector",
                        "exact": "over one thousand kilometers",
                    },
                },
            }
        ),
        encoding="utf-8",
    )
    result = run_cli("notes", "import", str(path), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    note = notes_by_external_id(data_dir)["urn:x:http-slash"]
    assert note.target_id == "government-opponents-and-other-critics-2"
    # another site's page of the same path is not the report
    path.write_text(path.read_text().replace("www.hrw.org", "hrw.example.org"), encoding="utf-8")
    refused = run_cli("notes", "import", str(path), data_dir=data_dir)
    assert refused.returncode == 1 and "not a document in this archive" in refused.stderr


def test_a_file_neither_w3c_nor_hypothesis_is_refused_saying_so(data_dir, tmp_path):
    path = tmp_path / "zotero.json"
    path.write_text(json.dumps({"items": [{"itemType": "note", "note": "x"}]}), encoding="utf-8")
    result = run_cli("notes", "import", str(path), data_dir=data_dir)
    assert result.returncode == 1
    assert "neither W3C Web Annotations" in result.stderr and "Hypothesis" in result.stderr
    assert "Traceback" not in result.stderr
    assert notes_by_external_id(data_dir) == {}


def test_the_hypothesis_client_export_imports_through_file_import_notes(
    qtbot, data_dir, exceptions, monkeypatch
):
    window = open_window(qtbot, data_dir)
    core = window.core
    action = dict(menu_actions(window.menuBar().actions()[0].menu(), "File"))[
        "File → Import notes…"
    ]
    path = FILES / "client_export.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    watcher = DialogWatcher()
    try:
        action.trigger()
        qtbot.waitUntil(lambda: len(core.list_notes()) == 2, timeout=30000)
        assert settled(qtbot, window, watcher)
        assert watcher.errors() == []
    finally:
        watcher.stop()
    notes = {n.external_id: n for n in core.list_notes()}
    highlight = notes["https://hypothes.is/a/Hk2WqNsyEfCa7R3pT9cV0Q"]
    text = core.archive.paragraph(highlight.target_id).text
    assert text[highlight.start : highlight.end] == "over one thousand kilometers"
    assert (highlight.body, highlight.motivation) == ("", "highlighting")
    odihr = notes["https://hypothes.is/a/Jm5TbVcxEfCq2Z8nU4dW1A"]
    assert odihr.target_id == "accountability-and-justice-2" and odihr.tags == ["ODIHR"]
    assert odihr.body == "The ODIHR report is the source for this; *cite it directly*."
    assert exceptions == []


NOTES = 12_000


def created(n: int) -> str:
    return f"2024-01-01T{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z"


def test_twelve_thousand_notes_go_out_in_pages_and_come_back_identical(data_dir, tmp_path):
    core = Core(data_dir)
    archive = core.archive
    paras = [p for p in archive.paragraphs() if len(p.text) > 40]
    cases = archive.cases
    notes = []
    for n in range(NOTES):
        if n % 10 == 0:
            para = paras[n // 10 % len(paras)]
            note = new_note(archive, para.id, f"passage {n}", start=0, end=30, tags=[f"t{n % 7}"])
        elif n % 10 == 5:
            note = new_note(archive, paras[n % len(paras)].id, f"paragraph {n}")
        elif n % 10 == 1:
            note = new_note(archive, cases[n % len(cases)].id, f"case {n}")
        else:
            note = new_note(archive, None, f"free note {n}\n\nline two")
        note.private = n % 7 == 0
        note.created = note.modified = created(n)
        notes.append(note)
    core.close()
    store = NotesStore(data_dir / NOTES_DB)
    store.import_batch(notes, [])
    store.close()

    first = tmp_path / "first.jsonld"
    out = run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--include-private",
        "--output",
        str(first),
        data_dir=data_dir,
    )
    assert out.returncode == 0, out.stderr
    exported = json.loads(first.read_text(encoding="utf-8"))
    collection, *pages = exported
    assert collection["type"] == "AnnotationCollection" and collection["total"] == NOTES
    assert len(collection["first"]["items"]) == PAGE_SIZE
    assert collection["first"]["next"] == pages[0]["id"] == collection["last"]
    assert len(pages) == 1 and len(pages[0]["items"]) == NOTES - PAGE_SIZE

    other = tmp_path / "other"
    imported = run_cli("notes", "import", str(first), data_dir=other)
    assert imported.returncode == 0, imported.stderr
    assert f"imported {NOTES} note(s)" in imported.stdout
    second = tmp_path / "second.jsonld"
    out = run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--include-private",
        "--output",
        str(second),
        data_dir=other,
    )
    assert out.returncode == 0, out.stderr
    assert second.read_bytes() == first.read_bytes()


def body(text: str) -> dict:
    return {
        "type": "TextualBody",
        "value": text,
        "format": "text/markdown",
        "purpose": "commenting",
    }


def test_the_creator_is_kept_shown_and_exported_with_the_original_generator(data_dir, tmp_path):
    result = run_cli("notes", "import", str(FILES / "api_rows.json"), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    notes = notes_by_external_id(data_dir)
    strike = notes["https://hypothes.is/a/Xr8qWm2bEfCk1Q9vH3aZ7w"]
    shown = run_cli("notes", "show", strike.id, data_dir=data_dir)
    assert "By Amina K. (acct:amina_k@hypothes.is)" in shown.stdout
    # no display name: the account's user name
    page = notes["https://hypothes.is/a/Tq3v0GdPEfCz8kL5mW1yRA"]
    shown = run_cli("notes", "show", page.id, data_dir=data_dir)
    assert "By daniyar (acct:daniyar@hypothes.is)" in shown.stdout

    first = tmp_path / "first.jsonld"
    out = run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--include-private",
        "--output",
        str(first),
        data_dir=data_dir,
    )
    assert out.returncode == 0, out.stderr
    items = {a["id"]: a for a in json.loads(first.read_text(encoding="utf-8"))["first"]["items"]}
    anno = items["https://hypothes.is/a/Xr8qWm2bEfCk1Q9vH3aZ7w"]
    assert anno["creator"] == {
        "id": "acct:amina_k@hypothes.is",
        "type": "Person",
        "name": "Amina K.",
    }
    assert anno["generator"] == [
        {"id": "https://hypothes.is/", "type": "Software", "name": "Hypothesis"},
        {"id": "urn:muragat:app", "type": "Software", "name": "Muragat"},
    ]
    # a note of the user's own: no creator, Muragat its one generator
    core = Core(data_dir)
    core.add_note(new_note(core.archive, "summary-1", "mine"))
    core.close()
    out = run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--include-private",
        "--output",
        str(first),
        data_dir=data_dir,
    )
    items = json.loads(first.read_text(encoding="utf-8"))["first"]["items"]
    mine = next(a for a in items if a.get("body") == body("mine"))
    assert "creator" not in mine and mine["generator"]["name"] == "Muragat"

    # through another archive and back: the same bytes (Muragat not added twice)
    other = tmp_path / "other"
    imported = run_cli("notes", "import", str(first), data_dir=other)
    assert imported.returncode == 0, imported.stderr
    second = tmp_path / "second.jsonld"
    out = run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--include-private",
        "--output",
        str(second),
        data_dir=other,
    )
    assert second.read_bytes() == first.read_bytes()
