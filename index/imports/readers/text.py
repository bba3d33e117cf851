"""Plain text in any encoding: paragraphs are separated by blank lines (or, in a file with no
blank lines at all, each line is one)."""

from __future__ import annotations

import re

from index.imports.readers.base import Block, ReadResult, Source

FORMAT = "text"
SUFFIXES = (".txt", ".text")


def sniff(head: bytes) -> bool:
    return False  # the fallback for anything without another reader


def split_paragraphs(text: str) -> list[Block]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    chunks = re.split(r"\n[ \t]*\n", text)
    if len(chunks) == 1:
        chunks = text.split("\n")
    return [Block(line) for chunk in chunks if (line := " ".join(chunk.split()))]


def read(source: Source) -> ReadResult:
    decoded = source.decoded
    return ReadResult(source.name, split_paragraphs(decoded.text), FORMAT).use_decoding(decoded)
