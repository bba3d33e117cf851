"""Reading notes straight from the pages of a damaged, clear (not encrypted) SQLite file.

When page 1 (the schema) or the b-tree above the notes is damaged, SQLite cannot find a single
row, yet every note's text is still on its leaf page. This reads SQLite's documented file
format by hand: every page of the main file and every frame of its write-ahead log is tried as
a table b-tree leaf; each cell's record that has the shape of a row of ``notes`` is decoded
(following overflow pages for long notes). Nothing is written. An encrypted file holds no
readable page: callers use this for clear files only (`index.sqldb.is_clear`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

NOTE_COLUMNS = (
    "id", "target_kind", "target_id", "bundle_id", "doc_id", "bundle_sha256", "exact",
    "prefix", "suffix", "start", "end", "body", "color", "private", "motivation", "orphan",
    "orphan_reason", "created", "modified", "external_id", "creator", "generator",
)  # fmt: skip
BEFORE_V3 = 20
"""A row written before schema version 3 holds only the first 20 columns (SQLite does not
rewrite rows when a column is added; the others read as NULL)."""
TARGET_KINDS = {b"passage", b"paragraph", b"case", b"free"}
LEAF_TABLE = 0x0D
MAX_OVERFLOW = 10_000


@dataclass
class Found:
    notes: dict[str, dict] = field(default_factory=dict)
    """note id → its columns, the newest version seen (by ``modified``, then by position)."""
    damaged: set[str] = field(default_factory=set)
    """Notes whose text could be read only in part."""
    unreadable: int = 0
    """Cells that looked like a note but whose id could not be read."""
    sources: dict[str, str] = field(default_factory=dict)
    """note id → "file" or "log": where its version was read."""
    tags: dict[str, list[str]] = field(default_factory=dict)
    """note id → its tags' names (rows of ``note_tags`` joined with ``tags``)."""
    target_tags: set[tuple[str, str]] = field(default_factory=set)
    """(target id, tag name): rows of ``target_tags`` joined with ``tags``."""


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        if i + n >= len(buf):
            raise IndexError("varint past the end")
        byte = buf[i + n]
        if n == 8:
            return (value << 8) | byte, i + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i + n + 1
    raise IndexError("varint")  # pragma: no cover


def _size(serial: int) -> int:
    if serial >= 12:
        return (serial - 12) // 2
    return (0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0)[serial]


def _value(serial: int, raw: bytes):
    if serial == 0 or serial in (10, 11):
        return None
    if serial == 8:
        return 0
    if serial == 9:
        return 1
    if 1 <= serial <= 6:
        return int.from_bytes(raw, "big", signed=True)
    if serial == 7:
        return struct.unpack(">d", raw)[0] if len(raw) == 8 else None
    return raw  # text or blob: bytes, decoded by the caller


