"""View → Zoom, Theme, Language and Caret browsing.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.gui import i18n
from app.gui import settings as S
from app.gui.case_view import case_html
from app.gui.theme import THEMES, apply_theme

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


class Appearance:
    def zoom(self, step: int) -> None:
        self.zoom_to(0 if step == 0 else self._zoom + step)

    def zoom_to(self, level: int) -> None:
        """One type scale: the report and case pages at the same size, a point per step."""
        level = max(-6, min(12, level))
        self._zoom = level
        size = self.base_point_size() + level
        self.reader.set_point_size(size)
        font = self.case_view.font()
        font.setPointSizeF(size)
        self.case_view.setFont(font)
        self.case_view.fit()

    def base_point_size(self) -> float:
        return QApplication.font().pointSizeF() + 2

    def choose_language(self, code: str) -> MainWindow | None:
        """View → Language: remembered, and applied at once — the window is built again in
        the new language (`reopen`), so every menu, panel, dialog and count speaks it."""
        self.settings.set(S.LANGUAGE, code)
        self.language_actions[code].setChecked(True)
        if i18n.language_for(code) == self.language:
            return None
        return self.reopen()

    def reopen(self) -> MainWindow:
        """This window again, in the language now chosen: what is typed is saved and the
        window's work finished first (one writer), then a new window opens where this one
        was (geometry, panels, zoom, theme and place are settings) with the search typed
        here; this one closes. Kept as ``successor`` (the app holds the first window)."""
        typed = self.search.field.text()
        self._wind_down()
        successor = type(self)(self.core, self.settings, self.locker)  # a MainWindow
        successor.search.field.setText(typed)
        if getattr(self, "read_only_banner", None) is not None:
            from app.gui.launch import show_read_only_banner

            show_read_only_banner(successor)
        if self.isVisible():
            successor.show()
        self.successor = successor
        self.close()
        return successor

    def set_theme(self, name: str) -> None:
        """View → Theme: our own palette for light and dark, so Dark works everywhere."""
        name = apply_theme(name)
        if hasattr(self, "_zoom"):
            self.zoom_to(self._zoom)  # re-polished widgets lost the case page's size
        self.reader.restyle()  # the marks on recognised text in the new theme's colours
        if self.notes_panel.target:  # rich text keeps the link colour it was drawn with
            self.notes_panel.show_target(self.notes_panel.target)
        if self.shown_case and self.centre.currentWidget() is self.case_view:
            record = self.core.archive.case(self.shown_case)
            if record:
                self.case_view.show_html(case_html(record, self.core.archive))
        if getattr(self, "timeline_view", None) is not None:
            self.timeline_view.redraw()  # its colours are the theme's
        self.theme_actions[name].setChecked(True)
        self.settings.set(S.THEME, name)

    def _caret_toggled(self) -> None:
        on = self.caret_action.isChecked()
        self.reader.set_caret_browsing(on)
        self.settings.set(S.CARET, on)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "Caret browsing on: move with the arrow keys, select with Shift+arrows",
            )
            if on
            else QCoreApplication.translate(
                "MainWindow", "Caret browsing off: the arrow keys scroll"
            ),
            6000,
        )

    def theme_choices(self) -> list[tuple[str, str]]:
        labels = {
            "system": QCoreApplication.translate("MainWindow", "As the &system"),
            "light": QCoreApplication.translate("MainWindow", "&Light"),
            "dark": QCoreApplication.translate("MainWindow", "&Dark"),
        }
        return [(name, labels[name]) for name in THEMES]

    def theme_chosen(self) -> str | None:
        return None  # checked by set_theme, which _restore calls

    def language_choices(self) -> list[tuple[str, str]]:
        return list(
            {
                i18n.SYSTEM: QCoreApplication.translate("MainWindow", "As the system"),
                **i18n.LANGUAGES,
            }.items()
        )

    def language_chosen(self) -> str:
        chosen = self.settings.get(S.LANGUAGE)
        known = {i18n.SYSTEM, *i18n.LANGUAGES}
        return chosen if chosen in known else i18n.SYSTEM
