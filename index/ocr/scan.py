"""The scan beside the recognised text: one page of a bundle's original, rendered in memory.

A lawyer checks a recognised word against the page it was read from. The page is rendered from
the original the import kept in the bundle (``source.<ext>``), read through `index.fileio`
(so a vault's sealed original is decrypted in memory), and handed back as PNG bytes: nothing is
written, no decoded copy of the user's scan lands anywhere. The original must still be the file
the manifest sealed (its SHA-256). The page is rendered by `index.ocr.pdf_pages.render_page_png`
(a PDF's page through pypdfium2, an image's through `index.ocr.images`, its pixels bounded
before it is decoded); a file it cannot show raises its `Unreadable` (a `KnownError`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from index.archive.bundle import read_manifest
from index.archive.model import Bundle
from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.fileio import read_data

MAX_SIDE = 4000
"""The longest side of a rendered page, in pixels, whatever a caller asks for."""


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
    from index.ocr.pdf_pages import render_page_png

    try:  # the PDF's page through pypdfium2, an image's within the engine's pixel bounds
        return render_page_png(data, page, side)
    except IndexError:
        raise ScanUnavailable(QT_TRANSLATE_NOOP("Errors", "no page {page}"), page=page) from None
