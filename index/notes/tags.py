"""Tag names: one normal form, and the one rule for "a tag and its sub-tags".

Tags are hierarchical with ``/`` ("charges/extremism" is under "charges") and compared without
regard to case. `within` is that rule in Python; `within_sql` is the same rule for SQLite, with
the name's ``%``, ``_`` and ``\\`` escaped so that "a_b" never matches "axb/child".
"""

from __future__ import annotations

from collections.abc import Iterable

from index.errors import QT_TRANSLATE_NOOP, KnownError

MAX_TAG = 200


def normalize_tag(name: str) -> str:
    """Trim, collapse spaces, no empty levels: " charges / extremism " → "charges/extremism"."""
    parts = [" ".join(p.split()) for p in name.split("/")]
    tag = "/".join(p for p in parts if p)
    if not tag:
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "not a tag name: {name!r}"), name=name)
    if len(tag) > MAX_TAG:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "a tag name may have at most {MAX_TAG} characters"),
            MAX_TAG=MAX_TAG,
        )
    return tag


def within(tag: str, name: str) -> bool:
    """Is ``tag`` the tag ``name`` or one of its sub-tags (case-insensitive)?"""
    tag, name = tag.casefold(), name.casefold()
    return tag == name or tag.startswith(name + "/")


def within_any(tags: Iterable[str], names: Iterable[str]) -> bool:
    names = list(names)
    return any(within(t, n) for t in tags for n in names)


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern that uses ``ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def within_sql(column: str, name: str) -> tuple[str, list[str]]:
    """The SQL condition (and its arguments) for "``column`` is ``name`` or a sub-tag of it".

    SQLite's LIKE ignores case for ASCII only; the tags table's NOCASE collation does the same,
    so both halves agree with each other (and with `within` for the scripts tags are written in
    when they differ only in ASCII case)."""
    return (
        f"({column} = ? COLLATE NOCASE OR {column} LIKE ? ESCAPE '\\')",
        [name, escape_like(name) + "/%"],
    )


def hierarchical(tags: Iterable[str]) -> set[str]:
    """ "charges/extremism" → {"charges", "charges/extremism"} (lower case): what the search
    index stores so that ``tag:charges`` finds both."""
    out: set[str] = set()
    for tag in tags:
        parts = tag.lower().split("/")
        for n in range(1, len(parts) + 1):
            out.add("/".join(parts[:n]))
    return out
