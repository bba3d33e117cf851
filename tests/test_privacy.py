"""No trace beyond what the user chose: every file written in a session listed and private,
nothing in a fresh HOME, logs without note text, a deleted note gone from the index files at
once, `muragat wipe` and File → Wipe all my data; and a read-only data folder that still reads,
searches and exports every note."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from index.core import Core
from index.notes.service import new_note

SECRET = "Zhaksylykova"  # a word that appears in no bundled document


def session_env(home: Path, data: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), MURAGAT_DATA_DIR=str(data), TMPDIR=str(home.parent / "tmp"))
    return env


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*"))


def test_a_session_writes_only_private_files_inside_the_data_folder(tmp_path):
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    (tmp_path / "tmp").mkdir()
    env = session_env(home, data)
    doc = tmp_path / "chosen" / "statement.md"
    doc.parent.mkdir()
    doc.write_text(f"# Statement\n\nThe witness {SECRET} was questioned.\n")
    steps = [
        ("import", str(doc)),
        ("notes", "add", "--text", f"Call {SECRET} back"),
        ("search", SECRET),
        ("notes", "export", "--format", "md", "--output", str(tmp_path / "chosen" / "out.md")),
    ]
    for step in steps:
        done = run_cli(*step, env=env, own_process=True)  # its own HOME and TMPDIR
        assert done.returncode == 0, (step, done.stderr)
    window = subprocess.run(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env={**env, "MURAGAT_QUIT_AFTER_WINDOW": "1", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert window.returncode == 0, window.stderr
    written = every_file(data)
    print("files written in the session:")
    for path in written:
        print(f"  {stat.filemode(path.stat().st_mode)}  {path.relative_to(tmp_path)}")
    assert every_file(home) == [], "nothing outside the data folder (a fresh HOME stays empty)"
    assert every_file(tmp_path / "tmp") == [], "no temporary files left behind"
    assert not (home / ".config" / "QtProject.conf").exists()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in written:
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
    names = {p.name for p in data.iterdir()}
    assert {"notes.sqlite3", "backups", "index", "bundles", "muragat.log"} <= names
    assert stat.S_IMODE((tmp_path / "chosen" / "out.md").stat().st_mode) & 0o077 == 0


def test_the_log_never_holds_note_or_document_text(tmp_path):
    from app.gui.launch import setup_logging

    path = setup_logging(tmp_path)
    log = logging.getLogger("muragat.test")
    try:
        try:
            raise ValueError(f"Could not decode to UTF-8 column 'body' with text '{SECRET}'")
        except ValueError:
            log.exception("reading a note failed")
        core = Core(tmp_path / "data")
        core.find(f"{SECRET} AND (", budget=1)
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                root.removeHandler(handler)
                handler.close()
    text = path.read_text()
    assert "reading a note failed" in text and "ValueError" in text
    assert SECRET not in text


def test_a_deleted_note_leaves_the_index_files_at_once(data_dir):
    core = Core(data_dir)
    core.update_index()
    note = core.add_note(new_note(core.archive, None, f"about {SECRET}"))
    assert core.find(SECRET).hits
    core.close()
    later = Core(data_dir)  # a command-line delete: the index is not open in this session
    later.delete_note(note.id)
    later.close()
    held = b"".join(p.read_bytes() for p in (data_dir / "index").iterdir() if p.is_file())
    assert SECRET.lower().encode() not in held.lower()


def test_a_note_deleted_while_the_index_is_open_leaves_its_files_at_once(data_dir):
    core = Core(data_dir)
    core.update_index()  # open in this session, as in the window
    note = core.add_note(new_note(core.archive, None, f"about {SECRET}"))
    other = core.add_note(new_note(core.archive, None, "another note, kept"))
    assert core.find(SECRET).hits
    held = b"".join(p.read_bytes() for p in (data_dir / "index").iterdir() if p.is_file())
    assert SECRET.lower().encode() in held.lower()  # (what the check below would miss)
    core.delete_note(note.id)
    held = b"".join(p.read_bytes() for p in (data_dir / "index").iterdir() if p.is_file())
    assert SECRET.lower().encode() not in held.lower()  # before the session ends
    assert not core.find(SECRET).hits and core.find("another").hits
    assert {h.id for h in core.find("kept", kind="note").hits} == {f"note:{other.id}"}
    core.close()


def test_wipe_from_the_command_line_says_what_it_removed(data_dir, tmp_path):
    doc = tmp_path / "mine.txt"
    doc.write_text("Something of mine.")
    for step in (("import", str(doc)), ("notes", "add", "--text", "x"), ("search", "mine")):
        assert run_cli(*step, data_dir=data_dir).returncode == 0
    (data_dir / "muragat.log").write_text("a log")
    refused = run_cli("wipe", data_dir=data_dir, input="")
    assert refused.returncode == 1 and (data_dir / "notes.sqlite3").exists()
    done = run_cli("wipe", "--yes", "--json", data_dir=data_dir, own_process=True)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report["removed"]) >= {
        "notes",
        "backups of the notes",
        "search index",
        "imported documents",
        "logs",
    }
    assert report["folder_removed"] and not data_dir.exists()


def test_wipe_leaves_what_is_not_ours(tmp_path):
    shared = tmp_path / "Documents"
    shared.mkdir()
    (shared / "my-own.txt").write_text("not Muragat's")
    shared.chmod(0o755)
    assert run_cli("notes", "add", "--text", "x", data_dir=shared).returncode == 0
    # a folder the user shares with their own files keeps its permissions (only Muragat's
    # files in it are made private)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "notes.sqlite3").stat().st_mode) == 0o600
    done = run_cli("wipe", "--yes", data_dir=shared)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in shared.iterdir()] == ["my-own.txt"]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".in-use"}  # fmt: skip


def test_wipe_refuses_while_another_muragat_has_the_folder_open(data_dir):
    other = Core(data_dir)  # another Muragat: a window, or a command, writing notes
    other.add_note(new_note(other.archive, None, "written while a wipe was asked for"))
    before = _files(data_dir)
    for args in (("wipe", "--yes"), ("wipe", "--yes", "--json")):
        refused = run_cli(*args, data_dir=data_dir, own_process=True)
        assert refused.returncode == 1, refused.stdout
        assert "another Muragat is using" in refused.stderr and "Traceback" not in refused.stderr
    asked = run_cli("wipe", data_dir=data_dir, input="wipe\n")  # refused before it asks
    assert asked.returncode == 1 and "Type 'wipe'" not in asked.stdout
    assert _files(data_dir) == before  # nothing removed
    other.add_note(new_note(other.archive, None, "and it still writes where it did"))
    assert len(other.list_notes()) == 2
    other.close()
    done = run_cli("wipe", "--yes", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert not data_dir.exists()


@pytest.mark.gui
def test_the_window_refuses_to_wipe_while_a_command_has_the_folder_open(qtbot, data_dir):
    from PySide6.QtWidgets import QMessageBox

    from app.gui.main_window import MainWindow

    core = Core(data_dir)
    core.add_note(new_note(core.archive, None, "not to be lost"))
    window = MainWindow(core)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    command = Core(data_dir)  # a command that has the notes open meanwhile
    command.list_notes()
    before = _files(data_dir)
    seen = _wipe_answering_yes(qtbot, window)
    assert seen[1][0] == QMessageBox.Icon.Warning
    assert "Nothing was removed" in seen[1][1] and "another Muragat" in seen[1][1]
    after = _files(data_dir)
    assert {k: v for k, v in after.items() if not k.startswith("index")} == {
        k: v for k, v in before.items() if not k.startswith("index")
    }
    assert [n.body for n in command.list_notes()] == ["not to be lost"]
    command.close()


@pytest.mark.gui
def test_wipe_from_the_window_after_confirming(qtbot, data_dir):
    from PySide6.QtWidgets import QMessageBox

    from app.gui.main_window import MainWindow

    core = Core(data_dir)
    core.add_note(new_note(core.archive, None, "to be wiped"))
    window = MainWindow(core)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    seen = _wipe_answering_yes(qtbot, window)
    assert seen[0][0] == QMessageBox.Icon.Question
    assert "notes" in seen[1][1] and "search index" in seen[1][1]
    assert not (data_dir / "notes.sqlite3").exists()
    assert not (data_dir / "muragat.ini").exists()


# -- a read-only data folder --------------------------------------------------------------------


@pytest.fixture
def frozen_folder(data_dir):
    """A data folder with notes that cannot be written (immutable: even root cannot)."""
    core = Core(data_dir)
    core.add_note(new_note(core.archive, None, f"kept safe {SECRET}"))
    core.close()
    if subprocess.run(["chattr", "+i", str(data_dir)], capture_output=True).returncode:
        pytest.skip("chattr +i is not available here")
    try:
        yield data_dir
    finally:
        subprocess.run(["chattr", "-i", str(data_dir)], check=True)


def test_a_read_only_folder_reads_searches_and_exports_every_note(frozen_folder, tmp_path):
    listed = run_cli("notes", "list", "--json", data_dir=frozen_folder)
    assert listed.returncode == 0, listed.stderr
    assert [n["body"] for n in json.loads(listed.stdout)] == [f"kept safe {SECRET}"]
    assert "Nothing can be saved" in listed.stderr
    found = run_cli("search", "--json", SECRET, data_dir=frozen_folder)
    assert found.returncode == 0 and json.loads(found.stdout), found.stderr
    out = tmp_path / "export.md"
    done = run_cli(
        "notes", "export", "--format", "md", "--output", str(out), data_dir=frozen_folder
    )
    assert done.returncode == 0, done.stderr
    assert SECRET in out.read_text()
    refused = run_cli("notes", "add", "--text", "new", data_dir=frozen_folder)
    assert refused.returncode == 1 and "Nothing can be saved" in refused.stderr
    assert "Traceback" not in refused.stderr + listed.stderr + found.stderr


@pytest.mark.gui
def test_the_window_on_a_read_only_folder_shows_a_banner(qtbot, frozen_folder):
    from app.gui.launch import show_read_only_banner
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(frozen_folder))
    qtbot.addWidget(window)
    show_read_only_banner(window)
    window.show()
    assert "Nothing can be saved" in window.read_only_banner.text()
    assert [n.body for n in window.core.list_notes()] == [f"kept safe {SECRET}"]
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    # (the start trusts the index's mark and then takes in the notes saved where no index
    # was open: last_sync is set before they are in)
    qtbot.waitUntil(lambda: bool(window.core.find(SECRET).hits), timeout=30000)


def _save_left_in_the_wal(data_dir: Path, body: str) -> None:
    """A save still only in the notes' WAL, with no ``-shm`` beside it: what a process
    killed before its checkpoint leaves."""
    from index import sqldb

    path = data_dir / "notes.sqlite3"
    conn = sqldb.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(
        "INSERT INTO notes (id, target_kind, body, created, modified) "
        "SELECT 'in-the-log', 'free', ?, created, modified FROM notes LIMIT 1",
        (body,),
    )
    main, wal = path.read_bytes(), Path(f"{path}-wal").read_bytes()
    conn.close()  # (which checkpoints: the files are put back as they were before it)
    path.write_bytes(main)
    Path(f"{path}-wal").write_bytes(wal)
    Path(f"{path}-shm").unlink(missing_ok=True)


READ_ONLY_SESSION = """
import os
import sys
from pathlib import Path
from index.core import Core
core = Core(Path(os.environ["MURAGAT_DATA_DIR"]))
core.update_index()
for line in sys.stdin:
    print(line.strip(), len(core.find(line.strip(), kind="note").hits), flush=True)
