"""Scans and photos (PNG, JPEG, TIFF with its pages): every page recognised
(`index.imports.readers.scanned`), its paragraphs carrying the page number. The image's size is
checked from its header before it is decoded and a TIFF's page count before any page is
(`index.ocr.images`); an image in which nothing can be read is refused with the reason."""

from __future__ import annotations

from index.errors import QT_TRANSLATE_NOOP
from index.imports.readers.base import ReadResult, Source, Unreadable

FORMAT = "image"
SUFFIXES = (".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff")


def sniff(head: bytes) -> bool:
    return head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")) or head[:4] in (
        b"II*\x00",
        b"MM\x00*",
        b"II+\x00",
        b"MM\x00+",
    )


def read(source: Source) -> ReadResult:
    from index.imports.limits import MAX_OCR_PAGES, starting_page
    from index.imports.readers.scanned import (
        Recognised,
        languages_of,
        no_text,
        recognise_page,
        require_engine,
    )
    from index.ocr.images import open_image_pages, page_count

    require_engine()
    try:
        pages = page_count(source.path)
    except OSError as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})"), reason=exc.strerror
        ) from None
    if pages > MAX_OCR_PAGES:
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a scan of {pages} pages, more than Muragat recognises in one file ({limit})",
            ),
            pages=pages,
            limit=MAX_OCR_PAGES,
        )
    found = Recognised(languages_of(source.ocr_languages))
    images = open_image_pages(source.path, max_pages=MAX_OCR_PAGES)
    for number in range(1, pages + 1):
        starting_page(number, pages)  # decoding the page is part of its time
        image = next(images, None)
        if image is None:
            break
        recognise_page(found, number, image)
        del image
    blocks = [b for number in sorted(found.blocks) for b in found.blocks[number]]
    if not blocks:
        raise no_text()
    return ReadResult(
        " ".join(source.name.split()) or "Untitled",
        blocks,
        FORMAT,
        notes=found.notes(),
        ocr_pages=found.pages,
        ocr_languages=found.languages,
    )
