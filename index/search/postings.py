"""Ranking and counting straight from the posting lists (issue 18).

Whoosh scores a match through a tree of Python matcher objects, ~7 µs a document, and to count
exact totals the engine had it score every match: the commonest words (8,000+ matches at 3,000
documents) took 70 ms. Its block-quality skipping does not help here: with paragraphs of similar
length every block of 128 postings holds one that could reach the top 20.

Here a query is evaluated a posting block at a time: a term is its postings' documents with
their BM25F contributions (Whoosh's formula and statistics: the block's weights, the field's
length column read once per searcher), OR adds them up, AND keeps the documents in both, NOT
takes documents out, the kind filter and deleted documents are taken out at the end. That gives
the exact total and the documents facet counts need, and a score for every match that equals
Whoosh's up to the order of additions (the last bits). Where two of the top N are that close,
the engine has Whoosh score the few documents that can be in the top N (`top_candidates`), so
hits and their order are always Whoosh's own.

A phrase's candidates are the documents of its rarest words (those within `WHOLE_WITHIN` times
the rarest's frequency, read whole); each is checked for the words at consecutive positions,
rarest first, and a commoner word ("of", "to", "the") is read through a cursor: its blocks that
hold no candidate left by the rarer words are passed over by their headers, and its positions
are decoded only for the documents the rarer words leave. When the time budget runs out before
every candidate is checked, the rest are counted at the rate found among those checked (the
total is then an estimate) and only checked documents are ranked.

Queries with parts this does not evaluate raise `Uncountable`; the engine scores those through
Whoosh's matchers, every match, as before.

The same evaluation runs on arrays in compiled code (`index.search.fast`, issue 23) when the
extension is built, ``MURAGAT_PLAIN_POSTINGS`` is not set and the postings are in the shape it
reads; this Python path is the fallback and the reference (tests compare the two score for
score). This is the one module that reads Whoosh's private parts (block walk, length columns,
term table, posting extents).
"""

from __future__ import annotations

import heapq
import pickle
import threading
import time
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Any

from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.query.positional import Phrase
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length

CHECK_EVERY = 256
"""Phrase candidates checked between two looks at the clock."""
WHOLE_WITHIN = 2
MOST_DOCUMENTS = 0.5
"""...nor a word in more than this share of the segment's documents ("the", "to"): it would
take out few candidates, and checking them reads its blocks anyway (issue 23: reading "the"
and "to" whole first was a third of "the right to" at 10,000 documents)."""
"""A phrase's words up to this many times as frequent as its rarest are read whole, and the
candidates narrowed to the documents holding them all before any is checked; commoner words
are read only in the blocks that hold a candidate left by the rarer words."""
ROUNDING = 1e-9
"""Relative difference under which two scores may be the same score summed in another order."""


class Uncountable(Exception):
    """The query holds a part evaluated only by Whoosh's matchers."""


class OutOfTime(Exception):
    """The budget ran out, or the search was cancelled, while reading postings."""


