"""Muragat's own Markdown export, read back: the notes it carries (`index.export.markdown`
writes each note's W3C Web Annotation in an HTML comment, ``<!-- muragat-note {...} -->``).

What comes back is exactly what the comments hold, read as `index.notes.w3c` reads any
annotation (validated, placed, the same conflict rules); the readable Markdown around them is
for reading, and edits made to it are not read back. Markdown that is not a Muragat notes export
is refused with a message saying so. Bounds: the file's size is checked before this is called
(`index.changes.MAX_ANNOTATION_BYTES`); one pass over the lines, at most `MAX_ANNOTATIONS`
notes, each note's JSON at most `MAX_NOTE_CHARS` and nested at most `MAX_DEPTH` levels (checked
by the caller).
"""

from __future__ import annotations

import json
import re
from typing import Any

from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.export.markdown import DATA, GENERATOR
from index.notes.w3c import at_most

MAX_ANNOTATIONS = 10_000
MAX_NOTE_CHARS = 1_000_000
"""One note's data (its body is at most 100,000 characters; its quote and selectors besides)."""
MAX_FRONT_LINES = 10_000
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_END = " -->"


def is_markdown(text: str) -> bool:
    """Whether ``text`` looks like Markdown rather than JSON (what an import is given)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    return stripped.startswith("---") or stripped.startswith("#")


def _not_ours() -> KnownError:
    return KnownError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "this Markdown is not a Muragat notes export (its front matter has no "
            '"generator: {generator}" line): notes are imported from W3C Web Annotation '
            "JSON-LD or from Muragat's own Markdown export",
        ),
        generator=GENERATOR,
    )


def _generator(lines: list[str]) -> str | None:
    """The front matter's generator, or None when there is no front matter or no generator."""
    if not lines or lines[0].strip() != "---":
        return None
    for line in lines[1:MAX_FRONT_LINES]:
        if line.strip() == "---":
            return None
        if line.startswith("generator:"):
            try:
                value = json.loads(line[len("generator:") :].strip())
            except ValueError:
                return None
            return value if isinstance(value, str) else None
    return None


def annotations(text: str) -> list[Any]:
    """The annotations a Muragat Markdown export carries, in the file's order."""
    lines = text.lstrip("\ufeff").splitlines()
    if _generator(lines) != GENERATOR:
        raise _not_ours()
    out: list[Any] = []
    fence = None
    for number, line in enumerate(lines, 1):
        opened = _FENCE.match(line)
        if fence is not None:  # inside a note's code: its text, never data
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            continue
        if not line.startswith(DATA):
            continue
        data = line[len(DATA) :].rstrip()
        if not data.endswith(_END.strip()) or len(data) > MAX_NOTE_CHARS:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors", "line {line}: a note's data that is cut short or too long"
                ),
                line=number,
            )
        try:
            anno = json.loads(data[: -len(_END.strip())])
        except (ValueError, RecursionError):
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors", "line {line}: a note's data is not valid JSON (was it edited?)"
                ),
                line=number,
            ) from None
        out.append(anno)
        at_most(len(out), MAX_ANNOTATIONS)
    if not out:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this Muragat Markdown export carries no notes' data (it has no notes, or an "
                "older Muragat made it): export the notes again, as Markdown or with --format w3c",
            )
        )
    return out
