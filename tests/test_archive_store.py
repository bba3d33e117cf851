"""The user's documents on disk, read by id (issue 23): parsed once at import into the archive
store, after which a start or a command reads no bundle folder and no note it does not need,
the index catches up by a journal instead of comparing every item, and the store follows
what is done to the folders by hand (and is made anew when it is lost or damaged)."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from index.archive import load_archive
from index.archive.store import STORE_FILE
from index.core import Core
from index.notes import db as notes_db
from index.notes.service import new_note

_opened: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], str | Path):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)  # (an audit hook stays for the process; it records only when asked)


@pytest.fixture
def opened():
    global _opened
    _opened = []
    try:
        yield _opened
    finally:
        _opened = None


def documents(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"statement-{i}.md").write_text(
            f"# Statement {i}\n\n## Hearing\n\nWitness W{i:03d}x saw the police in Almaty.\n\n"
            f"The court in Astana adjourned hearing {i}.\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def imported(data_dir: Path, tmp_path: Path) -> Path:
    core = Core(data_dir)
    core.update_index(trust_mark=True)
    core.import_paths([documents(tmp_path / "docs", 12)])
    core.add_note(new_note(core.archive, "statement-3-hearing-1", "Ask W003x again"))
    core.close()
    return data_dir


def test_a_start_and_a_command_read_no_bundle_folder(imported, opened):
    bundles = str(imported / "bundles")
    core = Core(imported)
    para = core.archive.paragraph("statement-7-hearing-1")
    assert para is not None and "W007x" in para.text
    assert core.archive.document("statement-7").title == "Statement 7"
    assert core.archive.document_of("statement-7-hearing-2").id == "statement-7"
    assert [h.id for h in core.find("W009x").hits] == ["statement-9-hearing-1"]
    assert len(core.archive.cases) == 22 and core.archive.user_count() == 12
    assert [n.body for n in core.list_notes()] == ["Ask W003x again"]
    core.close()
    read = [p for p in opened if p.startswith(bundles)]
    assert read == [], f"{len(read)} files of the bundle folders were read, e.g. {read[:3]}"


def test_an_unchanged_archive_checks_no_anchor_at_a_start(imported, monkeypatch):
    statements: list[str] = []
    real = notes_db.connect

    def traced(path):
        conn = real(path)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(notes_db, "connect", traced)
    core = Core(imported)
    assert core.list_notes(target_id="statement-3-hearing-1")  # the notes store is opened
    core.close()
    every_note = [s for s in statements if s.strip().startswith("SELECT * FROM notes ORDER BY")]
    assert every_note == []


def test_the_index_catches_up_with_a_commands_import_by_its_journal(imported, tmp_path):
    cli = Core(imported)  # a command-line import: no index open in that process
    cli.import_paths([documents(tmp_path / "more", 1)])  # statement-0 again: unchanged
    (tmp_path / "late.md").write_text("# Late\n\nThe appeal of Serikbayeva.\n", encoding="utf-8")
    cli.import_paths([tmp_path / "late.md"])
    cli.add_note(new_note(cli.archive, "late-1", "Serikbayeva: call the lawyer"))
    cli.close()

    core = Core(imported)
    report = core.update_index(trust_mark=True)
    assert report.reason == "changes since the last sync taken in"
    assert (report.added, report.updated, report.unchanged) == (2, 0, 0)  # a paragraph, a note
    assert {h.kind for h in core.find("Serikbayeva").hits} == {"paragraph", "note"}
    core.close()
    core = Core(imported)
    assert core.update_index(trust_mark=True).reason == "unchanged since the last sync"
    core.close()


def test_a_folder_removed_by_hand_leaves_the_archive_and_the_index(imported):
    shutil.rmtree(imported / "bundles" / "mine-statement-5")
    core = Core(imported)
    core.update_index(trust_mark=True)
    assert core.archive.paragraph("statement-5-hearing-1") is None
    assert not [h for h in core.find("W005x").hits if h.doc_id == "statement-5"]
    assert core.archive.user_count() == 11
    core.close()


def test_a_bundle_copied_in_by_hand_joins_and_a_lost_store_is_made_anew(imported, tmp_path):
    other = tmp_path / "other-data"
    (tmp_path / "new.md").write_text("# Minutes\n\nThe Zhanaozen vigil.\n", encoding="utf-8")
    Core(other).import_paths([tmp_path / "new.md"])
    shutil.copytree(other / "bundles" / "mine-minutes", imported / "bundles" / "mine-minutes")
    core = Core(imported)
    assert "Zhanaozen" in core.archive.paragraph("minutes-1").text
    assert [h.id for h in core.find("Zhanaozen").hits] == ["minutes-1"]
    core.close()

    (imported / STORE_FILE).write_bytes(b"not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (imported / f"{STORE_FILE}{suffix}").unlink(missing_ok=True)
    core = Core(imported)
    assert core.archive.user_count() == 13 and not core.archive.problems
    assert core.archive.paragraph("minutes-1") is not None
    core.close()
    assert sqlite3.connect(imported / STORE_FILE).execute("PRAGMA quick_check").fetchone() == (
        "ok",
    )


def shape(bundle) -> list:
    return [(d.id, d.title, d.path, d.sections) for d in bundle.documents]


def test_the_store_holds_what_a_full_load_of_the_folders_gives(imported):
    core = Core(imported)
    stored = core.archive
    loaded = load_archive(imported)  # reads, verifies and parses every folder
    assert sorted(b.id for b in stored.bundles) == sorted(b.id for b in loaded.bundles)
    for bundle in loaded.bundles:
        assert shape(stored.bundle(bundle.id)) == shape(bundle)
        assert stored.manifest(bundle.id) == bundle.manifest
    assert list(stored.paragraphs()) == list(loaded.paragraphs())
    core.close()


def test_an_import_does_not_read_back_what_it_just_wrote(data_dir, tmp_path, opened):
    """The importer parses a document to check it; the store takes that, not a second reading
    (and hashing, and parsing) of the files it has just written and sealed."""
    core = Core(data_dir)
    core.import_paths([documents(tmp_path / "docs", 3)])
    folder = str(data_dir / "bundles" / "mine-statement-1") + "/"
    # (written in a temporary folder, renamed into place: anything opened in place is a read)
    read_back = [p for p in opened if p.startswith(folder) and not p.endswith("manifest.json")]
    assert core.archive.paragraph("statement-1-hearing-1") is not None
    assert shape(core.archive.bundle("mine-statement-1")) == shape(
        load_archive(data_dir).bundle("mine-statement-1")
    )
    core.close()
    assert read_back == []


def test_muragat_verify_finds_an_edited_store_and_the_folder_is_read_again(tmp_path, editor_key):
    """A colleague's signed edition is checked when it arrives, then read from the store: an
    edit to the store is not noticed at a start, but `muragat verify` compares what the store
    keeps with the folder it checked, says so, and the next start reads the folder again."""
    from conftest import colleague_bundle, run_cli

    from index.archive.signing import trust_key

    data = tmp_path / "data"
    colleague_bundle(data, editor_key)
    trust_key(data, editor_key.key)
    core = Core(data)
    true_text = core.archive.paragraph("c-freedom-of-expression-2").text
    core.close()
    with sqlite3.connect(data / STORE_FILE) as db:
        db.execute(
            "UPDATE paragraphs SET text = 'Nothing happened.' WHERE id = ?",
            ("c-freedom-of-expression-2",),
        )
    assert Core(data).archive.paragraph("c-freedom-of-expression-2").text == "Nothing happened."

    checked = run_cli("verify", data_dir=data)
    assert checked.returncode == 1, checked
    assert "archive.sqlite3" in checked.stdout + checked.stderr
    assert "colleague-edition" in checked.stdout + checked.stderr
    assert Core(data).archive.paragraph("c-freedom-of-expression-2").text == true_text
    assert run_cli("verify", data_dir=data).returncode == 0


def test_a_data_folder_copied_whole_reads_no_bundle_again(imported, tmp_path, opened):
    """A portable data folder copied to another stick or restored from a backup keeps its
    store and its files' times: nothing is read again (inodes differ after a copy, and a
    FAT-formatted stick numbers them anew at every mount)."""
    copy = tmp_path / "copy"
    shutil.copytree(imported, copy)  # new inodes, the same modification times
    opened.clear()
    core = Core(copy)
    assert core.archive.paragraph("statement-7-hearing-1") is not None
    assert [h.id for h in core.find("W009x").hits] == ["statement-9-hearing-1"]
    core.close()
    read = [p for p in opened if p.startswith(str(copy / "bundles"))]
    assert read == []


def test_a_manifest_touched_but_not_changed_reads_nothing_else(imported, opened):
    """A stick mounted by another system, a sync tool or a restore can change a manifest's
    time and not its bytes: its checksum says so, and the bundle is not read again (nor the
    search index made to catch up with a change that is not one)."""
    import os

    manifest = imported / "bundles" / "mine-statement-4" / "manifest.json"
    os.utime(manifest, ns=(1_000_000_000, 1_000_000_000))
    os.utime(imported / "bundles", ns=(2_000_000_000, 2_000_000_000))
    opened.clear()
    core = Core(imported)
    assert core.update_index(trust_mark=True).reason == "unchanged since the last sync"
    assert core.archive.paragraph("statement-4-hearing-1") is not None
    core.close()
    read = [p for p in opened if p.startswith(str(imported / "bundles" / "mine-statement-4"))]
    assert [Path(p).name for p in read] == ["manifest.json"]
