"""The data folder is never abandoned silently: a path too long for SQLite still shows every
note (read-only, said plainly), and `muragat index` reads the whole index before it says "up
to date"."""

from __future__ import annotations

import json
import random

from conftest import run_cli


def test_a_data_folder_path_too_long_for_sqlite_still_shows_every_note(tmp_path):
    short = tmp_path / "d"
    assert (
        run_cli("notes", "add", "--text", "written at a short path", data_dir=short).returncode == 0
    )
    deep = tmp_path.joinpath(*["a-folder-with-a-long-name-" * 2] * 10)
    deep.parent.mkdir(parents=True)
    short.rename(deep)
    assert len(str(deep)) > 512
    listed = run_cli("notes", "list", "--json", data_dir=deep)
    assert listed.returncode == 0, listed.stderr
    assert [n["body"] for n in json.loads(listed.stdout)] == ["written at a short path"]
    assert "too long" in listed.stderr and "Traceback" not in listed.stderr


def test_muragat_index_reads_all_of_it_before_saying_up_to_date(data_dir):
    assert run_cli("search", "freedom", data_dir=data_dir).returncode == 0
    fine = run_cli("index", data_dir=data_dir)
    assert "up to date" in fine.stdout, fine.stderr
    seg = max((data_dir / "index").glob("*.seg"), key=lambda p: p.stat().st_size)
    blob = bytearray(seg.read_bytes())
    rng = random.Random(14)
    for _ in range(200):  # bytes all through the postings and stored fields
        blob[rng.randrange(len(blob) // 10, len(blob))] ^= 0xFF
    seg.write_bytes(bytes(blob))
    told = run_cli("index", data_dir=data_dir)
    assert told.returncode == 0, told.stderr
    assert "up to date" not in told.stdout and "rebuilt" in told.stdout
    assert "Traceback" not in told.stderr
    found = run_cli("search", "--json", "Ensebek", data_dir=data_dir)
    assert found.returncode == 0 and json.loads(found.stdout)


def test_a_full_disk_opens_read_only_and_moves_nothing_aside(tmp_path):
    import shutil
    import subprocess

    made = tmp_path / "made"
    assert run_cli("notes", "add", "--text", "kept while full", data_dir=made).returncode == 0
    disk = tmp_path / "disk"
    disk.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)]
    if subprocess.run(mount, capture_output=True).returncode:
        import pytest

        pytest.skip("cannot mount a small file system here")
    try:
        data = disk / "data"
        shutil.copytree(made, data)
        with (disk / "filler").open("wb") as fh:  # fill it to the last byte
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        listed = run_cli("notes", "list", "--json", data_dir=data)
        assert listed.returncode == 0, listed.stderr
        assert [n["body"] for n in json.loads(listed.stdout)] == ["kept while full"]
        assert "Nothing can be saved" in listed.stderr and "Traceback" not in listed.stderr
        refused = run_cli("notes", "add", "--text", "more", data_dir=data)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert not list(data.glob("notes.sqlite3.damaged-*"))  # a full disk is not damage
    finally:
        subprocess.run(["umount", str(disk)], check=True)
