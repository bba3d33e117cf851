"""Take the README's screenshots of the real window: run under Xvfb with the xcb platform.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshots.py

Uses a throw-away data folder; annotates a passage so the notes panel has something to show.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.gui.main_window import MainWindow
from index.core import Core
from index.notes.service import new_note

OUT = Path(__file__).resolve().parent / "screenshots"


def wait(app: QApplication, until, timeout: float = 20.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shot(app: QApplication, window: MainWindow, name: str) -> None:
    for _ in range(20):
        app.processEvents()
    window.screen().grabWindow(0).save(str(OUT / name))


def main() -> int:
    app = QApplication(sys.argv)
    core = Core(Path(tempfile.mkdtemp(prefix="muragat-shots-")))
    core.add_note(
        new_note(
            core.archive,
            "freedom-of-expression-2",
            "Five years for a satirical post: cite in the brief.",
            quote="five years’ restricted freedom",
            tags=["charges/incitement"],
        )
    )
    window = MainWindow(core)
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    wait(app, lambda: core.search.ready)
    window.search.field.setText("Енсебек")
    wait(app, lambda: window.search.result is not None)
    window.search.open_hit(
        next(i for i, h in enumerate(window.search.model.hits) if h.id == "freedom-of-expression-2")
    )
    shot(app, window, "search.png")
    window.open_id("temirlan-ensebek")
    shot(app, window, "case.png")
    window.open_id("freedom-of-expression-2")
    window.notes_panel.show_target("freedom-of-expression-2")
    window.actions_by_id["notes"].trigger()  # Go → Notes: the Notes tab lists it
    shot(app, window, "notes.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
