"""The archive the window loads is left out of the garbage collector's full passes: they walked
every object of it, freeing nothing, on whichever thread allocated — 220 ms of the GUI thread
in the middle of typing with 10,000 imported documents (issue 18)."""

from __future__ import annotations

import gc

import pytest

from index.core import Core

pytestmark = pytest.mark.gui


def test_the_loaded_archive_is_not_walked_by_the_garbage_collector(qtbot, data_dir):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.core.loading and not window.running, timeout=20000)
    archive = window.core.archive
    paragraph = next(iter(archive.paragraphs()))
    walked = {id(o) for o in gc.get_objects()}  # what a full pass walks (frozen ones not)
    assert id(paragraph) not in walked and id(archive) not in walked
