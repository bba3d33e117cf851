"""The task helper lets finished tasks go: a two-hour session kept every search task, with its
result, alive (found by tests/bench/soak_bench.py --max-notes: memory grew with notes capped)."""

from __future__ import annotations

import gc
import threading
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
