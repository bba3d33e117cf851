"""Full-text search over the archive and the notes (Whoosh, behind this package's interface)."""

KINDS = ("paragraph", "case", "note", "document")
"""Kinds of index item. ``document`` is reserved for whole imported documents; their paragraphs
are indexed as ``paragraph`` like the report's."""
