"""File → Import notes… in the window: the annotations that would change
notes the user has are listed and applied only on the user's yes; a private note stays
private; a date from the future refuses the file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_gui_actions import DialogWatcher, exceptions, menu_actions, open_window, settled
from test_import_conflicts import annotation

from index.changes import AddNote
from index.export.w3c import NOTE_URN
from index.notes.service import new_note

__all__ = ["exceptions"]  # the fixture, used by name



def later(hours: int) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


class Answers:
    """Answers the import's question with the next of ``replies`` (Yes / No), keeping what
    it asked."""

    def __init__(self) -> None:
        self.replies: list[QMessageBox.StandardButton] = []
        self.questions: list[tuple[str, str]] = []

    def __call__(self, widget) -> bool:
        if isinstance(widget, QMessageBox) and widget.icon() == QMessageBox.Icon.Question:
            self.questions.append((widget.text(), widget.detailedText()))
            widget.button(self.replies.pop(0)).click()
            return True
        return False


def test_the_window_lists_conflicts_and_applies_them_only_on_yes(
    qtbot, data_dir, tmp_path, exceptions, monkeypatch
):
    window = open_window(qtbot, data_dir)
    core = window.core
    mine = core.apply(
        AddNote(new_note(core.archive, "summary-1", "a witness's name", private=True))
    ).result
    path = tmp_path / "colleague.jsonld"
    path.write_text(
        json.dumps(
            [
                annotation(NOTE_URN + mine.id, "edited elsewhere", later(2)),
                annotation("urn:x:fresh", "a new note", later(-1)),
            ]
        ),
        encoding="utf-8",
    )
    action = dict(menu_actions(window.menuBar().actions()[0].menu(), "File"))[
        "File → Import notes…"
    ]
    # the file the user picks in File → Import notes…'s file dialog (Qt's own)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    answers = Answers()
    watcher = DialogWatcher(answers)
    try:
        answers.replies = [QMessageBox.StandardButton.No]
        action.trigger()
        qtbot.waitUntil(lambda: len(answers.questions) == 1, timeout=30000)
        assert settled(qtbot, window, watcher)
        text, details = answers.questions[0]
        assert text.startswith("1 annotation in this file would change a note you have")
        assert f"{NOTE_URN}{mine.id} → {mine.id}  a witness's name" in details
        # No: the rest of the file is in, the note as it was
        assert {n.body for n in core.list_notes()} == {"a witness's name", "a new note"}
        assert core.note(mine.id) == mine

        answers.replies = [QMessageBox.StandardButton.Yes]
        action.trigger()
        qtbot.waitUntil(lambda: core.note(mine.id).body == "edited elsewhere", timeout=30000)
        assert settled(qtbot, window, watcher)
        assert len(answers.questions) == 2 and core.note(mine.id).private
        told = [s for s in watcher.seen if s[0] == "QMessageBox"]
        assert told == [
            (
                "QMessageBox",
                "Import notes",
                "1 note stayed private, though the file marks it public.",
            )
        ]

        # a date from the future: the file is refused, with the reason
        path.write_text(
            json.dumps(annotation(NOTE_URN + mine.id, "put in my mouth", "2099-01-01T00:00:00Z")),
            encoding="utf-8",
        )
        action.trigger()
        assert settled(qtbot, window, watcher)
        qtbot.waitUntil(lambda: len(watcher.seen) > 3, timeout=30000)
        refused = watcher.seen[-1]
        assert refused[:2] == ("QMessageBox", "Import notes") and "in the future" in refused[2]
        assert core.note(mine.id).body == "edited elsewhere" and len(answers.questions) == 2
    finally:
        watcher.stop()
    assert exceptions == []


def test_file_import_notes_takes_our_own_markdown_export(
    qtbot, data_dir, tmp_path, exceptions, monkeypatch
):
    """File → Import notes… offers Markdown and brings a Markdown export's notes back: the same
    ids, bodies, targets, colours and privacy."""
    from conftest import run_cli

    from index.core import Core

    core = Core(data_dir)
    made = [
        core.add_note(new_note(core.archive, "summary-1", "kept private", private=True)),
        core.add_note(
            new_note(
                core.archive,
                "summary-1",
                "on the review",
                quote="Universal Periodic Review",
                color="blue",
                tags=["upr"],
            )
        ),
    ]
    core.close()
    path = tmp_path / "notes.md"
    done = run_cli(
        "notes", "export", "--format", "md", "--include-private", "--output", str(path),
        data_dir=data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    core = Core(data_dir)
    for note in made:
        core.delete_note(note.id)
    core.close()

    window = open_window(qtbot, data_dir)
    asked: list[str] = []

    def pick(*args, **kwargs):
        asked.append(args[3])  # the file types the dialog offers
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    watcher = DialogWatcher()
    try:
        action = dict(menu_actions(window.menuBar().actions()[0].menu(), "File"))[
            "File → Import notes…"
        ]
        action.trigger()
        assert settled(qtbot, window, watcher)
        qtbot.waitUntil(lambda: len(window.core.list_notes()) == 2, timeout=30000)
    finally:
        watcher.stop()
    assert "*.md" in asked[0].split(";;")[0]  # offered with the annotation files
    assert not [s for s in watcher.seen if s[0] == "QMessageBox"]
    fields = ("id", "body", "target_kind", "target_id", "start", "end", "color", "private", "tags")
    back = sorted(window.core.list_notes(), key=lambda n: n.id)
    assert [[getattr(n, k) for k in fields] for n in back] == [
        [getattr(n, k) for k in fields] for n in sorted(made, key=lambda n: n.id)
    ]
    assert exceptions == []
