"""The command line from the windowed Windows executable.

On Windows the app is built windowed so that no console window opens beside it; such a program
has no standard output. When it is started with arguments from a terminal, it attaches to that
terminal's console; ``--console`` opens a console of its own (for a shortcut or a double-click
that should show the output). Elsewhere, and when running from source, nothing changes.
"""

from __future__ import annotations

import sys

ATTACH_PARENT_PROCESS = -1


def needs_console() -> bool:
    """True where the process has no usable standard output: a windowed (GUI) executable."""
    return sys.platform == "win32" and getattr(sys, "frozen", False) and sys.stdout is None


def attach(open_new: bool) -> bool:
    """Route stdin/stdout/stderr to the parent's console, or to a new one when ``open_new``.
    Returns whether a console is now attached."""
    if not needs_console():
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS) and not (
        open_new and kernel32.AllocConsole()
    ):
        return False
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115
    return True
