"""The search panel says "about N results" when the engine estimated the total (issue 18)."""

from __future__ import annotations

from test_gui_actions import open_window


def test_an_estimated_total_reads_about(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.search.field.setText("Yensebek")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=15000)
    result = window.search.result
    assert not result.estimated and "about" not in window.search.status.text()
    result.estimated, result.total = True, 4800  # what a search past its budget delivers
    window.search._show(result)
    assert "about 4,800 results" in window.search.status.text()
