"""Index items from a folder of documents, for the build benchmarks (issue 23).

    make_folder_factory(folder) -> a factory of `IndexItem`s, one per paragraph

The folder holds .md, .txt and .html files (as ``bench_corpus.py --out DIR`` writes them:
10-15 KB, English with Russian and Kazakh paragraphs). Each file is one document: paragraphs
are split at blank lines (HTML at its block tags, tags and entities removed), headings
(``#``/``##``, ``<h1>``/``<h2>``, or a short line without a full stop in .txt) become the
section of the paragraphs under them, and every paragraph is an item shaped as an imported
paragraph is (`index.search.items.paragraph_item`): text, section as title, dates and years
found in the text. No importer runs: the benchmark times the index build alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from index.search.items import IndexItem, date_prefixes

_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_TAG_RE = re.compile(r"<[^>]+>")
_BLOCK_RE = re.compile(r"</?(?:p|h1|h2|article|body)[^>]*>")


def _blocks(path: Path) -> list[tuple[bool, str]]:
    """(is heading, text) for each block of the file, in order."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        body = raw.split("<body>", 1)[-1]
        out = []
        for part in re.split(r"(<h[12]>.*?</h[12]>)", body, flags=re.S):
            heading = part.startswith("<h")
            for block in _BLOCK_RE.split(part):
                text = html.unescape(_TAG_RE.sub("", block)).strip()
                if text:
                    out.append((heading, text))
        return out
    out = []
    for block in re.split(r"\n\s*\n", raw):
        block = block.strip()
        if not block:
            continue
        if path.suffix == ".md" and block.startswith("#"):
            out.append((True, block.lstrip("#").strip()))
        else:
            short = path.suffix == ".txt" and len(block) < 120 and not block.endswith(".")
            out.append((short, block))
    return out


def folder_items(folder: Path) -> Iterator[IndexItem]:
    for n, path in enumerate(sorted(p for p in folder.iterdir() if p.is_file())):
        blocks = _blocks(path)
        if not blocks:
            continue
        doc_id = f"file{n:05d}"
        title = blocks[0][1]
        section, section_id, ordinal = title, doc_id, 0
        for k, (heading, text) in enumerate(blocks[1:], start=1):
            if heading:
                section, section_id = text, f"{doc_id}-s{k:03d}"
                continue
            found = set(_YEAR_RE.findall(text))
            ident = f"{doc_id}-p{ordinal:03d}"
            yield IndexItem(
                id=ident,
                kind="paragraph",
                fields={
                    "bundle": "folder",
                    "doc_id": doc_id,
                    "document": title,
                    "para_id": ident,
                    "section_id": section_id,
                    "section": section,
                    "title": section,
                    "text": text,
                    "ordinal": ordinal,
                    "date": date_prefixes(found),
                    "year": found,
                },
            )
            ordinal += 1


def make_folder_factory(folder: Path) -> Callable[[], Iterable[IndexItem]]:
    return lambda: folder_items(folder)
