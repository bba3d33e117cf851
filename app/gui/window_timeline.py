"""View → Timeline and File → Export timeline (issue 29).

Part of `MainWindow` (app/gui/main_window.py); the view itself is app/gui/timeline_view.py,
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.gui import file_dialogs

if TYPE_CHECKING:  # the view loads when first opened
    from app.gui.timeline_view import TimelineView


class Timelines:
    timeline_view: TimelineView | None = None

    def show_timeline(self) -> TimelineView:
        """View → Timeline: the timeline's window, made on first use, then raised."""
        if self.timeline_view is None:
            from app.gui.timeline_view import TimelineView

            self.timeline_view = TimelineView(self.core, self._open_from_timeline, self)
        view = self.timeline_view
        view.show()
        view.raise_()
        view.activateWindow()
        view.canvas.setFocus()
        return view

    def _open_from_timeline(self, ident: str) -> None:
        self.open_id(ident)
        self.raise_()
        self.activateWindow()

    def timeline_changed(self, changed) -> None:
        if self.timeline_view is not None:
            self.timeline_view.changed(changed)

    def export_timeline(self, path: str | None = None) -> str | None:
        """File → Export timeline: the timeline as the Timeline window shows it (its filters
        and grouping; everything when it is not open), as SVG or PNG by the name's suffix."""
        from app.gui.timeline_view import TimelineView, translate
        from index.timeline.png import timeline_png
        from index.timeline.svg import timeline_svg

        if path is None:
            path = file_dialogs.save_file(
                self,
                QCoreApplication.translate("MainWindow", "Export timeline (SVG or PNG)"),
                "timeline.svg",
                ".svg",
            )
            if not path:
                return None
        view = self.timeline_view or TimelineView(self.core, self._open_from_timeline)
        timeline = view.compute(for_export=True)
        group_by = view.group_by()
        if view is not self.timeline_view:
            view.deleteLater()
        target = Path(path)
        if target.suffix.lower() == ".png":
            target.write_bytes(timeline_png(timeline, group_by, translate))
        else:
            target.write_text(timeline_svg(timeline, group_by, translate), encoding="utf-8")
        said = QCoreApplication.translate("MainWindow", "Timeline exported to %1")
        self.statusBar().showMessage(said.replace("%1", str(target)), 10000)
        return str(target)
