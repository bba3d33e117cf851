"""The index is written in batches (issue 18): at 30,000 documents one commit left Whoosh's
temporary runs of the whole archive on disk (12 GB). A batched build answers like a one-batch
build, no segment holds more than one batch, edits never rewrite the large segments, and a
build stopped midway (cancelled or killed) never looks complete: the next start resumes it.
Real Whoosh index, the bundled archive's text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

import index.search.index_folder as folder_module
from index import sync_mark
from index.core import INDEX_DIR, Core
from index.errors import Cancelled
from index.search.index_folder import META_FILE, IndexFolder, _chars
from index.search.items import IndexItem

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["Ensebek", "Енсебек", '"of the"', "sentence", "tortur*", "kind:case", "hunger strike"]
BATCH = 4000
"""Characters per batch in these tests: the bundled archive (about 35,000) in about nine."""


def answers(core: Core) -> dict[str, tuple[int, list[str]]]:
    out = {}
    for q in QUERIES:
        result = core.find(q, limit=500)
        out[q] = (result.total, sorted(h.id for h in result.hits))
    return out


@pytest.fixture(scope="module")
def one_batch(tmp_path_factory) -> dict[str, tuple[int, list[str]]]:
    core = Core(tmp_path_factory.mktemp("one") / "data")
    report = core.update_index()
    assert report.commits == 1
    found = answers(core)
    core.close()
    return found


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of `BATCH` characters, and no segment counted small (none merged), so every
    batch stays a segment of its own."""
    monkeypatch.setattr(folder_module, "BATCH_CHARS", BATCH)
    monkeypatch.setattr(folder_module, "SMALL_SEGMENT_DOCS", 0)


def meta(data: Path) -> dict:
    return json.loads((data / INDEX_DIR / META_FILE).read_text(encoding="utf-8"))


def segments(core: Core) -> list:
    return core.search.store.ix._segments()


def test_a_build_in_several_batches_finds_what_one_batch_finds(
    small_batches, empty_data_dir, one_batch
):
    core = Core(empty_data_dir)
    report = core.update_index()
    assert report.commits >= 5
    assert len(segments(core)) == report.commits  # one segment per batch, none merged
    assert answers(core) == one_batch
    assert meta(empty_data_dir)["complete"] is True
    core.close()


def test_no_segment_holds_more_than_one_batch(small_batches, empty_data_dir):
    """What Whoosh's temporary pool holds is one writer's documents: one segment's. So the
    temporary space is bounded by a batch, however large the archive."""
    core = Core(empty_data_dir)
    core.update_index()
    items = {item.id: item for item in core.search.items()}
    largest = max(_chars(item) for item in items.values())
    reader = core.search.store.ix.reader()
    held = []
    for sub, _ in reader.leaf_readers():
        ids = [sub.stored_fields(n)["id"] for n in sub.all_doc_ids()]
        held.append(sum(_chars(items[i]) for i in ids))
    assert len(held) > 1
    assert max(held) < BATCH + largest  # a batch ends at the item that fills it
    assert sum(held) == sum(_chars(item) for item in items.values())
    core.close()


def _items(version: str, n: int = 40) -> list[IndexItem]:
    text = "The court in Almaty heard the appeal of prisoner number {k} ({v}). " * 3
    return [
        IndexItem(
            id=f"p{k}", kind="paragraph", fields={"text": text.format(k=k, v=version), "title": "T"}
        )
        for k in range(n)
    ]


