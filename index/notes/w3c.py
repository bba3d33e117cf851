"""W3C Web Annotations (JSON-LD) in: the notes they describe (out: `index.export.w3c`).

Accepted: an ``AnnotationCollection`` (what we export), an ``AnnotationPage``, a bare list, or
a single annotation. Each one is validated, and what is skipped is reported with the reason;
a bug is not a skip (it is logged and raised). Importing the same annotation twice adds it once
(its ``id`` is kept as the note's external id).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from index.archive import Archive
from index.errors import KnownError
from index.export.w3c import NOTE_URN, document_source
from index.notes.anchors import occurrences
from index.notes.model import COLORS, Note
from index.notes.service import new_note
from index.notes.store import NotesStore
from index.notes.tags import normalize_tag

log = logging.getLogger(__name__)


class Rejected(KnownError):
    """One annotation cannot be imported; the reason is reported and the rest go on."""


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _annotations(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if data.get("type") == "AnnotationCollection":
            first = data.get("first", {})
            items = first.get("items", []) if isinstance(first, dict) else []
            if not isinstance(items, list):
                raise KnownError("an AnnotationCollection whose items are not a list")
            return items
        if data.get("type") == "AnnotationPage":
            items = data.get("items", [])
            if not isinstance(items, list):
                raise KnownError("an AnnotationPage whose items are not a list")
            return items
        return [data]
    raise KnownError("not a Web Annotation document (expected an object or a list)")


def import_w3c(text: str, store: NotesStore, archive: Archive) -> ImportReport:
    """Add the annotations in ``text``; each one skipped is reported with the reason."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnownError(f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise KnownError("the JSON is nested too deeply to be annotations") from None
    report = ImportReport()
    for n, anno in enumerate(_annotations(data), 1):
        ident = anno.get("id") if isinstance(anno, dict) else None
        label = ident[:200] if isinstance(ident, str) and ident else f"#{n}"
        try:
            note = _from_annotation(anno, archive)
        except KnownError as exc:  # the annotation's fault; anything else is a bug and raises
            report.skipped.append((label, str(exc)))
            continue
        if store.find_external(note.external_id) or (
            note.external_id.startswith(NOTE_URN)
            and store.find_external(note.external_id[len(NOTE_URN) :])
        ):
            report.already.append(label)
            continue
        stored = store.add(note)
        report.added.append(stored.id)
    return report


def _from_annotation(anno: Any, archive: Archive) -> Note:
    if not isinstance(anno, dict) or anno.get("type") not in ("Annotation", "oa:Annotation"):
        raise Rejected("not an Annotation")
    ident = anno.get("id")
    if not isinstance(ident, str) or not ident:
        raise Rejected("annotation has no id")
    bodies = anno.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    text_parts, tags = [], []
    for b in bodies:
        if isinstance(b, str):
            text_parts.append(b)
            continue
        if not isinstance(b, dict):
            raise Rejected("a body is neither text nor an object")
        value = b.get("value")
        if not isinstance(value, str):
            continue
        if b.get("purpose") == "tagging":
            tags.append(normalize_tag(value))
        else:
            text_parts.append(value)
    target = anno.get("target")
    if isinstance(target, list):
        target = target[0] if target else None
    if isinstance(target, str):
        target = {"source": target}
    if not isinstance(target, dict) or not isinstance(target.get("source"), str):
        raise Rejected("annotation has no target source")
    source = target["source"]
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    by_type = {
        s["type"]: s for s in selectors if isinstance(s, dict) and isinstance(s.get("type"), str)
    }
    private = isinstance(anno.get("audience"), dict) and anno["audience"].get("name") == "private"
    body = "\n\n".join(text_parts)
    if source.startswith("urn:muragat:case:"):
        case_id = source.rsplit(":", 1)[-1]
        note = new_note(archive, case_id, body, tags=tags, private=private)
    elif source == "urn:muragat:free-note":
        note = new_note(archive, None, body, tags=tags, private=private)
    else:
        note = _passage(archive, source, by_type, body, tags, private)
    note.external_id = ident
    created, modified = anno.get("created"), anno.get("modified")
    note.created = created if isinstance(created, str) else ""
    note.modified = modified if isinstance(modified, str) and modified else note.created
    if anno.get("motivation") in ("commenting", "highlighting", "tagging"):
        note.motivation = anno["motivation"]
    note.color = note.color if note.color in COLORS else "yellow"
    return note


def _passage(
    archive: Archive, source: str, selectors: dict, body: str, tags: list[str], private: bool
) -> Note:
    fragment = selectors.get("FragmentSelector", {})
    para_id = fragment.get("value") if isinstance(fragment, dict) else None
    para_id = para_id if isinstance(para_id, str) else None
    quote = selectors.get("TextQuoteSelector")
    if quote is not None and not isinstance(quote, dict):
        raise Rejected("a TextQuoteSelector that is not an object")
    docs = [d for d in archive.documents if document_source(archive, d.bundle_id, d.id) == source]
    if not docs:
        raise Rejected(f"unknown document {source}")
    if para_id and not archive.paragraph(para_id):
        para_id = None
    if quote is None:
        if not para_id:
            raise Rejected("no paragraph and no quote to anchor to")
        return new_note(archive, para_id, body, tags=tags, private=private)
    exact = quote.get("exact")
    if not isinstance(exact, str) or not exact:
        raise Rejected("TextQuoteSelector without exact text")
    candidates = (
        [archive.paragraph(para_id)]
        if para_id
        else [p for d in docs for p in d.paragraphs if exact in p.text]
    )
    candidates = [p for p in candidates if p and exact in p.text]
    if len(candidates) != 1:
        raise Rejected(
            "the quoted text is not in the document"
            if not candidates
            else "the quoted text occurs in several paragraphs"
        )
    para = candidates[0]
    position = fragment.get("refinedBy") if isinstance(fragment, dict) else None
    position = position if isinstance(position, dict) else {}
    start = position.get("start")
    if isinstance(start, int) and para.text[start : start + len(exact)] == exact:
        return new_note(
            archive, para.id, body, start=start, end=start + len(exact), tags=tags, private=private
        )
    prefix = quote.get("prefix") if isinstance(quote.get("prefix"), str) else ""
    best = max(
        occurrences(para.text, exact),
        key=lambda i: len(prefix) and para.text[:i].endswith(prefix[-8:]),
    )
    return new_note(
        archive, para.id, body, start=best, end=best + len(exact), tags=tags, private=private
    )


__all__ = ["ImportReport", "import_w3c"]
