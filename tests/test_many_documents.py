"""A thousand imported documents open in the window (issue 11: with PySide6 6.12.0 on Python
3.11 the window never appeared; the reader's build makes several void Qt calls per block)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

pytestmark = pytest.mark.gui

CHILD = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.gui.main_window import MainWindow
from index.core import Core
app = QApplication([])
window = MainWindow(Core(Path(sys.argv[1])))
window.show()
app.processEvents()
text = window.reader.toPlainText()
print(json.dumps({"documents": len(window.core.archive.documents),
                  "first": "Court file 0000" in text, "last": "Court file 0999" in text,
                  "visible": window.isVisible()}))
window.close()
"""


def test_the_window_opens_with_a_thousand_imported_documents(tmp_path: Path, data_dir: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(1000):
        (docs / f"file-{i:04d}.md").write_text(
            f"# Court file {i:04d}\n\nHearing {i} in the case of Temirlan Ensebek.\n\n"
            f"The court adjourned; the next hearing is set for day {i}.\n",
            encoding="utf-8",
        )
    imported = run_cli("import", str(docs), data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    # In a child process: an abort must fail this test, not end the test run.
    shown = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    state = json.loads(shown.stdout.strip().splitlines()[-1])
    assert state == {"documents": 1001, "first": True, "last": True, "visible": True}
