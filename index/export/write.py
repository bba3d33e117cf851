"""Writing an export: choose the notes, render them in the chosen format, write the file once,
atomically (never onto a folder or a device)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from index.archive import Archive
from index.export.markdown import export_markdown
from index.export.options import ExportOptions, select, select_target_tags, words
from index.export.w3c import dumps, export_w3c
from index.fileio import writable_target, write_atomic
from index.notes.model import Note

if TYPE_CHECKING:  # the PDF composer (python-markdown) loads on the first PDF export
    from index.export.pdf import Composition

Progress = Callable[[int, int, str], None]
PdfRenderer = Callable[["Composition", list[str], str, Progress | None], tuple[bytes, int]]
"""Lays a composition out as PDF pages: (composition, HTML parts, title, progress) → (the
PDF's bytes, its page count). Qt does this, so ``app.pdf.render.pdf_bytes`` is the one."""


@dataclass
class ExportReport:
    path: Path
    notes: int
    pages: int | None
    seconds: float


def render_text(
    notes: list[Note],
    archive: Archive,
    options: ExportOptions,
    target_tags: dict[str, list[str]] | None = None,
) -> bytes:
    """Markdown or W3C JSON-LD for these notes (the PDF needs a renderer: `write_export`);
    the JSON-LD also carries ``target_tags`` (tags on paragraphs and case records)."""
    if options.format == "md":
        said, title = words(options)
        text = export_markdown(
            notes, archive, title, options.group_by, said=said, style=options.citation_style
        )
        return text.encode("utf-8")
    if options.format == "w3c":
        tags = select_target_tags(target_tags or {}, options, archive)
        return dumps(export_w3c(notes, archive, tags, options.title)).encode("utf-8")
    raise ValueError(f"render_text cannot make {options.format!r}")


def write_export(
    archive: Archive,
    notes: list[Note],
    options: ExportOptions,
    path: Path,
    *,
    pdf: PdfRenderer | None = None,
    progress: Progress | None = None,
    target_tags: dict[str, list[str]] | None = None,
) -> ExportReport:
    """Select from ``notes`` by ``options`` and write them to ``path``."""
    chosen = select(notes, options, archive)
    return write_selected(archive, chosen, options, path, pdf, progress, target_tags)


def write_selected(
    archive: Archive,
    notes: list[Note],
    options: ExportOptions,
    path: Path,
    pdf: PdfRenderer | None = None,
    progress: Progress | None = None,
    target_tags: dict[str, list[str]] | None = None,
) -> ExportReport:
    """Write exactly these notes (already chosen) to ``path`` in ``options.format``."""
    start = time.perf_counter()
    options.check()
    writable_target(Path(path))  # refuse a folder or a device before doing the work
    pages = None
    if options.format == "pdf":
        if pdf is None:
            raise ValueError("a PDF export needs a renderer (app.pdf.render.pdf_bytes)")
        from index.export.pdf import compose

        comp, parts = compose(notes, archive, options)
        data, pages = pdf(comp, parts, words(options)[1], progress)
    else:
        data = render_text(notes, archive, options, target_tags)
    write_atomic(Path(path), data, make_folder=False, clear=True)
    return ExportReport(Path(path), len(notes), pages, time.perf_counter() - start)
