"""Tesseract, through tesserocr: the only module that imports it.

tesserocr hands Tesseract the page in memory (pytesseract would write each page image to a
temporary file and run the ``tesseract`` program on it — a readable copy of the user's scan
outside the data folder) and gives word confidences, orientation and skew.

`recognise` reads one page: turns it upright (orientation and script detection on a smaller
copy, used only when it is sure), straightens a skewed page, recognises it with the languages
asked for, then decides which of them the page is written in and, when that reads better,
recognises it again with those alone (with all three models loaded Tesseract reads English
words as Kazakh Cyrillic look-alikes: "Тһе court"). Paragraphs come from Tesseract's layout,
their lines joined, words broken by a hyphen at a line's end joined again.
"""

from __future__ import annotations

import os
import re
import statistics
import threading
from dataclasses import dataclass, field

from PIL import Image

from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.ocr.prepare import flatten, prepare
from index.ocr.skew import skew_angle
from index.ocr.tessdata import has_models, tessdata_dir

LANGUAGES = ("rus", "kaz", "eng")
DEFAULT_LANGUAGES = "rus+kaz+eng"
LOW_CONFIDENCE = 80.0
"""A page whose mean word confidence is below this is marked "low confidence — check against
the scan"."""
OSD_MIN_CONFIDENCE = 3.0
"""Orientation detection below this confidence is ignored (the page is read as it is).
Measured: a page of text 19–23, two lines of it 7.7–8.8, pages of noise 0.2–1.6 (and a
single line: no answer)."""
OSD_SIDE = 1600
"""Orientation is detected on a copy whose longer side is at most this many pixels."""
MIN_REREAD_CONFIDENCE = 50.0
"""A page read with a mean word confidence below this (noise, a photo) is not read again in
the languages its letters suggest: they mean little, and reading takes seconds."""
MIN_SKEW = 0.3
"""Skew (degrees) below this is left alone."""

_KAZAKH = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_SPACE = re.compile(r"\s+")
_HYPHEN_END = re.compile(r"(\w)[-\u00ad\u2010]$")


@dataclass
class PageText:
    """What was read on one page."""

    paragraphs: list[str]
    confidence: float
    """Mean word confidence, 0–100 (0 when no word was read)."""
    language: str
    """The language(s) the page was found written in: "rus", "kaz", "eng" or a mix like
    "rus+eng" ("" when nothing was read)."""
    rotation: int = 0
    """Degrees the page was turned clockwise to read it: 0, 90, 180 or 270."""
    skew: float = 0.0
    """Degrees the page was found tilted by (counter-clockwise positive), and turned back."""
    words: int = field(default=0)
    """How many words were read."""

    @property
    def low_confidence(self) -> bool:
        return self.confidence < LOW_CONFIDENCE

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def check_languages(languages: str) -> str:
    """``languages`` ("rus+kaz+eng", "eng", "kaz+rus", …) as Tesseract takes it, or KnownError
    naming what is wrong. Spaces and commas are accepted between names; repeats are dropped."""
    names = [n for n in re.split(r"[+,\s]+", (languages or "").strip().lower()) if n]
    if not names:
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "no text recognition language given"))
    for name in names:
        if name not in LANGUAGES:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "unknown text recognition language {name!r} (known: {known})",
                ),
                name=name,
                known="+".join(LANGUAGES),
            )
    return "+".join(dict.fromkeys(names))


def available() -> bool:
    """Can pages be recognised here: the engine loads and the language models are found?"""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return False
    return tessdata_dir() is not None


def version() -> str:
    """The engine's name and version, e.g. "Tesseract 5.5.4" ("" when it is not installed)."""
    try:
        import tesserocr
    except ImportError:
        return ""
    first = tesserocr.tesseract_version().split("\n", 1)[0].strip()  # "tesseract 5.5.4"
    return "Tesseract " + first.split()[-1] if first else ""


def _not_installed() -> KnownError:
    return KnownError(QT_TRANSLATE_NOOP("Errors", "text recognition is not installed"))


# -- one engine per thread and language set (loading the models takes a few tenths of a second)

_local = threading.local()


