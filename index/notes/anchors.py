"""Where a quoted passage is, or why it cannot be placed with confidence — one algorithm for
every path: a note added with ``--quote``, a W3C annotation imported, a note re-anchored after
the text changed.

A passage is given by W3C TextQuoteSelector (exact, prefix, suffix), with a position
(paragraph, start) as a hint. Text is compared whitespace-normalised: any run of spaces,
no-break spaces (U+00A0, U+202F), line breaks or tabs counts as one space, so a quote typed
with an ordinary space finds the report's "Article 174" with a no-break space.

1. Every occurrence of the quote, in every paragraph given, is a candidate.
2. One candidate → there. Several → those whose surroundings agree with prefix and suffix
   (context runs across paragraph ends: a prefix may end the previous paragraph); among them
   the one matching the most context characters, if it is strictly ahead.
3. Still several → the one at the position hint, if any is there; otherwise *ambiguous*: the
   quote is refused and the candidates are listed. Never the first one by default.
4. None (re-anchoring only) → if prefix and suffix each occur once, in order, around words
   close to the old quote (a word changed inside it), anchor to that, flagged "changed".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from index.errors import QT_TRANSLATE_NOOP, KnownError, Message

CONTEXT_CHARS = 32
MIN_QUOTE_SIMILARITY = 0.75
MAX_CANDIDATES_SHOWN = 8
_SPACE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: str
    changed: bool = False
    """The quoted words themselves changed (case 4): the note should show the new quote."""
    para_id: str | None = None


@dataclass(frozen=True)
class Quote:
    exact: str
    prefix: str
    suffix: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Candidate:
    para_id: str | None
    start: int
    end: int
    context: str
    """The candidate with a few words around it, for the user to choose from."""


class QuoteNotFound(KnownError):
    """The quoted words are in none of the paragraphs searched."""


@dataclass
class AmbiguousQuote(KnownError):
    """The quote occurs several times and nothing given settles which one is meant."""

    exact: str
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def message(self) -> Message:
        shown = self.candidates[:MAX_CANDIDATES_SHOWN]
        more = len(self.candidates) - len(shown)
        lines = "; ".join(
            f"{c.para_id + ' ' if c.para_id else ''}@{c.start}: …{c.context}…" for c in shown
        )
        values = {"quote": _short(self.exact), "count": len(self.candidates), "candidates": lines}
        if more:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the quote {quote!r} occurs {count} times and its context does not settle "
                    "which one is meant (give a prefix/suffix or the occurrence); candidates: "
                    "{candidates}; and {more} more",
                ),
                more=more,
                **values,
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the quote {quote!r} occurs {count} times and its context does not settle "
                "which one is meant (give a prefix/suffix or the occurrence); candidates: "
                "{candidates}",
            ),
            **values,
        )

    def __str__(self) -> str:
        return str(self.message)


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


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


def normalise(text: str) -> str:
    """``text`` with every run of white space (no-break spaces, line breaks) as one space."""
    return _SPACE.sub(" ", text)


@dataclass
class _Normalised:
    text: str
    starts: list[int]
    ends: list[int]
    """Original offsets of each normalised character's first and past-last character."""


def _normalised(text: str) -> _Normalised:
    out, starts, ends, pos = [], [], [], 0
    for m in _SPACE.finditer(text):
        for i in range(pos, m.start()):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        out.append(" ")
        starts.append(m.start())
        ends.append(m.end())
        pos = m.end()
    for i in range(pos, len(text)):
        out.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    return _Normalised("".join(out), starts, ends)


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


@dataclass
class _Hit:
    para_id: str | None
    start: int
    end: int
    score: int
    agrees: bool
    context: str


def find(
    paragraphs: Sequence[tuple[str | None, str]],
    quote: Quote,
    hint_para: str | None = None,
    allow_changed: bool = False,
) -> Anchor:
    """Where ``quote`` is among ``paragraphs`` ((id, text) in reading order). Raises
    `QuoteNotFound` or `AmbiguousQuote` (with the candidates); see the module docstring."""
    exact = normalise(quote.exact)
    if not exact.strip():
        raise QuoteNotFound(QT_TRANSLATE_NOOP("Errors", "the quote is empty"))
    prefix, suffix = normalise(quote.prefix), normalise(quote.suffix)
    norms = [_normalised(text) for _, text in paragraphs]
    hits: list[_Hit] = []
    for k, ((para_id, text), norm) in enumerate(zip(paragraphs, norms, strict=True)):
        for a in occurrences(norm.text, exact):
            b = a + len(exact)
            before = norm.text[:a]
            if len(before) < len(prefix) and k > 0:
                before = norms[k - 1].text + " " + before
            after = norm.text[b:]
            if len(after) < len(suffix) and k + 1 < len(norms):
                after = after + " " + norms[k + 1].text
            pre = _common_suffix(before, prefix)
            post = _common_prefix(after, suffix)
            agrees = (pre == len(prefix) or pre == len(before)) and (
                post == len(suffix) or post == len(after)
            )
            start, end = norm.starts[a], norm.ends[b - 1]
            context = normalise(text[max(0, start - 24) : min(len(text), end + 24)])
            hits.append(_Hit(para_id, start, end, pre + post, agrees, context))
    if not hits:
        if allow_changed and hint_para is not None:
            for para_id, text in paragraphs:
                if para_id == hint_para:
                    changed = _between_context(text, quote)
                    if changed:
                        return Anchor(changed.start, changed.end, changed.exact, True, para_id)
        raise QuoteNotFound(
            QT_TRANSLATE_NOOP("Errors", "the quoted text is not in the document: {quote!r}"),
            quote=_short(quote.exact),
        )
    chosen = _choose(hits, quote, hint_para, has_context=bool(prefix or suffix))
    if chosen is None:
        raise AmbiguousQuote(
            quote.exact, [Candidate(h.para_id, h.start, h.end, h.context) for h in hits]
        )
    text = dict(paragraphs)[chosen.para_id] if chosen.para_id is not None else paragraphs[0][1]
    return Anchor(chosen.start, chosen.end, text[chosen.start : chosen.end], para_id=chosen.para_id)


def _choose(hits: list[_Hit], quote: Quote, hint_para: str | None, has_context: bool):
    if len(hits) == 1:
        return hits[0]
    pool = hits
    if has_context:
        agreeing = [h for h in hits if h.agrees]
        if agreeing:
            pool = agreeing
        else:  # the context changed too: only a clear winner on what still matches
            ranked = sorted(hits, key=lambda h: h.score, reverse=True)
            needed = min(8, len(quote.prefix) + len(quote.suffix))
            if ranked[0].score > ranked[1].score and ranked[0].score >= needed:
                return ranked[0]
            pool = hits
        if len(pool) == 1:
            return pool[0]
        ranked = sorted(pool, key=lambda h: h.score, reverse=True)
        if ranked[0].score > ranked[1].score:
            return ranked[0]
    if quote.start is not None:
        at_hint = [
            h
            for h in pool
            if h.start == quote.start and (hint_para is None or h.para_id == hint_para)
        ]
        if len(at_hint) == 1:
            return at_hint[0]
    return None


def locate(text: str, quote: Quote) -> Anchor | None:
    """Where ``quote`` is in one paragraph's ``text`` now, or None when it cannot be placed
    with confidence (re-anchoring within a paragraph; `find` says why)."""
    try:
        return find([(None, text)], quote, hint_para=None, allow_changed=False)
    except QuoteNotFound:
        found = _between_context(text, quote)
        return found
    except AmbiguousQuote:
        return None


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
