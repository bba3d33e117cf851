"""View → Timeline (issue 29): the case records' events on a time axis, in a window of its own.

Drawn with Qt from the very layout the SVG and PNG exports are made of
(`index.timeline.layout`): one row per event, a dot for a day, a bar for a month or a span, a
dashed bar for an approximate date, and the events of unknown date listed apart under their
own heading, never placed. The axis zooms from years to days (Ctrl+wheel, + and −, Fit); the
filter row narrows the events (tag, charge, person, place, text, all of which must match);
Tab and the arrow keys move from event to event, Enter (or a click) opens its paragraph or
case record in the main window. The window recomputes the timeline when a change made
through `Core.apply` can alter it (`index.timeline.touches`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import geometry
from app.gui.theme import is_dark
from index.timeline.build import Filters, Timeline, events, touches
from index.timeline.layout import AXIS_LEFT, MARGIN, ROW, Dot, Drawing, Line, Rect, Text, layout

ZOOM_STEP = 1.5
MAX_PX_PER_DAY = 24.0
"""The closest zoom: every day numbered."""

# the layout's colours (light, as the exports print them) → the dark theme's
DARK = {
    "#1a1a1a": "#e6e6e6",
    "#6b6b6b": "#a8a8a8",
    "#d9d9d9": "#4a4a4a",
    "#f4f4f4": "#262626",
    "#e8e8e8": "#353535",
    "#3b6ea5": "#7fb0e6",
    "#c9d9ec": "#2d4a6a",
    "#ffffff": "#1f1f1f",
}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class Place:
    """One event's row in the drawing (an event shows in several rows grouped by person)."""

    key: str
    y: float
    title: str


