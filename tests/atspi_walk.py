"""Read the real window's accessibility tree through AT-SPI, as a screen reader does, and write
it as JSON (tests/test_gui_screen_reader.py runs this).

Run by a Python that has Debian's pyatspi (python3-pyatspi: the system's Python, not the
project's .venv), inside a private D-Bus session (dbus-run-session) on an X server (Xvfb):
    python3 tests/atspi_walk.py APP_PYTHON DATA_DIR OUT_JSON [--unlock | OPENER...]
It starts ``APP_PYTHON -m app --data-dir DATA_DIR`` (the window) with Qt's AT-SPI bridge on,
waits for it on the accessibility bus, presses Go → Search and types a search into the field
that has the focus, and reads the tree. Then, for each OPENER (a menu item's shortcut, or its
name), it presses that menu item through AT-SPI's action interface (as a screen reader's user
does), reads the dialog it opens and closes it with Escape; then it ends the window. It writes
to OUT_JSON (the accessibility registry prints to standard output) one JSON object:
``{"window": tree, "dialogs": {OPENER: tree}, "log": [...]}``; a tree node is ``{"role",
"name", "description", "states", "actions", "labelled_by", "children"}``. With ``--unlock`` (a
locked vault) it reads the unlock screen instead: ``{"unlock": tree, "log": [...]}``."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time

import pyatspi

SEARCH_FOR = "Kazakhstan"
ESCAPE = 0xFF1B
"""The Escape key's X keysym."""
LIMIT = 60.0
"""Seconds to wait for any one thing the window shows."""


def node(acc, depth: int = 0) -> dict:
    states = acc.getState()
    out = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": sorted(state_name(s) for s in states.getStates()),
        "actions": [],
        "labelled_by": [],
        "children": [],
    }
    try:
        action = acc.queryAction()
        out["actions"] = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        pass
    for relation in acc.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                out["labelled_by"].append(target.name if target is not None else "")
    if depth < 40:
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                out["children"].append(node(child, depth + 1))
    return out


def state_name(state) -> str:
    """``focusable``, ``showing``…, in the GObject binding's pyatspi and the older one."""
    nick = getattr(state, "value_nick", None)
    if nick:
        return nick
    return str(state).removeprefix("STATE_").lower().replace("_", "-")


def find(acc, test, depth: int = 0):
    if acc is None:
        return None
    if test(acc):
        return acc
    if depth > 40:
        return None
    for i in range(acc.childCount):
        found = find(acc.getChildAtIndex(i), test, depth + 1)
        if found is not None:
            return found
    return None


def wait_for(what: str, probe):
    end = time.monotonic() + LIMIT
    while time.monotonic() < end:
        try:
            found = probe()
        except Exception:  # the tree changing under a walk: try again
            found = None
        if found:
            return found
        time.sleep(0.3)
    raise SystemExit(f"atspi_walk: gave up waiting for {what}")


