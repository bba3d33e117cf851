"""Snippets with the matched words marked, for every way a word can match.

Whoosh's highlighter marks one field's terms; a Muragat hit may match through the exact, the
stemmed or the folded field, so the spans of all three are merged: searching Енсебек marks
"Ensebek".
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

from index.search.analysis import (
    WORD_PATTERN,
    exact_analyzer,
    names_analyzer,
    text_analyzer,
)

SNIPPET_CHARS = 240
_KINDS = {
    "exact": "exact",
    "text": "text",
    "names": "names",
    "title": "text",
    "person": "names",
    "place": "names",
    "court": "text",
}
"""Which analyser made each field's terms (fields sharing one are matched in one pass)."""
_ANALYZERS = {"exact": exact_analyzer, "text": text_analyzer, "names": names_analyzer}
_WORD = re.compile(WORD_PATTERN)


@lru_cache(maxsize=200_000)
def _word_terms(kind: str, word: str) -> frozenset[str]:
    """The terms one word becomes under one analyser. Every filter after the tokenizer works
    token by token, so a word analysed alone gives what it gives inside its text."""
    return frozenset(t.text for t in _ANALYZERS[kind]()(word))


def match_spans(
    text: str,
    terms: dict[str, set[str]],
    memo: dict[str, bool] | None = None,
    phrases: Iterable[tuple[str, tuple[str, ...]]] = (),
) -> list[tuple[int, int]]:
    """Merged (start, end) character spans of ``text`` that match any query term: one pass
    over the words, each distinct word analysed once (and remembered across hits). ``memo``
    (word → matches), shared by the hits of one search, spares asking again per hit.
    ``phrases`` ((field, analysed words)) are marked only where their words stand together,
    from the first to the last (a word of the phrase elsewhere is no match)."""
    spans = _term_spans(text, terms, memo)
    phrases = list(phrases)
    if not phrases:
        return spans
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans + _phrase_spans(text, phrases)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _phrase_spans(text: str, phrases: list[tuple[str, tuple[str, ...]]]) -> list[tuple[int, int]]:
    """Where each phrase's words follow one another in ``text`` (words its field's analyser
    drops, stop words, in between as the index skips them)."""
    words = list(_WORD.finditer(text))
    found: list[tuple[int, int]] = []
    for fieldname, wanted in phrases:
        kind = _KINDS.get(fieldname)
        if kind is None or not wanted:
            continue
        kept = [(m, terms) for m in words if (terms := _word_terms(kind, m.group()))]
        size = len(wanted)
        for n in range(len(kept) - size + 1):
            if all(wanted[k] in kept[n + k][1] for k in range(size)):
                found.append((kept[n][0].start(), kept[n + size - 1][0].end()))
    return found


def _term_spans(
    text: str, terms: dict[str, set[str]], memo: dict[str, bool] | None
) -> list[tuple[int, int]]:
    wanted: dict[str, set[str]] = {}
    for fieldname, values in terms.items():
        kind = _KINDS.get(fieldname)
        if kind is not None and values:
            wanted.setdefault(kind, set()).update(values)
    merged: list[tuple[int, int]] = []
    if not wanted:
        return merged
    checks = list(wanted.items())
    memo = {} if memo is None else memo
    for m in _WORD.finditer(text):
        word = m.group()
        found = memo.get(word)
        if found is None:
            found = False
            for kind, values in checks:
                if not values.isdisjoint(_word_terms(kind, word)):
                    found = True
                    break
            memo[word] = found
        if found:
            start, end = m.span()
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
    return merged


def _window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    if len(text) <= width or not spans:
        return 0, min(len(text), width)
    best, best_count = spans[0][0], 0
    for start, _ in spans:
        count = sum(1 for s, _ in spans if start <= s < start + width)
        if count > best_count:
            best, best_count = start, count
    begin = max(0, best - width // 4)
    begin = text.rfind(" ", 0, begin) + 1 if begin else 0
    end = min(len(text), begin + width)
    if end < len(text):
        cut = text.rfind(" ", begin, end)
        end = cut if cut > begin else end
    return begin, end


def snippet_html(text: str, spans: Iterable[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """An escaped excerpt around the densest matches, each wrapped in ``<mark>``."""
    spans = list(spans)
    begin, end = _window(text, spans, width)
    out = ["…" if begin else ""]
    pos = begin
    for start, stop in spans:
        if stop <= begin or start >= end:
            continue
        start, stop = max(start, begin), min(stop, end)
        out += [html.escape(text[pos:start]), "<mark>", html.escape(text[start:stop]), "</mark>"]
        pos = stop
    out.append(html.escape(text[pos:end]))
    out.append("…" if end < len(text) else "")
    # a list's or table's lines (U+2028 inside one paragraph) read as one line in a result
    return "".join(out).replace("\n", " · ").replace("\u2028", " · ")