class Evaluation:
    """Every match of a query: the total, and each matching document's score (Whoosh's, up to
    rounding; when ``estimated``, only the documents found so far). The plain path keeps the
    scores in a dict; the compiled one (`index.search.fast`) in ``arrays``: the documents
    (uint32, ascending) and their scores (doubles)."""

    def __init__(self) -> None:
        self.total = 0
        self.estimated = False
        self.arrays: tuple[bytes, bytes] | None = None
        self._scores: dict[int, float] | None = {}
        self._sorted: list[int] | None = None

    @property
    def scores(self) -> dict[int, float]:
        """Matching documents (global numbers) → score."""
        if self._scores is None:
            ids, scores = self.arrays or (b"", b"")
            docs = memoryview(ids).cast("I").tolist()
            self._scores = dict(zip(docs, memoryview(scores).cast("d").tolist(), strict=True))
        return self._scores

    def docnums(self) -> list[int]:
        """The matching documents' global numbers."""
        if self.arrays is not None:
            return memoryview(self.arrays[0]).cast("I").tolist()
        return list(self.scores)

    def bit_set(self, start: int, size: int) -> int:
        """The matching documents in [start, start + size) as a bit set (bit n for document
        start + n)."""
        if self.arrays is not None:
            from index.search import fast

            return fast.bits(self.arrays[0], start, size)
        if self._sorted is None:
            self._sorted = sorted(self.scores)
        docnums = self._sorted
        first = bisect_left(docnums, start)
        out = bytearray((size + 7) // 8)
        for docnum in docnums[first : bisect_left(docnums, start + size, first)]:
            docnum -= start
            out[docnum >> 3] |= 1 << (docnum & 7)
        return int.from_bytes(out, "little")

    def ranked(self, limit: int) -> tuple[list[tuple[float, int]], bool]:
        """`ranked` over these scores."""
        if self.arrays is None:
            return ranked(self.scores, limit)
        from index.search import fast

        ordered = fast.top(*self.arrays, limit + 1)
        return ordered[:limit], _close(ordered)

    def top_candidates(self, limit: int) -> list[int]:
        """`top_candidates` over these scores."""
        if self.arrays is None:
            return top_candidates(self.scores, limit)
        from index.search import fast

        ordered = fast.top(*self.arrays, limit)
        best = [d for _, d in ordered]
        if len(best) < limit:
            return best
        floor = ordered[-1][0]
        floor -= abs(floor) * ROUNDING
        chosen = set(best)
        return best + [d for d in fast.at_least(*self.arrays, floor) if d not in chosen]


@dataclass
class _Clock:
    deadline: float
    cancel: threading.Event | None
    checks_left: int | None = None

    def check(self) -> None:
        if time.monotonic() > self.deadline or (self.cancel is not None and self.cancel.is_set()):
            raise OutOfTime


def check_countable(q: Q.Query, inside_and: bool = False) -> None:
    """Raise `Uncountable` unless `evaluate` handles every part of ``q``."""
    if isinstance(q, Q.Term) or q is Q.NullQuery or isinstance(q, type(Q.NullQuery)):
        return
    if isinstance(q, Phrase):
        if q.slop != 1:
            raise Uncountable(f"a phrase with slop {q.slop}")
        return
    if isinstance(q, Q.Not) and inside_and:
        check_countable(q.query)
        return
    if type(q) in (Q.Or, Q.And, Q.AndNot):
        for child in q.children():
            check_countable(child, inside_and=type(q) is Q.And)
        return
    raise Uncountable(type(q).__name__)


def evaluate(
    searcher,
    q: Q.Query,
    filter_q: Q.Query | None,
    deadline: float,
    cancel: threading.Event | None = None,
    max_checks: int | None = None,
) -> Evaluation:
    """Every document ``q`` matches (within ``filter_q``, when given) with its score. Raises
    `Uncountable` (see `check_countable`) and `OutOfTime`. ``max_checks``: at most this many
    phrase candidates are checked for positions, the rest estimated as when time runs out."""
    check_countable(q)
    if filter_q is not None:
        check_countable(filter_q)
    weighting = searcher.weighting
    if type(weighting) is not BM25F or weighting.use_final:
        raise Uncountable(type(weighting).__name__)
    from index.search import fast  # (it builds on this module)

    if fast.enabled():
        try:
            return _evaluate_compiled(fast, searcher, q, filter_q, deadline, cancel, max_checks)
        except fast.Unexpected as exc:  # not the postings it reads: the plain path answers
            fast.turn_off(exc)
    clock = _Clock(deadline, cancel, max_checks)
    out = Evaluation()
    for reader, offset in searcher.reader().leaf_readers():
        segment = _Segment(searcher, reader, clock)
        found = segment.docs(q)
        allowed = None if filter_q is None else segment.docs(filter_q)
        if allowed is not None:
            found = {d: s for d, s in found.items() if d in allowed}
        deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()
        for d in deleted.intersection(found):
            del found[d]
        out.total += len(found)
        if segment.unchecked:
            rest = segment.unchecked - deleted
            if allowed is not None:
                rest = rest.intersection(allowed)
            out.total += round(len(rest) * segment.rate())
            out.estimated = True
        if offset:
            out.scores.update({d + offset: s for d, s in found.items()})
        else:
            out.scores.update(found)
    return out


def _evaluate_compiled(fast, searcher, q, filter_q, deadline, cancel, max_checks) -> Evaluation:
    """`evaluate` by `index.search.fast`: the same steps on arrays."""
    clock = _Clock(deadline, cancel, max_checks)
    out = Evaluation()
    all_ids, all_scores = [], []
    for reader, offset in searcher.reader().leaf_readers():
        ids, scores, segment, allowed = fast.evaluate_segment(searcher, reader, clock, q, filter_q)
        deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()
        ids, scores = fast.drop(ids, scores, deleted)
        out.total += len(ids) // 4
        if segment.unchecked:
            rest = segment.unchecked - deleted
            if allowed is not None:
                rest = rest.intersection(memoryview(allowed).cast("I").tolist())
            out.total += round(len(rest) * segment.rate())
            out.estimated = True
        all_ids.append(fast.shift(ids, offset))
        all_scores.append(scores)
    out.arrays = (b"".join(all_ids), b"".join(all_scores))
    out._scores = None
    return out


def ranked(scores: dict[int, float], limit: int) -> tuple[list[tuple[float, int]], bool]:
    """The best ``limit`` documents as (score, number), best first, ties by number as Whoosh's
    collector orders them; and whether that order may differ from Whoosh's: two different
    scores among them (or at the cut) within rounding of each other. Whoosh sums a document's
    parts in another order, so such a pair may come out the other way round; the caller then
    has Whoosh score `top_candidates`."""
    best = heapq.nlargest(limit + 1, scores.items(), key=lambda item: (item[1], -item[0]))
    ordered = [(s, d) for d, s in best]
    return ordered[:limit], _close(ordered)


def _close(ordered: list[tuple[float, int]]) -> bool:
    """Two different scores, next to each other in ``ordered``, within rounding."""
    return any(a != b and a - b <= abs(a) * ROUNDING for (a, _), (b, _) in pairwise(ordered))


def top_candidates(scores: dict[int, float], limit: int) -> list[int]:
    """The documents that can be in the top ``limit``: the best ``limit`` by these scores and
    every other within rounding of the last of them. Best first."""
    best = heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))
    if len(best) < limit:
        return [d for d, _ in best]
    floor = best[-1][1]
    floor -= abs(floor) * ROUNDING
    chosen = {d for d, _ in best}
    near = [d for d, s in scores.items() if s >= floor and d not in chosen]
    return [d for d, _ in best] + sorted(near)


