"""Notes as W3C Web Annotations (JSON-LD): an ``AnnotationCollection`` whose ``first`` page
holds every annotation (beyond `PAGE_SIZE`, pages of that many, linked by ``next``).
`index.notes.w3c` reads them back; export → import → export is
byte-identical (annotations in a stable order, ids kept, the collection's id a digest of its
items).

Targets: ``source`` is the document's stable URL (the publisher's, where the manifest has one)
or ``urn:muragat:<bundle>:<document>``; a passage carries a ``TextQuoteSelector`` (any reader
can anchor with it) and a ``FragmentSelector`` naming the paragraph id, refined by a
``TextPositionSelector`` counted within that paragraph's text. Colours are the model's own
styling (a ``CssStylesheet`` and the target's ``styleClass``); a private note carries
``muragat:private`` from Muragat's documented context (docs/notes-jsonld.md) — never
``audience``, which other tools read as no restriction. Tags on paragraphs and case records
travel as tagging annotations with ids ``urn:muragat:target-tags:<target>``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from index.archive import Archive
from index.archive.citation import vouched_by_muragat
from index.notes.model import Note

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCAB = "urn:muragat:ns:"
"""Muragat's own terms (documented in docs/notes-jsonld.md); only ``private`` today."""
CONTEXTS: list[Any] = [CONTEXT, {"muragat": VOCAB}]
PRIVATE = "muragat:private"
NOTE_URN = "urn:muragat:note:"
TARGET_TAGS_URN = "urn:muragat:target-tags:"
GENERATOR = {"id": "urn:muragat:app", "type": "Software", "name": "Muragat"}
FRAGMENT_CONFORMS_TO = "http://tools.ietf.org/rfc/rfc3236"
"""Paragraph ids are HTML fragment identifiers (the id of the paragraph's element)."""
COLOURS_CSS = {
    "yellow": "#fff59d",
    "green": "#c5e1a5",
    "blue": "#90caf9",
    "pink": "#f48fb1",
    "orange": "#ffcc80",
}
MARKDOWN = "text/markdown"
PAGE_SIZE = 10_000
"""Annotations per AnnotationPage: up to this many, the collection is one object."""


def document_source(archive: Archive, bundle_id: str | None, doc_id: str | None) -> str:
    """The publisher's address for a single-document edition signed by Muragat's key; any
    other document (the user's own, a colleague's edition, whose address is only its signer's
    claim) by its urn."""
    manifest = archive.manifest(bundle_id) if bundle_id else None
    vouched = vouched_by_muragat(archive.bundle(bundle_id)) if bundle_id else False
    if manifest and manifest.source_url and len(manifest.documents) == 1 and vouched:
        return manifest.source_url
    return f"urn:muragat:{bundle_id or 'unknown'}:{doc_id or 'unknown'}"


def annotation_id(note: Note) -> str:
    return note.external_id or f"{NOTE_URN}{note.id}"


def _language(archive: Archive, bundle_id: str | None) -> str | None:
    manifest = archive.manifest(bundle_id) if bundle_id else None
    lang = getattr(manifest, "language", None) if manifest else None
    return lang if isinstance(lang, str) and lang else None


def _tag_body(tag: str) -> dict[str, Any]:
    return {"type": "TextualBody", "value": tag, "format": "text/plain", "purpose": "tagging"}


def _describe_source(target: dict[str, Any], archive: Archive, bundle_id: str | None) -> None:
    """The target's language, and its format where it is the publisher's web page."""
    manifest = archive.manifest(bundle_id) if bundle_id else None
    if manifest and target["source"] == manifest.source_url:
        target["format"] = "text/html"
    lang = _language(archive, bundle_id)
    if lang:
        target["language"] = lang


def to_annotation(note: Note, archive: Archive) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if note.body.strip():
        body.append(
            {"type": "TextualBody", "value": note.body, "format": MARKDOWN, "purpose": "commenting"}
        )
    body += [_tag_body(t) for t in note.tags]
    motivation = (
        note.motivation
        if note.body.strip()
        else ("tagging" if note.tags and note.target_kind != "passage" else "highlighting")
    )
    anno: dict[str, Any] = {
        "@context": CONTEXTS,
        "id": annotation_id(note),
        "type": "Annotation",
        "motivation": motivation,
        "created": note.created,
        "modified": note.modified,
    }
    if note.creator:
        anno["creator"] = json.loads(note.creator)
    original = json.loads(note.generator) if note.generator else None
    # the software that first wrote it kept, Muragat (which wrote this serialisation) after it
    anno["generator"] = [*_as_list(original), GENERATOR] if original else GENERATOR
    if body:  # an empty list would break the model's MUSTs: no body at all is allowed
        anno["body"] = body[0] if len(body) == 1 else body
    anno["target"] = _target(note, archive)
    if note.color in COLOURS_CSS:
        anno["stylesheet"] = {
            "type": "CssStylesheet",
            "value": f".{note.color} {{ background-color: {COLOURS_CSS[note.color]}; }}",
        }
        anno["target"]["styleClass"] = note.color
    if note.private:
        anno[PRIVATE] = True
    return anno


