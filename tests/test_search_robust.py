"""The search never falls over: fuzzed queries, bad syntax, damaged or stale indexes,
incremental syncs, cancellation and time budgets. All on the real archive and a real index.
"""

from __future__ import annotations

import json
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from whoosh import query as Q

from index.core import Core
from index.search.engine import SearchResult
from index.search.index_folder import META_FILE, SyncReport
from index.search.query import MAX_QUERY_CHARS, ParsedQuery, is_null, parse

ENSEBEK = {
    "photo-caption",
    "freedom-of-expression-2",
    "peaceful-assembly-2",
    "temirlan-ensebek",
    "ruslan-biketov-asem-zhapisheva",
}
CONTROL = {chr(c) for c in range(32)} | {"\x7f"}

# -- strategies ---------------------------------------------------------------------------------

TOKENS = st.sampled_from(
    [
        '"',
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "*",
        "?",
        "-",
        "+",
        "~",
        "^",
        "\\",
        "/",
        "AND",
        "OR",
        "NOT",
        "ANDNOT",
        "ANDMAYBE",
        "to",
        "TO",
        "kind:",
        "person:",
        "section:",
        "place:",
        "court:",
        "tag:",
        "date:",
        "exact:",
        "kind:case",
        "person:Ensebek",
        "date:2025-08",
        "date:[2025-01 to 2025-02]",
        "date:[2025",
        "Ensebek",
        "Yensebek",
        "Енсебек",
        "Еңсебек",
        "Жыланбаев",
        "Qaznews*",
        "*sebek",
        "Ens?bek",
        '"restricted freedom"',
        "sentence",
        "Zhylanbaef",
        "x",
        "’s",
        "'",
        "😀",
        "🇰🇿",
        "\x00",
        "\x07",
        "\x1b[31m",
        "\u200b",
        "\u202e",
        "\ufeff",
        "\ud800",
        "\t",
        "\n",
        "<mark>",
        "&amp;",
        "ǅ",
        "ﬁ",
        "İ",
        "и\u0306",
    ]
)
QUERIES = st.one_of(
    st.text(max_size=80),
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.lists(TOKENS, max_size=14).map(" ".join),
    st.lists(TOKENS, max_size=14).map("".join),
    st.lists(st.one_of(TOKENS, st.text(max_size=6)), max_size=10).map(" ".join),
    st.builds(
        lambda s, n: s * n,
        st.sampled_from(["x", "Ensebek ", '"', "(", "Е", "😀", "a OR "]),
        st.integers(1, 2500),
    ),
)
LONG = "Ensebek " * 1250  # 10,000 characters
WEIRD = [
    "",
    " ",
    "\x00\x07",
    "x" * 10_000,
    LONG,
    '"' * 10_000,
    "(" * 5000 + ")" * 5000,
    "a OR " * 2000,
    "-" * 100,
    "*",
    "**",
    "?",
    ":",
    "person:",
    "exact:",
    "exact:exact:",
    "date:[",
    "date:]",
    "date:[to]",
    "date:[z to a]",
    "NOT",
    "NOT NOT Ensebek",
    "😀" * 50,
    "\ud800Ensebek",
    "Ensebek\x00",
]


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def core(tmp_path_factory) -> Core:
    built = Core(tmp_path_factory.mktemp("data"))
    built.search.ensure()
    return built


@pytest.fixture(scope="module")
def reference(core) -> dict[str, set[str]]:
    """What a healthy index answers, to compare a recovered one with."""
    queries = ["Ensebek", "Жыланбаев", '"restricted freedom"', "date:2025-08 kind:case"]
    return {q: {h.id for h in core.search.search(q, limit=100).hits} for q in queries}


def answers(core: Core) -> dict[str, set[str]]:
    queries = ["Ensebek", "Жыланбаев", '"restricted freedom"', "date:2025-08 kind:case"]
    return {q: {h.id for h in core.search.search(q, limit=100).hits} for q in queries}


