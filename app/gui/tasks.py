"""One small helper for work off the GUI thread: progress, cancel, results back on the GUI thread.

Workers never touch widgets: they get a `TaskContext` to report progress and check for
cancellation. The worker never emits a task's public signals itself: it posts its progress and
outcome to the task (a queued connection made before the work starts), and the task emits them
on the GUI thread. So a caller may connect to ``succeeded`` after ``run`` returns, as the
window does everywhere, without losing a result that came back first (a fast search did, about
one time in two hundred, and Enter then opened nothing).

The work runs on Python's own threads (`concurrent.futures`), which live as long as the runner:
a thread's readers (its Whoosh searcher, its SQLite connection, its facet maps) are kept from
one task to the next. On a `QThreadPool` thread each task ran under a fresh Python thread
state, so every search opened a new searcher and re-read the facet maps of the whole index:
1.4 s a keystroke with 10,000 imported documents, most of it spent there.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot

from app.gui.i18n import say
from index.errors import Cancelled, KnownError

log = logging.getLogger(__name__)


class TaskContext:
    """Given to the work function: ``progress(done, total, message)`` and ``cancelled``."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self.cancel_event = task.cancel_event

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def progress(self, done: int, total: int, message: str = "") -> None:
        if self.cancel_event.is_set():
            raise Cancelled
        try:
            self._task._posted_progress.emit(done, total, message)
        except RuntimeError as exc:  # the task's QObject is gone: stop the work
            raise _TaskGone from exc