class TimelineCanvas(QGraphicsView):
    """The drawing, one event selected at a time."""

    activated = Signal(str)
    """An event's key: Enter pressed on it, or it was clicked."""
    chosen = Signal(str)
    """An event's key: it was moved to (Tab, arrows, a click)."""
    zoomed = Signal(int)
    """+1 or −1: Ctrl+wheel, + or − pressed here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.places: list[Place] = []
        self.current = -1
        self.drawing: Drawing | None = None
        self._cursor = None

    # -- drawing ------------------------------------------------------------------------------

    def show_drawing(self, drawing: Drawing, keep: str | None = None) -> None:
        scene = self.scene()
        scene.clear()
        self._cursor = None
        self.drawing = drawing
        dark = is_dark()

        def colour(name: str) -> QColor:
            return QColor(DARK.get(name, name) if dark else name)

        scene.setBackgroundBrush(colour("#ffffff"))
        scene.setSceneRect(0, 0, drawing.width, drawing.height)
        # this view shows the axis; the words on its left stay put in `FrozenLabels`
        self.setSceneRect(AXIS_LEFT - 4, 0, drawing.width - AXIS_LEFT + 4, drawing.height)
        places: list[Place] = []
        for s in drawing.shapes:
            if isinstance(s, Line):
                pen = QPen(colour(s.stroke), s.width)
                scene.addLine(s.x1, s.y1, s.x2, s.y2, pen)
            elif isinstance(s, Rect):
                pen = QPen(colour(s.stroke)) if s.stroke else QPen(Qt.PenStyle.NoPen)
                if s.dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                item = scene.addRect(QRectF(s.x, s.y, s.w, s.h), pen, QBrush(colour(s.fill)))
                self._mark(item, s.event, s.title)
            elif isinstance(s, Dot):
                item = scene.addEllipse(
                    s.cx - s.r, s.cy - s.r, 2 * s.r, 2 * s.r,
                    QPen(Qt.PenStyle.NoPen), QBrush(colour(s.fill)),
                )  # fmt: skip
                self._mark(item, s.event, s.title)
            elif isinstance(s, Text):
                font = QFont(self.font())
                font.setPixelSize(s.size)
                font.setBold(s.bold)
                item = scene.addSimpleText(s.text, font)
                item.setBrush(colour(s.fill))
                metrics = QFontMetricsF(font)
                x = s.x
                if s.anchor == "middle":
                    x -= metrics.horizontalAdvance(s.text) / 2
                elif s.anchor == "end":
                    x -= metrics.horizontalAdvance(s.text)
                item.setPos(x, s.y - metrics.ascent())
                self._mark(item, s.event, s.title)
                if s.event and s.role in ("date", "unknown"):
                    places.append(Place(s.event, s.y - 14, s.title or s.text))
        places.sort(key=lambda p: p.y)
        self.places = places
        self.current = -1
        if keep is not None:
            at = next((i for i, p in enumerate(places) if p.key == keep), -1)
            if at >= 0:
                self.select(at, scroll=False)

    def _mark(self, item, key: str | None, title: str | None) -> None:
        if key:
            item.setData(0, key)
            item.setCursor(Qt.CursorShape.PointingHandCursor)
        if title:
            item.setToolTip(title)

    def marks(self) -> dict[str, list[float]]:
        """Event key → where its marks on the axis begin: a bar's left edge, a dot's centre
        (the middle of its day)."""
        out: dict[str, list[float]] = {}
        for item in self.scene().items():
            key = item.data(0)
            if key and isinstance(item, QGraphicsRectItem):
                out.setdefault(key, []).append(item.sceneBoundingRect().left())
            elif key and isinstance(item, QGraphicsEllipseItem):
                out.setdefault(key, []).append(item.sceneBoundingRect().center().x())
        return out

    # -- the event chosen ---------------------------------------------------------------------

    def select(self, index: int, scroll: bool = True) -> None:
        if not self.places:
            return
        index = max(0, min(index, len(self.places) - 1))
        self.current = index
        place = self.places[index]
        if self._cursor is not None:
            self.scene().removeItem(self._cursor)
        pen = QPen(self.palette().highlight().color(), 2)
        width = self.drawing.width if self.drawing else self.sceneRect().width()
        self._cursor = self.scene().addRect(QRectF(1, place.y, width - 2, ROW), pen)
        self._cursor.setZValue(10)
        if scroll:
            self.ensureVisible(self._cursor.rect().adjusted(0, -ROW, 0, ROW), 0, 0)
            marks = self.marks().get(place.key)
            if marks:  # zoomed in: the axis scrolled sideways to the event's mark
                self.ensureVisible(QRectF(min(marks) - 40, place.y, 80, ROW), 0, 0)
        self.setAccessibleDescription(place.title)
        self.setToolTip(place.title)
        self.chosen.emit(place.key)

    def selected(self) -> str | None:
        return self.places[self.current].key if 0 <= self.current < len(self.places) else None

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go from event to event; past the last (or first) they leave."""
        if self.hasFocus() and self.places:
            target = self.current + (1 if forward else -1)
            if self.current < 0:
                target = 0 if forward else len(self.places) - 1
            if 0 <= target < len(self.places):
                self.select(target)
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self.places:
            self.select(0)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.select(self.current + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.select(max(self.current - 1, 0))
        elif key == Qt.Key.Key_Home:
            self.select(0)
        elif key == Qt.Key.Key_End:
            self.select(len(self.places) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.selected()
            if chosen:
                self.activated.emit(chosen)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoomed.emit(1)
        elif key == Qt.Key.Key_Minus:
            self.zoomed.emit(-1)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomed.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:
        if self.click(self, event):
            return
        super().mousePressEvent(event)

    def click(self, view: QGraphicsView, event) -> bool:
        """A click in ``view`` (this one or the frozen labels beside it): on an event's mark
        or words, that event is chosen and opened."""
        point = event.position().toPoint()
        item = view.itemAt(point)
        key = item.data(0) if item is not None else None
        if not key:
            return False
        y = view.mapToScene(point).y()
        rows = [i for i, p in enumerate(self.places) if p.key == key]
        if rows:
            self.select(min(rows, key=lambda i: abs(self.places[i].y + ROW / 2 - y)))
        self.setFocus()
        self.activated.emit(key)
        event.accept()
        return True


class FrozenLabels(QGraphicsView):
    """The left of the drawing — the heading, the dates and what happened — kept in place
    while the axis beside it scrolls sideways when zoomed in: the same scene, another view,
    scrolled up and down with the axis."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas.scene())
        self.canvas = canvas
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFixedWidth(AXIS_LEFT - 4)
        mine, theirs = self.verticalScrollBar(), canvas.verticalScrollBar()
        theirs.valueChanged.connect(mine.setValue)
        mine.valueChanged.connect(theirs.setValue)

    def follow(self, height: float) -> None:
        self.setSceneRect(0, 0, AXIS_LEFT - 4, height)
        self.verticalScrollBar().setValue(self.canvas.verticalScrollBar().value())

    def mousePressEvent(self, event) -> None:
        if not self.canvas.click(self, event):
            super().mousePressEvent(event)


class TimelineView(QWidget):
    """The Timeline window: the filter row, the zoom buttons and the drawing."""

    def __init__(self, core, open_id: Callable[[str], object], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.core = core
        self.open_id = open_id
        self.timeline: Timeline | None = None
        self.zoom = 1.0
        self.setWindowTitle(self.tr("Timeline"))
        self.setAccessibleName(self.tr("Timeline"))

        self.group = QComboBox()
        for value, label in (
            ("", self.tr("No grouping")),
            ("case", self.tr("By case")),
            ("person", self.tr("By person")),
        ):
            self.group.addItem(label, value)
        self.group.setAccessibleName(self.tr("Group events"))
        self.fields: dict[str, QLineEdit] = {}
        row = QHBoxLayout()
        row.addWidget(self.group)
        for name, label in (
            ("tag", self.tr("Tag")),
            ("charge", self.tr("Charge")),
            ("person", self.tr("Person")),
            ("place", self.tr("Place")),
            ("text", self.tr("Text")),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(label)
            edit.setAccessibleName(self.tr("Filter by %1").replace("%1", label.lower()))
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._soon)
            self.fields[name] = edit
            row.addWidget(edit, 1)
        self.show_notes = QCheckBox(self.tr("Show &notes"))
        self.show_notes.setAccessibleName(self.tr("Show notes on the events"))
        row.addWidget(self.show_notes)
        self.zoom_out = self._button(
            "−", self.tr("Zoom out (−, Ctrl+wheel)"), lambda: self.zoom_by(-1)
        )
        self.zoom_in = self._button(
            "+", self.tr("Zoom in (+, Ctrl+wheel)"), lambda: self.zoom_by(1)
        )
        self.fit = self._button(
            self.tr("Fit"), self.tr("Fit the whole range in the window"), self.fit_all
        )
        for button in (self.zoom_out, self.zoom_in, self.fit):
            row.addWidget(button)

        self.canvas = TimelineCanvas()
        self.canvas.setAccessibleName(self.tr("Events on the time axis"))
        self.canvas.activated.connect(self.open_event)
        self.canvas.chosen.connect(self.tell_chosen)
        self.canvas.zoomed.connect(self.zoom_by)
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("Timeline status"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("The event chosen"))

        self.labels = FrozenLabels(self.canvas)
        self.labels.setAccessibleName(self.tr("Dates and events"))
        # the axis's sideways scroll bar always there, and as much room under the labels,
        # so that both views scroll up and down over the same height
        self.canvas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.labels, 1)
        left.addSpacing(self.canvas.horizontalScrollBar().sizeHint().height())
        drawn = QHBoxLayout()
        drawn.setSpacing(0)
        drawn.addLayout(left)
        drawn.addWidget(self.canvas, 1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addLayout(drawn, 1)
        box.addWidget(self.status)
        box.addWidget(self.counts)
        self.group.currentIndexChanged.connect(self.refresh)
        self.show_notes.toggled.connect(self.refresh)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        # within the screen's free area (at 1024×600 a fixed 1,100 px put Fit off the screen)
        free = geometry.first_geometry(geometry.free_area(self)).normal
        self.resize(min(1100, free.width()), min(640, free.height()))
        self.move(free.topLeft())
        self.refresh()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _soon(self) -> None:
        self._timer.start()

    # -- what is shown ------------------------------------------------------------------------

    def filters(self) -> Filters:
        f = {name: edit.text().strip() for name, edit in self.fields.items()}
        return Filters(**f)

    def group_by(self) -> str:
        return self.group.currentData() or ""

    def compute(self, for_export: bool = False) -> Timeline:
        """The timeline the filters ask for; notes attached when shown (in an export, the
        private ones left out, as the command line leaves them)."""
        f = self.filters()
        wants_notes = self.show_notes.isChecked() or bool(f.tag)
        notes = self.core.list_notes() if wants_notes else ()
        if for_export:
            notes = [n for n in notes if not n.private]
        timeline = events(
            self.core.archive, f, notes=notes,
            target_tags=self.core.target_tags() if wants_notes else None,
        )  # fmt: skip
        if not self.show_notes.isChecked():
            timeline.notes.clear()  # looked at for the tag filter, not shown
        return timeline

    def axis_width(self) -> float:
        room = self.canvas.viewport().width() - MARGIN - 12
        return max(room, 240.0) * self.zoom

    def refresh(self) -> None:
        self._timer.stop()
        self.timeline = self.compute()
        self.redraw()

    def redraw(self) -> None:
        assert self.timeline is not None
        keep = self.canvas.selected()
        drawing = layout(self.timeline, self.group_by(), translate, self.axis_width())
        self.canvas.show_drawing(drawing, keep)
        self.labels.follow(drawing.height)
        if self.canvas.selected() is None:
            self.status.clear()  # the event told of is no longer shown
        placed, unknown = len(self.timeline.placed), len(self.timeline.unknown)
        self.counts.setText(
            self.tr("Dated events: %1 · date unknown (listed apart): %2")
            .replace("%1", str(placed))
            .replace("%2", str(unknown))
        )

    def tell_chosen(self, key: str) -> None:
        """The status line: the event moved to, in full, and the notes on it when shown."""
        assert self.timeline is not None
        event = next((e for e in self.timeline.all if e.key == key), None)
        if event is None:
            return
        said = f"{event.shown(translate)} — {event.case_title}: {event.description}"
        notes = self.timeline.notes.get(key, [])
        if notes:
            firsts = [(n.body.strip().splitlines() or [""])[0] for n in notes]
            said += "\n" + self.tr("Notes: %1").replace("%1", " · ".join(firsts))
        self.status.setText(said)
        self.canvas.setAccessibleDescription(said)

    def zoom_by(self, step: int) -> None:
        extent = self.timeline.extent() if self.timeline else None
        days = (extent[1] - extent[0]).days + 31 if extent else 365
        most = max(1.0, MAX_PX_PER_DAY * days / max(self.axis_width() / self.zoom, 1.0))
        self.zoom = min(max(self.zoom * (ZOOM_STEP if step > 0 else 1 / ZOOM_STEP), 1.0), most)
        if self.timeline is not None:
            self.redraw()

    def fit_all(self) -> None:
        self.zoom = 1.0
        if self.timeline is not None:
            self.redraw()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.timeline is not None:
            self.redraw()

    # -- the main window ----------------------------------------------------------------------

    def open_event(self, key: str) -> None:
        """The event's first paragraph in the reader, else its case record."""
        shown = self.timeline.all if self.timeline else ()
        event = next((e for e in shown if e.key == key), None)
        if event is None:
            return
        archive = self.core.archive
        target = next((p for p in event.sources if archive.paragraph(p)), event.case_id)
        self.open_id(target)

    def changed(self, changed) -> None:
        """A change went through `Core.apply`: recompute when it can alter what is shown (a
        note added while notes are shown counts even when none were shown before)."""
        if self.timeline is None:
            return
        if touches(changed, self.timeline) or (changed.notes and self.show_notes.isChecked()):
            self.refresh()
