"""The search index's files sealed at rest (issue 24): a Whoosh storage that encrypts every file.

`SealedStorage` is Whoosh's `FileStorage` (the same folder, the same file names, the same
locks), every file written through it encrypted with AES-256-GCM (``cryptography``'s AEAD) under
a 32-byte key, and read back decrypted. The index is hundreds of megabytes, so a file is never
decrypted whole: it is cut into chunks of `CHUNK` bytes of plain text, each sealed on its own::

    header   MAGIC (4) · version (1) · log2 of the chunk size (1) · a random file id (16)
    chunk n  nonce (12, random) · ciphertext · tag (16)

Each chunk's associated data is the header, the file's name in the folder and the chunk's
number with whether it is the file's last chunk: a chunk moved within its file or to another
file, a file renamed to another's name, a file cut short (the last chunk is the one shorter than
`CHUNK`, an empty one when the text fills its chunks exactly) or read with another key does
not open. That is `IndexDamage`, a `whoosh.index.IndexError`: what `IndexFolder` and
`engine.is_index_damage` already treat as a damaged index, rebuilt, never a wrong answer.

Reading seeks to the chunks a read touches and decrypts only those, keeping the last ones
decrypted (`CACHE_BYTES` in the process, shared by the files open; `drop_cache` forgets them).
A file is read through `_SealedFile`, a `StructFile` whose positional reads slice the chunk
they fall in, in one call (as Whoosh's `BufferFile` does for a mapped file): a search's reads
are small and scattered, and with a buffer in front each cost a refill through Python
(docs/bench/vault-index.md). Writing holds one chunk at a time, sealing each as it fills (a
seek back — Whoosh rewrites the head of a compound file when it closes it — reopens the chunk
and seals it again, with a new nonce). Nonces are random (96 bits): the 830 MB index of
10,000 documents is 51,000 chunks, and a build seals a few times that (its temporary runs, its
merges): many thousand builds under one key before the 2^32 random nonces AES-GCM allows.

Whoosh's temporary files (its sorting runs, its column files before they are assembled) go
through the same storage (`temp_storage`), so nothing of the index is written in the clear.
The lock files stay Whoosh's: empty files named for the index ("MAIN_WRITELOCK"). File names
are Whoosh's own, made of the index name, random segment ids and generation numbers: no word
of the user's (tests/test_sealed_index.py scans names and bytes). The facet columns Muragat
keeps beside the segments are sealed through `SealedStorage.write_whole` (`facets`).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
import shutil
import struct
import threading
from collections import OrderedDict
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from whoosh.filedb.filestore import FileStorage, ReadOnlyError
from whoosh.filedb.structfile import StructFile
from whoosh.index import IndexError as WhooshIndexError

MAGIC = b"MRGS"
VERSION = 1
CHUNK_BITS = 14
CHUNK = 1 << CHUNK_BITS
"""Plain text per chunk (16 KiB): decrypted in about 2 µs with AES instructions. A search
touches scattered places (term entries in 20 segments, stored fields of the hits); at 10,000
documents a prefix search touched ~600 chunks: 10 MB at 16 KiB, fitting `CACHE_BYTES`, where
64 KiB chunks (40 MB) did not and were decrypted again at every search (prefix CPU 2x the
clear index's; 1.0-1.1x at 16 KiB: docs/bench/vault-index.md)."""
NONCE = 12
TAG = 16
OVERHEAD = NONCE + TAG
HEADER = len(MAGIC) + 2 + 16
KEY_BYTES = 32
CACHE_BYTES = 16 * 1024 * 1024
"""Decrypted chunks kept in the process (`_Chunks`), shared by every file open for reading."""


class IndexDamage(WhooshIndexError):
    """A sealed file that does not open: damaged, cut short, not sealed, or sealed with another
    key. The index is rebuilt (`engine.is_index_damage`)."""


def _aead(key: bytes) -> AESGCM:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError(f"a sealed index takes a {KEY_BYTES}-byte key")
    return AESGCM(bytes(key))


def _bound(header: bytes, name: str, number: int, last: bool) -> bytes:
    """A chunk's associated data: its file's header and name, its number, whether it is last."""
    return b"".join((header, name.encode("utf-8"), b"\0", struct.pack(">QB", number, last)))


def _layout(size: int, chunk: int) -> tuple[int, int]:
    """(plain length, number of the last chunk) of a sealed file ``size`` bytes long on disk;
    `IndexDamage` when no sealed file is that long."""
    body = size - HEADER
    if body < OVERHEAD:
        raise IndexDamage("a sealed index file cut short")
    sealed = chunk + OVERHEAD
    full, rest = divmod(body, sealed)
    if rest < OVERHEAD:  # the last chunk is shorter than a full one: this file was cut
        raise IndexDamage("a sealed index file cut short")
    return full * chunk + rest - OVERHEAD, full


def _parse_header(header: bytes) -> int:
    """The chunk size a file's header gives; `IndexDamage` if it is no sealed file's header."""
    if len(header) != HEADER or header[:4] != MAGIC or header[4] != VERSION:
        raise IndexDamage("not a sealed index file")
    bits = header[5]
    if not 10 <= bits <= 24:
        raise IndexDamage("a sealed index file with a damaged header")
    return 1 << bits


def sealed_length(path: str | os.PathLike) -> int:
    """The plain length of the sealed file at ``path`` (from its size and header alone)."""
    with open(path, "rb") as f:
        chunk = _parse_header(f.read(HEADER))
        return _layout(os.fstat(f.fileno()).st_size, chunk)[0]


class _Chunks:
    """Decrypted chunks of the sealed files open for reading, shared by all of them in the
    process (each thread has its own searcher, and each commit makes new ones, over the same
    segment files, which never change once written): bounded by bytes, the least recently
    used dropped first. A chunk is found by the key's tag, the file's header (its random id),
    its name and the chunk's number, so another key or name never finds one."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._chunks: OrderedDict[tuple[bytes, int], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[bytes, int]) -> bytes | None:
        with self._lock:
            plain = self._chunks.get(key)
            if plain is not None:
                self._chunks.move_to_end(key)
            return plain

    def put(self, key: tuple[bytes, int], plain: bytes) -> None:
        with self._lock:
            old = self._chunks.pop(key, None)
            if old is not None:
                self.size -= len(old)
            self._chunks[key] = plain
            self.size += len(plain)
            while self.size > self.limit and self._chunks:
                self.size -= len(self._chunks.popitem(last=False)[1])

    def clear(self) -> None:
        with self._lock:
            self._chunks.clear()
            self.size = 0


_CHUNKS = _Chunks(CACHE_BYTES)


def drop_cache() -> None:
    """Forget every decrypted chunk kept in this process (the vault is locked). Files still
    open decrypt again what they read next (each keeps the chunk it read last)."""
    _CHUNKS.clear()


class _SealedRaw(io.RawIOBase):
    """A sealed file as a raw binary file of plain text: read, or written (and read back)
    from when it is created. Written through `io.BufferedWriter` / `BufferedRandom`, so
    Whoosh's many small writes stay in C; read directly (`read` slices the chunk a read falls
    in: Whoosh's reads at a search are mostly small and scattered — a term's entry, a
    document's stored fields — where a buffer in front would copy 8 KB for each)."""

    def __init__(
        self, path: str, name: str, aead: AESGCM, writing: bool, key_tag: bytes = b""
    ) -> None:
        super().__init__()
        self._name = name
        self._aead = aead
        self._writing = writing
        self._pos = 0
        self._lock = threading.Lock()
        self._recent: tuple[int, int, bytes] = (0, 0, b"")
        """The chunk read last: (where it starts, where it ends, its text). Most reads fall in
        the chunk of the read before (a term's entry, then its neighbour's)."""
        if writing:
            self._file = open(path, "w+b")  # noqa: SIM115 (closed in close())
            self._chunk = CHUNK
            self._header = MAGIC + bytes((VERSION, CHUNK_BITS)) + secrets.token_bytes(16)
            self._file.write(self._header)
            self._length = 0
            self._tail = bytearray()
            """The chunk after the last full one: in memory until the file is closed."""
            self._last = 0
        else:
            self._file = open(path, "rb")  # noqa: SIM115
            try:
                self._header = self._file.read(HEADER)
                self._chunk = _parse_header(self._header)
                size = os.fstat(self._file.fileno()).st_size
                self._length, self._last = _layout(size, self._chunk)
                self._cache_id = b"\0".join((key_tag, self._header, name.encode("utf-8")))
            except BaseException:
                self._file.close()
                raise

    # -- io.RawIOBase -----------------------------------------------------------------------

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return self._writing

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET and offset >= 0:
            self._pos = offset
            return offset
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self._length + offset
        else:
            raise ValueError(f"invalid whence {whence}")
        if pos < 0:
            raise ValueError("negative seek position")
        self._pos = pos
        return pos

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            size = self._length - self._pos
        data = self.pread(self._pos, size)
        self._pos += len(data)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        return _readline(self, size)

    def pread(self, pos: int, size: int) -> bytes:
        """``size`` bytes (fewer at the end) from ``pos``, the position left as it was (what
        `_SealedFile.get` asks)."""
        start, end, plain = self._recent
        if start <= pos and pos + size <= end:  # within the chunk read last: most reads
            return plain[pos - start : pos + size - start]
        end = min(pos + size, self._length)
        parts = []
        chunk = self._chunk
        while pos < end:
            number = pos // chunk
            start = number * chunk
            plain = self._plain(number)
            take = min(start + len(plain), end) - pos
            if take <= 0:
                raise IndexDamage("a sealed index chunk shorter than its file says")
            parts.append(plain[pos - start : pos - start + take])
            pos += take
            if not self._writing:
                self._recent = (start, start + len(plain), plain)
        if len(parts) == 1:
            return parts[0]
        return b"".join(parts)

    def readinto(self, buffer) -> int:
        out = memoryview(buffer).cast("B")
        pos, end = self._pos, min(self._pos + len(out), self._length)
        done = 0
        size = self._chunk
        while pos < end:
            number, offset = divmod(pos, size)
            plain = self._plain(number)
            take = min(len(plain) - offset, end - pos)
            if take <= 0:
                raise IndexDamage("a sealed index chunk shorter than its file says")
            out[done : done + take] = plain[offset : offset + take]
            done += take
            pos += take
        self._pos = pos
        return done

    def write(self, data) -> int:
        if not self._writing:
            raise io.UnsupportedOperation("write")
        data = memoryview(data).cast("B")
        if self._pos > self._length:  # a hole: zeros, as a file has
            gap, self._pos = self._pos - self._length, self._length
            self.write(bytes(gap))
        size, written = self._chunk, 0
        while written < len(data):
            number, offset = divmod(self._pos, size)
            take = min(size - offset, len(data) - written)
            piece = data[written : written + take]
            if number == self._last:  # the tail: in memory
                self._tail[offset : offset + take] = piece
                if len(self._tail) == size:  # full: sealed, the next one is the tail
                    self._put(number, bytes(self._tail), last=False)
                    self._tail = bytearray()
                    self._last += 1
            else:  # back into a full chunk written before: opened and sealed again
                plain = bytearray(self._plain(number))
                plain[offset : offset + take] = piece
                self._put(number, bytes(plain), last=False)
            written += take
            self._pos += take
            self._length = max(self._length, self._pos)
        return written

    def truncate(self, size=None):
        raise io.UnsupportedOperation("truncate")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("a sealed file has no descriptor to map")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.closed:
            return
        try:
            if self._writing:
                self._put(self._last, bytes(self._tail), last=True)
                self._file.truncate()
                self._tail = bytearray()
        finally:
            self._recent = (0, 0, b"")
            self._file.close()
            super().close()

    # -- chunks -----------------------------------------------------------------------------

    def _plain(self, number: int) -> bytes:
        """Chunk ``number`` decrypted (kept, or the tail being written)."""
        if self._writing:
            if number == self._last:
                return bytes(self._tail)
            return self._open(number)
        key = (self._cache_id, number)
        plain = _CHUNKS.get(key)
        if plain is None:
            plain = self._open(number)
            _CHUNKS.put(key, plain)
        return plain

    def _open(self, number: int) -> bytes:
        """Chunk ``number`` read from the file and decrypted."""
        last = not self._writing and number == self._last
        sealed_size = self._chunk + OVERHEAD
        with self._lock:  # (one file object: a seek and a read together)
            self._file.seek(HEADER + number * sealed_size)
            sealed = self._file.read() if last else self._file.read(sealed_size)
        if not last and len(sealed) != sealed_size:
            raise IndexDamage("a sealed index file cut short")
        try:
            plain = self._aead.decrypt(
                sealed[:NONCE], sealed[NONCE:], _bound(self._header, self._name, number, last)
            )
        except InvalidTag:
            raise IndexDamage(
                "a sealed index chunk that does not open (damaged, moved, or another key)"
            ) from None
        if not last and len(plain) != self._chunk:
            raise IndexDamage("a sealed index chunk of the wrong size")
        return plain

    def _put(self, number: int, plain: bytes, last: bool) -> None:
        nonce = secrets.token_bytes(NONCE)
        sealed = self._aead.encrypt(nonce, plain, _bound(self._header, self._name, number, last))
        self._file.seek(HEADER + number * (self._chunk + OVERHEAD))
        self._file.write(nonce)
        self._file.write(sealed)


def _readline(f, size: int | None) -> bytes:
    """A line of ``f`` (a `_SealedRaw` or a `_View`) from its position, at most ``size``."""
    line = bytearray()
    while size is None or size < 0 or len(line) < size:
        want = CHUNK if size is None or size < 0 else min(CHUNK, size - len(line))
        block = f.read(want)
        if not block:
            break
        cut = block.find(b"\n")
        if cut >= 0:
            f.seek(f.tell() - (len(block) - cut - 1))
            line += block[: cut + 1]
            break
        line += block
    return bytes(line)


class _View:
    """A part of a sealed file read as a file of its own: a file inside a compound segment
    file (Whoosh's ``SubFile``, reading through `_SealedRaw.pread`)."""

    def __init__(self, raw, offset: int, length: int) -> None:
        if isinstance(raw, _View):
            raw, offset = raw._raw, raw._offset + offset
        self._raw = raw
        self._offset = offset
        self._length = length
        self._pos = 0
        self.closed = False

    def pread(self, pos: int, size: int) -> bytes:
        if 0 <= size <= self._length - pos:  # (the chunk read last: `_SealedRaw.pread`)
            at = self._offset + pos
            start, end, plain = self._raw._recent
            if start <= at and at + size <= end:
                return plain[at - start : at + size - start]
        size = min(size, self._length - pos)
        if size <= 0:
            return b""
        return self._raw.pread(self._offset + pos, size)

    def read(self, size: int | None = -1) -> bytes:
        pos = self._pos
        if size is not None and 0 <= size <= self._length - pos:  # as pread, one call less:
            at = self._offset + pos  # Whoosh reads a table's directory 256 entries at a time
            start, end, plain = self._raw._recent
            if start <= at and at + size <= end:
                self._pos = pos + size
                return plain[at - start : at + size - start]
        if size is None or size < 0:
            size = self._length - pos
        data = self.pread(pos, size)
        self._pos = pos + len(data)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        return _readline(self, size)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += self._length
        elif whence != io.SEEK_SET:
            raise ValueError(f"invalid whence {whence}")
        if offset < 0:
            raise ValueError("negative seek position")
        self._pos = offset
        return offset

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self.closed = True  # the file it is part of stays open (as Whoosh's SubFile)


class _SealedFile(StructFile):
    """Whoosh's `StructFile` over a sealed file or a part of one, whose positional reads
    (``get``: most of a search's) go to the chunks in one call, as Whoosh's `BufferFile`
    does for a memory-mapped file, not through a seek, a read and a sub-file's arithmetic."""

    def get(self, position: int, length: int) -> bytes:
        return self.file.pread(position, length)

    def subset(self, offset: int, length: int, name: str | None = None) -> StructFile:
        return _SealedFile(_View(self.file, offset, length), name=name or self._name)


class SealedStorage(FileStorage):
    """Whoosh's `FileStorage` over ``path``, every file sealed with ``key`` (32 bytes). Never
    memory-mapped: the bytes on disk are not the index's."""

    supports_mmap = False

    def __init__(self, path, key: bytes, readonly: bool = False) -> None:
        super().__init__(path, supports_mmap=False, readonly=readonly)
        self._aead = _aead(key)
        self._key = bytes(key)
        self._key_tag = hashlib.blake2b(self._key, digest_size=16, person=b"muragat-chunk").digest()
        """Names this key in the shared cache of decrypted chunks (a hash, not the key)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.folder!r})"

    def create_file(self, name, excl=False, mode="wb", **kwargs):
        if self.readonly:
            raise ReadOnlyError
        path = self._fpath(name)
        if excl:  # as FileStorage: fail if the file is there
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        raw = _SealedRaw(path, name, self._aead, writing=True)
        if "+" in mode or "r" in mode:
            fileobj = io.BufferedRandom(raw, CHUNK)
        else:
            fileobj = io.BufferedWriter(raw, CHUNK)
        return StructFile(fileobj, name=name, **kwargs)

    def open_file(self, name, **kwargs):
        raw = _SealedRaw(self._fpath(name), name, self._aead, False, self._key_tag)
        return _SealedFile(raw, name=name, **kwargs)

    def file_length(self, name) -> int:
        return sealed_length(self._fpath(name))

    def rename_file(self, oldname, newname, safe=False):
        """Each chunk is bound to its file's name, so a renamed file is sealed again under its
        new name (Whoosh renames only its table of contents, a few kilobytes, when it is
        written), then moved into place at once, as Whoosh's rename is."""
        if self.readonly:
            raise ReadOnlyError
        if os.path.exists(self._fpath(newname)) and safe:
            raise NameError(f"File {newname!r} exists")
        staging = f"{newname}.{secrets.token_hex(8)}.seal"
        source = self.open_file(oldname)
        try:
            raw = _SealedRaw(self._fpath(staging), newname, self._aead, writing=True)
            with io.BufferedWriter(raw, CHUNK) as target:
                while block := source.read(CHUNK):
                    target.write(block)
        except BaseException:
            _remove(self._fpath(staging))
            raise
        finally:
            source.close()
        os.replace(self._fpath(staging), self._fpath(newname))
        os.remove(self._fpath(oldname))

    def read_whole(self, name: str) -> bytes:
        """A small file of ours beside the index (`facets`), opened."""
        with self.open_file(name) as f:
            return f.read()

    def write_whole(self, name: str, data: bytes) -> None:
        """Replace the small file ``name`` with ``data`` sealed, at once and durably (as
        `index.fileio.write_atomic`): written under another name, synced, moved into place."""
        staging = self._fpath(f".{name}.{secrets.token_hex(8)}.tmp")
        try:
            raw = _SealedRaw(staging, name, self._aead, writing=True)
            with io.BufferedWriter(raw, CHUNK) as f:
                f.write(data)
            with open(staging, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(staging, self._fpath(name))
        except BaseException:
            _remove(staging)
            raise

    def temp_storage(self, name=None):
        """Whoosh's temporary folder for a writer, sealed with the same key."""
        name = name or f"{secrets.token_hex(14)}.tmp"
        return SealedStorage(os.path.join(self.folder, name), self._key).create()


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def is_sealed(folder: Path) -> bool:
    """Does ``folder`` hold a sealed index (its table of contents is a sealed file)? False for a
    clear index or none (says nothing about the key)."""
    try:
        tocs = [p for p in folder.iterdir() if p.name.endswith(".toc")]
    except OSError:
        return False
    for toc in tocs:
        try:
            with open(toc, "rb") as f:
                _parse_header(f.read(HEADER))
        except (OSError, IndexDamage):
            return False
    return bool(tocs)


def copy_index(source, target) -> None:
    """Copy every file of one Whoosh storage into another (sealing or opening them as the two
    storages do): an index made sealed, or clear, without rebuilding it. Files not Whoosh's
    (locks, the folder's metadata) are left out; the caller copies what it needs."""
    for name in source.list():
        if not _whoosh_file(source, name):
            continue
        reader = source.open_file(name)
        try:
            writer = target.create_file(name)
            try:
                while block := reader.read(CHUNK):
                    writer.write(block)
            finally:
                writer.close()
        finally:
            reader.close()


def _whoosh_file(storage, name: str) -> bool:
    """A file of the index itself: not a lock, a folder (a writer's temporary one), a file of
    ours beside it (JSON), or one being written (".tmp")."""
    if name.endswith(("WRITELOCK", "LOCK", ".json", ".tmp")):
        return False
    return os.path.isfile(os.path.join(storage.folder, name))


def _plain_or_sealed(folder: Path, key: bytes | None) -> FileStorage:
    if key is None:
        return FileStorage(str(folder), supports_mmap=False)
    return SealedStorage(str(folder), key)


def _copy_others(source: Path, target: Path) -> None:
    """The folder's files that are not the index's (its metadata, the sync mark), as they are."""
    storage = FileStorage(str(source))
    for name in storage.list():
        path = source / name
        if path.is_file() and not _whoosh_file(storage, name) and not name.endswith("LOCK"):
            shutil.copy2(path, target / name)


def copy_folder(source: Path, target: Path, key: bytes) -> None:
    """Copy the index folder ``source`` to ``target`` (which must not exist), sealed with
    ``key``: byte for byte if it is sealed already (an index that then does not open with
    ``key`` is rebuilt by its owner), file by file through `SealedStorage` if it is clear (the
    prebuilt index of the bundled report)."""
    if is_sealed(source):
        shutil.copytree(source, target)
        return
    target.mkdir(parents=True)
    copy_index(FileStorage(str(source), supports_mmap=False), SealedStorage(str(target), key))
    _copy_others(source, target)


def convert(folder: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Seal a clear index folder (``old_key`` None), open a sealed one (``new_key`` None) or
    seal it again with another key, without rebuilding it: written beside it, then swapped in;
    the old files are removed. `IndexDamage` (nothing changed) if it does not open with
    ``old_key``. Nothing else may have the index open."""
    staging = folder.with_name(f"{folder.name}.{secrets.token_hex(4)}.new")
    try:
        staging.mkdir()
        copy_index(_plain_or_sealed(folder, old_key), _plain_or_sealed(staging, new_key))
        _copy_others(folder, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = folder.with_name(f"{folder.name}.{secrets.token_hex(4)}.old")
    os.replace(folder, retired)
    os.replace(staging, folder)
    shutil.rmtree(retired, ignore_errors=True)
