"""Ranking and counting from the posting lists (issue 18, index.search.postings): the hits, their
order and scores, the totals and the facet counts are those of Whoosh scoring every match. On a real
index of the bundled report and 60 synthetic documents (the benchmark's generator: posting lists
of several blocks), written as two segments with deleted documents in the
first."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from bench.search_bench import synthetic_items
from conftest import built_once
from whoosh import query as Q

from index.archive import load_archive
from index.search.engine import SearchEngine, _scored
from index.search.facets import facet_counts
from index.search.items import IndexItem, archive_items
from index.search.postings import evaluate, top_candidates
from index.search.query import parse

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
def test_hits_totals_and_facets_are_those_of_scoring_every_match(engine, text, kind, limit):
    ids, scores, total, facets = every_match(engine, text, kind, limit)
    assert total, text  # a query that finds nothing would test nothing
    result = engine.search(text, limit=limit, kind=kind)
    assert not result.partial and not result.estimated and not result.fuzzy
    assert [h.id for h in result.hits] == ids
    assert [h.score for h in result.hits] == scores
    assert result.total == total
    assert result.facets == facets


def test_a_phrase_count_past_the_budget_is_estimated_from_the_candidates_checked(engine):
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


def test_a_query_evaluate_cannot_count_is_scored_match_by_match(engine):
    ids, _, total, _ = every_match(engine, "court OR NOT police", None, 20)
    result = engine.search("court OR NOT police", limit=20)
    assert result.total == total and [h.id for h in result.hits] == ids


@pytest.mark.parametrize("text", QUERIES)
def test_evaluated_scores_are_whooshs_up_to_the_order_of_additions(engine, text):
    """Every match and its score, against Whoosh scoring every match; and the path taken on a
    near-tie (Whoosh scoring the top candidates) gives Whoosh's top hits exactly."""
    searcher = engine.store.searcher()
    q = scored_words(parse(text).query, searcher.reader())
    reference = {h.docnum: h.score for h in searcher.search(q, limit=None, optimize=False)}
    found = evaluate(searcher, q, None, time.monotonic() + 60)
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
def test_a_phrase_matches_its_words_at_consecutive_positions_only(tmp_path, text, expected):
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
