"""Split an archive Markdown document into sections and paragraphs with stable ids.

The format is plain Markdown plus Python-Markdown's attribute lists, so the same file renders
with the ``markdown`` package and parses here:

- ``# Title {: #id }`` is the document title; ``##``-and-deeper headings start sections;
- a block's last line ``{: #paragraph-id .role }`` gives the paragraph its id (and role);
- paragraphs without an id get ``<section-id>-<n>``; text before the first section belongs to
  ``summary``.

Explicit ids are what make citations stable: inserting a paragraph does not renumber the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.archive.model import Document, Paragraph, Section

LEAD_SECTION_ID = "summary"
LEAD_SECTION_TITLE = "Summary"
ROLES = ("body", "subtitle", "caption", "credit", "list", "code", "quote", "table")

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{:\s*(.*?)\s*\})?\s*$")
_ATTR_LINE_RE = re.compile(r"^\{:\s*(.*?)\s*\}\s*$")
_INLINE_MARKUP = re.compile(r"[*_`<>\[\]\\&!]")


class MarkdownFormatError(ValueError):
    """The document breaks the archive format; the message says where."""


@dataclass
class _Attrs:
    id: str | None = None
    classes: tuple[str, ...] = ()


_ASCII_WS = " \t\r\n\f\v"
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def collapse_space(text: str) -> str:
    """Fold runs of ASCII white space (line breaks in the source) into one space.

    Only ASCII: the publisher's no-break spaces (U+00A0) are part of the text and stay.
    """
    return _ASCII_SPACE.sub(" ", text).strip(" ")


def slugify(text: str) -> str:
    """Lowercase ASCII slug for ids; falls back to ``section`` for non-Latin titles."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].strip("-") or "section"


@dataclass(frozen=True)
class Span:
    """A run of ``Inline.text`` with a style: ``em``, ``strong``, ``code``, ``del`` or ``link``."""

    start: int
    end: int
    style: str
    href: str | None = None


@dataclass(frozen=True)
class Inline:
    text: str
    spans: tuple[Span, ...] = ()


_MD = None


def _inline_parser():
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt  # only for paragraphs with markup: start-up stays light

        _MD = MarkdownIt("commonmark").enable("strikethrough")
    return _MD


def inline(markdown_source: str) -> Inline:
    """Inline Markdown → the plain text a reader sees and the index holds, plus its styles.

    The one function both the reader and the search index take a paragraph's text from, so
    note offsets (counted in ``text``) cannot drift between them. Raw HTML tags are dropped,
    entities and backslash escapes decoded, an image counts as its alt text, and runs of ASCII
    white space fold into one space (no-break spaces and line separators U+2028 stay)."""
    if not _INLINE_MARKUP.search(markdown_source):
        return Inline(collapse_space(markdown_source))
    tokens = _inline_parser().parseInline(markdown_source)
    out: list[str] = []
    spans: list[Span] = []
    open_at: dict[str, list[tuple[int, str | None]]] = {}
    space = False

    def put(text: str) -> None:
        nonlocal space
        for ch in text:
            if ch in " \t\r\n\f\v":
                if out and not space:
                    out.append(" ")
                    space = True
            else:
                out.append(ch)
                space = False

    for token in tokens[0].children or () if tokens else ():
        kind = token.type
        if kind in ("text", "text_special"):
            put(token.content)
        elif kind in ("softbreak", "hardbreak"):
            put(" ")
        elif kind == "code_inline":
            start = len(out)
            put(token.content)
            spans.append(Span(start, len(out), "code"))
        elif kind == "image":
            put("".join(c.content for c in token.children or ()) or token.content)
        elif kind.endswith("_open"):
            style = {"em": "em", "strong": "strong", "s": "del", "link": "link"}.get(kind[:-5])
            if style:
                href = token.attrs.get("href") if style == "link" else None
                open_at.setdefault(style, []).append((len(out), str(href) if href else None))
        elif kind.endswith("_close"):
            style = {"em": "em", "strong": "strong", "s": "del", "link": "link"}.get(kind[:-6])
            if style and open_at.get(style):
                start, href = open_at[style].pop()
                spans.append(Span(start, len(out), style, href))
        # html_inline: a raw tag, dropped (its text is in the neighbouring tokens)
    while out and out[-1] == " ":
        out.pop()
    end = len(out)
    kept = tuple(
        Span(sp.start, min(sp.end, end), sp.style, sp.href)
        for sp in sorted(spans, key=lambda sp: (sp.start, sp.end))
        if sp.start < min(sp.end, end)
    )
    return Inline("".join(out), kept)


