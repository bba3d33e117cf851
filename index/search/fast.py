"""The postings evaluation of `index.search.postings`, on arrays, in compiled code (issue 23).

The same evaluation as `postings._Segment` — the same documents, the same scores (the same
floating-point operations in the same order, so the same doubles), the same totals and the same
estimates when the budget runs out — with a term's postings decoded, scored, combined and
checked for phrases by the C extension `index.search._postings` (built by ``scripts/setup``)
instead of Python's pickle, zlib and dict algebra. Documents and scores travel as bytes: uint32
document numbers (ascending) and doubles.

Called only from `postings.evaluate`; reads nothing private of Whoosh's itself (the posting
extents come from `postings.term_postings`: Whoosh's internals stay in that one module). Used
when the extension was built and imports, and ``MURAGAT_PLAIN_POSTINGS`` is not set in the
environment (the switch tests and A/B measurements use); otherwise, and for any query whose
postings are not in the shape the extension reads (another Whoosh version, say), the plain
Python path answers: the extension raises ValueError, this module `Unexpected`, logged once,
never to the caller; the compiled path is then given up for the rest of the process.
"""

from __future__ import annotations

import logging
import os
from array import array
from typing import Any

from whoosh import query as Q
from whoosh.query.positional import Phrase

from index.search.postings import (
    _BYTE_LENGTHS,
    OutOfTime,
    Uncountable,
    _Clock,
    _length_bytes,
    _narrows,
    _Scorer,
    _Segment,
    term_postings,
)

try:
    from index.search import _postings as C
except ImportError:  # not built (a checkout without a compiler): the plain path answers
    C = None

log = logging.getLogger(__name__)

SWITCH = "MURAGAT_PLAIN_POSTINGS"
"""Set (to anything but empty) in the environment: every query takes the plain Python path."""

EMPTY = (b"", b"")
_TABLE = array("d", _BYTE_LENGTHS).tobytes()
_turned_off: str | None = None
"""Why the compiled path was given up in this process (the first postings it could not read),
or None while it is in use."""


class Unexpected(Exception):
    """Whoosh's postings are not in the shape this module reads: the plain path answers."""


def enabled() -> bool:
    return C is not None and _turned_off is None and not os.environ.get(SWITCH)


def turn_off(exc: Exception) -> None:
    """Give the compiled path up for the rest of this process, and log why (once): postings it
    could not read mean another Whoosh, or a damaged index that Whoosh's own reading (on the
    plain path) reports, and the engine rebuilds."""
    global _turned_off
    if _turned_off is None:
        _turned_off = str(exc)
        log.warning("compiled postings reading turned off: %s; searching in Python", exc)


Docs = tuple[bytes, bytes]
"""Matching documents of a segment, ascending (uint32), and their scores (doubles)."""


