"""Entry point of the frozen executable (PyInstaller): the same `muragat` command."""

import sys

from app.cli import main

sys.exit(main())
