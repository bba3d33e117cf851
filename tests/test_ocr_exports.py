"""Exports of notes on text recognised from scans (issue 28): the PDF and the Markdown cite the
page ("p. 2") and say "low confidence — check against the scan" of a paragraph read with low
confidence, and of no other. Through the command line a researcher uses, read back from the
files it writes; the bundle is the one an import leaves (recognised text beside its original)."""

from __future__ import annotations

import re

from conftest import run_cli
from pypdf import PdfReader
from scanned_bundle import HIGH_PARA, LOW_PARA, scanned_bundle

MARK = "low confidence — check against the scan"
MARK_RU = "низкая достоверность распознавания — сверьте со сканом"


def add_notes(data_dir) -> None:
    for target, text in ((LOW_PARA, "Check the sentence length"), (HIGH_PARA, "The court named")):
        added = run_cli("notes", "add", "--target", target, "--text", text, data_dir=data_dir)
        assert added.returncode == 0, added.stderr


def export(data_dir, path, fmt: str, *options: str) -> None:
    done = run_cli(
        "notes", "export", "--format", fmt, "--output", str(path), *options, data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_the_pdf_export_cites_the_page_and_marks_low_confidence(data_dir, tmp_path):
    scanned_bundle(data_dir)
    add_notes(data_dir)
    out = tmp_path / "notes.pdf"
    export(data_dir, out, "pdf")
    text = pdf_text(out)
    low = text.index("Check the sentence length")
    high = text.index("The court named")
    assert "Sentence: five years of restricted freedom" in text  # the words to check
    assert text.count(MARK) == 1
    assert re.search(r"p\. 2\b", text) and re.search(r"p\. 1\b", text)
    # in reading order: page 1's note, then page 2's quote, citation, mark and note
    mark = text.index(MARK)
    cited = text.index("p. 2")
    assert high < text.index("Sentence: five years") < cited < mark < low


def test_the_markdown_export_cites_the_page_and_marks_low_confidence(data_dir, tmp_path):
    scanned_bundle(data_dir)
    add_notes(data_dir)
    out = tmp_path / "notes.md"
    export(data_dir, out, "md")
    text = out.read_text(encoding="utf-8")
    notes = text.split("\n---\n")
    (low,) = [n for n in notes if "Check the sentence length" in n]
    (high,) = [n for n in notes if "The court named" in n]
    assert f"*{MARK}*" in low and "p. 2" in low
    assert MARK not in high and "p. 1" in high
    export(data_dir, out, "md", "--language", "ru")
    assert out.read_text(encoding="utf-8").count(f"*{MARK_RU}*") == 1
