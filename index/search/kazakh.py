"""Kazakh case and plural suffixes, stripped for search (never for display).

Kazakh is agglutinative: a noun takes a plural suffix, then (optionally) a possessive one, then
one case suffix, each in a variant chosen by two rules of the written language:

- **vowel harmony**: a suffix's vowel is back (а, ы) after a stem whose last vowel is back
  (а, о, ұ, ы) and front (е, і) after a front one (ә, е, ө, ү, і); и, у and ю are neutral in
  loanwords and names, so they allow either;
- **assimilation of the first consonant** to the stem's last sound: н-/л- after vowels, д-
  after voiced consonants and sonorants, т-/қ-/к- after voiceless consonants (and б в г д,
  which are devoiced at the end of a word).

The table below lists, for every suffix variant, which sounds may come before it.  A suffix is
stripped only when both rules hold, so a word that merely *ends* in the same letters (Russian
"правда", Kazakh "адам") is left alone.

Sources (the rules as they are taught; no text copied):
- Қазақ грамматикасы. Фонетика, сөзжасам, морфология, синтаксис. Астана, 2002 (the Academy
  grammar): the case paradigm (ілік -ның/-нің/-дың/-дің/-тың/-тің, барыс -ға/-ге/-қа/-ке/-на/-не,
  табыс -ны/-ні/-ды/-ді/-ты/-ті, жатыс -да/-де/-та/-те/-нда/-нде, шығыс -дан/-ден/-тан/-тен/
  -нан/-нен) and the plural -лар/-лер/-дар/-дер/-тар/-тер with their conditions;
- R. Muhamedowa, *Kazakh: A Comprehensive Grammar*, Routledge 2016, chapters on nominal
  morphology (same paradigm, with the -на/-не, -нда/-нде forms after the 3rd-person possessive);
- K. A. Krippes, *Kazakh Grammatical Sketch with Affix List*, 1993 (ERIC ED 364 088): the affix
  list used to check the variants;
- the apertium-kaz morphological transducer (Washington, Salimzyanov, Tyers), whose
  phonological rules state the same harmony and assimilation conditions.

Conservative by design, because a wrong strip merges unrelated words:
- only words with a Kazakh-specific letter (ә ғ қ ң ө ұ ү һ і), or suffixes that contain one,
  are touched -- Russian text goes to the Russian stemmer untouched;
- the stem left must keep ``MIN_STEM`` letters and a vowel;
- suffixes are stripped until none is left (at most ``MAX_SUFFIXES``), so a word and its
  suffixed forms always meet: Қарағанды and Қарағандыда reduce alike, as do белсенділер and
  белсенділердің;
- possessive suffixes (-ы/-і/-сы/-сі, -ым/-ім ...) are *not* stripped: they are one or two
  letters that too many stems end in.
"""

from __future__ import annotations

from functools import lru_cache

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
BACK_VOWELS = frozenset("аоұы")
FRONT_VOWELS = frozenset("әеөүіэ")
NEUTRAL_VOWELS = frozenset("иуюяё")
VOWELS = BACK_VOWELS | FRONT_VOWELS | NEUTRAL_VOWELS

# Classes of the sound a suffix may follow.
VOWEL = "аоұыәеөүіэиуюяё"
SONORANT = "лрйуwмнң"  # у here is the consonant [w] after a vowel; harmless as a class
VOICED = "жз"
NASAL = "мнң"
VOICELESS = "кқптсшфхцчщһбвгд"  # б в г д are devoiced word-finally
POSSESSIVE_3 = "ыі"  # -на/-не, -нда/-нде, -нан/-нен come after the 3rd-person -ы/-і/-сы/-сі

# suffix -> the letters the stem may end in before it (harmony is checked separately).
CASE_SUFFIXES: dict[str, str] = {
    # genitive (ілік септік)
    "ның": VOWEL, "нің": VOWEL,
    "дың": SONORANT + VOICED, "дің": SONORANT + VOICED,
    "тың": VOICELESS, "тің": VOICELESS,
    # dative (барыс септік)
    "ға": VOWEL + SONORANT + VOICED, "ге": VOWEL + SONORANT + VOICED,
    "қа": VOICELESS, "ке": VOICELESS,
    "на": POSSESSIVE_3, "не": POSSESSIVE_3,
    # accusative (табыс септік)
    "ны": VOWEL, "ні": VOWEL,
    "ды": SONORANT + VOICED, "ді": SONORANT + VOICED,
    "ты": VOICELESS, "ті": VOICELESS,
    # locative (жатыс септік)
    "да": VOWEL + SONORANT + VOICED, "де": VOWEL + SONORANT + VOICED,
    "та": VOICELESS, "те": VOICELESS,
    "нда": POSSESSIVE_3, "нде": POSSESSIVE_3,
    # ablative (шығыс септік)
    "дан": VOWEL + "лрйуwжз", "ден": VOWEL + "лрйуwжз",
    "тан": VOICELESS, "тен": VOICELESS,
    "нан": NASAL + POSSESSIVE_3, "нен": NASAL + POSSESSIVE_3,
}  # fmt: skip

PLURAL_SUFFIXES: dict[str, str] = {
    "лар": VOWEL + "рйуw", "лер": VOWEL + "рйуw",
    "дар": "лмнңжз", "дер": "лмнңжз",
    "тар": VOICELESS, "тер": VOICELESS,
}  # fmt: skip

MAX_SUFFIXES = 3
"""Plural + possessive-3 case + case is the longest chain stripped (үйлерінде → үйлері → үй...)."""

MIN_STEM = 3
"""Letters a stem keeps after stripping (ана-ның → ана, never а-ның → а)."""


ALL_SUFFIXES = {**CASE_SUFFIXES, **PLURAL_SUFFIXES}


def _harmony_ok(stem: str, suffix: str) -> bool:
    suffix_back = any(ch in "аы" for ch in suffix)
    for ch in reversed(stem):
        if ch in BACK_VOWELS:
            return suffix_back
        if ch in FRONT_VOWELS:
            return not suffix_back
        if ch in NEUTRAL_VOWELS:
            return True
    return False  # no vowel at all: not a stem


def _strip_one(word: str, table: dict[str, str], gated: bool) -> str:
    for suffix in sorted(table, key=len, reverse=True):
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if len(stem) < MIN_STEM or not any(ch in VOWELS for ch in stem):
            continue
        if not gated and not KAZAKH_LETTERS.intersection(suffix):
            continue
        if stem[-1] in table[suffix] and _harmony_ok(stem, suffix):
            return stem
    return word


@lru_cache(maxsize=100_000)
def strip_suffixes(word: str) -> str:
    """``word`` (lowercase Cyrillic) without one case suffix and one plural suffix, when the
    Kazakh rules allow it; otherwise ``word`` unchanged."""
    gated = bool(KAZAKH_LETTERS.intersection(word))
    for _ in range(MAX_SUFFIXES):
        stem = _strip_one(word, ALL_SUFFIXES, gated)
        if stem == word:
            break
        word = stem
    return word
