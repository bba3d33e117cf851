"""Indexed words within an edit distance of a typed word: what a fuzzy term stands for, and
what "Did you mean" offers (issue 23).

Over an index of several segments Whoosh answers both (``reader.terms_within``, and
``searcher.suggest`` through its ``ReaderCorrector``) by walking every indexed word that shares
the typed word's first letters through the segments' merged term lists, then computing each
word's Damerau-Levenshtein distance in Python: a misspelt name took 0.2 s at 10,000 imported
documents (22 segments), most of a keystroke's search. Here the same words come out, in the
same order, from:

- the words sharing the prefix, read through Whoosh once per searcher (one generation of the
  index) and kept on its reader;
- a length check (an edit changes the length by one at most), then the distance computed by the
  compiled extension (`index.search._postings.within`: the optimal-string-alignment distance
  ``whoosh.support.levenshtein`` computes) or, without it or with ``MURAGAT_PLAIN_POSTINGS``
  set, by Whoosh's own function.

A reader that answers ``terms_within`` its own way (one segment: Whoosh's automaton) is asked as
before. Tests compare the words and the suggestions with Whoosh's, both ways.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Callable

from whoosh.reading import IndexReader
from whoosh.support.levenshtein import distance

CHECK_EVERY = 64
"""Words read between two calls of the caller's ``check`` (its budget, its cancellation)."""


def _compiled():
    from index.search import fast

    return fast.C if fast.C is not None and not os.environ.get(fast.SWITCH) else None


def _walks_prefix(reader) -> bool:
    """Whether this reader's ``terms_within`` is Whoosh's general one (every word of the
    prefix, its distance computed in Python): the one this module answers for."""
    return getattr(type(reader), "terms_within", None) is IndexReader.terms_within


def prefix_words(
    reader, fieldname: str, prefix: str, check: Callable[[], None] | None = None
) -> list[str]:
    """The field's words starting with ``prefix``, in the index's order, kept on the reader.
    ``check`` is called every `CHECK_EVERY` words read (it may raise to stop: nothing is kept)."""
    cache = reader.__dict__.setdefault("_muragat_prefix_words", {})
    key = (fieldname, prefix)
    words = cache.get(key)
    if words is None:
        from_bytes = reader.schema[fieldname].from_bytes
        words = []
        for n, btext in enumerate(reader.expand_prefix(fieldname, prefix)):
            if check is not None and n % CHECK_EVERY == 0:
                check()
            words.append(from_bytes(btext))
        cache[key] = words
    return words


def words_within(
    reader,
    fieldname: str,
    text: str,
    maxdist: int,
    prefix: int = 0,
    check: Callable[[], None] | None = None,
) -> list[str]:
    """``reader.terms_within(fieldname, text, maxdist, prefix)``, as a list."""
    if not _walks_prefix(reader):
        found = []
        for n, word in enumerate(reader.terms_within(fieldname, text, maxdist, prefix=prefix)):
            if check is not None and n % CHECK_EVERY == 0:
                check()
            found.append(word)
        return found
    words = prefix_words(reader, fieldname, text[:prefix], check)
    compiled = _compiled()
    if compiled is not None:
        return [words[n] for n in compiled.within(words, text, maxdist)]
    size = len(text)
    return [
        w
        for w in words
        if abs(len(w) - size) <= maxdist and distance(w, text, limit=maxdist) <= maxdist
    ]


def suggest(searcher, fieldname: str, text: str, limit: int = 5, maxdist: int = 2, prefix: int = 0):
    """``searcher.suggest(fieldname, text, limit, maxdist, prefix)``: Whoosh's
    ``ReaderCorrector`` ranking (the commonest words first; the word itself never)."""
    reader = searcher.reader()
    sugfield = reader.schema[fieldname].spelling_fieldname(fieldname)
    heap: list[tuple[float, str]] = []
    for sug in words_within(reader, sugfield, text, maxdist, prefix):
        if sug == text:
            continue
        f = reader.frequency(fieldname, sug) or 1
        item = (0 - (maxdist + (1.0 / f * 0.5)), sug)
        if len(heap) < limit:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)
    return [sug for _, sug in sorted(heap, key=lambda x: (0 - x[0], x[1]))]
