"""Postings worked out once per distinct word (`index.search.term_positions`) and a pool whose
sorted runs are written in chunks (`index.search.whoosh_writer`), issue 23, index exactly what
Whoosh's token-by-token analysis and its own pool index: the same terms, posting lists
(documents, weights, encoded positions), field lengths, stored fields and segment files, and
the same answers to searches, on the bundled archive and on generated text in three languages
and scripts. Real indexes, built both ways, with the pool spilled to runs."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest
from whoosh import writing
from whoosh.analysis import RegexTokenizer, StopFilter
from whoosh.codec.whoosh3 import W3Codec

from index.archive import load_archive
from index.search import index_folder, term_positions, whoosh_writer
from index.search.analysis import WORD_PATTERN, text_analyzer
from index.search.engine import SearchEngine
from index.search.items import IndexItem, archive_items
from index.search.schema import build_schema
from index.search.term_positions import TermPositions
from index.search.whoosh_writer import ChunkedPostingPool


def _words(text: str) -> list[str]:
    return text.split()


EN = _words("""the of and to in a is that for on was with by as court police were said his her
rights freedom expression detained detention activist activists journalist journalists trial
prison sentenced charges peaceful protest protests rally authorities government case cases
human lawyer lawyers appeal appealed running runs runner’s defenders Supreme it’s didn't
café naïve résumé Zhylanbaev’s Yensebek's O'Brien""")
RU = _words("""и в не что на с как по к у за из о от до для это его её ёлка суд суда судом
полиция задержан задержана задержали голодовка голодовку правозащитник правозащитники
свобода свободы выражения митинг митинга Енсебека Енсебеком Жыланбаева Жыланбаевым
Мухаммедкарима Пётр Семёнов Васильев""")
KK = _words("""және мен бен пен да де үшін бұл ол осы деп сот соттың сотқа белсенділер
белсенділердің Қарағанды Қарағандыда Мұхаммедкәрімді Еңсебек Еңсебекке үйлерінде
адам адамдар құқық құқығы бостандығы ғалымжан Ғалымжан Әйгерім Нұрлан""")
ODD = _words("""2024 12 3rd A Б Ωμέγα 北京 x y ſ İstanbul ǅemal ﬁnance Straße ŞAHİN e\u0301te
naı̈ve Oʻzbek""")
NAMES = _words("""Yensebek Ensebek Енсебек Еңсебек Zhylanbayev Жыланбаев Mukhammedkarim Muhamedkarim
Мұхаммедкәрім Akhmetova Ахметова Qasym Kassym Қасым Tulegenova Түлегенова""")


def generated_items(count: int = 60, seed: int = 23) -> list[IndexItem]:
    """Paragraphs of English with Russian and Kazakh sentences, names in both scripts and
    case forms, common-word runs (grams), possessives, accents, odd scripts and digits."""
    rng = random.Random(seed)
    items = []
    for n in range(count):
        sentences = []
        for _ in range(rng.randint(3, 9)):
            pool = rng.choice((EN, EN, RU, KK))
            words = [rng.choice(pool) for _ in range(rng.randint(4, 18))]
            if rng.random() < 0.5:
                words.insert(rng.randrange(len(words) + 1), rng.choice(NAMES))
            if rng.random() < 0.2:
                words.insert(rng.randrange(len(words) + 1), rng.choice(ODD))
            if rng.random() < 0.3:
                words = [w.capitalize() if rng.random() < 0.3 else w for w in words]
            sentences.append(" ".join(words) + rng.choice((".", ",", " —", "!")))
        text = " ".join(sentences)
        title = " ".join(rng.choice(EN + RU + KK + NAMES) for _ in range(rng.randint(1, 5)))
        person = "\n".join(rng.sample(NAMES, rng.randint(0, 3)))
        items.append(
            IndexItem(
                id=f"gen{n:03d}",
                kind="paragraph",
                fields={
                    "bundle": "generated",
                    "doc_id": f"gen{n // 10}",
                    "document": f"Generated {n // 10}",
                    "para_id": f"gen{n:03d}",
                    "section_id": f"s{n % 4}",
                    "section": title,
                    "title": title,
                    "text": text if n % 17 else "",  # an empty text among them
                    "ordinal": n,
                    "person": person,
                    "place": rng.choice(("Алматы", "Almaty", "Қарағанды", "")),
                    "court": rng.choice(("Supreme Court", "Верховный суд", "")),
                    "year": {str(rng.randint(2016, 2025))},
                },
            )
        )
    return items


@pytest.fixture(scope="module")
def items() -> list[IndexItem]:
    return [*archive_items(load_archive(None)), *generated_items()]


def build(folder: Path, items: list[IndexItem], fast: bool) -> SearchEngine:
    """An index of ``items``, its writer spilling runs every MB of postings (in chunks of 97
    postings, many to a run)."""
    saved = term_positions.FAST, whoosh_writer.PLAIN, index_folder.WRITER_LIMIT_MB
    term_positions.FAST, whoosh_writer.PLAIN, index_folder.WRITER_LIMIT_MB = fast, not fast, 1
    whoosh_writer.CHUNK = 97
    try:
        engine = SearchEngine(folder, sources=[lambda: items])
        engine.ensure()
        assert (writing.PostingPool is ChunkedPostingPool) == fast
        assert (whoosh_writer.codec() is not None) == fast
    finally:
        term_positions.FAST, whoosh_writer.PLAIN, index_folder.WRITER_LIMIT_MB = saved
        whoosh_writer.CHUNK = 4096
        whoosh_writer.install()
    return engine


@pytest.fixture(scope="module")
def engines(items, tmp_path_factory) -> tuple[SearchEngine, SearchEngine]:
    term_positions.forget()  # the fast build starts cold, as a build does
    fast = build(tmp_path_factory.mktemp("fast"), items, fast=True)
    plain = build(tmp_path_factory.mktemp("plain"), items, fast=False)
    return fast, plain


def test_a_one_mb_writer_spills_these_items_to_runs_in_chunks(items, tmp_path):
    from whoosh import index as whoosh_index

    assert whoosh_writer.install()
    writer = whoosh_index.create_in(str(tmp_path), build_schema()).writer(limitmb=1)
    assert type(writer.pool) is ChunkedPostingPool
    for item in items:
        writer.add_document(**item.document())
    assert len(writer.pool.runs) >= 2  # what the engines above compare went through runs
    writer.cancel()


def postings(reader, fieldname: str, btext: bytes) -> list[tuple[int, float, bytes]]:
    m = reader.postings(fieldname, btext)
    out = []
    while m.is_active():
        out.append((m.id(), m.weight(), m.value()))
        m.next()
    return out


def test_copies_of_the_schema_share_one_plan_and_memo_per_kind_of_analyser():
    """A Whoosh writer unpickles its schema afresh: its analysers must find the memo the last
    writer filled, and no plan is kept per copy (a session saving notes opens many writers)."""
    schema = build_schema()
    text = term_positions._plan(schema["text"].analyzer)
    for _ in range(3):
        copy = pickle.loads(pickle.dumps(build_schema()))
        assert term_positions._plan(copy["text"].analyzer) is text
        assert term_positions._plan(copy["title"].analyzer) is text  # the same analyser
    assert term_positions._plan(schema["exact"].analyzer) is not text
    assert len([p for p in term_positions._by_shape.values() if p]) <= 5


def test_every_positional_field_of_the_schema_takes_the_fast_path():
    schema = build_schema()
    positional = [n for n, f in schema.items() if f.format and f.format.supports("positions")]
    assert {"text", "title", "exact", "names", "person", "place", "court"} <= set(positional)
    for name in positional:
        assert type(schema[name].format) is TermPositions, name
        assert term_positions._plan(schema[name].analyzer) is not None, name


def test_every_term_posting_length_and_stored_field_is_the_same_both_ways(engines, items):
    fast, plain = (e.store.ix.reader() for e in engines)
    try:
        assert fast.doc_count_all() == plain.doc_count_all() == len(items)
        terms = list(fast.all_terms())
        assert terms == list(plain.all_terms())
        fields = {f for f, _ in terms}
        assert {"text", "exact", "names", "person", "place", "court", "title"} <= fields
        assert any(t.startswith(b"+") for f, t in terms if f == "text")  # grams were paired
        for fieldname, btext in terms:
            assert postings(fast, fieldname, btext) == postings(plain, fieldname, btext), (
                fieldname,
                btext,
            )
        for docnum in range(fast.doc_count_all()):
            assert fast.stored_fields(docnum) == plain.stored_fields(docnum)
            for fieldname in fields:
                assert fast.doc_field_length(docnum, fieldname) == plain.doc_field_length(
                    docnum, fieldname
                ), (docnum, fieldname)
    finally:
        fast.close()
        plain.close()


def test_the_fast_build_names_only_whoosh_codec_in_the_table_of_contents(engines):
    for engine in engines:
        (segment,) = engine.store.ix._segments()
        assert type(segment.codec()) is W3Codec


def test_the_postings_and_terms_files_are_byte_for_byte_the_same(engines):
    def files(engine: SearchEngine) -> dict[str, bytes]:
        ix = engine.store.ix
        (segment,) = ix._segments()  # one segment each: one commit
        storage = segment.open_compound_file(ix.storage)
        out = {}
        for name in storage.list():
            with storage.open_file(name) as f:
                out[name.rsplit(".", 1)[1]] = f.read()
        storage.close()
        return out

    fast, plain = (files(e) for e in engines)
    assert {"pst", "trm"} <= set(fast)
    assert fast == plain


QUERIES = [
    "detained",
    "detain",
    "running",
    "freedom of expression",
    '"of the"',
    '"in the"',
    '"the need for"',
    "Zhylanbaev",
    "Жыланбаев",
    "Ensebek",
    "Енсебека",
    "Mukhammedkarim",
    "голодовка",
    "Қарағанды",
    "белсенділер",
    "суд AND полиция",
    "court OR суд",
    "activ*",
    "detension~",
    "café",
    "cafe",
    "O'Brien",
    "Oʻzbek",
    "北京",
    "year:2021",
    'exact:"freedom of"',
]


@pytest.mark.parametrize("query", QUERIES)
def test_searches_answer_the_same_hits_scores_totals_and_facets_both_ways(engines, query):
    fast, plain = engines
    for exact in (False, True):
        a = fast.search(query, limit=50, exact=exact, budget=60.0)
        b = plain.search(query, limit=50, exact=exact, budget=60.0)
        assert [(h.id, h.score, h.snippet, h.matches) for h in a.hits] == [
            (h.id, h.score, h.snippet, h.matches) for h in b.hits
        ]
        assert (a.total, a.facets, a.estimated, a.fuzzy, a.suggestion) == (
            b.total,
            b.facets,
            b.estimated,
            b.fuzzy,
            b.suggestion,
        )


def test_an_analyser_with_a_filter_not_known_to_work_word_by_word_takes_the_plain_path():
    stopping = RegexTokenizer(WORD_PATTERN) | StopFilter()
    assert term_positions._plan(stopping) is None
    fmt = TermPositions()
    text = "the court and the police: the rights of the detained"
    assert sorted(fmt.word_values(text, stopping, mode="index")) == sorted(
        super(TermPositions, fmt).word_values(text, stopping, mode="index")
    )
    assert term_positions._plan(text_analyzer()) is not None


def test_words_past_a_full_memo_are_analysed_the_same(monkeypatch):
    monkeypatch.setattr(term_positions, "MEMO_WORDS", 7)
    fmt = TermPositions()
    analyzer = text_analyzer()
    memo = term_positions._plan(analyzer).memo
    memo.clear()
    for item in generated_items(8, seed=5):
        text = item.fields["text"]
        fast = sorted(fmt.word_values(text, analyzer, mode="index"))
        plain = sorted(super(TermPositions, fmt).word_values(text, analyzer, mode="index"))
        assert fast == plain
    assert len(memo) == 7


def test_whoosh_pool_is_left_in_place_when_its_private_methods_changed(monkeypatch):
    whoosh_writer.uninstall()
    try:
        monkeypatch.setattr(whoosh_writer, "_EXPECTED", {"_write_run": ["self", "f", "items", "x"]})
        assert not whoosh_writer.install()
        assert writing.PostingPool is not ChunkedPostingPool
    finally:
        monkeypatch.undo()
        assert whoosh_writer.install()
