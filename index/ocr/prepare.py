"""A page image made ready for Tesseract: greyscale, and scaled up when its text is small.

Tesseract reads best when capital letters are some 20–40 pixels high (about 10-point text at
300 dpi); a 150-dpi scan or a distant phone photo has smaller text and loses letters. The text's
size is estimated from the page's dark rows (the heights of the bands of text lines), which
costs one shrink of the image to a single column.
"""

from __future__ import annotations

import statistics

from PIL import Image

MIN_LINE_HEIGHT = 28
"""Text lines (ascender to descender) lower than this many pixels are scaled up to
`GOOD_LINE_HEIGHT`."""
GOOD_LINE_HEIGHT = 40
MAX_SCALE = 4.0
MAX_PIXELS = 40_000_000
"""Scaling up never makes a page larger than this (the bound images are opened with)."""


def line_height(grey: Image.Image) -> float | None:
    """The median height in pixels of the bands of text lines on a greyscale page, or None
    when fewer than three bands are found (a photo, a blank page: nothing to go by)."""
    width, height = grey.size
    if width < 8 or height < 8:
        return None
    ink = grey.point(lambda v: 255 if v < 128 else 0)  # dark pixels white, on black
    rows = list(ink.resize((1, height), Image.Resampling.BOX).get_flattened_data())
    dark = max(rows)
    if dark == 0:
        return None
    threshold = max(2, dark // 20)
    bands, run = [], 0
    for value in rows:
        if value >= threshold:
            run += 1
        elif run:
            bands.append(run)
            run = 0
    if run:
        bands.append(run)
    bands = [b for b in bands if b >= 3]  # specks and rules are not lines
    if len(bands) < 3:
        return None
    return float(statistics.median(bands))


def prepare(image: Image.Image) -> Image.Image:
    """The page as Tesseract should see it: greyscale; scaled up (Lanczos) when its text lines
    are lower than `MIN_LINE_HEIGHT`, never beyond `MAX_PIXELS`."""
    grey = image if image.mode == "L" else image.convert("L")
    lines = line_height(grey)
    if lines is None or lines >= MIN_LINE_HEIGHT:
        return grey
    scale = min(MAX_SCALE, GOOD_LINE_HEIGHT / lines)
    width, height = grey.size
    scale = min(scale, (MAX_PIXELS / (width * height)) ** 0.5)
    if scale <= 1.05:
        return grey
    size = (round(width * scale), round(height * scale))
    return grey.resize(size, Image.Resampling.LANCZOS)
