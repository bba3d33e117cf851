"""Logging that never writes note or document text: tracebacks are kept to where (file, line,
function) and what kind (the exception's type), without the exception's message, which can
quote a note's body (SQLite's "Could not decode … column 'body'") or a document's text."""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redacted_traceback(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """A traceback with frames and exception types only (chained exceptions included)."""
    lines = ["Traceback (exception messages left out: they may quote notes or documents)"]
    seen: set[int] = set()
    chain: list[BaseException] = []
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for n, item in enumerate(reversed(chain)):
        if n:
            lines.append("  …which led to:")
        frames = traceback.extract_tb(item.__traceback__ if item is not exc else tb)
        for frame in frames:
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}")
    if not chain and exc_type is not None:
        lines.append(exc_type.__qualname__)
    return "\n".join(lines)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # another handler may have cached the full traceback on the record: never reuse it
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        return redacted_traceback(*ei)

    def formatStack(self, stack_info: str) -> str:
        return stack_info
