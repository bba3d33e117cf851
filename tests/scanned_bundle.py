"""A scanned document's bundle, made as the import makes one: the recognised text in
``document.md`` (``.page-N .ocr`` classes, ``.ocr-low`` on a page read with low confidence)
beside the original (``source.pdf``, ``source.tiff``…) whose pages the test draws, written through
`index.fileio` (sealed in an open vault) and sealed with its manifest."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

from index.archive.bundle import seal
from index.fileio import write_atomic, write_text_atomic
from index.imports.importer import folder_name

BUNDLE_ID = "mine-court-scan"
DOC_ID = "court-scan"
LOW_PARA = f"{DOC_ID}-3"
HIGH_PARA = f"{DOC_ID}-1"
LOW_WORDS = "Sentence: five years of restricted freedom for Aigerim Tasbolatova."

DOCUMENT = f"""# Court decision of 12 March {{: #{DOC_ID} }}

The court of Almaty heard the case of the journalist.
{{: #{DOC_ID}-1 .page-1 .ocr }}

The defendant was present with her lawyer.
{{: #{DOC_ID}-2 .page-1 .ocr }}

{LOW_WORDS}
{{: #{DOC_ID}-3 .page-2 .ocr .ocr-low }}

Signed by the presiding judge.
{{: #{DOC_ID}-4 .page-2 .ocr .ocr-low }}
"""


def page_images(size: tuple[int, int] = (620, 877)) -> list[Image.Image]:
    """Two pages a scanner might give, each unlike the other: page 1 dark at the top, page 2
    dark at the bottom, with bars of "text" between."""
    pages = []
    for n in (1, 2):
        page = Image.new("RGB", size, "white")
        draw = ImageDraw.Draw(page)
        w, h = size
        block = (40, 40, w - 40, h // 4) if n == 1 else (40, h - h // 4, w - 40, h - 40)
        draw.rectangle(block, fill=(20, 20, 20))
        for line in range(12):
            y = h // 3 + line * 22
            draw.rectangle((60, y, w - 60 - (line * 37 % 200), y + 9), fill=(90, 90, 90))
        y = h // 2 + (n - 1) * 120
        draw.ellipse((w // 2 - 50, y - 50, w // 2 + 50, y + 50), fill=(200, 30, 30))
        pages.append(page)
    return pages


def source_bytes(kind: str) -> bytes:
    """The original file: an image-only PDF (two pages) or a two-page TIFF."""
    pages = page_images()
    out = io.BytesIO()
    if kind == "pdf":
        pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=75)
    else:
        pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    return out.getvalue()


def scanned_bundle(data_dir: Path, kind: str = "pdf") -> Path:
    """The bundle in ``data_dir``'s bundles, as an import leaves it."""
    folder = data_dir / "bundles" / folder_name(data_dir, BUNDLE_ID)
    write_text_atomic(folder / "document.md", DOCUMENT)
    write_atomic(folder / f"source.{kind}", source_bytes(kind))
    seal(
        folder,
        {
            "format": "muragat-bundle/1",
            "id": BUNDLE_ID,
            "title": "Court decision of 12 March",
            "publisher": "Imported by the user",
            "edition": "Version 1, imported 2026-03-14",
            "language": "en",
            "rights": "The user's own material; rights as the source states.",
            "attribution": f"court.{kind}",
            "documents": [{"id": DOC_ID, "file": "document.md"}],
            "imported": {
                "original_name": f"court.{kind}",
                "imported": "2026-03-14T10:00:00+00:00",
                "format": "pdf" if kind == "pdf" else "image",
                "title": "Court decision of 12 March",
                "version": 1,
                "ocr": {
                    "engine": "Tesseract 5.5.4",
                    "languages": "rus+kaz+eng",
                    "threshold": 80,
                    "pages": [
                        {
                            "page": 1,
                            "confidence": 93.2,
                            "language": "eng",
                            "rotation": 0,
                            "skew": 0.4,
                        },
                        {
                            "page": 2,
                            "confidence": 61.0,
                            "language": "eng",
                            "rotation": 0,
                            "skew": 1.1,
                        },
                    ],
                },
            },
        },
    )
    return folder


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference (0–255) of two images brought to the same small size."""
    a = a.convert("L").resize((62, 88))
    b = b.convert("L").resize((62, 88))
    pa, pb = a.tobytes(), b.tobytes()
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)
