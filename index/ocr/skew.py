"""How far a page is tilted: the angle at which its rows of ink line up best.

Tesseract follows a tilted line well enough, but a page tilted by a few degrees is cut into
columns by its layout analysis and read out of order, and its own skew estimate is not given
out through the API. The projection profile method: on a small black-and-white copy, turned by
each candidate angle, the rows' ink sums vary most when the text lines lie level (ink rows and
blank rows between lines apart).
"""

from __future__ import annotations

from PIL import Image

MAX_ANGLE = 8.0
"""Tilts up to this many degrees either way are found (more is a page turned, not tilted)."""
_WIDTH = 600
"""The copy the angle is measured on is this many pixels wide."""
_COARSE = 0.5
"""Degrees between the angles tried first."""


def _spread(ink: Image.Image, angle: float) -> float:
    turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).get_flattened_data()
    mean = sum(rows) / len(rows)
    return sum((r - mean) ** 2 for r in rows)


def skew_angle(grey: Image.Image) -> float:
    """Degrees (counter-clockwise positive) ``grey`` must turn for its text lines to lie level;
    0.0 for a blank page or when no angle stands out."""
    width, height = grey.size
    if width < 16 or height < 16:
        return 0.0
    scale = min(1.0, _WIDTH / width)
    small = grey.resize(
        (max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.BOX
    )
    ink = small.point(lambda v: 255 if v < 160 else 0)  # ink white on black: the turn fills black
    if ink.getbbox() is None:
        return 0.0
    # coarse steps over the whole range, then finer ones around the best, down to a tenth
    steps = round(MAX_ANGLE / _COARSE)
    spreads = {round(n * _COARSE, 2): _spread(ink, n * _COARSE) for n in range(-steps, steps + 1)}
    best = max(spreads, key=spreads.get)
    level = spreads[0.0]
    if level > 0 and spreads[best] < level * 1.05:  # nothing clearly better than as it is
        return 0.0
    step = _COARSE
    while step > 0.1:
        step = max(0.1, step / 4)
        for angle in (
            round(best - 2 * step, 2),
            round(best - step, 2),
            round(best + step, 2),
            round(best + 2 * step, 2),
        ):
            if angle not in spreads:
                spreads[angle] = _spread(ink, angle)
        best = max((a for a in spreads if abs(a - best) <= 2 * step + 1e-9), key=spreads.get)
    return round(best, 1)
