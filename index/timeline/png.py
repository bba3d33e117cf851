"""The timeline as a PNG, drawn with Pillow from the same shapes as the SVG
(`index.timeline.layout`), at ``scale`` times their size for a sharp print."""

from __future__ import annotations

import io

from index.errors import Translate
from index.timeline.build import Timeline
from index.timeline.fonts import font
from index.timeline.layout import Dot, Drawing, Line, Rect, Text, layout


def _dashed_outline(draw, x1: float, y1: float, x2: float, y2: float, fill: str, k: float):
    step, on = 5 * k, 3 * k
    for ya in (y1, y2):
        x = x1
        while x < x2:
            draw.line([(x, ya), (min(x + on, x2), ya)], fill=fill, width=max(1, int(k)))
            x += step
    for xa in (x1, x2):
        draw.line([(xa, y1), (xa, y2)], fill=fill, width=max(1, int(k)))


def drawing_png(drawing: Drawing, scale: float = 2.0) -> bytes:
    from PIL import Image, ImageDraw

    k = scale
    image = Image.new("RGB", (int(drawing.width * k), int(drawing.height * k)), "#ffffff")
    draw = ImageDraw.Draw(image)
    for s in drawing.shapes:
        if isinstance(s, Line):
            draw.line(
                [(s.x1 * k, s.y1 * k), (s.x2 * k, s.y2 * k)],
                fill=s.stroke,
                width=max(1, round(s.width * k)),
            )
        elif isinstance(s, Rect):
            box = [s.x * k, s.y * k, (s.x + s.w) * k, (s.y + s.h) * k]
            draw.rectangle(box, fill=s.fill)
            if s.stroke and s.dashed:
                _dashed_outline(draw, *box, s.stroke, k)
            elif s.stroke:
                draw.rectangle(box, outline=s.stroke, width=max(1, int(k)))
        elif isinstance(s, Dot):
            draw.ellipse(
                [(s.cx - s.r) * k, (s.cy - s.r) * k, (s.cx + s.r) * k, (s.cy + s.r) * k],
                fill=s.fill,
            )
        elif isinstance(s, Text):
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[s.anchor]
            draw.text(
                (s.x * k, s.y * k), s.text, fill=s.fill, font=font(round(s.size * k), s.bold),
                anchor=anchor,
            )  # fmt: skip
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def timeline_png(
    timeline: Timeline, group_by: str = "", translate: Translate | None = None,
    scale: float = 2.0,
) -> bytes:  # fmt: skip
    return drawing_png(layout(timeline, group_by, translate), scale)
