"""Scans for the import tests, made here: pages of text drawn with the repository's DejaVu Sans
and saved as PNG, JPEG, TIFF or PDF pages, as a scanner or a phone would give them."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "DejaVuSans.ttf"

COURT = [
    "Суд признал Енсебека виновным.",
    "Приговор оглашён в Алматы 12 марта.",
]
"""A Russian court page: "Енсебек" is the name a Latin search ("Yensebek") must find."""


def page(lines: list[str], size: int = 36, blur: float = 0.0) -> Image.Image:
    """A white page with ``lines`` in black, at about 300 dpi for ``size`` (a 10–12 pt font)."""
    font = ImageFont.truetype(str(FONT), size)
    width = max(int(font.getlength(line)) for line in lines) + 160
    image = Image.new("L", (width, 120 + len(lines) * size * 2), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((80, 60 + n * size * 2), line, font=font, fill=0)
    return image.filter(ImageFilter.GaussianBlur(blur)) if blur else image


def save(image: Image.Image, path: Path, **options) -> Path:
    image.save(path, **options)
    return path


def tiff(pages: list[Image.Image], path: Path) -> Path:
    pages[0].save(path, format="TIFF", save_all=True, append_images=pages[1:])
    return path


def image_pdf(image: Image.Image) -> bytes:
    """A one-page PDF whose page is only ``image`` (no text layer), as a scanner writes it."""
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=300)
    return out.getvalue()


def text_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` (Latin) in its text layer."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    pdf_page = writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    pdf_page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 72 720 Td (" + text.encode() + b") Tj ET")
    pdf_page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stamped(pdf: bytes, text: str) -> bytes:
    """``pdf``'s one page with ``text`` stamped on it in its text layer (a scanner's page
    number over the scan)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.pages[0].merge_page(PdfReader(io.BytesIO(text_pdf(text))).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def join_pdfs(parts: list[bytes], path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    with path.open("wb") as fh:
        writer.write(fh)
    return path
