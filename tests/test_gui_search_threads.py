"""Search as you type keeps its index searcher: its one thread opens one per index generation
and reuses it (at 10,000 documents a searcher costs 60-70 ms and 176 MB, Whoosh copying the
index's files into memory). On Qt's pool threads every search ran under a fresh Python thread
state, so each keystroke's search opened a new searcher and re-read the facet maps of the
whole index (issue 18: 1.4 s from keystroke to results with 10,000 imported documents)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from whoosh import index as whoosh_index

from index.core import Core

pytestmark = pytest.mark.gui


def test_typed_searches_reuse_the_search_threads_searchers(qtbot, data_dir, monkeypatch):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.core.index_ready and not window.running, timeout=20000)
    opened = []
    searcher = whoosh_index.Index.searcher

    def counted(self, **kwargs):  # Whoosh's own searcher, counted
        opened.append(1)
        return searcher(self, **kwargs)

    monkeypatch.setattr(whoosh_index.Index, "searcher", counted)
    field = window.search.field
    for words in ("Ensebek", "restricted freedom", "Almaty", "prison", "hunger strike", "court"):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClicks(field, words)
        qtbot.waitUntil(
            lambda words=words: (
                window.search.result is not None
                and window.search.result.query == words
                and window.search.model.rowCount() > 0
            ),
            timeout=15000,
        )
    assert len(opened) == 1, f"{len(opened)} searchers opened for 6 searches"
