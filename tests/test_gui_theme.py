"""The light and dark themes, chosen through View → Theme while the window is open (issue 26,
major 7 and the dark-theme minors): check boxes whose edge can be seen, keyboard focus that
can be seen, and nothing left in the other theme's colours.

Contrast is WCAG 2's ratio of relative luminances, measured on what the widgets paint
(QWidget.grab), computed here on its own rather than with the app's function.
"""

from __future__ import annotations

import pytest
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
    qtbot.waitUntil(lambda: window.notes_panel.private.isEnabled(), timeout=10000)
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
