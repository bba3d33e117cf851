"""The vault (issue 24): what the user writes or imports is unreadable without the passphrase.

Forensic tests scan every byte of the data folder and of the temporary folder for marker words
(as UTF-8, UTF-16 and lower case) after real commands: notes, a private note, a tag, an
imported document's text and file name, a search. Keys here are real (Argon2id through
argon2-cffi, AES-256-GCM and SQLCipher); tests that do not time the derivation use the
smallest parameters the key file accepts (64 MiB, one pass).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from index.vault import convert, keys, session

PASS = "correct horse battery staple"
CHEAP = keys.KdfParams(time_cost=1, memory=64 * 1024, parallelism=1)

MARKERS = {
    "note": "Gallimaufrynote",
    "private": "Quillfeatherprivate",
    "tag": "marmaladetag",
    "text": "Xylophraxwitness",
    "file": "Plumbagoreport",
    "query": "Zebulonquery",
    "later": "Ostrogothlater",
}


def _fd_with(*lines: str) -> int:
    """A pipe's reading end holding ``lines``: what --passphrase-fd reads."""
    read, write = os.pipe()
    os.write(write, ("\n".join(lines) + "\n").encode("utf-8"))
    os.close(write)
    return read


def cli(data: Path, *args: str, passphrase: str | None = PASS):
    """``muragat`` with the passphrase on a file descriptor, as a script gives it."""
    if passphrase is None:
        return run_cli(*args, data_dir=data)
    fd = _fd_with(passphrase)
    try:
        return run_cli("--passphrase-fd", str(fd), *args, data_dir=data)
    finally:
        os.close(fd)


