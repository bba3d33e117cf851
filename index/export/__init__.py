"""Exporting notes: one place for what goes out, in what order and grouping, in which format.

The command line and the window's dialog both call `write_export` with an `ExportOptions`, so
the options and their defaults are the same everywhere (private notes stay out unless asked).
Markdown and W3C JSON-LD are written here; the PDF is composed here (Qt-free HTML and headings)
and only laid out into pages by the caller's renderer (``app.pdf.render``), since that needs Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.export.options import FORMATS, SUFFIXES, ExportOptions, select

if TYPE_CHECKING:
    from index.export.write import ExportReport, PdfRenderer, render_text, write_export

_WRITERS = ("ExportReport", "PdfRenderer", "render_text", "write_export")


def __getattr__(name: str):
    """The writers load on first use: the window and `app.catalogue` need only the options
    and labels at start-up (issue 23)."""
    if name in _WRITERS:
        from index.export import write

        return getattr(write, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FORMATS",
    "SUFFIXES",
    "ExportOptions",
    "ExportReport",
    "PdfRenderer",
    "render_text",
    "select",
    "write_export",
]
