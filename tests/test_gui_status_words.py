"""What the status bar says about the search index (issue 26): nothing at a start where it
was up to date (it said "Search index ready (0 added, 0 updated) in 0.5 s" at every start),
plain words when it took something in or the user rebuilt it; the numbers go to the log."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QAction

from index.core import Core

pytestmark = pytest.mark.gui


def started(qtbot, folder):
    """The window on ``folder``, and every message its status bar showed while it started."""
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(folder))
    qtbot.addWidget(window)
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: text and said.append(text))
    window.show()
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=60000)
    qtbot.waitUntil(lambda: not window.running, timeout=60000)
    qtbot.wait(50)
    return window, said


def about_search(said: list[str]) -> list[str]:
    return [m for m in said if "earch" in m or "ndex" in m]


def test_a_start_with_the_index_up_to_date_says_nothing_of_it(qtbot, data_dir, caplog):
    caplog.set_level(logging.INFO, logger="app.gui.index_status")
    _window, said = started(qtbot, data_dir)
    assert about_search(said) == []
    assert "0 added, 0 updated" in caplog.text  # the details: in the log


def test_a_first_start_and_a_rebuild_say_it_in_plain_words(qtbot, empty_data_dir):
    window, said = started(qtbot, empty_data_dir)
    told = about_search(said)
    assert len(told) == 1 and told[0].startswith("Search ready: "), told
    assert "passages added or updated" in told[0] and "(" not in told[0], told
    rebuild = next(a for a in window.findChildren(QAction) if a.text() == "Rebuild search index")
    said.clear()
    rebuild.trigger()
    qtbot.waitUntil(lambda: bool(about_search(said)), timeout=60000)
    told = about_search(said)
    assert told[0].startswith("Search index rebuilt: ") and told[0].endswith(" passages"), told