class Segment(_Segment):
    """`postings._Segment` on arrays (document numbers local to the segment)."""

    def docs(self, q: Q.Query) -> Docs:  # type: ignore[override]
        if isinstance(q, Q.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, Phrase):
            return self._phrase(q)
        if type(q) is Q.Or:
            ids, scores = EMPTY
            for child in q.children():
                found = self.docs(child)
                ids, scores = C.combine(ids, scores, found[0], found[1], 0)
            return _boosted((ids, scores), q.boost)
        if type(q) is Q.And:
            positive = [c for c in q.children() if not isinstance(c, Q.Not)]
            negative = [c.query for c in q.children() if isinstance(c, Q.Not)]
            if not positive:
                raise Uncountable("AND of only NOTs")
            parts = sorted((self.docs(c) for c in positive), key=lambda p: len(p[0]))
            ids, scores = parts[0]
            for part in parts[1:]:
                ids, scores = C.combine(ids, scores, part[0], part[1], 1)
            for child in negative:
                if not ids:
                    break
                ids, scores = C.combine(ids, scores, self.docs(child)[0], None, 3)
            if negative:  # Whoosh matches a NOT inside an AND with a score of 1 a document
                scores = C.affine(scores, 1.0, float(len(negative)))
            return _boosted((ids, scores), q.boost)
        if type(q) is Q.AndNot:
            ids, scores = self.docs(q.a)
            return C.combine(ids, scores, self.docs(q.b)[0], None, 3)
        return EMPTY

    def _term(self, fieldname: str, text, boost: float = 1.0) -> Docs:  # type: ignore[override]
        btext, postings = self._postings(fieldname, text)
        if postings is None:
            return EMPTY
        ids, weights, _, _ = _decoded(postings[0], values=False)
        return ids, self._score(fieldname, btext, boost, ids, weights)

    def _postings(self, fieldname: str, text) -> tuple[bytes, tuple[bytes, int] | None]:
        """As `_Segment._matcher`, the term's (extent, document frequency) instead of a
        matcher: (its bytes, None when the segment does not hold it)."""
        reader = self.reader
        if fieldname not in reader.schema:
            return b"", None
        try:
            btext = reader.schema[fieldname].to_bytes(text)
        except ValueError:
            return b"", None
        self.clock.check()
        found = term_postings(reader, fieldname, btext)
        if isinstance(found, str):
            raise Unexpected(found)
        return btext, found

    def _score(self, fieldname: str, btext: bytes, boost: float, ids: bytes, weights: bytes):
        scorer = _Scorer(self.searcher, self.reader, fieldname, btext, boost)
        if not scorer.scorable:
            return C.bm25(ids, weights, b"", _TABLE, 0.0, 1.0, 0.0, 0.0, boost, 0)
        lengths = _length_bytes(self.searcher, self.reader, fieldname)
        return C.bm25(
            ids,
            weights,
            lengths,
            _TABLE,
            scorer.idf,
            scorer.avgfl,
            scorer.B,
            scorer.K1,
            boost,
            1 if boost == 1.0 else 2,
        )

    def _phrase(self, q: Phrase) -> Docs:  # type: ignore[override]
        """As `_Segment._phrase`: candidates are the rarest word's documents holding every word
        up to `WHOLE_WITHIN` times as frequent; each is checked rarest word first, a word's
        blocks decoded only when a candidate left by the rarer words falls in them; candidates
        are checked in document order, `CHECK_EVERY` between looks at the clock, at most
        ``clock.checks_left``."""
        words = list(q.words)
        if not words:
            return EMPTY
        if len(words) == 1:
            return self._term(q.fieldname, words[0], q.boost)
        found: dict[Any, tuple[bytes, bytes, int]] = {}  # word → (extent, btext, frequency)
        for word in words:
            if word not in found:
                btext, postings = self._postings(q.fieldname, word)
                if postings is None:
                    return EMPTY
                found[word] = (postings[0], btext, postings[1])
        order = sorted(range(len(words)), key=lambda n: (found[words[n]][2], n))
        lead = found[words[order[0]]]
        candidates = _decoded(lead[0], values=False)[0]
        for word in dict.fromkeys(words[n] for n in order[1:]):
            if _narrows(found[word][2], lead[2], self.reader):  # narrows the candidates first
                ids = _decoded(found[word][0], values=False)[0]
                candidates = C.gather(candidates, C.members(candidates, ids), 4)
        others = [(found[words[n]][0], n - order[0]) for n in order[1:]]
        clock = self.clock

        def tick() -> bool:
            try:
                clock.check()
            except OutOfTime:
                return False
            return True

        limit = -1 if clock.checks_left is None else max(clock.checks_left, 0)
        try:
            checked, ids, *weights = C.phrase(lead[0], candidates, others, tick, limit)
        except ValueError as exc:
            raise Unexpected(str(exc)) from exc
        if clock.checks_left is not None:
            clock.checks_left -= checked
        self.checked += checked
        self.matched += len(ids) // 4
        if checked < len(candidates) // 4:
            self.unchecked.update(memoryview(candidates[checked * 4 :]).cast("I").tolist())
        if not ids:
            return EMPTY
        column = dict(zip(order, weights, strict=True))  # phrase place → weights in the matches
        scores = None  # each word's score in every match, added in phrase order (as Whoosh)
        for n, word in enumerate(words):
            part = self._score(q.fieldname, found[word][1], 1.0, ids, column[n])
            scores = part if scores is None else C.combine(ids, scores, ids, part, 1)[1]
        return _boosted((ids, scores), q.boost)


def _boosted(docs: Docs, boost: float) -> Docs:
    if boost == 1.0:
        return docs
    return docs[0], C.affine(docs[1], boost, 0.0)


def _decoded(extent: bytes, values: bool) -> tuple[bytes, bytes, bytes, bytes]:
    """A term's postings: (ids, weights, values blob, value offsets); blob and offsets empty
    unless ``values``."""
    try:
        ids, weights, blob, offsets = C.read_term(extent, values)
    except ValueError as exc:
        raise Unexpected(str(exc)) from exc
    return ids, weights, blob or b"", offsets or b""


def evaluate_segment(searcher, reader, clock: _Clock, q: Q.Query, filter_q: Q.Query | None):
    """One segment's matches: (ids, scores, the segment, the allowed ids or None)."""
    segment = Segment(searcher, reader, clock)
    ids, scores = segment.docs(q)
    allowed = None
    if filter_q is not None:
        allowed = segment.docs(filter_q)[0]
        ids, scores = C.combine(ids, scores, allowed, None, 2)
    return ids, scores, segment, allowed


def drop(ids: bytes, scores: bytes, unwanted) -> tuple[bytes, bytes]:
    """Without these documents (a set of numbers)."""
    if not unwanted or not ids:
        return ids, scores
    return C.combine(ids, scores, array("I", sorted(unwanted)).tobytes(), None, 3)


def shift(ids: bytes, offset: int) -> bytes:
    return C.shift(ids, offset) if offset else ids


def top(ids: bytes, scores: bytes, k: int) -> list[tuple[float, int]]:
    return C.top(ids, scores, k)


def at_least(ids: bytes, scores: bytes, floor: float) -> list[int]:
    return C.at_least(ids, scores, floor)


def bits(ids: bytes, start: int, size: int) -> int:
    """The documents in [start, start + size) as a bit set (bit n for document start + n)."""
    return int.from_bytes(C.bits(ids, start, size), "little")
