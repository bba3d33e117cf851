"""HTML through lxml's HTML parser, main text only.

The main content is found the way readability tools do it: the page's ``<main>`` (or
``role=main``), else its largest ``<article>`` (an outer article holds the ones nested in it), else
the body; navigation, banners, footers, asides, forms, scripts and styles are dropped. Headings,
paragraphs, lists, tables (a row a line), block quotes and preformatted text each become a block;
a link keeps its text and, for web and mail addresses, the address in brackets. Nothing the page
names (images, style sheets, frames, scripts) is ever fetched or read: lxml is told not to use
the network and only the page's own text is taken.
"""

from __future__ import annotations

import re

from index.errors import KnownError
from index.imports.encoding import Decoded, check_encoding, decode
from index.imports.readers.base import Block, ReadResult, Source, indent, take_title

FORMAT = "html"
SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "nav",
        "aside",
        "form",
        "button",
        "select",
        "input",
        "textarea",
        "label",
        "dialog",
        "head",
        "audio",
        "video",
        "picture",
        "map",
    ]
)
BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "body",
        "header",
        "figure",
        "figcaption",
        "address",
        "dl",
        "dt",
        "dd",
        "center",
        "details",
        "summary",
        "caption",
        "legend",
        "fieldset",
        "hgroup",
    ]
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LANDMARKS = re.compile(r"\b(navigation|banner|contentinfo|complementary|search|menu)\b")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def sniff(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html"))


def page_text(source: Source) -> Decoded:
    """BOM, your --encoding, the page's own ``<meta charset>``, then detection, in that order."""
    data = source.data
    if not source.encoding and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _CHARSET.search(data[:4096])
        if declared:
            try:
                name = check_encoding(declared.group(1).decode("ascii"))
                name = "cp1252" if name in ("ascii", "iso8859-1") else name  # as browsers do
                if name != "utf-8" or _is_utf8(data):
                    return Decoded(data.decode(name), name, 1.0, "declared in the page")
            except (UnicodeDecodeError, KnownError):
                pass  # a wrong or unknown declaration: detect instead
    return decode(data, source.encoding)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _skipped(el) -> bool:
    if not isinstance(el.tag, str):
        return True  # comments and processing instructions
    tag = el.tag.lower()
    if tag in SKIP or tag == "footer":
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return bool(_LANDMARKS.search(el.get("role") or ""))


def _text_length(el) -> int:
    total = len((el.text or "").strip())
    for child in el:
        if not _skipped(child):
            total += _text_length(child)
        total += len((child.tail or "").strip())
    return total


def main_element(root):
    body = root.find("body")
    body = body if body is not None else root
    mains = [e for e in root.iter("main")] + root.xpath("//*[@role='main']")
    if mains:
        return max(mains, key=_text_length)
    articles = list(root.iter("article"))
    if articles:
        best = max(articles, key=_text_length)
        if _text_length(best) >= 0.4 * _text_length(body):
            return best
    return body


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.images = 0

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.blocks.append(Block(text))
        self.buf = []

    def inline(self, el) -> str:
        """The text of an inline element, links with their address, hidden parts left out."""
        parts = [el.text or ""]
        for child in el:
            if not _skipped(child):
                tag = child.tag.lower()
                if tag == "br":
                    parts.append(" ")
                elif tag == "img":
                    self.images += 1
                    parts.append(child.get("alt") or "")
                else:
                    parts.append(self.inline(child))
            parts.append(child.tail or "")
        text = "".join(parts)
        if el.tag.lower() == "a":
            href = (el.get("href") or "").strip()
            words = " ".join(text.split())
            if href.startswith(("http://", "https://", "mailto:")) and words and href != words:
                address = href[7:] if href.startswith("mailto:") else href
                if address != words:
                    text = f"{text} ({address})"
        return text

    def walk(self, el) -> None:
        self.buf.append(el.text or "")
        for child in el:
            if not _skipped(child):
                self.element(child)
            self.buf.append(child.tail or "")

    def element(self, el) -> None:
        tag = el.tag.lower()
        if tag in HEADINGS:
            self.flush()
            text = " ".join(self.inline(el).split())
            if text:
                self.blocks.append(Block(text, "h"))
        elif tag in ("ul", "ol", "menu"):
            self.flush()
            lines: list[str] = []
            self.list_lines(el, 0, lines)
            if lines:
                self.blocks.append(Block("\n".join(lines), role="list"))
        elif tag == "table":
            self.flush()
            rows = []
            for tr in el.iter("tr"):
                cells = [" ".join(self.inline(c).split()) for c in tr if c.tag in ("td", "th")]
                if any(cells):
                    rows.append(" | ".join(cells))
            if rows:
                self.blocks.append(Block("\n".join(rows), role="table"))
        elif tag == "blockquote":
            self.flush()
            inner = _Walker()
            inner.walk(el)
            inner.flush()
            self.images += inner.images
            text = "\n".join(b.text for b in inner.blocks)
            if text.strip():
                self.blocks.append(Block(text, role="quote"))
        elif tag == "pre":
            self.flush()
            text = el.text_content().strip("\n")
            if text.strip():
                self.blocks.append(Block(text, role="code"))
        elif tag == "br":
            self.buf.append(" ")
        elif tag == "hr":
            self.flush()
        elif tag == "img":
            self.images += 1
        elif tag in BLOCKS or tag == "li":
            self.flush()
            self.walk(el)
            self.flush()
        else:
            self.buf.append(self.inline(el))

    def list_lines(self, el, depth: int, lines: list[str]) -> None:
        number = int(el.get("start", "1")) if el.get("start", "1").isdigit() else 1
        for li in el:
            if not isinstance(li.tag, str) or li.tag.lower() != "li" or _skipped(li):
                continue
            own = [li.text or ""]
            nested = []
            for child in li:
                if isinstance(child.tag, str) and child.tag.lower() in ("ul", "ol"):
                    nested.append(child)
                elif not _skipped(child):
                    own.append(self.inline(child))
                own.append(child.tail or "")
            marker = f"{number}." if el.tag.lower() == "ol" else "•"
            number += 1
            text = " ".join("".join(own).split())
            lines.append(f"{indent(depth)}{marker} {text}")
            for sub in nested:
                self.list_lines(sub, depth + 1, lines)


def read(source: Source) -> ReadResult:
    from lxml import etree
    from lxml import html as lhtml

    decoded = page_text(source)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", decoded.text)
    parser = lhtml.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=False
    )
    try:
        root = lhtml.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        return ReadResult(source.name, [], FORMAT).use_decoding(decoded)
    head_title = root.findtext(".//title") or ""
    walker = _Walker()
    walker.walk(main_element(root))
    walker.flush()
    blocks = walker.blocks
    title = (
        take_title(blocks, head_title)
        if blocks and blocks[0].kind == "h"
        else (" ".join(head_title.split()) or source.name)
    )
    notes = []
    if walker.images:
        notes.append(f"{walker.images} image(s) left out")
    return ReadResult(title, blocks, FORMAT, notes=notes).use_decoding(decoded)
