"""The window opens offscreen on the bundled report and shows its section headings."""

from __future__ import annotations

import pytest

from index.core import Core

pytestmark = pytest.mark.gui


def test_window_shows_report_and_contents(qtbot, data_dir):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    text = window.reader.toPlainText()
    for heading in (
        "Kazakhstan",
        "Events of 2025",
        "Accountability and Justice",
        "Freedom of Expression",
        "Sexual Orientation and Gender Identity",
    ):
        assert heading in text
    model = window.contents.model()
    top = model.index(0, 0)
    titles = [model.index(i, 0, top).data() for i in range(model.rowCount(top))]
    assert "Peaceful Assembly" in titles
    assert window.reader.scroll_to("peaceful-assembly-2")
    cursor = window.reader.textCursor()
    located = window.reader.archive_document.paragraph_at(cursor.position())
    assert located == ("peaceful-assembly-2", 0)
