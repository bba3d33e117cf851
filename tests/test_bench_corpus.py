"""The benchmarks' corpus (tests/bench/bench_corpus.py) is what its docstring says: seeded and
repeatable, documents of 10-15 KB, a vocabulary past 50,000 words, the names in all their
spellings and both Cyrillic alphabets, and files Muragat's own importer takes in, where a name
is found across spellings."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import bench_corpus  # noqa: E402

from index.core import Core  # noqa: E402

LATIN = ("Yensebek", "Ensebek")
CYRILLIC = ("Енсебек", "Еңсебек")


def test_the_same_seed_writes_the_same_files(tmp_path: Path):
    one = bench_corpus.write_corpus(tmp_path / "one", 6, seed=7)
    two = bench_corpus.write_corpus(tmp_path / "two", 6, seed=7)
    other = bench_corpus.write_corpus(tmp_path / "other", 6, seed=8)
    files = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert len(files) == 6 and files == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in files:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert (one.bytes, one.distinct) == (two.bytes, two.distinct)
    assert (other.bytes, other.distinct) != (one.bytes, one.distinct)


def test_documents_are_10_to_15_kb_and_the_vocabulary_passes_50000():
    texts = [doc.render() for doc in bench_corpus.documents(450, seed=2026)]
    sizes = [len(t.encode("utf-8")) for t in texts]
    assert min(sizes) >= 10 * 1024 and max(sizes) <= 15 * 1024, (min(sizes), max(sizes))
    words, distinct = bench_corpus.count_words(texts)
    assert distinct >= 50_000, distinct
    # Zipf-like: the commonest words are a large share of the text, most words are rare
    joined = " ".join(texts[:50]).lower().split()
    assert joined.count("the") / len(joined) > 0.02
    assert joined.count("right") > 100 and "the right to" in " ".join(joined)
    assert words / distinct > 8  # each word form is used, on average, several times

    text = "\n".join(texts)
    for spelling in (
        *LATIN,
        *CYRILLIC,
        "Zhylanbaev",
        "Zhylanbayev",
        "Жыланбаев",
        "Toregozhina",
        "Торегожина",
        "Almaty",
        "Алматы",
        "Astana",
        "Астана",
    ):
        assert spelling in text, spelling
    for letter in "әғқңөұүһі":
        assert letter in text, letter
    assert {doc.name.rsplit(".", 1)[1] for doc in bench_corpus.documents(40, seed=2026)} == {
        "md",
        "txt",
        "html",
    }


def test_documents_import_and_a_name_is_found_across_spellings(tmp_path: Path):
    """One document with the name only in Latin letters and one with it only in Cyrillic,
    imported through the real importer: each spelling finds both."""
    latin_only = cyrillic_only = None
    for doc in bench_corpus.documents(80, seed=2026):
        text = doc.render()
        has_latin = any(s in text for s in LATIN)
        has_cyrillic = any(s in text for s in CYRILLIC)
        if has_latin and not has_cyrillic and latin_only is None:
            latin_only = doc
        if has_cyrillic and not has_latin and cyrillic_only is None:
            cyrillic_only = doc
    assert latin_only is not None and cyrillic_only is not None
    folder = tmp_path / "documents"
    folder.mkdir()
    for doc in (latin_only, cyrillic_only):
        (folder / doc.name).write_text(doc.render(), encoding="utf-8")

    core = Core(tmp_path / "data")
    try:
        report = core.import_paths([folder])
        assert report.count("added") == 2, [(r.path, r.status, r.message) for r in report.results]
        imported = {
            d.id: d.title for b in core.archive.bundles if not b.builtin for d in b.documents
        }
        assert set(imported.values()) == {latin_only.title, cyrillic_only.title}
        core.update_index()
        for query in ("Yensebek", "Ensebek", "Енсебек", "Еңсебек"):
            found = {hit.doc_id for hit in core.find(query, limit=200).hits}
            assert set(imported) <= found, (query, found)
    finally:
        core.close()
