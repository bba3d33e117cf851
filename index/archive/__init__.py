"""The archive: bundles of documents and case records, loaded and verified from disk."""

from index.archive.archive import Archive, load_archive
from index.archive.model import (
    Alias,
    Bundle,
    CaseEvent,
    CaseRecord,
    Charge,
    Document,
    Manifest,
    Paragraph,
    Section,
    Subject,
)

__all__ = [
    "Alias",
    "Archive",
    "Bundle",
    "CaseEvent",
    "CaseRecord",
    "Charge",
    "Document",
    "Manifest",
    "Paragraph",
    "Section",
    "Subject",
    "load_archive",
]
