"""Open the zip container of a Word or OpenDocument file without trusting it.

Before anything is decompressed: at most `MAX_MEMBERS` entries, `MAX_UNZIPPED` bytes in all,
no entry that claims to expand more than `MAX_RATIO` times (a zip bomb). Every XML part must
be free of document type declarations, so no entity can expand or name an outside file; the
parsers are also told not to resolve entities or touch the network.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP
from index.imports.readers.base import Unreadable

MAX_MEMBERS = 5_000
MAX_UNZIPPED = 256 * 1024 * 1024
MAX_RATIO = 200
"""Deflate reaches ~100:1 on real XML; far beyond that is a bomb."""


def check_zip(path: Path, kind: str) -> zipfile.ZipFile:
    """The opened archive, or `Unreadable` saying what is wrong with it."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a readable {kind} file (a damaged zip container)"),
            kind=kind,
        ) from None
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        archive.close()
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "a {kind} file with {count} parts: refused (a zip bomb?)"),
            kind=kind,
            count=len(infos),
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED:
        archive.close()
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "Errors", "a {kind} file that expands to {total:.0f} MB: refused (a zip bomb?)"
            ),
            kind=kind,
            total=total / 2**20,
        )
    for info in infos:
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            archive.close()
            raise Unreadable(
                QT_TRANSLATE_NOOP(
                    "Errors", "a {kind} file whose {filename} is a zip bomb: refused"
                ),
                kind=kind,
                filename=info.filename,
            )
    return archive


def read_xml_part(archive: zipfile.ZipFile, name: str, kind: str) -> bytes | None:
    """A part's bytes (None if absent), refused if it declares a DTD or entities."""
    try:
        with archive.open(name) as fh:
            data = fh.read(MAX_UNZIPPED + 1)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a readable {kind} file ({problem})"),
            kind=kind,
            problem=type(exc).__name__,
        ) from None
    if len(data) > MAX_UNZIPPED:
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "Errors", "a {kind} file that expands beyond its declared size: refused"
            ),
            kind=kind,
        )
    check_no_dtd(data, kind)
    return data


def check_no_dtd(data: bytes, kind: str) -> None:
    probe = data if data[:2] not in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-16").encode()
    if b"<!DOCTYPE" in probe or b"<!ENTITY" in probe:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "a {kind} file with XML entity declarations: refused"),
            kind=kind,
        )


def xml_parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
