"""View → Timeline (issue 29, items 1 and 3): the window's timeline through the user's doors —
the menu action opens it, the bundled records' events are drawn in date order with the ones of
unknown date apart and unplaced, a filter narrows them, Enter opens an event's paragraph, a
note added through `Core.apply` shows at once, the zoom reaches the days, and File → Export
timeline writes an SVG that parses. The real bundled archive in a real data folder."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from index.changes import AddNote
from index.core import Core
from index.notes.service import new_note
from index.timeline.layout import AXIS_LEFT

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, data_dir: Path):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.timeline_view is not None:
        window.timeline_view.close()


def opened(window, qtbot):
    window.timeline_action.trigger()
    view = window.timeline_view
    assert view is not None and view.isVisible()
    qtbot.waitExposed(view)
    return view


def rows(view) -> list[tuple[str, float]]:
    """(event key, row's y) of every row drawn, top to bottom."""
    return [(p.key, p.y) for p in view.canvas.places]


def test_the_action_opens_the_events_in_date_order_the_unknown_apart(window, qtbot):
    view = opened(window, qtbot)
    timeline = view.timeline
    assert len(timeline.placed) == 40 and len(timeline.unknown) == 12
    marks = view.canvas.marks()
    placed_keys = [e.key for e in timeline.placed]
    assert set(marks) == set(placed_keys)  # every dated event has its mark on the axis
    # the marks never go back in time as the rows go down (a dot sits mid-day, a bar starts
    # at its first day's edge: half a day apart at most for the same day)
    lefts = [min(marks[k]) for k in placed_keys]
    assert all(b >= a - 1.0 for a, b in pairwise(lefts))
    assert lefts[0] < lefts[len(lefts) // 2] < lefts[-1]
    assert all(left >= AXIS_LEFT - 5 for left in lefts)
    # the unknown ones: listed, below every dated row, with no mark
    by_key = dict(rows(view))
    unknown = [e.key for e in timeline.unknown]
    assert set(unknown) <= set(by_key)
    assert min(by_key[k] for k in unknown) > max(by_key[k] for k in placed_keys)
    assert not set(unknown) & set(marks)


def test_a_filter_narrows_the_events(window, qtbot):
    view = opened(window, qtbot)
    everything = len(view.canvas.places)
    qtbot.keyClicks(view.fields["charge"], "theft")
    qtbot.waitUntil(lambda: len(view.canvas.places) < everything)
    assert view.timeline.placed
    assert all(any("theft" in c for c in e.charges) for e in view.timeline.all)
    view.fields["charge"].clear()
    qtbot.waitUntil(lambda: len(view.canvas.places) == everything)


def test_enter_opens_the_events_paragraph_and_tab_moves_on(window, qtbot):
    view = opened(window, qtbot)
    canvas = view.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    first = view.timeline.placed[0]
    assert canvas.selected() == first.key
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    third = view.timeline.placed[2]
    assert canvas.selected() == third.key
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert window.location() == third.sources[0]
    assert canvas.accessibleDescription()  # the event read out


def test_a_note_added_through_the_core_shows_at_once(window, qtbot):
    view = opened(window, qtbot)
    view.show_notes.setChecked(True)
    event = view.timeline.placed[3]
    assert event.key not in view.timeline.notes
    window.core.apply(AddNote(new_note(window.core.archive, event.sources[0], "Ask the lawyer")))
    qtbot.waitUntil(lambda: event.key in view.timeline.notes)
    words = [
        item.text()
        for item in view.canvas.scene().items()
        if item.data(0) == event.key and hasattr(item, "text")
    ]
    assert any(w.startswith("[") and "1" in w for w in words)
    # moved to, the event's notes are read out and shown under the drawing
    view.canvas.setFocus()
    view.canvas.select([p.key for p in view.canvas.places].index(event.key) - 1)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert "Ask the lawyer" in view.status.text()
    assert "Ask the lawyer" in view.canvas.accessibleDescription()


def test_zooming_in_shows_the_days_and_fit_goes_back(window, qtbot):
    view = opened(window, qtbot)
    view.resize(1100, 640)  # the test screen is 800 px: the window opens within it, too
    qtbot.waitUntil(lambda: view.width() == 1100)  # narrow for a whole axis beside the labels
    view.canvas.setFocus()

    def days_shown() -> bool:
        return any(hasattr(i, "text") and i.text() == "15" for i in view.canvas.scene().items())

    assert not days_shown()
    width = view.canvas.sceneRect().width()
    for _ in range(12):
        qtbot.keyClick(view.canvas, Qt.Key.Key_Plus)
    assert view.canvas.sceneRect().width() > 4 * width
    assert days_shown()
    # moving to the last dated event brings its mark into sight; its words stay in place
    canvas = view.canvas
    last = view.timeline.placed[-1]
    at = [p.key for p in canvas.places].index(last.key)
    canvas.select(at - 1)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected() == last.key
    seen = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert seen.left() <= min(canvas.marks()[last.key]) <= seen.right()
    assert seen.left() > AXIS_LEFT  # scrolled sideways, far from the start
    words = view.labels.mapToScene(view.labels.viewport().rect()).boundingRect()
    assert words.left() == 0
    view.fit.click()
    assert view.canvas.sceneRect().width() <= view.canvas.viewport().width()
    assert not days_shown()


def save_as(monkeypatch, target: Path) -> None:
    """The save dialog answers with ``target`` (what the user types in it)."""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )


def test_export_timeline_writes_an_svg_that_parses(window, qtbot, tmp_path: Path, monkeypatch):
    view = opened(window, qtbot)
    qtbot.keyClicks(view.fields["person"], "Yensebek")  # another spelling
    qtbot.waitUntil(lambda: len(view.timeline.all) < 10)
    target = tmp_path / "timeline.svg"
    save_as(monkeypatch, target)
    window.actions_by_id["export_timeline"].trigger()
    root = ET.parse(target).getroot()
    events = {e.get("data-event") for e in root.iter() if e.get("data-event")}
    assert events == {e.key for e in view.timeline.all}
    assert any(k.startswith("temirlan-ensebek#") for k in events)


def test_the_pdf_export_ends_with_the_timeline_when_asked(
    window, qtbot, tmp_path: Path, monkeypatch
):
    """File → Export notes, PDF, "Include the timeline" ticked in the real dialog: the PDF
    ends with the dated events in date order and the undated ones apart."""
    archive = window.core.archive
    window.core.apply(AddNote(new_note(archive, "freedom-of-expression-2", "For the court")))
    target = tmp_path / "with the timeline.pdf"
    save_as(monkeypatch, target)
    ticked = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(30, answer)
            return
        dialog.format.setCurrentText("PDF")
        box = getattr(dialog, "timeline", None)
        ticked.append(box is not None and box.isEnabled())
        if box is None:  # no such choice: nothing to tick
            dialog.reject()
            return
        box.setChecked(True)
        dialog.accept()

    QTimer.singleShot(30, answer)
    window.actions_by_id["export_notes"].trigger()
    assert ticked == [True]
    qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 1000, timeout=60000)
    window.tasks.wait(60000)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "For the court" in text
    start = text.rindex("Timeline of the case records")
    section = text[start:]
    from index.timeline.build import events

    timeline = events(archive)
    assert "Date unknown: listed apart" in section
    apart = section.index("Date unknown: listed apart")
    # the first dated event's date and the last one's, in that order, before the undated
    first, last = timeline.placed[0], timeline.placed[-1]
    assert section.index(first.date) < section.rindex(last.date.split("/")[0]) < apart
    assert timeline.unknown[0].case_title.split()[0] in section[apart:]


def test_the_timeline_takes_the_dark_theme_at_once(window, qtbot):
    from PySide6.QtGui import QColor

    view = opened(window, qtbot)
    window.set_theme("light")
    light = view.canvas.scene().backgroundBrush().color()
    window.set_theme("dark")
    dark = view.canvas.scene().backgroundBrush().color()
    window.set_theme("light")
    assert light == QColor("#ffffff") and dark.lightness() < 64


def test_the_timeline_window_fits_the_screen_with_its_buttons_on_it(window, qtbot):
    """At 1024×600 the Timeline opened 1,100 px wide: its zoom-in and Fit buttons were off the
    screen (seen under Xvfb with openbox). It opens within the screen's free area, every
    button of its filter row on the screen."""
    view = opened(window, qtbot)
    free = view.screen().availableGeometry()
    frame = view.frameGeometry()
    assert free.contains(frame.topLeft()) and frame.right() <= free.right()
    assert frame.bottom() <= free.bottom()
    for button in (view.zoom_out, view.zoom_in, view.fit):
        right = button.mapToGlobal(button.rect().topRight()).x()
        assert button.isVisible() and right <= free.right()
