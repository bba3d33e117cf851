"""Hypothesis's own formats read as W3C Web Annotations (`index.notes.w3c` then places them).

Two shapes, as Hypothesis writes them: the search API's answer (``{"total": …, "rows": [ … ]}``,
or a list of those rows) and the file its client exports (``{"export_date": …,
"export_userid": …, "client_version": …, "annotations": [ … ]}``). A row carries ``id``,
``uri``, ``text`` (Markdown), ``tags``, ``user`` (``acct:name@authority``), ``user_info``,
``created``, ``updated``, ``permissions`` and ``target`` (a list of ``{source, selector}``,
selectors as in the W3C model: TextQuoteSelector, TextPositionSelector, RangeSelector).

A row becomes an annotation whose id is the row's address on Hypothesis
(``https://hypothes.is/a/ID``), its creator the row's user and its generator Hypothesis. A row
only its author may read (``permissions.read`` names no group) is private. Nothing is
trusted: a field of the wrong type is passed on as it is, and the annotation is refused with
the reason the W3C reader gives.
"""

from __future__ import annotations

import re
from typing import Any

from index.export.w3c import PRIVATE

HYPOTHESIS_URL = "https://hypothes.is/a/"
GENERATOR = {"id": "https://hypothes.is/", "type": "Software", "name": "Hypothesis"}
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def is_row(node: Any) -> bool:
    """Whether ``node`` looks like one of Hypothesis's annotation rows (not a W3C one)."""
    return (
        isinstance(node, dict)
        and "type" not in node
        and "@type" not in node
        and "uri" in node
        and ("text" in node or "target" in node)
    )


def rows_of(data: Any) -> list[Any] | None:
    """The rows of a Hypothesis search answer or client export (None: neither)."""
    if isinstance(data, dict) and "type" not in data:
        rows = data.get("rows") if "rows" in data else data.get("annotations")
        if isinstance(rows, list) and (
            "rows" in data or "export_date" in data or any(is_row(r) for r in rows)
        ):
            return rows
    if isinstance(data, list) and data and all(is_row(r) for r in data):
        return data
    if is_row(data):
        return [data]
    return None


def _private(row: dict) -> bool:
    permissions = row.get("permissions")
    read = permissions.get("read") if isinstance(permissions, dict) else None
    if not isinstance(read, list):
        return False  # Hypothesis omits nothing it shares; a row without them is not private
    return not any(isinstance(r, str) and r.startswith("group:") for r in read)


def _creator(row: dict) -> dict | None:
    user = row.get("user")
    if not isinstance(user, str) or not user:
        return None
    creator: dict[str, Any] = {"id": user, "type": "Person"}
    info = row.get("user_info")
    name = info.get("display_name") if isinstance(info, dict) else None
    if not (isinstance(name, str) and name.strip()):
        name = user.removeprefix("acct:").partition("@")[0]
    creator["name"] = name
    return creator


def _target(row: dict) -> Any:
    uri = row.get("uri")
    targets = row.get("target")
    if not isinstance(targets, list) or not targets:
        return uri
    out = []
    for t in targets:
        if not isinstance(t, dict):
            out.append(t)
            continue
        source = t.get("source", uri)
        if isinstance(source, list) and len(source) == 1:
            source = source[0]
        target: dict[str, Any] = {"source": source}
        if "selector" in t:
            target["selector"] = t["selector"]
        out.append(target)
    return out


def annotation(row: Any) -> Any:
    """One row as a W3C annotation (anything not a row comes back as it was)."""
    if not isinstance(row, dict):
        return row
    ident = row.get("id")
    anno: dict[str, Any] = {
        "type": "Annotation",
        "id": f"{HYPOTHESIS_URL}{ident}"
        if isinstance(ident, str) and _ID.fullmatch(ident)
        else ident,
    }
    if "created" in row:
        anno["created"] = row["created"]
    if "updated" in row:
        anno["modified"] = row["updated"]
    body: list[dict[str, Any]] = []
    text = row.get("text")
    if not isinstance(text, str) or text.strip():
        body.append(
            {
                "type": "TextualBody",
                "value": text,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    tags = row.get("tags", [])
    for tag in tags if isinstance(tags, list) else [tags]:
        body.append({"type": "TextualBody", "value": tag, "purpose": "tagging"})
    if body:
        anno["body"] = body
    references = row.get("references")
    if isinstance(references, list) and references:
        anno["motivation"] = "replying"
    elif body and body[0].get("purpose") == "commenting":
        anno["motivation"] = "commenting"
    else:
        anno["motivation"] = "tagging" if body else "highlighting"
    anno["target"] = _target(row)
    creator = _creator(row)
    if creator:
        anno["creator"] = creator
    anno["generator"] = GENERATOR
    if _private(row):
        anno[PRIVATE] = True
    return anno
