"""The task helper lets finished tasks go: a two-hour session kept every search task, with its
result, alive (found by tests/bench/soak_bench.py --max-notes: memory grew with notes capped)."""

from __future__ import annotations

import gc
import threading
import time
import weakref

import pytest

from app.gui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_finished_tasks_and_their_results_are_released(qtbot):
    runner = TaskRunner()
    refs = []
    results = []
    gate = threading.Event()  # no task may finish before its listener is connected
    for i in range(50):
        task = runner.run("Search", lambda _ctx, i=i: gate.wait(10) and [f"hit {i}"] * 10)
        task.succeeded.connect(results.append)  # a listener, as the search panel has
        refs.append(weakref.ref(task))
        del task
    gate.set()
    assert runner.wait(10000)
    qtbot.waitUntil(lambda: len(results) == 50)
    qtbot.waitUntil(lambda: runner.live == [])

    def released() -> bool:
        gc.collect()
        return all(ref() is None for ref in refs)

    qtbot.waitUntil(released, timeout=5000)  # deleteLater runs from the event loop


def test_a_task_still_reports_to_every_listener_before_it_goes(qtbot):
    runner = TaskRunner()
    heard = []
    gate = threading.Event()
    task = runner.run("Export", lambda _ctx: gate.wait(10) and "done")
    task.succeeded.connect(lambda r: heard.append(("succeeded", r)))
    task.done.connect(lambda: heard.append(("done", None)))
    gate.set()
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert heard == [("succeeded", "done"), ("done", None)]
    assert task.result == "done" and task.finished


def test_a_result_that_comes_back_before_anyone_listens_still_reaches_them(qtbot):
    """The window connects to a task after `run` returns; a fast search could finish first,
    and its result went nowhere (Enter typed faster than the search then opened nothing,
    about one search in two hundred). Here every task has finished before its listeners are
    connected, and each is still heard, on the GUI thread, in order."""
    runner = TaskRunner()
    heard = []
    for i in range(20):
        task = runner.run("Search", lambda ctx, i=i: (ctx.progress(1, 1, "found"), i)[1])
        deadline = time.monotonic() + 5
        while not task.finished and time.monotonic() < deadline:
            time.sleep(0.001)  # the GUI thread busy meanwhile: no events are processed
        assert task.finished
        task.progressed.connect(lambda d, t, m, i=i: heard.append(("progress", i, m)))
        task.succeeded.connect(
            lambda r, i=i: heard.append(("succeeded", r, threading.current_thread().name))
        )
        task.done.connect(lambda i=i: heard.append(("done", i)))
    qtbot.waitUntil(lambda: runner.live == [], timeout=5000)
    expected = []
    for i in range(20):
        expected += [("progress", i, "found"), ("succeeded", i, "MainThread"), ("done", i)]
    assert heard == expected


def test_a_worker_thread_keeps_its_readers_from_one_task_to_the_next(qtbot):
    """Searchers and database connections are kept per thread; on Qt's pool threads every
    task ran under a fresh Python thread state, so each search opened a new searcher and
    re-read the facet maps of the whole index (1.4 s a keystroke at 10,000 documents)."""
    runner = TaskRunner()
    local = threading.local()
    fresh = []

    def work(_ctx) -> None:
        fresh.append(getattr(local, "reader", None) is None)
        local.reader = object()

    for _ in range(8):
        task = runner.run("Search", work)
        qtbot.waitUntil(lambda task=task: task.delivered, timeout=5000)
        write = runner.run("Save", work, writes=True)
        qtbot.waitUntil(lambda write=write: write.delivered, timeout=5000)
        search = runner.run("Search", work, search=True)
        qtbot.waitUntil(lambda search=search: search.delivered, timeout=5000)
    assert len(fresh) == 24
    assert sum(fresh) <= 4, "two reading threads, a writing one and a searching one, set up once"
    runner.close(wait=True)


def test_work_given_after_close_still_runs(qtbot):
    runner = TaskRunner()
    first = runner.run("Search", lambda _ctx: threading.current_thread())
    qtbot.waitUntil(lambda: first.delivered, timeout=5000)
    runner.close(wait=True)
    assert not first.result.is_alive(), "closed: its thread ended"
    again = runner.run("Search", lambda _ctx: "found")
    qtbot.waitUntil(lambda: again.delivered, timeout=5000)
    assert again.result == "found"
    assert runner.wait(1000)