def check_result(result: SearchResult) -> None:
    assert isinstance(result, SearchResult)
    assert all(isinstance(m, str) and m for m in result.messages)
    assert len(result.hits) <= max(result.total, 0) or result.partial
    assert not result.partial or result.messages  # a partial result says why
    for h in result.hits:
        assert h.id and h.kind in {"paragraph", "case", "note"}
        for a, b in h.matches:
            assert 0 <= a < b <= len(h.text)
        assert "<" not in h.snippet.replace("<mark>", "").replace("</mark>", "")


# -- parse: property-based --------------------------------------------------------------------


def check_parsed(text: str, parsed: ParsedQuery) -> None:
    assert isinstance(parsed, ParsedQuery)
    assert isinstance(parsed.query, Q.Query)
    assert len(parsed.text) <= MAX_QUERY_CHARS
    assert not CONTROL & set(parsed.text)
    assert all(isinstance(w, str) and w for w in parsed.words)
    if is_null(parsed.query):
        assert parsed.messages, "an empty query says why"
    if parsed.fallback:
        assert any("searched for the words" in m for m in parsed.messages)
        assert parsed.text == " ".join(parsed.words)
    if len(text) > MAX_QUERY_CHARS:
        assert any(str(MAX_QUERY_CHARS) in m for m in parsed.messages)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERIES, st.booleans())
def test_parse_never_raises(text, exact):
    parsed = parse(text, exact=exact)
    check_parsed(text, parsed)
    assert parsed.exact or not exact
    again = parse(text, exact=exact)
    assert (again.text, repr(again.query), again.words) == (
        parsed.text,
        repr(parsed.query),
        parsed.words,
    )


@pytest.mark.parametrize("text", WEIRD, ids=lambda t: repr(t[:12]))
def test_parse_weird_inputs(text):
    check_parsed(text, parse(text))
    check_parsed(text, parse(text, exact=True))


# -- search: property-based on the live index -------------------------------------------------


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    text=QUERIES,
    exact=st.booleans(),
    kind=st.sampled_from([None, "paragraph", "case", "note"]),
    limit=st.integers(1, 30),
)
@example(text="x" * 10_000, exact=False, kind=None, limit=10)
@example(text=LONG, exact=False, kind=None, limit=10)
@example(text='"Ensebek', exact=False, kind="case", limit=5)
@example(text="\x00\x07", exact=True, kind=None, limit=1)
def test_search_never_raises(core, text, exact, kind, limit):
    result = core.search.search(text, limit=limit, kind=kind, exact=exact)
    check_result(result)
    if kind:
        assert all(h.kind == kind for h in result.hits)
    assert not any("damaged" in m for m in result.messages), "a query is not index damage"


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=QUERIES, budget=st.sampled_from([0.0, 1e-9, -1.0, 0.05]))
def test_search_with_cancel_and_tiny_budget_never_raises(core, text, budget):
    cancel = threading.Event()
    cancel.set()
    result = core.search.search(text, cancel=cancel, budget=budget)
    check_result(result)
    if result.partial:
        assert result.messages


@pytest.mark.parametrize("text", WEIRD, ids=lambda t: repr(t[:12]))
def test_search_weird_inputs(core, text):
    result = core.search.search(text)
    check_result(result)
    assert not any("damaged" in m for m in result.messages)


# -- bad syntax: a message, and the plain words searched ---------------------------------------


