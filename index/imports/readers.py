"""Read one file into a title and paragraphs: Markdown, plain text (UTF-8, cp1251, KOI8-R),
HTML (main text only; scripts, styles and remote resources dropped, never fetched), and PDF
with a text layer (pages become paragraphs carrying page numbers)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from index.errors import KnownError

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 50_000_000
"""Extracted text beyond this is a decompression bomb or not a document: the file is refused."""
_KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


class Unreadable(KnownError):
    """This file cannot be imported; the message says why in words a person understands."""


@dataclass
class Block:
    text: str
    kind: str = "p"  # "p" or "h" (a heading)
    page: int | None = None


@dataclass
class ReadResult:
    title: str
    blocks: list[Block] = field(default_factory=list)
    encoding: str = "utf-8"
    format: str = "text"

    @property
    def language(self) -> str:
        sample = " ".join(b.text for b in self.blocks[:200])[:200_000]
        cyr, lat = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
        if cyr > lat:
            return "kk" if any(ch in _KAZAKH for ch in sample) else "ru"
        return "en" if lat else "und"


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text: UTF-8 (with or without BOM), else the legacy Cyrillic code page that fits.

    cp1251 and KOI8-R put lower- and upper-case Cyrillic in swapped byte ranges (E0–FF vs
    C0–DF); running text is mostly lower case, so the busier range tells which it is."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in data if b >= 0xE0)
    mid = sum(1 for b in data if 0xC0 <= b < 0xE0)
    encoding = "cp1251" if high >= mid else "koi8-r"
    return data.decode(encoding, errors="replace"), encoding


def split_paragraphs(text: str) -> list[Block]:
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        line = " ".join(chunk.split())
        if line:
            blocks.append(Block(line))
    return blocks


def read_markdown(text: str, name: str) -> ReadResult:
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        chunk = chunk.strip()
        if not chunk:
            continue
        heading = re.match(r"^(#{1,6})\s+(.+?)\s*#*\s*$", chunk) if "\n" not in chunk else None
        if heading:
            blocks.append(Block(heading.group(2), "h"))
        else:
            blocks.append(Block(chunk))
    title = next((b.text for b in blocks if b.kind == "h"), name)
    return ReadResult(title, blocks, format="markdown")


class _MainText(HTMLParser):
    SKIP = frozenset(
        {
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "svg",
            "nav",
            "footer",
            "header",
            "aside",
            "form",
            "button",
            "select",
            "head",
        }
    )
    BLOCKS = frozenset(
        {
            "p",
            "div",
            "li",
            "blockquote",
            "pre",
            "td",
            "th",
            "dd",
            "dt",
            "section",
            "article",
            "main",
            "br",
            "tr",
            "figcaption",
            "caption",
        }
    )
    HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title = ""
        self._buf: list[str] = []
        self._skip = 0
        self._in_title = False
        self._heading = False

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.blocks.append(Block(text, "h" if self._heading else "p"))
        self._buf = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self.BLOCKS or tag in self.HEADINGS:
            self._flush()
            self._heading = tag in self.HEADINGS

    def handle_endtag(self, tag) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCKS or tag in self.HEADINGS:
            self._flush()
            self._heading = False

    def handle_data(self, data) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._buf.append(data)


def read_html(text: str, name: str) -> ReadResult:
    main = re.search(r"<(main|article)\b.*?</\1>", text, flags=re.S | re.I)
    parser = _MainText()
    parser.feed(main.group(0) if main else text)
    parser.close()
    parser._flush()
    title_parser = _MainText()
    if main:
        title_parser.feed(text[: main.start()])
    heading = next((b.text for b in parser.blocks if b.kind == "h"), "")
    title = heading or " ".join((parser.title or title_parser.title).split()) or name
    return ReadResult(title, parser.blocks, format="html")


def read_pdf(path: Path, name: str) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("password-protected PDF")
        blocks: list[Block] = []
        total = 0
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise Unreadable("the PDF expands to more text than any document holds")
            for block in split_paragraphs(text.replace("\t", " ")):
                block.page = number
                blocks.append(block)
        title = reader.metadata.title if reader.metadata and reader.metadata.title else ""
    except Unreadable:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise Unreadable(f"not a readable PDF ({type(exc).__name__})") from None
    if not blocks:
        raise Unreadable("a PDF with no text layer (scanned pages?): nothing to search")
    return ReadResult(title.strip() or name, blocks, format="pdf")