def hits(folders: list[Path], words) -> dict[str, list[str]]:
    """Where each word occurs in any file below ``folders``: as UTF-8, UTF-16-LE and lower
    case (file names too)."""
    found: dict[str, list[str]] = {}
    forms = {
        w: [w.encode(), w.encode("utf-16-le"), w.lower().encode(), w.lower().encode("utf-16-le")]
        for w in words
    }
    for top in folders:
        for path in top.rglob("*"):
            for w in words:
                if w.lower() in path.name.lower():
                    found.setdefault(w, []).append(f"name {path}")
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            for w, variants in forms.items():
                if any(v in data for v in variants):
                    found.setdefault(w, []).append(str(path))
    return found


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """The temporary folder every command of the test uses, to scan it too."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _write_notes(data: Path, source: Path, passphrase: str | None = None) -> None:
    r = cli(data, "notes", "add", "--target", "freedom-of-expression-2", "--text",
            f"{MARKERS['note']} saw it", "--tag", MARKERS["tag"], passphrase=passphrase)  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = cli(data, "notes", "add", "--text", f"{MARKERS['private']} only mine", "--private",
            passphrase=passphrase)  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = cli(data, "import", str(source), passphrase=passphrase)
    assert r.returncode == 0, r.stderr
    r = cli(data, "search", MARKERS["query"], passphrase=passphrase)
    assert r.returncode == 0, r.stderr


@pytest.fixture
def source(tmp_path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    path = folder / f"{MARKERS['file']}.txt"
    path.write_text(
        f"Testimony\n\nThe witness {MARKERS['text']} described the detention in Aktau.\n",
        encoding="utf-8",
    )
    return path


def test_a_taken_data_folder_holds_none_of_the_users_words(
    data_dir, source, private_tmp, tmp_path
):
    _write_notes(data_dir, source, passphrase=None)
    before = hits([data_dir], MARKERS.values())
    # the control: in the clear, the scan finds the words where they are
    for word in ("note", "private", "tag", "text", "file"):
        assert MARKERS[word] in before, f"the scan should find {word} in a clear data folder"

    fd = _fd_with(PASS)
    r = run_cli("--passphrase-fd", str(fd), "vault", "enable", data_dir=data_dir)
    os.close(fd)
    assert r.returncode == 0, r.stderr
    assert keys.read_params(keys.key_path(data_dir))[1].memory >= 64 * 1024

    # the user goes on working with the vault on: reads, writes, imports, searches
    listed = cli(data_dir, "notes", "list")
    assert MARKERS["note"] in listed.stdout and MARKERS["private"] in listed.stdout
    assert cli(data_dir, "notes", "add", "--text", MARKERS["later"]).returncode == 0
    second = tmp_path / "outside" / f"{MARKERS['file']}2.txt"
    second.write_text(f"Second\n\n{MARKERS['later']} and {MARKERS['text']} again.\n", "utf-8")
    assert cli(data_dir, "import", str(second)).returncode == 0
    found = cli(data_dir, "search", MARKERS["text"])
    assert found.returncode == 0, found.stderr
    assert "2 hits" in found.stdout, found.stdout
    assert cli(data_dir, "search", MARKERS["query"]).returncode == 0

    assert hits([data_dir, private_tmp], MARKERS.values()) == {}
    # and with the passphrase, everything is back
    listed = cli(data_dir, "notes", "list")
    for word in ("note", "private", "tag", "later"):
        assert MARKERS[word] in listed.stdout


def test_a_wrong_or_missing_passphrase_is_refused_and_changes_nothing(data_dir, source):
    _write_notes(data_dir, source)
    convert.enable(data_dir, PASS, params=CHEAP)
    session.close()
    before = snapshot(data_dir)
    for args in (["notes", "list"], ["search", "Aktau"], ["vault", "disable"],
                 ["vault", "passphrase"], ["import", str(source)]):  # fmt: skip
        r = cli(data_dir, *args, passphrase="not the passphrase")
        assert r.returncode == 1, (args, r.stdout)
        assert r.stderr.strip().splitlines() == [
            "muragat: wrong passphrase: the vault stays locked"
        ], r.stderr
        assert r.stdout == ""
        r = cli(data_dir, *args, passphrase=None)  # no terminal, no --passphrase-fd
        assert r.returncode == 1
        assert "protected by a passphrase" in r.stderr and len(r.stderr.splitlines()) == 1
    assert snapshot(data_dir) == before
    status = cli(data_dir, "vault", "status", "--json", passphrase=None)
    assert json.loads(status.stdout)["state"] == "locked"


def test_the_passphrase_changes_and_the_data_stays(data_dir, source):
    _write_notes(data_dir, source)
    convert.enable(data_dir, PASS, params=CHEAP)
    session.close()
    store = data_dir / "notes.sqlite3"
    stored = store.read_bytes()
    fd = _fd_with(PASS, "a new and longer passphrase")
    r = run_cli("--passphrase-fd", str(fd), "vault", "passphrase", data_dir=data_dir)
    os.close(fd)
    assert r.returncode == 0, r.stderr
    assert store.read_bytes() == stored  # the key is rewrapped, nothing else rewritten
    assert cli(data_dir, "notes", "list").returncode == 1  # the old one no longer opens
    listed = cli(data_dir, "notes", "list", passphrase="a new and longer passphrase")
    assert MARKERS["private"] in listed.stdout


def test_turning_the_vault_off_gives_back_clear_files(data_dir, source):
    _write_notes(data_dir, source)
    clear_bytes = snapshot(data_dir)
    convert.enable(data_dir, PASS, params=CHEAP)
    session.close()
    assert cli(data_dir, "vault", "disable").returncode == 0
    assert not keys.key_path(data_dir).exists()
    assert set(snapshot(data_dir)) >= {"notes.sqlite3", "archive.sqlite3"}
    assert (data_dir / "bundles" / "mine-plumbagoreport" / "document.md").read_text(
        "utf-8"
    ).count(MARKERS["text"]) == 1
    listed = cli(data_dir, "notes", "list", passphrase=None)
    assert MARKERS["private"] in listed.stdout
    assert clear_bytes  # the folder was not empty before


def test_shred_makes_everything_unreadable_at_once(data_dir, source, private_tmp):
    _write_notes(data_dir, source)
    convert.enable(data_dir, PASS, params=CHEAP)
    session.close()
    fd = _fd_with(PASS)
    r = run_cli("--passphrase-fd", str(fd), "vault", "shred", "--yes", data_dir=data_dir)
    os.close(fd)
    assert r.returncode == 0, r.stderr
    assert not keys.key_path(data_dir).exists()
    assert hits([data_dir, private_tmp], MARKERS.values()) == {}
    # the right passphrase opens nothing: there is no vault and no note any more
    status = cli(data_dir, "vault", "status", "--json", passphrase=None)
    assert json.loads(status.stdout)["state"] == "off"
    listed = cli(data_dir, "notes", "list", "--json", passphrase=None)
    assert json.loads(listed.stdout) == []


def test_an_encrypted_database_without_its_key_is_not_sqlite(data_dir, source):
    """What a thief holds: the notes database opened with SQLite, without the key."""
    import sqlite3

    _write_notes(data_dir, source)
    convert.enable(data_dir, PASS, params=CHEAP)
    session.close()
    for name in ("notes.sqlite3", "archive.sqlite3"):
        conn = sqlite3.connect(data_dir / name)
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.close()


def test_a_key_file_with_lowered_costs_is_refused(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    keys.write_key_file(data, keys.wrap(keys.new_data_key(), PASS, CHEAP))
    doc = json.loads(keys.key_path(data).read_text())
    doc["kdf"]["memory_kib"] = 8 * 1024  # below the floor
    keys.key_path(data).write_text(json.dumps(doc))
    with pytest.raises(keys.VaultError, match="damaged"):
        keys.unwrap(keys.key_path(data), PASS)
    doc["kdf"]["memory_kib"] = 128 * 1024  # above the floor, but not what the key was sealed with
    keys.key_path(data).write_text(json.dumps(doc))
    with pytest.raises(keys.WrongPassphrase):
        keys.unwrap(keys.key_path(data), PASS)


# -- kill -9 in the middle -------------------------------------------------------------------

_KILLED = """
import sys
from pathlib import Path
from index.vault import convert, keys
data, action = Path(sys.argv[1]), sys.argv[2]
cheap = keys.KdfParams(time_cost=1, memory=64 * 1024, parallelism=1)
print("started", flush=True)
if action == "enable":
    convert.enable(data, "{PASS}", params=cheap)
