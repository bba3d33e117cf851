"""Opening image files (PNG, JPEG, TIFF with its pages) for recognition, within bounds.

The size is read from the file's header before anything is decoded: an image of more than
`MAX_PIXELS` pixels (a decompression bomb, or a scan no page needs) is refused — except a JPEG,
which can be decoded at 1/2, 1/4 or 1/8 of its size (``draft``) when that brings it under the
bound, so a huge phone photo is read at a scale that still suits recognition. A file cut short or
damaged is refused with a reason, as is a TIFF of more than `MAX_PAGES` pages (before any page
is decoded). EXIF orientation is applied, so a photo taken sideways reads upright.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from index.errors import QT_TRANSLATE_NOOP

MAX_PIXELS = 40_000_000
"""Pixels one page image may have once decoded (a 600-dpi A4 scan has 35 million)."""
MAX_PAGES = 500
"""Pages of one multi-page image file; more is refused before any page is decoded."""
FORMATS = ("PNG", "JPEG", "TIFF")
"""What Pillow may open here (a phone's MPO file is a JPEG: its first picture is the photo)."""
SUFFIXES = (".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff")

_DAMAGED = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
    MemoryError,
)
"""What Pillow raises on a file that is cut short or whose structures lie."""


def _unreadable(message: str, **values):
    # index.imports.readers imports the image reader, which imports this module: imported
    # here, not at the top, so either can be imported first.
    from index.imports.readers.base import Unreadable

    return Unreadable(message, **values)


def _too_large(width: int, height: int):
    return _unreadable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the image is {width}×{height} pixels, more than Muragat decodes"
            " ({limit} million pixels)",
        ),
        width=width,
        height=height,
        limit=MAX_PIXELS // 1_000_000,
    )


def sniff(head: bytes) -> bool:
    """Do a file's first bytes look like an image this module opens?"""
    return (
        head.startswith(b"\x89PNG\r\n\x1a\n")
        or head.startswith(b"\xff\xd8\xff")
        or head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
    )


def _open(source: Path | bytes) -> Image.Image:
    stream = io.BytesIO(source) if isinstance(source, bytes | bytearray | memoryview) else source
    try:
        with warnings.catch_warnings():
            # the bound is ours (MAX_PIXELS, checked below); Pillow's own check only warns
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(stream, formats=FORMATS)
    except Image.DecompressionBombError:
        raise _unreadable(
            QT_TRANSLATE_NOOP(
                "Errors", "the image is larger than Muragat decodes ({limit} million pixels)"
            ),
            limit=MAX_PIXELS // 1_000_000,
        ) from None
    except UnidentifiedImageError:
        raise _unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a PNG, JPEG or TIFF image Muragat can read")
        ) from None
    except FileNotFoundError:
        raise
    except _DAMAGED as exc:
        raise _damaged(exc) from None


def _damaged(exc: BaseException):
    if isinstance(exc, MemoryError):
        return _unreadable(QT_TRANSLATE_NOOP("Errors", "the image needs more memory than allowed"))
    detail = str(exc).strip() or type(exc).__name__
    return _unreadable(
        QT_TRANSLATE_NOOP("Errors", "the image is damaged or cut short ({detail})"),
        detail=detail[:200],
    )


def page_count(source: Path | bytes) -> int:
    """How many pages (frames) the image file has; reads headers only."""
    with _open(source) as image:
        return _frames(image)


def _frames(image: Image.Image) -> int:
    if image.format != "TIFF":
        return 1  # the first picture of an MPO is the photo; the others are previews or depth
    try:
        return int(getattr(image, "n_frames", 1))
    except _DAMAGED as exc:
        raise _damaged(exc) from None


def _bounded(image: Image.Image) -> None:
    """Shrink a JPEG's decoding scale until it fits `MAX_PIXELS`; refuse any other image that
    does not fit. Only the header has been read when this is called."""
    width, height = image.size
    if width <= 0 or height <= 0:
        raise _damaged(ValueError("no pixels"))
    if width * height <= MAX_PIXELS:
        return
    if image.format in ("JPEG", "MPO"):
        scale = math.ceil(math.sqrt(width * height / MAX_PIXELS))
        if scale <= 8:
            scale = next(s for s in (2, 4, 8) if s >= scale)
            image.draft(image.mode, (math.ceil(width / scale), math.ceil(height / scale)))
            if image.size[0] * image.size[1] <= MAX_PIXELS:
                return
    raise _too_large(width, height)


def _readable(image: Image.Image) -> Image.Image:
    """The decoded page in a mode recognition and display take: RGB or greyscale, transparency
    laid on white, EXIF orientation applied."""
    image.load()
    upright = ImageOps.exif_transpose(image)
    # a page of its own: the file's image is closed (and a TIFF's moves on) after this
    image = upright.copy() if upright is image else upright
    mode = image.mode
    if mode in ("L", "RGB"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I") or mode == "F":  # 16- or 32-bit greyscale
        if mode.startswith("I;16"):
            image = image.convert("I")
        top = 65535 if mode.startswith("I;16") else max(1, image.getextrema()[1])
        return image.point(lambda v: v * (255 / top)).convert("L")
    if mode in ("LA", "PA", "RGBA", "La", "RGBa") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        page = Image.new("RGB", rgba.size, "white")
        page.paste(rgba, mask=rgba.getchannel("A"))
        return page
    return image.convert("RGB")


def open_image_pages(source: Path | bytes, max_pages: int = MAX_PAGES) -> Iterator[Image.Image]:
    """The pages of an image file (a path, or its bytes), one decoded image at a time (RGB or
    greyscale, upright). Raises `Unreadable` (with the reason) for a file that is not such an
    image, is damaged or cut short, has a page over `MAX_PIXELS` or more than ``max_pages``
    pages — the count is checked before any page is decoded; a damaged later page is refused
    when it is reached."""
    with _open(source) as image:
        frames = _frames(image)
        if frames > max_pages:
            raise _unreadable(
                QT_TRANSLATE_NOOP(
                    "Errors", "the image has {pages} pages, more than Muragat reads ({limit})"
                ),
                pages=frames,
                limit=max_pages,
            )
        for frame in range(frames):
            try:
                if frame:
                    image.seek(frame)
                _bounded(image)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                    page = _readable(image)
            except Image.DecompressionBombError:
                raise _too_large(*image.size) from None
            except _DAMAGED as exc:
                raise _damaged(exc) from None
            yield page
