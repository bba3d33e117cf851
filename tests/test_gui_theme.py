"""The light and dark themes, chosen through View → Theme while the window is open (issue 26,
major 7 and the dark-theme minors): check boxes whose edge can be seen, keyboard focus that
can be seen, and nothing left in the other theme's colours.

Contrast is WCAG 2's ratio of relative luminances, measured on what the widgets paint
(QWidget.grab), computed here on its own rather than with the app's function.
"""

from __future__ import annotations

import pytest
from conftest import run_cli
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from index.core import Core

pytestmark = pytest.mark.gui

THEMES = ("dark", "light")


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def window(qtbot, data_dir):
    from app.gui.main_window import MainWindow
    from app.gui.theme import apply_theme

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    apply_theme("system")  # the application's look, for the tests that follow


def edge_contrast(box: QCheckBox) -> float:
    """How well the check box's indicator stands out: the contrast of its edge against the
    background beside it, on its weakest side (each side's two outermost pixels, the better
    of the two: an edge may be drawn half a pixel in)."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    r = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image: QImage = box.grab().toImage()
    scale = image.width() / box.width()  # a high-DPI screen grabs at its device pixel ratio
    px = lambda x, y: image.pixelColor(int(x * scale), int(y * scale))  # noqa: E731
    background = px(r.right() + 3, r.center().y())  # the gap between the box and its label
    cx, cy = r.center().x(), r.center().y()
    sides = [
        [px(r.left(), cy), px(r.left() + 1, cy)],
        [px(r.right(), cy), px(r.right() - 1, cy)],
        [px(cx, r.top()), px(cx, r.top() + 1)],
        [px(cx, r.bottom()), px(cx, r.bottom() - 1)],
    ]
    return min(max(contrast(c, background) for c in side) for side in sides)


@pytest.mark.parametrize("theme", THEMES)
def test_check_boxes_stand_out_in_both_themes(qtbot, window, theme):
    """ "Exact spelling", the note editor's "Private" and the Export dialog's privacy choice:
    the box's edge stands 3:1 against the background (WCAG non-text contrast). Dark was 1.1:1
    (#222222 on #2b2b2b), light 1.6:1."""
    from PySide6.QtCore import QTimer

    from app.gui.export_dialog import ExportDialog

    window.theme_actions[theme].trigger()
    window.notes_panel.show_target("summary-1")
    qtbot.mouseClick(window.notes_panel.new_button, Qt.MouseButton.LeftButton)
    private = window.notes_panel.private
    qtbot.waitUntil(lambda: private.isEnabled() and private.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: private.width() > 0 and not private.visibleRegion().isEmpty())
    measured = {
        "Exact spelling": edge_contrast(window.search.exact),
        "Private": edge_contrast(window.notes_panel.private),
    }

    def measure_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, measure_dialog)
            return
        for box in dialog.findChildren(QCheckBox):
            if box.isVisible() and box.isEnabled():
                measured[f"Export: {box.text()}"] = edge_contrast(box)
        dialog.reject()

    QTimer.singleShot(20, measure_dialog)
    export = next(a for a in window.findChildren(QAction) if a.text() == "&Export notes…")
    export.trigger()
    assert any(name.startswith("Export: Include private") for name in measured), measured
    weak = {name: round(c, 2) for name, c in measured.items() if c < 3.0}
    assert weak == {}, f"{theme}: {measured}"


@pytest.mark.parametrize("theme", THEMES)
def test_keyboard_focus_on_a_button_is_plain_in_both_themes(qtbot, window, theme):
    """Tab to the notes panel's "New note": the pixels that change when it takes the focus
    change by 3:1 or more over at least a 2-pixel ring's worth of its edge (WCAG focus
    appearance). Fusion changed a 1-pixel outline only (dark), or nothing by 3:1 (light)."""
    window.theme_actions[theme].trigger()
    window.notes_panel.show_target("summary-1")
    button = window.notes_panel.new_button
    assert button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    unfocused = button.grab().toImage()
    for _ in range(200):  # Tab along the focus chain, as a keyboard user does
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    focused = button.grab().toImage()
    w, h = unfocused.width(), unfocused.height()
    changed = sum(
        1
        for x in range(w)
        for y in range(h)
        if contrast(unfocused.pixelColor(x, y), focused.pixelColor(x, y)) >= 3.0
    )
    ring = 2 * (2 * w + 2 * h)  # two pixels all round
    assert changed >= 0.85 * ring, f"{theme}: {changed} pixels changed by 3:1, want {ring}"


