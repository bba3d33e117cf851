"""Hostile scans, imported as a user imports them (``muragat import`` of a folder, then the
import API the window calls): images cut short, a header claiming billions of pixels, a PDF of
2,000 image-only pages, a TIFF of 600 pages, pure noise, a page blurred past reading. Each is
skipped with its reason while the batch goes on; the over-long ones before a single page is
recognised; nothing is left half-written (no bundle folder, no temporary folder)."""

from __future__ import annotations

import io
import random
import struct
import threading
import time
import zlib
from pathlib import Path

import pytest
from conftest import run_cli
from scan_files import COURT, page, save, tiff

from index.core import Core
from index.errors import Cancelled
from index.imports.limits import ReaderWorker
from index.imports.readers import Unreadable


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header says ``width``×``height`` pixels, with a few bytes of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def pdf_of_image_pages(pages: int) -> bytes:
    """A PDF of ``pages`` pages, each only an image — one tiny image and one content stream
    shared by every page, so the file stays a few hundred kilobytes."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    image = DecodedStreamObject()
    image.set_data(b"\x80")
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(1),
            NameObject("/Height"): NumberObject(1),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    image_ref = writer._add_object(image)
    draw = DecodedStreamObject()
    draw.set_data(b"q 612 0 0 792 0 0 cm /Im0 Do Q")
    draw_ref = writer._add_object(draw)
    resources = writer._add_object(
        DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): image_ref})}
        )
    )
    for _ in range(pages):
        pdf_page = writer.add_blank_page(612, 792)
        pdf_page[NameObject("/Resources")] = resources
        pdf_page[NameObject("/Contents")] = draw_ref
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-scans")
    whole = io.BytesIO()
    page(COURT).save(whole, format="PNG")
    (folder / "cut.png").write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    whole = io.BytesIO()
    page(COURT).save(whole, format="JPEG", quality=90)
    (folder / "cut.jpg").write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    (folder / "enormous.png").write_bytes(png_claiming(100_000, 100_000))
    (folder / "thousands.pdf").write_bytes(pdf_of_image_pages(2000))
    tiff([page(["лист"], size=8)] * (MAX_OCR_PAGES + 100), folder / "many.tif")
    rng = random.Random(28)
    noise = bytes(rng.getrandbits(8) for _ in range(800 * 600))
    from PIL import Image

    save(Image.frombytes("L", (800, 600), noise), folder / "noise.png")
    lines = ["Суд признал Енсебека виновным и назначил наказание."] * 6
    save(page(lines, size=28, blur=4.5), folder / "unreadable.png")  # Tesseract reads junk
    return folder


MAX_OCR_PAGES = 500  # index.imports.limits.MAX_OCR_PAGES, checked below
REASONS = {
    "cut.png": "the image is damaged or cut short",
    "cut.jpg": "the image is damaged or cut short",
    "enormous.png": "Muragat decodes (40 million pixels)",
    "thousands.pdf": "a PDF with 2000 scanned pages (no text layer), more than Muragat "
    f"recognises in one file ({MAX_OCR_PAGES})",
    "many.tif": f"more than Muragat recognises in one file ({MAX_OCR_PAGES})",
    "noise.png": "no text recognised in the scan",
    "unreadable.png": "no text recognised in the scan",
}


def test_each_hostile_scan_is_skipped_with_its_reason_and_nothing_is_written(data_dir, hostile):
    done = run_cli("import", str(hostile), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert f"0 added, 0 updated, 0 unchanged, {len(REASONS)} skipped" in done.stdout
    skipped = [
        line.removeprefix("muragat: skipped ").split(": ", 1)
        for line in done.stderr.splitlines()
        if line.startswith("muragat: skipped ")
    ]
    said = {Path(path).name: reason for path, reason in skipped}
    for name, reason in REASONS.items():
        assert reason in said[name], (name, said.get(name))
    bundles = data_dir / "bundles"
    assert not bundles.exists() or list(bundles.iterdir()) == []  # no bundle, no .tmp- folder


def test_too_many_pages_are_refused_before_any_page_is_recognised(data_dir, hostile):
    from index.imports import limits
    from index.imports.limits import PageProgress

    assert limits.MAX_OCR_PAGES == MAX_OCR_PAGES
    pages: list[PageProgress] = []
    report = Core(data_dir).import_paths(
        [hostile / "thousands.pdf", hostile / "many.tif"],
        lambda done, total, name: pages.append(name) if isinstance(name, PageProgress) else None,
    )
    assert [r.status for r in report.results] == ["skipped", "skipped"]
    assert pages == []


def test_each_page_has_its_own_time_limit(tmp_path):
    """A scan of many pages may take longer than one file's limit: the deadline starts again
    at each page. A page that takes longer than a page's limit is stopped, and says which."""
    lines = ["Суд признал Енсебека виновным и назначил наказание."] * 6
    scans = tiff([page(lines, size=30)] * 3, tmp_path / "three.tif")
    worker = ReaderWorker(time_limit=0.5, page_time_limit=60.0)
    try:
        told: list[tuple[int, int]] = []
        started = time.monotonic()
        result = worker.read(scans, on_page=lambda n, of: told.append((n, of)))
        assert time.monotonic() - started > 0.5  # longer than a file's limit, yet read
        assert told == [(1, 3), (2, 3), (3, 3)]
        assert sorted({b.page for b in result.blocks}) == [1, 2, 3]
    finally:
        worker.close()
    worker = ReaderWorker(time_limit=60.0, page_time_limit=0.2)
    try:
        with pytest.raises(Unreadable, match="page 1 took longer than"):
            worker.read(scans)
    finally:
        worker.close()


def test_cancel_stops_a_scan_mid_page(tmp_path):
    lines = ["Суд признал Енсебека виновным и назначил наказание."] * 12
    scans = tiff([page(lines, size=30)] * 6, tmp_path / "six.tif")
    stop = threading.Event()

    def check() -> None:
        if stop.is_set():
            raise Cancelled

    worker = ReaderWorker()
    try:
        told: list[int] = []
        with pytest.raises(Cancelled):
            worker.read(scans, check=check, on_page=lambda n, of: (told.append(n), stop.set()))
        assert told == [1]  # stopped while page 1 was being recognised
        assert worker._proc is None  # the worker was killed, not left reading
    finally:
        worker.close()