@pytest.mark.parametrize(
    ("text", "problem", "words"),
    [
        ('"restricted freedom', "unbalanced quote", "restricted freedom"),
        ('Ensebek "', "unbalanced quote", "Ensebek"),
        ("(Ensebek", "unmatched '('", "Ensebek"),
        ("Ensebek)", "unmatched ')'", "Ensebek"),
        ("[Ensebek", "unmatched '['", "Ensebek"),
        ("Ensebek]", "unmatched ']'", "Ensebek"),
        ("AND Ensebek", "stray 'AND'", "Ensebek"),
        ("Ensebek OR", "stray 'OR'", "Ensebek"),
        ("Ensebek AND OR Biketov", "'AND OR'", "Ensebek Biketov"),
        ("Ensebek -", "stray operator", "Ensebek"),
        ("person:", "empty 'person:' filter", "person"),
        ("Ensebek kind:", "empty 'kind:' filter", "Ensebek kind"),
    ],
)
def test_bad_syntax_falls_back_to_the_plain_words(core, text, problem, words):
    result = core.search.search(text, limit=100)
    assert result.query == words
    assert any(problem in m and "searched for the words" in m for m in result.messages), (
        result.messages
    )
    plain = core.search.search(words, limit=100)
    assert [h.id for h in result.hits] == [h.id for h in plain.hits]
    if "Ensebek" in words.split() and len(words.split()) == 1:
        assert {h.id for h in result.hits} == ENSEBEK


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "\x00\x07", "NOT", "-", "*", "'"])
def test_nothing_to_search_for(core, text):
    result = core.search.search(text)
    assert not result.hits and result.total == 0
    assert result.messages
    if text == "\x00\x07":
        assert any("control characters" in m for m in result.messages)


def test_control_characters_are_removed_and_the_words_searched(core):
    result = core.search.search("Ensebek\x00\x07")
    assert any("control characters" in m for m in result.messages)
    assert {h.id for h in result.hits} == ENSEBEK


@pytest.mark.parametrize("text", ["x" * 10_000, LONG])
def test_very_long_query_is_cut_with_a_message(core, text):
    result = core.search.search(text)
    assert any(f"first {MAX_QUERY_CHARS} characters" in m for m in result.messages)
    assert len(result.query) <= MAX_QUERY_CHARS
    if text == LONG:
        assert {h.id for h in result.hits} == ENSEBEK


@pytest.mark.parametrize(
    "text",
    [
        "ordinal:5",
        "ordinal:-1",
        "ordinal:[1 to 3]",
        "ordinal:abc",
        "id:temirlan-ensebek",
        "hash:0",
        "bundle:x",
        "extra:x",
        "document:x",
        "year:2024",
        "year:[2024 to 2025]",
        "names:ensebek",
    ],
)
def test_other_schema_fields_typed_as_filters_never_raise(core, text):
    """Only some filters are documented, but the parser knows every field of the schema."""
    result = core.search.search(text)
    check_result(result)
    assert not any("damaged" in m for m in result.messages)


@pytest.mark.parametrize("limit", [0, -1])
def test_a_bad_limit_does_not_rebuild_the_index_or_raise(core, limit):
    result = core.search.search("Ensebek", limit=limit)
    assert not any("damaged" in m for m in result.messages)
    assert len(result.hits) <= 1


# -- recovery -----------------------------------------------------------------------------------


def largest_file(folder: Path) -> Path:
    return max((p for p in folder.iterdir() if p.is_file()), key=lambda p: p.stat().st_size)