class _Segment:
    """Evaluation over one segment (document numbers local to it)."""

    def __init__(self, searcher, reader, clock: _Clock) -> None:
        self.searcher = searcher  # the top searcher: global statistics, as Whoosh's scorer
        self.reader = reader
        self.clock = clock
        self.unchecked: set[int] = set()
        """Phrase candidates not checked for positions (out of time)."""
        self.checked = 0
        self.matched = 0

    def rate(self) -> float:
        return self.matched / self.checked if self.checked else 1.0

    def docs(self, q: Q.Query) -> dict[int, float]:
        if isinstance(q, Q.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, Phrase):
            return self._phrase(q)
        if type(q) is Q.Or:
            out: dict[int, float] = {}
            for child in q.children():
                found = self.docs(child)
                if not out:
                    out = found
                    continue
                get = out.get
                for d, s in found.items():
                    out[d] = get(d, 0.0) + s
            return _boosted(out, q.boost)
        if type(q) is Q.And:
            positive = [c for c in q.children() if not isinstance(c, Q.Not)]
            negative = [c.query for c in q.children() if isinstance(c, Q.Not)]
            if not positive:
                raise Uncountable("AND of only NOTs")
            parts = sorted((self.docs(c) for c in positive), key=len)
            out = dict(parts[0])
            for part in parts[1:]:
                out = {d: s + part[d] for d, s in out.items() if d in part}
            for child in negative:
                if not out:
                    break
                for d in self.docs(child).keys() & out.keys():
                    del out[d]
            if negative:  # Whoosh matches a NOT inside an AND with a score of 1 a document
                out = {d: s + len(negative) for d, s in out.items()}
            return _boosted(out, q.boost)
        if type(q) is Q.AndNot:
            out = self.docs(q.a)
            for d in self.docs(q.b).keys() & out.keys():
                del out[d]
            return out
        return {}  # NullQuery (`check_countable` let nothing else through)

    def _matcher(self, fieldname: str, text):
        reader = self.reader
        if fieldname not in reader.schema:
            return None, b""
        try:
            btext = reader.schema[fieldname].to_bytes(text)
        except ValueError:
            return None, b""
        self.clock.check()
        terms = getattr(reader, "_terms", None)
        if terms is None:  # not a segment reader as Whoosh 3 has them: ask it the long way
            if (fieldname, btext) not in reader:
                return None, btext
            m = reader.postings(fieldname, btext)
            return getattr(m, "child", m), btext
        # The raw postings (deletions go at the end), found with one look-up in the term index:
        # asking the reader whether it has the term and then for its postings looks it up
        # twice, through file reads (~20 µs each; a prefix's 400 words in three fields).
        try:
            return terms.matcher(fieldname, btext, reader.schema[fieldname].format), btext
        except TermNotFound:
            return None, btext

    def _term(self, fieldname: str, text, boost: float = 1.0) -> dict[int, float]:
        m, btext = self._matcher(fieldname, text)
        if m is None:
            return {}
        score = _Scorer(self.searcher, self.reader, fieldname, btext, boost)
        out: dict[int, float] = {}
        for ids, weights, _ in _blocks(m, values=False):
            out.update(score(ids, weights))
        return out

    def _phrase(self, q: Phrase) -> dict[int, float]:
        words = list(q.words)
        if not words:
            return {}
        if len(words) == 1:
            return self._term(q.fieldname, words[0], q.boost)
        cursors: dict[Any, _Cursor] = {}
        for word in words:
            if word not in cursors:
                m, btext = self._matcher(q.fieldname, word)
                if m is None:
                    return {}
                cursors[word] = _Cursor(m, self.reader.doc_frequency(q.fieldname, btext), btext)
        # The candidates: the rarest word's documents that also hold every word up to
        # `WHOLE_WITHIN` times as frequent (read whole). Each is checked for the words at
        # consecutive positions, rarest first; a commoner word is read through its cursor, so
        # its positions are decoded (and its blocks read) only for the documents the rarer
        # words leave.
        order = sorted(range(len(words)), key=lambda n: (cursors[words[n]].frequency, n))
        lead = cursors[words[order[0]]]
        lead_offset = order[0]
        lead.read_whole()
        lead_ids, lead_weights, lead_values = lead.ids, lead.weights, lead.values
        places = range(len(lead_ids))  # the candidates, by their place in the lead's lists
        rest = []
        for n in order[1:]:
            cursor = cursors[words[n]]
            if _narrows(cursor.frequency, lead.frequency, self.reader):
                cursor.read_whole()  # its documents narrow the candidates before any check
                where = cursor.where
                places = [i for i in places if lead_ids[i] in where]
            rest.append((cursor.get, n - lead_offset))
        pending = [lead_ids[i] for i in places]
        weights: dict[int, list[float]] = {}  # matched document → its words' weights (`order`)
        decoded: dict[bytes, Any] = {}  # a position list → its positions (values repeat)
        clock = self.clock
        for n, doc in enumerate(pending):
            if clock.checks_left is not None:
                if clock.checks_left <= 0:
                    self.unchecked.update(pending[n:])
                    break
                clock.checks_left -= 1
            if n % CHECK_EVERY == 0:
                try:
                    clock.check()
                except OutOfTime:
                    self.unchecked.update(pending[n:])
                    break
            self.checked += 1
            place = places[n]
            value = lead_values[place]
            starts = decoded.get(value)
            if starts is None:
                starts = decoded[value] = _positions(value)
            found = [lead_weights[place]]
            for get, shift in rest:
                posting = get(doc)
                if posting is None:
                    break
                positions = decoded.get(posting[1])
                if positions is None:
                    positions = decoded[posting[1]] = _positions(posting[1])
                starts = [p for p in starts if p + shift in positions]
                if not starts:
                    break
                found.append(posting[0])
            else:
                weights[doc] = found
                self.matched += 1
        if not weights:
            return {}
        ids = list(weights)
        column = dict(zip(order, zip(*weights.values(), strict=True), strict=True))
        parts = [  # each word's score in every match, in phrase order (as Whoosh adds them)
            cursors[word].scorer(self.searcher, self.reader, q.fieldname)(ids, column[n]).values()
            for n, word in enumerate(words)
        ]
        scores = dict(zip(ids, map(sum, zip(*parts, strict=True)), strict=True))
        return _boosted(scores, q.boost)


