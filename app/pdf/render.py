"""Render a composition (``index.export.pdf``) to PDF pages: running header, page numbers,
embedded fonts, outline. The only Qt part of exporting.

Qt lays the HTML out in pages and writes the PDF (fonts embedded as subsets, text
extractable); QPdfWriter has no outline API, so pypdf adds the bookmarks afterwards; the export
writes the result atomically.
"""

from __future__ import annotations

import io
import logging
import os
import re
import threading
import unicodedata
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from index.archive import Archive
from index.export.options import ExportOptions
from index.export.pdf import FALLBACK_FONTS, FONT, FONT_STACK, Composition, emoji_fallbacks
from index.export.write import ExportReport, Progress, write_selected
from index.notes.model import Note
from resources import ROOT

log = logging.getLogger(__name__)

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
    "Symbola.ttf",
)
RESOLUTION = 300
MARGIN_MM = 20.0
_fonts_loaded = False


PdfReport = ExportReport


def ensure_app() -> None:
    """Qt's text layout needs a GUI application object; the CLI makes an offscreen one."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_app.app = QGuiApplication([])  # type: ignore[attr-defined]


def load_fonts() -> None:
    """Register the bundled fonts, so the PDF looks the same whatever the system has."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(ROOT / "fonts" / name)) < 0:
            log.warning("could not load bundled font %s", name)
    _fonts_loaded = True


_per_thread = threading.local()


def _covers() -> list[QRawFont]:
    """The bundled fonts, to ask which characters they draw. Per thread: Qt's font engines
    belong to the thread that made them; made on a window's export thread, they answered
    nothing once that thread had ended, and the next PDF printed every character beyond
    Latin-1 as a code point ("[U+2014]")."""
    fonts = getattr(_per_thread, "fonts", None)
    if fonts is None:
        fonts = _per_thread.fonts = [
            QRawFont(str(ROOT / "fonts" / name), 12) for name in ("DejaVuSans.ttf", "Symbola.ttf")
        ]
    return fonts


def _invisible(ch: str) -> bool:
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp")
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
    )


def shown_characters(html: str) -> str:
    """Characters no bundled font can draw, as visible code points ("[U+0939]"), so that the
    PDF neither drops them silently nor borrows a font from the computer it is made on."""
    fonts = _covers()
    missing = {
        ch
        for ch in set(html)
        if ord(ch) > 0x7E
        and not _invisible(ch)
        and not any(f.supportsCharacter(ord(ch)) for f in fonts)
    }
    for ch in missing:
        html = html.replace(ch, f"[U+{ord(ch):04X}]")
    return html


def pdf_font(size: float) -> QFont:
    """The bundled font without ligatures: a copied or searched "five" must not come out as
    "ﬁve" (U+FB01) from a PDF reader."""
    font = QFont(FONT)
    font.setFamilies([FONT, *FALLBACK_FONTS])
    font.setPointSizeF(size)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _layout(doc: QTextDocument, writer: QPdfWriter) -> QRectF:
    layout = writer.pageLayout()
    full = layout.fullRectPixels(RESOLUTION)
    margin = MARGIN_MM / 25.4 * RESOLUTION
    body = QRectF(margin, margin * 1.1, full.width() - 2 * margin, full.height() - 2.2 * margin)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    return body


KEEP_LINES = 3
"""A heading is kept on the page of at least this many lines of what follows it."""