elif action == "passphrase":
    convert.change_passphrase(data, "{PASS}", "the next passphrase", params=cheap)
elif action == "shred":
    convert.shred(data)
print("done", flush=True)
""".replace("{PASS}", PASS)


def _killed_during(data: Path, action: str, after: float) -> bool:
    """Run ``action`` on ``data`` in a process of its own and kill -9 it ``after`` seconds
    after it started; whether it finished first."""
    with subprocess.Popen(
        [sys.executable, "-c", _KILLED, str(data), action],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout.readline().strip() == "started"
        time.sleep(after)
        proc.send_signal(signal.SIGKILL)
        out = proc.stdout.read()
    return "done" in out


def _readable(data: Path, passphrases: list[str], notes: int) -> str:
    """How the data folder opens: "clear", "vault" (with one of the passphrases), or
    "shredded"; asserts that everything is there when it opens."""
    from index.core import Core

    if session.is_vault(data):
        for phrase in passphrases:
            try:
                session.open_vault(data, phrase)
                break
            except keys.WrongPassphrase:
                continue
        else:
            raise AssertionError("a vault that no passphrase opens")
        how = "vault"
    elif not (data / "notes.sqlite3").exists():
        return "shredded"
    else:
        how = "clear"
    core = Core(data)
    try:
        core.ensure_writable()
        assert len(core.notes.notes()) == notes
        doc = core.archive.document("plumbagoreport")
        assert doc is not None and MARKERS["text"] in doc.paragraphs[-1].text
    finally:
        core.close()
        session.close()
    return how


@pytest.mark.parametrize("action", ["enable", "passphrase", "shred"])
def test_kill_9_never_leaves_data_neither_readable_nor_shredded(
    data_dir, source, tmp_path, action
):
    import shutil

    _write_notes(data_dir, source)
    if action != "enable":
        convert.enable(data_dir, PASS, params=CHEAP)
        session.close()
    outcomes = set()
    for n, after in enumerate((0.0, 0.05, 0.1, 0.2, 0.35, 0.6, 1.0)):
        trial = tmp_path / f"trial-{n}"
        shutil.copytree(data_dir, trial)
        _killed_during(trial, action, after)
        if action == "shred" and session.is_vault(trial):
            try:
                keys.read_params(keys.key_path(trial))
            except keys.VaultError:  # killed while the key was being overwritten: shredded
                outcomes.add("shredded")
                continue
        if action == "shred" and not session.is_vault(trial):
            # the key is gone (shred's first step) and the removal was cut short: what is
            # left must be unreadable — no database in the clear, no marker anywhere
            from index.sqldb import is_clear

            left = [p for p in trial.rglob("*.sqlite3") if p.is_file()]
            assert not any(is_clear(p) for p in left), left
            assert hits([trial], MARKERS.values()) == {}
            outcomes.add("shredded")
            continue
        outcomes.add(_readable(trial, [PASS, "the next passphrase"], notes=2))
    assert outcomes, action
    expected = {"enable": {"clear", "vault"}, "passphrase": {"vault"}, "shred": {"vault", "shredded"}}
    assert outcomes <= expected[action]


def test_a_locked_vault_is_wiped_without_its_passphrase(data_dir, source):
    _write_notes(data_dir, source)
    convert.enable(data_dir, PASS, params=CHEAP)
    session.close()
    r = cli(data_dir, "wipe", "--yes", passphrase=None)
    assert r.returncode == 0, r.stderr
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_the_vault_is_not_turned_on_under_a_running_muragat(data_dir, source):
    """Another Muragat (a window, a command) with the folder open would go on writing to the
    files a conversion replaces: the conversion refuses, and nothing changes."""
    from index.core import Core

    _write_notes(data_dir, source)
    running = Core(data_dir)
    try:
        assert len(running.notes.notes()) == 2
        before = snapshot(data_dir)
        r = cli(data_dir, "vault", "enable")
        assert r.returncode == 1
        assert "another Muragat is using" in r.stderr
        assert snapshot(data_dir) == before  # no key file, nothing converted
        assert MARKERS["private"] in cli(data_dir, "notes", "list", passphrase=None).stdout
    finally:
        running.close()
    assert cli(data_dir, "vault", "enable").returncode == 0  # once it is closed


def test_the_command_line_seals_what_the_window_remembered(data_dir, source):
    """The last open paragraph (muragat.ini) and the folders Qt's file dialog visited
    (qt/QtProject.conf) tell what the user did: `vault enable` from the command line seals the
    one and forgets the other; `vault disable` gives the paragraph back."""
    _write_notes(data_dir, source)
    (data_dir / "muragat.ini").write_text(
        "[reader]\nlast_position=plumbagoreport-2\ntheme=dark\n", encoding="utf-8"
    )
    (data_dir / "qt").mkdir(exist_ok=True)
    (data_dir / "qt" / "QtProject.conf").write_text(
        f"[FileDialog]\nlastVisited=file:///home/u/{MARKERS['file']}-cases\n", encoding="utf-8"
    )
    assert cli(data_dir, "vault", "enable").returncode == 0
    assert hits([data_dir], ["plumbagoreport-2", MARKERS["file"]]) == {}
    assert "theme=dark" in (data_dir / "muragat.ini").read_text("utf-8")
    r = cli(data_dir, "vault", "disable")
    assert r.returncode == 0, r.stderr
    assert "last_position=plumbagoreport-2" in (data_dir / "muragat.ini").read_text("utf-8")
    assert not (data_dir / "muragat-private.sealed").exists()
