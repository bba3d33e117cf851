"""The self-test, portable mode, the prebuilt index, and the frozen single-file build itself.

The frozen build is made by ``packaging/build`` and takes about a minute; set
MURAGAT_SKIP_FROZEN=1 to leave it out of a quick local run (CI always runs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import run_cli

from index.paths import PORTABLE_DIR_NAME, resolve_data_dir


def test_self_test_from_source():
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("muragat self-test OK: ") and "window " in line and "search(" in line
    assert "hits, compiled)" in line  # scripts/setup built the search's compiled part
    if sys.version_info < (3, 12):  # None's refcount is checked where it can still drift
        assert "binding " in line
    assert "pdf(" in line and "total" in line


def test_portable_folder_beside_the_executable_wins(tmp_path, monkeypatch):
    exe = tmp_path / "usb" / "muragat"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("MURAGAT_DATA_DIR", raising=False)
    assert resolve_data_dir(None) != exe.parent / PORTABLE_DIR_NAME
    assert resolve_data_dir(None, portable=True) == exe.parent / PORTABLE_DIR_NAME
    (exe.parent / PORTABLE_DIR_NAME).mkdir()
    assert resolve_data_dir(None) == exe.parent / PORTABLE_DIR_NAME
    assert resolve_data_dir(tmp_path / "explicit") == (tmp_path / "explicit").resolve()


def test_first_start_copies_the_prebuilt_index(tmp_path):
    from index.archive import load_archive
    from index.search.engine import SearchEngine
    from index.search.items import archive_items

    items = list(archive_items(load_archive(None)))
    built = SearchEngine(tmp_path / "prebuilt", [lambda: items])
    built.ensure()
    fresh = SearchEngine(tmp_path / "data" / "index", [lambda: items], seed=tmp_path / "prebuilt")
    report = fresh.ensure()
    assert not report.rebuilt and report.added == 0 and report.unchanged == len(items)
    assert fresh.search("Yensebek").hits[0].id == "photo-caption"


frozen = pytest.mark.skipif(
    os.environ.get("MURAGAT_SKIP_FROZEN") == "1", reason="MURAGAT_SKIP_FROZEN=1"
)


@frozen
@pytest.mark.slow
def test_frozen_single_file_self_test(executable):
    env = {k: v for k, v in os.environ.items() if k != "MURAGAT_DATA_DIR"}
    result = subprocess.run(
        [str(executable), "--self-test"], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("muragat self-test OK")
    assert "hits, compiled)" in result.stdout  # the executable carries the compiled search


@frozen
@pytest.mark.slow
def test_frozen_portable_mode_writes_nothing_outside_its_folder(executable, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    exe = usb / executable.name
    shutil.copy2(executable, exe)
    (usb / PORTABLE_DIR_NAME).mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MURAGAT_", "XDG_")) and k != "HOME"
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [str(exe), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
        return result

    assert "temirlan-ensebek" in run("search", "Енсебек").stdout
    note_id = run(
        "notes",
        "add",
        "--target",
        "freedom-of-expression-2",
        "--quote",
        "five years’ restricted freedom",
        "--text",
        "from the stick",
    ).stdout.strip()
    run("notes", "export", "--format", "pdf", "--output", str(usb / "notes.pdf"))
    env["MURAGAT_QUIT_AFTER_WINDOW"] = "1"
    run()
    del env["MURAGAT_QUIT_AFTER_WINDOW"]
    assert note_id in run("notes", "list").stdout
    data = usb / PORTABLE_DIR_NAME
    assert (data / "notes.sqlite3").is_file() and (data / "index").is_dir()
    assert (usb / "notes.pdf").stat().st_size > 1000
    written = [p for p in home.rglob("*")]
    assert written == [], f"written outside the portable folder: {written}"


UNUSED_IN_THE_BUNDLE = (
    "lxml/objectify",
    "lxml/sax",
    "lxml/builder",
    "lxml/html/diff",
    "lxml/html/_difflib",
    "lxml/isoschematron/",
    "_ssl.",
    "libssl.",
)
"""Parts of the bundled libraries no Muragat code reaches: each start of the single file would
unpack them again (issue 23)."""


def unpacked_later(executable) -> dict[str, list]:
    """The files the single file keeps in its module archive until first needed, by the module
    whose import unpacks them (app/unpack_later.py)."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    archive = CArchiveReader(str(executable))
    pyz = next(n for n, entry in archive.toc.items() if entry[4] == "z")
    modules = ZlibArchiveReader(str(executable), archive._start_offset + archive.toc[pyz][0])
    if "_muragat_unpack_later" not in modules.toc:  # other systems unpack everything at start
        return {}
    listing: dict = {}
    exec(modules.extract("_muragat_unpack_later"), listing)
    return listing["GROUPS"]


def unused_entries(executable) -> list[str]:
    from PyInstaller.archive.readers import CArchiveReader

    names = list(CArchiveReader(str(executable)).toc)
    names += [dest for files in unpacked_later(executable).values() for dest, _module in files]
    assert any(n.startswith("lxml/etree.") for n in names)  # the readers' lxml is there
    return sorted(
        n
        for n in names
        if any(part in n for part in UNUSED_IN_THE_BUNDLE) or n.endswith(".dist-info/RECORD")
    )


@frozen
@pytest.mark.slow
def test_frozen_single_file_holds_nothing_unused(executable):
    assert unused_entries(executable) == []


UNPACKED_WHEN_NEEDED = (
    "cryptography/",
    "_cffi_backend.",
    "lxml/",
    "charset_normalizer/",
    "docx/templates/",
    "resources/fonts/",
    "resources/index/",
)
"""What the window does not need (25 MB): kept in the module archive, unpacked on first import
(app/unpack_later.py); `--self-test` then uses each (a full signature check, the PDF export,
an import of every format; the prebuilt index is copied by a first start only)."""


@frozen
@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux builds only (the spec)")
def test_frozen_single_file_unpacks_at_start_only_what_the_window_needs(executable):
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable))
    unpacked = [n for n, entry in archive.toc.items() if entry[4] in "bx"]  # binaries, data
    assert any(n.startswith("libsqlite3") for n in unpacked)
    assert "resources/ui_font/MuragatSymbols.ttf" in unpacked  # drawn before the window shows
    assert [n for n in unpacked if n.startswith(UNPACKED_WHEN_NEEDED)] == []
    groups = unpacked_later(executable)
    dests = [dest for files in groups.values() for dest, _module in files]
    for prefix in UNPACKED_WHEN_NEEDED:
        assert any(d.startswith(prefix) for d in dests), prefix
    assert "cryptography/hazmat/bindings/_rust.abi3.so" in dests
