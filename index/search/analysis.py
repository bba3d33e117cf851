"""Analyzers for the three ways a word is matched.

- ``text``: English words, lowercased, accents folded, stemmed with Snowball (porter2), so
  "running" finds "runs" and "detained" finds "detainees";
- ``exact``: the spelling as written, only lowercased: what the exact-spelling switch searches,
  and what ranks an exact spelling above a variant;
- ``names``: every word folded to a cross-script, cross-romanisation key (see `names`), so
  Енсебек, Еңсебек, Yensebek and Ensebek meet.

No stop words: a phrase of very common words ("the need for") must still match.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    Token,
)
from whoosh.lang.porter2 import stem as porter2_stem
from whoosh.support.charset import accent_map

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


@cache
def text_analyzer() -> Analyzer:
    return (
        _tokenizer()
        | LowercaseFilter()
        | PossessiveFilter()
        | CharsetFilter(accent_map)
        | StemFilter(stemfn=porter2_stem, cachesize=50000)
    )


@cache
def exact_analyzer() -> Analyzer:
    return _tokenizer() | LowercaseFilter() | PossessiveFilter()


@cache
def names_analyzer() -> Analyzer:
    return _tokenizer() | LowercaseFilter() | NameFoldFilter()


def analyze(analyzer: Analyzer, text: str) -> list[tuple[str, int, int]]:
    """(term, start char, end char) for every token: used to mark matches in snippets."""
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True)]
