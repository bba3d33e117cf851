"""Search at scale (issue 18): common grams for phrases, a names field of names, facet counts kept
per index generation, estimated totals, the parallel writer. Real index, real archive text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from index.changes import TagTarget
from index.core import Core
from index.search.common_grams import is_gram
from index.search.engine import SearchEngine
from index.search.items import IndexItem
from index.search.names import fold_name
from index.search.query import parse

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def core(tmp_path_factory) -> Core:
    built = Core(tmp_path_factory.mktemp("data"))
    built.search.ensure()
    return built


def phrase_paragraphs(core: Core, words: str) -> set[str]:
    """Paragraphs whose text or section title holds these words in a row (ground truth; a
    word may take a plural -s, as stemming allows)."""
    rx = re.compile(
        r"\b" + r"\W+".join(re.escape(w) + "s?" for w in words.split()) + r"\b", re.IGNORECASE
    )
    return {
        p.id
        for p in core.archive.paragraphs()
        if rx.search(p.text) or rx.search(p.section_title or "")
    }


@pytest.mark.parametrize("phrase", ["of the", "in a", "freedom of expression", "to be", "for the"])
def test_common_word_phrases_find_exactly_the_paragraphs_holding_them(core, phrase):
    expected = phrase_paragraphs(core, phrase)
    assert expected, phrase
    result = core.search.search(f'"{phrase}"', limit=500, kind="paragraph", facets=False)
    assert {h.id for h in result.hits} == expected
    assert result.total == len(expected)


def test_a_common_word_phrase_is_one_gram_term_and_its_words_are_marked(core):
    q = parse('"of the"').query
    grams = [t for f, t in q.iter_all_terms(phrases=True) if f == "text"]
    assert grams and all(is_gram(str(t)) for t in grams), q
    assert not [f for f, _ in q.iter_all_terms(phrases=True) if f == "exact"]  # one phrase field
    result = core.search.search('"of the"', limit=50, facets=False)
    shown = 0
    for h in result.hits:
        marked = re.findall(r"<mark>(.*?)</mark>", h.snippet)
        assert "+" not in "".join(marked)
        if "of the" in re.sub(r"</?mark>", "", h.snippet).lower():  # the phrase is shown:
            shown += 1  # marked where its words stand together, as one (issue 26)
            assert "of the" in {m.lower() for m in marked}, h.snippet
            assert not {"of", "the"} & {m.lower() for m in marked}, h.snippet
    assert shown >= 5, [h.snippet for h in result.hits]


def test_prefix_and_wildcard_never_expand_to_word_pairs(core):
    for query in ("of*", "th*", "*the"):
        result = core.search.search(query, limit=5, facets=False)
        assert not any("matches too many words" in m for m in result.messages), result.messages
        assert result.total > 0


def test_names_field_holds_capitalised_words_only_and_lowercase_queries_still_fold(core):
    reader = core.search.store.searcher().reader()
    assert reader.frequency("exact", "restricted") > 0
    assert reader.frequency("names", fold_name("restricted")) == 0
    assert reader.frequency("names", fold_name("Ensebek")) > 0
    for spelling in ("ensebek", "Енсебек", "еңсебек", "yensebek"):
        found = {h.id for h in core.search.search(spelling, limit=50, kind="paragraph").hits}
        assert found == {"photo-caption", "freedom-of-expression-2", "peaceful-assembly-2"}


def test_facet_counts_follow_a_change_to_the_index(tmp_path):
    core = Core(tmp_path / "data")
    core.search.ensure()
    before = core.search.search("Ensebek", limit=5)
    assert "scale-test" not in before.facets.get("tag", {})
    core.apply(TagTarget("freedom-of-expression-2", "scale-test"))
    after = core.search.search("Ensebek", limit=5)
    assert after.facets["tag"].get("scale-test") == 1
    assert after.facets["kind"] == before.facets["kind"]


def test_a_commit_reads_the_facets_of_its_new_segment_only(tmp_path):
    """A note saved is a small commit; the search after it used to re-read the facet values
    of the whole index from its postings (a second and more at 3,000 documents). The segments
    written before keep their maps; the counts still follow the change, and a paragraph
    re-indexed (its old copy deleted in an old segment) is counted once."""
    from index.search.facets import facet_maps

    core = Core(tmp_path / "data")
    core.search.ensure()
    before = core.search.search("Ensebek", limit=5)
    maps = {id(found) for _, _, found in facet_maps(core.search.store.searcher())}
    core.apply(TagTarget("freedom-of-expression-2", "segment-test"))
    after = core.search.search("Ensebek", limit=5)
    now = facet_maps(core.search.store.searcher())
    assert len(now) >= 2, "the change went to a new segment"
    kept = [offset for offset, _, found in now if id(found) in maps]
    assert kept and len(kept) == len(now) - 1, "only the new segment was read"
    assert after.facets["tag"] == {"segment-test": 1}
    assert after.facets["kind"] == before.facets["kind"]
    assert after.total == before.total


def test_a_note_saved_copies_no_segment_of_the_index_into_memory(tmp_path, monkeypatch):
    """Whoosh copies every memory-mapped segment file it opens into memory, and a writer
    opens them all to find the document it replaces: 70 ms and 176 MB for each note saved
    at 10,000 documents. Small writes read the files instead; the note is still found."""
    from whoosh.filedb import compound

    from index.notes.service import new_note

    core = Core(tmp_path / "data")
    core.update_index()
    note = core.add_note(new_note(core.archive, "summary-1", "first words"))
    copied: list[int] = []

    class Counted(compound.BufferFile):  # Whoosh's in-memory copy of a mapped file
        def __init__(self, buf, *args, **kwargs) -> None:
            copied.append(len(buf))
            super().__init__(buf, *args, **kwargs)

    monkeypatch.setattr(compound, "BufferFile", Counted)
    core.update_note(note.id, body="Zhanaozen hearing postponed")
    assert copied == []
    monkeypatch.undo()
    found = core.find("Zhanaozen postponed", limit=5)
    assert [h.id for h in found.hits] == [f"note:{note.id}"]
    assert core.find("first words", limit=5, kind="note").total == 0


def _items(n: int):
    for k in range(n):
        text = f"The court heard case number {k} about detention in Almaty."
        yield IndexItem(id=f"i{k}", kind="paragraph", fields={"text": text, "title": "Court"})


def test_a_total_past_the_budget_is_estimated_and_said_so(tmp_path):
    engine = SearchEngine(tmp_path / "index", sources=[lambda: _items(700)])
    engine.ensure()
    exact = engine.search("court", limit=5)
    assert exact.total == 700 and not exact.estimated and not exact.partial
    rushed = engine.search("court", limit=5, budget=0.0)
    assert rushed.partial and rushed.estimated
    assert rushed.total == 700  # every document matches: scaled from the part searched
    assert any(m.startswith("About 700 matches: an estimate") for m in rushed.messages)
    assert rushed.hits


_PARALLEL_BUILD = """
import json, sys
from pathlib import Path
import index.search.index_folder as folder
folder.PARALLEL_MIN_ITEMS, folder.PARALLEL_PROCS, folder.PARALLEL_BATCH = 1, 2, 5
from index.core import Core
core = Core(Path(sys.argv[1]))
assert folder.parallel_writer_allowed(10), "this process may not fork a writer"
core.search.ensure()
reader = core.search.store.ix.reader()
queries = sys.argv[2:]
print(json.dumps({
    "segments": len(core.search.store.ix._segments()),
    "docs": reader.doc_count(),
    "totals": [core.search.search(q, limit=3).total for q in queries],
}))
"""


def test_a_parallel_build_answers_like_a_serial_one(core, tmp_path):
    queries = ["Ensebek", "Енсебек", '"of the"', "sentence", "tortur*", "kind:case"]
    run = subprocess.run(
        [sys.executable, "-c", _PARALLEL_BUILD, str(tmp_path / "data"), *queries],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    parallel = json.loads(run.stdout)
    assert parallel["segments"] == 2
    assert parallel["docs"] == core.search.store.ix.doc_count()
    assert parallel["totals"] == [core.search.search(q, limit=3).total for q in queries]


_PARALLEL_CANCEL = """
import multiprocessing, sys
from pathlib import Path
import index.search.index_folder as folder
folder.PARALLEL_MIN_ITEMS, folder.PARALLEL_PROCS, folder.PARALLEL_BATCH = 1, 2, 5
from index.core import Core
from index.errors import Cancelled
core = Core(Path(sys.argv[1]))
def progress(done, total, message):
    if done > 1:
        raise Cancelled()
