"""Counts in proper English ("1 note", "3 notes"), never "note(s)".

Both forms are passed already translated (``self.tr(...)``) with ``%1`` for the number, so a
later translation can give each its own wording."""

from __future__ import annotations


def plural(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%1", str(n))
