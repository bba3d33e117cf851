"""What loads before the window shows (issue 23): every module imported then is paid for at
each start, unpacked and run, before the user sees anything. Search (Whoosh), the import
readers (lxml, python-docx, pypdf, markdown-it, charset-normalizer, the worker process), text
recognition (tesserocr, Pillow, pypdfium2: the single file unpacks them and the models on first
import) and the PDF export (python-markdown) load when first used, after the window is up.

The app runs from source in a fresh process, offscreen; the modules are listed when the
window's background work (loading the user's documents, the search index) starts: the window
is shown and has handled its first events, and no background thread has run yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

HEAVY = (
    "whoosh",
    "lxml",
    "docx",
    "pypdf",
    "markdown_it",
    "markdown",
    "charset_normalizer",
    "striprtf",
    "multiprocessing",
    "index.search.engine",
    "index.search.query",
    "index.search.index_folder",
    "index.imports.importer",
    "index.imports.readers",
    "index.export.write",
    "index.export.pdf",
    "app.pdf.render",
    "app.gui.export_dialog",
    # text recognition (issue 28): its libraries and models are unpacked when first imported
    "index.ocr",
    "tesserocr",
    "PIL",
    "pypdfium2",
    "pypdfium2_raw",
)
"""Packages and modules that must not be loaded when the window first shows."""

AT_WINDOW = """
import json, sys
from app.gui import main_window

start_background = main_window.MainWindow._start_background

def listed(self):
    print(json.dumps({"visible": self.isVisible(), "modules": sorted(sys.modules)}), flush=True)
    return start_background(self)

main_window.MainWindow._start_background = listed
from app.cli import main
sys.exit(main([]))
"""


def modules_when_window_shows(tmp_path) -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MURAGAT_QUIT_AFTER_WINDOW": "1",
        "MURAGAT_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", AT_WINDOW],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first, shown = result.stdout.splitlines()[:2]
    assert shown == "window shown"
    listed = json.loads(first)
    assert listed["visible"]
    return listed["modules"]


def test_the_window_shows_before_search_imports_and_pdf_load(tmp_path):
    modules = modules_when_window_shows(tmp_path)
    assert "app.gui.main_window" in modules and "index.archive" in modules  # it did run
    loaded = sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert loaded == []
