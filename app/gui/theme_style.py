"""Fusion with check boxes and keyboard focus you can see, in the light and the dark theme.

Fusion draws a check box's edge in the window colour darkened by 40 %: on the dark theme's
#2b2b2b that is #222222, a contrast of 1.1:1 (issue 26, major 7: "Exact spelling", "Private"
and the Export dialog's privacy choice nearly invisible), and on the light theme 1.6:1. Its
focus frame (buttons, check boxes) is the highlight colour at a third of its opacity. WCAG
asks 3:1 for both (non-text contrast; focus appearance). This style draws Fusion, then the
indicator's edge in a colour 60 % of the way from the window to its text (about 5:1 in both
themes), and keyboard focus as a 2-pixel ring in the highlight colour, made lighter or darker
until it stands 3:1 against every colour it is drawn over or beside.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

EDGE_TOWARD_TEXT = 0.6
"""How far the indicator's edge lies from the window colour toward the window's text colour."""
FOCUS_WIDTH = 2.0


def mix(a: QColor, b: QColor, f: float) -> QColor:
    """``a`` moved the fraction ``f`` of the way to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * f,
        a.greenF() + (b.greenF() - a.greenF()) * f,
        a.blueF() + (b.blueF() - a.blueF()) * f,
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return sum(
            w * channel(v) for w, v in zip(LUMA, (c.redF(), c.greenF(), c.blueF()), strict=True)
        )

    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)


LUMA = (0.2126, 0.7152, 0.0722)
R = QPalette.ColorRole
RING_NEIGHBOURS = (R.Window, R.Button, R.Base, R.Light, R.Midlight, R.Mid, R.Dark)
"""What a focus ring may be drawn over or beside: Fusion paints buttons, their edges and
their surroundings in these."""


def edge_colour(palette: QPalette) -> QColor:
    return mix(palette.color(R.Window), palette.color(R.WindowText), EDGE_TOWARD_TEXT)


def ring_colour(palette: QPalette) -> QColor:
    """The highlight colour, moved toward the text colour until it stands 3:1 against every
    colour around it (the dark theme's blue is too close to its grey buttons)."""
    highlight, text = palette.color(R.Highlight), palette.color(R.WindowText)
    for step in range(11):
        colour = mix(highlight, text, step / 10)
        if all(contrast(colour, palette.color(role)) >= 3.0 for role in RING_NEIGHBOURS):
            return colour
    return text


class ThemeStyle(QProxyStyle):
    """Fusion, its check and radio indicators edged and its focus frame made plain."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("muragat-theme")

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        P = QStyle.PrimitiveElement
        if element == P.PE_FrameFocusRect:
            if option.state & QStyle.StateFlag.State_KeyboardFocusChange:
                self._ring(option.rect, option.palette, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in (P.PE_IndicatorCheckBox, P.PE_IndicatorItemViewItemCheck):
            self._edge(option, painter, round_=False)
        elif element == P.PE_IndicatorRadioButton:
            self._edge(option, painter, round_=True)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if element == QStyle.ControlElement.CE_PushButton and option.state & focused == focused:
            self._ring(option.rect, option.palette, painter)  # Fusion draws no focus frame here

    def _edge(self, option, painter: QPainter, round_: bool) -> None:
        colour = edge_colour(option.palette)
        if not option.state & QStyle.StateFlag.State_Enabled:
            colour.setAlphaF(0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 1.0))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()

    def _ring(self, rect, palette: QPalette, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ring_colour(palette), FOCUS_WIDTH))
        half = FOCUS_WIDTH / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 2, 2)
        painter.restore()
