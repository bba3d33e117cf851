"""The window refuses an edition older than the newest one seen, says so and how to open it, and
opens it once the user accepts it with ``muragat trust accept-older-edition`` in a process of
its own beside the open window."""

from __future__ import annotations

import pytest
from test_edition_numbers import editions, place, trust
from test_gui_live import WAIT, command
from test_gui_live import open_window as open_locked_window

pytestmark = pytest.mark.gui


def test_the_window_refuses_an_older_edition_and_opens_it_once_accepted(qtbot, tmp_path, data_dir):
    editor, _, copies = editions(tmp_path)
    trust(data_dir, editor)
    place(data_dir, copies[3])
    command(data_dir, "verify", vault=False)  # edition 3 seen
    folder = place(data_dir, copies[2])

    window = open_locked_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.problems_box is not None, timeout=WAIT)
    text = window.problems_box.text()
    assert "Bundle “colleague-edition” was refused: manifest.json: edition 2 of “A colleague”" in (
        text
    )
    assert "older than edition 3 seen on" in text
    assert f"to open it anyway: muragat trust accept-older-edition {folder}" in text
    assert window.core.archive.bundle("colleague-edition") is None
    assert window.core.archive.bundle("hrw-wr2026-kazakhstan") is not None  # the report stays

    command(data_dir, "trust", "accept-older-edition", str(folder), vault=False)
    qtbot.waitUntil(lambda: window.problems_box is None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.core.archive.bundle("colleague-edition") is not None)
    assert window.core.archive.bundle("colleague-edition").manifest.edition_number == 2
