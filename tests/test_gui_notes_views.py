"""The notes as the window lists them (issue 26): the notes panel scales to many notes on a
paragraph and says how many there are, the Notes tab has a clear order remembered between
starts, headings in reading order and first lines cut at a word with an ellipsis, and every
place a note's colour is chosen shows it. Real data folders: the bundled report, its search
index, notes stored through the window's core."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from index.changes import AddNote
from index.core import Core
from index.notes.service import new_note

pytestmark = pytest.mark.gui

PARA = "freedom-of-expression-2"
WORDS = (
    "The hearing was adjourned again",
    "Ask the lawyer about the appeal",
    "Witnesses were not allowed to speak at the hearing in Almaty",
    "Compare with the 2024 sentence",
    "Police detained him at the airport",
)


def crowded_window(qtbot, data_dir: Path, size: tuple[int, int], notes: int = 25):
    """The window at ``size`` with ``notes`` notes on one paragraph, which it shows."""
    from app.gui.main_window import MainWindow

    core = Core(data_dir)
    for n in range(notes):
        body = f"Note {n + 1}: {WORDS[n % len(WORDS)]}"
        core.apply(AddNote(new_note(core.archive, PARA, body, tags=[f"t{n % 3}"])))
    window = MainWindow(core)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    window.open_id(PARA)
    qtbot.waitUntil(lambda: window.notes_panel.target == PARA)
    qtbot.wait(50)  # laid out
    return window


def fully_shown(view) -> list[int]:
    """The rows of ``view`` drawn whole in its viewport (none cut at its top or bottom)."""
    area = view.viewport().rect()
    model = view.model()
    return [
        row
        for row in range(model.rowCount())
        if area.contains(view.visualRect(model.index(row, 0)))
    ]


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_the_notes_panel_lists_25_notes_on_a_paragraph_and_reaches_each(qtbot, data_dir, size):
    window = crowded_window(qtbot, data_dir, size)
    panel = window.notes_panel
    assert panel.model.rowCount() == 25
    shown = fully_shown(panel.list)
    # At 1024×600 a few whole notes; at 1920×1080 many (the old panel: 1 clipped, and 3).
    assert len(shown) >= (3 if size[1] <= 600 else 8), (size, shown)
    assert panel.count.text() == "25 notes on this paragraph"
    # Each row is as tall as its words: no row is taller than the list can show whole.
    for row in range(25):
        rect = panel.list.visualRect(panel.model.index(row))
        assert 0 < rect.height() <= panel.list.viewport().height(), (row, rect)
    # By keyboard: into the list, then Down through every note; each comes into view whole,
    # and the one chosen opens in the editor.
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Home)
    seen = []
    for row in range(25):
        if row:
            qtbot.keyClick(panel.list, Qt.Key.Key_Down)
        qtbot.wait(1)
        current = panel.list.currentIndex()
        assert current.row() == row
        seen.append(panel.note.body if panel.note else None)
        qtbot.waitUntil(
            lambda current=current: (
                panel.list.viewport().rect().contains(panel.list.visualRect(current))
            )
        )
    assert seen == [f"Note {n + 1}: {WORDS[n % len(WORDS)]}" for n in range(25)]
    assert panel.editor.isVisible() and panel.editor.isEnabled()


def test_the_count_follows_what_the_panel_shows(qtbot, data_dir):
    window = crowded_window(qtbot, data_dir, (1366, 768), notes=1)
    panel = window.notes_panel
    assert panel.count.text() == "1 note on this paragraph"
    window.open_id("temirlan-ensebek")
    qtbot.waitUntil(lambda: panel.target == "temirlan-ensebek")
    assert panel.count.text() == "0 notes on this case record"
    area = QRect(panel.rect())
    assert area.contains(panel.count.geometry())


def first_lines(model, rows: int) -> list[str]:
    return [model.data(model.index(r)).split("\n")[0] for r in range(rows)]


def test_the_notes_tab_lists_newest_first_and_remembers_the_order_chosen(qtbot, data_dir):
    """25 notes added within a second (timestamps have whole seconds): newest first means
    the order they were added in, reversed; not the order of their random ids."""
    from app.gui.main_window import MainWindow

    window = crowded_window(qtbot, data_dir, (1366, 768))
    nav, model = window.navigator, window.navigator.all_notes
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Go → Notes
    qtbot.waitUntil(lambda: model.rowCount() == 25 and not model.loading)
    assert nav.notes_sort.currentText() == "Newest first"
    newest = [f"Note {n}: {WORDS[(n - 1) % len(WORDS)]}" for n in range(25, 0, -1)]
    assert first_lines(model, 25) == newest
    # Oldest first, chosen with the keyboard; kept for the next start.
    nav.notes_sort.setFocus()
    qtbot.keyClick(nav.notes_sort, Qt.Key.Key_Down)
    assert nav.notes_sort.currentText() == "Oldest first"
    qtbot.waitUntil(lambda: not model.loading and first_lines(model, 25) == newest[::-1])
    window.close()
    again = MainWindow(Core(data_dir))
    qtbot.addWidget(again)
    again.show()
    model = again.navigator.all_notes
    assert again.navigator.notes_sort.currentText() == "Oldest first"
    qtbot.waitUntil(lambda: model.rowCount() == 25 and not model.loading)
    assert first_lines(model, 25) == newest[::-1]


def test_the_notes_tab_heads_each_place_in_reading_order_and_cuts_at_a_word(qtbot, data_dir):
    window = crowded_window(qtbot, data_dir, (1366, 768), notes=2)
    core, archive = window.core, window.core.archive
    long_words = "The court heard twelve witnesses over three days " * 6
    for target, body in (
        ("peaceful-assembly-2", long_words),
        ("temirlan-ensebek", "Ask about the appeal"),
        (None, "A free note"),
    ):
        core.apply(AddNote(new_note(archive, target, body)))
    nav, model = window.navigator, window.navigator.all_notes
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    nav.notes_sort.setCurrentIndex(nav.notes_sort.findText("By document and place"))
    qtbot.waitUntil(lambda: model.total == 5 and model.rowCount() == 5 and not model.loading)
    report = archive.document(archive.paragraph(PARA).doc_id).title
    delegate = nav.notes_list.itemDelegate()
    headings = [delegate.shown(model.index(r))[0] for r in range(5)]
    assert headings == [
        f"{report} · Freedom of Expression",
        None,  # the second note on the same paragraph: under the same heading
        f"{report} · Peaceful Assembly",
        "Case records",
        "Free notes",
    ]
    # A screen reader reads the heading with the row under it.
    spoken = model.data(model.index(3), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Case records: Ask about the appeal")
    # A heading makes its row taller; the rows under it are not.
    heights = [nav.notes_list.visualRect(model.index(r)).height() for r in range(5)]
    assert heights[0] > heights[1] and heights[2] > heights[1]
    # The long first line: one line, cut after a whole word, with an ellipsis.
    _heading, lines, details = delegate.shown(model.index(2))
    assert len(lines) == 1 and lines[0].endswith("…"), lines
    kept = lines[0].removesuffix("…")
    assert long_words.startswith(kept) and long_words[len(kept)] == " ", lines
    metrics = nav.notes_list.fontMetrics()
    assert metrics.horizontalAdvance(lines[0]) <= nav.notes_list.viewport().width()
    assert details.startswith("¶ peaceful-assembly-2")
    # Another order: no headings.
    nav.notes_sort.setCurrentIndex(nav.notes_sort.findText("Newest first"))
    qtbot.waitUntil(lambda: not model.loading and model.sort == "created-desc")
    assert [delegate.shown(model.index(r))[0] for r in range(5)] == [None] * 5


@pytest.mark.parametrize("theme", ["Light", "Dark"])
def test_every_colour_a_note_can_take_is_shown_with_its_swatch(qtbot, data_dir, theme):
    from test_gui_use import menu_action

    from app.gui.reader import NOTE_COLORS
    from index.notes.model import COLORS

    window = crowded_window(qtbot, data_dir, (1366, 768), notes=1)
    menu_action(window, "View", "Theme", theme).trigger()
    panel = window.notes_panel
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Home)  # the note opens: its colour can be chosen
    assert panel.color.isEnabled() and panel.color.count() == len(COLORS)
    for n, color in enumerate(COLORS):
        icon = panel.color.itemIcon(n)
        assert not icon.isNull(), color
        image = icon.pixmap(14, 14).toImage()
        assert image.pixelColor(7, 7).name() == NOTE_COLORS[color], color
        assert image.pixelColor(1, 7).lightness() < 120, color  # an edge on light and dark
    menu_action(window, "View", "Theme", "As the system").trigger()
