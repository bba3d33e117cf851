"""The self-test, portable mode, the prebuilt index, and the frozen single-file build itself.

The frozen build is made by ``packaging/build`` and takes about a minute; set
MURAGAT_SKIP_FROZEN=1 to leave it out of a quick local run (CI always runs it).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import time

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
    assert "ocr(Tesseract 5." in line  # a drawn page read back: engine, models, Pillow


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
    # it carries text recognition: tesserocr and its libraries, Pillow, the models (issue 28)
    assert "ocr(Tesseract 5." in result.stdout


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
    # Pillow reads scans in PNG, JPEG and TIFF only (issue 28): not AVIF, WebP, colour profiles,
    # Tk (FreeType stays: the timeline's PNG is drawn with it, issue 29)
    "PIL/_avif",
    "PIL/_webp",
    "PIL/_imagingcms",
    "PIL/_imagingtk",
    "PIL/_imagingmorph",
    "pillow.libs/libavif",
    "pillow.libs/libwebp",
    "pillow.libs/liblcms2",
)
"""Parts of the bundled libraries no Muragat code reaches: each start of the single file would
unpack them again (issue 23), or first use of OCR would."""
PIL_FORMATS = {
    "PIL.PngImagePlugin",
    "PIL.JpegImagePlugin",
    "PIL.MpoImagePlugin",
    "PIL.TiffImagePlugin",
    "PIL.BmpImagePlugin",
}
"""The image formats the single file can decode: what a scan or a phone photo comes as (MPO:
the JPEG some phones write); and BMP, which tesserocr writes a page as, in memory, to hand it to
Tesseract (index/ocr/images.py opens PNG, JPEG and TIFF only)."""


def module_archive(executable):
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    archive = CArchiveReader(str(executable))
    pyz = next(n for n, entry in archive.toc.items() if entry[4] == "z")
    return ZlibArchiveReader(str(executable), archive._start_offset + archive.toc[pyz][0])


def unpacked_later(executable) -> dict[str, list]:
    """The files the single file keeps in its module archive until first needed, by the module
    whose import unpacks them (app/unpack_later.py)."""
    modules = module_archive(executable)
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
    plugins = {n for n in module_archive(executable).toc if n.endswith("ImagePlugin")}
    assert plugins == PIL_FORMATS


UNPACKED_WHEN_NEEDED = (
    "cryptography/",
    "_cffi_backend.",
    "lxml/",
    "charset_normalizer/",
    "docx/templates/",
    "resources/fonts/",
    "resources/index/",
    "tesserocr/",
    "tesserocr.libs/",
    "tessdata/",
    "PIL/",
    "pillow.libs/",
    "pypdfium2_raw/",
)
"""What the window does not need (25 MB, and 66 MB of text recognition): kept in the module
archive, unpacked on first import (app/unpack_later.py); `--self-test` then uses each (a full
signature check, the PDF export, an import of every format, a page read by OCR; the prebuilt
index is copied by a first start only)."""


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
    models = [d for d, _module in groups["index.ocr.tessdata"]]  # before the lookup runs
    assert sorted(models) == [f"tessdata/{m}.traineddata" for m in ("eng", "kaz", "osd", "rus")]
    assert "pypdfium2_raw/libpdfium.so" in dests


def scanned_page(path) -> None:
    """A page as a scanner gives it: Russian text drawn at about 300 dpi, saved as PNG."""
    from PIL import Image, ImageDraw, ImageFont

    from resources import ROOT as RESOURCES

    font = ImageFont.truetype(str(RESOURCES / "fonts" / "DejaVuSans.ttf"), 42)
    page = Image.new("L", (1700, 500), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 120), "Суд в Кызылорде рассмотрел апелляцию.", font=font, fill=0)
    draw.text((120, 260), "The appeal was heard in Kyzylorda.", font=font, fill=0)
    page.save(path)


IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"P5", b"P6", b"P4")
"""How the image formats a decoded copy could be written in begin (PNG, JPEG, TIFF, BMP, PNM)."""


@frozen
@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux builds only (the spec)")
def test_frozen_import_of_a_scan_reads_it_without_writing_it_out(executable, tmp_path):
    """The single file reads a scanned page by OCR, in a portable data folder, and writes no
    decoded copy of the scan anywhere: not in the temporary folder (where it unpacks itself and
    the OCR libraries), not in the data folder beside the original it keeps."""
    import threading

    from PyInstaller.archive.readers import CArchiveReader

    usb = tmp_path / "usb"
    usb.mkdir()
    exe = usb / executable.name
    shutil.copy2(executable, exe)
    data = usb / PORTABLE_DIR_NAME
    data.mkdir()
    scans = tmp_path / "scans"
    scans.mkdir()
    scanned_page(scans / "court.png")
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MURAGAT_")}
    env.update(TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen")
    known = set(CArchiveReader(str(exe)).toc)
    known |= {dest for files in unpacked_later(exe).values() for dest, _module in files}
    seen: set = set()
    running = threading.Event()
    running.set()

    def watch() -> None:  # every file that appears in the temporary folder while it runs
        while running.is_set():
            with contextlib.suppress(OSError):  # a folder removed while it was listed
                seen.update(path for path in temp.rglob("*") if not path.is_dir())
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        imported = subprocess.run(
            [str(exe), "import", str(scans / "court.png")],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        running.clear()
        watcher.join()
    assert imported.returncode == 0, imported.stderr
    assert "1 added" in imported.stdout, imported.stdout
    found = subprocess.run(
        [str(exe), "search", "Кызылорда"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert found.returncode == 0, found.stderr
    assert "[Кызылорде] рассмотрел" in found.stdout, found.stdout  # the scan's words, searchable
    unpacked, strays = set(), []
    for path in seen:
        inside = path.relative_to(temp)
        rest = re.sub(r"\.\d+\.part$", "", "/".join(inside.parts[1:]))  # app/unpack_later.py's
        if inside.parts[0].startswith("_MEI") and rest in known:  # files while being written
            unpacked.add(rest)
        else:
            strays.append(inside)
    assert strays == [], f"written to the temporary folder: {strays}"
    assert "tessdata/rus.traineddata" in unpacked  # the watch saw OCR unpack its models
    assert list(temp.iterdir()) == []  # and nothing left behind
    images = [
        p.relative_to(data)
        for p in data.rglob("*")
        if p.is_file() and p.read_bytes()[:4].startswith(IMAGE_MAGIC)
    ]
    assert len(images) == 1 and images[0].name == "source.png", images  # the original only
