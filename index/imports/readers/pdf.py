"""PDF with a text layer, through pypdf: a page's text split at blank lines, each paragraph
carrying its page number for citation. Scanned pages (no text) and password-protected files are
refused with the reason; text beyond `MAX_TEXT_CHARS` (a decompression bomb) too."""

from __future__ import annotations

from index.errors import QT_TRANSLATE_NOOP
from index.imports.readers.base import MAX_TEXT_CHARS, Block, ReadResult, Source, Unreadable
from index.imports.readers.text import split_paragraphs

FORMAT = "pdf"
SUFFIXES = (".pdf",)


def sniff(head: bytes) -> bool:
    return head.startswith(b"%PDF")


def read(source: Source) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(str(source.path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable(QT_TRANSLATE_NOOP("Errors", "password-protected PDF"))
        blocks: list[Block] = []
        total = 0
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise Unreadable(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the PDF expands to more text than any document holds"
                    )
                )
            for block in split_paragraphs(text.replace("\t", " ")):
                block.page = number
                blocks.append(block)
        title = reader.metadata.title if reader.metadata and reader.metadata.title else ""
    except Unreadable:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a readable PDF ({problem})"),
            problem=type(exc).__name__,
        ) from None
    if not blocks:
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "Errors", "a PDF with no text layer (scanned pages?): nothing to search"
            )
        )
    return ReadResult(" ".join(str(title).split()) or source.name, blocks, FORMAT)
