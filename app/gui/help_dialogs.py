"""Help → Keyboard shortcuts (read from the window's own actions, so it never goes stale) and
Help → Search syntax."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout


def tr(text: str) -> str:
    """lupdate files module-level tr() under "", and reads none inside an f-string: each
    call here is made outside one."""
    return QCoreApplication.translate("", text)


def help_tr(text: str) -> str:
    """The help tables' rows, marked with QT_TRANSLATE_NOOP("Help", …) where they are listed."""
    return QCoreApplication.translate("Help", text)


EXTRA_KEYS = (
    (
        QT_TRANSLATE_NOOP("Help", "Shift+Arrow keys"),
        QT_TRANSLATE_NOOP("Help", "Select text in the reader (caret browsing on)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+Shift+Arrow keys"),
        QT_TRANSLATE_NOOP("Help", "Select word by word"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("Help", "Move between the panels (also out of the note editor)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter"),
        QT_TRANSLATE_NOOP(
            "Help", "Open the first search hit (in the search field) or the chosen item"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Down (in the search field)"),
        QT_TRANSLATE_NOOP("Help", "Move to the results; Enter opens the one chosen"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Mouse back / forward buttons"),
        QT_TRANSLATE_NOOP("Help", "Back and Forward"),
    ),
)


def shortcuts_html(window) -> str:
    """The window's actions with keys, from its table of actions, then the keys of views;
    which keys a focused text field keeps for itself (app/gui/window_keys.py)."""
    from app.gui import action_table
    from app.gui.window_keys import SHOWN_EDITING, is_editing_key

    native = QKeySequence.SequenceFormat.NativeText
    rows = []
    for row in action_table.rows():
        action = window.actions_by_id[row.id]
        keys = [k.toString(native) for k in action.shortcuts()]
        if not keys or not action.isVisible():  # Lock, when the folder is no vault
            continue
        label = f"{action_table.menu_title(row)} → {action.text()}".replace("&", "")
        if any(is_editing_key(k) for k in action.shortcuts()):
            label += " " + tr("(not in a text field: there the key edits the text)")
        rows.append((tr(" or ").join(keys), label))
    rows += [(help_tr(k), help_tr(v)) for k, v in EXTRA_KEYS]
    body = "".join(
        f"<tr><td style='padding-right:16px'><b>{html.escape(k)}</b></td>"
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    fields = tr(
        "These keys work wherever the focus is. A text field (the search field, a filter, the "
        "note editor) keeps the keys that edit text: %1, and the arrow keys with Shift or Ctrl."
    ).replace("%1", ", ".join(QKeySequence(k).toString(native) for k in SHOWN_EDITING))
    heading = tr("Keyboard shortcuts")
    return (
        f"<h2>{html.escape(heading)}</h2><table cellspacing='4'>{body}</table>"
        f"<p>{html.escape(fields)}</p>"
    )


EXACT_SPELLING = QT_TRANSLATE_NOOP("Help", "Exact spelling")
SEARCH_SYNTAX = (
    (
        "Yensebek",
        QT_TRANSLATE_NOOP(
            "Help", "A name in any spelling or script: Yensebek, Ensebek, Енсебек all match"
        ),
    ),
    ('"restricted freedom"', QT_TRANSLATE_NOOP("Help", "Words next to each other, in this order")),
    (
        "torture police",
        QT_TRANSLATE_NOOP("Help", "Both words, anywhere in a paragraph, case record or note"),
    ),
    ("torture OR beating", QT_TRANSLATE_NOOP("Help", "Either word")),
    (
        "torture NOT police",
        QT_TRANSLATE_NOOP("Help", "The first word, without the second (also: torture -police)"),
    ),
    ("detain*", QT_TRANSLATE_NOOP("Help", "Words that begin so: detained, detention, detainee")),
    ("kind:case", QT_TRANSLATE_NOOP("Help", "Only case records (also kind:paragraph, kind:note)")),
    ("year:2025", QT_TRANSLATE_NOOP("Help", "Only what is dated in that year")),
    (
        "date:2025-04",
        QT_TRANSLATE_NOOP("Help", "Dated in that month; date:[2025-01 to 2025-06] for a range"),
    ),
    (
        "person:Yensebek  place:Almaty",
        QT_TRANSLATE_NOOP("Help", "Only case records with that person, or that place"),
    ),
    ("tag:follow-up", QT_TRANSLATE_NOOP("Help", "Only what carries that tag")),
    ("section:freedom-of-expression", QT_TRANSLATE_NOOP("Help", "Only one section of a report")),
    (
        EXACT_SPELLING,
        QT_TRANSLATE_NOOP("Help", "The tick box: match names exactly as typed, no other spellings"),
    ),
)
"""(what is typed, what it finds); the last row is the search panel's tick box, named as the
panel names it."""


def _typed(query: str) -> str:
    if query == EXACT_SPELLING:
        return f"<b>{html.escape(help_tr(query))}</b>"
    return f"<code>{html.escape(query)}</code>"


def search_syntax_html() -> str:
    body = "".join(
        f"<tr><td style='padding-right:16px'>{_typed(q)}</td>"
        f"<td>{html.escape(help_tr(what))}</td></tr>"
        for q, what in SEARCH_SYNTAX
    )
    heading = tr("Search syntax")
    intro = tr(
        "Type in the search field (Ctrl+K); results come as you type. Press Enter to open "
        "the first hit, F3 for the next one."
    )
    combined = tr("Filters can be combined with words: ")
    return (
        f"<h2>{html.escape(heading)}</h2><p>{html.escape(intro)}</p>"
        f"<table cellspacing='4'>{body}</table>"
        f"<p>{html.escape(combined)}<code>Yensebek kind:case</code></p>"
    )


class HelpDialog(QDialog):
    """A non-modal window showing one help page."""

    def __init__(self, title: str, page_html: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setAccessibleName(title)
        self.text.setHtml(page_html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 520)
