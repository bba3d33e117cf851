"""The corruption suite: truncations, flipped bytes in the database, its WAL and the search index,
bad and empty backups; kills during backups and concurrent starts. Each asserts: never silent,
never an older copy when a newer one was readable, never a traceback. (Bigger trial counts:
tests/bench/durability_bench.py.)"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from index.errors import KnownError
from index.notes import db, salvage
from index.notes.model import Note
from index.notes.store import NotesStore
from index.sqldb import sqlite3 as driver


@pytest.fixture
def tmp_path(disk_tmp_path: Path) -> Path:
    """On the real disk, even when the run's temporary folders are in memory: this suite is
    about what reaches the disk."""
    return disk_tmp_path


def free(note_id: str, body: str, modified: str = "2026-11-01T00:00:00Z") -> Note:
    return Note(
        id=note_id, target_kind="free", target_id=None, body=body, created=modified,
        modified=modified, tags=["case/a"],
    )  # fmt: skip


def crash_image(
    folder: Path, bodies: list[str], committed: list[str] = (), wal_index: bool = False
) -> Path:
    """A notes database as a crash leaves it: ``committed`` notes in the main file and
    ``bodies`` saved since, still only in the WAL (another connection holds it open while the
    files are copied, as a killed window would); ``wal_index``: its ``-shm`` too."""
    live = folder / "live"
    store = NotesStore(live / "notes.sqlite3", live / "backups")
    for n, body in enumerate(committed):
        store.add(free(f"c{n:04d}", body))
    store.close()
    conn = sqlite3.connect(live / "notes.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for n, body in enumerate(bodies):
        conn.execute(
            "INSERT INTO notes (id, target_kind, body, created, modified) VALUES (?, 'free', ?, "
            "'2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z')",
            (f"w{n:04d}", body),
        )
    image = folder / "image"
    image.mkdir()
    for name in ("notes.sqlite3", "notes.sqlite3-wal", "notes.sqlite3-shm")[: 2 + wal_index]:
        shutil.copyfile(live / name, image / name)
    if (live / "backups").is_dir():
        shutil.copytree(live / "backups", image / "backups")
    conn.close()
    return image


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


# -- detection beyond quick_check ----------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 100, 4096])
def test_a_truncated_database_is_reported_and_the_backup_merged_in(tmp_path, size):
    store = NotesStore(tmp_path / "notes.sqlite3")
    store.import_batch([free(f"n{n:02d}", f"note {n} " + "words " * 200) for n in range(30)], [])
    store.close()  # the session's backup holds all 30
    path = tmp_path / "notes.sqlite3"
    with path.open("r+b") as fh:
        fh.truncate(size)
    assert salvage.inspect(path), "truncation must be seen"
    again = NotesStore(path)
    assert again.messages and "damaged" in again.messages[0]
    assert len(again.notes()) == 30  # nothing lost: all 30 were in the verified backup
    assert list(tmp_path.glob("notes.sqlite3.damaged-*"))  # the damaged file is kept
    again.close()


def test_a_database_cut_short_mid_file_keeps_every_readable_note(tmp_path):
    store = NotesStore(tmp_path / "notes.sqlite3", tmp_path / "none")  # no backups to lean on
    for n in range(60):
        store.add(free(f"n{n:02d}", f"note {n} " + "words " * 300))
    store.close()
    shutil.rmtree(tmp_path / "none")
    path = tmp_path / "notes.sqlite3"
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(size - size // 4)
    again = NotesStore(path, tmp_path / "none")
    assert "cut short" in again.messages[0]
    kept = len(again.notes())
    assert 0 < kept < 60
    assert f"{kept} note(s) were recovered" in again.messages[0]


def test_damage_to_the_wal_is_seen_and_every_save_in_it_salvaged(tmp_path):
    bodies = [f"saved in the log {n} " + "x" * 300 for n in range(40)]
    image = crash_image(tmp_path, bodies, committed=["in the main file"])
    wal = image / "notes.sqlite3-wal"
    state = salvage.read_wal(wal)
    assert state.frames > 10 and state.valid == state.frames
    # a flipped byte in an early frame's page: SQLite alone would drop every later save
    flip(wal, salvage.WAL_HEADER + salvage.FRAME_HEADER + 100)
    assert salvage.read_wal(wal).dropped_commits > 0
    plain = sqlite3.connect(f"file:{image / 'notes.sqlite3'}?mode=ro", uri=True)
    assert plain.execute("SELECT count(*) FROM notes").fetchone()[0] < 41  # the silent loss
    plain.close()
    store = NotesStore(image / "notes.sqlite3", image / "backups")
    assert "write-ahead log is damaged" in store.messages[0]
    got = {n.id for n in store.notes()}
    assert {f"w{n:04d}" for n in range(40)} <= got and "c0000" in got


def test_a_torn_last_frame_is_only_the_change_in_flight_not_damage(tmp_path):
    image = crash_image(tmp_path, ["one", "two"])
    wal = image / "notes.sqlite3-wal"
    with wal.open("r+b") as fh:
        fh.truncate(wal.stat().st_size - 100)  # the last frame half-written by a kill
    assert salvage.inspect(image / "notes.sqlite3") == []


def test_a_flipped_byte_inside_a_note_is_repaired_from_the_backups_identical_copy(tmp_path):
    path = tmp_path / "notes.sqlite3"
    store = NotesStore(path)
    store.add(free("a", "Свидетель показал, что его задержали"))
    store.add(free("b", "another note"))
    store.close()
    data = bytearray(path.read_bytes())
    at = data.find("задержали".encode())
    data[at] = 0xFF  # not UTF-8 any more; quick_check still passes
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    assert "cannot be read" in salvage.inspect(path)[0]
    again = NotesStore(path)
    assert "taken from the backup's identical copy" in again.messages[0]
    assert again.get("a").body == "Свидетель показал, что его задержали"
    assert again.get("b").body == "another note"


def test_never_an_older_copy_when_the_newer_one_is_readable(tmp_path):
    path = tmp_path / "notes.sqlite3"
    store = NotesStore(path)
    store.add(free("a", "first wording"))
    store.add(free("b", "bbb"))
    store.close()  # backup: "first wording"
    store = NotesStore(path)
    store.update("a", body="the newer wording")
    store._writer.execute("UPDATE notes SET body = CAST(X'C328' AS TEXT) WHERE id = 'b'")
    store._writer.close()
    again = NotesStore(path)
    assert again.messages
    assert again.get("a").body == "the newer wording"
    assert again.get("b").body  # read in part, reported
    assert "read only in part" in again.messages[0] or "identical copy" in again.messages[0]


def test_empty_and_half_written_backups_are_never_restored(tmp_path):
    path = tmp_path / "notes.sqlite3"
    store = NotesStore(path)
    store.add(free("a", "the only note"))
    store.close()
    good = db.backups(tmp_path / "backups")[-1]
    for n, data in enumerate((b"", good.path.read_bytes()[:2048])):  # newer, but broken
        name = good.name.replace(good.name[6:28], f"20991231-23595{n}-000000")
        (tmp_path / "backups" / name).write_bytes(data)
    assert len(db.verified_backups(tmp_path / "backups")) == 1
    path.write_bytes(b"")
    again = NotesStore(path)
    assert good.name in again.messages[0]
    assert [n.body for n in again.notes()] == ["the only note"]


def test_a_damaged_database_says_so_on_the_command_line_without_a_traceback(data_dir):
    done = run_cli("notes", "add", "--text", "kept", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    (data_dir / "notes.sqlite3").write_bytes(b"\0")
    for command in (["notes", "list"], ["search", "kept"], ["notes", "backups"]):
        got = run_cli(*command, data_dir=data_dir, own_process=command == ["notes", "backups"])
        assert "Traceback" not in got.stderr
        assert got.returncode == 0, got.stderr
    first = run_cli("notes", "list", "--json", data_dir=data_dir)
    assert '"kept"' in first.stdout


# -- issue 25: damage that used to lock the user out or lose notes without a word ------------


def saved(path: Path, count: int, backups: Path | None = None) -> list[str]:
    store = NotesStore(path, backups or path.parent / "none")
    bodies = [f"note {n} " + "words " * 120 for n in range(count)]
    for n, body in enumerate(bodies):
        store.add(free(f"n{n:03d}", body))
    store.close()
    if backups is None:
        shutil.rmtree(path.parent / "none", ignore_errors=True)
    return bodies


def test_a_database_cut_to_2350_bytes_opens_and_says_what_it_recovered(tmp_path):
    path = tmp_path / "notes.sqlite3"
    saved(path, 30)
    with path.open("r+b") as fh:
        fh.truncate(2350)
    again = NotesStore(path, tmp_path / "none")  # no traceback, no lockout
    assert "cut short" in again.messages[0]
    assert "note(s) were recovered" in again.messages[0]
    assert "pages are missing" in again.messages[0]  # the loss is counted, not hidden
    again.add(free("new", "written after the recovery"))


def test_damaged_header_bytes_44_to_47_are_recovered_not_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    bodies = saved(path, 30)
    data = bytearray(path.read_bytes())
    data[44:48] = b"\xff\xff\xff\xff"  # the schema format: "unsupported file format"
    path.write_bytes(bytes(data))
    again = NotesStore(path, tmp_path / "none")
    assert "damaged" in again.messages[0]
    assert sorted(n.body for n in again.notes()) == sorted(bodies)


def test_page_one_damage_recovers_every_note_from_the_leaf_pages(tmp_path):
    path = tmp_path / "notes.sqlite3"
    bodies = saved(path, 30)
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(3996)  # the schema's page: SQLite finds no table at all
    path.write_bytes(bytes(data))
    again = NotesStore(path, tmp_path / "none")
    assert sorted(n.body for n in again.notes()) == sorted(bodies)
    assert "30 read directly from its pages" in again.messages[0]
    assert "No lost note was detected" in again.messages[0]
    assert {tuple(n.tags) for n in again.notes()} == {("case/a",)}  # tags read from pages too


@pytest.mark.parametrize("version", [b"\x80\x00\x00\x01", b"\x00\x01\x00\x01", b"\x00\x00\x00\x04"])
def test_a_damaged_schema_version_is_recovered_not_taken_for_a_newer_muragat(tmp_path, version):
    path = tmp_path / "notes.sqlite3"
    bodies = saved(path, 10)
    data = bytearray(path.read_bytes())
    data[60:64] = version  # negative, absurd, or newer while the tables are exactly ours
    path.write_bytes(bytes(data))
    again = NotesStore(path, tmp_path / "none")
    assert "schema version is damaged" in again.messages[0]
    assert sorted(n.body for n in again.notes()) == sorted(bodies)


def test_a_schema_whose_text_is_not_utf8_any_more_is_recovered(tmp_path):
    path = tmp_path / "notes.sqlite3"
    bodies = saved(path, 10)
    data = bytearray(path.read_bytes())
    at = data.find(b"CREATE TABLE notes")
    data[at + 7 : at + 11] = b"\xde\xff\xd0\x94"  # SQLite's error quotes it: not text
    path.write_bytes(bytes(data))
    again = NotesStore(path, tmp_path / "none")
    assert "damaged" in again.messages[0]
    assert sorted(n.body for n in again.notes()) == sorted(bodies)


def test_the_last_wal_frame_damaged_is_reported_when_the_wal_index_says_it_was_whole(tmp_path):
    bodies = [f"saved in the log {n} " + "x" * 300 for n in range(20)]
    image = crash_image(tmp_path, bodies, committed=["in the main file"], wal_index=True)
    wal = image / "notes.sqlite3-wal"
    data = bytearray(wal.read_bytes())
    data[-300:-200] = bytes(range(100))  # inside the last frame's page
    wal.write_bytes(bytes(data))
    store = NotesStore(image / "notes.sqlite3", image / "backups")
    assert "write-ahead log is damaged" in store.messages[0]


def test_a_zeroed_wal_frame_header_loses_no_note_and_is_reported(tmp_path):
    bodies = [f"saved in the log {n} " + "x" * 300 for n in range(40)]
    image = crash_image(tmp_path, bodies, committed=["in the main file"], wal_index=True)
    wal = image / "notes.sqlite3-wal"
    data = bytearray(wal.read_bytes())
    page = salvage.read_wal(wal).page_size
    at = salvage.WAL_HEADER + 3 * (salvage.FRAME_HEADER + page)
    data[at : at + salvage.FRAME_HEADER] = bytes(salvage.FRAME_HEADER)
    wal.write_bytes(bytes(data))
    shutil.copytree(image, tmp_path / "plain")  # (SQLite resets the -shm of a copy it opens)
    plain = sqlite3.connect(f"file:{tmp_path / 'plain' / 'notes.sqlite3'}?mode=ro", uri=True)
    assert plain.execute("SELECT count(*) FROM notes").fetchone()[0] < 41  # SQLite stops there
    plain.close()
    store = NotesStore(image / "notes.sqlite3", image / "backups")
    assert "write-ahead log is damaged" in store.messages[0]
    assert {n.body for n in store.notes()} >= set(bodies)
    assert "No lost note was detected" in store.messages[0]  # the page itself was intact


def test_an_overwritten_wal_page_is_counted_as_a_possible_loss(tmp_path):
    bodies = [f"saved in the log {n} " + "x" * 300 for n in range(40)]
    image = crash_image(tmp_path, bodies, committed=["in the main file"], wal_index=True)
    wal = image / "notes.sqlite3-wal"
    page = salvage.read_wal(wal).page_size
    data = bytearray(wal.read_bytes())
    at = salvage.WAL_HEADER + 5 * (salvage.FRAME_HEADER + page) + salvage.FRAME_HEADER
    data[at : at + page] = bytes(page)
    wal.write_bytes(bytes(data))
    store = NotesStore(image / "notes.sqlite3", image / "backups")
    assert "1 page(s) of recent saves in its write-ahead log are overwritten" in store.messages[0]


def test_a_wal_cut_at_a_frame_boundary_is_reported_not_silent(tmp_path):
    bodies = [f"saved in the log {n} " + "x" * 300 for n in range(40)]
    image = crash_image(tmp_path, bodies, committed=["in the main file"], wal_index=True)
    wal = image / "notes.sqlite3-wal"
    page = salvage.read_wal(wal).page_size
    with wal.open("r+b") as fh:
        fh.truncate(salvage.WAL_HEADER + 10 * (salvage.FRAME_HEADER + page))
    store = NotesStore(image / "notes.sqlite3", image / "backups")
    assert "write-ahead log is cut short" in store.messages[0]
    assert "Lost:" in store.messages[0]


def test_a_backup_whose_note_text_was_altered_is_not_verified_nor_restored(tmp_path):
    path = tmp_path / "notes.sqlite3"
    store = NotesStore(path)
    store.add(free("a", "the witness was detained on 3 May"))
    store.close()
    store = NotesStore(path)
    store.add(free("b", "second note"))
    store.close()
    newest = db.backups(tmp_path / "backups")[-1]
    data = newest.path.read_bytes().replace(b"3 May", b"9 May")  # still valid UTF-8
    newest.path.write_bytes(data)
    assert newest.verify() is not None
    store = NotesStore(path)
    with pytest.raises(KnownError):
        store.restore_backup(newest.name)
    assert store.get("a").body == "the witness was detained on 3 May"
    store.close()
    path.write_bytes(b"")  # the database lost: the altered backup must not come back
    again = NotesStore(path)
    assert "9 May" not in " ".join(n.body for n in again.notes())
    assert f"The backup {newest.name} was not used" in again.messages[0]
    # its other note ("second note") is counted as lost, not left unsaid
    assert f"1 note(s) that the unusable backup {newest.name} holds" in again.messages[0]


def test_a_damaged_newest_backup_is_reported_not_silently_skipped(tmp_path):
    path = tmp_path / "notes.sqlite3"
    store = NotesStore(path)
    store.add(free("a", "first"))
    store.close()
    store = NotesStore(path)
    store.add(free("b", "second"))
    store.close()
    newest = db.backups(tmp_path / "backups")[-1]
    newest.path.write_bytes(newest.path.read_bytes()[:1024])
    path.write_bytes(b"")
    again = NotesStore(path)
    assert f"The backup {newest.name} was not used" in again.messages[0]


def test_a_short_file_whose_wal_holds_the_rest_is_not_damage(tmp_path):
    """A checkpoint that could not grow the file (a full disk) left page 1 saying more pages
    than the file has; the WAL still holds them all."""
    image = crash_image(tmp_path, [f"log {n} " + "y" * 600 for n in range(60)], ["main"])
    path = image / "notes.sqlite3"
    wal = image / "notes.sqlite3-wal"
    state = salvage.read_wal(wal)
    size = salvage.FRAME_HEADER + state.page_size
    data = wal.read_bytes()
    newest_page_one = None
    for n in range(state.valid):
        at = salvage.WAL_HEADER + n * size
        if int.from_bytes(data[at : at + 4], "big") == 1:
            newest_page_one = data[at + salvage.FRAME_HEADER : at + size]
    main = bytearray(path.read_bytes())
    main[: state.page_size] = newest_page_one  # the checkpoint wrote page 1, then ENOSPC
    path.write_bytes(bytes(main))
    pages = int.from_bytes(newest_page_one[28:32], "big")
    assert pages * state.page_size > path.stat().st_size
    assert salvage.inspect(path) == []


def test_a_failed_backup_copy_leaves_no_temporary_file(tmp_path):
    source = tmp_path / "garbage.sqlite3"
    source.write_bytes(b"not a database " * 300)
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(driver.DatabaseError):
        db.copy_database(source, folder / ".notes-20261206-000000-000000.sqlite3.tmp")
    assert list(folder.iterdir()) == []


def test_the_recovery_is_told_once_on_the_command_line(data_dir):
    done = run_cli("notes", "add", "--text", "kept", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    (data_dir / "notes.sqlite3").write_bytes(b"\0")
    got = run_cli("notes", "list", data_dir=data_dir, own_process=True)
    assert got.returncode == 0, got.stderr
    assert got.stderr.count("was damaged") == 1, got.stderr  # not a log line and a message
    assert "kept" in got.stdout


def test_backups_are_listed_and_restored_whatever_state_the_database_is_in(data_dir):
    done = run_cli("notes", "add", "--text", "kept", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    name = db.backups(data_dir / "backups")[-1].name
    path = data_dir / "notes.sqlite3"
    data = bytearray(path.read_bytes())
    data[44:48] = b"\xff\xff\xff\xff"  # "unsupported file format": every command refused
    path.write_bytes(bytes(data))
    listed = run_cli("notes", "backups", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert name in listed.stdout and "verified" in listed.stdout
    restored = run_cli("notes", "restore-backup", name, data_dir=data_dir)
    assert restored.returncode == 0, restored.stderr
    assert "kept" in run_cli("notes", "list", data_dir=data_dir).stdout


def test_an_empty_file_another_process_is_creating_is_not_recovered(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"")  # SQLite made the file; the other process has not written it yet
    store = NotesStore(path)
    assert store.messages == []
    assert not list(tmp_path.glob("notes.sqlite3.damaged-*"))
    store.add(free("a", "saved"))
    assert [n.body for n in store.notes()] == ["saved"]


def test_two_processes_creating_the_database_at_once_both_open_it(tmp_path):
    """The second reads schema version 0, then the first migrates before the second's
    transaction begins: the second must find the tables made, not fail on them."""
    path = tmp_path / "notes.sqlite3"
    second = db.connect(path)
    other = []

    def first_migrates_now(statement: str) -> None:
        if statement.startswith("BEGIN IMMEDIATE") and not other:
            other.append(db.connect(path))
            db.migrate(other[0])

    second.set_trace_callback(first_migrates_now)
    db.migrate(second)  # on main: "table notes already exists"
    second.set_trace_callback(None)
    assert second.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    second.close()
    other[0].close()


# -- backups under kill -9, and concurrent starts -------------------------------------------------

KILL_BACKUPS = """
import sys
from pathlib import Path
from index.notes.model import Note
from index.notes.store import NotesStore
from index.notes import db
folder = Path(sys.argv[1])
store = NotesStore(folder / "notes.sqlite3", folder / "backups")
n = 0
while True:
    n += 1
    store.add(Note(id=f"k{n}", target_kind="free", target_id=None, body="x" * 5000))
    db.backup(store._writer, store.path, store.backups, force=True)
    print(n, flush=True)
