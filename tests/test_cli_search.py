"""`muragat search` and `muragat index`, run through the real entry point as a user runs them."""

from __future__ import annotations

import json
import re

import pytest
from conftest import run_cli

HIT_KEYS = {"kind", "id", "doc_id", "para_id", "title", "section", "snippet", "text", "score"}
AUGUST_CASES = {
    "nuclear-plant-critics",
    "radio-azattyk-journalists",
    "elvira-erkebayeva",
    "yulia-emelyanova",
}
RESTRICTED_FREEDOM = {
    "freedom-of-expression-2",
    "government-opponents-and-other-critics-3",
    "violence-against-women-2",
}
_HIT_LINE = re.compile(r"^\s*\d+\. \[(\w+)\] (\S+)  \(", re.MULTILINE)


def listed(stdout: str) -> list[tuple[str, str]]:
    """(kind, id) of every hit line in the text output."""
    return _HIT_LINE.findall(stdout)


def ok(result) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr


def test_search_json_cyrillic_name(data_dir):
    result = run_cli("search", "Енсебек", "--json", data_dir=data_dir)
    ok(result)
    hits = json.loads(result.stdout)
    assert isinstance(hits, list) and hits
    for h in hits:
        assert isinstance(h, dict) and h.keys() >= HIT_KEYS, h.keys()
        assert isinstance(h["score"], int | float)
        assert h["kind"] in {"paragraph", "case"}
    ids = {h["id"] for h in hits}
    assert {"temirlan-ensebek", "freedom-of-expression-2"} <= ids
    para = next(h for h in hits if h["id"] == "freedom-of-expression-2")
    assert para["para_id"] == "freedom-of-expression-2" and para["doc_id"] == "kazakhstan"
    assert "<mark>Ensebek</mark>" in para["snippet"]
    assert "Temirlan Ensebek" in para["text"]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_search_text_output(data_dir):
    result = run_cli("search", "restricted freedom", data_dir=data_dir, own_process=True)
    ok(result)
    hits = listed(result.stdout)
    assert {ident for kind, ident in hits if kind == "paragraph"} >= RESTRICTED_FREEDOM
    assert "[restricted] [freedom]" in result.stdout  # marks shown as brackets off a terminal
    assert "<mark>" not in result.stdout
    assert re.search(r"^\d+ hits? in \d+ ms\. kind: ", result.stdout, re.MULTILINE)


def test_search_phrase_text_output(data_dir):
    result = run_cli("search", '"restricted freedom"', data_dir=data_dir)
    ok(result)
    paragraphs = [ident for kind, ident in listed(result.stdout) if kind == "paragraph"]
    assert set(paragraphs[:3]) == RESTRICTED_FREEDOM
    assert not result.stderr.strip()


def test_search_filters(data_dir):
    result = run_cli("search", "date:2025-08 kind:case", data_dir=data_dir)
    ok(result)
    hits = listed(result.stdout)
    assert {ident for _, ident in hits} == AUGUST_CASES
    assert {kind for kind, _ in hits} == {"case"}
    assert f"{len(AUGUST_CASES)} hits" in result.stdout


def test_search_kind_option(data_dir):
    result = run_cli("search", "--kind", "case", "Ensebek", data_dir=data_dir)
    ok(result)
    hits = listed(result.stdout)
    assert ("case", "temirlan-ensebek") in hits
    assert {kind for kind, _ in hits} == {"case"}
    as_json = json.loads(
        run_cli("search", "--kind", "paragraph", "Ensebek", "--json", data_dir=data_dir).stdout
    )
    assert {h["id"] for h in as_json} == {
        "photo-caption",
        "freedom-of-expression-2",
        "peaceful-assembly-2",
    }


def test_search_several_words_as_arguments(data_dir):
    result = run_cli("search", "Temirlan", "Yensebek", "--json", data_dir=data_dir)
    ok(result)
    hits = json.loads(result.stdout)
    assert hits[0]["id"] == "photo-caption"  # the exact spelling ranks first