def _narrows(frequency: int, lead: int, reader) -> bool:
    """Whether a phrase's word of this document frequency is read whole, its documents
    narrowing the candidates (the lead word's, of frequency ``lead``) before any is checked:
    up to `WHOLE_WITHIN` times as frequent as the lead and in at most `MOST_DOCUMENTS` of the
    segment's documents."""
    return frequency <= lead * WHOLE_WITHIN and frequency <= reader.doc_count_all() * MOST_DOCUMENTS


class _Cursor:
    """One word's postings, read a block at a time as far as the documents asked for (in
    increasing order): blocks that hold none of them are passed over by their headers."""

    def __init__(self, m, frequency: int, btext: bytes) -> None:
        self.m = m
        self.frequency = frequency
        self.btext = btext
        self.ids: Any = ()  # the read block's documents (ascending), weights and values
        self.weights: Any = ()
        self.values: Any = ()
        self.blocks = hasattr(m, "_next_block")
        self.read = False  # whether the current block's postings are in `ids`…
        self.where: dict[int, int] | None = None  # read whole: document → place in `ids`
        if not self.blocks:  # a short list kept inline in the term index: read whole
            self.ids, self.weights, self.values = next(_blocks(m, values=True))
        self._scorer: _Scorer | None = None

    def scorer(self, searcher, reader, fieldname: str) -> _Scorer:
        if self._scorer is None:
            self._scorer = _Scorer(searcher, reader, fieldname, self.btext, 1.0)
        return self._scorer

    def everything(self) -> tuple[list[int], list[float], list[bytes]]:
        """Every posting: (documents, weights, values)."""
        ids: list[int] = []
        weights: list[float] = []
        values: list[bytes] = []
        for block_ids, block_weights, block_values in _blocks(self.m, values=True):
            ids.extend(block_ids)
            weights.extend(block_weights)
            values.extend(block_values)
        return ids, weights, values

    def read_whole(self) -> None:
        """Read every posting now (`where` tells which documents hold the word)."""
        if self.where is not None:
            return
        if self.blocks:
            self.ids, self.weights, self.values = self.everything()
            self.blocks = False
        self.where = dict(zip(self.ids, range(len(self.ids)), strict=True))

    def get(self, doc: int) -> tuple[float, bytes] | None:
        """The word's (weight, value) in ``doc``, None if it is not there."""
        if self.where is not None:
            i = self.where.get(doc)
            return None if i is None else (self.weights[i], self.values[i])
        m = self.m
        if self.blocks and (not self.read or doc > m._maxid):
            while m._maxid < doc:
                if m._lastblock:
                    return None
                m._next_block()
                self.read = False
            self.read = True
            # (the matcher may come moved into its first block: read it whole)
            self.ids, self.weights, self.values = _block(m, values=True)
        ids = self.ids
        i = bisect_left(ids, doc)
        if i == len(ids) or ids[i] != doc:
            return None
        return self.weights[i], self.values[i]


