"""Decode a text file's bytes: byte-order marks, UTF-8 (and UTF-16 without a mark), then a
detected legacy code page — detected, never assumed.

For legacy bytes, charset-normalizer gives its best guess, and that guess, the Cyrillic code
pages (cp1251, KOI8-R/U, cp866, Mac Cyrillic, KZ-1048, ISO 8859-5) and the Western and Central
European ones (cp1252, cp1250, ISO 8859-15/-2, cp1257, Mac Roman, cp850) are each decoded and
ranked by how the result reads. The ranking leans towards Cyrillic where detectors are weakest:
letters are weighed by their frequency in Russian and Kazakh, so ALL-CAPS headings (whose case
pattern fits any Cyrillic page) are told apart by the letters alone; and what wrong pages
produce is penalised: Cyrillic letters glued to Latin ones ("Cafй"), words made only of accented
Latin letters ("Ñóä"), a lower-case letter followed by a capital ("пРИВЕТ"), symbols inside
words. A prior says which pages are common. Chinese, Japanese and Korean multi-byte encodings
are left to charset-normalizer.

Every guess carries a confidence: the share of the ranking's weight the winner holds among the
candidates that decode to a different text, capped for samples of a few letters. The import
report shows it, so a wrong guess is never silent, and ``--encoding`` overrides it.
"""

from __future__ import annotations

import codecs
import functools
import math
import re
from dataclasses import dataclass

from index.errors import QT_TRANSLATE_NOOP, KnownError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CYRILLIC_PAGES = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "kz1048", "koi8_u", "iso8859_5")
LATIN_PAGES = ("cp1252", "cp1250", "iso8859_15", "cp1257", "mac_roman", "cp850", "iso8859_2")
PRIOR = {
    "cp1251": 0.5, "koi8_r": 0.2, "cp866": 0.1, "mac_cyrillic": 0.05, "kz1048": 0.05,
    "cp1252": 0.6, "cp1250": 0.15,
}  # fmt: skip
"""Relative weight of each code page among legacy files (others: 0.03): ties go to the common."""
LOW_CONFIDENCE = 0.9
"""Below this a guess is flagged in the import report as one to check."""

# Relative frequencies (per cent) of letters in Russian and Kazakh running text.
_CYR_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04, "і": 1.0, "ә": 1.0, "қ": 1.0, "ұ": 0.8, "ң": 0.6, "ғ": 0.6,
    "ү": 0.6, "ө": 0.5, "һ": 0.05, "є": 0.05, "ї": 0.05, "ґ": 0.02, "ў": 0.02,
}  # fmt: skip
_RARE_CYR = 0.005
"""Any other Cyrillic letter (Serbian, Macedonian, archaic): possible, but rare here."""
_WESTERN = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšž")
_CENTRAL = set("ąćęłńśźżčěňřůőűăâîșțşţ")
_PUNCT = set("«»„“”‘’‚–—…№€°§©®•·\u00a0")


class EncodingError(KnownError):
    """The encoding asked for does not exist or does not fit the file."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    confidence: float
    """1.0 for a byte-order mark, valid UTF-8 or an encoding the user chose; else the guess's."""
    detail: str = ""
    """How the encoding was found, for the import report."""


def check_encoding(name: str) -> str:
    """The codec's canonical name, or `EncodingError` for a name Python does not know."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise EncodingError(
            QT_TRANSLATE_NOOP("Errors", "unknown encoding {name!r}"), name=name
        ) from None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; ``encoding`` (the user's choice) wins over any detection."""
    if encoding:
        name = check_encoding(encoding)
        text = data.decode(name, errors="replace")
        if text.startswith("\ufeff"):
            text = text[1:]
        bad = text.count("\ufffd")
        detail = "chosen by you" + (f"; {bad} undecodable byte(s) shown as �" if bad else "")
        return Decoded(text, name, 1.0, detail)
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                break
            return Decoded(text.lstrip("\ufeff"), name, 1.0, "byte-order mark")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0, "valid UTF-8")
    except UnicodeDecodeError:
        pass
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16
    return _guess(data)


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: every other byte zero in ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > half * 0.3 and min(even, odd) < half * 0.05:
            try:
                return Decoded(data.decode(name), name, 0.95, "UTF-16 without a byte-order mark")
            except UnicodeDecodeError:
                return None
    return None


