"""One door for every change: Core.apply on one writer, the index updated for exactly what a
change touched, the archive snapshot swapped whole, listeners told; tags, backups, crash-safe
writes. Each test here failed on the code before the single writer (issue 12)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
import threading
from pathlib import Path

import pytest

from index.archive.bundle import MANIFEST
from index.changes import (
    Changed,
    ImportAnnotations,
    RenameTag,
    RestoreBackup,
    RetitleDocument,
    TagTarget,
    UntagTarget,
)
from index.core import Core
from index.errors import KnownError
from index.fileio import WriteError, writable_target, write_atomic
from index.notes.model import Note
from index.notes.service import new_note
from index.notes.tags import within, within_sql

QUOTE = "five years’ restricted freedom"
linux_only = pytest.mark.skipif(
    sys.platform != "linux", reason="uses FIFOs, /dev/null and /proc (Linux's special files)"
)


@pytest.fixture
def core(data_dir):
    core = Core(data_dir)
    yield core
    core.close()


def passage(core, text="why it matters", tags=("charges/incitement",), private=False):
    return new_note(
        core.archive, "freedom-of-expression-2", text, quote=QUOTE, tags=tags, private=private
    )


def write_document(folder: Path, name: str, paragraphs: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    body = "\n\n".join(f"Paragraph {n} about the appeal of case {n}." for n in range(paragraphs))
    path.write_text(f"# {name}\n\n{body}\n", encoding="utf-8")
    return path


# -- one writer, changes by id ----------------------------------------------------------------


def test_every_change_reports_its_ids_and_listeners_hear_it_on_the_writer_thread(core):
    heard: list[tuple[Changed, threading.Thread]] = []
    core.listen(lambda changed: heard.append((changed, threading.current_thread())))
    note = core.add_note(passage(core))
    core.apply(TagTarget("temirlan-ensebek", "charges/incitement"))
    worker = threading.Thread(target=core.update_note, args=(note.id,), kwargs={"body": "new"})
    worker.start()
    worker.join()
    assert [c.notes for c, _ in heard] == [{note.id}, set(), {note.id}]
    assert [c.targets for c, _ in heard] == [set(), {"temirlan-ensebek"}, set()]
    assert heard[2][1] is worker


def test_a_save_updates_the_index_for_that_note_only_without_scanning_it(core, monkeypatch):
    core.update_index()
    note = core.add_note(passage(core))
    scans = []
    folder = type(core.search.store)
    real = folder.stored_hashes
    monkeypatch.setattr(folder, "stored_hashes", lambda self: scans.append(1) or real(self))
    written = []
    real_update = folder.update
    monkeypatch.setattr(
        folder,
        "update",
        lambda self, items, remove=(), **kw: (
            written.append(([i.id for i in items], set(remove)))
            or real_update(self, items, remove, **kw)
        ),
    )
    core.update_note(note.id, body="Reworded for the brief")
    assert scans == [], "a save must not read every item's hash"
    assert written == [([f"note:{note.id}"], set())]
    assert [h.id for h in core.find("kind:note reworded").hits] == [f"note:{note.id}"]
    core.delete_note(note.id)
    assert written[-1] == ([], {f"note:{note.id}"})
    assert not core.find("kind:note reworded").hits


def test_tags_on_targets_and_renames_reach_the_index_by_id(core):
    core.update_index()
    core.apply(TagTarget("peaceful-assembly-2", "protests/almaty"))
    assert [h.id for h in core.find("tag:protests").hits] == ["peaceful-assembly-2"]
    core.apply(RenameTag("protests", "assembly"))
    assert not core.find("tag:protests").hits
    assert [h.id for h in core.find("tag:assembly/almaty").hits] == ["peaceful-assembly-2"]
    assert core.apply(UntagTarget("peaceful-assembly-2", "assembly/almaty")).result is True
    assert not core.find("tag:assembly").hits


def test_stores_are_written_only_inside_apply(core):
    with pytest.raises(RuntimeError, match=r"only inside Core\.apply"):
        _ = core.store
    assert not hasattr(core.notes, "add") and not hasattr(core.notes, "rename_tag")


def test_readers_keep_the_old_snapshot_while_an_import_loads_the_new_one(
    core, tmp_path, monkeypatch
):
    """The writer used to clear the cached archive and reload it: a reader on another thread
    in between waited for that load (or made its own). Now the writer brings the store of
    the user's bundles in step while readers read it through their own connections, at once.
    Here the writer's load cannot finish until the main thread has read the archive, so a
    reader that waits would stall it."""
    import index.core as core_module

    first = core.archive
    count = len(first.bundles)
    loads: list[str] = []
    loading, read = threading.Event(), threading.Event()
    stalled: list[bool] = []
    real = core_module.reconcile  # the writer's load: the changed bundles, into the store

    def gated_load(*args, **kwargs):
        loads.append(threading.current_thread().name)
        loading.set()
        stalled.append(not read.wait(10))
        return real(*args, **kwargs)

    monkeypatch.setattr(core_module, "reconcile", gated_load)
    doc = write_document(tmp_path / "in", "statement.md", 3)
    worker = threading.Thread(target=core.import_paths, args=([doc],), name="writer")
    worker.start()
    assert loading.wait(10)
    during = core.archive
    assert during.paragraph("summary-1") is not None and during.user_count() == 0
    read.set()
    worker.join()
    assert stalled == [False], "reading the archive waited for the writer's load"
    assert during is first and loads == ["writer"]
    assert len(core.archive.bundles) == count + 1


# -- tags ---------------------------------------------------------------------------------------


def test_renaming_a_tag_with_sql_wildcards_leaves_lookalikes_alone(core):
    core.add_note(passage(core, tags=("a_b", "a_b/child")))
    core.add_note(new_note(core.archive, "summary-1", "other", tags=["axb/child", "a%b"]))
    core.apply(TagTarget("temirlan-ensebek", "axb"))
    core.apply(RenameTag("a_b", "renamed"))
    assert set(core.tag_counts()) == {"renamed", "renamed/child", "axb/child", "axb", "a%b"}
    assert [n.body for n in core.list_notes(tag="a%b")] == ["other"]
    assert [n.body for n in core.list_notes(tag="a_b")] == []


def test_the_sub_tag_rule_is_the_same_in_python_and_sql():
    names = ["a_b", "a_b/c", "axb/c", "A_B/d", "a_bc", "a%b/x", "a\\b/y"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in names])
    for wanted in ("a_b", "a%b", "a\\b", "axb"):
        cond, args = within_sql("name", wanted)
        in_sql = {r[0] for r in conn.execute(f"SELECT name FROM t WHERE {cond}", args)}
        assert in_sql == {n for n in names if within(n, wanted)}, wanted


# -- backups ------------------------------------------------------------------------------------


def test_reading_never_makes_or_rotates_backups_and_a_change_makes_one(data_dir):
    core = Core(data_dir)
    core.add_note(passage(core))  # the session's first write is backed up after it lands
    core.close()
    backups = data_dir / "backups"
    assert len(list(backups.glob("notes-*.sqlite3"))) == 1
    for _ in range(12):  # read-only sessions: searches, lists
        reader = Core(data_dir)
        assert reader.find("Ensebek").hits and reader.list_notes()
        reader.close()
    assert len(list(backups.glob("notes-*.sqlite3"))) == 1
    writer = Core(data_dir)
    writer.add_note(new_note(writer.archive, "summary-1", "second"))
    writer.add_note(new_note(writer.archive, "summary-1", "third"))  # same session: not yet
    assert len(list(backups.glob("notes-*.sqlite3"))) == 2
    writer.close()  # changed since its last backup: one more at close
    made = sorted(backups.glob("notes-*.sqlite3"))
    assert len(made) == 3
    held = sqlite3.connect(made[-1]).execute("SELECT body FROM notes ORDER BY body").fetchall()
    assert held == [("second",), ("third",), ("why it matters",)]
    assert "-n3-" in made[-1].name  # the note count it was verified with
    again = Core(data_dir)  # a session that changes nothing adds none
    assert len(again.list_notes()) == 3
    again.close()
    assert len(list(backups.glob("notes-*.sqlite3"))) == 3


def test_backups_rotate_keeping_verified_generations_spanning_days(tmp_path):
    from datetime import UTC, datetime, timedelta

    from index.notes import db
    from index.notes.store import NotesStore

    store = NotesStore(tmp_path / "notes.sqlite3", tmp_path / "made")
    store.add(Note(id="n1", target_kind="free", target_id=None, body="kept"))
    made = sorted((tmp_path / "made").glob("notes-*.sqlite3"))[-1]
    real, digest = made.read_bytes(), made.stem.rsplit("-", 1)[1]  # (names carry the digest)
    store.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 29, tzinfo=UTC)

    def put(days: float, data: bytes) -> None:
        when = now - timedelta(days=days)
        name = f"notes-{when:%Y%m%d-%H%M%S}-{when.microsecond:06d}-n1-{digest}.sqlite3"
        (folder / name).write_bytes(data)

    for days in (400, 200, 120, 100, 30, 20, 10, 5, 4, 3, 2, 1, 0.5, 0):
        put(days, real)
    put(6, b"")  # a broken backup: never counted, never removed (a failed check costs nothing)
    put(-0.25, real[:1024])  # a kill during a copy, newer than good ones: kept, never counted
    db.rotate(folder, now=now)
    ages = sorted(round((now - b.created).total_seconds() / 86400, 2) for b in db.backups(folder))
    assert ages == [-0.25, 0, 0.5, 1, 2, 3, 4, 5, 6, 10, 20, 30]
    assert [b.verify() is None for b in db.backups(folder)].count(False) == 2
    for b in db.verified_backups(folder)[:-2]:
        b.path.unlink()
    db.rotate(folder, now=now + timedelta(days=365))  # old, but the newest verified stay
    assert len(db.verified_backups(folder)) == 2


def test_restore_backup_from_the_command_line(data_dir):
    from conftest import run_cli

    core = Core(data_dir)
    kept = core.add_note(passage(core, text="the original wording"))
    core.close()
    later = Core(data_dir)
    later.update_note(kept.id, body="a mistaken rewrite")
    later.close()
    listed = run_cli("notes", "restore-backup", "--json", data_dir=data_dir, own_process=True)
    assert listed.returncode == 0, listed.stderr
    names = [b["name"] for b in json.loads(listed.stdout)]
    assert len(names) == 2  # after each session's first write: the original, then the rewrite
    done = run_cli("notes", "restore-backup", names[0], data_dir=data_dir, own_process=True)
    assert done.returncode == 0, done.stderr
    assert "restored 1 note " in done.stdout
    shown = json.loads(run_cli("notes", "list", "--json", data_dir=data_dir).stdout)
    assert [n["body"] for n in shown] == ["the original wording"]
    found = json.loads(run_cli("search", "--json", "kind:note original", data_dir=data_dir).stdout)
    assert [h["id"] for h in found] == [f"note:{kept.id}"]
    bad = run_cli("notes", "restore-backup", "../notes.sqlite3", data_dir=data_dir)
    assert bad.returncode == 1 and "no backup named" in bad.stderr and "Traceback" not in bad.stderr


def test_restore_backup_updates_the_index(core):
    core.update_index()
    note = core.add_note(passage(core, text="kept in the backup"))
    core.close()
    later = Core(core.data_dir)
    later.update_index()
    later.update_note(note.id, body="changed afterwards")
    name = later.backups()[0].name
    later.apply(RestoreBackup(name))
    assert [h.id for h in later.find("kind:note backup").hits] == [f"note:{note.id}"]
    assert not later.find("kind:note afterwards").hits
    later.close()


# -- errors in their place ----------------------------------------------------------------------


def test_a_bug_in_search_code_is_raised_not_answered_with_a_rebuild(core, monkeypatch):
    import index.search.engine as engine

    core.update_index()
    before = core.search.last_sync

    def broken(text, spans):
        raise KeyError("a bug in snippet code")

    monkeypatch.setattr(engine, "snippet_html", broken)
    with pytest.raises(KeyError, match="a bug in snippet code"):
        core.find("Ensebek")
    assert core.search.last_sync is before, "a bug must not trigger a rebuild"


def test_a_bug_in_w3c_import_is_raised_not_reported_as_skipped(core, monkeypatch):
    import index.notes.w3c as w3c

    exported = [
        {
            "type": "Annotation",
            "id": "urn:x:1",
            "bodyValue": "b",
            "target": {"source": "urn:muragat:free-note"},
        }
    ]

    def broken(*args, **kwargs):
        raise TypeError("a bug in note creation")

    monkeypatch.setattr(w3c, "new_note", broken)
    with pytest.raises(TypeError, match="a bug in note creation"):
        core.apply(ImportAnnotations(json.dumps(exported)))


def test_hostile_annotation_shapes_are_skipped_with_a_reason(core):
    source = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"
    para = {"type": "FragmentSelector", "value": "freedom-of-expression-2", "refinedBy": "x"}
    bad = [
        {"type": "Annotation", "id": "urn:h:1", "target": {"source": source, "selector": [para]}},
        {
            "type": "Annotation",
            "id": "urn:h:2",
            "target": {"source": source, "selector": [{"type": "TextQuoteSelector", "exact": 5}]},
        },
        {
            "type": "Annotation",
            "id": "urn:h:3",
            "target": {"source": source, "selector": [{"type": []}]},
        },
        {"type": "Annotation", "id": ["urn:h:4"], "target": 7},
    ]
    with pytest.raises(KnownError, match="nothing was imported: 3 of 4"):
        core.apply(ImportAnnotations(json.dumps(bad)))
    assert core.list_notes() == []
    report = core.apply(ImportAnnotations(json.dumps(bad), partial=True)).result
    assert [label for label, _ in report.skipped] == ["urn:h:2", "urn:h:3", "annotation #4"]
    assert len(report.added) == 1  # h1: a paragraph note; the odd refinedBy is ignored
    for _, reason in report.skipped:
        assert "object has no attribute" not in reason and "unhashable" not in reason
    from index.changes import MAX_ANNOTATION_BYTES

    with pytest.raises(KnownError, match="at most 50 MB"):
        core.apply(ImportAnnotations(" " * (MAX_ANNOTATION_BYTES + 1)))
    with pytest.raises(KnownError, match="nested more than 40 levels deep"):
        core.apply(ImportAnnotations("[" * 100_000 + "]" * 100_000))


# -- crash-safe writes --------------------------------------------------------------------------


@linux_only
def test_write_atomic_refuses_devices_fifos_and_folders(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, kind in ((Path("/dev/null"), "a device"), (fifo, "a pipe"), (tmp_path, "a folder")):
        with pytest.raises(WriteError, match=kind):
            writable_target(target)
        with pytest.raises(WriteError, match=kind):
            write_atomic(target, b"x")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and stat.S_ISFIFO(os.stat(fifo).st_mode)
    with pytest.raises(WriteError, match=r"/proc/x\.md"):
        write_atomic(Path("/proc/x.md"), b"x")


@linux_only
def test_write_atomic_syncs_the_file_and_its_folder(tmp_path, monkeypatch):
    synced = []
    real = os.fsync

    def recording(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real(fd)

    monkeypatch.setattr(os, "fsync", recording)
    from index.archive.bundle import seal

    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "document.md").write_text("# T {: #t }\n", encoding="utf-8")
    seal(folder, {"id": "b"})
    assert any(p.startswith(str(folder / ".manifest.json.")) for p in synced)
    assert str(folder) in synced


def test_a_crash_while_retitling_leaves_the_document_whole(core, tmp_path, monkeypatch):
    import index.imports.importer as importer

    doc = write_document(tmp_path / "in", "statement.md", 2)
    bundle_id = core.import_paths([doc]).results[0].bundle_id

    def killed(folder, manifest):
        raise KeyboardInterrupt  # the process dies before the new manifest is written

    monkeypatch.setattr(importer, "seal", killed)
    with pytest.raises(KeyboardInterrupt):
        core.apply(RetitleDocument(bundle_id, "A new title"))
    monkeypatch.undo()
    reopened = Core(core.data_dir)
    assert not reopened.archive.problems
    assert reopened.archive.bundle(bundle_id).manifest.title == "statement.md"
    reopened.apply(RetitleDocument(bundle_id, "A new title"))
    assert Core(core.data_dir).archive.bundle(bundle_id).documents[0].title == "A new title"


def test_a_crash_between_the_two_renames_of_a_swap_is_recovered(core, tmp_path):
    from index.imports.importer import user_bundles

    doc = write_document(tmp_path / "in", "statement.md", 2)
    bundle_id = core.import_paths([doc]).results[0].bundle_id
    root = user_bundles(core.data_dir)
    (root / bundle_id).rename(root / f".old-{bundle_id}")  # killed after the first rename
    reopened = Core(core.data_dir)
    assert reopened.archive.bundle(bundle_id) is not None and not reopened.archive.problems
    assert sorted(p.name for p in root.iterdir()) == [bundle_id]


@linux_only
def test_cli_export_never_replaces_a_special_file_and_says_why_plainly(data_dir, tmp_path):
    from conftest import run_cli

    core = Core(data_dir)
    core.add_note(passage(core))
    core.close()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (fifo, tmp_path, Path("/proc/x.md")):
        result = run_cli(
            "notes", "export", "--format", "md", "--output", str(target), data_dir=data_dir
        )
        assert result.returncode == 1, result
        assert result.stderr.startswith(f"muragat: cannot write {target}"), result.stderr
        assert "Traceback" not in result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_an_import_leaves_a_sealed_bundle_and_no_temporary_folders(core, tmp_path):
    from index.imports.importer import user_bundles

    doc = write_document(tmp_path / "in", "statement.md", 2)
    bundle_id = core.import_paths([doc]).results[0].bundle_id
    folder = user_bundles(core.data_dir) / bundle_id
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"document.md", "source.md"}
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]
