"""Markdown through markdown-it-py's block tokens: ATX and setext headings, paragraphs (inline
markup kept, so emphasis and links show), and each list, fenced or indented code block, table
and block quote as one block. The opening heading is the title."""

from __future__ import annotations

import re

from index.archive.markdown_doc import collapse_space
from index.imports.readers.base import (
    Block,
    ReadResult,
    Source,
    clean,
    escape_markdown,
    indent,
    take_title,
)

FORMAT = "markdown"
SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def _indent(depth: int) -> str:
    return indent(depth, "\u00a0" * 3)


def sniff(head: bytes) -> bool:
    return False


def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _plain(inline_source: str) -> str:
    from index.archive.markdown_doc import inline

    return inline(inline_source).text


_MARKS = {"em": "*", "strong": "**", "s": "~~"}


def _source(token) -> str:
    """An inline token back to self-contained inline Markdown: reference links resolved to
    their address, raw HTML tags dropped, everything else escaped, so the paragraph reads the
    same wherever it is parsed again (the archive parses each paragraph on its own)."""
    out = []
    hrefs: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "text_special"):
            out.append(escape_markdown(child.content))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind == "code_inline":
            ticks = "`" * (max((len(r) for r in re.findall("`+", child.content)), default=0) + 1)
            pad = " " if child.content.startswith("`") or child.content.endswith("`") else ""
            out.append(f"{ticks}{pad}{child.content}{pad}{ticks}")
        elif kind == "image":
            out.append(escape_markdown("".join(c.content for c in child.children or ())))
        elif kind == "link_open":
            hrefs.append(str(child.attrs.get("href") or ""))
            out.append("[")
        elif kind == "link_close":
            href = hrefs.pop() if hrefs else ""
            out.append(f"](<{href}>)" if href and "<" not in href and ">" not in href else "]")
        elif kind.endswith(("_open", "_close")) and kind.rsplit("_", 1)[0] in _MARKS:
            out.append(_MARKS[kind.rsplit("_", 1)[0]])
    return collapse_space("".join(out))


def blocks_of(text: str) -> tuple[list[Block], list[str]]:
    tokens = _parser().parse(text)
    blocks: list[Block] = []
    notes: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        end = _close(tokens, i)
        if tok.type == "heading_open":
            src = _source(tokens[i + 1])
            if src.strip():
                blocks.append(Block(_plain(src), "h", markdown=src))
        elif tok.type == "paragraph_open":
            src = _source(tokens[i + 1])
            blocks.append(Block(_plain(src), markdown=src))
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            lines = _list_lines(tokens[i : end + 1])
            blocks.append(_lines_block(lines, "list"))
        elif tok.type in ("fence", "code_block"):
            code = tok.content.rstrip("\n")
            if code.strip():
                blocks.append(Block(code, role="code"))
        elif tok.type == "table_open":
            rows, row = [], []
            for t in tokens[i:end]:
                if t.type == "inline":
                    row.append(_source(t))
                elif t.type == "tr_close":
                    rows.append(" | ".join(row))
                    row = []
            blocks.append(_lines_block(rows, "table"))
        elif tok.type == "blockquote_open":
            lines = [_source(t) for t in tokens[i:end] if t.type == "inline"]
            blocks.append(_lines_block(lines, "quote"))
        elif tok.type == "html_block":
            from lxml import etree
            from lxml import html as lhtml

            try:
                words = lhtml.fromstring(tok.content).text_content()
            except (etree.LxmlError, ValueError):  # a fragment that holds no element
                words = ""
            if " ".join(words.split()):
                blocks.append(Block(clean(words)))
            notes.append("raw HTML in the Markdown imported as its text")
        i = end + 1
    return [b for b in blocks if b.text.strip()], sorted(set(notes))


def _close(tokens, i: int) -> int:
    """Index of the token that closes the block opened at ``i`` (itself if it opens none)."""
    if tokens[i].nesting != 1:
        return i
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _list_lines(tokens) -> list[str]:
    """Inline Markdown lines of a (nested) list: bullets and numbers, nesting as indentation."""
    lines: list[str] = []
    stack: list[list[int]] = []  # per open list: [next number or -1 for bullets]
    item_open = False
    for t in tokens:
        if t.type in ("bullet_list_open", "ordered_list_open"):
            start = int(t.attrs.get("start", 1) or 1) if t.type == "ordered_list_open" else -1
            stack.append([start])
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
        elif t.type == "list_item_open":
            item_open = True
        elif t.type == "inline" and stack:
            depth = len(stack) - 1
            if item_open:
                counter = stack[-1]
                marker = "•" if counter[0] < 0 else f"{counter[0]}."
                if counter[0] >= 0:
                    counter[0] += 1
                lines.append(f"{_indent(depth)}{escape_markdown(marker)} {_source(t)}")
                item_open = False
            else:  # a second paragraph of the same item
                lines.append(f"{_indent(depth + 1)}{_source(t)}")
        elif t.type in ("fence", "code_block") and stack:
            for code in t.content.rstrip("\n").split("\n"):
                lines.append(_indent(len(stack)) + escape_markdown(code))
    return lines


def _lines_block(lines: list[str], role: str) -> Block:
    lines = [line for line in lines if line.strip()]
    markdown = "\n".join(lines)
    return Block("\n".join(_plain(line) for line in lines), role=role, markdown=markdown)


def read(source: Source) -> ReadResult:
    decoded = source.decoded
    blocks, notes = blocks_of(decoded.text)
    title = take_title(blocks, source.name)
    result = ReadResult(title, blocks, FORMAT, notes=notes)
    return result.use_decoding(decoded)
