"""The timeline's one typeface, DejaVu Sans (bundled in resources/fonts, as the PDF's), and
how wide a line of it is: the drawing's labels are cut to fit by this measure, for the SVG
and the PNG alike."""

from __future__ import annotations

from functools import lru_cache

from resources import ROOT

FAMILY = "DejaVu Sans"
FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=8)
def font(size: int, bold: bool = False):
    """The Pillow font (FreeType) for ``size`` pixels: the bundled file, never a font of the
    same name found elsewhere (Pillow looks in the system's font folders for a file it cannot
    open, which would hide a build that lacks it: a bug, raised)."""
    from PIL import ImageFont

    path = ROOT / "fonts" / FILES[bold]
    if not path.is_file():
        raise FileNotFoundError(f"the bundled font {path} is missing")
    return ImageFont.truetype(str(path), size)


def width(text: str, size: int, bold: bool = False) -> float:
    return float(font(size, bold).getlength(text))


def fit(text: str, size: int, room: float, bold: bool = False) -> str:
    """``text`` on one line, cut with "…" to at most ``room`` pixels wide."""
    text = " ".join(text.split())
    if width(text, size, bold) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest cut that fits, by bisection
        mid = (lo + hi + 1) // 2
        if width(text[:mid].rstrip() + "…", size, bold) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
