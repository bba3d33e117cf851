"""Whoosh reads a segment's files from the memory map of its compound file without copying them.

Whoosh (whoosh3 3.54) maps each compound segment file (``.seg``) and hands each file inside it
to its readers as a ``BufferFile``, which wraps the mapped bytes in ``io.BytesIO`` — and BytesIO
copies a memoryview. So opening a searcher copied every segment's postings into memory: 1.4 GB
for the 30,000-document benchmark's 1.8 GB index (42 segments), ~150 MB at 3,000 documents,
held for as long as the searcher (every thread has one). `install` makes a ``BufferFile`` over
a memoryview read through the view instead: only the bytes read are copied, the map stays
shared with the page cache, and memory no longer grows with the index.
"""

from __future__ import annotations

from whoosh.filedb import structfile

_original_init = structfile.BufferFile.__init__


class ViewReader:
    """A read-only, seekable file over a memoryview: what `StructFile` calls on its file."""

    def __init__(self, view: memoryview) -> None:
        self._view = view.cast("B") if view.format != "B" or view.ndim != 1 else view
        self._pos = 0

    def read(self, size: int | None = -1) -> bytes:
        end = len(self._view)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._view[self._pos : end].tobytes()
        self._pos = max(self._pos, end)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        view, start = self._view, self._pos
        end = len(view) if size is None or size < 0 else min(len(view), start + size)
        pos = start
        while pos < end:  # lines are rare here (pickles of protocol 0 only)
            pos += 1
            if view[pos - 1] == 0x0A:
                break
        self._pos = pos
        return view[start:pos].tobytes()

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += len(self._view)
        # Never raises (a damaged file's offsets read as garbage, which Whoosh's own code then
        # fails on): `engine.is_index_damage` tells damage from bugs by where an error is raised.
        self._pos = max(0, offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        self._view = memoryview(b"")

    def flush(self) -> None:
        pass


def _init(self, buf, name=None, onclose=None) -> None:
    _original_init(self, b"" if isinstance(buf, memoryview) else buf, name, onclose)
    if isinstance(buf, memoryview):  # a file in a mapped compound segment: read, never copy
        self._buf = buf
        self.file = ViewReader(buf)


def install() -> None:
    """Read mapped segment files in place (idempotent)."""
    structfile.BufferFile.__init__ = _init
