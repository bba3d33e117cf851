"""The postings of a text field, worked out once per distinct word (issue 23: build rate).

Whoosh indexes a field by running its analyser over the text: a chain of generators that
passes every word of every document through every filter (lowercase, possessive, accents,
stemming, name folding), then groups the tokens by term (`whoosh.formats.Positions`). The
words are Zipfian — most of them recur thousands of times — and every filter of ours maps one
word to its terms without looking at its neighbours, so `TermPositions` runs the analyser's
own filters once per distinct word (kept in a bounded memo, `MEMO_WORDS`), and for each
document only splits the text (the tokenizer's own pattern, ``findall``), looks the words up
and groups the positions. Common grams (`common_grams.CommonGramsFilter`, the one filter that
does look at the neighbour) are paired the way that filter pairs them.

What is indexed does not change: the terms, positions, frequencies, weights and encoded
values are those `Positions.word_values` gives (tests/test_term_positions.py compares every
posting of indexes built both ways). The plain path is kept: an analyser whose parts are not
all known here (another tokenizer, a filter that may look at its neighbours or stop a word),
a list value, a query, or `FAST` turned off go through `Positions.word_values` unchanged.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pickle import dumps
from sys import intern
from typing import Any

from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    Token,
)
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.formats import Positions
from whoosh.system import pack_uint

from index.search.common_grams import GRAM_MARK, CommonGramsFilter, common_stems

FAST = os.environ.get("MURAGAT_PLAIN_INDEXING", "") in ("", "0")
"""Whether `TermPositions` takes its fast path (tests and benchmarks build both ways;
``MURAGAT_PLAIN_INDEXING=1`` turns it off, and `whoosh_writer` with it)."""

MEMO_WORDS = 1 << 15
"""Distinct words whose terms one analyser keeps: the first this many seen, about 5 MB (the
words and terms are interned, so the analysers share them). Past it a new word is analysed
each time it comes: words are Zipfian, and the frequent ones come first (in 1,000 documents
of the benchmark corpus, the 32,768 most frequent of 91,000 distinct words are 94 % of the
text)."""


def _word_filters() -> tuple[type, ...]:
    """Filters that map each token to its terms alone, at its position, stopping none."""
    from index.search.analysis import CapitalisedFilter, PossessiveFilter, ScriptStemFilter
    from index.search.names import NameFoldFilter

    return (
        LowercaseFilter,
        CharsetFilter,
        PossessiveFilter,
        ScriptStemFilter,
        CapitalisedFilter,
        NameFoldFilter,
    )


class _Plan:
    """How to index with one analyser: its tokenizer's pattern, its per-word filters run on
    one word at a time (memoised), and whether common grams are paired."""

    def __init__(self, analyzer: CompositeAnalyzer) -> None:
        self.findall = analyzer.items[0].expression.findall
        self.filters = analyzer.items[1:]
        self.grams = isinstance(self.filters[-1], CommonGramsFilter)
        if self.grams:
            self.filters = self.filters[:-1]
        self.common = common_stems()
        self.memo: dict[str, tuple[str, ...]] = {}

    def terms(self, word: str) -> tuple[str, ...]:
        """The terms the analyser's filters give ``word`` when indexing, in their order."""
        token = Token(positions=True, boosts=True, removestops=True, mode="index")
        token.text, token.boost, token.stopped, token.pos = word, 1.0, False, 0
        stream: Iterable[Token] = iter((token,))
        for item in self.filters:
            stream = item(stream)
        return tuple(intern(t.text) for t in stream)


def _plan_for(analyzer: Any) -> _Plan | None:
    """A plan if every part of ``analyzer`` is known to analyse words one at a time; None
    (the plain path) otherwise, and if Whoosh's analysers no longer look as read here."""
    try:
        return _checked_plan(analyzer)
    except (AttributeError, IndexError, TypeError):
        return None


def _checked_plan(analyzer: Any) -> _Plan | None:
    if type(analyzer) is not CompositeAnalyzer or len(analyzer.items) < 2:
        return None
    tokenizer, filters = analyzer.items[0], analyzer.items[1:]
    if type(tokenizer) is not RegexTokenizer or tokenizer.gaps:
        return None
    if tokenizer.expression.groups:  # findall would give the groups, not the matches
        return None
    if isinstance(filters[-1], CommonGramsFilter):
        filters = filters[:-1]
    known = _word_filters()
    if not filters or any(type(f) not in known for f in filters):
        return None
    return _Plan(analyzer)


