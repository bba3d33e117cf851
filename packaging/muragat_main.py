"""Entry point of the frozen executable (PyInstaller): the same `muragat` command."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # the import reader's worker process (index.imports.limits) starts this executable again
    multiprocessing.freeze_support()
    sys.exit(main())
