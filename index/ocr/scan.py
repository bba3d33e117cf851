"""The scan beside the recognised text: one page of a bundle's original, rendered in memory.

A lawyer checks a recognised word against the page it was read from. The page is rendered from
the original the import kept in the bundle (``source.<ext>``), read through `index.fileio`
(so a vault's sealed original is decrypted in memory), and handed back as PNG bytes: nothing is
written, no decoded copy of the user's scan lands anywhere. The original must still be the file
the manifest sealed (its SHA-256), and its pixels are bounded before they are decoded.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from index.archive.bundle import read_manifest
from index.archive.model import Bundle
from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.fileio import read_data

MAX_SIDE = 4000
"""The longest side of a rendered page, in pixels, whatever a caller asks for."""
MAX_SOURCE_PIXELS = 80_000_000
"""An image whose header claims more pixels than this is not decoded (a decompression bomb)."""
PDF_DPI = 200
"""A PDF page is rendered at no more than this resolution (and within ``max_side``)."""


class ScanUnavailable(KnownError):
    """The page image cannot be shown (no original kept, a changed or unreadable file)."""


def source_name(files) -> str | None:
    """The original's file name among a manifest's ``files`` (``source.pdf``, ``source.png``…)."""
    return next((name for name in sorted(files) if name.startswith("source.")), None)


def scan_page_png(bundle: Bundle | Path | str, page: int, max_side: int = 1600) -> bytes:
    """Page ``page`` (from 1) of ``bundle``'s original as PNG bytes, its longest side at most
    ``max_side`` pixels. Raises `ScanUnavailable` when it cannot be shown."""
    if isinstance(bundle, Bundle):
        folder, files = Path(bundle.path), bundle.manifest.files
    else:
        folder = Path(bundle)
        files = read_manifest(folder).files
    name = source_name(files)
    if name is None:
        raise ScanUnavailable(QT_TRANSLATE_NOOP("Errors", "the original file was not kept"))
    try:
        data = read_data(folder / name)
    except OSError as exc:
        raise ScanUnavailable(
            QT_TRANSLATE_NOOP("Errors", "the original file cannot be read: {reason}"),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    if hashlib.sha256(data).hexdigest() != files[name]:
        raise ScanUnavailable(
            QT_TRANSLATE_NOOP("Errors", "the original file changed since it was imported")
        )
    side = max(16, min(int(max_side), MAX_SIDE))
    if page < 1:
        raise ScanUnavailable(QT_TRANSLATE_NOOP("Errors", "no page {page}"), page=page)
    image = _pdf_page(data, page, side) if data[:5] == b"%PDF-" else _image_page(data, page, side)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _pdf_page(data: bytes, page: int, side: int):
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise ScanUnavailable(QT_TRANSLATE_NOOP("Errors", "the PDF cannot be opened")) from None
    try:
        if page > len(pdf):
            raise ScanUnavailable(QT_TRANSLATE_NOOP("Errors", "no page {page}"), page=page)
        sheet = pdf[page - 1]
        width, height = sheet.get_size()  # in points
        scale = min(PDF_DPI / 72, side / max(width, height, 1.0))
        bitmap = sheet.render(scale=scale)
        return bitmap.to_pil()
    finally:
        pdf.close()


def _image_page(data: bytes, page: int, side: int):
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))  # reads the header: size known, nothing decoded
        frames = getattr(image, "n_frames", 1)
        if page > frames:
            raise ScanUnavailable(QT_TRANSLATE_NOOP("Errors", "no page {page}"), page=page)
        if page > 1:
            image.seek(page - 1)
        width, height = image.size
        if width * height > MAX_SOURCE_PIXELS:
            raise ScanUnavailable(
                QT_TRANSLATE_NOOP("Errors", "the image is too large to show ({width}×{height})"),
                width=width,
                height=height,
            )
        image.draft("RGB", (side, side))  # a JPEG decodes at a fraction of its size
        image = ImageOps.exif_transpose(image)
        image.thumbnail((side, side))
        return image.convert("RGB") if image.mode not in ("1", "L", "RGB") else image
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, EOFError):
        raise ScanUnavailable(QT_TRANSLATE_NOOP("Errors", "the image cannot be read")) from None
