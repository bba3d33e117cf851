"""The compiled reader of Whoosh 3's posting blocks (index/search/_postings.c, issue 23) on
blocks written here the way whoosh3's W3PostingsWriter writes them (a header tag, then per
block a big-endian length, negative for the last, a pickled info tuple and the zlib of a
protocol-2 pickle of (id deltas, weights, values)), with the shapes that writer can produce:
weights all 1.0 (None), all equal (one float), or a tuple; blocks of 1-3 postings (pickled
without a MARK); the same value object twice in a block (pickled once, then fetched from the
memo); and a block in a shape it must refuse (the engine then reads postings in Python)."""

from __future__ import annotations

import pickle
import struct
import zlib
from array import array

import pytest

from index.search import fast

C = fast.C  # None when scripts/setup did not build it: these tests then fail


def _positions(*places: int) -> bytes:
    """A value as Whoosh's Positions format encodes it."""
    deltas = [b - a for a, b in zip((0, *places), places, strict=False)]
    return struct.pack("!I", len(places)) + pickle.dumps(deltas, 2)


def _extent(blocks, protocol: int = 2, compress: bool = True) -> bytes:
    """A term's posting extent: blocks of (ids, weights as stored, values)."""
    out = [b"W3Bl"]
    for n, (ids, weights, values) in enumerate(blocks):
        deltas = tuple(b - a for a, b in zip((0, *ids), ids, strict=False))
        data = pickle.dumps((deltas, weights, values), protocol)
        if compress:
            data = zlib.compress(data, 3)
        info = pickle.dumps((len(ids), ids[-1], 1.0, 3 if compress else 0, 10, 20), 2)
        length = len(info) + len(data)
        out.append(struct.pack("!i", -length if n == len(blocks) - 1 else length) + info + data)
    return b"".join(out)


def _read(extent: bytes, values: bool = True):
    ids, weights, blob, offsets = C.read_term(extent, values)
    ids = memoryview(ids).cast("I").tolist()
    weights = memoryview(weights).cast("d").tolist()
    if not values:
        return ids, weights, None
    ends = memoryview(offsets).cast("I")
    return ids, weights, [blob[ends[k] : ends[k + 1]] for k in range(len(ids))]


def test_blocks_of_every_weight_shape_and_size_decode_as_written():
    first = list(range(3, 3 + 2 * 130, 2))  # 130 postings: more than a MARK-less tuple
    second = [1000, 1003, 1200]  # 3 postings: pickled without a MARK
    third = [5000]
    values = [_positions(k % 7, k % 7 + 3, 200 + k) for k in range(len(first))]
    extent = _extent(
        [
            (first, tuple(float(k % 5 + 1) for k in range(len(first))), tuple(values)),
            (second, None, (_positions(1), _positions(2, 300), _positions(70000))),
            (third, 2.5, (_positions(4, 9),)),
        ]
    )
    ids, weights, got = _read(extent)
    assert ids == first + second + third
    assert weights == [float(k % 5 + 1) for k in range(len(first))] + [1.0, 1.0, 1.0, 2.5]
    assert got == [*values, _positions(1), _positions(2, 300), _positions(70000), _positions(4, 9)]
    assert C.positions(_positions(2, 300)) == [2, 300]
    assert C.positions(_positions(70000)) == [70000]
    assert _read(extent, values=False)[:2] == (ids, weights)  # ids and weights only


def test_the_same_value_object_twice_in_a_block_is_read_from_the_memo():
    shared = _positions(5, 8)
    values = tuple(shared if k % 3 == 0 else _positions(k, k + 1) for k in range(20))
    pickled = pickle.dumps((tuple(range(1, 21)), None, values), 2)
    assert values.count(shared) == 7 and pickled.count(b"K\x05K\x03e.") == 1  # then fetched
    ids, _, got = _read(_extent([(list(range(1, 21)), None, values)]))
    assert ids == list(range(1, 21)) and got == list(values)


def test_values_with_bytes_past_ascii_decode_as_written():
    """Pickled as UTF-8 text of latin-1 characters: bytes >= 0x80 take two bytes there."""
    values = tuple(_positions(200 + k, 250, 40000 + k) for k in range(10))
    _, _, got = _read(_extent([(list(range(10, 20)), None, values)]))
    assert got == list(values)
    assert [C.positions(v) for v in got] == [[200 + k, 250, 40000 + k] for k in range(10)]


@pytest.mark.parametrize(
    "extent",
    [
        _extent([([1, 2, 3, 4, 5], None, tuple(_positions(k) for k in range(5)))], protocol=4),
        _extent([([1, 2, 3, 4, 5], None, [_positions(k) for k in range(5)])]),  # a list
        _extent([([1, 2, 3, 4, 5], None, tuple(_positions(k) for k in range(5)))])[:-3],
        b"W3Xx" + _extent([([1, 2], None, (_positions(1), _positions(2)))])[4:],
    ],
    ids=["protocol-4", "values-in-a-list", "cut-short", "another-header"],
)
def test_postings_in_another_shape_are_refused(extent):
    with pytest.raises(ValueError, match="not in the expected format"):
        C.read_term(extent, True)