def test_edits_merge_small_segments_and_never_rewrite_a_large_one(monkeypatch, tmp_path):
    monkeypatch.setattr(folder_module, "BATCH_CHARS", 2000)
    monkeypatch.setattr(folder_module, "SMALL_SEGMENT_DOCS", 0)
    store = IndexFolder(tmp_path / "index")
    store.sync(_items("first"))
    large = {s.segment_id() for s in store.ix._segments()}
    assert len(large) > 2
    monkeypatch.setattr(folder_module, "SMALL_SEGMENT_DOCS", 3)  # the batches are larger
    for n in range(7):  # seven edits of one item each
        store.update([_items(f"edit {n}")[n]])
        now = store.ix._segments()
        small = [s for s in now if s.doc_count_all() <= 3]
        assert large <= {s.segment_id() for s in now}  # every large segment kept as it is
        assert len(small) <= folder_module.SMALL_MERGE_COUNT  # merged once there are more
    assert len(store.ix._segments()) < len(large) + 7  # not one segment per edit
    assert store.ix.doc_count() == 40


def test_a_purge_rewrites_only_the_segments_holding_deletions(monkeypatch, tmp_path):
    monkeypatch.setattr(folder_module, "BATCH_CHARS", 2000)
    monkeypatch.setattr(folder_module, "SMALL_SEGMENT_DOCS", 0)
    store = IndexFolder(tmp_path / "index")
    store.sync(_items("first"))
    before = store.ix._segments()
    holder = next(s for s in before if s.doc_count_all() > 1)
    with store.ix.reader() as reader:
        gone = next(
            sub.stored_fields(n)["id"]
            for sub, _ in reader.leaf_readers()
            if sub.segment().segment_id() == holder.segment_id()
            for n in sub.all_doc_ids()
        )
    store.update([], [gone], purge=True)
    after = {s.segment_id(): s for s in store.ix._segments()}
    assert holder.segment_id() not in after  # rewritten without the deleted document
    assert {s.segment_id() for s in before} - after.keys() == {holder.segment_id()}
    assert not any(s.has_deletions() for s in after.values())
    assert store.ix.doc_count() == 39


def test_a_cancelled_build_never_looks_complete_and_the_next_start_resumes_it(
    small_batches, empty_data_dir, one_batch
):
    core = Core(empty_data_dir)
    saves = []

    def progress(done: int, total: int, message: str) -> None:
        if message == "saving":
            saves.append(done)
            if len(saves) == 3:  # two batches committed
                raise Cancelled()

    with pytest.raises(Cancelled):
        core.update_index(progress)
    held = core.search.store.ix.doc_count()
    assert 0 < held < len(list(core.search.items()))
    assert meta(empty_data_dir)["complete"] is False
    core.close()

    core = Core(empty_data_dir)
    report = core.update_index(trust_mark=True)  # as the window's start: nothing to trust
    assert report.resumed and not report.rebuilt
    assert report.added == len(list(core.search.items())) - held and report.updated == 0
    assert answers(core) == one_batch
    assert meta(empty_data_dir)["complete"] is True
    core.close()
    core = Core(empty_data_dir)
    assert core.update_index(trust_mark=True).reason == "unchanged since the last sync"
    core.close()


def test_an_interrupted_sync_removes_the_mark_of_the_last_full_one(monkeypatch, tmp_path):
    monkeypatch.setattr(folder_module, "BATCH_CHARS", 2000)
    folder = tmp_path / "index"
    store = IndexFolder(folder)
    store.sync(_items("first"))
    sync_mark.write(folder, "the archive as it was")
    saves = []

    def progress(done: int, total: int, message: str) -> None:
        if message == "saving":
            saves.append(done)
            if len(saves) == 2:  # the first batch of the new text committed
                raise Cancelled()

    with pytest.raises(Cancelled):
        store.sync(_items("second"), progress=progress)
    assert sync_mark.read(folder) is None
    assert json.loads((folder / META_FILE).read_text())["complete"] is False
    reopened = IndexFolder(folder)
    report = reopened.sync(_items("second"))
    assert report.resumed and report.updated > 0 and report.unchanged > 0
    assert reopened.stored_hashes() == {i.id: (i.hash, i.kind) for i in _items("second")}
    assert json.loads((folder / META_FILE).read_text())["complete"] is True


_KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
import index.search.index_folder as folder
folder.BATCH_CHARS, folder.SMALL_SEGMENT_DOCS = 4000, 0
from index.core import Core
saves = []
def progress(done, total, message):
    if message == "saving":
        saves.append(done)
        if len(saves) == 3:  # two batches committed: killed as a power cut would
            os.kill(os.getpid(), signal.SIGKILL)
Core(Path(sys.argv[1])).update_index(progress)
"""


def test_a_build_killed_midway_is_resumed_at_the_next_start(empty_data_dir, one_batch):
    run = subprocess.run(
        [sys.executable, "-c", _KILLED_BUILD, str(empty_data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == -9, run.stderr
    assert meta(empty_data_dir)["complete"] is False
    core = Core(empty_data_dir)
    report = core.update_index(trust_mark=True)
    assert report.resumed and not report.rebuilt and report.added > 0 and report.unchanged > 0
    assert report.added + report.unchanged == len(list(core.search.items()))
    assert answers(core) == one_batch
    core.close()


_PARALLEL_BATCHES = """
import json, sys
from pathlib import Path
import index.search.index_folder as folder
folder.PARALLEL_MIN_ITEMS, folder.PARALLEL_PROCS, folder.PARALLEL_BATCH = 1, 2, 3
folder.BATCH_CHARS, folder.SMALL_SEGMENT_DOCS = 8000, 0
from index.core import Core
core = Core(Path(sys.argv[1]))
assert folder.parallel_writer_allowed(10), "this process may not fork a writer"
report = core.update_index()
assert folder.parallel_writer_allowed(10), "a writer's threads outlived its batch"
print(json.dumps({
    "commits": report.commits,
    "segments": len(core.search.store.ix._segments()),
    "answers": {q: [r.total, sorted(h.id for h in r.hits)]
                for q in sys.argv[2:] for r in [core.find(q, limit=500)]},
}))
"""


def test_a_parallel_build_in_batches_answers_like_one_batch(empty_data_dir, one_batch):
    run = subprocess.run(
        [sys.executable, "-c", _PARALLEL_BATCHES, str(empty_data_dir), *QUERIES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    parallel = json.loads(run.stdout)
    assert parallel["commits"] >= 3
    # one segment per writer process and batch (a batch of few items may reach one process)
    assert parallel["commits"] < parallel["segments"] <= 2 * parallel["commits"]
    assert {q: tuple(v) for q, v in parallel["answers"].items()} == one_batch


def test_muragat_index_says_it_resumed_an_interrupted_build(empty_data_dir):
    run = subprocess.run(
        [sys.executable, "-c", _KILLED_BUILD, str(empty_data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == -9, run.stderr
    told = run_cli("index", data_dir=empty_data_dir)
    assert told.returncode == 0, told.stderr
    assert "Index completed (an interrupted build resumed)" in told.stdout, told.stdout
    again = run_cli("index", "--json", data_dir=empty_data_dir)
    report = json.loads(again.stdout)
    assert report["resumed"] is False and report["added"] == report["updated"] == 0


def test_a_save_never_rewrites_a_segment_much_larger_than_itself(monkeypatch, tmp_path):
    """A build's last batch leaves a segment under the size where segments count as small
    (1,605 paragraphs at 10,000 documents). Merging every small segment together rewrote it
    with every fourth note saved (12 s each there); merged by tiers of size, one-document
    segments merge among themselves and the batch's segment is left alone."""
    monkeypatch.setattr(folder_module, "SMALL_SEGMENT_DOCS", 60)
    store = IndexFolder(tmp_path / "index")
    store.sync(_items("first"))  # one batch: one segment of 40 paragraphs, a small one
    (batch,) = [s.segment_id() for s in store.ix._segments()]
    for n in range(12):  # twelve saves of one item each
        store.update([_items(f"edit {n}")[n]])
        assert batch in {s.segment_id() for s in store.ix._segments()}, f"rewritten at {n}"
    assert len(store.ix._segments()) <= 1 + 2 * folder_module.SMALL_MERGE_COUNT
    assert store.ix.doc_count() == 40
