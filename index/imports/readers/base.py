"""What every format reader takes and gives: a `Source` in, a `ReadResult` (title and blocks) out.

A reader module holds ``FORMAT`` (its name), ``SUFFIXES`` (file name endings it reads),
``sniff(head)`` (does a file's first bytes look like this format, whatever its name) and
``read(source)``; `index.imports.readers` lists them. Adding a format is one module and its test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from index.archive.markdown_doc import collapse_space
from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.imports.encoding import Decoded, decode

MAX_TEXT_CHARS = 50_000_000
"""Extracted text beyond this is a decompression bomb or not a document: the file is refused."""
LINE = "\u2028"
"""Line separator inside one block (list items, code lines, table rows): one paragraph, one id,
yet shown on separate lines; plain text keeps it, so reader and index offsets agree."""
_KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#+-!|&~"})


class Unreadable(KnownError):
    """This file cannot be imported; the message says why in words a person understands."""


def escape_markdown(text: str) -> str:
    """Plain text to inline Markdown that reads back as exactly that text."""
    return text.translate(_MD_SPECIAL)


@dataclass
class Block:
    """One paragraph, heading, list, table, quote or code block of the imported document."""

    text: str
    """Plain text; a newline separates the lines of a list, table, quote or code block."""
    kind: str = "p"  # "p" or "h" (a heading)
    role: str = "body"  # body, list, table, quote or code
    page: int | None = None
    markdown: str | None = None
    """Inline Markdown for the same text when the source has markup (emphasis, links)."""
    ocr: bool = False
    """Recognised from a scan (an image, a PDF page without text), not read from text."""
    ocr_low: bool = False
    """Recognised from a page whose mean confidence is below the threshold: check the scan."""

    def inline_markdown(self) -> str:
        """The block as one line of inline Markdown; a list's or table's lines joined by U+2028."""
        if self.kind == "h" or self.role == "body":
            if self.markdown is not None:
                return collapse_space(self.markdown)
            return escape_markdown(collapse_space(self.text))
        if self.markdown is not None:
            lines = self.markdown.split("\n")
        else:
            lines = [escape_markdown(_keep_spaces(line)) for line in self.text.split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        return LINE.join(lines)


MAX_INDENT = 6
"""Nesting deeper than this is shown at this depth (a hostile file cannot inflate the text)."""


def indent(depth: int, unit: str = "   ") -> str:
    return unit * min(depth, MAX_INDENT)


def _keep_spaces(line: str) -> str:
    """Indentation and runs of spaces survive white-space folding as no-break spaces."""
    line = line.replace("\t", "    ").rstrip()
    return re.sub(r"(?:^ +| {2,})", lambda m: "\u00a0" * len(m.group()), line)


@dataclass
class OcrPage:
    """What the recognition of one scanned page found, as the manifest keeps it."""

    page: int
    confidence: float
    """Mean word confidence, 0–100."""
    language: str
    """Detected: "rus", "kaz", "eng" or a mix like "rus+eng"."""
    rotation: int = 0
    """Degrees the page was turned to read it (0, 90, 180, 270)."""
    skew: float = 0.0
    """Degrees of skew corrected."""


@dataclass
class ReadResult:
    title: str
    blocks: list[Block] = field(default_factory=list)
    format: str = "text"
    encoding: str | None = None
    confidence: float | None = None
    encoding_detail: str = ""
    notes: list[str] = field(default_factory=list)
    """What the import left out or changed (comments, tracked changes, images…), said plainly."""
    ocr_pages: list[OcrPage] = field(default_factory=list)
    """The pages recognised from scans (none for a document read from text)."""
    ocr_languages: str | None = None
    """The languages they were recognised in ("rus+kaz+eng")."""

    @property
    def language(self) -> str:
        sample = " ".join(b.text for b in self.blocks[:200])[:200_000]
        cyr, lat = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
        if cyr > lat:
            return "ru" if _KAZAKH.isdisjoint(sample) else "kk"
        return "en" if lat else "und"

    def use_decoding(self, decoded: Decoded) -> ReadResult:
        self.encoding = decoded.encoding
        self.confidence = decoded.confidence
        self.encoding_detail = decoded.detail
        return self


@dataclass
class Source:
    """A file to read, the encoding the user asked for (None: detect it) and the languages
    of its scanned pages."""

    path: Path
    encoding: str | None = None
    ocr_languages: str | None = None
    """The languages scanned pages are recognised in ("rus+kaz+eng"); None: the default."""

    @property
    def name(self) -> str:
        return self.path.stem

    @cached_property
    def data(self) -> bytes:
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise Unreadable(
                QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})"), reason=exc.strerror
            ) from None

    @cached_property
    def decoded(self) -> Decoded:
        return decode(self.data, self.encoding)


def clean(text: str) -> str:
    """Fold white space within a line; keep the lines."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def take_title(blocks: list[Block], fallback: str) -> str:
    """A document's title: its opening heading, which then leaves the body (shown once)."""
    if blocks and blocks[0].kind == "h":
        return blocks.pop(0).text
    return " ".join(fallback.split()) or "Untitled"


def check_size(blocks: list[Block]) -> None:
    if sum(len(b.text) for b in blocks) > MAX_TEXT_CHARS:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "expands to more text than any document holds")
        )
