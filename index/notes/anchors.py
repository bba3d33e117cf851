"""Re-find a quoted passage after the text changed, or say it cannot be found with confidence.

A passage note stores W3C TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector
(start, end). When the paragraph's text changes (a new edition, an edited import):

1. the quote is still at its position → nothing to do;
2. the quote occurs once in the paragraph → move there;
3. it occurs several times → the occurrence whose surrounding text best matches prefix and
   suffix, if one clearly wins; otherwise the note is an orphan (ambiguous);
4. it no longer occurs → if prefix and suffix each occur once, in order, and what lies between
   is close to the old quote (a word changed inside it), anchor to that, flagged "changed";
   otherwise an orphan.

Never a guess: a note is attached to other words only when the context vouches for it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

CONTEXT_CHARS = 32
MIN_QUOTE_SIMILARITY = 0.75


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: str
    changed: bool = False
    """The quoted words themselves changed (case 4): the note should show the new quote."""


@dataclass(frozen=True)
class Quote:
    exact: str
    prefix: str
    suffix: str
    start: int | None = None
    end: int | None = None


def make_quote(text: str, start: int, end: int) -> Quote:
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"selection {start}–{end} is outside the text ({len(text)} characters)")
    return Quote(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``needle``."""
    found, pos = [], text.find(needle)
    while pos != -1 and needle:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _context_score(text: str, pos: int, quote: Quote) -> int:
    before = text[max(0, pos - len(quote.prefix)) : pos]
    after = text[pos + len(quote.exact) : pos + len(quote.exact) + len(quote.suffix)]
    return _common_suffix(before, quote.prefix) + _common_prefix(after, quote.suffix)


def locate(text: str, quote: Quote) -> Anchor | None:
    """Where ``quote`` is in ``text`` now, or None when it cannot be placed with confidence."""
    exact = quote.exact
    if not exact:
        return None
    if quote.start is not None and text[quote.start : quote.start + len(exact)] == exact:
        return Anchor(quote.start, quote.start + len(exact), exact)
    hits = occurrences(text, exact)
    if len(hits) == 1:
        return Anchor(hits[0], hits[0] + len(exact), exact)
    if len(hits) > 1:
        scored = sorted(((_context_score(text, p, quote), p) for p in hits), reverse=True)
        (best, pos), (second, _) = scored[0], scored[1]
        if best > second and best >= min(8, len(quote.prefix) + len(quote.suffix)):
            return Anchor(pos, pos + len(exact), exact)
        return None
    return _between_context(text, quote)


def _between_context(text: str, quote: Quote) -> Anchor | None:
    if len(quote.prefix) < 8 or len(quote.suffix) < 8:
        return None
    before = occurrences(text, quote.prefix)
    after = occurrences(text, quote.suffix)
    if len(before) != 1 or len(after) != 1:
        return None
    start = before[0] + len(quote.prefix)
    end = after[0]
    if end <= start:
        return None
    candidate = text[start:end]
    similarity = difflib.SequenceMatcher(None, candidate, quote.exact).ratio()
    if similarity < MIN_QUOTE_SIMILARITY:
        return None
    return Anchor(start, end, candidate, changed=True)
