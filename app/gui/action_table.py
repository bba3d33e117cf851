"""The window's actions, one row each (as calibre and qutebrowser keep theirs): id, text,
shortcuts, menu, the window's method that runs it, when it is enabled, whether it is checked,
which context menus show it. The menu bar, Help → Keyboard shortcuts and the reader's context
menu are all made from this table, so a new action (or a new view's) is one row here and one
method on the window.

Texts are the English source; they are translated in the "MainWindow" context (the context
menus' own texts in their view's context), where the catalogues have always held them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from app.gui.actions import make_action

Key = str | QKeySequence.StandardKey
CONTEXT = "MainWindow"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Row:
    id: str
    """Also the name the QAction is kept under in ``window.actions_by_id``."""
    menu: str
    """The menu bar's menu it is in (see MENUS); "" for a context menu's only."""
    text: str
    handler: str
    """The window's method (a dotted path from the window: ``"locker.lock"``), called with
    ``args`` and nothing else whatever Qt passes."""
    keys: tuple[Key, ...] = ()
    args: tuple = ()
    when: str | None = None
    """The window's predicate: the action is enabled only when it returns True."""
    hide_when_off: bool = False
    """Hidden as well as disabled when ``when`` is False (the vault's actions)."""
    checkable: bool = False
    attr: str | None = None
    """The window attribute the QAction is also kept as (tests and other modules use these)."""
    context: tuple[str, ...] = ()
    """Context menus that show it, as ``"view:condition"`` (the condition one of the facts
    the view passes, such as a selection); the view's own text in ``context_text``."""
    context_text: tuple[str, str] | None = None
    """(translation context, text) in a context menu; ``%1`` is the first ``context_args``."""
    context_handler: str | None = None
    context_args: tuple[str, ...] = ()
    """Facts of the context menu passed to ``context_handler`` (the paragraph clicked)."""


@dataclass(frozen=True)
class Choices:
    """A submenu of exclusive, checkable choices (Theme, Language, Lock after)."""

    id: str
    menu: str
    text: str
    options: str
    """The window's method listing (value, label) pairs."""
    handler: str
    """The window's method called with the value chosen."""
    current: str
    """The window's method giving the value chosen now."""
    when: str | None = None
    hide_when_off: bool = False
    attr: str | None = None
    """The submenu is kept as ``window.<attr>_menu``, its group as ``<attr>_group`` and its
    actions, by value, as ``<attr>_actions``."""


@dataclass(frozen=True)
class Separator:
    menu: str


MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("go", QT_TRANSLATE_NOOP("MainWindow", "&Go")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)

SK = QKeySequence.StandardKey

