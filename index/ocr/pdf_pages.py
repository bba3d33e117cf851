"""PDF pages for recognition and for the scan view, with pypdfium2 (the only module that
imports it): which pages carry a text layer (those keep it; the others are scans to recognise),
a page rendered at 300 dpi within `MAX_PIXELS`, and a page — of a PDF or an image file — as a
PNG at most so many pixels on a side, for showing the scan beside its text.

Pages are numbered from 1, as citations print them ("p. 3"). PDFium is not thread-safe: every
call here holds one lock.
"""

from __future__ import annotations

import io
import math
import threading
from dataclasses import dataclass

from PIL import Image

from index.errors import QT_TRANSLATE_NOOP
from index.ocr import images

DPI = 300
"""Resolution scanned pages are rendered at for recognition."""
MIN_TEXT_CHARS = 16
"""A page with fewer letters and digits in its text layer (a stamped page number on a scan)
counts as having none."""

_lock = threading.RLock()


def _unreadable(message: str, **values):
    from index.imports.readers.base import Unreadable  # see images._unreadable

    return Unreadable(message, **values)


@dataclass(frozen=True)
class PageKind:
    """What a PDF page holds."""

    number: int
    """From 1."""
    chars: int
    """Letters and digits in its text layer."""
    images: int
    """Image objects drawn on it (in forms too)."""

    @property
    def has_text(self) -> bool:
        return self.chars >= MIN_TEXT_CHARS

    @property
    def scanned(self) -> bool:
        """No text layer, but pictures: a page to recognise."""
        return not self.has_text and self.images > 0


class PdfPages:
    """An open PDF (its bytes, never a file of the decoded pages): ``with PdfPages(data) as
    pdf: pdf.count, pdf.kind(3), pdf.render(3)``. Raises `Unreadable` for a PDF that PDFium
    cannot open (damaged, protected by a password)."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self._pdfium = pypdfium2
        with _lock:
            try:
                self._doc = pypdfium2.PdfDocument(data)
            except pypdfium2.PdfiumError as exc:
                if "password" in str(exc).lower():
                    raise _unreadable(
                        QT_TRANSLATE_NOOP("Errors", "the PDF is protected by a password")
                    ) from None
                raise _unreadable(
                    QT_TRANSLATE_NOOP("Errors", "the PDF is damaged ({detail})"),
                    detail=str(exc)[:200],
                ) from None
            self.count = len(self._doc)

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        with _lock:
            self._doc.close()

    def _page(self, number: int):
        if not 1 <= number <= self.count:
            raise IndexError(f"page {number} of {self.count}")
        return self._doc[number - 1]

    def kind(self, number: int) -> PageKind:
        """Does page ``number`` carry a text layer, and pictures?"""
        raw = self._pdfium.raw
        with _lock:
            page = self._page(number)
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
                pictures = sum(1 for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)))
            finally:
                page.close()
        return PageKind(number, sum(c.isalnum() for c in text), pictures)

    def size(self, number: int) -> tuple[float, float]:
        """Page ``number``'s width and height in points (1/72 inch), as shown (turned by its
        /Rotate)."""
        with _lock:
            page = self._page(number)
            try:
                width, height = page.get_size()
                if page.get_rotation() in (90, 270):
                    width, height = height, width
            finally:
                page.close()
        return width, height

    def render(
        self, number: int, dpi: float = DPI, grey: bool = True, max_side: int | None = None
    ) -> Image.Image:
        """Page ``number`` as an image at ``dpi`` — less when that would exceed
        `images.MAX_PIXELS` pixels or ``max_side`` pixels on its longer side."""
        width, height = self.size(number)
        scale = dpi / 72
        if width <= 0 or height <= 0:
            raise _unreadable(QT_TRANSLATE_NOOP("Errors", "the PDF page has no size"))
        scale = min(scale, math.sqrt(images.MAX_PIXELS / (width * height)))
        if max_side:
            scale = min(scale, max_side / max(width, height))
        while (
            scale > 0.01
            and math.ceil(width * scale) * math.ceil(height * scale) > images.MAX_PIXELS
        ):
            scale *= 0.999  # PDFium rounds a bitmap's sides up
        with _lock:
            page = self._page(number)
            try:
                bitmap = page.render(scale=scale, grayscale=grey, may_draw_forms=True)
                try:
                    image = bitmap.to_pil()
                    image = image.convert("L" if grey else "RGB")  # a copy off PDFium's buffer
                finally:
                    bitmap.close()
            finally:
                page.close()
        return image


def page_kinds(data: bytes) -> list[PageKind]:
    """What every page of the PDF ``data`` holds (text layer, pictures)."""
    with PdfPages(data) as pdf:
        return [pdf.kind(n) for n in range(1, pdf.count + 1)]


def render_page(data: bytes, number: int, dpi: float = DPI) -> Image.Image:
    """Page ``number`` (from 1) of the PDF ``data`` in greyscale at ``dpi``, within
    `images.MAX_PIXELS`."""
    with PdfPages(data) as pdf:
        return pdf.render(number, dpi)


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def render_page_png(data: bytes, page: int, max_side: int) -> bytes:
    """Page ``page`` (from 1) of a PDF or of an image file (a TIFF's pages, a PNG's or JPEG's
    one), in colour, at most ``max_side`` pixels on its longer side, as PNG bytes: the scan
    shown beside its recognised text. Raises `Unreadable` for a file that cannot be shown and
    IndexError for a page it does not have."""
    if is_pdf(data):
        with PdfPages(data) as pdf:
            image = pdf.render(page, dpi=DPI, grey=False, max_side=max_side)
    else:
        image = None
        for number, found in enumerate(images.open_image_pages(data), start=1):
            if number == page:
                image = found
                break
        if image is None:
            raise IndexError(f"page {page}")
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
