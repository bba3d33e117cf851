"""The notes store on a real SQLite file: durability, tags, re-anchoring over a changed bundle,
W3C and Markdown exchange, search over notes."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from conftest import BUNDLE_DIR, make_key, resign, with_editor

from index.changes import ImportAnnotations, RenameTag, RestoreNote, TagTarget
from index.core import Core
from index.errors import KnownError
from index.export.markdown import export_markdown
from index.export.w3c import export_w3c
from index.notes.service import new_note
from index.notes.store import NotesStore

QUOTE = "five years’ restricted freedom"


@pytest.fixture
def core(data_dir):
    return Core(data_dir)


def add_passage(core, text="why it matters", tags=("charges/incitement",), private=False):
    note = new_note(
        core.archive, "freedom-of-expression-2", text, quote=QUOTE, tags=tags, private=private
    )
    return core.add_note(note)


def test_note_survives_reopening_and_db_is_wal_with_foreign_keys(core, data_dir):
    note = add_passage(core)
    core.notes.close()
    reopened = Core(data_dir)
    again = reopened.notes.get(note.id)
    assert (again.exact, again.start, again.tags) == (QUOTE, note.start, ["charges/incitement"])
    conn = sqlite3.connect(data_dir / "notes.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # notes; the change journal; an imported annotation's creator and generator
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3


def test_closing_the_store_closes_every_thread_s_connection(data_dir):
    """A session that ends leaves no file of the data folder open (a folder on a USB stick
    can then be unmounted), however many threads read notes."""
    import os
    import threading

    def open_files() -> list[str]:
        found = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                found.append(os.readlink(f"/proc/self/fd/{fd}"))
            except OSError:
                continue  # closed while listed
        return [path for path in found if path.startswith(str(data_dir))]

    store = NotesStore(data_dir / "notes.sqlite3")
    assert store.notes() == []
    readers = [threading.Thread(target=store.notes) for _ in range(3)]
    for thread in readers:
        thread.start()
    for thread in readers:
        thread.join()
    assert open_files()
    store.close()
    assert open_files() == []


def test_quote_must_occur_in_target(core):
    with pytest.raises(KnownError, match="does not occur"):
        new_note(core.archive, "freedom-of-expression-2", "x", quote="not in the text")
    with pytest.raises(KnownError, match="no paragraph or case record"):
        new_note(core.archive, "nowhere-1", "x")


def test_tags_hierarchy_rename_merge_and_counts(core):
    a = add_passage(core, tags=("charges/extremism",))
    core.apply(TagTarget("temirlan-ensebek", "charges/incitement"))
    assert [n.id for n in core.notes.notes(tag="charges")] == [a.id]
    core.apply(RenameTag("charges/extremism", "charges/incitement"))
    counts = core.notes.tag_counts()
    assert counts == {"charges/incitement": {"notes": 1, "targets": 1}}
    core.apply(RenameTag("charges", "accusations"))
    assert set(core.notes.tag_counts()) == {"accusations/incitement"}


def test_delete_and_restore(core):
    note = add_passage(core)
    removed = core.delete_note(note.id)
    assert core.notes.notes() == []
    core.apply(RestoreNote(removed))
    assert core.notes.get(note.id).body == "why it matters"


def test_notes_and_tags_are_searchable_and_updates_reach_the_index(core):
    core.search.ensure()
    note = add_passage(core, text="A sentence worth citing in the brief")
    hits = core.search.search("kind:note brief").hits
    assert [h.id for h in hits] == [f"note:{note.id}"]
    assert core.search.search("tag:charges").hits
    core.apply(TagTarget("peaceful-assembly-2", "protests"))
    assert [h.id for h in core.search.search("tag:protests").hits] == ["peaceful-assembly-2"]
    core.update_note(note.id, body="Reworded entirely")
    assert not core.search.search("kind:note brief").hits
    core.delete_note(note.id)
    assert not core.search.search("kind:note reworded").hits


def changed_bundle_dir(tmp_path, old: str, new: str):
    """The bundled report with an edit, as a new edition in a folder of its own, signed by a
    (throwaway) editors' key that the test trusts."""
    editor = make_key(tmp_path / "keys", "editor")
    folder = tmp_path / "edition2" / BUNDLE_DIR.name
    shutil.copytree(BUNDLE_DIR, folder)
    report = folder / "report.md"
    report.write_text(report.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    resign(folder, editor)
    return folder, with_editor(editor)


@pytest.mark.parametrize(
    ("old", "new", "orphan", "exact"),
    [
        ("On April 11, an Almaty court", "On April 11, 2025, an Almaty city court", False, QUOTE),
        (QUOTE, "five years’ limited freedom", False, "five years’ limited freedom"),
        (" to five years’ restricted freedom on", " on", True, QUOTE),
    ],
    ids=["insert-before", "word-changed-inside", "quote-deleted"],
)
def test_reanchoring_against_a_new_edition(data_dir, tmp_path, old, new, orphan, exact):
    from index.archive import load_archive
    from index.notes.service import reanchor

    core = Core(data_dir)
    note = add_passage(core)
    folder, keys = changed_bundle_dir(tmp_path, old, new)
    edition2 = load_archive(folders=[folder], keys=keys)
    assert not edition2.problems
    core.close()
    store = NotesStore(data_dir / "notes.sqlite3")
    reanchor(store, edition2)
    after = store.get(note.id)
    assert after.orphan is orphan
    assert after.exact == exact
    if not orphan:
        text = edition2.paragraph(after.target_id).text
        assert text[after.start : after.end] == exact


def test_quote_now_occurring_twice_stays_on_its_words(data_dir, tmp_path):
    from index.archive import load_archive
    from index.notes.service import reanchor

    core = Core(data_dir)
    note = add_passage(core)
    sentence = "Prosecutors had asked for five years’ restricted freedom as well. "
    folder, keys = changed_bundle_dir(
        tmp_path, "On April 11, an Almaty", sentence + "On April 11, an Almaty"
    )
    edition2 = load_archive(folders=[folder], keys=keys)
    core.close()
    store = NotesStore(data_dir / "notes.sqlite3")
    reanchor(store, edition2)
    after = store.get(note.id)
    assert not after.orphan
    assert after.start == note.start + len(sentence)


def test_damaged_database_is_kept_aside_and_backup_restored(data_dir):
    core = Core(data_dir)
    note = add_passage(core)
    core.close()
    later = Core(data_dir)  # a later session's first change backs up the note first
    add_passage(later, text="second session")
    later.close()
    db = data_dir / "notes.sqlite3"
    for suffix in ("-wal", "-shm"):
        (data_dir / f"notes.sqlite3{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    store = NotesStore(db, data_dir / "backups")
    assert "damaged" in store.messages[0] and "restored" in store.messages[0]
    assert store.get(note.id).exact == QUOTE
    assert list(data_dir.glob("notes.sqlite3.damaged-*"))


def test_w3c_round_trip_is_idempotent_and_reports_skips(core, data_dir, tmp_path):
    add_passage(core, tags=("ensebek",))
    core.add_note(new_note(core.archive, "temirlan-ensebek", "case note", private=True))
    core.add_note(new_note(core.archive, None, "free note"))
    exported = export_w3c(core.notes.notes(), core.archive)
    assert "http://www.w3.org/ns/anno.jsonld" in exported["@context"]
    anno = next(a for a in exported["first"]["items"] if "selector" in a["target"])
    selectors = {s["type"]: s for s in anno["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == QUOTE
    assert selectors["FragmentSelector"]["value"] == "freedom-of-expression-2"
    assert {b["purpose"] for b in anno["body"]} == {"commenting", "tagging"}

    other = Core(tmp_path / "other")
    text = json.dumps(exported)
    first = other.apply(ImportAnnotations(text)).result
    assert len(first.added) == 3 and not first.skipped
    second = other.apply(ImportAnnotations(text)).result
    assert second.added == [] and len(second.already) == 3
    imported = {n.body: n for n in other.notes.notes()}
    assert imported["why it matters"].exact == QUOTE and imported["case note"].private

    bad = [
        {"type": "Annotation", "id": "urn:x:1", "target": {"source": "https://example.org/"}},
        {
            "type": "Annotation",
            "id": "urn:x:2",
            "bodyValue": "b",
            "target": {
                "source": anno["target"]["source"],
                "selector": {"type": "TextQuoteSelector", "exact": "words not in the report"},
            },
        },
        "not an object",
        {"type": "Annotation"},
    ]
    before = [n.id for n in other.notes.notes()]
    with pytest.raises(KnownError, match="nothing was imported: 4 of 4"):
        other.apply(ImportAnnotations(json.dumps(bad)))
    report = other.apply(ImportAnnotations(json.dumps(bad), partial=True)).result
    assert report.added == [] and len(report.skipped) == 4
    assert [n.id for n in other.notes.notes()] == before
    assert "is not a document in this archive" in report.skipped[0][1]
    assert "not in the document" in report.skipped[1][1]
    with pytest.raises(KnownError, match="not JSON"):
        other.apply(ImportAnnotations("{broken"))


def test_markdown_export_groups_in_reading_order(core):
    later = core.add_note(new_note(core.archive, "peaceful-assembly-2", "later paragraph"))
    earlier = add_passage(core, text="earlier paragraph")
    md = export_markdown(core.notes.notes(), core.archive)
    assert md.index("earlier paragraph") < md.index("later paragraph")
    assert "### Freedom of Expression" in md and "### Peaceful Assembly" in md
    assert f"> {QUOTE}" in md
    assert "¶ freedom-of-expression-2" in md and "#charges/incitement" in md
    assert later.id in md and earlier.id in md