def _api(languages: str, osd: bool = False):
    """The engine for ``languages`` (or for orientation detection), made once per thread and
    models folder; KnownError when the engine or the models are missing."""
    try:
        import tesserocr
    except ImportError:
        raise _not_installed() from None
    folder = tessdata_dir()
    name = "osd" if osd else languages
    if folder is None or not has_models(folder, tuple(name.split("+"))):
        raise _not_installed()
    cache = getattr(_local, "apis", None)
    if cache is None:
        cache = _local.apis = {}
    api = cache.get((folder, name))
    if api is None:
        psm = tesserocr.PSM.OSD_ONLY if osd else tesserocr.PSM.AUTO
        try:
            api = tesserocr.PyTessBaseAPI(path=str(folder) + os.sep, lang=name, psm=psm)
        except RuntimeError:  # a model that does not load
            raise _not_installed() from None
        cache[(folder, name)] = api
    return api


# -- orientation and skew ---------------------------------------------------------------------


def _orientation(page: Image.Image) -> int:
    """Degrees counter-clockwise ``page`` must turn to stand upright (0, 90, 180, 270); 0 when
    detection is unsure or the orientation model is missing."""
    try:
        api = _api("osd", osd=True)
    except KnownError:
        return 0
    small = page
    longest = max(page.size)
    if longest > OSD_SIDE:
        scale = OSD_SIDE / longest
        small = page.resize(
            (max(1, round(page.width * scale)), max(1, round(page.height * scale))),
            Image.Resampling.BOX,
        )
    api.SetImage(small)
    try:
        found = api.DetectOrientationScript()
    except RuntimeError:  # too few letters to tell
        return 0
    finally:
        api.Clear()
    if not found or found.get("orient_conf", 0.0) < OSD_MIN_CONFIDENCE:
        return 0
    return int(found.get("orient_deg", 0)) % 360


# -- reading ----------------------------------------------------------------------------------


@dataclass
class _Paragraph:
    text: str
    box: tuple[int, int, int, int]
    """Left, top, right, bottom in the page's pixels."""
    confidences: list[float]
    letters: dict[str, int]
    lines: list[tuple[int, int, int, int]] = field(default_factory=list)
    """Each text line's box (left, top, right, bottom)."""


def _join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        line = _SPACE.sub(" ", line).strip()
        if not line:
            continue
        if text and _HYPHEN_END.search(text) and line[:1].islower():
            text = text[:-1] + line  # a word broken at the line's end
        elif text:
            text += " " + line
        else:
            text = line
    return text


def _text(iterator, level) -> str:
    try:
        return iterator.GetUTF8Text(level) or ""
    except RuntimeError:  # tesserocr's way of saying "nothing here"
        return ""


def _read(page: Image.Image, languages: str, block: bool = False) -> list[_Paragraph]:
    """The paragraphs Tesseract reads on ``page`` with ``languages``; ``block``: the image is
    one paragraph's region, read as one block of text."""
    import tesserocr

    RIL = tesserocr.RIL
    api = _api(languages)
    api.SetPageSegMode(tesserocr.PSM.SINGLE_BLOCK if block else tesserocr.PSM.AUTO)
    api.SetImage(page)
    paragraphs: list[_Paragraph] = []
    try:
        api.Recognize()
        iterator = api.GetIterator()
        current: _Paragraph | None = None
        lines: list[str] = []
        while iterator is not None:
            if iterator.IsAtBeginningOf(RIL.PARA) and not (block and current):
                if current is not None:
                    current.text = _join_lines(lines)
                box = iterator.BoundingBox(RIL.PARA) or (0, 0, 0, 0)
                current = _Paragraph("", tuple(box), [], {"kaz": 0, "cyr": 0, "lat": 0})
                paragraphs.append(current)
                lines = []
            if iterator.IsAtBeginningOf(RIL.TEXTLINE):
                line = _text(iterator, RIL.TEXTLINE)
                if line.strip() and current is not None:
                    lines.append(line)
                    current.lines.append(tuple(iterator.BoundingBox(RIL.TEXTLINE) or box))
            word = _text(iterator, RIL.WORD)
            if word.strip() and current is not None:
                current.confidences.append(iterator.Confidence(RIL.WORD))
                current.letters["kaz"] += sum(c in _KAZAKH for c in word)
                current.letters["cyr"] += len(_CYRILLIC.findall(word))
                current.letters["lat"] += len(_LATIN.findall(word))
            if not iterator.Next(RIL.WORD):
                break
        if current is not None:
            current.text = _join_lines(lines)
    finally:
        api.Clear()
    return _mended([p for p in paragraphs if p.text])


