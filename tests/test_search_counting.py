"""Ranking and counting from the posting lists (issue 18, index.search.postings): the hits, their
order and scores, the totals and the facet counts are those of Whoosh scoring every match. On a real
index of the bundled report and 60 synthetic documents (the benchmark's generator: posting lists
of several blocks), written as two segments with deleted documents in the
first.

Every comparison runs both ways (issue 23): through the compiled extension (index.search.fast,
built by scripts/setup) and through the plain Python path, chosen by the real switch the app
reads (MURAGAT_PLAIN_POSTINGS); and the two are compared with each other, score for score."""

from __future__ import annotations

import logging
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bench.search_bench import synthetic_items
from conftest import built_once
from whoosh import query as Q

from index.archive import load_archive
from index.search import fast
from index.search.engine import SearchEngine, _scored
from index.search.facets import facet_counts
from index.search.items import IndexItem, archive_items
from index.search.postings import evaluate, term_postings, top_candidates
from index.search.query import parse

ROOT = Path(__file__).resolve().parent.parent

QUERIES = [
    "court",
    "prison",
    "Ensebek",
    "Енсебек",
    "freedom expression",
    "human rights defenders",
    "court OR police",
    "court -prison",
    "police NOT court",
    '"freedom of expression"',
    '"of the"',
    '"in the"',
    '"human rights"',
    '"criminal case"',
    '"the Supreme Court"',
    '"detention court"',
    '"peaceful assembly" court',
    "kind:paragraph Almaty",
    "tortur*",
    "date:2025",
]


@pytest.fixture(params=["compiled", "plain"])
def path(request, monkeypatch) -> str:
    """The way postings are read: the compiled extension, or plain Python (the switch)."""
    if request.param == "plain":
        monkeypatch.setenv(fast.SWITCH, "1")
    else:
        monkeypatch.delenv(fast.SWITCH, raising=False)
        assert fast.C is not None, "index.search._postings is not built: run scripts/setup"
    assert fast.enabled() == (request.param == "compiled")
    return request.param


def _items() -> list:
    return [*archive_items(load_archive(None)), *synthetic_items(60, 2026)]


def _two_segments(folder: Path) -> None:
    items = _items()
    half = len(items) // 2
    built = SearchEngine(folder / "index", sources=[lambda: items[:half]])
    built.ensure()
    # A second segment, and deleted documents in the first (twenty items written again).
    built.store.update(items[half:] + items[:20])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> SearchEngine:
    shared = built_once(tmp_path_factory, "two-segments", _two_segments)
    folder = tmp_path_factory.mktemp("two-segments") / "index"
    shutil.copytree(shared / "index", folder)
    items = _items()
    opened = SearchEngine(folder, sources=[lambda: items])
    reader = opened.store.searcher().reader()
    assert len(reader.leaf_readers()) >= 2 and reader.has_deletions()
    return opened


def every_match(engine: SearchEngine, text: str, kind: str | None, limit: int):
    """The reference: Whoosh scoring every match (no skipping, no matcher replacement)."""
    searcher = engine.store.searcher()
    results = searcher.search(
        scored_words(parse(text).query, searcher.reader()),
        limit=None,
        filter=Q.Term("kind", kind) if kind else None,
        optimize=False,
    )
    ids = [searcher.stored_fields(h.docnum)["id"] for h in results[:limit]]
    scores = [round(h.score, 4) for h in results[:limit]]
    return ids, scores, len(results), facet_counts(searcher, list(results.docs()))


def scored_words(q: Q.Query, reader) -> Q.Query:
    """A prefix or range as the OR of the words it stands for, each scored (the engine
    searches them so; Whoosh's own gives every word one constant score)."""
    if isinstance(q, Q.MultiTerm):
        words = [Q.Term(q.fieldname, w, boost=q.boost) for w in q._btexts(reader)]
        return Q.Or(words) if len(words) > 1 else (words[0] if words else Q.NullQuery)
    return q if q.is_leaf() else q.apply(lambda child: scored_words(child, reader))


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize(("kind", "limit"), [(None, 20), ("paragraph", 5)])
def test_hits_totals_and_facets_are_those_of_scoring_every_match(engine, path, text, kind, limit):
    ids, scores, total, facets = every_match(engine, text, kind, limit)
    assert total, text  # a query that finds nothing would test nothing
    result = engine.search(text, limit=limit, kind=kind)
    assert not result.partial and not result.estimated and not result.fuzzy
    assert [h.id for h in result.hits] == ids
    assert [h.score for h in result.hits] == scores
    assert result.total == total
    assert result.facets == facets


