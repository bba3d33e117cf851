"""A list of names to screen, read from pasted text, a ``.txt`` file or a ``.csv`` column.

One name a line (a ``.txt`` file, pasted text), or one column of a ``.csv`` file, chosen by
its number (1 is the first) or by its heading in the first row. Bytes are decoded the way the
import decodes text (`index.imports.encoding.decode`: byte-order marks, UTF-8, then a detected
Cyrillic or Western code page), unless the user names the encoding.

Bounded before anything is searched: at most `MAX_BYTES` bytes and `MAX_NAMES` lines with
something on them; a list past either is refused whole, with a message saying which bound.

A line that is not a name is kept, with why (`Listed.problem`), and reported, never searched:
empty, only numbers or punctuation, an address (URL) or e-mail, longer than `MAX_NAME_CHARS`
characters or `MAX_NAME_WORDS` words. A leading list mark ("12.", "3)", "-", "•") is dropped,
and control and invisible format characters (a zero-width space pasted from a web page) are
read as spaces.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.imports.encoding import decode

MAX_BYTES = 1_000_000
MAX_NAMES = 10_000
MAX_NAME_CHARS = 100
MAX_NAME_WORDS = 8

EMPTY = "empty"
NO_LETTERS = "no letters"
ADDRESS = "a web address"
EMAIL = "an e-mail address"
TOO_LONG = "too long for a name"
PROBLEMS = (EMPTY, NO_LETTERS, ADDRESS, EMAIL, TOO_LONG)
"""Why a line is not searched (English; the window words them in its language)."""

_LIST_MARK = re.compile(r"^\s*(?:\d{1,5}\s*[.)]\s+|[-–—•*·]\s+)")
_URL = re.compile(
    r"(?i)(?:\b[a-z][a-z0-9+.-]*://|\bwww\.|\b[\w-]+\.(?:com|org|net|kz|ru|info)\b/?)"
)
_EMAIL = re.compile(r"\S+@\S+\.\S+")
_WORDS = re.compile(r"[\w\u0300-\u036f]+(?:['’ʼ-][\w\u0300-\u036f]+)*")


@dataclass(frozen=True)
class Listed:
    line: int
    """Where the name stands in the list (1 is the first line or row of data)."""
    text: str
    """The name as written (list mark and surrounding spaces removed)."""
    problem: str | None = None
    """Why this line is not searched (one of `PROBLEMS`), or None for a name."""


def classify(raw: str) -> tuple[str, str | None]:
    """(the name as written, why it is not a name or None)."""
    shown = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in raw)
    text = " ".join(_LIST_MARK.sub("", shown).split())
    if not text:
        return text, EMPTY
    if _EMAIL.search(text):
        return text, EMAIL
    if _URL.search(text):
        return text, ADDRESS
    if len(text) > MAX_NAME_CHARS or len(_WORDS.findall(text)) > MAX_NAME_WORDS:
        return text, TOO_LONG
    if not any(ch.isalpha() for ch in text):
        return text, NO_LETTERS
    return text, None


def _bounded(count: int) -> None:
    if count > MAX_NAMES:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors", "the list holds more than {limit:,} names; split it into smaller lists"
            ),
            limit=MAX_NAMES,
        )


def read_text(text: str) -> list[Listed]:
    """One name a line (pasted text, a ``.txt`` file); blank lines at the end are dropped."""
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    _bounded(sum(1 for line in lines if line.strip()))
    return [Listed(n, *classify(line)) for n, line in enumerate(lines, 1)]


def read_csv(text: str, column: str) -> list[Listed]:
    """The names in one column of CSV text: ``column`` is its number (1 is the first) or the
    heading of a column in the first row (then that row is not a name)."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    first = 1
    if column.strip().isdigit():
        index = int(column) - 1
        if index < 0:
            raise KnownError(QT_TRANSLATE_NOOP("Errors", "columns are numbered from 1"))
    else:
        headings = [cell.strip().casefold() for cell in rows[0]] if rows else []
        wanted = column.strip().casefold()
        if wanted not in headings:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "no column headed {column!r} in the first row"),
                column=column,
            )
        index, first = headings.index(wanted), 2
        rows = rows[1:]
    cells = [row[index] if index < len(row) else "" for row in rows]
    _bounded(sum(1 for cell in cells if cell.strip()))
    return [Listed(n, *classify(cell)) for n, cell in enumerate(cells, first)]


def read_bytes(
    data: bytes, *, csv_file: bool = False, column: str | None = None, encoding: str | None = None
) -> list[Listed]:
    """A list from a file's bytes: decoded as the import decodes text; a CSV file (or any file
    when ``column`` is given) read by column, the first column when none is chosen."""
    if len(data) > MAX_BYTES:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors", "the list is larger than {limit:,} bytes; split it into smaller lists"
            ),
            limit=MAX_BYTES,
        )
    text = decode(data, encoding).text
    if csv_file or column is not None:
        return read_csv(text, column or "1")
    return read_text(text)


def read_file(path: Path, column: str | None = None, encoding: str | None = None) -> list[Listed]:
    """The list in ``path`` (``.csv``: by column; anything else: one name a line)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "cannot read the list {name}: {reason}"),
            name=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return read_bytes(
        data, csv_file=path.suffix.lower() == ".csv", column=column, encoding=encoding
    )