def test_search_limit_and_exact(data_dir):
    limited = json.loads(
        run_cli("search", "sentence", "--limit", "2", "--json", data_dir=data_dir).stdout
    )
    assert len(limited) == 2
    exact = json.loads(run_cli("search", "Yensebek", "--exact", "--json", data_dir=data_dir).stdout)
    assert {h["id"] for h in exact if h["kind"] == "paragraph"} == {"photo-caption"}


def test_search_fuzzy_and_suggestion(data_dir):
    result = run_cli("search", "Akhmedyarof", data_dir=data_dir)
    ok(result)
    assert "close spellings" in result.stderr
    assert "did you mean: akhmedyarov" in result.stdout.lower()
    assert ("paragraph", "freedom-of-expression-1") in listed(result.stdout)


def test_index_then_index_json_adds_nothing(empty_data_dir):
    data_dir = empty_data_dir
    first = run_cli("index", data_dir=data_dir, own_process=True)
    ok(first)
    assert re.search(r"Index rebuilt \(missing\): [1-9]\d* added", first.stdout), first.stdout
    second = run_cli("index", "--json", data_dir=data_dir)
    ok(second)
    report = json.loads(second.stdout)
    assert report["added"] == report["updated"] == report["removed"] == 0
    assert report["rebuilt"] is False and report["unchanged"] > 0
    third = run_cli("index", data_dir=data_dir)
    ok(third)
    assert "Index up to date: 0 added, 0 updated, 0 removed" in third.stdout


def test_index_rebuild(data_dir):
    ok(run_cli("index", data_dir=data_dir))
    result = run_cli("index", "--rebuild", data_dir=data_dir, own_process=True)
    ok(result)
    assert "Index rebuilt (requested)" in result.stdout
    as_json = json.loads(run_cli("index", "--rebuild", "--json", data_dir=data_dir).stdout)
    assert as_json["rebuilt"] is True and as_json["reason"] == "requested"
    assert as_json["added"] > 0 and as_json["unchanged"] == 0
    hits = json.loads(run_cli("search", "Жыланбаев", "--json", data_dir=data_dir).stdout)
    assert "marat-zhylanbaev" in {h["id"] for h in hits}


def test_search_repairs_a_damaged_index(data_dir):
    ok(run_cli("index", data_dir=data_dir))
    folder = data_dir / "index"
    biggest = max((p for p in folder.iterdir() if p.is_file()), key=lambda p: p.stat().st_size)
    with biggest.open("r+b") as f:
        f.truncate(biggest.stat().st_size // 2)
    result = run_cli("search", "Ensebek", "--json", data_dir=data_dir)
    ok(result)
    assert "rebuilt" in result.stderr
    assert "temirlan-ensebek" in {h["id"] for h in json.loads(result.stdout)}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"restricted freedom', "unbalanced quote"),
        ("(Ensebek", "unmatched '('"),
        ("AND OR", "Nothing to search for"),
        ("Ensebek AND OR", "stray 'OR'"),
        ("person:", "empty 'person:' filter"),
        ("date:[2025-01", "unmatched '['"),
        ("\x07\x1b", "control characters"),
        ("", "Nothing to search for"),
        ("   ", "Nothing to search for"),
        ("*", "Couldn't read the query"),
        ("x" * 5000, "first 1000 characters"),
        ("ordinal:5", None),  # not a documented filter, but must not crash either
    ],
    ids=lambda q: repr(q[:16]) if isinstance(q, str) else str(q),
)
def test_broken_query_exits_zero_with_a_message(data_dir, query, message):
    result = run_cli("search", query, data_dir=data_dir)
    ok(result)
    if message is not None:
        assert "muragat: " in result.stderr and message in result.stderr, result.stderr
    as_json = run_cli("search", query, "--json", data_dir=data_dir)
    ok(as_json)
    assert isinstance(json.loads(as_json.stdout), list)
    if message is not None:
        assert message in as_json.stderr


def test_unbalanced_quote_still_finds_the_words(data_dir):
    result = run_cli("search", '"restricted freedom', "--json", data_dir=data_dir)
    ok(result)
    assert "unbalanced quote" in result.stderr
    assert {h["id"] for h in json.loads(result.stdout)} >= RESTRICTED_FREEDOM