"""


def test_kill_during_backups_leaves_only_verified_backups(tmp_path):
    rng = random.Random(14)
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILL_BACKUPS, str(tmp_path)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        for b in db.backups(tmp_path / "backups"):
            assert b.verify() is None, b.name
        store = NotesStore(tmp_path / "notes.sqlite3", tmp_path / "backups")
        assert not store.messages
        assert store.notes()
        store.close()


CONCURRENT_START = """
import sys
from pathlib import Path
from index.paths import ensure_data_dir
bad = 0
for _ in range(400):
    try:
        ensure_data_dir(Path(sys.argv[1]))
    except Exception as exc:
        bad += 1
print(bad)
"""


def test_concurrent_starts_never_find_the_data_folder_unusable(tmp_path):
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT_START, str(tmp_path / "data")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    assert [int(p.communicate()[0]) for p in procs] == [0, 0, 0, 0]
    assert not [p for p in (tmp_path / "data").iterdir()]  # no probe left behind


def test_salvage_writes_nothing_outside_the_data_folder(tmp_path, monkeypatch):
    """Salvage works on a copy kept beside the damaged database, in the data folder: with no
    usable temporary folder at all (so nothing can have been written there) the notes still
    come back. On the code that copied into the system's temporary folder the store could not
    open ("No such file or directory"): a lockout, and a clear copy of every note outside the
    data folder while it ran."""
    import tempfile

    from index.notes.model import Note
    from index.notes.store import NotesStore

    data = tmp_path / "data"
    store = NotesStore(data / "notes.sqlite3", data / "backups")
    for n in range(30):
        store.add(Note(id=f"n{n}", target_kind="free", target_id=None, body=f"note {n} " * 40))
    store.close()
    raw = bytearray((data / "notes.sqlite3").read_bytes())
    raw[44:48] = b"\xff\xff\xff\xff"  # "unsupported file format": salvage must run
    (data / "notes.sqlite3").write_bytes(bytes(raw))
    shutil.rmtree(data / "backups")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-temporary-folder"))
    store = NotesStore(data / "notes.sqlite3", data / "backups")
    try:
        assert len(store.notes()) == 30
        assert "30 note(s) were recovered" in store.messages[0]
    finally:
        store.close()
    assert not list(data.glob(".muragat-salvage-*"))  # the copy is gone once read
