"""Turning the vault on and off, changing its passphrase, and shredding it.

Turning it on writes the key file first (atomically), then converts file by file, each by an
atomic replace: SQLite files through SQLCipher's ``sqlcipher_export``, the user's bundle files
sealed (`index.vault.sealed`), the search index of the user's data dropped (it is rebuilt,
sealed, from the encrypted stores). Readers tell a clear file from an encrypted one by its
first bytes, so a conversion cut short (a kill, a power cut) leaves every file readable with
the passphrase, and running it again (or opening the vault, which finishes it) completes it.
Turning it off does the reverse and removes the key file last.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from index.vault import session

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

OFF, LOCKED, OPEN = "off", "locked", "open"


def status(data_dir: Path) -> str:
    """``off`` (no vault), ``locked`` (a vault not open in this process) or ``open``."""
    if not session.is_vault(data_dir):
        return OFF
    return OPEN if session.is_open(data_dir) else LOCKED
