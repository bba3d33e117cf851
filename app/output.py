"""Printing for the command line: JSON for machines, short aligned text for people.

Everything printed goes through `inert` (`echo`, `error`, `print_json`): text the user typed or
imported — a note's body, a tag, a title, a file name, a snippet — may hold terminal control
sequences (a clipboard write ``ESC ] 52``, a title change, a screen clear) or bidi overrides
that make a line read differently from what it holds. They are shown escaped, never obeyed.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

# C0 controls but the line feed and the tab, DEL, C1 controls; bidi embeddings, overrides and
# isolates (U+202A–U+202E, U+2066–U+2069) and the line/paragraph separators. The bidi *marks*
# (U+200E, U+200F, U+061C) and the zero-width joiners stay: right-to-left and Persian text need
# them, and they cannot reorder a line.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# what json.dumps(ensure_ascii=False) leaves raw: DEL, C1, the separators and the bidi controls
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``)."""
    return _CONTROL.sub(_escaped, text)


def echo(*parts: Any, sep: str = " ", end: str = "\n", file: TextIO | None = None) -> None:
    """`print`, made inert."""
    (file or sys.stdout).write(inert(sep.join(str(p) for p in parts)) + end)


def to_json(data: Any, indent: int | None = 2) -> str:
    """JSON with every control character escaped, as ``ensure_ascii=True`` would (the rest of
    the text stays as it is, readable)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(data: Any) -> None:
    sys.stdout.write(to_json(data) + "\n")


def error(message: str) -> None:
    sys.stderr.write(inert(f"muragat: {message}") + "\n")


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
