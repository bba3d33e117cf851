"""Common grams: phrases of very common words answered from one posting list.

A phrase such as "of the" is slow in Whoosh: its positional matcher (pure Python) walks the
positions of every document holding "of" and "the" — nearly all of them. Lucene's
CommonGramsFilter answers such phrases from the index instead: neighbouring words are also
indexed as one term, at the first word's position. Lucene pairs a word with its neighbour when
either is common; measured here (tests/bench/scale_bench.py, docs/bench/search-at-scale.md) that
doubled the build time and the index for no gain on phrases like "freedom of expression" (the
rare word already narrows those), so a pair is indexed only when **both** words are common. A
phrase is searched as its pairs (where both words are common) and single words (elsewhere), at
consecutive positions: "of the" is the one term "+of the", "in the Supreme Court" is
[+in the, the, suprem, court].

The pair terms start with `GRAM_MARK`, which no word can hold: a prefix or wildcard search
never expands to them, and highlighting knows them apart. Words are compared after stemming,
so `common_stems` holds the stems the ``text`` analyser gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from whoosh.analysis import Filter, Token

GRAM_MARK = "+"

COMMON_WORDS = """
a an and are as at be been but by for from had has have he her his if in into is it its not of
on or she that the their there they this to was were which who will with would
и в во не что на с со как а то по к у за из о об от до для же бы ли но или это его ее её их
және мен бен пен да де та те үшін бұл ол осы деп
"""
"""Function words of English, Russian and Kazakh: the pairs they make are the phrases whose
positional search is slow (every document holds both words)."""


@cache
def common_stems() -> frozenset[str]:
    """`COMMON_WORDS` as the ``text`` analyser stems them (imported late: no import cycle)."""
    from index.search.analysis import stem_word

    return frozenset(stem_word(w) for w in COMMON_WORDS.split())


@cache
def common_name_keys() -> frozenset[str]:
    """`COMMON_WORDS` folded as the ``names`` field folds words: a phrase holding one is not
    a name, and is not searched as one."""
    from index.search.names import fold_name

    return frozenset(fold_name(w) for w in COMMON_WORDS.split())


def gram(first: str, second: str) -> str:
    return f"{GRAM_MARK}{first} {second}"


def is_gram(term: str) -> bool:
    return term.startswith(GRAM_MARK)


def gram_words(term: str) -> list[str]:
    return term[len(GRAM_MARK) :].split(" ")


class CommonGramsFilter(Filter):
    """After stemming: every token, and when indexing, the pair of it and the next token
    (at its position) wherever both are common. In query mode only the words: the query side
    builds its pairs itself (`phrase_terms`). Stateless, hence picklable and equal to any
    other instance."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        common = common_stems()
        previous: tuple[str, int, int, bool] | None = None
        for t in tokens:
            if t.mode == "query" or t.stopped:
                yield t
                continue
            text = t.text
            pos, start = getattr(t, "pos", 0), getattr(t, "startchar", 0)
            is_common = text in common
            yield t
            if previous is not None and previous[3] and is_common:
                t.text, t.pos, t.startchar = gram(previous[0], text), previous[1], previous[2]
                yield t
                t.text, t.pos, t.startchar = text, pos, start
            previous = (text, pos, start, is_common)


def phrase_terms(words: list[str]) -> list[str]:
    """The terms, at consecutive positions, that find this phrase of analysed words in a field
    indexed with `CommonGramsFilter`: the pair at each position where the word and the next
    are both common, the word itself elsewhere; the last word only if no pair covers it."""
    common = common_stems()
    out: list[str] = []
    covered = False
    for n, word in enumerate(words):
        nxt = words[n + 1] if n + 1 < len(words) else None
        if nxt is not None and word in common and nxt in common:
            out.append(gram(word, nxt))
            covered = True
        elif nxt is None and covered:
            break
        else:
            out.append(word)
            covered = False
    return out
