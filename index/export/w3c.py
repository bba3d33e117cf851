"""Notes as W3C Web Annotations (JSON-LD): an ``AnnotationCollection`` (the model's own
container) whose ``first`` page holds every annotation. `index.notes.w3c` reads them back.

Targets: ``source`` is the document's stable URL (the publisher's, where the manifest has one)
or ``urn:muragat:<bundle>:<document>``; a passage carries a ``TextQuoteSelector`` (any reader
can anchor with it) and a ``FragmentSelector`` naming the paragraph id, refined by a
``TextPositionSelector`` counted within that paragraph's text.
"""

from __future__ import annotations

from typing import Any

from index.archive import Archive
from index.notes.model import Note

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NOTE_URN = "urn:muragat:note:"


def document_source(archive: Archive, bundle_id: str | None, doc_id: str | None) -> str:
    bundle = archive.bundle(bundle_id) if bundle_id else None
    if bundle and bundle.manifest.source_url and len(bundle.documents) == 1:
        return bundle.manifest.source_url
    return f"urn:muragat:{bundle_id or 'unknown'}:{doc_id or 'unknown'}"


def to_annotation(note: Note, archive: Archive) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if note.body.strip():
        body.append(
            {
                "type": "TextualBody",
                "value": note.body,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    body += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in note.tags]
    motivation = (
        note.motivation
        if note.body.strip()
        else ("tagging" if note.tags and note.target_kind != "passage" else "highlighting")
    )
    anno: dict[str, Any] = {
        "@context": CONTEXT,
        "id": note.external_id or f"{NOTE_URN}{note.id}",
        "type": "Annotation",
        "motivation": motivation,
        "created": note.created,
        "modified": note.modified,
        "body": body,
        "target": _target(note, archive),
    }
    if note.private:
        anno["audience"] = {"type": "Audience", "name": "private"}
    return anno


def _target(note: Note, archive: Archive) -> dict[str, Any] | str:
    if note.target_kind == "case":
        return {"source": f"urn:muragat:case:{note.bundle_id}:{note.target_id}"}
    if note.target_kind == "free":
        return {"source": "urn:muragat:free-note"}
    para = archive.paragraph(note.target_id) if note.target_id else None
    doc_id = note.doc_id or (para.doc_id if para else None)
    target: dict[str, Any] = {"source": document_source(archive, note.bundle_id, doc_id)}
    fragment: dict[str, Any] = {"type": "FragmentSelector", "value": note.target_id}
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
    return target


def export_w3c(notes: list[Note], archive: Archive) -> dict[str, Any]:
    items = [to_annotation(n, archive) for n in notes]
    for item in items:
        item.pop("@context", None)
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Muragat notes",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
