"""`muragat search --batch FILE`: one JSON line per query, run as the README shows it."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from app.commands.search_cmds import MAX_BATCH_BYTES, MAX_BATCH_LINES
from index.search.query import MAX_QUERY_CHARS


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_batch_prints_one_json_line_per_query_in_order(data_dir, tmp_path):
    batch = tmp_path / "names.txt"
    batch.write_text('Енсебек\n\nYensebek\n"hunger strike"\nqqqzzzxxx\n', encoding="utf-8")
    result = run_cli("search", "--batch", str(batch), "--limit", "3", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = lines(result.stdout)
    assert [o["query"] for o in out] == ["Енсебек", "Yensebek", '"hunger strike"', "qqqzzzxxx"]
    for o in out:
        assert o.keys() >= {"query", "total", "hits", "ms", "estimated"}
        assert isinstance(o["ms"], int | float) and o["ms"] >= 0
        assert len(o["hits"]) <= 3 and o["total"] >= len(o["hits"])
    cyrillic, latin = out[0], out[1]
    assert cyrillic["total"] == latin["total"] > 0  # the same name across scripts
    assert "temirlan-ensebek" in {h["id"] for h in cyrillic["hits"]}
    assert all("<mark>" in h["snippet"] for h in out[2]["hits"])
    assert out[3]["total"] == 0 and out[3]["hits"] == []


def test_batch_reads_standard_input(data_dir):
    result = run_cli("search", "--batch", "-", data_dir=data_dir, input="Ensebek\ntorture\n")
    assert result.returncode == 0, result.stderr
    assert [o["query"] for o in lines(result.stdout)] == ["Ensebek", "torture"]


def test_batch_file_too_large_is_refused_before_any_search(data_dir, tmp_path):
    batch = tmp_path / "big.txt"
    batch.write_text("Ensebek\n" * (MAX_BATCH_BYTES // 8 + 1), encoding="utf-8")
    result = run_cli("search", "--batch", str(batch), data_dir=data_dir)
    assert result.returncode == 1
    assert f"larger than {MAX_BATCH_BYTES:,} bytes" in result.stderr
    assert result.stdout == ""


def test_batch_with_too_many_queries_is_refused(data_dir, tmp_path):
    batch = tmp_path / "many.txt"
    batch.write_text("a\n" * (MAX_BATCH_LINES + 1), encoding="utf-8")
    result = run_cli("search", "--batch", str(batch), data_dir=data_dir)
    assert result.returncode == 1
    assert f"more than {MAX_BATCH_LINES:,} queries" in result.stderr
    assert result.stdout == ""


def test_batch_with_a_too_long_query_names_its_line(data_dir, tmp_path):
    batch = tmp_path / "long.txt"
    batch.write_text("Ensebek\n" + "x" * (MAX_QUERY_CHARS + 1) + "\n", encoding="utf-8")
    result = run_cli("search", "--batch", str(batch), data_dir=data_dir)
    assert result.returncode == 1
    assert "line 2 of the batch file is longer than" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"Ensebek\n\xff\xfe\x00torture\n", "not UTF-8 text"), (None, "cannot read the batch file")],
    ids=["binary", "missing"],
)
def test_batch_file_unreadable_says_why(data_dir, tmp_path, content, message):
    batch = tmp_path / "q.txt"
    if content is not None:
        batch.write_bytes(content)
    result = run_cli("search", "--batch", str(batch), data_dir=data_dir)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_batch_and_a_query_together_are_refused(data_dir, tmp_path):
    batch = tmp_path / "q.txt"
    batch.write_text("Ensebek\n", encoding="utf-8")
    result = run_cli("search", "torture", "--batch", str(batch), data_dir=data_dir)
    assert result.returncode == 1
    assert "not both" in result.stderr