def test_an_uncompressed_block_decodes_too():
    """Whoosh leaves blocks under 80 bytes uncompressed (compression 0 in the info)."""
    extent = _extent([([7, 9], 3.0, (_positions(1), _positions(2)))], compress=False)
    assert _read(extent) == ([7, 9], [3.0, 3.0], [_positions(1), _positions(2)])


def test_scores_and_sets_follow_the_python_formulas():
    ids = array("I", [1, 4, 6]).tobytes()
    weights = array("d", [1.0, 2.0, 3.0]).tobytes()
    lengths = bytes([0, 10, 0, 0, 200, 0, 255])
    table = array("d", [float(k) for k in range(256)]).tobytes()
    idf, avgfl, B, K1 = 1.7, 33.3, 0.75, 1.2
    got = memoryview(C.bm25(ids, weights, lengths, table, idf, avgfl, B, K1, 1.0, 1)).cast("d")
    want = [
        idf * ((w * (K1 + 1)) / (w + K1 * ((1 - B) + B * L / avgfl)))
        for w, L in ((1.0, 10), (2.0, 200), (3.0, 255))
    ]
    assert got.tolist() == want  # the same doubles, not approximately
    a = (array("I", [1, 3, 5]).tobytes(), array("d", [0.1, 0.2, 0.3]).tobytes())
    b = (array("I", [3, 4, 5]).tobytes(), array("d", [1.0, 2.0, 3.0]).tobytes())

    def listed(pair):
        return memoryview(pair[0]).cast("I").tolist(), memoryview(pair[1]).cast("d").tolist()

    assert listed(C.combine(*a, *b, 0)) == ([1, 3, 4, 5], [0.1, 0.2 + 1.0, 2.0, 0.3 + 3.0])
    assert listed(C.combine(*a, *b, 1)) == ([3, 5], [0.2 + 1.0, 0.3 + 3.0])
    assert listed(C.combine(*a, b[0], None, 2)) == ([3, 5], [0.2, 0.3])
    assert listed(C.combine(*a, b[0], None, 3)) == ([1], [0.1])
    assert C.top(*b, 2) == [(3.0, 5), (2.0, 4)]
    tied = (array("I", [2, 7, 9]).tobytes(), array("d", [1.0, 5.0, 5.0]).tobytes())
    assert C.top(*tied, 3) == [(5.0, 7), (5.0, 9), (1.0, 2)]  # ties: lower document first
    assert C.at_least(*tied, 5.0) == [7, 9]
    assert int.from_bytes(C.bits(b[0], 3, 8), "little") == 0b111


def test_facet_tallies_count_each_segments_documents_in_the_order_counter_gives():
    """A segment of 6 documents starting at document 10; the ids around it are not its own."""
    column = array("I", [2, 0, 1, 2, 2, 1])
    ids = array("I", [3, 9, 10, 13, 14, 15, 16, 40]).tobytes()
    order, counts = C.tally(ids, 10, column, 3)
    assert memoryview(order).cast("I").tolist() == [2, 1]  # first held by 10, then by 15
    assert memoryview(counts).cast("I").tolist() == [0, 1, 3]
    local = [d - 10 for d in memoryview(ids).cast("I") if 10 <= d < 16]
    from collections import Counter

    assert list(Counter(column[d] for d in local).items()) == [(2, 3), (1, 1)]
    assert C.tally(b"", 0, column, 3) == (b"", bytes(12))
    with pytest.raises(ValueError):  # a column naming a combination it does not have
        C.tally(ids, 10, column, 2)
    assert C.column_max(column) == 2 and C.column_max(array("I")) == 0


def test_words_within_an_edit_distance_are_whooshs():
    """The optimal-string-alignment distance of whoosh.support.levenshtein (a transposition is
    one edit), Cyrillic included, every distance limit, against Whoosh's function."""
    import random

    from whoosh.support.levenshtein import distance

    rng = random.Random(2026)
    words = ["".join(rng.choice("abcеңжқ") for _ in range(rng.randint(0, 9))) for _ in range(5000)]
    words += ["jylanbaev", "zhylanbaev", "zhylnabaev", "zyhlanbaev", "zhylanbaef"]
    for text in ("zhylanbaev", "abcеңabc", "", "a", "ба"):
        for maxdist in (0, 1, 2, 3):
            want = [n for n, w in enumerate(words) if distance(w, text, limit=maxdist) <= maxdist]
            assert C.within(words, text, maxdist) == want, (text, maxdist)
    assert [words[n] for n in C.within(words, "zhylanbaev", 1)] == [
        "zhylanbaev",
        "zhylnabaev",  # a transposition: one edit
        "zyhlanbaev",
        "zhylanbaef",
    ]
