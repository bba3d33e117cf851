"""The Whoosh schema of Muragat's index, and its version.

Bump `SCHEMA_VERSION` whenever fields or analyzers change: an index built with another version
is rebuilt automatically on open.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from index.search import SCHEMA_VERSION  # noqa: F401 (where it is known by)
from index.search.analysis import (
    exact_analyzer,
    names_analyzer,
    names_text_analyzer,
    text_analyzer,
    text_grams_analyzer,
)
from index.search.term_positions import with_term_positions


def build_schema() -> Schema:
    schema = Schema(
        id=ID(stored=True, unique=True, sortable=True),
        hash=ID(stored=True, sortable=True),
        kind=ID(stored=True, sortable=True),
        bundle=ID(stored=True),
        doc_id=ID(stored=True),
        para_id=ID(stored=True),
        section_id=ID(stored=True),
        document=STORED(),
        ordinal=NUMERIC(stored=True, sortable=True),
        title=TEXT(analyzer=text_grams_analyzer(), stored=True, field_boost=1.5),
        section=TEXT(analyzer=text_analyzer(), stored=True),
        text=TEXT(analyzer=text_grams_analyzer(), stored=True, phrase=True),
        exact=TEXT(analyzer=exact_analyzer(), phrase=True),
        names=TEXT(analyzer=names_text_analyzer(), phrase=True),
        person=TEXT(analyzer=names_analyzer(), phrase=True),
        place=TEXT(analyzer=names_analyzer(), phrase=True),
        court=TEXT(analyzer=text_analyzer(), phrase=True),
        date=KEYWORD(commas=True, stored=True),
        year=KEYWORD(commas=True),
        tag=KEYWORD(commas=True, lowercase=True, stored=True, scorable=True),
        extra=STORED(),
    )
    for name in schema.names():  # every field with positions, analysed once per word
        with_term_positions(schema[name])
    return schema
