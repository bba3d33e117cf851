"""The timeline as an SVG file: the shapes of `index.timeline.layout`, every text XML-escaped,
in DejaVu Sans. Each mark carries its event's key (``data-event``) and a ``<title>`` with the
full date and description (a tooltip in a browser, read by a screen reader)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from index.errors import Translate
from index.timeline.build import Timeline
from index.timeline.fonts import FAMILY
from index.timeline.layout import Dot, Drawing, Line, Rect, Shape, layout

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""What XML 1.0 cannot hold at all: shown as a visible escape (\\x1b) instead."""
ANCHORS = {"start": "start", "middle": "middle", "end": "end"}


def _visible(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def escape(text: str) -> str:
    return _escape(_visible(text))


def quoteattr(text: str) -> str:
    return _quoteattr(_visible(text))


def _num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _attrs(shape: Shape) -> str:
    out = f' class="{shape.role}"'
    event = getattr(shape, "event", None)
    if event:
        out += f" data-event={quoteattr(event)}"
    return out


def _title(shape: Shape) -> str:
    title = getattr(shape, "title", None)
    return f"<title>{escape(title)}</title>" if title else ""


def _shape(s: Shape) -> str:
    if isinstance(s, Line):
        return (
            f'<line{_attrs(s)} x1="{_num(s.x1)}" y1="{_num(s.y1)}" x2="{_num(s.x2)}" '
            f'y2="{_num(s.y2)}" stroke="{s.stroke}" stroke-width="{_num(s.width)}"/>'
        )
    if isinstance(s, Rect):
        stroke = f' stroke="{s.stroke}"' if s.stroke else ""
        dash = ' stroke-dasharray="3 2"' if s.dashed else ""
        return (
            f'<rect{_attrs(s)} x="{_num(s.x)}" y="{_num(s.y)}" width="{_num(s.w)}" '
            f'height="{_num(s.h)}" fill="{s.fill}"{stroke}{dash}>{_title(s)}</rect>'
        )
    if isinstance(s, Dot):
        return (
            f'<circle{_attrs(s)} cx="{_num(s.cx)}" cy="{_num(s.cy)}" r="{_num(s.r)}" '
            f'fill="{s.fill}">{_title(s)}</circle>'
        )
    weight = ' font-weight="bold"' if s.bold else ""
    anchor = f' text-anchor="{ANCHORS[s.anchor]}"' if s.anchor != "start" else ""
    return (
        f'<text{_attrs(s)} x="{_num(s.x)}" y="{_num(s.y)}" font-size="{s.size}"'
        f'{weight}{anchor} fill="{s.fill}">{_title(s)}{escape(s.text)}</text>'
    )


def drawing_svg(drawing: Drawing) -> str:
    body = "\n".join(_shape(s) for s in drawing.shapes)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{drawing.width}" '
        f'height="{drawing.height}" viewBox="0 0 {drawing.width} {drawing.height}" '
        f"font-family={quoteattr(FAMILY + ', sans-serif')}>\n"
        f"<title>{escape(drawing.title)}</title>\n"
        f'<rect x="0" y="0" width="{drawing.width}" height="{drawing.height}" fill="#ffffff"/>\n'
        f"{body}\n</svg>\n"
    )


def timeline_svg(timeline: Timeline, group_by: str = "", translate: Translate | None = None) -> str:
    return drawing_svg(layout(timeline, group_by, translate))
