"""Snippets with the matched words marked, for every way a word can match.

Whoosh's highlighter marks one field's terms; a Muragat hit may match through the exact, the
stemmed or the folded field, so the spans of all three are merged: searching Енсебек marks
"Ensebek".
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from index.search.analysis import analyze, exact_analyzer, names_analyzer, text_analyzer

SNIPPET_CHARS = 240
_ANALYZERS = {
    "exact": exact_analyzer,
    "text": text_analyzer,
    "names": names_analyzer,
    "title": text_analyzer,
    "person": names_analyzer,
    "place": names_analyzer,
    "court": text_analyzer,
}


def match_spans(text: str, terms: dict[str, set[str]]) -> list[tuple[int, int]]:
    """Merged (start, end) character spans of ``text`` that match any query term."""
    spans: set[tuple[int, int]] = set()
    for fieldname, wanted in terms.items():
        make = _ANALYZERS.get(fieldname)
        if make is None or not wanted:
            continue
        for term, start, end in analyze(make(), text):
            if term in wanted:
                spans.add((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
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
