"""Pages read from scans, for the readers of images and of PDF pages without a text layer: each
page recognised (`index.ocr.engine.recognise`) becomes paragraphs carrying its page number and
the ``ocr`` mark (``ocr_low`` too when its mean confidence is below the threshold), and an
`OcrPage` for the manifest. Not a reader itself: the image and PDF readers use it.

A page where recognition finds nothing, or only what it is barely sure of (mean confidence below
`NOISE_CONFIDENCE`: the characters Tesseract "sees" in a photo of a wall, in noise or in a
drawing), gives no paragraphs: junk in the archive would turn up in searches and read as
gibberish, and the scan is still in the bundle. Pages between that and the threshold are kept,
marked low confidence, to be checked against the scan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from index.errors import QT_TRANSLATE_NOOP
from index.imports.readers.base import Block, OcrPage, Unreadable

NOISE_CONFIDENCE = 40.0
"""A page recognised with a mean word confidence below this is taken as having no text."""


@dataclass
class Recognised:
    """The pages of one file recognised so far."""

    languages: str
    blocks: dict[int, list[Block]] = field(default_factory=dict)
    """Page number → its paragraphs (empty: nothing recognisable on it)."""
    pages: list[OcrPage] = field(default_factory=list)

    @property
    def low(self) -> list[int]:
        from index.ocr.engine import LOW_CONFIDENCE

        return [p.page for p in self.pages if p.confidence < LOW_CONFIDENCE]

    @property
    def empty(self) -> list[int]:
        return [page for page, blocks in self.blocks.items() if not blocks]

    def notes(self) -> list[str]:
        """What the import report says of the recognition."""
        from index.ocr.engine import LOW_CONFIDENCE

        read = [page for page, blocks in self.blocks.items() if blocks]
        notes = []
        if read:
            notes.append(
                f"text recognised from the scan of {_pages(read)} "
                f"(languages {self.languages}): check names and numbers against the scan"
            )
        if self.low:
            notes.append(
                f"low confidence (below {LOW_CONFIDENCE:.0f}) on {_pages(self.low)}: "
                "marked in the reader"
            )
        if self.empty:
            notes.append(f"no text recognised on {_pages(self.empty)}")
        return notes


def _pages(numbers: Iterable[int]) -> str:
    numbers = sorted(numbers)
    shown = ", ".join(str(n) for n in numbers[:20]) + ("…" if len(numbers) > 20 else "")
    return f"page {shown}" if len(numbers) == 1 else f"pages {shown}"


def languages_of(requested: str | None) -> str:
    from index.ocr.engine import DEFAULT_LANGUAGES

    return requested or DEFAULT_LANGUAGES


def require_engine() -> None:
    """`Unreadable` when text recognition is not installed (no engine or no models)."""
    from index.ocr.engine import available

    if not available():
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a scan, and text recognition is not installed (its language models are "
                "missing): nothing to search",
            )
        )


def recognise_page(found: Recognised, number: int, image) -> None:
    """Recognise ``image`` as page ``number`` and add what it holds to ``found``."""
    from index.ocr.engine import LOW_CONFIDENCE, recognise

    text = recognise(image, found.languages)
    paragraphs = [" ".join(p.split()) for p in text.paragraphs]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs or text.confidence < NOISE_CONFIDENCE:
        found.blocks[number] = []
        return
    low = text.confidence < LOW_CONFIDENCE
    found.blocks[number] = [Block(p, page=number, ocr=True, ocr_low=low) for p in paragraphs]
    found.pages.append(
        OcrPage(number, float(text.confidence), text.language, int(text.rotation), float(text.skew))
    )


def no_text() -> Unreadable:
    return Unreadable(
        QT_TRANSLATE_NOOP(
            "Errors", "no text recognised in the scan (a picture, or too faint or blurred to read)"
        )
    )
