"""Whoosh's writer, sped up where it is slow, behind its on-disk format (issue 23).

Two parts, each checked against the Whoosh it was written for, and left out (Whoosh's own
path, unchanged) if that Whoosh has changed, or with ``MURAGAT_PLAIN_INDEXING=1``. All reading
of the writer's private parts is in this module.

**The pool.** A Whoosh writer keeps the postings of the documents it is given in a pool, and
when the pool passes the writer's ``limitmb`` it sorts them and writes them out as a temporary
"run", merged with the others at the commit. Whoosh writes a run one posting at a time (a
``pickle.dump`` call per posting) and reads it back likewise: a build of thousands of documents
spills, and measured on 300 documents of 12 KB this spilling took 40 % more CPU than the same
build held in memory. `ChunkedPostingPool` writes and reads the same postings in chunks of `CHUNK`
(one ``pickle.dump`` each); the runs are temporary files of the pool alone, so what the pool
hands to the commit — every posting, in the same sorted order — and so the index are
unchanged (tests/test_term_positions.py builds with spilled runs both ways and compares the
segment files byte for byte).

Whoosh's writer builds its pool from ``whoosh.writing.PostingPool`` (it takes no pool class;
its writer processes build theirs the same way), so `install` puts the subclass there — only
if the pool's private methods still have the signatures this module was written against.

**Field lengths.** At the commit, Whoosh writes each posting with its document's length in
the field (for the block's length bounds), read back from the segment's length column: a seek
and a read per posting, a tenth of the commit. `codec` gives the writer (``codec=``, a
parameter Whoosh's writer and its writer processes take) a field writer that reads each
field's length column once into a list. The segment it makes holds Whoosh's own codec, so
the index's table of contents names no class of ours.
"""

from __future__ import annotations

import inspect
import os
import pickle
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from whoosh import writing
from whoosh.codec import whoosh3

CHUNK = 4096
"""Postings pickled together in a run: a few hundred KB held while reading each run."""

PLAIN = os.environ.get("MURAGAT_PLAIN_INDEXING", "") not in ("", "0")
"""Build with Whoosh's own pool and analysis paths (tests and benchmarks compare both)."""

_EXPECTED = {
    "add": ["self", "item"],
    "save": ["self"],
    "_open_run": ["self", "path"],
    "_remove_run": ["self", "path"],
    "_read_run": ["self", "path"],
    "_write_run": ["self", "f", "items"],
}


class ChunkedPostingPool(writing.PostingPool):
    """`whoosh.writing.PostingPool`, its runs pickled `CHUNK` postings at a time."""

    def add(self, item: tuple) -> None:
        # Whoosh's estimate of a posting's memory (PostingPool.add), without its type checks.
        self.fieldnames.add(item[0])
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f: Any, items: Iterable[Any]) -> None:
        items = iter(items)
        dump = pickle.dump
        while chunk := list(islice(items, CHUNK)):
            dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        load = pickle.load
        try:
            while True:
                try:
                    chunk = load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


_WHOOSH_POOL = writing.PostingPool


def _signatures_match() -> bool:
    base = _WHOOSH_POOL
    for name, params in _EXPECTED.items():
        method = getattr(base, name, None)
        if method is None:
            return False
        try:
            if list(inspect.signature(method).parameters) != params:
                return False
        except (TypeError, ValueError):
            return False
    return all(hasattr(base, a) for a in ("_new_run", "cleanup", "items"))


def install() -> bool:
    """Make Whoosh's writers (and the writer processes they fork) use `ChunkedPostingPool`;
    Whoosh's own pool if `PLAIN`, or if its pool is no longer the one read here. True if the
    chunked pool is in place."""
    if PLAIN:
        uninstall()
        return False
    current = writing.PostingPool
    if current is ChunkedPostingPool:
        return True
    if current is not _WHOOSH_POOL or not _signatures_match():
        return False
    writing.PostingPool = ChunkedPostingPool
    return True


def uninstall() -> None:
    """Put Whoosh's own pool back."""
    if writing.PostingPool is ChunkedPostingPool:
        writing.PostingPool = _WHOOSH_POOL


class _ListedLengths:
    """A segment's per-document reader whose field lengths are read once per field, into a
    list indexed by document number (what `FieldWriter.add_postings` asks of it)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader

    def doc_field_length_reader(self, fieldname: str, default: int = 0):
        get = self._reader.doc_field_length_reader(fieldname, default)
        return [get(docnum) for docnum in range(self._reader.doc_count_all())].__getitem__

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


class _FieldWriter(whoosh3.W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        if lengths:
            lengths = _ListedLengths(lengths)
        return super().add_postings(schema, lengths, items)


class _Codec(whoosh3.W3Codec):
    """`W3Codec` (its defaults), with `_FieldWriter`; its segments hold a plain `W3Codec`."""

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def new_segment(self, storage, indexname):
        return whoosh3.W3Segment(whoosh3.W3Codec(), indexname)


def _codec_parts_match() -> bool:
    from whoosh.codec import base, default_codec

    try:
        plain = default_codec()
        add_postings = inspect.signature(base.FieldWriter.add_postings).parameters
        reader = inspect.signature(whoosh3.W3PerDocReader.doc_field_length_reader).parameters
        segment = inspect.signature(whoosh3.W3Segment).parameters
    except (AttributeError, TypeError, ValueError):
        return False
    return (
        type(plain) is whoosh3.W3Codec
        and vars(plain) == vars(whoosh3.W3Codec())
        and whoosh3.W3FieldWriter.add_postings is base.FieldWriter.add_postings
        and list(add_postings) == ["self", "schema", "lengths", "items"]
        and list(reader)[:2] == ["self", "fieldname"]
        and list(segment)[:2] == ["codec", "indexname"]
    )


def codec() -> whoosh3.W3Codec | None:
    """The codec for a writer (``ix.writer(codec=...)``), or None for Whoosh's own."""
    if PLAIN or not _codec_parts_match():
        return None
    return _Codec()
