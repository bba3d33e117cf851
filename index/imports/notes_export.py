"""Recognising a Muragat notes export offered as a document: importing it would turn the
notes — private ones too — into searchable document text, so it is refused with the way to
import notes instead."""

from __future__ import annotations

from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP, KnownError

_MARKDOWN_SIGN = 'generator: "Muragat notes export"'
_JSONLD_SIGNS = ('"AnnotationCollection"', '"AnnotationPage"', "http://www.w3.org/ns/anno.jsonld")


def refuse_notes_export(path: Path) -> None:
    """Raise `KnownError` if ``path`` is a notes export (Markdown or Web Annotations)."""
    try:
        with open(path, "rb") as f:
            head = f.read(64 * 1024).decode("utf-8", errors="replace").lstrip("\ufeff")
    except OSError:
        return  # the reader reports what is wrong with the file
    if head.startswith("---") and _MARKDOWN_SIGN in head.split("\n---", 1)[0]:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is a Muragat notes export, not a document: importing it would "
                "make its notes (private ones too) searchable document text. To move "
                "notes between archives export them with --format w3c and use muragat "
                "notes import.",
            ),
            name=path.name,
        )
    if head.lstrip().startswith(("{", "[")) and any(sign in head for sign in _JSONLD_SIGNS):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} holds Web Annotations (notes), not a document: import it with "
                "muragat notes import.",
            ),
            name=path.name,
        )
