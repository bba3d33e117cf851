"""Cross-script, cross-romanisation folding of personal and place names.

A researcher types a name the way she heard or last saw it -- ``Енсебек``, ``Еңсебек``,
``Yensebek``, ``Ensebek`` -- and must land on the same person.  No single transliteration
standard helps: the archive mixes Russian and Kazakh Cyrillic with passport (ICAO), BGN/PCGN,
Kazakh-Latin, Uzbek-Latin and ad-hoc journalistic spellings.  So instead of transliterating
*correctly* we reduce every spelling to a lossy **skeleton** that the common variants share.

Pipeline (``fold_name``), each stage a plain data table below:

1. NFC + ``casefold``; drop a trailing possessive ``'s`` / ``’s``.
2. ``CYRILLIC``: Russian, Kazakh, Kyrgyz, Uzbek and Tajik letters to Latin.  Kazakh extras
   fold to their nearest Russian-Latin letter (ә→a ғ→gh қ→q ң→n ө→o ұ/ү→u һ→h і→i);
   ь/ъ vanish, except before a vowel where they become the glide ``y`` (Васильев ≡ Vasilyev).
3. ``LATIN_SPECIAL`` (ş→sh, ž→zh, ı→i ...), then NFKD with combining marks dropped (ä→a).
4. ``PRE_RULES``: word-initial ``ye``→``e`` (Yensebek ≡ Ensebek ≡ Енсебек) and consonant +
   ``yo``→``e`` (Pyotr ≡ Пётр ≡ Petr).
5. ``DIGRAPHS``, one left-to-right longest-match pass: dzh/zh/j→j, kh/h/x→h, gh→g, q→k,
   ts/tz→c, tch→ch, sch/shch→sh, y→i.
6. ``POST_RULES``: glide ``i`` between a/e/o and ``e`` dropped (-aev ≡ -ayev ≡ -aiev),
   ``iu``→``u`` (Lyudmila ≡ Ludmila, ю ≡ yu ≡ iu), doubled letters collapse (Kassym ≡ Qasym).
   With kh/h (stage 5) and doubled letters, Mukhammadkarim ≡ Muhammadkarim ≡ Muhamadkarim.
6b. ``NAME_ELEMENTS``: a few name elements whose *vowels* drift between romanisations
   (muhammad/mukhammed/mohamed, akhmet/ahmad, kerim/karim, rakhim/rehim) fold to one
   spelling wherever they stand, so Mukhammadkarim ≡ Muhamedkarim ≡ Мұхаммедкәрім.
7. Anything left that is not ``[a-z0-9]``: other-script letters become ``q<hex>x`` (q and x
   never survive stage 5, so the escape cannot collide with a folded Latin word); the rest
   is dropped.  This keeps Greek, Arabic or CJK words searchable by exact spelling instead
   of silently folding them to "".  ``anyascii``/``unidecode`` are deliberately *not* used,
   even optionally: index keys must not depend on what happens to be installed.

What deliberately does **not** meet: vowels are kept outside ``NAME_ELEMENTS`` (Marat ≠ Murat,
Asan ≠ Esen, Karim ≠ Karina, Mukhammadkarim ≠ Mukhammadali), so other a/e/o/u differences
are left to fuzzy search; bare ``a`` for я (Maria ≠ Mara); ``x`` folds
to ``h`` (Uzbek-Latin ``Xolmatov``), so ``Maxim`` ≠ ``Maksim``; ``ng`` is not folded to ``ң``.
The key is only for recall; rank exact spellings with ``exact_key``.

**Case forms** (``base_form``): a Cyrillic word in a Russian or Kazakh case form is also
indexed under the key of its base form, so Ensebek/Енсебек find Енсебека, Zhylanbayev finds
Жыланбаева and Mukhammedkarim finds Мұхаммедкәрімді.  First Kazakh case and plural suffixes
(`index.search.kazakh`, with vowel harmony and consonant assimilation checked); if none was
there, one ending of ``RUSSIAN_NAME_ENDINGS`` (the endings of declined masculine names and of
surnames in -ов/-ев/-ин: Енсебек-а, -у, -ом, -е; Жыланбаев-а, -ым, -ой, -ых).  An ending is
cut only after a consonant and only if ``MIN_NAME_STEM`` letters stay, so short names (Анна,
Дина) and names ending in a vowel are never cut.  Only the index holds base forms: a query
searches the word as typed (Төрегожина still finds Toregozhina), and the exact spelling ranks
first through the ``exact`` field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from whoosh.analysis import Analyzer, Filter, LowercaseFilter, RegexTokenizer, Token

from index.search.kazakh import strip_suffixes

__all__ = ["NameFoldFilter", "base_form", "exact_key", "fold_name", "name_analyzer"]

CYRILLIC: dict[str, str] = {
    # Russian
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh / Kyrgyz
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Uzbek / Tajik (ў is Uzbek o', not Belarusian u)
    "ў": "o", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    # Ukrainian strays
    "є": "ye", "ї": "yi", "ґ": "g",
}  # fmt: skip

# ь/ъ before a vowel is the glide y (Васильев -> vasilyev); elsewhere it is dropped.
SOFT_SIGN_GLIDE = re.compile(r"[ьъ](?=[аеёиоуыэюяәіөұү])")

# Latin letters whose NFKD decomposition would lose a digraph (ş is sh, not s).
LATIN_SPECIAL: dict[str, str] = {
    "ş": "sh", "ș": "sh", "š": "sh", "ŝ": "sh", "ç": "ch", "č": "ch", "ž": "zh", "ı": "i",
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th",
}  # fmt: skip

# Apostrophe-like modifier letters (Uzbek oʻ, gʻ; ʼ as hard sign): \w matches them, fold drops.
MODIFIER_APOSTROPHES = "ʹʺʻʼʽˈ"

POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s$")

CONSONANTS = "bcdfghjklmnpqrstvwxz"

# Ordered regex rewrites on the transliterated ASCII word, before the digraph pass.
PRE_RULES: tuple[tuple[str, str], ...] = (
    (r"^ye", "e"),  # Yensebek, Yerkebaeva, Yemelyanova -> e...
    (rf"(?<=[{CONSONANTS}])yo", "e"),  # Pyotr/Пётр/Petr, Semyonov/Семёнов/Semenov
)

# One left-to-right pass; longer keys win (dzh before zh, shch before sch before ch).
DIGRAPHS: dict[str, str] = {
    "dzh": "j", "shch": "sh", "sch": "sh", "tch": "ch", "zh": "j", "kh": "h", "gh": "g",
    "ts": "c", "tz": "c", "q": "k", "x": "h", "y": "i",
}  # fmt: skip

# Ordered regex rewrites after the digraph pass.
POST_RULES: tuple[tuple[str, str], ...] = (
    (r"(?<=[aeo])i(?=e)", ""),  # -ayev/-aiev/-aev, -eyev/-eev
    (r"iu", "u"),  # ю: yu/iu/u (Yulia/Iuliia/Юлия, Lyudmila/Ludmila)
    (r"([a-z])\1+", r"\1"),  # doubled letters: Kassym/Kasym, Akhmetova/Ahmetova
)

# Name elements whose vowels drift between spellings (Arabic names through Russian, Kazakh and
# Turkic romanisations: Mukhammad, Muhamed, Mohammed, Мұхамет), each folded to one spelling,
# wherever it stands in a word (Mukhammadkarim ≡ Muhamedkarim, Akhmetov ≡ Akhmadov).  Vowels
# are otherwise kept (Marat ≠ Murat): only these elements, written out here, meet across
# vowels, so unrelated names are not pulled together.  Applied to the key after POST_RULES
# (kh/x already h, q already k, doubled letters already single).
NAME_ELEMENTS: tuple[tuple[str, str], ...] = (
    (r"m[ou]ham[ae][dt]", "muhamad"),  # Muhammad, Mukhammed, Mohamed, Muhamet, Мұхаммед
    (r"ahm[ae][dt]", "ahmad"),  # Ahmad, Akhmed, Akhmet, Ахмет, Ахмад
    (r"mahm[ou][dt]", "mahmud"),  # Makhmud, Mahmut, Махмуд
    (r"k[ae]rim", "karim"),  # Karim, Kerim, Кәрім, -kerim, -karim
    (r"r[ae]him", "rahim"),  # Rakhim, Rahym, Рахим, Рехим
)

_PRE = tuple((re.compile(p), r) for p, r in PRE_RULES)
_ELEMENTS = tuple((re.compile(p), r) for p, r in NAME_ELEMENTS)
_POST = tuple((re.compile(p), r) for p, r in POST_RULES)
_DIGRAPH_RE = re.compile("|".join(sorted(DIGRAPHS, key=len, reverse=True)))
_CYRILLIC_TABLE = str.maketrans(CYRILLIC)
_LATIN_TABLE = str.maketrans(LATIN_SPECIAL)
_DROP_TABLE = str.maketrans("", "", MODIFIER_APOSTROPHES + "_")
_NON_WORD = re.compile(r"\W+")
_ASCII_KEY = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _to_ascii(text: str) -> str:
    """Keep [a-z0-9]; other-script letters become ``q<hex>x``; everything else goes."""
    out: list[str] = []
    for ch in text:
        if ch in _ASCII_KEY:
            out.append(ch)
        elif ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif ch.isalnum():
            out.append(f"q{ord(ch):x}x")
    return "".join(out)


@lru_cache(maxsize=100_000)
def fold_name(word: str) -> str:
    """Fold one word (Latin or Cyrillic, any case or diacritics) to its ASCII search key.

    Cached: words recur (Zipf), and folding was a quarter of indexing time uncached."""
    text = POSSESSIVE.sub("", unicodedata.normalize("NFC", word).casefold())
    text = SOFT_SIGN_GLIDE.sub("y", text).translate(_CYRILLIC_TABLE).translate(_LATIN_TABLE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _NON_WORD.sub("", text.translate(_DROP_TABLE))
    for pattern, repl in _PRE:
        text = pattern.sub(repl, text)
    text = _DIGRAPH_RE.sub(lambda m: DIGRAPHS[m.group()], text)
    for pattern, repl in _POST:
        text = pattern.sub(repl, text)
    for pattern, repl in _ELEMENTS:
        text = pattern.sub(repl, text)
    return _to_ascii(text)


# Endings of declined Russian names, longest first: Енсебек-ом, Жыланбаев-ым, Жыланбаев-ой.
RUSSIAN_NAME_ENDINGS: tuple[str, ...] = (
    "ыми", "ами", "ому", "ого", "ым", "ом", "ем", "ой", "ых", "ам", "ах", "а", "у", "е", "ы",
)  # fmt: skip
MIN_NAME_STEM = 4
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщғқңһ")


@lru_cache(maxsize=100_000)
def base_form(word: str) -> str:
    """A Cyrillic name's base form: ``word`` (lowercase) without a Kazakh case/plural suffix,
    or else without one Russian case ending; unchanged for Latin words and short names."""
    word = unicodedata.normalize("NFC", word).casefold()
    if not _CYRILLIC_WORD.search(word):
        return word
    stripped = strip_suffixes(word)
    if stripped != word:
        return stripped
    for ending in RUSSIAN_NAME_ENDINGS:
        stem = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(stem) >= MIN_NAME_STEM
            and stem[-1] in _CYRILLIC_CONSONANTS
        ):
            return stem
    return word


def exact_key(word: str) -> str:
    """Case-folded NFC spelling, no transliteration: for ranking exact-spelling hits first."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", word).casefold())


class NameFoldFilter(Filter):
    """Whoosh filter replacing each token's text with ``fold_name(text)``.

    A Cyrillic word in a case form is indexed twice at the same position: its own key and
    its base form's key (``base_form``); a query searches the word's own key, so the base
    form finds every case form, and a case form still finds its own spelling in any script.
    Tokens that fold to "" are dropped; positions and character offsets are left untouched,
    so highlighting still marks the original words.  Stateless, hence picklable and equal
    to any other instance (Whoosh compares filters by type and ``__dict__``).
    """

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            word = t.text
            folded = fold_name(word)
            if folded:
                t.text = folded
                yield t
            if t.mode != "query":
                base = fold_name(base_form(word))
                if base and base != folded:
                    t.text = base
                    yield t


# \w does not match combining marks, so decomposed input (и + U+0306) must not split words.
NAME_TOKEN_PATTERN = r"[\w\u0300-\u036f]+(?:['’][\w\u0300-\u036f]+)*"


def name_analyzer() -> Analyzer:
    """Tokenizer for Latin + Cyrillic words (possessives kept whole) | lowercase | fold."""
    return RegexTokenizer(NAME_TOKEN_PATTERN) | LowercaseFilter() | NameFoldFilter()
