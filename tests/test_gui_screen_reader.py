"""Screen readers (issue 26): every control of the journey has a name and a role on the
accessibility bus, in English, Russian and Kazakh. The real window (`muragat` with no command,
in a process of its own) on an X server (Xvfb) with a private D-Bus session and Qt's AT-SPI
bridge on, read through AT-SPI by tests/atspi_walk.py as Orca reads it: the menu bar and every
menu item, the search field with its hits, the reader, the navigator's tabs (Contents, Cases,
Tags, Notes) and what they hold, the notes panel and its buttons, and the dialogs File → Export
notes…, Help → Keyboard shortcuts and Help → About the archive, each opened by pressing its
menu item through AT-SPI's action interface; and the unlock screen of a locked vault.

AT-SPI is read by Debian's pyatspi (python3-pyatspi), a package of the system's Python, not of
the project's .venv: the walk runs in that Python. `scripts/setup --dev` installs it with
at-spi2-core, dbus, Xvfb and openbox (the window manager that makes the window active, so the
focus is reported); without them the tests are skipped, saying which is missing."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, run_cli

pytestmark = pytest.mark.gui

SYSTEM_PYTHON = os.environ.get("MURAGAT_ATSPI_PYTHON", "/usr/bin/python3")
"""The Python with pyatspi: Debian's (its package python3-pyatspi)."""

GENERIC = {"filler", "panel", "unknown", "invalid", "redundant object"}
"""Roles that tell a screen reader's user nothing of what the control is or does."""

ITEMS = {"list item", "table cell", "tree item", "table row header", "table column header"}


def _missing() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session", "openbox"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (scripts/setup --dev installs it)"
    if not os.path.exists(SYSTEM_PYTHON):
        return f"no system Python at {SYSTEM_PYTHON} to read AT-SPI with"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=60
    )
    if probe.returncode != 0:
        return "python3-pyatspi is not installed (scripts/setup --dev installs it)"
    return None


MISSING = _missing()
needs_atspi = pytest.mark.skipif(MISSING is not None, reason=f"AT-SPI: {MISSING}")


def data_folder(tmp_path, language: str):
    """A data folder with a few notes (two on the report's subtitle, one private) and tags."""
    data = tmp_path / "data"
    for args in (
        ("--target", "events-of-2025", "--text", "First note on the subtitle", "--tag", "charges"),
        ("--target", "events-of-2025", "--text", "Second, private", "--private"),
        ("--target", "summary-1", "--text", "On the summary", "--tag", "witness"),
    ):
        assert run_cli("notes", "add", *args, data_dir=data).returncode == 0
    with open(data / "muragat.ini", "a", encoding="utf-8") as fh:
        fh.write(f"\n[vault]\noffered=true\n[interface]\nlanguage={language}\n")
    return data


OPENERS = ("Ctrl+E", "F1")
"""File → Export notes… and Help → Keyboard shortcuts, by their shortcuts."""


