"""View → Show scan: the page image beside recognised text, following the paragraph read.

Part of `MainWindow` (app/gui/main_window.py); the panel is `app.gui.scan_view.ScanView`, at
the reader's right in a splitter of its own. Texts are translated in "MainWindow"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter

from app.gui.scan_view import ScanView
from app.gui.window_panels import READER_ROOM

SCAN_WIDTH = 320
"""The narrowest the scan gets beside the reader when it opens (pixels)."""


class ScanPanel:
    def _build_scan(self) -> None:
        """The reader's own splitter: the centre (reader, case page) and the scan, hidden."""
        self.scan_view = ScanView(self.tasks)
        self.scan_view.hide()
        self.scan_view.closed.connect(self._scan_closed)
        self.reading = QSplitter(Qt.Orientation.Horizontal)
        self.reading.addWidget(self.centre)
        self.reading.addWidget(self.scan_view)
        self.reading.setCollapsible(0, False)
        self.reading.setStretchFactor(0, 1)

    def scanned_paragraph(self, ident: str | None = None):
        """The paragraph read (or ``ident``) when it was recognised from a scanned page."""
        if self.centre.currentWidget() is not self.reader:
            return None
        ident = ident or self.reader.reading_paragraph()
        para = self.core.archive.paragraph(ident) if ident else None
        return para if para is not None and para.ocr and para.page else None

    def reading_scanned(self) -> bool:
        """Whether View → Show scan has a page to show: the paragraph read is a scan's."""
        return self.scanned_paragraph() is not None

    def show_scan(self, ident: str | None = None) -> None:
        """Open the scan of the page the paragraph read (or ``ident``) comes from."""
        para = self.scanned_paragraph(ident)
        if para is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "This paragraph was not recognised from a scan"
                ),
                6000,
            )
            return
        if self.scan_view.isHidden():
            self.scan_view.show()
            self.give_way()  # side panels make room for it if the window is narrow
            width = self.reading.width()
            # as wide as the text when there is room (a page fitted to 320 px has letters a
            # few pixels high); never narrower than SCAN_WIDTH, never squeezing the reader
            scan = max(SCAN_WIDTH, min(width // 2, width - READER_ROOM))
            self.reading.setSizes([max(READER_ROOM, width - scan), scan])
        self._scan_page(para)

    def show_scan_at(self, _page: int, ident: str) -> None:
        """The reader's context menu: the scan of the paragraph clicked (page ``_page``)."""
        self.show_scan(ident)

    def scan_facts(self, ident: str | None) -> dict:
        """What the reader's context menu needs to know of the paragraph clicked."""
        para = self.scanned_paragraph(ident) if ident else None
        return {"scanned": True, "page": para.page} if para is not None else {}

    def _scan_page(self, para) -> None:
        label = QCoreApplication.translate("MainWindow", "Scan, p. %1").replace(
            "%1", str(para.page)
        )
        self.scan_view.show_page(self.core.archive, para.bundle_id, para.page, label)

    def _scan_follows(self, ident: str | None) -> None:
        """The reader moved: the action's state, and the open scan turns to the new page."""
        action = getattr(self, "actions_by_id", {}).get("show_scan")
        para = self.scanned_paragraph(ident)
        if action is not None:
            action.setEnabled(para is not None)
        if para is not None and not self.scan_view.isHidden():
            self._scan_page(para)

    def scan_room(self) -> int:
        """What the open scan takes beside the reader (0 when it is closed)."""
        shown = hasattr(self, "scan_view") and not self.scan_view.isHidden()
        return SCAN_WIDTH if shown else 0

    def _scan_closed(self) -> None:
        self.give_way()
        self.reader.setFocus()
