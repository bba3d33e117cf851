"""The window follows what another Muragat process changes in its data folder (issue 26, What
to build 3; minor: "notes added by the command line while the window is open never appear
until a restart"): the real ``muragat`` command in a process of its own adds a note on the
paragraph the window shows, tags it, deletes the note and imports a document, and the window
shows each — notes panel, Notes tab, Tags tab, search, My documents — without a restart; with
the folder a vault too (the command given the passphrase, the window unlocked)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import colleague_bundle, make_key, run_cli
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from index.vault import keys, session

pytestmark = pytest.mark.gui

PARA = "freedom-of-expression-2"
PASSPHRASE = "correct horse battery staple"
CHEAP = keys.KdfParams(time_cost=1, memory=64 * 1024, parallelism=1)
WAIT = 15000
"""ms: far more than the second it takes, for a loaded machine; the median is in the report."""


@pytest.fixture(autouse=True)
def _no_key_left_open(qapp):
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()
    session.close()


def command(data: Path, *args: str, vault: bool):
    """``muragat`` in a process of its own, as the user runs it beside the window."""
    if not vault:
        result = run_cli(*args, data_dir=data, own_process=True)
    else:
        read, write = os.pipe()
        os.write(write, (PASSPHRASE + "\n").encode())
        os.close(write)
        try:
            result = run_cli_fd(data, read, *args)
        finally:
            os.close(read)
    assert result.returncode == 0, result.stderr
    return result


def run_cli_fd(data: Path, fd: int, *args: str):
    import subprocess
    import sys

    from conftest import ROOT

    return subprocess.run(
        [sys.executable, "-m", "app", "--passphrase-fd", str(fd), *args],
        cwd=ROOT,
        env={**os.environ, "MURAGAT_DATA_DIR": str(data)},
        capture_output=True,
        text=True,
        timeout=120,
        pass_fds=(fd,),
    )


def open_window(qtbot, data: Path):
    from app.gui.locking import Locker
    from app.gui.settings import Settings

    locker = Locker(data, Settings(str(data / "muragat.ini")))
    window = locker.start()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.core.index_ready and not window.running, timeout=60000)
    return window


def rows(model) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


@pytest.mark.parametrize("vault", [False, True], ids=["clear", "vault"])
def test_the_window_shows_what_the_command_line_changes_while_it_is_open(
    qtbot, data_dir, tmp_path, vault
):
    if vault:
        keys.write_key_file(data_dir, keys.wrap(keys.new_data_key(), PASSPHRASE, CHEAP))
        session.open_vault(data_dir, PASSPHRASE)  # as the unlock screen does
    window = open_window(qtbot, data_dir)
    assert window.open_id(PARA)
    panel, everywhere = window.notes_panel, window.navigator.all_notes
    qtbot.waitUntil(lambda: not everywhere.loading)
    assert panel.model.rowCount() == 0 and everywhere.rowCount() == 0

    added = command(
        data_dir, "notes", "add", "--target", PARA, "--text", "Quibblewort margin", "--json",
        vault=vault,
    )  # fmt: skip
    note_id = json.loads(added.stdout)["id"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)  # the notes panel
    assert "Quibblewort margin" in rows(panel.model)[0]
    qtbot.waitUntil(lambda: everywhere.rowCount() == 1, timeout=WAIT)  # the Notes tab
    assert "Quibblewort margin" in rows(everywhere)[0]
    window.focus_search()
    qtbot.keyClicks(window.search.field, "Quibblewort")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.search.result is not None
        and f"note:{note_id}" in {h.id for h in window.search.result.hits},
        timeout=WAIT,
    )

    command(data_dir, "tag", "add", PARA, "frobnicated", vault=vault)
    tags = window.navigator.tags
    qtbot.waitUntil(
        lambda: any(tags.item(n).text().startswith("frobnicated") for n in range(tags.count())),
        timeout=WAIT,
    )

    command(data_dir, "notes", "delete", note_id, vault=vault)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: everywhere.rowCount() == 0, timeout=WAIT)

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "brief.txt").write_text("Brief of the Zorblaxian hearing.\n", encoding="utf-8")
    command(data_dir, "import", str(docs / "brief.txt"), vault=vault)
    contents = window.contents.model()
    qtbot.waitUntil(lambda: contents.rowCount() >= 2, timeout=WAIT)  # "My documents" appears
    window.search.field.clear()
    qtbot.keyClicks(window.search.field, "Zorblaxian")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    mine = window.core.archive

    def found_in_the_import() -> bool:
        hits = window.search.result.hits if window.search.result is not None else []
        return any(h.para_id and mine.paragraph(h.para_id).bundle_id.startswith("mine-")
                   for h in hits)  # fmt: skip

    qtbot.waitUntil(found_in_the_import, timeout=WAIT)
    if vault:  # File → Lock (Ctrl+L): the locked window follows nothing (its core is closed)
        follower = window.live
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert not session.is_open()
        qtbot.waitUntil(lambda: not follower._thread.is_alive(), timeout=WAIT)
        assert follower.core.closed


def test_a_second_window_on_the_folder_sees_the_first_ones_notes_and_not_its_own_twice(
    qtbot, data_dir
):
    """Two windows on one folder (each with its own core, as two processes have): a note
    added with New note and typed in the one shows in the other; the one that wrote it hears
    of it once, from its own change, not again from the journal."""
    first, second = open_window(qtbot, data_dir), open_window(qtbot, data_dir)
    for window in (first, second):
        assert window.open_id(PARA)
    heard = []
    first.changes.changed.connect(heard.append)
    qtbot.mouseClick(first.notes_panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.notes_panel.note is not None, timeout=WAIT)
    first.notes_panel.editor.setFocus()
    qtbot.keyClicks(first.notes_panel.editor, "Typed in the first window")
    first.notes_panel.save()  # as the pause in typing does
    panel = second.notes_panel
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == 1 and "Typed in the first" in rows(panel.model)[0],
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: second.navigator.all_notes.rowCount() == 1, timeout=WAIT)
    qtbot.wait(1000)  # four looks at the journal by the first window's follower
    assert [c.notes for c in heard] == [{first.notes_panel.note.id}] * 2  # added, then saved


def test_a_key_trusted_on_the_command_line_opens_the_colleagues_edition_in_the_window(
    qtbot, tmp_path, data_dir
):
    colleague = make_key(tmp_path / "keys", "Aigerim")
    colleague_bundle(data_dir, colleague)
    window = open_window(qtbot, data_dir)
    assert window.problems_box is not None and "unknown key" in window.problems_box.text()
    contents = window.contents.model()
    titles = lambda: [contents.index(r, 0).data() for r in range(contents.rowCount())]  # noqa: E731
    shown = titles()
    command(data_dir, "trust", "add", str(colleague.public), "--yes", vault=False)
    qtbot.waitUntil(lambda: window.problems_box is None, timeout=WAIT)  # no longer refused
    qtbot.waitUntil(lambda: len(titles()) > len(shown), timeout=WAIT)  # listed in Contents
    command(data_dir, "trust", "remove", "Aigerim", vault=False)
    qtbot.waitUntil(lambda: window.problems_box is not None, timeout=WAIT)
    assert "unknown key" in window.problems_box.text()
    qtbot.waitUntil(lambda: titles() == shown, timeout=WAIT)