def test_a_phrase_count_past_the_budget_is_estimated_from_the_candidates_checked(engine, path):
    searcher = engine.store.searcher()
    later = time.monotonic() + 60
    q = parse('"human rights"').query
    exact = evaluate(searcher, q, None, later)
    assert not exact.estimated and exact.total == every_match(engine, '"human rights"', None, 1)[2]
    rushed = evaluate(searcher, q, None, later, max_checks=3)
    assert rushed.estimated
    assert rushed.scores.keys() <= exact.scores.keys() and len(rushed.scores) < exact.total
    assert rushed.total > len(rushed.scores)  # the unchecked candidates were counted in
    gram = evaluate(searcher, parse('"of the"').query, None, later, max_checks=0)
    assert not gram.estimated  # one term: no positions to check


def test_a_query_evaluate_cannot_count_is_scored_match_by_match(engine, path):
    ids, _, total, _ = every_match(engine, "court OR NOT police", None, 20)
    result = engine.search("court OR NOT police", limit=20)
    assert result.total == total and [h.id for h in result.hits] == ids


@pytest.mark.parametrize("text", QUERIES)
def test_evaluated_scores_are_whooshs_up_to_the_order_of_additions(engine, path, text):
    """Every match and its score, against Whoosh scoring every match; and the path taken on a
    near-tie (Whoosh scoring the top candidates) gives Whoosh's top hits exactly."""
    searcher = engine.store.searcher()
    q = scored_words(parse(text).query, searcher.reader())
    reference = {h.docnum: h.score for h in searcher.search(q, limit=None, optimize=False)}
    found = evaluate(searcher, q, None, time.monotonic() + 60)
    assert (found.arrays is not None) == (path == "compiled")  # the path asked for was taken
    assert found.scores.keys() == reference.keys() and found.total == len(reference)
    for docnum, score in found.scores.items():
        assert score == pytest.approx(reference[docnum], rel=1e-12), docnum
    best = sorted(reference.items(), key=lambda item: (-item[1], item[0]))[:20]
    assert _scored(searcher, q, top_candidates(found.scores, 20))[:20] == [(s, d) for d, s in best]


PHRASE_TEXTS = {
    "match-first": "The freedom of assembly was denied.",
    "other-common-word": "They spoke of freedom to assembly in the square.",
    "common-word-between": "The freedom of the assembly was discussed.",
    "reversed": "An assembly of freedom was called.",
    "match-late": "Later the freedom of assembly was restored, and freedom of speech.",
    "repeated": "The judge moved from court to court all year.",
    "repeated-apart": "From court to the court and to another court.",
    "repeated-twice": "He went court to court to court again.",
}


def _phrase_items():
    """The paragraphs above among 600 that hold "of" and "to" but none of the rarer words: the
    common words' postings span several blocks, most holding no candidate."""
    texts = dict(list(PHRASE_TEXTS.items())[:4])
    for k in range(600):
        texts[f"filler-{k}"] = f"Most of the {k} reports went to the archive of the city."
        if k == 300:
            texts.update(dict(list(PHRASE_TEXTS.items())[4:]))
    for key, text in texts.items():
        yield IndexItem(id=key, kind="paragraph", fields={"text": text, "title": "Filler"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"freedom of assembly"', {"match-first", "match-late"}),
        ('"court to court"', {"repeated", "repeated-twice"}),
        ('"court to court to court"', {"repeated-twice"}),
        ('"to court to"', {"repeated-twice"}),
    ],
)
def test_a_phrase_matches_its_words_at_consecutive_positions_only(tmp_path, path, text, expected):
    """A phrase's rarer words at the right distance are not enough: the common word between
    them must be the phrase's (read only in the blocks holding candidates); a word repeated in
    the phrase is looked for at each of its places. Hits and scores are Whoosh's own."""
    engine = SearchEngine(tmp_path / "index", sources=[_phrase_items])
    engine.ensure()
    searcher = engine.store.searcher()
    q = parse(text).query
    reference = {h.docnum: h.score for h in searcher.search(q, limit=None, optimize=False)}
    assert {searcher.stored_fields(d)["id"] for d in reference} == expected
    found = evaluate(searcher, q, None, time.monotonic() + 60)
    assert found.scores.keys() == reference.keys() and not found.estimated
    for docnum, score in found.scores.items():
        assert score == pytest.approx(reference[docnum], rel=1e-12)
    result = engine.search(text, limit=10)
    assert {h.id for h in result.hits} == expected and result.total == len(expected)


