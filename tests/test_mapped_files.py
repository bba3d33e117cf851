"""A searcher reads its segments from the memory map, never a copy (issue 18: at 30,000
documents opening a searcher copied 1.4 GB of postings into memory, one copy per thread's
searcher). Real Whoosh index of the bundled archive."""

from __future__ import annotations

import io
import pickle

from index.core import Core
from index.search.mapped_files import ViewReader


def test_a_segment_file_is_read_through_the_map_not_copied(data_dir):
    core = Core(data_dir)
    core.update_index()
    searcher = core.search.store.searcher()
    readers = [sub for sub, _ in searcher.reader().leaf_readers()]
    assert readers
    for reader in readers:
        postings = reader._terms._postfile  # the segment's postings, inside its .seg file
        assert isinstance(postings.file, ViewReader)
    assert core.find("Ensebek").total > 0
    core.close()


def test_a_view_reader_reads_as_a_file_does():
    data = pickle.dumps({"a": [1, 2, 3]}, 2) + b"line one\nline two\n" + bytes(range(256))
    view, plain = ViewReader(memoryview(data)), io.BytesIO(data)
    for f in (view, plain):
        f.seek(0)
    assert pickle.load(view) == pickle.load(plain)
    assert view.tell() == plain.tell()
    assert view.readline() == plain.readline() and view.readline() == plain.readline()
    assert view.read(10) == plain.read(10)
    assert view.seek(-5, 2) == plain.seek(-5, 2)
    assert view.read() == plain.read() and view.read(3) == plain.read(3) == b""
    view.seek(3)
    plain.seek(3)
    into, expected = bytearray(7), bytearray(7)
    assert view.readinto(into) == plain.readinto(expected) and into == expected
