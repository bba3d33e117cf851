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

from index.errors import QT_TRANSLATE_NOOP, Message
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
        """What the import report says of the recognition (messages the window and the
        command line say in their language)."""
        from index.ocr.engine import LOW_CONFIDENCE

        read = [page for page, blocks in self.blocks.items() if blocks]
        notes = []
        if read:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "text recognised from the scan of page {pages} (languages "
                        "{languages}): check names and numbers against the scan",
                    )
                    if len(read) == 1
                    else QT_TRANSLATE_NOOP(
                        "Errors",
                        "text recognised from the scan of pages {pages} (languages "
                        "{languages}): check names and numbers against the scan",
                    ),
                    pages=_pages(read),
                    languages=self.languages,
                )
            )
        if self.low:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "low confidence (below {threshold}) on page {pages}: marked in the reader",
                    )
                    if len(self.low) == 1
                    else QT_TRANSLATE_NOOP(
                        "Errors",
                        "low confidence (below {threshold}) on pages {pages}: marked in the reader",
                    ),
                    threshold=f"{LOW_CONFIDENCE:.0f}",
                    pages=_pages(self.low),
                )
            )
        if self.empty:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP("Errors", "no text recognised on page {pages}")
                    if len(self.empty) == 1
                    else QT_TRANSLATE_NOOP("Errors", "no text recognised on pages {pages}"),
                    pages=_pages(self.empty),
                )
            )
        return notes


def _pages(numbers: Iterable[int]) -> str:
    numbers = sorted(numbers)
    return ", ".join(str(n) for n in numbers[:20]) + ("…" if len(numbers) > 20 else "")


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
