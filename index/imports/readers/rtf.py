"""Rich Text Format through striprtf: every paragraph (``\\par``) a block, the code page the file
declares (``\\ansicpg``, font charsets) honoured. Footnotes, comments, headers, pictures and
hidden fields are RTF "destinations" striprtf leaves out; the report says footnotes and comments
were, when the file has any."""

from __future__ import annotations

import re

from index.errors import QT_TRANSLATE_NOOP
from index.imports.readers.base import Block, ReadResult, Source, Unreadable, check_size

FORMAT = "rtf"
SUFFIXES = (".rtf",)
_DROPPED = (
    (re.compile(rb"\\footnote\b"), "footnote(s)"),
    (re.compile(rb"\\annotation\b|\\atnid\b"), "comment(s)"),
    (re.compile(rb"\\(?:pict|shppict|object)\b"), "picture(s) or object(s)"),
)


def sniff(head: bytes) -> bool:
    return head.lstrip().startswith(b"{\\rtf")


def read(source: Source) -> ReadResult:
    from striprtf.striprtf import rtf_to_text

    data = source.data
    if not sniff(data[:64]):
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not an RTF file (it does not start with {\\rtf)")
        )
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")
    except (ValueError, LookupError, IndexError) as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a readable RTF file ({problem})"),
            problem=type(exc).__name__,
        ) from None
    blocks = [Block(line) for raw in text.split("\n") if (line := " ".join(raw.split()))]
    check_size(blocks)
    notes = [
        f"{len(pattern.findall(data))} {what} left out"
        for pattern, what in _DROPPED
        if pattern.search(data)
    ]
    encoding = re.search(rb"\\ansicpg(\d+)", data[:4096])
    result = ReadResult(source.name, blocks, FORMAT, notes=notes)
    result.encoding = f"cp{encoding.group(1).decode()}" if encoding else "cp1252"
    result.confidence = 1.0
    result.encoding_detail = "declared in the file" if encoding else "RTF's default"
    return result
