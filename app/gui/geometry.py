"""The window's first size, chosen for the screen it opens on (issue 26).

Until the user has moved or resized it (the geometry is a setting, restored at every start),
the window takes most of the screen's free area — a reader beside two panels wants the room —
centred, with a margin that keeps its frame on the screen. Where that would still be cramped
(laptops of 1366×768 and smaller: 1024×600 netbooks), it opens maximised, as people use such
screens; its normal size, should it be un-maximised, fits the screen as well."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

SHARE = 0.9
"""The part of the free area's width and height a first window takes."""
MAX_WIDTH, MAX_HEIGHT = 2200, 1400
"""No wider or taller than this on a very large screen: lines and panels stay in reach."""
MAXIMISED_BELOW = (1400, 820)
"""A free area narrower or lower than this: the first window opens maximised."""
FRAME_ROOM = 48
"""Pixels kept free above and below the window for its title bar and frame (the window's
size is its inside; the frame is added around it by the window manager)."""


@dataclass(frozen=True)
class FirstGeometry:
    normal: QRect
    """The window's inside, centred in the free area, its frame on the screen."""
    maximised: bool


def first_geometry(free: QRect) -> FirstGeometry:
    """The first geometry of a window on a screen whose free area (less panels and docks)
    is ``free``."""
    small = free.width() < MAXIMISED_BELOW[0] or free.height() < MAXIMISED_BELOW[1]
    if small:  # it opens maximised: un-maximised, nearly the whole screen still
        width, height = int(free.width() * 0.95), int(free.height() * 0.92)
    else:
        width = min(MAX_WIDTH, int(free.width() * SHARE))
        height = min(MAX_HEIGHT, int(free.height() * SHARE), free.height() - 2 * FRAME_ROOM)
    normal = QRect(
        free.x() + (free.width() - width) // 2,
        free.y() + (free.height() - height) // 2,
        width,
        height,
    )
    return FirstGeometry(normal, small)


def free_area(widget) -> QRect:
    """The free area of the screen ``widget`` is on (the primary one before it is shown)."""
    return (widget.screen() or QGuiApplication.primaryScreen()).availableGeometry()


def fit_to_screen(window) -> FirstGeometry:
    """Give ``window`` its first normal size for its screen; whether it should open
    maximised is returned (and kept as ``window.first_geometry`` for `show_window`)."""
    first = first_geometry(free_area(window))
    window.resize(first.normal.size())
    window.move(first.normal.topLeft())
    window.first_geometry = first
    return first


def show_window(window) -> None:
    """Show ``window`` (a `MainWindow`): maximised at its first start on a small screen; a
    geometry remembered from an earlier start keeps its own size and maximised state."""
    from app.gui import settings as S

    first = getattr(window, "first_geometry", None)
    remembered = bool(window.settings.get(S.GEOMETRY))
    if not remembered and first is not None and first.maximised:
        window.showMaximized()
    else:
        window.show()