def truncate(path: Path) -> None:
    size = path.stat().st_size
    assert size > 16
    with path.open("r+b") as f:
        f.truncate(size // 2)


@pytest.mark.parametrize("victim", ["largest", "toc"])
@pytest.mark.parametrize("first_call", ["ensure", "search"])
def test_truncated_index_file_is_rebuilt(data_dir, reference, victim, first_call):
    data = data_dir
    folder = data / "index"
    target = largest_file(folder) if victim == "largest" else next(folder.glob("*.toc"))
    truncate(target)
    core = Core(data)
    if first_call == "ensure":
        report = core.search.ensure()
        assert report.rebuilt and "corrupt" in report.reason, report
        assert report.added > 0 and report.unchanged == 0
    else:
        result = core.search.search("Ensebek", limit=100)
        assert {h.id for h in result.hits} == reference["Ensebek"], result.messages
    assert answers(core) == reference
    assert answers(Core(data)) == reference


def test_garbage_metadata_is_rebuilt(data_dir, reference):
    data = data_dir
    (data / "index" / META_FILE).write_text("{not json", encoding="utf-8")
    core = Core(data)
    report = core.search.ensure()
    assert report.rebuilt and report.reason == "unreadable metadata"
    assert answers(core) == reference


def test_stale_write_lock_does_not_block_a_sync(data_dir, reference):
    data = data_dir
    folder = data / "index"
    # one item goes missing from the index, so the next sync must write
    Core(data).search.store.delete(["photo-caption"])
    (folder / "MAIN_WRITELOCK").write_text("12345 leftover from a crashed muragat\n")
    core = Core(data)
    report = core.search.ensure()
    assert not report.rebuilt
    assert (report.added, report.updated, report.removed) == (1, 0, 0)
    assert answers(core) == reference
    assert "photo-caption" in {h.id for h in core.search.search("Yensebek").hits}


def test_stale_write_lock_with_nothing_to_do(data_dir, reference):
    data = data_dir
    (data / "index" / "MAIN_WRITELOCK").write_bytes(b"\x00stale")
    core = Core(data)
    report = core.search.ensure()
    assert (report.added, report.updated, report.removed, report.rebuilt) == (0, 0, 0, False)
    assert answers(core) == reference


@pytest.mark.parametrize("version", [0, 1, 999, "3", None])
def test_other_schema_version_is_rebuilt(data_dir, reference, version):
    data = data_dir
    meta_path = data / "index" / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["schema_version"] = version
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    core = Core(data)
    report = core.search.ensure()
    assert report.rebuilt and "schema" in report.reason, report
    assert report.added > 0
    assert answers(core) == reference
    assert not Core(data).search.ensure().rebuilt


def test_missing_index_folder_is_rebuilt(data_dir, reference):
    data = data_dir
    shutil.rmtree(data / "index")
    core = Core(data)
    report = core.search.ensure()
    assert report.rebuilt and report.reason == "missing"
    assert answers(core) == reference


def test_empty_index_folder_is_rebuilt(tmp_path, reference):
    data = tmp_path / "data"
    (data / "index").mkdir(parents=True)
    core = Core(data)
    report = core.search.ensure()
    assert report.rebuilt and report.reason == "missing"
    assert answers(core) == reference


# -- incremental sync and explicit rebuild ------------------------------------------------------


def test_second_ensure_changes_nothing(tmp_path):
    data = tmp_path / "data"
    core = Core(data)
    first = core.search.ensure()
    assert first.rebuilt and first.added > 0
    again = core.search.ensure()
    assert (again.added, again.updated, again.removed, again.rebuilt) == (0, 0, 0, False)
    assert again.unchanged == first.added
    fresh = Core(data).search.ensure()
    assert (fresh.added, fresh.updated, fresh.removed, fresh.rebuilt) == (0, 0, 0, False)
    assert fresh.unchanged == first.added


def test_rebuild_on_request(data_dir, reference):
    data = data_dir
    core = Core(data)
    report = core.search.rebuild()
    assert report.rebuilt and report.reason == "requested"
    assert report.added > 0 and report.unchanged == 0
    assert answers(core) == reference
    assert core.search.ensure().added == 0


# -- cancellation, budgets, threads --------------------------------------------------------------


@pytest.mark.parametrize("text", ["Ensebek", "a*", "NOT zzzz", "Zhylanbaef", "kind:case"])
def test_pre_set_cancel_returns_a_partial_result(core, text):
    cancel = threading.Event()
    cancel.set()
    full = core.search.search(text, limit=100)
    result = core.search.search(text, limit=100, cancel=cancel)
    assert full.hits and not full.partial
    # a result, marked as stopped: a search superseded before it began does not run
    assert result.partial and any("superseded" in m for m in result.messages), result
    assert {h.id for h in result.hits} <= {h.id for h in full.hits}


@pytest.mark.parametrize("budget", [0, 0.0, -5, 1e-12])
def test_tiny_budget_returns_a_result(core, budget):
    for text in ("Ensebek", "a*", "NOT zzzz", "Zhylanbaef"):
        result = core.search.search(text, budget=budget)
        check_result(result)
        if result.partial:
            assert any("partial" in m for m in result.messages)


@pytest.mark.parametrize("trial", range(3))
def test_first_searches_from_several_threads_on_a_fresh_index(tmp_path, reference, trial):
    """The window may search from worker threads before anything called ensure()."""
    core = Core(tmp_path / "data")
    core.archive  # noqa: B018 -- load outside the race
    start = threading.Barrier(6)

    def one(_: int) -> set[str]:
        start.wait(timeout=30)
        return {h.id for h in core.search.search("Ensebek", limit=100).hits}

    with ThreadPoolExecutor(max_workers=6) as pool:
        futures = [pool.submit(one, n) for n in range(6)]
        outcomes = []
        for future in futures:
            try:
                outcomes.append(future.result(timeout=120))
            except Exception as exc:
                outcomes.append(repr(exc))
    assert outcomes == [reference["Ensebek"]] * 6, outcomes
    assert answers(core) == reference


def test_ensure_from_several_threads_at_once(tmp_path, reference):
    """A background indexing thread and a first search may both bring the index up."""
    for trial in range(5):
        core = Core(tmp_path / f"data{trial}")
        core.archive  # noqa: B018 -- load outside the race
        start = threading.Barrier(4)

        def one(_: int, core: Core = core, start: threading.Barrier = start):
            start.wait(timeout=30)
            return core.search.ensure()

        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = [pool.submit(one, n) for n in range(4)]
            outcomes = []
            for future in futures:
                try:
                    outcomes.append(future.result(timeout=120))
                except Exception as exc:
                    outcomes.append(repr(exc))
        assert all(isinstance(o, SyncReport) for o in outcomes), (trial, outcomes)
        assert answers(core) == reference
        assert core.search.search("kind:case", limit=100).total == len(core.archive.cases)


def test_threads_search_concurrently(core, reference):
    queries = list(reference) * 8

    def one(q: str) -> tuple[str, set[str]]:
        return q, {h.id for h in core.search.search(q, limit=100).hits}

    with ThreadPoolExecutor(max_workers=8) as pool:
        for q, found in pool.map(one, queries):
            assert found == reference[q], q


def test_totals_are_exact_on_a_larger_multi_segment_index(tmp_path):
    """Totals are counted in the same pass as the hits; with more matches than the limit and
    several segments they must still equal a full count.

    Twelve copies of the report (576 items, 3 segments): from seven copies on, a common word's
    postings in a segment are long enough for Whoosh to skip documents that cannot enter the
    top N, and this test fails if the search lets it (``optimize=True``: 3 of the 4 totals
    short) or lets it replace matchers (no ``replace = 0``: "Almaty sentenced" counts 7)."""
    from index.archive import load_archive
    from index.search.engine import SearchEngine
    from index.search.items import IndexItem, archive_items
    from index.search.query import parse

    base = list(archive_items(load_archive(None)))
    items = [
        IndexItem(f"{i.id}-copy{n}", i.kind, {**i.fields, "para_id": f"{i.id}-copy{n}"})
        for n in range(12)
        for i in base
    ]
    index = SearchEngine(tmp_path / "ix", [lambda: items])
    for cut in (len(items) // 3, 2 * len(items) // 3, len(items)):
        index.store.sync(items[:cut])
    index.ensure()
    for text in ("the", "court OR police", "Almaty sentenced", "Ensebek"):
        result = index.search(text, limit=5, facets=False)
        with index.store.ix.searcher() as searcher:
            full = len(searcher.search(parse(text).query, limit=None))
        assert result.total == full > 5, text
