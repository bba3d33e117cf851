"""The window follows what other Muragat processes change in its data folder — a command run
while it is open, a second window — within a second, without a restart (`index.live`).

A `Follower` polls the folder's change journal on a thread of its own (never the GUI thread:
the journal is read from SQLite, and taking a change in may write the search index). What it
takes in reaches the window through the core's listeners, as the window's own changes do: the
change relay carries it to the GUI thread, and the views refresh exactly those ids. A window
closed or locked stops following (its core closes with it); a wiped folder's core is closed
before anything is removed, and a follower of a closed core ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.live import Follower

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


def follow(window: MainWindow) -> Follower:
    """Start following other processes' changes for ``window``; stopped by `Follower.stop`
    when the window winds down, or when it is destroyed."""
    follower = Follower(window.core)
    follower.start()
    window.destroyed.connect(lambda *_: follower.stop(wait=0))
    return follower
