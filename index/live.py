"""Following what other Muragat processes change in the same data folder: a command run while
the window is open (``muragat notes add``, ``muragat import``, a tag, a deleted note, a key
trusted), or a second window.

Every change goes through `Core.apply`, which ends by appending one row to a journal in the
notes database (the ``changes`` table): the core that wrote it, whether that process's search
index took the change in, and the ids the change touched — the same `Changed` its own
listeners heard. A `Follower` polls that journal cheaply: SQLite's ``data_version`` on a
connection it keeps tells it whether anybody committed since the last look (no query of the
journal while nothing did); then it reads the rows after the last one it saw, leaves out its
own core's, and hands the rest, merged into one `Changed`, to `Core.take_in`, which brings the
search index up to date for exactly those ids and tells the core's listeners (the window's),
as for a change made in this process.

The notes, tags and documents themselves need no copying: they are read from the shared SQLite
files, which show another process's commits at the next read. The journal keeps the newest
`index.notes.store.JOURNAL_KEPT` rows; a follower that finds the last row it saw gone (it fell
further behind, or a backup was restored under it) says that anything may have changed.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import TYPE_CHECKING

from index.changes import Changed

if TYPE_CHECKING:
    from index.core import Core

log = logging.getLogger(__name__)

POLL_SECONDS = 0.25
"""How often the journal is looked at: another process's change shows within about this."""


def encode(changed: Changed, everything: bool = False) -> str:
    """A journal row's ids: what `decode` gives back."""
    data: dict = {
        "notes": sorted(changed.notes),
        "targets": sorted(changed.targets),
        "bundles": sorted(changed.bundles),
        "gone": sorted(changed.gone_items),
    }
    if everything:
        data["all"] = True
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode(text: str, into: Changed) -> None:
    """Add a journal row's ids to ``into`` (``loaded`` for a row that changed everything)."""
    try:
        data = json.loads(text)
    except ValueError:
        into.loaded = True
        return
    into.notes.update(data.get("notes", ()))
    into.targets.update(data.get("targets", ()))
    into.bundles.update(data.get("bundles", ()))
    into.gone_items.update(data.get("gone", ()))
    if data.get("all"):
        into.loaded = True


class Follower:
    """Takes in the changes other processes make to ``core``'s data folder: `poll` once, or
    `start` a thread that polls every `POLL_SECONDS` until `stop` (or the core closes)."""

    def __init__(self, core: Core, interval: float = POLL_SECONDS) -> None:
        from index.notes.store import made_now

        self.core = core
        self.interval = interval
        self.since = made_now()
        """What was changed from now on is news: the first look takes in the rows made since
        (a command run while the window was still opening), not only those after it."""
        self._last: tuple[int, str, str] | None = None
        """(seq, writer, made) of the newest journal row seen; None before the first look."""
        self._version: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll(self) -> Changed | None:
        """Look at the journal once; what other processes changed since the last look, taken
        in (`Core.take_in`), or None when nothing was (or there is nothing to follow yet:
        the notes not open, the user's documents still loading, the core closed)."""
        core = self.core
        if core.loading:
            return None
        core.catch_up()  # what the index could not take in at the last look (a sync ran)
        last = self._last
        read = core.read_journal(None if last is None else last[0], self._version, self.since)
        if read is None:
            return None
        self._version, rows = read
        if rows is None:  # nobody committed since the last look
            return None
        lost = False
        if last is None:  # the first look: the row before `since` (if any) was seen already
            if rows and rows[0][2] < self.since:
                self._last, rows = rows[0][:3], rows[1:]
            else:
                self._last = (0, "", "")
        else:
            lost = last[0] > 0 and (not rows or rows[0][:3] != last)
            if not lost and last[0] > 0:
                rows = rows[1:]  # the row seen last time
        if not rows and not lost:
            return None
        changed = Changed()
        indexed = True
        for _seq, writer, _made, row_indexed, ids in rows:
            if writer == core.writer:
                continue  # this process's own change: its listeners heard of it
            decode(ids, changed)
            indexed = indexed and row_indexed
        self._last = rows[-1][:3] if rows else (0, "", "")
        changed.loaded = changed.loaded or lost
        touched = changed.notes or changed.targets or changed.bundles or changed.gone_items
        if not (touched or changed.loaded):
            return None  # only this process's own changes
        if not core.take_in(changed, indexed, lost=lost):
            return None
        return changed

    # -- polling on a thread of its own ---------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="muragat-live", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            if self.core.closed:
                return
            try:
                self.poll()
            except Exception:  # a bug, or a store gone under it: logged, following goes on
                log.exception("following other processes' changes failed")

    def stop(self, wait: float = 10.0) -> None:
        """Stop polling; wait (at most ``wait`` seconds) for a poll under way to end."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(wait)
