"""Light and dark themes that work on every platform, and focus you can see.

Where the platform offers a colour scheme Qt follows it; where it offers none (X11 desktops
without a platform theme, the offscreen platform) "Dark" would do nothing, so the dark and
light choices always install a palette of our own on the Fusion style (`ThemeStyle`: check
box edges and keyboard focus drawn with 3:1 contrast or more). "System" gives back the
platform's style and palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.gui.theme_refresh import recolour_links
from app.gui.theme_style import ThemeStyle

THEMES = ("system", "light", "dark")

FOCUS_STYLE = """
QLineEdit, QPlainTextEdit, QTextBrowser, QListView, QTreeView, QTableView {
    border: 1px solid palette(mid); padding: 1px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextBrowser:focus, QListView:focus, QTreeView:focus,
QTableView:focus { border: 2px solid palette(highlight); padding: 0px; }
QLabel[heading="true"] { font-weight: bold; padding: 2px 0px 2px 0px; }
"""

_original: dict[str, object] = {}


def _dark() -> QPalette:
    p = QPalette()
    c = QColor
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, c("#2b2b2b")),
        (roles.WindowText, c("#e6e6e6")),
        (roles.Base, c("#1f1f1f")),
        (roles.AlternateBase, c("#2a2a2a")),
        (roles.ToolTipBase, c("#3a3a3a")),
        (roles.ToolTipText, c("#f0f0f0")),
        (roles.PlaceholderText, c("#9a9a9a")),
        (roles.Text, c("#e6e6e6")),
        (roles.Button, c("#353535")),
        (roles.ButtonText, c("#e6e6e6")),
        (roles.BrightText, c("#ff6b6b")),
        (roles.Light, c("#4a4a4a")),
        (roles.Midlight, c("#3e3e3e")),
        (roles.Mid, c("#6a6a6a")),
        (roles.Dark, c("#1a1a1a")),
        (roles.Shadow, c("#000000")),
        (roles.Highlight, c("#3d8ee6")),
        (roles.HighlightedText, c("#ffffff")),
        (roles.Link, c("#8cc4ff")),
        (roles.LinkVisited, c("#c9a7ff")),
    ):
        p.setColor(role, color)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, c("#7c7c7c"))
    return p


def _light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    p = style.standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fce"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6d6d6d"))
    return p


def apply_theme(name: str) -> str:
    """Install ``name`` (system, light or dark) on the application; returns the name used."""
    app = QApplication.instance()
    name = name if name in THEMES else "system"
    old_link = app.palette().color(QPalette.ColorRole.Link)
    if not _original:
        _original["style"] = app.style().name()
        _original["palette"] = QPalette(app.palette())
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        name, Qt.ColorScheme.Unknown
    )
    QGuiApplication.styleHints().setColorScheme(scheme)
    if name == "system":
        if app.style().name() != _original["style"]:
            app.setStyle(str(_original["style"]))
        app.setPalette(_original["palette"])
    else:
        app.setStyle(ThemeStyle())  # Fusion, with check boxes and focus that can be seen
        app.setPalette(_dark() if name == "dark" else _light())
    # Set after the palette: every styled widget is polished again with the new colours.
    app.setStyleSheet("")
    app.setStyleSheet(FOCUS_STYLE)
    # A platform's own dialogs (file choosers above all) keep the platform's colours: with our
    # light or dark theme Qt's own, drawn in the palette just installed.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, name != "system")
    recolour_links(old_link, app.palette().color(QPalette.ColorRole.Link))
    return name


def is_dark() -> bool:
    window = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128