def _both_ways(searcher, q, monkeypatch, **kwargs):
    monkeypatch.setenv(fast.SWITCH, "1")
    plain = evaluate(searcher, q, None, time.monotonic() + 60, **kwargs)
    monkeypatch.delenv(fast.SWITCH)
    compiled = evaluate(searcher, q, None, time.monotonic() + 60, **kwargs)
    assert plain.arrays is None and compiled.arrays is not None
    return plain, compiled


@pytest.mark.parametrize(
    "text", [*QUERIES, '"the and the"', '"rights of the"', "court OR police OR prison"]
)
@pytest.mark.parametrize("kind", [None, "paragraph"])
def test_the_compiled_path_gives_the_plain_paths_documents_and_scores_exactly(
    engine, monkeypatch, text, kind
):
    """The same documents with the same doubles (==, not approximately: the same operations in
    the same order, no fused multiply-adds), the same total, ranking and top candidates."""
    assert fast.C is not None, "index.search._postings is not built: run scripts/setup"
    searcher = engine.store.searcher()
    q = scored_words(parse(text).query, searcher.reader())
    monkeypatch.setenv(fast.SWITCH, "1")
    filter_q = Q.Term("kind", kind) if kind else None
    plain = evaluate(searcher, q, filter_q, time.monotonic() + 60)
    monkeypatch.delenv(fast.SWITCH)
    compiled = evaluate(searcher, q, filter_q, time.monotonic() + 60)
    assert plain.arrays is None and compiled.arrays is not None
    assert plain.total, text
    assert compiled.total == plain.total and not compiled.estimated and not plain.estimated
    assert compiled.scores == plain.scores
    assert sorted(compiled.docnums()) == sorted(plain.docnums())
    size = searcher.reader().doc_count_all()
    for start, span in ((0, size), (0, 100), (size // 2, size - size // 2)):  # facets' bit sets
        assert compiled.bit_set(start, span) == plain.bit_set(start, span)
    assert compiled.bit_set(0, size).bit_count() == plain.total
    for limit in (1, 5, 20):
        assert compiled.ranked(limit) == plain.ranked(limit)
        assert compiled.top_candidates(limit) == plain.top_candidates(limit)


@pytest.mark.parametrize("checks", [0, 1, 3, 300])
def test_a_phrase_past_its_checks_is_estimated_the_same_both_ways(engine, monkeypatch, checks):
    searcher = engine.store.searcher()
    # ("the" and "to" are in more than half the documents: not read whole, checked in blocks)
    for text in ('"human rights"', '"the Supreme Court"', '"the right to"'):
        plain, compiled = _both_ways(searcher, parse(text).query, monkeypatch, max_checks=checks)
        assert (compiled.total, compiled.estimated) == (plain.total, plain.estimated)
        assert compiled.scores == plain.scores


def test_the_compiled_reader_decodes_every_posting_as_whoosh_does(engine):
    """Every term of every field of both segments (ids, weights, position values), read by
    the extension against Whoosh's own matcher. (Whoosh's
    matcher comes moved past the deleted documents its list starts with; the extension reads
    the list from its start, and the evaluation drops deleted documents at the end, as the
    plain path does: so the live postings are compared.)"""
    from index.search.postings import _blocks, _decode

    reader = engine.store.searcher().reader()
    terms = 0
    for sub, _ in reader.leaf_readers():
        for fieldname in ("text", "title", "exact", "names", "kind", "year"):
            for btext in sub.lexicon(fieldname):
                m = sub.postings(fieldname, btext)
                whoosh = {}
                for block in _blocks(getattr(m, "child", m), values=True):
                    for d, w, v in zip(*block, strict=True):
                        if not sub.is_deleted(d):
                            whoosh[d] = (w, v if fieldname in ("text", "exact") else None)
                positional = fieldname not in ("kind", "year")  # the others: no values read
                extent, frequency = term_postings(sub, fieldname, btext)
                assert frequency == sub.doc_frequency(fieldname, btext)
                ids, weights, blob, offsets = fast._decoded(extent, positional)
                ids = memoryview(ids).cast("I").tolist()
                weights = memoryview(weights).cast("d").tolist()
                ends = memoryview(offsets).cast("I") if positional else None
                assert ids == sorted(set(ids)), (fieldname, btext)
                ours = {
                    d: (weights[k], blob[ends[k] : ends[k + 1]] if whoosh[d][1] else None)
                    for k, d in enumerate(ids)
                    if not sub.is_deleted(d)
                }
                assert ours == whoosh, (fieldname, btext)
                for _, value in list(whoosh.values())[:3]:
                    if value is not None:
                        assert fast.C.positions(value) == _decode(value)
                terms += 1
    assert terms > 1000


def _another_whoosh_format(folder: Path) -> None:
    """An index whose posting blocks are pickled with protocol 4, not 2 (what another Whoosh
    version might write): Whoosh reads it, the extension does not."""
    import whoosh.codec.whoosh3 as codec

    written = codec.dumps
    codec.dumps = lambda obj, protocol=None: pickle.dumps(obj, 4)
    try:
        engine = SearchEngine(folder / "index", sources=[lambda: _items()[:400]])
        engine.ensure()
    finally:
        codec.dumps = written


def test_postings_the_extension_cannot_read_are_read_in_python(tmp_path_factory, caplog):
    """No error reaches the caller: the query is answered by the plain path (the same hits as
    Whoosh's), the compiled path is given up for the process and that is logged once."""
    shared = built_once(tmp_path_factory, "protocol-4", _another_whoosh_format)
    items = _items()[:400]
    engine = SearchEngine(shared / "index", sources=[lambda: items])
    engine.ensure()
    searcher = engine.store.searcher()
    q = parse('"human rights" court').query
    assert fast.enabled()
    try:
        with caplog.at_level(logging.WARNING, logger=fast.__name__):
            first = evaluate(searcher, q, None, time.monotonic() + 60)
            assert not fast.enabled()  # checked once: later queries go straight to Python
            second = evaluate(searcher, Q.Term("text", "court"), None, time.monotonic() + 60)
    finally:
        fast._turned_off = None  # (this worker's other tests use the compiled path)
    assert first.arrays is None and second.arrays is None  # answered by the plain path
    assert first.total and second.total
    warnings = [r for r in caplog.records if r.name == fast.__name__]
    assert len(warnings) == 1 and "not in the expected format" in warnings[0].getMessage()
    reference = {h.docnum: h.score for h in searcher.search(q, limit=None, optimize=False)}
    assert first.scores.keys() == reference.keys()
    assert first.total == len(reference)


CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
if sys.argv[3] == "missing":
    sys.modules["index.search._postings"] = None  # the extension not built: import fails
from pathlib import Path
from index.search import fast
from index.search.engine import SearchEngine
engine = SearchEngine(Path(sys.argv[2]), sources=[list])
engine.store.open()
engine.trust(None)
out = {"enabled": fast.enabled(), "results": {}}
for text in ("court", '"human rights"', "tortur*", "court -prison"):
    r = engine.search(text, limit=20)
    out["results"][text] = [r.total, [h.id for h in r.hits], [h.score for h in r.hits], r.facets]
print(json.dumps(out))
"""


def test_the_app_searches_without_the_extension_with_the_same_results(engine):
    """A process where the extension cannot be imported, one where the switch turns it off,
    and one using it: the same hits, scores, totals and facets."""
    import json
    import os

    folder = str(engine.store.folder)
    runs = {}
    for mode in ("missing", "switched-off", "compiled"):
        env = dict(os.environ)
        env.pop(fast.SWITCH, None)
        if mode == "switched-off":
            env[fast.SWITCH] = "1"
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(ROOT), folder, mode],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        runs[mode] = json.loads(done.stdout)
    assert [runs[m]["enabled"] for m in runs] == [False, False, True]
    assert runs["missing"]["results"] == runs["compiled"]["results"]
    assert runs["switched-off"]["results"] == runs["compiled"]["results"]
    assert all(r[0] for r in runs["compiled"]["results"].values())


TYPOS = ["Ensebeck", "Yensebek", "prisson", "cuort", "tortrue", "Енсебеке", "polise", "freedon"]


def test_fuzzy_words_and_suggestions_are_whooshs_both_ways(engine, path):
    """What a fuzzy term stands for and what "Did you mean" offers (index.search.spelling):
    Whoosh's own answers, in Whoosh's order, over several segments (Whoosh's general walk) and
    over one (its automaton, asked as before), with the distance computed either way."""
    from index.search.spelling import suggest, words_within

    searcher = engine.store.searcher()
    reader = searcher.reader()
    single = reader.leaf_readers()[0][0]
    found = 0
    for typo in TYPOS:
        text = typo.lower()
        for fieldname in ("exact", "names"):
            for maxdist, prefix in ((1, 1), (2, 1), (2, 0)):
                for r in (reader, single):
                    want = list(r.terms_within(fieldname, text, maxdist, prefix=prefix))
                    assert words_within(r, fieldname, text, maxdist, prefix) == want
                    found += len(want)
        for limit in (1, 5):
            want = searcher.suggest("exact", text, limit=limit, maxdist=2, prefix=1)
            assert suggest(searcher, "exact", text, limit=limit, maxdist=2, prefix=1) == want
    assert found > 50  # the typos are near indexed words: the comparison compares something


@pytest.mark.parametrize("text", [*TYPOS, "Ensebek", "court OR police", "tortur*"])
def test_fuzzy_searches_and_facets_are_the_same_both_ways(engine, monkeypatch, text):
    """The engine's answer, suggestion and facets included (their order too: ties are listed
    in it), with and without the extension."""

    def answer():
        r = engine.search(text, limit=20)
        facets = {name: list(counts.items()) for name, counts in r.facets.items()}
        return r.total, r.fuzzy, r.suggestion, [(h.id, h.score) for h in r.hits], facets

    monkeypatch.setenv(fast.SWITCH, "1")
    plain = answer()
    monkeypatch.delenv(fast.SWITCH)
    assert fast.enabled()
    assert answer() == plain
    assert plain[0] and any(plain[4].values())


def _common_pair_items():
    """400 paragraphs all holding "ledger" and "stamp" (not function words: no common grams),
    side by side ("ledger stamp") in every fourth."""
    for k in range(400):
        text = f"Entry {k}: ledger stamp filed." if k % 4 == 0 else f"The stamp {k} and a ledger."
        yield IndexItem(id=f"p{k}", kind="paragraph", fields={"text": text, "title": "Ledger"})


@pytest.mark.parametrize("checks", [None, 0, 1, 40, 1000])
def test_a_phrase_of_words_in_most_documents_is_checked_block_by_block_the_same_both_ways(
    tmp_path, monkeypatch, checks
):
    """Words in more than half the documents are not read whole before the check (issue 23:
    reading "the" and "to" first was a third of "the right to"): the same matches as Whoosh's,
    and the same totals and estimates both ways when the checks run out."""
    from index.search.postings import _narrows

    engine = SearchEngine(tmp_path / "index", sources=[_common_pair_items])
    engine.ensure()
    searcher = engine.store.searcher()
    q = parse('"ledger stamp"').query
    reader = searcher.reader()
    frequency = reader.doc_frequency("text", b"stamp")
    assert frequency == reader.doc_count_all() == 400
    assert not _narrows(frequency, frequency, reader)  # as frequent as the lead, yet not read
    plain, compiled = _both_ways(searcher, q, monkeypatch, max_checks=checks)
    assert (compiled.total, compiled.estimated) == (plain.total, plain.estimated)
    assert compiled.scores == plain.scores
    if checks is None or checks >= 400:
        reference = searcher.search(q, limit=None, optimize=False)
        assert plain.total == len(reference) == 100 and not plain.estimated
        assert sorted(plain.scores) == sorted(h.docnum for h in reference)
    else:
        assert plain.estimated and len(plain.scores) <= checks
