"""Full-text search over the archive and the notes (Whoosh, behind this package's interface)."""

KINDS = ("paragraph", "case", "note", "document")
"""Kinds of index item. ``document`` is reserved for whole imported documents; their paragraphs
are indexed as ``paragraph`` like the report's."""

SCHEMA_VERSION = 6
"""Bump whenever fields or analyzers change (`index.search.schema`): an index built with
another version is rebuilt. Here, not beside the schema, so that naming it loads no Whoosh.
5: common grams in ``text`` and ``title``; ``names`` holds only capitalised words.
6: name elements fold their vowels (index.search.names.NAME_ELEMENTS); the untitled opening
of an imported document is a section of its own (not "Summary")."""