"""


def test_read_only_mode_leaves_no_copy_outside_the_data_folder_when_killed(
    frozen_folder, tmp_path
):
    subprocess.run(["chattr", "-i", str(frozen_folder)], check=True)
    _save_left_in_the_wal(frozen_folder, "only in the log Qwertyzhan")
    subprocess.run(["chattr", "+i", str(frozen_folder)], check=True)
    before = {p: p.read_bytes() for p in every_file(frozen_folder) if p.is_file()}
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "tmp").mkdir()
    env = session_env(home, frozen_folder)
    listed = run_cli("notes", "list", "--json", env=env, own_process=True)
    assert listed.returncode == 0, listed.stderr
    assert sorted(n["body"] for n in json.loads(listed.stdout)) == [
        f"kept safe {SECRET}",
        "only in the log Qwertyzhan",
    ]  # the save only in the WAL is read too
    with subprocess.Popen(  # notes and index open, as in a window: then killed
        [sys.executable, "-c", READ_ONLY_SESSION], cwd=ROOT, env=env, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as session:  # fmt: skip
        try:
            for word in (SECRET, "Qwertyzhan", "kept"):
                session.stdin.write(f"{word}\n")
                session.stdin.flush()
                assert session.stdout.readline().split() == [word, "1"]
            left = every_file(tmp_path / "tmp")  # while it runs: nothing of the notes either
            session.terminate()
            assert session.wait(timeout=30) == -15
        finally:
            session.kill()
    for folder in (tmp_path / "tmp", home):
        for path in every_file(folder):
            assert "muragat" not in path.name, path
            if path.is_file():
                held = path.read_bytes()
                assert SECRET.encode() not in held and b"Qwertyzhan" not in held, path
    assert left == []
    after = {p: p.read_bytes() for p in every_file(frozen_folder) if p.is_file()}
    assert after == before  # and nothing written in the folder read


def test_a_damaged_database_in_a_read_only_folder_is_salvaged_without_a_copy_left(
    frozen_folder, tmp_path
):
    subprocess.run(["chattr", "-i", str(frozen_folder)], check=True)
    path = frozen_folder / "notes.sqlite3"
    path.write_bytes(path.read_bytes()[:4096])  # cut short: salvaged, merged with the backup
    subprocess.run(["chattr", "+i", str(frozen_folder)], check=True)
    before = {p: p.read_bytes() for p in every_file(frozen_folder) if p.is_file()}
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "tmp").mkdir()
    listed = run_cli("notes", "list", "--json", env=session_env(home, frozen_folder),
                     own_process=True)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert [n["body"] for n in json.loads(listed.stdout)] == [f"kept safe {SECRET}"]
    assert "Nothing was changed on disk" in listed.stderr
    found = run_cli("search", "--json", SECRET, env=session_env(home, frozen_folder),
                    own_process=True)  # fmt: skip
    assert [h["id"] for h in json.loads(found.stdout)] != [], found.stderr
    assert every_file(tmp_path / "tmp") == [] and every_file(home) == []
    assert {p: p.read_bytes() for p in every_file(frozen_folder) if p.is_file()} == before


def _wipe_answering_yes(qtbot, window) -> list:
    """File → Wipe all my data, answering Yes to the question and OK to what follows; the
    boxes seen, as (icon, text)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.icon(), box.text()))
            if box.icon() == QMessageBox.Icon.Question:
                box.button(QMessageBox.StandardButton.Yes).click()
            else:
                box.accept()
        if len(seen) < 2:
            QTimer.singleShot(30, answer)

    QTimer.singleShot(30, answer)
    window.wipe_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    return seen