def _blocks(m, values: bool):
    """A term's postings a block at a time: (ids, weights, values or None). Reads Whoosh's
    ``W3LeafMatcher`` block by block (ids decoded in C); a short posting list kept inline in
    the term index is read through the matcher."""
    if not hasattr(m, "_next_block"):
        ids, weights, vals = [], [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            if values:
                vals.append(m.value())
            m.next()
        yield ids, weights, vals if values else None
        return
    while not m._atend:
        yield _block(m, values)
        m._next_block()


def _block(m, values: bool):
    """The postings of the block a ``W3LeafMatcher`` is in: (ids, weights, values or None)."""
    m._read_data()
    raw = m._data[0]
    ids = raw if m._byteids else tuple(accumulate(raw))
    m._read_weights()
    if values:
        m._read_values()
    return ids, m._weights, m._values if values else None


def term_postings(reader, fieldname: str, btext: bytes) -> tuple[bytes, int] | str | None:
    """A term's postings as Whoosh 3 writes them (the extent of its posting file: a header and
    blocks) and its document frequency, read with one look-up in the segment's term table, for
    `index.search.fast` to decode; None when the segment does not hold the term; or, when
    they are not in that shape (a list kept inline in the term table, another Whoosh), why."""
    terms = getattr(reader, "_terms", None)
    if terms is None or not hasattr(terms, "term_info"):
        return f"no Whoosh 3 term table in a {type(reader).__name__}"
    try:
        info = terms.term_info(fieldname, btext)
    except TermNotFound:
        return None
    try:
        if info.is_inlined():
            return "a posting list kept inline in the term table"
        start, length = info.extent()
        postfile = terms._postfile
        frequency = info.doc_frequency()
    except AttributeError as exc:
        return f"Whoosh's term table changed: {exc}"
    if isinstance(length, tuple) and len(length) == 1:  # whoosh3 3.54 reads it as a 1-tuple
        length = length[0]
    if not all(isinstance(n, int) for n in (start, length, frequency)):
        return f"Whoosh's posting extent is {type(start).__name__}, {type(length).__name__}"
    return postfile.get(start, length), frequency


def _boosted(scores: dict[int, float], boost: float) -> dict[int, float]:
    if boost == 1.0:
        return scores
    return {d: s * boost for d, s in scores.items()}


class _Scorer:
    """One term's BM25F contribution per posting, as `whoosh.scoring.BM25FScorer` computes it
    (times the term's boost), with the document's field length read from the length column
    the segment keeps (one byte a document, read once per searcher)."""

    def __init__(self, searcher, reader, fieldname: str, btext: bytes, boost: float) -> None:
        self.boost = boost
        self.scorable = searcher.schema[fieldname].scorable
        if not self.scorable:  # Whoosh scores these by weight alone
            return
        weighting = searcher.weighting
        self.idf = searcher.idf(fieldname, btext)
        self.avgfl = _avg_field_length(searcher, fieldname) or 1
        self.B = weighting._field_B.get(fieldname, weighting.B)
        self.K1 = weighting.K1
        self._where = (searcher, reader, fieldname)

    def __call__(self, ids, weights) -> dict[int, float]:
        boost = self.boost
        if not self.scorable:
            return {d: w * boost for d, w in zip(ids, weights, strict=True)}
        # (decoded here, not in __init__: the compiled path takes the statistics only and
        # reads the length bytes itself; decoding them cost it 8 ms a fresh searcher)
        lengths = _lengths(*self._where)
        idf, avgfl, B, K1 = self.idf, self.avgfl, self.B, self.K1
        k1p1 = K1 + 1
        if boost == 1.0:
            return {
                d: idf * ((w * k1p1) / (w + K1 * ((1 - B) + B * lengths[d] / avgfl)))
                for d, w in zip(ids, weights, strict=True)
            }
        return {
            d: idf * ((w * k1p1) / (w + K1 * ((1 - B) + B * lengths[d] / avgfl))) * boost
            for d, w in zip(ids, weights, strict=True)
        }


def _avg_field_length(searcher, fieldname: str) -> float:
    """``searcher.avg_field_length`` (which sums every segment's lengths on each call), kept
    on the searcher: one generation of the index."""
    cache = searcher.__dict__.setdefault("_muragat_avg_field_length", {})
    found = cache.get(fieldname)
    if found is None:
        found = cache[fieldname] = searcher.avg_field_length(fieldname)
    return found


def _lengths(searcher, reader, fieldname: str) -> list[int]:
    """The field's length in every document of the segment, as Whoosh reads them (a byte a
    document, decoded). Kept on the searcher: one generation of the index."""
    cache = searcher.__dict__.setdefault("_muragat_lengths", {})
    key = (id(reader), fieldname)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [_BYTE_LENGTHS[b] for b in _length_bytes(searcher, reader, fieldname)]
    return found


def _length_bytes(searcher, reader, fieldname: str) -> bytes:
    """The field's length column of the segment: a byte a document (Whoosh's encoding), as
    many as the segment has documents. Kept on the searcher."""
    cache = searcher.__dict__.setdefault("_muragat_length_bytes", {})
    key = (id(reader), fieldname)
    raw = cache.get(key)
    if raw is None:
        column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        count = reader.doc_count_all()
        raw = b"" if column is None else column._dbfile.get(column._basepos, column._count)
        raw = cache[key] = raw[:count] + bytes(count - min(len(raw), count))
    return raw


_BYTE_LENGTHS = [byte_to_length(b) for b in range(256)]


def _decode(value: bytes) -> list[int]:
    """Whoosh's ``Positions`` format: a 4-byte count, then the pickled position deltas."""
    body = value[4:] if value.endswith(b".") else value[4:] + b"."
    return list(accumulate(pickle.loads(body)))


def _positions(value: bytes) -> Any:
    """`_decode`'s positions: a list (a set only when long: building one costs more than
    looking through a few dozen numbers for the one or two starts a candidate has)."""
    positions = _decode(value)
    return positions if len(positions) <= 64 else set(positions)
