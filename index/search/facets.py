"""Facet counts (kind, section, year, tag) for the documents a search matched.

Each index segment gets a column per facet: for each of its documents, the number of the
combination of values it holds (most documents hold one value; a paragraph may hold two years
or a few tags, and the combinations are few). Counting is then one pass over the matched
documents, in C (`collections.Counter` over the column), and the columns cost four bytes a
document and facet.

A segment never changes once written (a deletion only hides documents, and a hidden document
never matches), so its columns are read from its postings once, written beside it in the index
folder (``muragat-facets-<segment>-<documents>.bin``), and kept: a command opening an index of
ten thousand documents reads a few small files instead of every facet posting list, and a
commit (a note saved) costs reading its new small segment only. Files of segments merged away
are removed when the next columns are written.
"""

from __future__ import annotations

import bisect
import json
import logging
import os
import struct
import sys
from array import array
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FACETS = {
    "kind": ("kind", False),
    "section": ("section_id", False),
    "year": ("year", True),
    "tag": ("tag", True),
}
"""Facet name → (index field, several values a document)."""

PREFIX = "muragat-facets-"
_MAGIC = b"MURAGAT-FACETS 1\n"


@dataclass
class SegmentFacets:
    combos: dict[str, list[tuple[str, ...]]]
    """Facet → its combinations of values; the first is the empty one."""
    columns: dict[str, array]
    """Facet → for each document of the segment, the number of its combination."""

    def count(self, local: list[int], counts: dict[str, dict[str, int]]) -> None:
        """Add the values of these documents (the segment's own numbers) to ``counts``."""
        for name, column in self.columns.items():
            combos = self.combos[name]
            found = counts[name]
            for combo, n in Counter(map(column.__getitem__, local)).items():
                for value in combos[combo]:
                    found[value] = found.get(value, 0) + n

    def count_compiled(self, C, ids: bytes, offset: int, counts: dict[str, dict[str, int]]):
        """`count` by the compiled extension, for the documents of ``ids`` (global numbers,
        ascending) in this segment (its first document is ``offset``): the same counts, the
        values added in the same order."""
        for name, column in self.columns.items():
            combos = self.combos[name]
            found = counts[name]
            order, tallies = C.tally(ids, offset, column, len(combos))
            tallied = memoryview(tallies).cast("I")
            for combo in memoryview(order).cast("I"):
                n = tallied[combo]
                for value in combos[combo]:
                    found[value] = found.get(value, 0) + n


def _from_postings(reader, size: int) -> SegmentFacets:
    combos: dict[str, list[tuple[str, ...]]] = {}
    columns: dict[str, array] = {}
    for name, (fieldname, _) in FACETS.items():
        from_bytes = reader.schema[fieldname].from_bytes
        held: list[tuple[str, ...]] = [()] * size
        for btext in reader.lexicon(fieldname):
            value = from_bytes(btext)
            for docnum in reader.postings(fieldname, btext).all_ids():
                held[docnum] = (*held[docnum], value)
        numbers: dict[tuple[str, ...], int] = {(): 0}
        column = array("I", (numbers.setdefault(c, len(numbers)) for c in held))
        combos[name] = list(numbers)
        columns[name] = column
    return SegmentFacets(combos, columns)


def _file(folder: Path, segment_id: str, size: int) -> Path:
    return folder / f"{PREFIX}{segment_id}-{size}.bin"


def _load(path: Path, size: int, storage=None) -> SegmentFacets | None:
    from whoosh.index import IndexError as WhooshIndexError

    try:  # a sealed index's storage (`sealed_storage`) keeps these sealed too
        read = getattr(storage, "read_whole", None)
        data = path.read_bytes() if read is None else read(path.name)
    except (OSError, WhooshIndexError):
        return None
    try:
        if not data.startswith(_MAGIC):
            raise ValueError("not a facet file")
        at = len(_MAGIC)
        (length,) = struct.unpack_from("<I", data, at)
        head = json.loads(data[at + 4 : at + 4 + length].decode("utf-8"))
        at += 4 + length
        combos, columns = {}, {}
        for name in FACETS:
            column = array("I")
            column.frombytes(data[at : at + 4 * size])
            at += 4 * size
            if sys.byteorder != "little":  # pragma: no cover - written little-endian
                column.byteswap()
            combos[name] = [tuple(c) for c in head[name]]
            if len(column) != size or (size and _largest(column) >= len(combos[name])):
                raise ValueError("a column does not fit its segment")
            columns[name] = column
        if at != len(data):
            raise ValueError("trailing bytes")
    except (ValueError, KeyError, TypeError, struct.error, UnicodeError) as exc:
        log.warning("facet columns %s unreadable (%s): read again", path.name, exc)
        return None
    return SegmentFacets(combos, columns)