def _target(note: Note, archive: Archive) -> dict[str, Any]:
    if note.target_kind == "case":
        return {"source": f"urn:muragat:case:{note.bundle_id}:{note.target_id}"}
    if note.target_kind == "free":
        if note.doc_id:  # a note on a whole document
            return {"source": document_source(archive, note.bundle_id, note.doc_id)}
        return {"source": "urn:muragat:free-note"}
    para = archive.paragraph(note.target_id) if note.target_id else None
    doc_id = note.doc_id or (para.doc_id if para else None)
    bundle_id = note.bundle_id or (para.bundle_id if para else None)
    target: dict[str, Any] = {"source": document_source(archive, bundle_id, doc_id)}
    fragment: dict[str, Any] = {
        "type": "FragmentSelector",
        "conformsTo": FRAGMENT_CONFORMS_TO,
        "value": note.target_id,
    }
    if note.target_kind == "passage":
        fragment["refinedBy"] = {
            "type": "TextPositionSelector",
            "start": note.start,
            "end": note.end,
        }
        target["selector"] = [
            {
                "type": "TextQuoteSelector",
                "exact": note.exact,
                "prefix": note.prefix or "",
                "suffix": note.suffix or "",
            },
            fragment,
        ]
    else:
        target["selector"] = fragment
    target["type"] = "SpecificResource"
    _describe_source(target, archive, bundle_id)
    return target


def target_tag_annotation(
    target_id: str, tags: list[str], archive: Archive
) -> dict[str, Any] | None:
    """Tags on a paragraph or case record as a tagging annotation (None: the target is gone)."""
    para = archive.paragraph(target_id)
    record = archive.case(target_id) if para is None else None
    if para:
        target: dict[str, Any] = {
            "type": "SpecificResource",
            "source": document_source(archive, para.bundle_id, para.doc_id),
            "selector": {
                "type": "FragmentSelector",
                "conformsTo": FRAGMENT_CONFORMS_TO,
                "value": target_id,
            },
        }
        _describe_source(target, archive, para.bundle_id)
    elif record:
        target = {"source": f"urn:muragat:case:{record.bundle_id}:{target_id}"}
    else:
        return None
    body = [_tag_body(t) for t in sorted(tags)]
    return {
        "@context": CONTEXTS,
        "id": f"{TARGET_TAGS_URN}{target_id}",
        "type": "Annotation",
        "motivation": "tagging",
        "generator": GENERATOR,
        "body": body[0] if len(body) == 1 else body,
        "target": target,
    }


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _order(item: dict[str, Any]) -> tuple:
    return (item.get("created", ""), item["id"])


def export_w3c(
    notes: list[Note],
    archive: Archive,
    target_tags: dict[str, list[str]] | None = None,
    label: str = "Muragat notes",
) -> dict[str, Any] | list[dict[str, Any]]:
    """The collection; with more than `PAGE_SIZE` annotations, a list: the collection (its
    ``first`` page embedded) then every other page, each naming the ``next`` by its id (one
    file, nested no deeper however many pages)."""
    items = [to_annotation(n, archive) for n in notes]
    items += [
        a
        for t, tags in sorted((target_tags or {}).items())
        if tags and (a := target_tag_annotation(t, tags, archive))
    ]
    items.sort(key=_order)
    for item in items:
        item.pop("@context", None)
    digest = hashlib.sha256(
        json.dumps(items, ensure_ascii=False, sort_keys=True).encode("utf-8")
    ).hexdigest()[:32]
    ident = f"urn:muragat:collection:{digest}"
    chunks = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    pages: list[dict[str, Any]] = []
    for n, chunk in enumerate(chunks, 1):
        page: dict[str, Any] = {
            "id": f"{ident}:page:{n}",
            "type": "AnnotationPage",
            "partOf": ident,
            "startIndex": (n - 1) * PAGE_SIZE,
            "items": chunk,
        }
        if n > 1:
            page = {"@context": CONTEXTS, **page, "prev": f"{ident}:page:{n - 1}"}
        if n < len(chunks):
            page["next"] = f"{ident}:page:{n + 1}"
        pages.append(page)
    collection = {
        "@context": CONTEXTS,
        "id": ident,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": pages[0],
        "last": pages[-1]["id"],
    }
    return collection if len(pages) == 1 else [collection, *pages[1:]]


def dumps(data: Any) -> str:
    """The one serialisation of an export (stable: same notes, same bytes)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def items_of(exported: dict[str, Any] | list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Every annotation of an export, page after page."""
    collection, *rest = exported if isinstance(exported, list) else [exported]
    for page in [collection["first"], *rest]:
        yield from page["items"]
