"""A hostile-import corpus, generated here: every case is imported in one batch, each gets its
result and reason, and the batch completes. Then the limits one by one: time, memory and
cancellation mid-file in the reading worker."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest
from conftest import run_cli

from index.core import Core
from index.errors import Cancelled
from index.imports.limits import ReaderWorker, safe_name
from index.imports.readers import Unreadable


def _pdf(path: Path, content: bytes, user_password: str | None = None) -> Path:
    """A one-page PDF drawing ``content`` with Helvetica (optionally AES-256 encrypted)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)
    if user_password is not None:
        writer.encrypt(user_password, "owner-secret", algorithm="AES-256")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def slow_pdf(path: Path, operators: int = 150_000) -> Path:
    """A small PDF whose one page draws text with a huge number of operators."""
    return _pdf(path, b"BT /F1 12 Tf " + b"(a) Tj 1 0 Td " * operators + b"ET")


def text_pdf(path: Path, text: str, user_password: str | None = None) -> Path:
    return _pdf(path, b"BT /F1 12 Tf 72 720 Td (" + text.encode() + b") Tj ET", user_password)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    cases: dict[str, Path] = {}

    def put(key: str, name: str | bytes, data: bytes) -> None:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
        path.write_bytes(data)
        cases[key] = path

    os.mkfifo(folder / "pipe.txt")
    cases["fifo"] = folder / "pipe.txt"
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    cases["loop"] = folder / "loop-a.txt"
    put("not utf-8 name", b"caf\xe9 report.txt", b"A report whose name is Latin-1.")
    put("newline name", "line\nbreak.txt", b"A name with a newline in it.")
    put("escape codes", "\x1b[31mred\x1b[0m.md", b"# \x1b[2J\x1b[31mTitle\n\nBody text here.")
    huge = folder / "huge.txt"
    with huge.open("wb") as fh:  # sparse: 20 GB on paper, nothing on disk
        fh.truncate(20 * 1024**3)
    cases["20 GB"] = huge
    chat = "\n".join(f"[12:{n % 60:02d}] user{n % 7}: message number {n}" for n in range(3000))
    put("chat export", "chat.txt", chat.encode())
    put(
        "raw html",
        "fake.md",
        b'# Notes\n\n<div style="font-size:90px">HRW OFFICIAL</div>\n\n'
        b'Text with <img src="/etc/passwd"> inside and a < b stays.\n',
    )
    cases["aes-256 pdf"] = text_pdf(folder / "aes.pdf", "Encrypted but readable", "")
    cases["password pdf"] = text_pdf(folder / "locked.pdf", "Secret", "user-secret")
    put("binary", "data.txt", b"\x00\x01\x02" * 1000)
    put("empty", "empty.md", b"")
    return cases


EXPECTED = {
    "fifo": ("skipped", "named pipe"),
    "loop": ("skipped", "loops"),
    "not utf-8 name": ("added", ""),
    "newline name": ("added", ""),
    "escape codes": ("added", ""),
    "20 GB": ("skipped", "too large"),
    "chat export": ("added", ""),
    "raw html": ("added", ""),
    "aes-256 pdf": ("added", ""),
    "password pdf": ("skipped", "password"),
    "binary": ("skipped", "binary"),
    "empty": ("skipped", "empty"),
}


def test_a_hostile_batch_completes_with_every_case_reported(tmp_path, corpus):
    core = Core(tmp_path / "data")
    started = time.monotonic()
    report = core.import_paths([corpus[k] for k in EXPECTED])
    took = time.monotonic() - started
    by_path = {r.path: r for r in report.results}
    assert len(report.results) == len(EXPECTED) and not report.cancelled
    for key, (status, reason) in EXPECTED.items():
        result = by_path[safe_name(str(corpus[key]))]
        assert result.status == status, (key, result)
        assert reason in result.message, (key, result)
    for result in report.results:  # shown in a terminal or the window: no control characters
        assert not any(ord(ch) < 32 for ch in result.path + (result.title or ""))
        json.dumps(result.__dict__, ensure_ascii=False).encode("utf-8")  # storable
    assert took < 120
    archive = core.archive
    chat = archive.bundle(by_path[str(corpus["chat export"])].bundle_id)
    assert len(chat.documents[0].paragraphs) >= 3000  # one line, one paragraph
    fake = by_path[str(corpus["raw html"])].bundle_id
    stored = (tmp_path / "data" / "bundles" / fake / "document.md").read_text()
    # Raw HTML is never rendered: the Markdown reader keeps a block's words as plain text
    # and drops inline tags, so no styling and no image (local or remote) reaches the reader.
    assert "<div" not in stored and "<img" not in stored and "/etc/passwd" not in stored
    assert "HRW OFFICIAL" in stored and "font-size" not in stored
    assert "a \\< b" in stored or "a < b" in stored
    titled = by_path[safe_name(str(corpus["escape codes"]))]
    assert "Title" in titled.title and "\x1b" not in titled.title


def test_the_command_line_reports_a_hostile_folder_without_a_traceback(tmp_path, corpus):
    folder = corpus["fifo"].parent
    done = run_cli("import", str(folder), data_dir=tmp_path / "data")
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    assert "\x1b" not in done.stdout + done.stderr
    assert "named pipe" in done.stdout + done.stderr


def test_a_file_that_reads_too_long_is_stopped_and_the_next_one_read(tmp_path):
    slow = slow_pdf(tmp_path / "operators.pdf")
    fine = tmp_path / "fine.txt"
    fine.write_text("Read after the slow one.")
    worker = ReaderWorker(time_limit=1.0)
    try:
        started = time.monotonic()
        with pytest.raises(Unreadable, match="took longer"):
            worker.read(slow)
        assert time.monotonic() - started < 10
        assert worker.read(fine).blocks[0].text == "Read after the slow one."
    finally:
        worker.close()


def test_a_file_that_needs_too_much_memory_is_skipped(tmp_path):
    big = tmp_path / "big.txt"
    # 60 MB: decoding and splitting it need far more than 400 MB (from about 25 MB they do)
    big.write_bytes(b"word " * (12 * 1024**2))
    worker = ReaderWorker(memory_limit=400 * 1024**2)
    try:
        with pytest.raises(Unreadable, match="memory"):
            worker.read(big)
    finally:
        worker.close()


def test_cancel_stops_a_file_mid_read(tmp_path):
    slow = slow_pdf(tmp_path / "operators.pdf")
    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()

    def check() -> None:
        if stop.is_set():
            raise Cancelled

    worker = ReaderWorker(time_limit=60)
    try:
        started = time.monotonic()
        with pytest.raises(Cancelled):
            worker.read(slow, check=check)
        assert time.monotonic() - started < 10
    finally:
        worker.close()