def _largest(column: array) -> int:
    C = _compiled()
    return C.column_max(column) if C is not None else max(column)


def _compiled():
    """The compiled extension, unless it is missing or switched off (as `index.search.fast`)."""
    from index.search import fast

    return fast.C if fast.C is not None and not os.environ.get(fast.SWITCH) else None


def _save(path: Path, facets: SegmentFacets, storage=None) -> None:
    from index.errors import KnownError
    from index.fileio import write_atomic

    head = json.dumps({name: facets.combos[name] for name in FACETS}).encode("utf-8")
    parts = [_MAGIC, struct.pack("<I", len(head)), head]
    for name in FACETS:
        column = array("I", facets.columns[name])
        if sys.byteorder != "little":  # pragma: no cover
            column.byteswap()
        parts.append(column.tobytes())
    try:
        write = getattr(storage, "write_whole", None)
        if write is None:
            write_atomic(path, b"".join(parts))
        else:
            write(path.name, b"".join(parts))
    except (OSError, KnownError) as exc:  # read from the postings next time: slower
        log.info("facet columns not kept on disk: %s", exc)


def _folder(searcher) -> Path | None:
    storage = getattr(getattr(searcher, "_ix", None), "storage", None)
    folder = getattr(storage, "folder", None)
    return Path(folder) if folder else None


def _forget_others(folder: Path, keep: set[str]) -> None:
    for path in folder.glob(f"{PREFIX}*.bin"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def facet_maps(searcher) -> list[tuple[int, int, SegmentFacets]]:
    """Per segment of the index: (its first document number, its document count, its facet
    columns) — kept on the index object, read from the folder, or read from the postings
    (and then written to the folder). The list is kept on the searcher."""
    maps = getattr(searcher, "_muragat_facet_maps", None)
    if maps is not None:
        return maps
    ix = getattr(searcher, "_ix", None)
    kept: dict[tuple[str, int], SegmentFacets] = getattr(ix, "_muragat_segment_facets", {})
    now: dict[tuple[str, int], SegmentFacets] = {}
    folder = _folder(searcher)
    storage = getattr(ix, "storage", None)
    files: set[str] = set()
    wrote = False
    maps = []
    for sub, offset in searcher.reader().leaf_readers():
        segment = sub.segment() if hasattr(sub, "segment") else None
        size = sub.doc_count_all()
        key = (segment.segment_id(), size) if segment is not None else None
        found = kept.get(key) if key is not None else None
        path = _file(folder, *key) if folder is not None and key is not None else None
        if path is not None:
            files.add(path.name)
        if found is None and path is not None:
            found = _load(path, size, storage)
        if found is None:
            found = _from_postings(sub, size)
            if path is not None:
                _save(path, found, storage)
                wrote = True
        if key is not None:
            now[key] = found
        maps.append((offset, size, found))
    if wrote and folder is not None:
        _forget_others(folder, files)
    if ix is not None:
        ix._muragat_segment_facets = now  # the segments merged away are let go
    searcher._muragat_facet_maps = maps
    return maps


def facet_counts(searcher, docnums: list[int] | bytes) -> dict[str, dict[str, int]]:
    """How many of these documents hold each facet value (values held by none left out).
    ``docnums``: global document numbers, or (from the compiled evaluation) their uint32
    array, ascending, counted by the compiled extension when it is there and not switched off.
    """
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    if isinstance(docnums, bytes | bytearray | memoryview):
        C = _compiled()
        if C is not None:
            for offset, _, facets in facet_maps(searcher):
                facets.count_compiled(C, docnums, offset, counts)
            return counts
        docnums = memoryview(docnums).cast("I").tolist()
    docnums = sorted(docnums)
    for offset, size, facets in facet_maps(searcher):
        first = bisect.bisect_left(docnums, offset)
        last = bisect.bisect_left(docnums, offset + size, first)
        if first == last:  # nothing matched in this segment
            continue
        facets.count([d - offset for d in docnums[first:last]], counts)
    return counts
