"""Bounds on reading one imported file: what may be opened, how long, how much memory, and
how the text is cut into paragraphs a reader (and the index) can live with.

A file is read in a worker process (`ReaderWorker`): it has a memory limit (``RLIMIT_AS``),
the parent waits at most `TIME_LIMIT` seconds and checks for cancellation several times a
second, and kills the worker when either runs out; the next file gets a fresh worker. Whatever
the file does (a decompression bomb, a PDF of text operators, a pathological regex), the batch
goes on with the next file and the report says why this one was skipped.

Special files (FIFOs, devices, sockets) are refused before they are opened — opening a FIFO
for reading waits forever for a writer — and links that loop are refused before they are
followed. Names are made safe to show and store: control characters (newlines, terminal
escape codes) and bytes that are not UTF-8 become visible placeholders.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import re
import stat
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP, Cancelled, Message
from index.imports.readers import Block, ReadResult, Unreadable

log = logging.getLogger(__name__)

TIME_LIMIT = 60.0
"""Seconds one file may take to read (until it says it is reading its first page)."""
OCR_PAGE_TIME_LIMIT = 60.0
"""Seconds one page may take to recognise: the deadline starts again at each page."""
MAX_OCR_PAGES = 500
"""Scanned pages one file may have; more is refused before any page is recognised."""
MEMORY_LIMIT = 2 * 1024**3
"""Bytes of address space the reading worker may use."""
MAX_BLOCK_CHARS = 4000
"""A paragraph longer than this is split (at line breaks, then at sentence ends)."""
POLL = 0.1
START_LIMIT = 120.0
"""Seconds a reader process may take to start (not counted in a file's time limit)."""


# -- what may be opened -----------------------------------------------------------------------


def special_kind(path: Path) -> str | None:
    """Why ``path`` must not be opened as a document (a FIFO, a device, a socket, a link that
    loops or leads nowhere), or None for a regular file. Never opens the file."""
    try:
        info = path.stat()
    except OSError as exc:
        import errno

        if exc.errno == errno.ELOOP:
            return Message(QT_TRANSLATE_NOOP("Errors", "a link that loops back on itself"))
        if path.is_symlink():
            return Message(QT_TRANSLATE_NOOP("Errors", "a link to a file that does not exist"))
        return Message(
            QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})"), reason=exc.strerror or exc
        )
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return Message(
            QT_TRANSLATE_NOOP(
                "Errors", "a named pipe (FIFO), not a document: opening it could wait forever"
            )
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message(QT_TRANSLATE_NOOP("Errors", "a device, not a document"))
    if stat.S_ISSOCK(mode):
        return Message(QT_TRANSLATE_NOOP("Errors", "a socket, not a document"))
    if stat.S_ISDIR(mode):
        return Message(QT_TRANSLATE_NOOP("Errors", "a folder"))
    return Message(QT_TRANSLATE_NOOP("Errors", "not a regular file"))


# -- names safe to show and store ---------------------------------------------------------------


def safe_name(name: str) -> str:
    """A file name or title as it may be shown in a terminal or the window and stored in a
    manifest: bytes that were not UTF-8 (surrogate escapes) become U+FFFD, control characters
    (newlines, tabs, ESC of terminal codes, bidi overrides) become U+FFFD too."""
    out = []
    for ch in name:
        escaped_byte = 0xDC80 <= ord(ch) <= 0xDCFF  # os.fsdecode's stand-in for a non-UTF-8 byte
        control = unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch != "\u200d"
        out.append("\ufffd" if escaped_byte or control else ch)
    return "".join(out)


def safe_path(path: Path | str) -> str:
    return safe_name(str(path))


# -- paragraphs a reader can live with --------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def split_long(text: str, limit: int = MAX_BLOCK_CHARS) -> list[str]:
    """Cut a too-long paragraph: at its line breaks first (a chat export with single line
    breaks), then at sentence ends, then at spaces, and as a last resort anywhere."""
    if len(text) <= limit:
        return [text]
    pieces = [p.strip() for p in text.split("\n")] if "\n" in text else [text]
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if len(piece) <= limit:
            out.append(piece)
            continue
        current = ""
        for sentence in _SENTENCE_END.split(piece):
            while len(sentence) > limit:
                cut = sentence.rfind(" ", 0, limit)
                cut = cut if cut > limit // 2 else limit
                if current:
                    out.append(current)
                    current = ""
                out.append(sentence[:cut].strip())
                sentence = sentence[cut:].strip()
            if current and len(current) + 1 + len(sentence) > limit:
                out.append(current)
                current = ""
            current = f"{current} {sentence}".strip()
        if current:
            out.append(current)
    return out


def bound_blocks(result: ReadResult, raw_lines: str | None = None) -> ReadResult:
    """Split every too-long block of ``result`` (keeping its kind and page)."""
    blocks: list[Block] = []
    for block in result.blocks:
        if len(block.text) <= MAX_BLOCK_CHARS or block.kind == "h":
            blocks.append(block)
            continue
        for piece in split_long(block.text):
            blocks.append(Block(" ".join(piece.split()), block.kind, block.page))
    result.blocks = blocks
    return result


# -- progress within a file: pages being recognised --------------------------------------------


class PageProgress(str):
    """What a progress callback gets as its ``name`` while a file's pages are recognised: the
    file's name (``str()`` of it, so callers that know nothing of pages show the name), and
    which page of how many is being read."""

    page: int
    pages: int

    def __new__(cls, name: str, page: int, pages: int) -> PageProgress:
        made = super().__new__(cls, name)
        made.page, made.pages = page, pages
        return made

    def __reduce__(self):
        return (PageProgress, (str(self), self.page, self.pages))


_page_hook: Callable[[int, int], None] | None = None


def starting_page(page: int, pages: int) -> None:
    """A reader is about to recognise ``page`` of ``pages``: the reading process tells the
    import (which restarts the time limit for this page, shows it, and may stop here: the hook
    raises `Cancelled`). Without a hook (a reader called directly) it does nothing."""
    if _page_hook is not None:
        _page_hook(page, pages)


@contextlib.contextmanager
def page_hook(hook: Callable[[int, int], None] | None):
    """Within the block, `starting_page` calls ``hook``."""
    global _page_hook
    before, _page_hook = _page_hook, hook
    try:
        yield
    finally:
        _page_hook = before


# -- reading in a worker process --------------------------------------------------------------


def _worker_main(conn, memory_limit: int) -> None:  # runs in the worker process
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    except (ImportError, ValueError, OSError):  # Windows, or a lower hard limit
        pass
    from index.imports.importer import read_file

    conn.send(("ready", None))  # the time limit is for reading, not for starting up
    while True:
        try:
            path = conn.recv()
        except EOFError:
            return
        if path is None:
            return
        path, encoding, ocr_languages = path
        try:
            with page_hook(lambda page, pages: conn.send(("page", page, pages))):
                result = read_file(Path(path), encoding, ocr_languages)
            conn.send(("ok", result))
        except Unreadable as exc:
            conn.send(("unreadable", exc.message))
        except MemoryError:
            conn.send(
                (
                    "unreadable",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "needs more memory than a document may take to read"
                        )
                    ),
                )
            )
        except RecursionError:
            conn.send(
                ("unreadable", Message(QT_TRANSLATE_NOOP("Errors", "nested too deeply to read")))
            )
        except Exception as exc:  # a reader's bug must not end the batch; it is logged
            conn.send(("error", type(exc).__name__))  # never its message: it may quote text