def plain_text(markdown_source: str) -> str:
    """Inline Markdown → the text a reader sees (what note offsets count in)."""
    return inline(markdown_source).text


def _parse_attrs(spec: str, line_no: int) -> _Attrs:
    attrs = _Attrs()
    classes = []
    for part in spec.split():
        if part.startswith("#"):
            if not ID_RE.match(part[1:]):
                raise MarkdownFormatError(f"line {line_no}: invalid id {part[1:]!r}")
            attrs.id = part[1:]
        elif part.startswith("."):
            classes.append(part[1:])
        else:
            raise MarkdownFormatError(f"line {line_no}: unexpected attribute {part!r}")
    attrs.classes = tuple(classes)
    return attrs


def _blocks(source: str) -> list[tuple[int, list[str]]]:
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for no, line in enumerate(source.replace("\r\n", "\n").split("\n"), start=1):
        if line.strip():
            if not current:
                start = no
            current.append(line.rstrip(_ASCII_WS))  # a trailing U+00A0 is the publisher's
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def parse_document(source: str, *, doc_id: str, bundle_id: str, path: str) -> Document:
    """Parse ``source`` into a `Document`; raise `MarkdownFormatError` on a broken structure."""
    if "\x00" in source:
        raise MarkdownFormatError("contains NUL bytes: not a text document")
    title = ""
    seen: set[str] = set()
    sections: list[tuple[str, str, list[Paragraph]]] = [(LEAD_SECTION_ID, LEAD_SECTION_TITLE, [])]
    ordinal = 0

    def claim(ident: str, line_no: int) -> str:
        if ident in seen:
            raise MarkdownFormatError(f"line {line_no}: duplicate id {ident!r}")
        seen.add(ident)
        return ident

    for line_no, lines in _blocks(source):
        heading = _HEADING_RE.match(lines[0]) if len(lines) == 1 else None
        if lines[0].lstrip().startswith("{:") and len(lines) == 1:
            raise MarkdownFormatError(f"line {line_no}: attribute list with no block before it")
        if heading:
            level, text, spec = heading.groups()
            attrs = _parse_attrs(spec, line_no) if spec is not None else _Attrs()
            if not text:
                raise MarkdownFormatError(f"line {line_no}: empty heading")
            if level == "#" and not title:
                title = plain_text(text)
                if attrs.id:
                    claim(attrs.id, line_no)
                continue
            ident = attrs.id or _unique(slugify(text), seen)
            sections.append((claim(ident, line_no), plain_text(text), []))
            continue
        attrs = _Attrs()
        attr_match = _ATTR_LINE_RE.match(lines[-1].strip())
        if attr_match:
            attrs = _parse_attrs(attr_match.group(1), line_no + len(lines) - 1)
            lines = lines[:-1]
        elif "{:" in lines[-1]:
            raise MarkdownFormatError(
                f"line {line_no + len(lines) - 1}: unterminated attribute list"
            )
        section_id, section_title, paras = sections[-1]
        ident = attrs.id or _unique(f"{section_id}-{len(paras) + 1}", seen)
        role = next((c for c in attrs.classes if c in ROLES), "body")
        source_md = "\n".join(lines)
        paras.append(
            Paragraph(
                id=claim(ident, line_no),
                bundle_id=bundle_id,
                doc_id=doc_id,
                section_id=section_id,
                section_title=section_title,
                ordinal=ordinal,
                text=plain_text(source_md),
                markdown=source_md,
                role=role,
                page=_page_of(attrs.classes),
                ocr="ocr" in attrs.classes or "ocr-low" in attrs.classes,
                ocr_low="ocr-low" in attrs.classes,
            )
        )
        ordinal += 1
    if ordinal == 0:
        raise MarkdownFormatError("no paragraphs")
    built = tuple(Section(i, t, tuple(p)) for i, t, p in sections if p or i != LEAD_SECTION_ID)
    return Document(
        id=doc_id,
        bundle_id=bundle_id,
        title=title or doc_id,
        path=path,
        markdown=source,
        sections=built,
    )


def _page_of(classes: tuple[str, ...]) -> int | None:
    for c in classes:
        if c.startswith("page-") and c[5:].isdigit():
            return int(c[5:])
    return None


def _unique(base: str, seen: set[str]) -> str:
    if base not in seen:
        return base
    n = 2
    while f"{base}-{n}" in seen:
        n += 1
    return f"{base}-{n}"
