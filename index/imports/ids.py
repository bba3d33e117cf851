"""Readable, stable ids for imported documents: from the title, the headings and the order.

``appeal-decision`` for the document, ``appeal-decision-court-hearing`` for its section "Court
hearing" and ``appeal-decision-court-hearing-3`` for that section's third paragraph; text before
the first heading counts from the document id (``appeal-decision-1``). Cyrillic is
transliterated, so a Russian or Kazakh heading gives a readable id too. The same text gives the
same ids on every import; only a clash with an id already in the archive changes them.
"""

from __future__ import annotations

import re

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґў",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "iu",
            "ia",
            "a",
            "g",
            "q",
            "n",
            "o",
            "u",
            "u",
            "h",
            "i",
            "i",
            "e",
            "g",
            "u",
        ],
        strict=True,
    )
)
_NON_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str, words: int = 4, limit: int = 32) -> str:
    """Lower-case ASCII words of ``text`` joined by hyphens: the first ``words`` of them, at
    most ``limit`` characters; "" when nothing is left."""
    latin = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower()).replace("_", "")
    parts = [p for p in _NON_ID.split(latin) if p][:words]
    out = ""
    for part in parts:
        candidate = f"{out}-{part}" if out else part
        if len(candidate) > limit:
            break
        out = candidate
    return out or (parts[0][:limit] if parts else "")


def unique(base: str, used: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is free; marks it used."""
    ident, n = base, 2
    while ident in used:
        ident, n = f"{base}-{n}", n + 1
    used.add(ident)
    return ident


def block_ids(doc_id: str, blocks) -> list[str]:
    """One id per block (headings: section ids; others: paragraph ids), unique in the document."""
    used = {doc_id}
    section = doc_id
    counts: dict[str, int] = {}
    out = []
    for block in blocks:
        if block.kind == "h":
            section = unique(f"{doc_id}-{slug(block.text) or 'section'}", used)
            out.append(section)
        else:
            counts[section] = counts.get(section, 0) + 1
            out.append(unique(f"{section}-{counts[section]}", used))
    return out
