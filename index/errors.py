"""Error types shared by the core.

Errors are split the way qutebrowser splits them: `KnownError` is the environment's fault (a
malformed bundle, an unreadable folder, a bad query) and is shown to the user plainly; anything
else is a bug, logged with its traceback and raised.
"""

from __future__ import annotations


class KnownError(Exception):
    """A problem caused by the environment or the user's input, with a message fit to show."""


class BundleError(KnownError):
    """A bundle on disk is unusable; names the file and the problem."""

    def __init__(self, bundle: str, file: str, problem: str) -> None:
        self.bundle = bundle
        self.file = file
        self.problem = problem
        super().__init__(f"{bundle}: {file}: {problem}")


class DataDirError(KnownError):
    """The user data folder cannot be created, read or written."""


class NotFound(KnownError):
    """An id (paragraph, case record, note) that the archive does not hold."""


class Cancelled(Exception):
    """Raised (by a progress callback) to stop long work; what was committed stays."""