class Pages:
    """The page images of a clear database file and its WAL, by page number (the newest
    version: a valid WAL frame wins over the file), plus every WAL frame body (even one whose
    header is damaged, its page number unknown)."""

    def __init__(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        self.page_size = 0
        self.reserved = 0
        if data[:16] == b"SQLite format 3\x00" and len(data) >= 100:
            raw = struct.unpack(">H", data[16:18])[0]
            size = 65536 if raw == 1 else raw
            if size >= 512 and not size & (size - 1):
                self.page_size = size
            self.reserved = data[20] if data[20] < 64 else 0
        try:
            wal = Path(f"{path}-wal").read_bytes()
        except OSError:
            wal = b""
        if not self.page_size and len(wal) >= 32:
            size = struct.unpack(">I", wal[8:12])[0]
            if 512 <= size <= 65536 and not size & (size - 1):
                self.page_size = size
        if not self.page_size:
            self.page_size = 4096
        ps = self.page_size
        self.by_number: dict[int, bytes] = {}
        self.images: list[tuple[int | None, bytes, str]] = []
        """(page number if known, image, "file" or "log"), in the order read (older first)."""
        for n in range(len(data) // ps + (1 if len(data) % ps else 0)):
            image = data[n * ps : (n + 1) * ps]
            self.by_number[n + 1] = image
            self.images.append((n + 1, image, "file"))
        salts = wal[16:24] if len(wal) >= 32 else b""
        offset = 32
        while offset + 24 < len(wal):
            header = wal[offset : offset + 24]
            image = wal[offset + 24 : offset + 24 + ps]
            number = struct.unpack(">I", header[:4])[0]
            if header[8:16] == salts and 0 < number < 1 << 31:
                self.by_number[number] = image
                self.images.append((number, image, "log"))
            else:
                self.images.append((None, image, "log"))
            offset += 24 + ps

    @property
    def usable(self) -> int:
        return self.page_size - self.reserved


def _payload(pages: Pages, page: bytes, at: int, length: int) -> tuple[bytes, bool]:
    """A cell's payload of ``length`` bytes starting at ``at`` (following overflow pages);
    and whether all of it was read."""
    usable = pages.usable
    most = usable - 35
    if length <= most:
        body = page[at : at + length]
        return body, len(body) == length
    least = ((usable - 12) * 32 // 255) - 23
    local = least + (length - least) % (usable - 4)
    if local > most:
        local = least
    parts = [page[at : at + local]]
    got = len(parts[0])
    if got < local or at + local + 4 > len(page):
        return b"".join(parts), False
    nxt = struct.unpack(">I", page[at + local : at + local + 4])[0]
    seen = set()
    while got < length and nxt and nxt not in seen and len(seen) < MAX_OVERFLOW:
        seen.add(nxt)
        over = pages.by_number.get(nxt)
        if over is None or len(over) < 4:
            break
        chunk = over[4 : 4 + min(usable - 4, length - got)]
        parts.append(chunk)
        got += len(chunk)
        nxt = struct.unpack(">I", over[:4])[0]
    return b"".join(parts)[:length], got >= length


def _record(payload: bytes, complete: bool) -> list | None:
    """The values of a record (None for a column cut off), or None when it is no record."""
    header_size, i = _varint(payload, 0)
    if header_size < 2 or header_size > len(payload):
        return None
    serials = []
    while i < header_size:
        serial, i = _varint(payload, i)
        serials.append(serial)
    values: list = []
    at = header_size
    for serial in serials:
        size = _size(serial)
        raw = payload[at : at + size]
        if len(raw) < size:
            values.append(raw if serial >= 12 and raw else None)
            at += size
            continue
        values.append(_value(serial, raw))
        at += size
    if complete and at != len(payload):
        return None
    return values


def _note(values: list) -> dict | None:
    """The row as a note, when the record has the shape of one."""
    if len(values) == BEFORE_V3:
        values = [*values, *[None] * (len(NOTE_COLUMNS) - BEFORE_V3)]
    if len(values) != len(NOTE_COLUMNS):
        return None
    if values[1] not in TARGET_KINDS or not isinstance(values[11], bytes | type(None)):
        return None
    if not isinstance(values[17], bytes) or not isinstance(values[18], bytes):
        return None
    return dict(zip(NOTE_COLUMNS, values, strict=True))


def _cells(page: bytes, start: int) -> list[int]:
    if len(page) < start + 8 or page[start] != LEAF_TABLE:
        return []
    count = struct.unpack(">H", page[start + 3 : start + 5])[0]
    pointers = []
    for n in range(min(count, (len(page) - start - 8) // 2)):
        at = start + 8 + 2 * n
        pointer = struct.unpack(">H", page[at : at + 2])[0]
        if start + 8 < pointer < len(page):
            pointers.append(pointer)
    return pointers


def scan(path: Path) -> Found:
    """Every row of ``notes`` whose cell can be found on a leaf page of the file or its WAL."""
    found = Found()
    pages = Pages(path)
    stamps: dict[str, bytes] = {}
    tag_names: dict[int, str] = {}
    pairs: set[tuple[str, int]] = set()
    for number, image, source in pages.images:
        starts = [100] if number == 1 else [0] if number else [0, 100]
        for start in starts:
            for pointer in _cells(image, start):
                try:
                    length, at = _varint(image, pointer)
                    rowid, at = _varint(image, at)
                    if length > 1 << 30:
                        continue
                    payload, complete = _payload(pages, image, at, length)
                    values = _record(payload, complete)
                except (IndexError, struct.error, ValueError):
                    continue
                if values and len(values) == 2:
                    _pair(values, rowid, tag_names, pairs)
                    continue
                note = _note(values) if values else None
                if note is None:
                    continue
                damaged = not complete
                decoded = {}
                for key, value in note.items():
                    if isinstance(value, bytes):
                        try:
                            value = value.decode("utf-8")
                        except UnicodeDecodeError:
                            value = value.decode("utf-8", "replace")
                            damaged = True
                    decoded[key] = value
                note_id = decoded["id"]
                if not isinstance(note_id, str) or not note_id or "\ufffd" in note_id:
                    found.unreadable += 1
                    continue
                stamp = note["modified"]
                if note_id in stamps and stamps[note_id] > stamp:
                    continue  # an older version of the note (a page not yet overwritten)
                if note_id in found.notes and note_id not in found.damaged and damaged:
                    continue  # a whole copy of the same version was read already
                stamps[note_id] = stamp
                found.notes[note_id] = decoded
                found.sources[note_id] = source
                if damaged:
                    found.damaged.add(note_id)
                else:
                    found.damaged.discard(note_id)
    for owner, tag_id in pairs:
        name = tag_names.get(tag_id)
        if not name:
            continue
        if owner in found.notes:  # a row of note_tags (a note's id), else of target_tags
            if name not in found.tags.setdefault(owner, []):
                found.tags[owner].append(name)
        else:
            found.target_tags.add((owner, name))
    return found


def _pair(values: list, rowid: int, tag_names: dict[int, str], pairs: set) -> None:
    """A two-column row: of ``tags`` (NULL for its rowid alias, the name) or of ``note_tags``
    / ``target_tags`` (an id, a tag's rowid)."""
    first, second = values
    if first is None and isinstance(second, bytes):
        tag_names[rowid] = second.decode("utf-8", "replace")
    elif isinstance(first, bytes) and isinstance(second, int):
        pairs.add((first.decode("utf-8", "replace"), second))
