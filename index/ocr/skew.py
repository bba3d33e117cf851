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
_WIDTH = 800
"""The copy the angle is measured on is this many pixels wide."""


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
    # coarse: every half degree; fine: every tenth around the best
    coarse = [a / 2 for a in range(int(-MAX_ANGLE * 2), int(MAX_ANGLE * 2) + 1)]
    spreads = {a: _spread(ink, a) for a in coarse}
    best = max(spreads, key=spreads.get)
    level = spreads[0.0]
    if level > 0 and spreads[best] < level * 1.05:  # nothing clearly better than as it is
        return 0.0
    fine = [best + d / 10 for d in range(-5, 6)]
    spreads.update({a: _spread(ink, a) for a in fine if a not in spreads})
    best = max(fine, key=lambda a: spreads[a])
    return round(best, 1)
