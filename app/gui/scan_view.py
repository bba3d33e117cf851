"""The scan beside the text: the page a recognised paragraph was read from, to check a word.

View → Show scan opens it at the reader's right; it follows the paragraph the user reads. The
page is rendered from the bundle's original (`index.ocr.scan.scan_page_png`) on a reading
thread of the window's `TaskRunner`: the GUI thread never waits for it, and a page asked for
while another renders supersedes it. The image is held in memory only (no decoded copy of the
user's scan is written anywhere). It fits the panel's width; zoom in and out from there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from index.errors import QT_TRANSLATE_NOOP

RENDER_SIDE = 2400
"""The longest side the page is rendered at: room to zoom in on a word."""
ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
"""Zoom steps, as multiples of the width that fits the panel."""


def tr(text: str) -> str:
    # lupdate files module-level tr() under ""
    return QCoreApplication.translate("", text)


class ScanView(QWidget):
    closed = Signal()
    """The user closed the panel (its close button or Escape)."""

    def __init__(self, tasks, parent=None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setAccessibleName(tr("Scan"))
        self.setAccessibleDescription(
            tr("The page image the recognised text was read from, to check it against")
        )
        self.image: QImage | None = None
        """The page on show, as rendered (None while none is)."""
        self.shown: tuple[str, int] | None = None
        """(bundle id, page) of the image on show."""
        self.wanted: tuple[str, int] | None = None
        """(bundle id, page) asked for last: a rendering for another one is dropped."""
        self.zoom = 1.0
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setProperty("heading", True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.zoom_out_button = self._button("-", tr("Zoom out of the scan"), lambda: self.step(-1))
        self.fit_button = self._button(
            tr("Fit width"), tr("Fit the scan to the width"), self.fit_width
        )
        self.zoom_in_button = self._button("+", tr("Zoom into the scan"), lambda: self.step(1))
        self.close_button = self._button(tr("Close"), tr("Close the scan"), self.close_panel)
        self.bar = bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(self.title, 1)
        for button in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            bar.addWidget(button)
        bar.addSpacing(6)
        bar.addWidget(self.close_button)
        self.title_row = QHBoxLayout()
        """The title's own row above the buttons, when the panel is too narrow for one row."""
        self.title_row.setContentsMargins(4, 4, 4, 0)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.area = QScrollArea()
        self.area.setWidget(self.picture)
        self.area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # the image takes the focus (arrow keys scroll it, + and - zoom): a screen reader
        # names it, where a scroll area would be a nameless frame
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picture.setAccessibleName(tr("Page image"))
        self.picture.setAccessibleDescription(
            tr("Arrow keys scroll the page; plus and minus zoom in and out")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.title_row)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.area, 1)
        self.setMinimumWidth(200)

    def _place_title(self) -> None:
        """The title beside the buttons when both fit, else on a row of its own above them:
        the page number is never clipped (a Russian or Kazakh title at 320 pixels)."""
        buttons = (self.zoom_out_button, self.fit_button, self.zoom_in_button, self.close_button)
        need = (
            self.title.sizeHint().width()
            + sum(b.sizeHint().width() for b in buttons)
            + 6  # the spacing before Close
            + self.bar.spacing() * len(buttons)
            + 8  # the margins
        )
        beside = self.bar.indexOf(self.title) >= 0
        if beside and self.width() < need:
            self.bar.removeWidget(self.title)
            self.bar.insertStretch(0, 1)  # the buttons stay at the right
            self.title_row.addWidget(self.title)
        elif not beside and self.width() >= need:
            self.title_row.removeWidget(self.title)
            self.bar.takeAt(0)  # the stretch that stood in for the title
            self.bar.insertWidget(0, self.title, 1)

    def _button(self, text: str, name: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.clicked.connect(lambda *_: slot())
        return button

    # -- the page -----------------------------------------------------------------------------

    def show_page(self, archive, bundle_id: str, page: int, label: str) -> None:
        """Show ``page`` of the bundle ``bundle_id`` of ``archive``, titled ``label``; looked
        up and rendered off the GUI thread unless it is on show already."""
        key = (bundle_id, page)
        self.title.setText(label)
        self._place_title()
        if key == self.shown or key == self.wanted:
            return
        self.wanted = key
        self.status.setText(tr("Rendering the page…"))
        self.status.show()

        def work(_ctx):
            from index.ocr.scan import ScanUnavailable, scan_page_png

            bundle = archive.bundle(bundle_id)
            if bundle is None:
                raise ScanUnavailable(
                    QT_TRANSLATE_NOOP("Errors", "the document is no longer in the archive")
                )
            image = QImage.fromData(scan_page_png(bundle, page, RENDER_SIDE), "PNG")
            if image.isNull():  # decoded here too: the GUI thread only scales what it shows
                raise ScanUnavailable(QT_TRANSLATE_NOOP("Errors", "the image cannot be read"))
            return image

        task = self.tasks.run(tr("Show the scan"), work)
        task.succeeded.connect(lambda data: self._arrived(key, data))
        task.failed.connect(lambda message: self._failed(key, message))

    def _arrived(self, key, image: QImage) -> None:
        if key != self.wanted:
            return  # the reader moved on to another page meanwhile
        self.image, self.shown, self.wanted = image, key, None
        self.status.hide()
        self._draw()

    def _failed(self, key, message: str) -> None:
        if key != self.wanted:
            return
        self.image, self.shown, self.wanted = None, None, None
        self.picture.clear()
        self.status.setText(tr("The scan cannot be shown: %1").replace("%1", message))
        self.status.show()

    # -- zoom ---------------------------------------------------------------------------------

    def fit_width(self) -> None:
        self.zoom = 1.0
        self._draw()

    def step(self, direction: int) -> None:
        """One zoom step in (1) or out (-1)."""
        nearest = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, nearest + direction))]
        self._draw()

    def scale(self) -> float:
        """Pixels on screen per pixel of the rendered page now."""
        if self.image is None or self.image.width() == 0:
            return 1.0
        room = max(50, self.area.viewport().width() - 2)
        return room / self.image.width() * self.zoom

    def _draw(self) -> None:
        if self.image is None:
            return
        scale = self.scale()
        width = max(1, round(self.image.width() * scale))
        height = max(1, round(self.image.height() * scale))
        pixmap = QPixmap.fromImage(
            self.image.scaled(
                width,
                height,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size())
        self.zoom_out_button.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in_button.setEnabled(self.zoom < ZOOMS[-1])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_title()
        self._draw()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn) or event.key() == Qt.Key.Key_Plus:
            self.step(1)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or event.key() == Qt.Key.Key_Minus:
            self.step(-1)
        elif event.key() == Qt.Key.Key_Escape:
            self.close_panel()
        else:
            super().keyPressEvent(event)

    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()
