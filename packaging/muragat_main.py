"""Entry point of the frozen executable (PyInstaller): the same `muragat` command."""

import multiprocessing
import sys

from app.unpack_later import install

install()  # before anything imports what the single file unpacks only when needed

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    # the import reader's worker process (index.imports.limits) starts this executable again
    multiprocessing.freeze_support()
    sys.exit(main())
