"""The search budget and cancellation hold inside every query that expands into many words:
wildcards, prefixes, fuzzy terms, open ranges, and a pasted paragraph of unknown words. On a
real index holding the bundled report plus an imported document of 40,000 distinct words.
(Timings at scale: tests/bench/durability_bench.py.)"""

from __future__ import annotations

import random
import shutil
import string
import threading
import time
from pathlib import Path

import pytest
from conftest import built_once

from index.core import Core
from index.search.engine import MAX_EXPANSION

BUDGET = 0.1
SLACK = 1.5
"""Generous: the assertion is that the budget is obeyed at all (before this, 5–20 s)."""

PATHOLOGICAL = {
    "double star": "**",
    "star question star": "*?*",
    "short prefix": "a*",
    "inner wildcards": "*a*e*i*o*",
    "character class": "[a-z]*",
    "open date range": "date:[to]",
    "open lower range": "date:[1900 to]",
    "fuzzy unknown words": "qwertzuiop asdfghjkl zxcvbnmq",
}


def _wordlist_archive(folder: Path) -> None:
    """A data folder holding one imported document of 40,000 distinct made-up words."""
    rng = random.Random(14)
    words = {
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 11))) for _ in range(40_000)
    }
    words = sorted(words)
    rng.shuffle(words)
    paragraphs = [" ".join(words[i : i + 200]) for i in range(0, len(words), 200)]
    doc = folder / "wordlist.txt"
    doc.write_text("\n\n".join(paragraphs), encoding="utf-8")
    core = Core(folder / "data")
    core.import_paths([doc])
    core.update_index()
    core.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Core:
    shared = built_once(tmp_path_factory, "wordlist-archive", _wordlist_archive)
    data = tmp_path_factory.mktemp("big") / "data"
    shutil.copytree(shared / "data", data)
    core = Core(data)
    core.update_index()  # finds it up to date; the searches below then time only themselves
    return core


def pasted_paragraph(rng: random.Random) -> str:
    return " ".join(
        "".join(rng.choices("бвгдклмнпрстфхцчшщ", k=rng.randint(6, 12))) for _ in range(150)
    )


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_every_expanding_query_keeps_to_its_budget(big, name):
    started = time.monotonic()
    result = big.find(PATHOLOGICAL[name], budget=BUDGET)
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET + SLACK, (name, elapsed)
    assert not result.partial or any("partial" in m for m in result.messages), result.messages


def test_a_pasted_paragraph_of_unknown_words_keeps_to_its_budget(big):
    text = pasted_paragraph(random.Random(1))
    started = time.monotonic()
    result = big.find(text, budget=BUDGET)
    assert time.monotonic() - started < BUDGET + SLACK
    assert not result.fuzzy  # a paragraph is not loosened word by word


def test_a_pattern_matching_too_many_words_says_so(big):
    result = big.find("a*", budget=30)
    assert any("matches too many words" in m for m in result.messages)
    assert str(MAX_EXPANSION) in " ".join(result.messages)
    assert result.total > 0


@pytest.mark.parametrize("name", ["star question star", "inner wildcards", "fuzzy unknown words"])
def test_cancellation_stops_an_expanding_query(big, name):
    cancel = threading.Event()
    cancel.set()
    started = time.monotonic()
    result = big.find(PATHOLOGICAL[name], budget=60, cancel=cancel)
    assert time.monotonic() - started < SLACK
    assert result.partial
    assert "superseded" in " ".join(result.messages)