@functools.cache
def _char_score(ch: str) -> float:
    low = ch.lower()
    if "\u0400" <= ch <= "\u04ff":
        return math.log(_CYR_FREQ.get(low, _RARE_CYR) / 100)
    if low in _WESTERN:
        return math.log(0.02)
    if low in _CENTRAL:
        return math.log(0.01)
    if ch.isalpha():
        return math.log(0.0005)
    if ch in _PUNCT:
        return math.log(0.005)
    return math.log(0.0001)  # box drawing, control and symbol characters


def _score(text: str) -> tuple[float, int]:
    """(log-likelihood that ``text`` is Russian, Kazakh or European text, characters scored).

    Only characters outside ASCII are scored (ASCII reads the same in every candidate), with
    penalties for what wrong code pages produce: Cyrillic glued to Latin letters in one word
    ("Cafй"), words made only of accented Latin letters ("Ñóä"), a lower-case letter followed by
    an upper-case one ("пРИВЕТ"), and symbols inside words ("‘уд")."""
    total = 0.0
    scored = 0
    for word in text.split():
        if not word.isascii():
            value, count = _word_score(word)
            total += value
            scored += count
    return total, scored


@functools.lru_cache(maxsize=65536)
def _word_score(word: str) -> tuple[float, int]:
    total = 0.0
    scored = cyr = ascii_letters = accented = 0
    prev = ""
    last = len(word) - 1
    for i, ch in enumerate(word):
        if ch.isascii():
            ascii_letters += ch.isalpha()
            prev = ch
            continue
        scored += 1
        total += _char_score(ch)
        if "\u0400" <= ch <= "\u04ff":
            cyr += 1
        elif ch.lower() in _ACCENTED:
            accented += 1
        if prev.isalpha() and prev.islower() and ch.isupper():
            total -= 5
        if 0 < i < last and not ch.isalpha() and ch not in "\u00a0’'-":
            total -= 3
        prev = ch
    if cyr and ascii_letters:
        total -= 6 * cyr
    if accented >= 2 and not ascii_letters and accented == len(word):
        total -= 2 * accented
    return total, scored


_ACCENTED = _WESTERN | _CENTRAL


_HIGH_WORDS = re.compile(rb"\S*[\x80-\xff]\S*")


def _guess(data: bytes) -> Decoded:
    # Only words with bytes above 0x7F tell code pages apart: rank on up to 1,000 of them.
    sample = b" ".join(_HIGH_WORDS.findall(data[:2_000_000])[:1000]) or data[:20_000]
    match = _detector_best(data[:200_000])
    detector = match.encoding if match else None
    names = list(CYRILLIC_PAGES + LATIN_PAGES)
    single = detector and not _multibyte(sample, detector) and _ascii_safe(detector)
    if single and detector not in names:
        names.append(detector)
    decoded: dict[str, str] = {}
    for name in names:
        try:
            text = sample.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if text not in decoded.values():
            decoded[name] = text  # the first (most common) page wins a tie of equal text
    scores = {}
    for name, text in decoded.items():
        value, count = _score(text)
        scores[name] = (value + math.log(PRIOR.get(name, 0.03)), count)
    best = max(scores, key=lambda n: scores[n][0]) if scores else None
    cjk = detector and _multibyte(sample, detector) and not detector.startswith("utf")
    # Chinese, Japanese, Korean: the detector's field, unless a code page reads well
    if cjk and (best is None or scores[best][0] / max(1, scores[best][1]) < math.log(0.002)):
        sure = math.floor(100 * max(0.0, min(0.95, 1.0 - match.chaos))) / 100
        return Decoded(data.decode(detector, errors="replace"), detector, sure, "detected")
    if best is None:
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252", 0.0, "nothing fits")
    weight = sum(math.exp(max(-700.0, s - scores[best][0])) for s, _ in scores.values())
    few = scores[best][1]  # a handful of letters cannot make any ranking sure
    confidence = math.floor(100 * min(1 / weight, 1 - 0.5 / (few + 1))) / 100
    how = "code pages ranked by how the text reads"
    if detector == best:
        how += "; charset-normalizer agrees"
    elif detector:
        how += f"; charset-normalizer said {detector}"
    return Decoded(data.decode(best, errors="replace"), best, confidence, how)


def _detector_best(sample: bytes):
    from charset_normalizer import from_bytes

    return from_bytes(sample).best()


def _ascii_safe(name: str) -> bool:
    """ASCII bytes read as ASCII (not so in EBCDIC and some others): comparable candidates."""
    try:
        return _ASCII.decode(name) == _ASCII.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False


_ASCII = bytes(range(0x20, 0x7F))


def _multibyte(sample: bytes, name: str) -> bool:
    try:
        return len(sample.decode(name)) != len(sample)
    except (UnicodeDecodeError, LookupError):
        return True