ROWS: tuple[Row | Choices | Separator, ...] = (
    # File
    Row(
        "import_files",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Import files…"),
        "choose_import_files",
        ("Ctrl+I",),
    ),
    Row(
        "import_folder",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Import a &folder…"),
        "choose_import_folder",
    ),
    Row(
        "import_notes",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Import &notes…"),
        "import_notes",
    ),
    Row(
        "export_notes",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Export notes…"),
        "export_notes",
        ("Ctrl+E",),
    ),
    Row(
        "export_timeline",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Export &timeline as SVG or PNG…"),
        "export_timeline",
    ),
    Row(
        "screen_names",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Screen a list of names…"),
        "screen_names",
        attr="screen_names_action",
    ),
    Row(
        "rebuild_index",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Rebuild search index"),
        "start_indexing",
        args=(True,),
    ),
    Separator("file"),
    Row(
        "wipe",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Wipe all my data…"),
        "wipe_all_data",
        attr="wipe_action",
    ),
    Separator("file"),
    Row(
        "protect",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Protect with a passphrase…"),
        "locker.protect",
        when="is_not_vault",
        hide_when_off=True,
        attr="protect_action",
    ),
    Row(
        "change_passphrase",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "C&hange the passphrase…"),
        "locker.change_passphrase",
        when="is_vault",
        hide_when_off=True,
        attr="change_passphrase_action",
    ),
    Row(
        "unprotect",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Remo&ve the passphrase…"),
        "locker.unprotect",
        when="is_vault",
        hide_when_off=True,
        attr="unprotect_action",
    ),
    Row(
        "lock",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Lock"),
        "locker.lock",
        ("Ctrl+L",),
        when="is_vault",
        hide_when_off=True,
        attr="lock_action",
    ),
    Choices(
        "lock_after",
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "Lock &after"),
        "lock_after_choices",
        "locker.set_lock_after",
        "lock_after_chosen",
        when="is_vault",
        hide_when_off=True,
        attr="lock_after",
    ),
    Separator("file"),
    Row("quit", "file", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", (SK.Quit,)),
    # Context menus only
    Row(
        "open_hit",
        "",
        QT_TRANSLATE_NOOP("MainWindow", "Open"),
        "open_hit",
        context=("hits:hit",),
        context_args=("hit",),
    ),
    # Edit
    Row(
        "add_note",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "Add &note to selection"),
        "add_note",
        ("Ctrl+Shift+N",),
        context=("reader:selection",),
        context_text=("ReaderView", QT_TRANSLATE_NOOP("ReaderView", "Add note…")),
    ),
    Row(
        "highlight",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Highlight selection"),
        "highlight",
        ("Ctrl+Shift+H",),
        context=("reader:selection",),
        context_text=("ReaderView", QT_TRANSLATE_NOOP("ReaderView", "Highlight")),
    ),
    Row(
        "copy_citation",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "Copy &citation"),
        "copy_citation",
        ("Ctrl+Shift+C",),
        context=("hits:paragraph", "reader:paragraph"),
        context_text=("ReaderView", QT_TRANSLATE_NOOP("ReaderView", "Copy citation (¶ %1)")),
        context_handler="copy_citation_of",
        context_args=("paragraph",),
    ),
    Choices(
        "citation_style",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "Citation st&yle"),
        "citation_style_choices",
        "set_citation_style",
        "citation_style_chosen",
        attr="citation_style",
    ),
    Row(
        "undo_delete",
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo note deletion"),
        "notes_panel.undo_delete",
        ("Ctrl+Shift+Z",),
    ),
    # View
    Row(
        "navigator",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Navigator"),
        "toggle_navigator",
        ("F9",),
        checkable=True,
        attr="navigator_action",
    ),
    Row(
        "side",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Search and notes"),
        "toggle_side",
        ("Shift+F9",),
        checkable=True,
        attr="side_action",
    ),
    Row(
        "timeline",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Timeline"),
        "show_timeline",
        ("Ctrl+Shift+T",),
        attr="timeline_action",
    ),
    Separator("view"),
    Row(
        "caret",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Caret browsing"),
        "_caret_toggled",
        ("F7",),
        checkable=True,
        attr="caret_action",
    ),
    Row(
        "show_scan",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Show &scan"),
        "show_scan",
        ("Ctrl+Shift+S",),
        when="reading_scanned",
        context=("reader:scanned",),
        context_text=("ReaderView", QT_TRANSLATE_NOOP("ReaderView", "Show the scan (p. %1)")),
        context_handler="show_scan_at",
        context_args=("page", "paragraph"),
    ),
    Separator("view"),
    Row(
        "zoom_in",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"),
        "zoom",
        ("Ctrl++", "Ctrl+="),
        args=(1,),
    ),
    Row(
        "zoom_out",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"),
        "zoom",
        ("Ctrl+-",),
        args=(-1,),
    ),
    Row(
        "zoom_reset",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Reset zoom"),
        "zoom",
        ("Ctrl+0",),
        args=(0,),
    ),
    Choices(
        "theme",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Theme"),
        "theme_choices",
        "set_theme",
        "theme_chosen",
        attr="theme",
    ),
    Choices(
        "language",
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&Language"),
        "language_choices",
        "choose_language",
        "language_chosen",
        attr="language",
    ),
    # Go
    Row("back", "go", QT_TRANSLATE_NOOP("MainWindow", "&Back"), "go_back", (SK.Back,)),
    Row("forward", "go", QT_TRANSLATE_NOOP("MainWindow", "&Forward"), "go_forward", (SK.Forward,)),
    Separator("go"),
    Row(
        "search",
        "go",
        QT_TRANSLATE_NOOP("MainWindow", "&Search"),
        "focus_search",
        ("Ctrl+K", "Ctrl+F"),
    ),
    Row(
        "next_hit",
        "go",
        QT_TRANSLATE_NOOP("MainWindow", "&Next hit"),
        "search.next_hit",
        ("F3",),
        when="has_hits",
    ),
    Row(
        "previous_hit",
        "go",
        QT_TRANSLATE_NOOP("MainWindow", "&Previous hit"),
        "search.previous_hit",
        ("Shift+F3",),
        when="has_hits",
    ),
    Row(
        "reader",
        "go",
        QT_TRANSLATE_NOOP("MainWindow", "&Reader"),
        "focus_reading",
        ("Ctrl+1",),
    ),
    Row(
        "contents",
        "go",
        QT_TRANSLATE_NOOP("MainWindow", "&Contents"),
        "_tab",
        ("Ctrl+2",),
        args=(0,),
    ),
    Row("cases", "go", QT_TRANSLATE_NOOP("MainWindow", "C&ases"), "_tab", ("Ctrl+3",), args=(1,)),
    Row("tags", "go", QT_TRANSLATE_NOOP("MainWindow", "&Tags"), "_tab", ("Ctrl+4",), args=(2,)),
    Row("notes", "go", QT_TRANSLATE_NOOP("MainWindow", "N&otes"), "_tab", ("Ctrl+5",), args=(3,)),
    # Help
    Row(
        "shortcuts",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        "show_shortcuts",
        ("F1",),
    ),
    Row(
        "search_syntax",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "&Search syntax"),
        "show_search_syntax",
    ),
    Separator("help"),
    Row(
        "about",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "About the archive"),
        "about",
        attr="about_action",
    ),
    Row(
        "keys",
        "help",
        QT_TRANSLATE_NOOP("MainWindow", "Trusted &keys…"),
        "show_keys",
        attr="keys_action",
    ),
)