def _keep_headings_with_next(doc: QTextDocument, page_height: float) -> None:
    """Keep each heading with what follows it: Qt's rich text has no keep-with-next, so a
    heading that would end a page (too little room under it for the next lines) starts the
    next page instead. In reading order, each break moving only what comes after it."""
    layout = doc.documentLayout()
    room = KEEP_LINES * pdf_font(10).pointSizeF() * RESOLUTION / 72 * 1.5
    block = doc.begin()
    while block.isValid():
        following = block.next()
        fmt = block.blockFormat()
        if fmt.headingLevel() and following.isValid():
            rect = layout.blockBoundingRect(block)
            page = int(rect.top() // page_height)
            left = (page + 1) * page_height - rect.bottom()
            next_page = int(layout.blockBoundingRect(following).top() // page_height)
            if (left < room or next_page > page) and rect.top() > page * page_height + 1:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                # Qt's incremental layout lost the lines after such a break (drawn between
                # pages, missing from the PDF): lay out again from here on.
                doc.markContentsDirty(block.position(), doc.characterCount() - block.position())
        block = following


def _heading_pages(doc: QTextDocument, comp: Composition, page_height: float) -> dict[str, int]:
    pages: dict[str, int] = {}
    layout = doc.documentLayout()
    wanted = {h.anchor for h in comp.headings}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            for name in frag.charFormat().anchorNames():
                if name in wanted and name not in pages:
                    top = layout.blockBoundingRect(block).top()
                    pages[name] = int(top // page_height) + 1
            it += 1
        block = block.next()
    return pages


def pdf_bytes(
    comp: Composition, parts: list[str], title: str, progress: Progress | None = None
) -> tuple[bytes, int]:
    """Lay a composition out as A4 pages: (the PDF's bytes, its page count). This is the
    `index.export.PdfRenderer` the exports use."""
    ensure_app()
    load_fonts()
    step = progress or (lambda *_: None)
    step(0, 4, "composing")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(title)
    writer.setCreator("Muragat")
    doc = QTextDocument()
    doc.setDefaultFont(pdf_font(10))
    doc.setDefaultStyleSheet(
        "h1 { font-size: 17pt; } h2 { font-size: 13pt; } "
        f"code {{ font-size: 8pt; font-family: {FONT_STACK}; }}"
    )
    body = _layout(doc, writer)
    step(1, 4, "laying out")
    parts = [shown_characters(emoji_fallbacks(part)) for part in parts]
    doc.setHtml(comp.html(parts))
    _keep_headings_with_next(doc, body.height())
    pages = _heading_pages(doc, comp, body.height())
    doc.setHtml(comp.html(parts, pages))  # same lines, now with page numbers
    _keep_headings_with_next(doc, body.height())
    pages = _heading_pages(doc, comp, body.height())
    for h in comp.headings:
        h.page = pages.get(h.anchor, 1)
    step(2, 4, "writing pages")
    _paint(doc, writer, body, title, comp)
    buffer.close()
    step(3, 4, "adding the outline")
    data = _with_outline(bytes(buffer.data()), comp, "".join(parts))
    step(4, 4, "done")
    return data, doc.pageCount()


def render_pdf(
    notes: list[Note],
    archive: Archive,
    target: Path,
    options: ExportOptions,
    progress: Progress | None = None,
) -> ExportReport:
    """Exactly these notes (already chosen) as a PDF at ``target``."""
    pdf = replace(options, format="pdf")
    return write_selected(archive, notes, pdf, target, pdf_bytes, progress)


def _paint(
    doc: QTextDocument, writer: QPdfWriter, body: QRectF, title: str, comp: Composition
) -> None:
    painter = QPainter(writer)
    small = pdf_font(7)
    total = doc.pageCount()
    height = body.height()
    for page in range(total):
        if page:
            writer.newPage()
        if page:  # no header on the title page
            painter.setFont(small)
            painter.drawText(
                QRectF(body.left(), body.top() * 0.45, body.width(), body.top() * 0.4),
                Qt.AlignmentFlag.AlignLeft,
                title,
            )
            painter.drawText(
                QRectF(
                    body.left(), body.bottom() + body.top() * 0.25, body.width(), body.top() * 0.4
                ),
                Qt.AlignmentFlag.AlignHCenter,
                comp.page_label(page + 1, total),
            )
        painter.save()
        painter.translate(body.left(), body.top() - page * height)
        doc.drawContents(painter, QRectF(0, page * height, body.width(), height))
        painter.restore()
    painter.end()


def _with_outline(data: bytes, comp: Composition, text: str = "") -> bytes:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    out = PdfWriter(clone_from=reader)
    astral = sorted({ch for ch in text if ord(ch) > 0xFFFF})
    if astral:
        _map_astral_characters(out, astral)
    last_top = None
    count = len(reader.pages)
    for h in comp.headings:
        index = min(max(h.page - 1, 0), count - 1)
        if h.level == 1:
            last_top = out.add_outline_item(title=h.title, page_number=index)
        else:
            out.add_outline_item(title=h.title, page_number=index, parent=last_top)
    out.page_mode = "/UseOutlines"
    buf = io.BytesIO()
    out.write(buf)
    return buf.getvalue()


_RANGE = re.compile(r"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*(?:<[0-9A-Fa-f]+>|\[[^\]]*\])")
_CHAR = re.compile(r"<([0-9A-Fa-f]{4})>\s*<[0-9A-Fa-f]+>")


def _mapped_codes(cmap: str) -> set[int]:
    """The codes a ToUnicode CMap maps (its bfrange and bfchar sections)."""
    codes: set[int] = set()
    for section in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi in _RANGE.findall(section):
            codes.update(range(int(lo, 16), int(hi, 16) + 1))
    for section in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        codes.update(int(code, 16) for code in _CHAR.findall(section))
    return codes


def _signature(path) -> tuple:
    box = path.boundingRect()
    return path.elementCount(), round(box.width()), round(box.height())


def _map_astral_characters(out, chars: list[str]) -> None:
    """Qt's PDF writer leaves characters beyond U+FFFF (most emoji) out of a font's ToUnicode
    map, so they are drawn but do not copy or search. Put them back: a glyph of the embedded
    subset is matched to the character whose glyph in the bundled font has the same outline
    (point count and size), and only a unique match is added."""
    originals = {name.removesuffix(".ttf"): name for name in FONT_FILES}
    for page in out.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font.get("/BaseFont", "")).split("+")[-1].lstrip("/")
            family = base if base in originals else None
            if family is None or "/ToUnicode" not in font or "/DescendantFonts" not in font:
                continue
            descendant = font["/DescendantFonts"][0].get_object()
            embedded = descendant["/FontDescriptor"].get_object().get("/FontFile2")
            if embedded is None:
                continue
            subset = QRawFont(QByteArray(embedded.get_object().get_data()), 50)
            original = QRawFont(str(ROOT / "fonts" / originals[family]), 50)
            maxp = bytes(subset.fontTable("maxp"))
            if not subset.isValid() or len(maxp) < 6:
                continue
            count = int.from_bytes(maxp[4:6], "big")
            stream = font["/ToUnicode"].get_object()
            cmap = stream.get_data().decode("latin-1")
            mapped = _mapped_codes(cmap)
            unmapped = {
                _signature(subset.pathForGlyph(cid)): cid
                for cid in range(1, count)
                if cid not in mapped and subset.pathForGlyph(cid).elementCount()
            }
            wanted: dict[tuple, list[str]] = {}
            for ch in chars:
                gid = original.glyphIndexesForString(ch)
                if gid and gid[0]:
                    wanted.setdefault(_signature(original.pathForGlyph(gid[0])), []).append(ch)
            entries = []
            for sig, cid in sorted(unmapped.items(), key=lambda kv: kv[1]):
                if len(wanted.get(sig, [])) == 1:
                    utf16 = wanted[sig][0].encode("utf-16-be").hex().upper()
                    entries.append(f"<{cid:04X}> <{utf16}>")
            if not entries:
                continue
            addition = f"{len(entries)} beginbfchar\n" + "\n".join(entries) + "\nendbfchar\n"
            cmap = cmap.replace("endcmap", addition + "endcmap", 1)
            stream.set_data(cmap.encode("latin-1"))