def _mended(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """Paragraphs Tesseract split where the page shows no break joined again: the next one
    follows at the usual line spacing, its first line is not indented, and the line before
    it runs on to near the column's right edge (Tesseract ends a paragraph at a line that
    happens to be the longest)."""
    lines = [box for p in paragraphs for box in p.lines]
    gaps = [
        below[1] - above[3]
        for p in paragraphs
        for above, below in zip(p.lines, p.lines[1:], strict=False)
        if below[1] > above[3]
    ]
    if not gaps or not lines:
        return paragraphs
    gap = statistics.median(gaps)
    height = statistics.median(box[3] - box[1] for box in lines)
    mended = [paragraphs[0]]
    for paragraph in paragraphs[1:]:
        before = mended[-1]
        if before.lines and paragraph.lines and _runs_on(before, paragraph, gap, height):
            before.text = _join_lines([before.text, paragraph.text])
            before.box = (
                min(before.box[0], paragraph.box[0]),
                min(before.box[1], paragraph.box[1]),
                max(before.box[2], paragraph.box[2]),
                max(before.box[3], paragraph.box[3]),
            )
            before.confidences += paragraph.confidences
            before.lines += paragraph.lines
            for key, count in paragraph.letters.items():
                before.letters[key] += count
        else:
            mended.append(paragraph)
    return mended


def _runs_on(before: _Paragraph, after: _Paragraph, gap: float, height: float) -> bool:
    last, first = before.lines[-1], after.lines[0]
    if not 0 <= first[1] - last[3] <= max(1.5 * gap, gap + height / 4):
        return False  # a blank line between, or not the next line down
    lines = before.lines + after.lines
    left = min(box[0] for box in lines)
    right = max(box[2] for box in lines)
    if first[0] - left > height:  # the next one's first line is indented
        return False
    return last[2] - left >= 0.8 * (right - left)  # the line before it is full


def _languages_of(letters: dict[str, int], asked: tuple[str, ...]) -> tuple[str, ...]:
    """The languages (among ``asked``, in their order) that letters read with all of them say
    a text is written in: Latin letters are English; Cyrillic ones Kazakh when Kazakh-only
    letters are among them, else Russian. A script under `MIN_SCRIPT_SHARE` of the letters is
    taken for misreadings (Latin "The" read as Kazakh Cyrillic "Тһе")."""
    cyrillic, latin = letters["cyr"], letters["lat"]
    if not cyrillic + latin:
        return ()
    found = set()
    if cyrillic / (cyrillic + latin) >= MIN_SCRIPT_SHARE:
        kazakh = letters["kaz"] >= 2 and letters["kaz"] >= KAZAKH_SHARE * cyrillic
        if "kaz" in asked and (kazakh or "rus" not in asked):
            found.add("kaz")
        elif "rus" in asked:
            found.add("rus")
    if latin / (cyrillic + latin) >= MIN_SCRIPT_SHARE and "eng" in asked:
        found.add("eng")
    return tuple(lang for lang in asked if lang in found)


MIN_SCRIPT_SHARE = 0.05
"""Below this share of a text's letters, a script's letters are taken for misreadings."""
KAZAKH_SHARE = 0.02
"""Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) at least this share of the Cyrillic letters make a
text Kazakh; fewer are names in a Russian text."""


def _reread(page: Image.Image, first: list[_Paragraph], asked: tuple[str, ...]) -> list[_Paragraph]:
    """The page read again where its letters say fewer languages than were asked: the whole
    page when all its paragraphs are in the same language(s) (unless they are `_clean`), else
    each paragraph on its own with its language(s). A reading that loses words (more than a
    tenth) is not taken."""
    found = [_languages_of(p.letters, asked) for p in first]
    needs = [bool(languages) and languages != asked for languages in found]
    if not any(needs):
        return first
    languages = {found_here for found_here in found if found_here}
    if len(languages) == 1:
        (only,) = languages
        if all(_clean(p, only) for p, found_here in zip(first, found, strict=True) if found_here):
            return first
        again = _read(page, "+".join(only))
        return again if _words(again) >= 0.9 * _words(first) else first
    result = []
    for paragraph, languages, need in zip(first, found, needs, strict=True):
        if not need:
            result.append(paragraph)
            continue
        again = _read(_alone(page, paragraph), "+".join(languages), block=True)
        if len(again) == 1 and _words(again) >= 0.9 * len(paragraph.confidences):
            again[0].box, again[0].lines = paragraph.box, paragraph.lines  # the page's places
            result.append(again[0])
        else:
            result.append(paragraph)
    return result


def _clean(paragraph: _Paragraph, languages: tuple[str, ...]) -> bool:
    """Would reading ``paragraph`` of a page in one language again in ``languages`` change
    nothing? True for Russian without a Latin or Kazakh-only letter and English without a
    Cyrillic one (measured: the same text). A Kazakh paragraph is always read again (its "ә"
    may have come out "э"), as is any on a page in two languages (a Russian paragraph beside a
    Kazakh one loses its "щ" and "ъ": "прекрашении", "обьяснения")."""
    letters = paragraph.letters
    if languages == ("rus",):
        return letters["lat"] == 0 and letters["kaz"] == 0
    if languages == ("eng",):
        return letters["cyr"] == 0
    return False


def _page_languages(paragraphs: list[_Paragraph], asked: tuple[str, ...]) -> str:
    """The languages of a page's paragraphs, in the order asked; paragraphs of fewer than
    `MIN_LETTERS` letters (a page number, a stamp, specks read as letters) count only when
    there is nothing else."""
    counted = [p for p in paragraphs if p.letters["cyr"] + p.letters["lat"] >= MIN_LETTERS]
    found = {lang for p in counted or paragraphs for lang in _languages_of(p.letters, asked)}
    return "+".join(lang for lang in asked if lang in found)


MIN_LETTERS = 20


def _confidence(paragraphs: list[_Paragraph]) -> float:
    confidences = [c for p in paragraphs for c in p.confidences]
    return sum(confidences) / len(confidences) if confidences else 0.0


def _alone(page: Image.Image, paragraph: _Paragraph) -> Image.Image:
    """The paragraph's region of ``page`` on a white margin: nothing of the lines above and
    below it (no blank line may part them)."""
    left, top, right, bottom = paragraph.box
    region = page.crop(
        (
            max(0, left - 2),
            max(0, top - 2),
            min(page.width, right + 2),
            min(page.height, bottom + 2),
        )
    )
    height = statistics.median(box[3] - box[1] for box in paragraph.lines or [paragraph.box])
    margin = max(8, round(height / 2))
    alone = Image.new("L", (region.width + 2 * margin, region.height + 2 * margin), 255)
    alone.paste(region, (margin, margin))
    return alone


def _words(paragraphs: list[_Paragraph]) -> int:
    return sum(len(p.confidences) for p in paragraphs)


def recognise(image: Image.Image, languages: str = DEFAULT_LANGUAGES) -> PageText:
    """Read one page image with the languages given ("rus+kaz+eng" by default). Raises
    KnownError when text recognition is not installed or a language is unknown."""
    languages = check_languages(languages)
    asked = tuple(languages.split("+"))
    # upright and level first: the text's size (prepare) is measured along its lines
    page = flatten(image)  # a photographed sheet first: turning would hide its edges
    turn = _orientation(page)
    if turn:
        page = page.rotate(turn, expand=True, fillcolor=255)
    level = skew_angle(page)
    if abs(level) >= MIN_SKEW:
        page = page.rotate(level, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    else:
        level = 0.0
    page = prepare(page)
    first = _read(page, languages)
    paragraphs = (
        _reread(page, first, asked) if _confidence(first) >= MIN_REREAD_CONFIDENCE else first
    )
    confidences = [c for p in paragraphs for c in p.confidences]
    return PageText(
        paragraphs=[p.text for p in paragraphs],
        confidence=round(_confidence(paragraphs), 1),
        language=_page_languages(paragraphs, asked),
        rotation=(360 - turn) % 360,
        skew=round(-level, 2) + 0.0,
        words=len(confidences),
    )