class Task(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    """A plain message: the environment's fault (KnownError) or, for a bug, a short summary
    (the traceback goes to the log)."""
    cancelled = Signal()
    done = Signal()
    _posted_progress = Signal(int, int, str)
    _posted_outcome = Signal(str, object)
    """Emitted on the worker thread; queued to the task's own thread, which emits the public
    signals above. Connected here, before the work can start, so nothing is ever lost."""

    def __init__(self, name: str, cancellable: bool = True) -> None:
        super().__init__()
        self._posted_progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._posted_outcome.connect(self._deliver_outcome, Qt.ConnectionType.QueuedConnection)
        self.name = name
        self.cancellable = cancellable
        """False for a save: closing the window waits for it instead of cancelling it."""
        self.cancel_event = threading.Event()
        self.thread: threading.Thread | None = None
        """The thread the work ran on (set when it starts)."""
        self.result: Any = None
        self.finished = False
        """Set on the worker thread when the work ended, before its signals arrive."""
        self.delivered = False
        """Set on the GUI thread once its outcome (succeeded/failed/cancelled) has reached
        every listener and ``done`` is being delivered."""

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    @Slot(str, object)
    def _deliver_outcome(self, outcome: str, value: object) -> None:
        if outcome == "succeeded":
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        self.done.emit()


def _run(task: Task, fn: Callable[[TaskContext], Any]) -> None:
    """Run ``fn`` for ``task`` (on a worker thread) and post its outcome to the task."""
    task.thread = threading.current_thread()
    outcome: tuple[str, object] = ("gone", None)
    try:
        result = fn(TaskContext(task))
    except Cancelled:
        outcome = ("cancelled", None)
    except KnownError as exc:
        outcome = ("failed", say(exc))
    except _TaskGone:
        log.info("task %s: its window closed before it finished", task.name)
    except Exception as exc:  # a bug: log it with its traceback, tell the user briefly
        log.exception("task %s failed", task.name)
        outcome = ("failed", f"{task.name} failed: {type(exc).__name__}: {exc}")
    else:
        if task.cancel_event.is_set():
            outcome = ("cancelled", None)
        else:
            task.result = result
            outcome = ("succeeded", result)
    task.finished = True
    _emit(task._posted_outcome, *outcome)


class _TaskGone(Exception):
    """The task's QObject was deleted (its window closed, or the app is exiting) while the
    work ran: there is no one left to tell."""


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError as exc:  # "Signal source has been deleted"
        log.debug("result of a task dropped: %s", exc)


_thread_qt = threading.local()


def _qt_ready() -> None:
    """Give a new worker thread an event dispatcher of its own, as a `QThread` has: Qt's
    text layout and PDF writer start timers in the thread they run in (without one, Qt
    warned "current thread's event dispatcher has already been destroyed")."""
    _thread_qt.loop = QEventLoop()


class _Pool:
    """A fixed number of Python threads that run submitted work in turn and live until
    `close` (idle threads cost nothing but their readers). Closed, it starts threads again
    when given more work."""

    def __init__(self, threads: int, name: str) -> None:
        self.threads = threads
        self.name = name
        self._executor: ThreadPoolExecutor | None = None
        self._pending: set[Future] = set()
        self._lock = threading.Lock()

    def start(self, work: Callable[[], None]) -> None:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    self.threads, thread_name_prefix=self.name, initializer=_qt_ready
                )
            future = self._executor.submit(work)
            self._pending.add(future)
        future.add_done_callback(self._discard)

    def _discard(self, future: Future) -> None:
        with self._lock:
            self._pending.discard(future)

    def wait(self, seconds: float) -> bool:
        """Wait until everything submitted has run; False if ``seconds`` passed first."""
        deadline = time.monotonic() + seconds
        while True:  # work submitted by work waited for is waited for too
            with self._lock:
                pending = set(self._pending)
            if not pending:
                return True
            left = deadline - time.monotonic()
            if left <= 0 or wait_futures(pending, timeout=left).not_done:
                return False

    def close(self, wait: bool = False) -> None:
        """Let the threads end once their work is done; ``wait`` for them to end (and let go
        of their readers)."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=wait)


class TaskRunner(QObject):
    """Runs tasks on worker threads. ``writes`` tasks share one thread so that writes to a
    store never race each other (Picard's rule) and run in the order submitted; searches as
    you type have one thread (one index searcher kept), other reads two. Every change the
    window makes goes through the write thread. The threads are Python's and are kept
    between tasks, so each keeps its readers (see the module's note); `close` lets them go."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = _Pool(2, "muragat-read")
        self.write_pool = _Pool(1, "muragat-write")
        self.search_pool = _Pool(1, "muragat-search")
        self._pools = pools = (self.pool, self.search_pool, self.write_pool)
        self._live: set[Task] = set()
        self.destroyed.connect(lambda *_: [pool.close() for pool in pools])
        app = QCoreApplication.instance()
        if app is not None:  # at exit, stop and finish background work before Qt goes away
            app.aboutToQuit.connect(self.shutdown)

    def run(
        self,
        name: str,
        fn: Callable[[TaskContext], Any],
        *,
        writes: bool = False,
        cancellable: bool = True,
        search: bool = False,
    ) -> Task:
        """Run ``fn`` on the write thread (``writes``), on the search thread (``search``:
        searches as you type, one after another, each superseded one cancelled; one thread
        keeps one index searcher, with its open segment files and facet maps), or on one of
        the reading threads."""
        task = Task(name, cancellable)
        self._live.add(task)  # keep the QObject alive until it is done
        task.done.connect(lambda: self._finished(task))
        pool = self.write_pool if writes else self.search_pool if search else self.pool
        pool.start(lambda: _run(task, fn))
        return task

    def _finished(self, task: Task) -> None:
        """Let the task go once everyone has heard it is done: deleting the QObject drops
        its connections, whose closures would otherwise keep it, and its result, for the
        rest of the session (a search-as-you-type session kept every result it ever had)."""
        task.delivered = True
        self._live.discard(task)
        task.deleteLater()

    def cancel_all(self) -> None:
        """Cancel long work (indexing, imports, exports); saves are left to finish."""
        for task in list(self._live):
            if task.cancellable:
                task.cancel()

    @property
    def live(self) -> list[Task]:
        return list(self._live)

    def shutdown(self) -> None:
        self.cancel_all()
        self.wait()
        self.close()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait (at most ``msecs`` in all) until the work submitted so far has run."""
        deadline = time.monotonic() + msecs / 1000
        return all(pool.wait(deadline - time.monotonic()) for pool in self._pools)

    def close(self, wait: bool = False) -> None:
        """Let the worker threads end once their work is done (``wait``: until they have,
        their searchers and database connections closed); work given later starts new
        ones."""
        for pool in self._pools:
            pool.close(wait)