def application(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def frames(app) -> list:
    return [app.getChildAtIndex(i) for i in range(app.childCount)]


def role_is(role):
    return lambda acc: acc.getRole() == role


def main() -> int:
    if sys.argv[1] == "--press":  # python3 atspi_walk.py --press PID KEYS
        frame = next(
            f for f in frames(application(int(sys.argv[2]))) if f.getRole() == pyatspi.ROLE_FRAME
        )
        press(menu_item(frame, sys.argv[3]), quietly=True)
        return 0
    app_python, data_dir, out = sys.argv[1], sys.argv[2], sys.argv[3]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    # a window manager, so that the window is active and the focus is reported; the window
    # is started once the manager is up (`--startup` runs when it is), else it is not made active
    ready = out + ".wm-ready"
    manager = subprocess.Popen(
        ["openbox", "--startup", f"touch {shlex.quote(ready)}"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for("the window manager", lambda: os.path.exists(ready))
    window = subprocess.Popen(
        [app_python, "-m", "app", "--data-dir", data_dir], env=env, stdin=subprocess.DEVNULL
    )
    log = []
    pressing = []
    try:
        app = wait_for("the window on the accessibility bus", lambda: application(window.pid))
        if sys.argv[4:] == ["--unlock"]:  # a locked vault: the unlock screen, nothing more
            screen = wait_for(
                "the unlock screen",
                lambda: find(app, lambda a: a.getRole() == pyatspi.ROLE_PASSWORD_TEXT),
            )
            time.sleep(0.5)
            while screen.parent is not None and screen.parent.getRole() != pyatspi.ROLE_APPLICATION:
                screen = screen.parent  # up to the top-level window
            with open(out, "w", encoding="utf-8") as fh:
                json.dump({"unlock": node(screen), "log": log}, fh, ensure_ascii=False)
            return 0
        frame = wait_for(
            "the main window",
            lambda: next((f for f in frames(app) if f.getRole() == pyatspi.ROLE_FRAME), None),
        )
        wait_for("the menu bar", lambda: find(frame, role_is(pyatspi.ROLE_MENU_BAR)))
        press(menu_item(frame, "Ctrl+K"))  # Go → Search: the search field takes the focus
        search = wait_for(
            "the search field to have the focus",
            lambda: find(
                frame,
                lambda a: (
                    a.getRole() == pyatspi.ROLE_TEXT
                    and a.getState().contains(pyatspi.STATE_FOCUSED)
                ),
            ),
        )
        search.queryEditableText().setTextContents(SEARCH_FOR)
        log.append(f"typed {SEARCH_FOR!r} into {search.name!r}")
        wait_for(
            "search results",
            lambda: find(
                frame,
                lambda a: (
                    a.getRole() == pyatspi.ROLE_LIST_ITEM and SEARCH_FOR.lower() in a.name.lower()
                ),
            ),
        )
        time.sleep(0.5)  # the rest of the batch
        tree = node(frame)

        dialogs = {}
        for opener in sys.argv[4:]:  # each menu item that opens a dialog, by shortcut or name
            log.append(f"pressing {menu_item(frame, opener).name!r}")
            # a modal dialog runs its own event loop inside the press, whose reply comes only
            # when it closes: pressed from a process of its own (a call waiting on this
            # connection would hold back this process's next calls)
            pressing.append(
                subprocess.Popen([sys.executable, __file__, "--press", str(window.pid), opener])
            )
            dialog = wait_for(f"the dialog of {opener}", lambda: shown_dialog(app))
            time.sleep(0.5)
            dialogs[opener] = node(dialog)
            log.append(f"read {dialogs[opener]['name']!r}")
            pyatspi.Registry.generateKeyboardEvent(ESCAPE, None, pyatspi.KEY_SYM)
            wait_for(f"the dialog of {opener} to close", lambda: shown_dialog(app) is None or None)
            log.append("closed it with Escape")
        seen = {"window": tree, "dialogs": dialogs, "log": log}
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(seen, fh, ensure_ascii=False)
        return 0
    finally:
        for process in (window, manager, *pressing):
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()


def shown_dialog(app):
    """The top-level window shown over the main window, if any."""
    for window in frames(app):
        if window is None or window.getRole() == pyatspi.ROLE_FRAME or not window.childCount:
            continue
        if window.getState().contains(pyatspi.STATE_SHOWING):
            return window
    return None


def menu_item(frame, keys: str):
    """The menu bar's item whose shortcut is ``keys`` (the same in every language), or, for
    an item without one, whose name is ``keys``."""

    def has_keys(acc) -> bool:
        if acc.getRole() != pyatspi.ROLE_MENU_ITEM:
            return False
        action = acc.queryAction()
        bindings = [action.getKeyBinding(i) for i in range(action.nActions)]
        return keys in bindings or acc.name == keys

    found = find(find(frame, role_is(pyatspi.ROLE_MENU_BAR)), has_keys)
    if found is None:
        raise SystemExit(f"atspi_walk: no menu item with the shortcut {keys}")
    return found


def press(acc, quietly: bool = False) -> None:
    """A screen reader's press: the control's Press action, through AT-SPI. ``quietly``: for a
    press that opens a dialog, whose reply comes only when the dialog closes (or never, when
    the window is ended first)."""
    action = acc.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    which = names.index("Press") if "Press" in names else 0
    try:
        action.doAction(which)
    except Exception:
        if not quietly:
            raise


if __name__ == "__main__":
    sys.exit(main())