try:
    core.search.ensure(progress)
    raise SystemExit("not cancelled")
except Cancelled:
    pass
assert multiprocessing.active_children() == [], multiprocessing.active_children()
report = core.search.ensure()
print(report.added, core.search.search("Ensebek", limit=3).total)
"""


def test_cancelling_a_parallel_build_stops_its_processes(core, tmp_path):
    run = subprocess.run(
        [sys.executable, "-c", _PARALLEL_CANCEL, str(tmp_path / "data")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    added, total = map(int, run.stdout.split())
    assert added == core.search.store.ix.doc_count()
    assert total == core.search.search("Ensebek", limit=3).total


def test_a_finished_threads_searcher_is_closed_and_the_index_is_not_copied(tmp_path):
    """The index is read from its files, not memory-mapped: Whoosh copies a mapped segment
    into every searcher (140 MB at 3,000 documents). Each searcher then holds the files open,
    so the folder closes one whose thread has ended when another thread takes a searcher."""
    import threading

    engine = SearchEngine(tmp_path / "index", sources=[lambda: _items(50)])
    engine.ensure()
    assert engine.store.ix.storage.supports_mmap is False
    theirs = []
    worker = threading.Thread(target=lambda: theirs.append(engine.store.searcher()))
    worker.start()
    worker.join()
    assert not theirs[0].is_closed
    assert engine.search("court", limit=3).total == 50  # this thread takes its own searcher
    assert theirs[0].is_closed


def test_a_second_process_reads_the_facet_columns_not_the_postings(tmp_path, monkeypatch):
    """Counting facets needs every document's kind, section, year and tags: read from the
    facet posting lists, that was the whole index in every command (0.45 s of a 0.9 s search
    at 1,000 documents). The columns are kept beside each segment; a start reads those, a
    damaged one is read again from the postings, and the counts are the same either way."""
    from index.search import facets

    core = Core(tmp_path / "data")
    core.search.ensure()
    first = core.search.search("Ensebek", limit=5).facets
    core.close()
    files = sorted((tmp_path / "data" / "index").glob(f"{facets.PREFIX}*.bin"))
    assert files

    read: list[int] = []
    real = facets._from_postings
    monkeypatch.setattr(facets, "_from_postings", lambda r, n: read.append(n) or real(r, n))
    core = Core(tmp_path / "data")
    assert core.search.search("Ensebek", limit=5).facets == first
    assert read == []
    core.close()

    files[0].write_bytes(files[0].read_bytes()[:-3])  # cut short: read from the postings
    core = Core(tmp_path / "data")
    assert core.search.search("Ensebek", limit=5).facets == first
    assert len(read) == 1
    core.close()
