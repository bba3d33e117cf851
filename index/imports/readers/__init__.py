"""Format readers, one module each (see `base` for the interface), and the choice between them:
by what the file's first bytes say it is, else by its name's ending, else plain text."""

from __future__ import annotations

from types import ModuleType

from index.imports.readers import docx, html, image, markdown, odt, pdf, rtf, text
from index.imports.readers.base import Block, OcrPage, ReadResult, Source, Unreadable

READERS: tuple[ModuleType, ...] = (pdf, image, docx, odt, rtf, html, markdown, text)
"""In the order their ``sniff`` is asked; ``text`` reads whatever no other claims."""

__all__ = [
    "READERS",
    "Block",
    "OcrPage",
    "ReadResult",
    "Source",
    "Unreadable",
    "reader_for",
    "suffixes",
]


def suffixes() -> dict[str, str]:
    """File name ending → format name, for every format there is a reader for."""
    return {s: r.FORMAT for r in READERS for s in r.SUFFIXES}


def reader_for(suffix: str, head: bytes) -> ModuleType | None:
    """The reader for a file: its first bytes first (a PDF named .txt is a PDF), then its
    name's ending; None for an unknown ending (the caller decides if it is text)."""
    for reader in READERS:
        if reader.sniff(head):
            return reader
    for reader in READERS:
        if suffix in reader.SUFFIXES:
            return reader
    return None
