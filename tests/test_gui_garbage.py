"""What the garbage collector's full passes walk does not grow with the user's documents: the
window holds the document shown and the rows of Contents read so far, not the archive. (Issue
18: the whole archive lived in memory and a full pass walked every object of it, 220 ms of the
GUI thread with 10,000 imported documents, so the window froze it out of the collector; issue
23: the archive is in a store read by id, nothing is frozen.)"""

from __future__ import annotations

import gc

import pytest
from conftest import run_cli

from index.archive.model import Document, Paragraph
from index.core import Core

pytestmark = pytest.mark.gui


def test_the_window_holds_no_imported_document_but_the_one_shown(qtbot, tmp_path, data_dir):
    from app.gui.main_window import MainWindow

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(30):
        (docs / f"brief-{i:02d}.md").write_text(
            f"# Brief {i:02d}\n\nOpening words {i}.\n\n## Ruling\n\nThe court ruled {i}.\n",
            encoding="utf-8",
        )
    assert run_cli("import", str(docs), data_dir=data_dir).returncode == 0
    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: not window.core.loading and not window.running, timeout=20000)
    model = window.contents.model()
    mine = model.index(model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: model.rowCount(mine) == 30)  # listed, with their tooltips
    shown = model.index(7, 0, mine)
    window.contents.expand(shown)  # its sections read
    window.contents.setCurrentIndex(shown)
    window.contents.activated.emit(shown)
    assert window.reader.shown.title == "Brief 07"

    gc.unfreeze()  # the code before this froze the archive out of what gc sees
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, Paragraph | Document)]
    imported = {o.bundle_id for o in alive if o.bundle_id.startswith("mine-")}
    assert imported == {window.reader.shown.bundle_id}