def test_the_not_from_the_report_box_follows_a_live_switch_to_dark(qtbot, window):
    """A case page open while View → Theme → Dark is chosen: the "Not from the report" box is
    drawn again dark, its text 4.5:1 or more on it (it stayed cream, #fff6dd)."""
    from PySide6.QtGui import QPalette, QTextTable

    window.theme_actions["light"].trigger()
    archive = window.core.archive
    record = next(
        r
        for r in archive.cases
        if any(s.outside_facts or any(not a.from_report for a in s.alias_info) for s in r.subjects)
    )
    assert window.open_id(record.id)
    window.theme_actions["dark"].trigger()
    page = window.case_view.document()
    tables = [f for f in page.rootFrame().childFrames() if isinstance(f, QTextTable)]
    boxes = []
    for table in tables:
        for row in range(table.rows()):
            cell = table.cellAt(row, 0)
            cursor = cell.firstCursorPosition()
            cursor.movePosition(cursor.MoveOperation.NextWord, cursor.MoveMode.KeepAnchor)
            background = table.format().background().color()
            if table.format().background().style() != Qt.BrushStyle.NoBrush:
                boxes.append((background, cursor.charFormat().foreground().color()))
    assert boxes, "no 'Not from the report' box on the page"
    base = window.case_view.palette().color(QPalette.ColorRole.Base)
    for background, text in boxes:
        assert luminance(background) < 0.1 and luminance(base) < 0.1, background.name()
        assert contrast(background, text) >= 4.5, (background.name(), text.name())


def link_pixels(widget, colour: QColor) -> int:
    """How many pixels of ``widget`` are painted in exactly ``colour``."""
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y) == colour
    )


def document_links(view) -> set[str]:
    """The colours of the links in a text view's document."""
    found = set()
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                found.add(fmt.foreground().color().name())
            it += 1
        block = block.next()
    return found


def test_links_take_the_new_themes_colour_after_a_live_switch(qtbot, data_dir, tmp_path):
    """Links on screen when View → Theme → Dark is chosen: the search's "Did you mean …?" and
    an imported document's link in the reader take the dark theme's link colour, 4.5:1 on the
    page. Both kept the colour they were read with (#0000ff; the reader a fixed #1a5fb4:
    2.4:1 and 2.5:1 on the dark theme)."""
    from PySide6.QtGui import QPalette

    from app.gui.main_window import MainWindow
    from app.gui.theme import apply_theme

    doc = tmp_path / "links.md"
    doc.write_text("# Links\n\nSee [the report](https://www.hrw.org/world-report).\n")
    assert run_cli("import", str(doc), data_dir=data_dir).returncode == 0
    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    try:
        window.theme_actions["light"].trigger()
        light = QApplication.palette().color(QPalette.ColorRole.Link)
        qtbot.waitUntil(lambda: window.core.archive.document("links") is not None, timeout=30000)
        assert window.open_id("links")
        assert document_links(window.reader) == {light.name()}
        window.search.field.setText("tortre")
        qtbot.waitUntil(lambda: "<a " in window.search.status.text(), timeout=30000)
        status = window.search.status
        qtbot.waitUntil(lambda: link_pixels(status, light) > 0, timeout=5000)  # laid out

        window.theme_actions["dark"].trigger()
        dark = QApplication.palette().color(QPalette.ColorRole.Link)
        assert dark != light
        QApplication.processEvents()
        assert link_pixels(status, dark) > 0
        assert link_pixels(status, light) == 0
        assert document_links(window.reader) == {dark.name()}
        base = window.reader.palette().color(QPalette.ColorRole.Base)
        assert contrast(dark, base) >= 4.5
    finally:
        apply_theme("system")


def test_file_dialogs_follow_a_live_switch(qtbot, window):
    """After View → Theme → Dark, File → Import files… opens Qt's own file dialog, drawn in
    the dark palette: a platform's dialog keeps the platform's colours (a light dialog over
    the dark window). Where no platform dialog exists (this test's offscreen screen) Qt's is
    used anyway, so the app's choice is checked as well: the attribute that makes it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QFileDialog

    window.theme_actions["dark"].trigger()
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.palette().color(QPalette.ColorRole.Window))
        dialog.reject()

    QTimer.singleShot(20, look)
    importing = next(a for a in window.findChildren(QAction) if a.text() == "&Import files…")
    importing.trigger()
    assert len(seen) == 1 and luminance(seen[0]) < 0.1, seen
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    window.theme_actions["system"].trigger()
    assert not QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
