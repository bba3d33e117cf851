"""PDF, through pypdf: a page's text split at blank lines, each paragraph carrying its page
number for citation. Pages without a text layer (scanned) are recognised
(`index.imports.readers.scanned`): rendered one at a time (`index.ocr.pdf_pages`, within the
pixel bound) and read in the languages asked for; pages with a text layer keep their text. A
PDF with more than `MAX_OCR_PAGES` scanned pages is refused before any page is recognised, as
are password-protected files and text beyond `MAX_TEXT_CHARS` (a decompression bomb)."""

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
        pages: dict[int, list[Block]] = {}
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
            pages[number] = split_paragraphs(text.replace("\t", " "))
            for block in pages[number]:
                block.page = number
        title = reader.metadata.title if reader.metadata and reader.metadata.title else ""
    except Unreadable:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a readable PDF ({problem})"),
            problem=type(exc).__name__,
        ) from None
    result = ReadResult(" ".join(str(title).split()) or source.name, [], FORMAT)
    from index.ocr.pdf_pages import MIN_TEXT_CHARS

    if any(_letters(blocks) < MIN_TEXT_CHARS for blocks in pages.values()):
        _recognise(source, pages, result)  # a page (nearly) without text: it may be a scan
    result.blocks = [b for number in sorted(pages) for b in pages[number]]
    if not result.blocks:
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a PDF with no text layer, and no text recognised on its pages: nothing to search",
            )
        )
    return result


def _letters(blocks: list[Block]) -> int:
    return sum(c.isalnum() for b in blocks for c in b.text)


def _recognise(source: Source, pages: dict[int, list[Block]], result: ReadResult) -> None:
    """Recognise the scanned pages (no text layer, pictures: `index.ocr.pdf_pages`) into
    ``pages``; say in ``result`` what was found. With text recognition not installed, a PDF
    with text elsewhere is imported with a note."""
    from index.imports.limits import MAX_OCR_PAGES, starting_page
    from index.imports.readers.scanned import (
        Recognised,
        languages_of,
        recognise_page,
        require_engine,
    )
    from index.ocr.pdf_pages import PdfPages

    with PdfPages(source.data) as pdf:
        scanned = [n for n in range(1, pdf.count + 1) if pdf.kind(n).scanned]
        if not scanned:
            return
        if len(scanned) > MAX_OCR_PAGES:
            raise Unreadable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "a PDF with {pages} scanned pages (no text layer), more than Muragat "
                    "recognises in one file ({limit})",
                ),
                pages=len(scanned),
                limit=MAX_OCR_PAGES,
            )
        try:
            require_engine()
        except Unreadable:
            if not any(blocks for n, blocks in pages.items() if n not in scanned):
                raise
            result.notes.append(
                f"{len(scanned)} scanned page(s) (no text layer) left out: "
                "text recognition is not installed"
            )
            return
        found = Recognised(languages_of(source.ocr_languages))
        for number in scanned:
            starting_page(number, pdf.count)  # rendering the page is part of its time
            image = pdf.render(number)
            recognise_page(found, number, image)
            del image
            pages[number] = found.blocks[number]  # a stamped page number gives way to the scan
    result.notes += found.notes()
    result.ocr_pages = found.pages
    result.ocr_languages = found.languages
