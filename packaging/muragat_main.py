"""Entry point of the frozen executable (PyInstaller): the same `muragat` command."""

import sys

from app.unpack_later import install

install()  # before anything imports what the single file unpacks only when needed

if "--multiprocessing-fork" in sys.argv or "-c" in sys.argv:
    # The import reader's worker process (index.imports.limits) or one of multiprocessing's
    # helpers starts this executable again: PyInstaller's runtime hook for multiprocessing, which
    # packaging/muragat.spec keeps out of every other start, then its freeze_support.
    import multiprocessing

    import _muragat_rth_multiprocessing  # noqa: F401

    multiprocessing.freeze_support()

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
