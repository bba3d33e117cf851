"""File → Wipe all my data says what goes in the user's words (issue 26): the notes and tags
and the documents the user imported, counted as the window counts them, and the other kinds
by name — no file names (it counted the files holding imported documents, and listed
notes.sqlite3-wal and the like)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_cli
from test_privacy import _wipe_answering_yes

from index.core import Core

pytestmark = pytest.mark.gui

FILE_NAMES = re.compile(r"\.(sqlite3|ini|log|sealed|key)\b|sqlite|muragat\.|bundles|-wal|-shm")


@pytest.fixture
def known(data_dir: Path, tmp_path: Path) -> Path:
    """Three documents imported, three notes, two tags (one on a paragraph only)."""
    for n in range(3):
        doc = tmp_path / f"statement-{n}.md"
        doc.write_text(f"# Statement {n}\n\nWitness {n} was not heard.\n", encoding="utf-8")
        assert run_cli("import", str(doc), data_dir=data_dir).returncode == 0
    for n, tag in enumerate(["charges", "charges", None]):
        args = ["notes", "add", "--target", "summary-1", "--text", f"note {n}"]
        args += ["--tag", tag] if tag else []
        assert run_cli(*args, data_dir=data_dir).returncode == 0
    assert (
        run_cli("tag", "add", "peaceful-assembly-1", "protest", data_dir=data_dir).returncode == 0
    )
    return data_dir


def test_the_wipe_counts_what_the_user_made_in_words(qtbot, known):
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(known))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.core.search.last_sync is not None, timeout=30000)
    assert window.core.archive.user_count() == 3  # as My documents counts them
    seen = _wipe_answering_yes(qtbot, window)
    question, report = seen[0][1], seen[1][1]
    lines = [line for line in question.splitlines() if line.startswith("• ")]
    assert "• 3 notes, 2 tags" in lines, question
    assert "• 3 imported documents" in lines, question
    assert "• search index" in lines and "• settings" in lines, question
    for text in (question, report):
        assert not FILE_NAMES.search(text.replace(str(known), "")), text
    assert "• notes and their tags" in report and "• imported documents" in report, report
    assert not known.exists() or not (known / "notes.sqlite3").exists()