class ReaderWorker:
    """One worker process reading files one by one, replaced when it is killed."""

    def __init__(
        self,
        time_limit: float = TIME_LIMIT,
        memory_limit: int = MEMORY_LIMIT,
        page_time_limit: float = OCR_PAGE_TIME_LIMIT,
    ):
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self.page_time_limit = page_time_limit
        self._proc = None
        self._conn = None

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(
            target=_worker_main, args=(child, self.memory_limit), daemon=True, name="reader"
        )
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        # A slow or busy machine may take seconds to start Python and import the readers:
        # that time is not the file's, so each file's limit starts once the worker is ready.
        ready = False
        if parent.poll(START_LIMIT):
            with contextlib.suppress(EOFError, OSError):  # it ended while starting up
                ready = parent.recv()[0] == "ready"
        if not ready:
            self._kill()
            raise Unreadable(
                QT_TRANSLATE_NOOP(
                    "Errors", "the reader did not start; the computer may be short of memory"
                )
            )

    def _kill(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(5)
            self._conn.close()
        self._proc = self._conn = None

    def read(
        self,
        path: Path,
        encoding: str | None = None,
        check: Callable[[], None] | None = None,
        ocr_languages: str | None = None,
        on_page: Callable[[int, int], None] | None = None,
    ) -> ReadResult:
        """Read ``path`` in the worker (``encoding`` overrides detection; ``ocr_languages``
        are the languages scanned pages are read in); raises `Unreadable` (with the reason) or
        `Cancelled` (``check`` or ``on_page`` raised it: the worker is killed, even mid-page).

        While the worker recognises a file's pages it says which page it starts; each page
        has `OCR_PAGE_TIME_LIMIT` from then, and ``on_page(page, pages)`` is called."""
        if self._proc is None or not self._proc.is_alive():
            self._start()
        request = (str(path), encoding, ocr_languages)
        try:
            self._conn.send(request)
        except (BrokenPipeError, OSError):
            self._kill()
            self._start()
            self._conn.send(request)
        deadline = time.monotonic() + self.time_limit
        limit, page = self.time_limit, None
        while True:
            try:
                ready = self._conn.poll(POLL)
            except (EOFError, OSError):
                ready = False
            if ready:
                try:
                    kind, value, *more = self._conn.recv()
                except (EOFError, OSError):
                    self._kill()
                    raise Unreadable(
                        QT_TRANSLATE_NOOP("Errors", "reading it ended the reader (out of memory?)")
                    ) from None
                if kind == "page":
                    page, limit = value, self.page_time_limit
                    deadline = time.monotonic() + limit
                    if on_page is not None:
                        try:
                            on_page(value, more[0])
                        except Cancelled:
                            self._kill()
                            raise
                    continue
                if kind == "ok":
                    return value
                if kind == "error":
                    log.error("reading an imported file failed: %s (a bug in a reader)", value)
                    raise Unreadable(
                        QT_TRANSLATE_NOOP("Errors", "could not be read ({value})"), value=value
                    )
                raise Unreadable(value)
            if not self._proc.is_alive():
                self._kill()
                raise Unreadable(
                    QT_TRANSLATE_NOOP("Errors", "reading it needed more memory than allowed")
                )
            if time.monotonic() > deadline:
                self._kill()
                if page is not None:
                    raise Unreadable(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "page {page} took longer than {time_limit:.0f} s to recognise; skipped",
                        ),
                        page=page,
                        time_limit=limit,
                    )
                raise Unreadable(
                    QT_TRANSLATE_NOOP(
                        "Errors", "took longer than {time_limit:.0f} s to read; skipped"
                    ),
                    time_limit=limit,
                )
            if check is not None:
                try:
                    check()
                except Cancelled:
                    self._kill()
                    raise

    def close(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            try:
                self._conn.send(None)
                self._proc.join(2)
            except (BrokenPipeError, OSError):
                pass
        self._kill()


def in_worker_available() -> bool:
    """Worker processes work here (not in an embedded interpreter without an executable)."""
    return bool(sys.executable) and os.environ.get("MURAGAT_IMPORT_IN_PROCESS") != "1"
