"""Analyzers for the three ways a word is matched.

- ``text``: words lowercased, accents folded and stemmed by script: Latin words with Snowball
  English (porter2), so "running" finds "runs" and "detained" finds "detainees"; Cyrillic words
  with Snowball Russian, after Kazakh case and plural suffixes are stripped (see `kazakh`), so
  "голодовка" finds "голодовку" and "Мұхаммедкәрімді" finds "Мұхаммедкәрім";
- ``exact``: the spelling as written, only lowercased: what the exact-spelling switch searches,
  and what ranks an exact spelling above a variant;
- ``names``: every word folded to a cross-script, cross-romanisation key (see `names`), so
  Енсебек, Еңсебек, Yensebek and Ensebek meet; a Cyrillic word in a case form is indexed under
  its base form too, so Ensebek finds Енсебека.

No stop words: a phrase of very common words ("the need for") must still match; the ``text``
and ``title`` fields also index common grams (`common_grams`), so such phrases are fast.
The ``names`` field over a whole text indexes only its capitalised words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    Token,
)
from whoosh.lang.porter2 import stem as porter2_stem
from whoosh.lang.snowball.russian import RussianStemmer
from whoosh.support.charset import accent_map

from index.search.common_grams import CommonGramsFilter
from index.search.kazakh import strip_suffixes
from index.search.names import NameFoldFilter

WORD_PATTERN = r"[\w\u0300-\u036f]+(?:['’][\w\u0300-\u036f]+)*"


def _tokenizer() -> RegexTokenizer:
    return RegexTokenizer(WORD_PATTERN)


class PossessiveFilter(Filter):
    """Drop an English possessive ('s, ’s) so "Zhylanbaev’s" is found as "Zhylanbaev"."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.text.endswith(("'s", "’s")) and len(t.text) > 2:
                t.text = t.text[:-2]
            yield t


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_russian_stem = RussianStemmer().stem


@lru_cache(maxsize=100_000)
def stem_word(word: str) -> str:
    """The stem of one lowercased word, by its script: a word with any Cyrillic letter is
    Russian or Kazakh (Kazakh suffixes stripped, then Snowball Russian; ё read as е), any
    other word English (porter2)."""
    if _CYRILLIC.search(word):
        return _russian_stem(strip_suffixes(word.replace("ё", "е")))
    return porter2_stem(word)


class ScriptStemFilter(Filter):
    """Stem each token with `stem_word`. Stateless, so equal to any other instance."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            if not t.stopped:
                t.text = stem_word(t.text)
            yield t


@cache
def text_analyzer() -> Analyzer:
    return (
        _tokenizer()
        | LowercaseFilter()
        | PossessiveFilter()
        | CharsetFilter(accent_map)
        | ScriptStemFilter()
    )


@cache
def text_grams_analyzer() -> Analyzer:
    """`text_analyzer` with common grams (see `common_grams`): the ``text`` and ``title`` fields,
    so phrases of common words are answered from one posting list."""
    return text_analyzer() | CommonGramsFilter()


@cache
def exact_analyzer() -> Analyzer:
    return _tokenizer() | LowercaseFilter() | PossessiveFilter()


@cache
def names_analyzer() -> Analyzer:
    return _tokenizer() | LowercaseFilter() | NameFoldFilter()


class CapitalisedFilter(Filter):
    """When indexing, keep only words written with a capital (or in a script without case):
    names. A query passes whole, so a name typed in lower case is still folded and found.
    Stateless, so equal to any other instance."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            if t.mode == "query":
                yield t
                continue
            first = t.text[:1]
            if first.isupper() or (first.isalpha() and first.lower() == first.upper()):
                yield t


@cache
def names_text_analyzer() -> Analyzer:
    """The ``names`` field over a document's whole text: only its capitalised words are folded
    and indexed (names are written with a capital; the other words are in ``exact`` and
    ``text``): a smaller field, faster to build and to search."""
    return _tokenizer() | CapitalisedFilter() | LowercaseFilter() | NameFoldFilter()


def analyze(analyzer: Analyzer, text: str) -> list[tuple[str, int, int]]:
    """(term, start char, end char) for every token: used to mark matches in snippets."""
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True)]
