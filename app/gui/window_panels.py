"""Which panels show beside the reader, and the window's size on the screen.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter

from app.gui import settings as S
from app.gui.reader import READABLE_MIN

NAVIGATOR_WIDTH = 270
SIDE_WIDTH = 350
READER_ROOM = READABLE_MIN + 60
"""What the reader keeps (viewport plus scroll bar and frame) before side panels give way."""


class Panels:
    def _lay_out(self) -> None:
        """Navigator | centre | search over notes, in a splitter whose side panels give way."""
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.search)
        side.addWidget(self.notes_panel)
        side.setSizes([440, 440])  # search and the notes on what is read: an even share
        side.setChildrenCollapsible(False)
        self.side = side

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self._build_scan()  # the centre and, beside it, the scan (View → Show scan)
        self.splitter.addWidget(self.reading)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.centre.setMinimumWidth(280)
        self.splitter.setSizes([NAVIGATOR_WIDTH, 700, SIDE_WIDTH])
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.setCentralWidget(self.splitter)
        self.wanted = {self.navigator: True, self.side: True}
        """Which side panels the user wants; the window may still hide one that does not fit."""
        self.priority = [self.side, self.navigator]
        """Which side panel keeps its place first when the window is narrow."""

    def _fit_to_screen(self) -> None:
        """A first size for the screen (`app.gui.geometry`); a remembered one replaces it."""
        from app.gui.geometry import fit_to_screen

        fit_to_screen(self)

    def _keep_on_screen(self) -> None:
        """A geometry remembered from a bigger screen is shrunk to this one's free area."""
        free = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if not free.contains(self.frameGeometry()):
            self._fit_to_screen()

    def panel_shown(self, panel) -> bool:
        """Visible and not dragged shut."""
        index = self.splitter.indexOf(panel)
        return not panel.isHidden() and self.splitter.sizes()[index] > 0

    def toggle_panel(self, panel) -> None:
        """View → Navigator (F9) / Search and notes (Shift+F9): hide or bring back a panel,
        even one dragged shut. The choice is remembered."""
        self.set_panel(panel, not self.panel_shown(panel))

    def toggle_navigator(self) -> None:
        self.toggle_panel(self.navigator)

    def toggle_side(self) -> None:
        self.toggle_panel(self.side)

    def set_panel(self, panel, shown: bool) -> None:
        self.wanted[panel] = shown
        if shown:  # asked for last: it keeps its place when the window is narrow
            self.priority.remove(panel)
            self.priority.insert(0, panel)
            self.settings.set(S.PANEL_FIRST, "navigator" if panel is self.navigator else "side")
        self.settings.set(S.NAVIGATOR_SHOWN, self.wanted[self.navigator])
        self.settings.set(S.SIDE_SHOWN, self.wanted[self.side])
        self.give_way()
        if shown and not self.panel_shown(panel) and self.scan_room():
            self.scan_view.hide()  # the panel asked for takes the scan's room (Ctrl+Shift+S again)
            self.give_way()

    def give_way(self) -> None:
        """Show the panels the user wants that fit beside a readable reader; side panels
        give way first (the one asked for last stays longest)."""
        need = READER_ROOM + self.scan_room()  # the scan beside the text needs room too
        room = self.splitter.width() - need
        widths = {self.navigator: NAVIGATOR_WIDTH, self.side: SIDE_WIDTH}
        show = {}
        for panel in self.priority:
            fits = room >= min(widths[panel], max(200, panel.minimumSizeHint().width()))
            show[panel] = self.wanted[panel] and fits
            if show[panel]:
                room -= widths[panel]
        sizes = self.splitter.sizes()
        for panel, visible in show.items():
            index = self.splitter.indexOf(panel)
            if visible and sizes[index] == 0:
                sizes[index] = widths[panel]
            panel.setVisible(visible)
        if any(
            visible and self.splitter.sizes()[self.splitter.indexOf(p)] == 0
            for p, visible in show.items()
        ):
            self.splitter.setSizes(sizes)
        sizes = self.splitter.sizes()
        short = need - sizes[1]
        if short > 0 and self.isVisible():  # remembered wide panels give back their room
            for panel in self.priority[::-1]:
                index = self.splitter.indexOf(panel)
                give = min(short, max(0, sizes[index] - widths[panel]))
                sizes[index] -= give
                sizes[1] += give
                short -= give
            self.splitter.setSizes(sizes)
        self._sync_panel_actions()

    def _sync_panel_actions(self) -> None:
        self.navigator_action.setChecked(self.panel_shown(self.navigator))
        self.side_action.setChecked(self.panel_shown(self.side))

    def _splitter_moved(self, *_args) -> None:
        """A panel dragged shut counts as hidden by the user (View brings it back)."""
        for panel in (self.navigator, self.side):
            if not panel.isHidden() and self.splitter.sizes()[self.splitter.indexOf(panel)] == 0:
                self.wanted[panel] = False
                self.settings.set(
                    S.NAVIGATOR_SHOWN if panel is self.navigator else S.SIDE_SHOWN, False
                )
        self._sync_panel_actions()

    def _ensure_shown(self, panel) -> None:
        if not self.panel_shown(panel):
            self.set_panel(panel, True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "wanted"):
            self.give_way()