def resolve(window, path: str) -> Callable:
    target = window
    for part in path.split("."):
        target = getattr(target, part)
    return target


def _call(window, path: str, args: tuple = ()) -> Callable[[], object]:
    """Looked up when triggered, so the action runs whatever the window holds then."""
    return lambda: resolve(window, path)(*args)


def build(window) -> dict[str, QAction]:
    """The window's menu bar from ROWS; each action kept in ``window.actions_by_id`` (and
    under its ``attr``); enabled states set (see `refresh`)."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    for menu_id, title in MENUS:
        menus[menu_id] = bar.addMenu(tr(title))
        menus[menu_id].aboutToShow.connect(lambda: refresh(window))
    actions: dict[str, QAction] = {}
    window.actions_by_id = actions
    window.choice_menus = {}
    for row in ROWS:
        if not row.menu:
            continue  # a context menu's only
        menu = menus[row.menu]
        if isinstance(row, Separator):
            menu.addSeparator()
        elif isinstance(row, Choices):
            _choices(window, menu, row)
        else:
            action = make_action(
                window, tr(row.text), _call(window, row.handler, row.args), list(row.keys) or None
            )
            action.setCheckable(row.checkable)
            menu.addAction(action)
            actions[row.id] = action
            if row.attr:
                setattr(window, row.attr, action)
    refresh(window)
    return actions


def _choices(window, menu: QMenu, row: Choices) -> None:
    submenu = menu.addMenu(tr(row.text))
    group = QActionGroup(window)
    by_value = {}
    chosen = resolve(window, row.current)()
    for value, label in resolve(window, row.options)():
        action = make_action(window, label, _call(window, row.handler, (value,)))
        action.setCheckable(True)
        action.setChecked(value == chosen)
        group.addAction(action)
        submenu.addAction(action)
        by_value[value] = action
    window.choice_menus[row.id] = submenu
    if row.attr:
        setattr(window, f"{row.attr}_menu", submenu)
        setattr(window, f"{row.attr}_group", group)
        setattr(window, f"{row.attr}_actions", by_value)


def refresh(window) -> None:
    """Each action enabled (and shown) as its row's predicate says now; run when what a
    predicate reads changes, and whenever a menu opens."""
    for row in ROWS:
        if isinstance(row, Separator) or row.when is None or not row.menu:
            continue
        on = bool(resolve(window, row.when)())
        if isinstance(row, Choices):
            submenu = window.choice_menus[row.id]
            targets = [submenu.menuAction()]
            submenu.setEnabled(on)
        else:
            targets = [window.actions_by_id[row.id]]
        for action in targets:
            action.setEnabled(on)
            if row.hide_when_off:
                action.setVisible(on)


def context_actions(window, view: str, parent, facts: dict) -> list[QAction]:
    """The actions of ``view``'s context menu whose condition holds in ``facts`` (what was
    clicked: ``{"paragraph": id, "selection": True}``), in table order."""
    made = []
    for row in ROWS:
        if not isinstance(row, Row):
            continue
        for entry in row.context:
            where, _, condition = entry.partition(":")
            if where != view or (condition and not facts.get(condition)):
                continue
            args = tuple(facts[name] for name in row.context_args)
            context, text = row.context_text or (CONTEXT, row.text)
            label = QCoreApplication.translate(context, text)
            if args:
                label = label.replace("%1", str(args[0]))
            handler = row.context_handler or row.handler
            made.append(make_action(parent, label, _call(window, handler, args or row.args)))
    return made


def menu_title(row: Row) -> str:
    return tr(dict(MENUS)[row.menu])


def rows() -> list[Row]:
    """The menu bar's plain actions (not separators nor choices), in table order."""
    return [row for row in ROWS if isinstance(row, Row) and row.menu]