def _shape(analyzer: Any) -> tuple:
    """What makes two analysers analyse alike: each part's class and settings (a Whoosh
    writer unpickles its schema afresh, so equal analysers come as new objects)."""
    parts: list[tuple] = []
    for item in analyzer.items:
        if type(item) is RegexTokenizer:
            expression = item.expression
            parts.append((RegexTokenizer, expression.pattern, expression.flags, item.gaps))
        elif type(item) is CharsetFilter:
            parts.append((CharsetFilter, tuple(sorted(item.charmap.items()))))
        else:
            parts.append((type(item), tuple(sorted(vars(item).items()))))
    return tuple(parts)


_by_shape: dict[tuple, _Plan | None] = {}
"""One plan (and one memo) per kind of analyser, however many copies of the schema are read."""
_by_id: dict[int, tuple[Any, _Plan | None]] = {}
"""The plan of each analyser object seen lately (holding it, so its id is not reused)."""
MAX_ANALYSERS = 256


def _plan(analyzer: Any) -> _Plan | None:
    found = _by_id.get(id(analyzer))
    if found is not None and found[0] is analyzer:
        return found[1]
    try:
        shape = _shape(analyzer)
    except (AttributeError, TypeError):  # not a composite of hashable settings: plain path
        shape, plan = None, None
    if shape is not None:
        if shape not in _by_shape:
            _by_shape[shape] = _plan_for(analyzer)
        plan = _by_shape[shape]
    if len(_by_id) >= MAX_ANALYSERS:
        _by_id.clear()
    _by_id[id(analyzer)] = (analyzer, plan)
    return plan


def forget() -> None:
    """Empty every analyser's memo (tests and benchmarks start a build cold)."""
    for plan in _by_shape.values():
        if plan is not None:
            plan.memo.clear()


_ONE: dict[int, bytes] = {}
"""The pickled position of a term seen once, by that position (most terms of a document)."""
_COUNT_ONE = pack_uint(1)


def _encode(positions: list[int]) -> bytes:
    """`Positions.encode`: the count, then the position deltas pickled. Always a new bytes
    object: Whoosh pickles a block's values together, and pickle writes an object it has
    seen once as a reference, so a shared object would change the postings file's bytes."""
    if len(positions) == 1:
        pos = positions[0]
        pickled = _ONE.get(pos)
        if pickled is None:
            pickled = _ONE[pos] = dumps([pos], 2)
        return _COUNT_ONE + pickled
    deltas, base = [], 0
    for pos in positions:
        deltas.append(pos - base)
        base = pos
    return pack_uint(len(deltas)) + dumps(deltas, 2)


def _positions(plan: _Plan, text: str) -> dict[str, list[int]]:
    """term → its positions in ``text``, in the order the analyser yields them."""
    memo, terms_of = plan.memo, plan.terms
    poses: defaultdict[str, list[int]] = defaultdict(list)
    if not plan.grams:
        for pos, word in enumerate(plan.findall(text)):
            terms = memo.get(word)
            if terms is None:
                terms = terms_of(word)
                if len(memo) < MEMO_WORDS:
                    memo[intern(word)] = terms
            for term in terms:
                poses[term].append(pos)
        return poses
    common = plan.common
    previous, previous_pos, previous_common = "", 0, False
    for pos, word in enumerate(plan.findall(text)):
        terms = memo.get(word)
        if terms is None:
            terms = terms_of(word)
            if len(memo) < MEMO_WORDS:
                memo[intern(word)] = terms
        for term in terms:
            poses[term].append(pos)
            is_common = term in common
            if previous_common and is_common:  # as CommonGramsFilter pairs them
                poses[f"{GRAM_MARK}{previous} {term}"].append(previous_pos)
            previous, previous_pos, previous_common = term, pos, is_common
    return poses


class TermPositions(Positions):
    """`Positions`, with a text analysed once per distinct word (see the module)."""

    def word_values(
        self, value: Any, analyzer: Any, **kwargs: Any
    ) -> Iterable[tuple[str, int, float, bytes]]:
        plan = _plan(analyzer) if FAST and isinstance(value, str) else None
        if plan is None or kwargs != {"mode": "index"}:
            return super().word_values(value, analyzer, **kwargs)
        boost = self.field_boost
        return [
            (term, len(poslist), len(poslist) * boost, _encode(poslist))
            for term, poslist in _positions(plan, value).items()
        ]


def with_term_positions(field: Any) -> Any:
    """``field`` (a Whoosh field with positions) indexed through `TermPositions`."""
    if type(field.format) is Positions:
        field.format = TermPositions(field_boost=field.format.field_boost)
    return field