def walk(data, tmp_path, *more: str) -> dict:
    """The window's tree and its dialogs' (``more``: tests/atspi_walk.py's OPENERs), as
    tests/atspi_walk.py reads them."""
    out = tmp_path / "tree.json"
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [
            "xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
            "dbus-run-session", "--",
            SYSTEM_PYTHON, str(ROOT / "tests" / "atspi_walk.py"), sys.executable, str(data),
            str(out), *more,
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0 and out.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


def nodes(tree: dict, parent: dict | None = None):
    yield tree, parent
    for child in tree["children"]:
        yield from nodes(child, tree)


def unspoken(tree: dict) -> list[str]:
    """Every control a user can reach (focusable, or with an action) that a screen reader
    cannot name: an empty name, a generic role, or a combo box no label speaks for (on
    Linux, Qt gives a combo box its current value as its name: its label must say what it
    is for). Scroll bars are spoken by role and orientation; a combo box's own popup list
    by its combo box; a named tab widget (Qt's generic role for it, and focusable, though
    its tab bar, a named page tab list, takes its focus: the screen reader lands there)."""
    found = []
    for node, parent in nodes(tree):
        reachable = "focusable" in node["states"] or set(node["actions"]) - {"SetFocus"}
        if not reachable or node["role"] == "scroll bar":
            continue
        if node["role"] == "list" and parent is not None and parent["role"] == "combo box":
            continue
        if node["role"] in GENERIC and node["name"] and tab_widget(node):
            continue  # a QTabWidget: Qt passes its focus to its tab bar, never holds it
        where = f"{node['role']} {node['name']!r} in {parent['role']} {parent['name']!r}"
        if not node["name"].strip():
            found.append(f"no name: {where}")
        elif node["role"] in GENERIC:
            found.append(f"generic role: {where}")
        elif node["role"] == "combo box" and not any(n.strip() for n in node["labelled_by"]):
            found.append(f"no label: {where}")
    return sorted(set(found))


def tab_widget(node: dict) -> bool:
    """A tab widget's pane: its children the pages and the tab bar (a page tab list)."""
    roles = [child["role"] for child in node["children"]]
    return "page tab list" in roles and "layered pane" in roles


def named(tree: dict, role: str) -> list[str]:
    return [node["name"] for node, _ in nodes(tree) if node["role"] == role]


@needs_atspi
def test_a_screen_reader_names_every_control_of_the_journey(tmp_path):
    seen = walk(data_folder(tmp_path, "en"), tmp_path, *OPENERS, "About the archive")
    window, export = seen["window"], seen["dialogs"]["Ctrl+E"]
    # the journey's controls are there, each by the role a screen reader announces
    menus = [n["name"] for n in window["children"] if n["role"] == "menu bar"]
    assert menus == [""], "one menu bar"
    items = named(window, "menu item")
    for name in ("File", "Edit", "View", "Go", "Help", "Export notes…", "Import files…",
                 "Copy citation", "Keyboard shortcuts", "Search syntax", "Quit"):  # fmt: skip
        assert name in items, name
    texts = named(window, "text")
    assert "Search" in texts and "Note text" in texts and "Tags" in texts
    assert {"Search results", "Notes for this paragraph", "All notes", "Tags"} <= set(
        named(window, "list")
    )
    hits = [n for n, p in nodes(window) if p and p["name"] == "Search results"]
    assert hits and all("Kazakhstan" in n["name"] or "Summary" in n["name"] for n in hits[:2])
    assert named(window, "page tab") == ["Contents", "Cases", "Tags", "Notes"]
    assert "Reader" in named(window, "label") + named(window, "document text")
    assert {"New note", "Delete", "Undo delete"} <= set(named(window, "push button"))
    assert "Private note" in named(window, "check box")
    assert export["name"] == "Export notes"
    buttons = named(export, "push button")
    assert "Cancel" in buttons and any(b.startswith("Export") for b in buttons), buttons
    assert "Include private notes" in named(export, "check box")
    assert seen["dialogs"]["F1"]["name"] == "Keyboard shortcuts"
    assert seen["dialogs"]["About the archive"]["name"] == "About the archive"
    # and none of what a user can reach is nameless, generic or unlabelled
    missing = [m for tree in (window, *seen["dialogs"].values()) for m in unspoken(tree)]
    assert missing == [], "\n".join(missing)


LATIN_ONLY = re.compile(r"^[^А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]*[A-Za-z]{3}")
PROPER = {"English", "PDF", "Markdown", "W3C Web Annotation (JSON-LD)", "Muragat"}
"""Names that are the same in every language."""


@needs_atspi
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_screen_reader_hears_the_names_in_the_window_language(tmp_path, language):
    seen = walk(data_folder(tmp_path, language), tmp_path, *OPENERS)
    english = []
    for tree in (seen["window"], *seen["dialogs"].values()):
        missing = unspoken(tree)
        assert missing == [], "\n".join(missing)
        for node, parent in nodes(tree):
            reachable = "focusable" in node["states"] or node["actions"]
            if not reachable or node["role"] in ITEMS or node["name"] in PROPER:
                continue  # items are the user's data and the report's words
            for name in (node["name"], *node["labelled_by"]):
                if LATIN_ONLY.match(name):
                    english.append(f"{node['role']} {name!r}")
    assert english == [], "\n".join(english)


@needs_atspi
def test_a_screen_reader_names_the_unlock_screen(tmp_path):
    """A locked vault opens on the unlock screen: its passphrase field and buttons are named
    (a cheap Argon2id cost: the key file's, not the screen's)."""
    from index.vault import convert, keys

    data = data_folder(tmp_path, "en")
    cheap = keys.KdfParams(time_cost=1, memory=64 * 1024, parallelism=1)
    keys.write_key_file(data, keys.wrap(keys.new_data_key(), "correct horse", cheap))
    assert convert.status(data) == convert.LOCKED
    screen = walk(data, tmp_path, "--unlock")["unlock"]
    assert named(screen, "password text") == ["Passphrase"]
    buttons = named(screen, "push button")
    assert "Unlock" in buttons and "Quick erase…" in buttons, buttons
    missing = unspoken(screen)
    assert missing == [], "\n".join(missing)
