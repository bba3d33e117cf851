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

import re
import threading
from dataclasses import dataclass, field

from PIL import Image

from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.ocr.prepare import prepare
from index.ocr.skew import skew_angle
from index.ocr.tessdata import tessdata_dir

LANGUAGES = ("rus", "kaz", "eng")
DEFAULT_LANGUAGES = "rus+kaz+eng"
LOW_CONFIDENCE = 80.0
"""A page whose mean word confidence is below this is marked "low confidence — check against
the scan"."""
OSD_MIN_CONFIDENCE = 2.0
"""Orientation detection below this confidence is ignored (the page is read as it is)."""
OSD_SIDE = 1600
"""Orientation is detected on a copy whose longer side is at most this many pixels."""
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
    try:
        import tesserocr
    except ImportError:
        raise _not_installed() from None
    cache = getattr(_local, "apis", None)
    if cache is None:
        cache = _local.apis = {}
    key = "osd" if osd else languages
    api = cache.get(key)
    if api is None:
        folder = tessdata_dir()
        if folder is None or (osd and not (folder / "osd.traineddata").is_file()):
            raise _not_installed()
        psm = tesserocr.PSM.OSD_ONLY if osd else tesserocr.PSM.AUTO
        try:
            api = tesserocr.PyTessBaseAPI(path=str(folder) + "/", lang=key, psm=psm)
        except RuntimeError:
            raise _not_installed() from None
        cache[key] = api
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
class _Read:
    paragraphs: list[str]
    confidences: list[float]
    letters: dict[str, int]

    @property
    def confidence(self) -> float:
        return sum(self.confidences) / len(self.confidences) if self.confidences else 0.0


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


def _read(api, page: Image.Image, languages: str) -> _Read:
    import tesserocr

    api.SetImage(page)
    api.Recognize()
    paragraphs: list[str] = []
    confidences: list[float] = []
    letters = {"kaz": 0, "cyr": 0, "lat": 0}
    iterator = api.GetIterator()
    lines: list[str] = []
    level_para, level_line, level_word = (
        tesserocr.RIL.PARA,
        tesserocr.RIL.TEXTLINE,
        tesserocr.RIL.WORD,
    )
    if iterator is not None:
        while True:
            if iterator.IsAtBeginningOf(level_para) and lines:
                paragraphs.append(_join_lines(lines))
                lines = []
            if iterator.IsAtBeginningOf(level_line):
                line = _text(iterator, level_line)
                if line:
                    lines.append(line)
            word = _text(iterator, level_word)
            if word.strip():
                confidences.append(iterator.Confidence(level_word))
                letters["kaz"] += sum(c in _KAZAKH for c in word)
                letters["cyr"] += len(_CYRILLIC.findall(word))
                letters["lat"] += len(_LATIN.findall(word))
            if not iterator.Next(level_word):
                break
    if lines:
        paragraphs.append(_join_lines(lines))
    api.Clear()
    return _Read([p for p in paragraphs if p], confidences, letters)


def _languages_of(read: _Read, asked: tuple[str, ...]) -> tuple[str, ...]:
    """The languages (among ``asked``) a page's letters say it is written in."""
    letters = read.letters
    total = letters["cyr"] + letters["lat"]
    if not total:
        return ()
    found = []
    cyrillic_share = letters["cyr"] / total
    if cyrillic_share >= 0.05:
        kazakh = letters["kaz"] / max(1, letters["cyr"]) >= 0.01 and letters["kaz"] >= 3
        if kazakh and "kaz" in asked:
            found.append("kaz")
        elif "rus" in asked:
            found.append("rus")
        elif "kaz" in asked:
            found.append("kaz")
    if cyrillic_share <= 0.95 and "eng" in asked:
        found.append("eng")
    return tuple(found)


def recognise(image: Image.Image, languages: str = DEFAULT_LANGUAGES) -> PageText:
    """Read one page image with the languages given ("rus+kaz+eng" by default). Raises
    KnownError when text recognition is not installed or a language is unknown."""
    languages = check_languages(languages)
    asked = tuple(languages.split("+"))
    page = prepare(image)
    turn = _orientation(page)
    if turn:
        page = page.rotate(turn, expand=True, fillcolor=255)
    level = skew_angle(page)
    if abs(level) >= MIN_SKEW:
        page = page.rotate(level, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    else:
        level = 0.0
    read = _read(_api(languages), page, languages)
    found = _languages_of(read, asked)
    if found and found != asked:
        again = _read(_api("+".join(found)), page, "+".join(found))
        if again.confidence > read.confidence:
            read = again
    return PageText(
        paragraphs=read.paragraphs,
        confidence=round(read.confidence, 1),
        language="+".join(found),
        rotation=(360 - turn) % 360,
        skew=round(-level, 2),
        words=len(read.confidences),
    )
