"""A page image made ready for Tesseract: greyscale; a photographed sheet cut out of its
surroundings and seen square on; grain and speckle filtered out; scaled up when its text is small.

Tesseract reads best when capital letters are some 20–40 pixels high (about 10-point text at
300 dpi); a 150-dpi scan or a distant phone photo has smaller text and loses letters. The text's
size is estimated from the page's dark rows (the heights of the bands of text lines), which
costs one shrink of the image to a single column.

A phone photo shows the sheet at an angle on a darker table: Tesseract then cuts the converging
lines into columns and reads them out of order (a generated photo of an English page: 58 % of
its characters right). The sheet is found as the bright region of a small copy and its four
corners taken to a rectangle (100 %). A noisy scan (grain, salt and pepper) scaled up for small
text turns each speck into a blot (200-dpi noisy pages: 83–87 %); a 3×3 median first, only on
pages that are noisy, since on clean ones it thins strokes (99.9–100 %). Figures from
tests/bench/ocr_bench.py, see docs/bench/ocr.md.
"""

from __future__ import annotations

import statistics

from PIL import Image, ImageChops, ImageFilter, ImageStat

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


def flatten(image: Image.Image) -> Image.Image:
    """``image`` in greyscale, its sheet flattened when it is a photo of one on something
    darker (`sheet_corners`). Done before the page is turned upright and levelled: turning
    first fills the corners with white and hides the sheet's edges from `sheet_corners`."""
    grey = image if image.mode == "L" else image.convert("L")
    corners = sheet_corners(grey)
    if corners is None:
        return grey
    return flatten_sheet(grey, corners) or grey


def prepare(image: Image.Image) -> Image.Image:
    """The page as Tesseract should see it, once `flatten`ed, upright and level: greyscale; a
    3×3 median when it is noisy
    (`noise_level` above `NOISE_LEVEL`); scaled up (Lanczos) when its text lines are lower than
    `MIN_LINE_HEIGHT`, never beyond `MAX_PIXELS`."""
    grey = image if image.mode == "L" else image.convert("L")
    if noise_level(grey) > NOISE_LEVEL:
        grey = grey.filter(ImageFilter.MedianFilter(3))
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


# -- noise --------------------------------------------------------------------------------------

NOISE_LEVEL = 4.0
"""Mean grey-level difference between a page and its 3×3 median above which the page is noisy
(speckle, grain): a clean scan differs only at letter edges (under 1.5); a page with Gaussian
noise of σ 24 and salt and pepper about 10."""
_NOISE_SAMPLE = 800


def noise_level(grey: Image.Image) -> float:
    """How far, on average, pixels differ from the median of their 3×3 neighbourhood, measured
    on a central square of at most 800 pixels (the full resolution: shrinking hides grain)."""
    width, height = grey.size
    side_x, side_y = min(_NOISE_SAMPLE, width), min(_NOISE_SAMPLE, height)
    left, top = (width - side_x) // 2, (height - side_y) // 2
    sample = grey.crop((left, top, left + side_x, top + side_y))
    return ImageStat.Stat(
        ImageChops.difference(sample, sample.filter(ImageFilter.MedianFilter(3)))
    ).mean[0]


# -- the sheet in a photo -------------------------------------------------------------------------

_SHEET_WIDTH = 320
"""The copy the sheet is looked for on is this many pixels wide."""
MIN_SHEET_SHARE = 0.3
"""A sheet covering less of the photo than this is not trusted (something else is bright)."""
MIN_SHEET_CONTRAST = 50
"""The paper must be this many grey levels brighter than what surrounds it."""


def _otsu(histogram: list[int]) -> int:
    total = sum(histogram)
    weighted = sum(i * n for i, n in enumerate(histogram))
    below = below_weighted = 0
    best, threshold = -1.0, 128
    for level, count in enumerate(histogram):
        below += count
        below_weighted += level * count
        above = total - below
        if not below or not above:
            continue
        between = (
            below * above * (below_weighted / below - (weighted - below_weighted) / above) ** 2
        )
        if between > best:
            best, threshold = between, level
    return threshold


def sheet_corners(grey: Image.Image) -> list[tuple[float, float]] | None:
    """The corners (top left, top right, bottom right, bottom left) of a sheet of paper
    photographed on something darker, in ``grey``'s pixels; None when the page is not such a
    photo (a scan: paper to the edges) or the sheet cannot be told from its surroundings."""
    width, height = grey.size
    if width < 64 or height < 64:
        return None
    scale = _SHEET_WIDTH / width
    small = grey.resize((_SHEET_WIDTH, max(8, round(height * scale))), Image.Resampling.BOX)
    # letters are dark on the sheet: a 5×5 maximum fills them in, the sheet becomes one region
    small = small.filter(ImageFilter.MaxFilter(5))
    threshold = _otsu(small.histogram())
    bright = small.point(lambda v: 255 if v > threshold else 0)
    w, h = small.size
    pixels = bright.get_flattened_data()
    points = [(i % w, i // w) for i, v in enumerate(pixels) if v]
    if len(points) < MIN_SHEET_SHARE * w * h or len(points) > 0.97 * w * h:
        return None
    stat_in = ImageStat.Stat(small, bright)
    stat_out = ImageStat.Stat(small, ImageChops.invert(bright))
    if stat_in.mean[0] - stat_out.mean[0] < MIN_SHEET_CONTRAST:
        return None
    corners = [
        min(points, key=lambda p: p[0] + p[1]),
        max(points, key=lambda p: p[0] - p[1]),
        max(points, key=lambda p: p[0] + p[1]),
        min(points, key=lambda p: p[0] - p[1]),
    ]
    return [((x + 0.5) / scale, (y + 0.5) / scale) for x, y in corners]


def perspective(
    target: list[tuple[float, float]], source: list[tuple[float, float]]
) -> list[float] | None:
    """Coefficients for ``Image.transform(..., Image.Transform.PERSPECTIVE, ...)`` taking each
    output point ``target[i]`` from the input point ``source[i]`` (four points each); None when
    the points are degenerate (three on a line). Eight equations, Gaussian elimination."""
    rows = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u])
        rows.append([0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v])
    n = len(rows)
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        if abs(rows[pivot][col]) < 1e-9:
            return None
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(n):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][n] / rows[i][i] for i in range(n)]


def flatten_sheet(grey: Image.Image, corners: list[tuple[float, float]]) -> Image.Image | None:
    """The sheet cut out of the photo and seen square on: ``corners`` taken to a rectangle as
    wide and high as the sheet's longer edges. None when the corners make no sheet."""
    top_left, top_right, bottom_right, bottom_left = corners

    def length(a: tuple[float, float], b: tuple[float, float]) -> float:
        return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5

    width = round(max(length(top_left, top_right), length(bottom_left, bottom_right)))
    height = round(max(length(top_left, bottom_left), length(top_right, bottom_right)))
    if width < 64 or height < 64:
        return None
    target = [(0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height))]
    coefficients = perspective(target, corners)
    if coefficients is None:
        return None
    return grey.transform(
        (width, height),
        Image.Transform.PERSPECTIVE,
        coefficients,
        Image.Resampling.BICUBIC,
        fillcolor=255,
    )
