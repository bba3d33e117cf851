"""Following another process's changes (issue 26, What to build 3), headless: a `Follower` on
one core names exactly the ids another core on the same data folder changed, never its own
core's, and that core's search finds what the other wrote — whether the other had the index
open (it wrote it; the searchers are renewed) or not (the follower indexes it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.changes import TagTarget
from index.core import Core
from index.live import Follower
from index.notes.service import new_note

PARA = "freedom-of-expression-2"


@pytest.fixture
def window_core(data_dir: Path):
    """A core as the window holds it: its index open and in step, following the folder."""
    core = Core(data_dir)
    core.update_index(trust_mark=True)
    assert core.index_ready
    yield core
    core.close()


def words(core: Core, text: str) -> set[str]:
    return {hit.id for hit in core.find(text).hits}


@pytest.mark.parametrize("other_indexes", [False, True], ids=["command", "second-window"])
def test_the_follower_names_what_another_core_changed_and_search_finds_it(
    window_core, data_dir, tmp_path, other_indexes
):
    follower = Follower(window_core)
    assert follower.poll() is None  # the first look notes where the journal stands
    other = Core(data_dir)  # another process: a command (no index open) or a second window
    if other_indexes:
        other.update_index(trust_mark=True)
    try:
        note = other.add_note(new_note(other.archive, PARA, "Quibblewort in the margin"))
        changed = follower.poll()
        assert changed is not None and changed.notes == {note.id}
        assert not (changed.targets or changed.bundles)
        assert f"note:{note.id}" in words(window_core, "Quibblewort")
        assert window_core.note(note.id).body == "Quibblewort in the margin"
        assert follower.poll() is None  # said once

        other.apply(TagTarget(PARA, "frobnicated"))
        changed = follower.poll()
        assert changed.targets == {PARA} and not changed.notes
        assert PARA in words(window_core, "tag:frobnicated")

        other.delete_note(note.id)
        changed = follower.poll()
        assert changed.notes == {note.id}
        assert words(window_core, "Quibblewort") == set()

        docs = tmp_path / "docs"
        docs.mkdir()
        (docs / "brief.md").write_text("# Brief\n\nThe Zorblaxian ruling.\n", encoding="utf-8")
        report = other.import_paths([docs])
        bundle = next(r.bundle_id for r in report.results if r.status == "added")
        changed = follower.poll()
        assert changed.bundles == {bundle}
        found = words(window_core, "Zorblaxian")
        assert found and all(window_core.archive.paragraph(i).bundle_id == bundle for i in found)
        assert window_core.archive.bundle(bundle) is not None
    finally:
        other.close()


def test_its_own_changes_are_not_taken_in_again(window_core):
    follower = Follower(window_core)
    follower.poll()
    heard = []
    window_core.listen(heard.append)
    note = window_core.add_note(new_note(window_core.archive, PARA, "Mine alone"))
    assert [c.notes for c in heard] == [{note.id}]
    assert follower.poll() is None
    assert len(heard) == 1


def test_a_follower_further_behind_than_the_journal_keeps_reloads_everything(
    window_core, data_dir, monkeypatch
):
    from index.notes import store

    monkeypatch.setattr(store, "JOURNAL_KEPT", 3)
    follower = Follower(window_core)
    window_core.add_note(new_note(window_core.archive, PARA, "before"))
    follower.poll()
    other = Core(data_dir)
    try:
        for n in range(5):
            other.add_note(new_note(other.archive, PARA, f"note {n}"))
    finally:
        other.close()
    changed = follower.poll()
    assert changed is not None and changed.loaded  # anything may have changed
    assert follower.poll() is None


def test_the_thread_takes_changes_in_until_stopped_and_a_closed_core_stops_it(
    window_core, data_dir
):
    import threading

    heard = threading.Event()
    window_core.listen(lambda changed: heard.set())
    follower = Follower(window_core, interval=0.05)
    window_core.note_rows([])  # the notes store open, as the window's first read opens it
    follower.start()
    other = Core(data_dir)
    try:
        import time

        time.sleep(0.2)  # the first look
        other.add_note(new_note(other.archive, PARA, "From elsewhere"))
        assert heard.wait(10)
    finally:
        other.close()
    window_core.close()
    follower._thread.join(5)
    assert not follower._thread.is_alive()


def test_a_backup_restored_by_another_process_reloads_everything(window_core, data_dir):
    """The restored database holds the backup's journal: the row last seen is not there as it
    was, so the follower cannot say which ids changed, and says that anything may have."""
    from index.changes import RestoreBackup

    other = Core(data_dir)
    try:
        kept = other.add_note(new_note(other.archive, PARA, "kept in the backup"))
        other.close()  # a session's close backs the notes up
        other = Core(data_dir)
        follower = Follower(window_core)
        follower.poll()
        later = other.add_note(new_note(other.archive, PARA, "written after the backup"))
        assert follower.poll().notes == {later.id}
        before = next(b for b in reversed(other.backups()) if b.notes == 1)
        other.apply(RestoreBackup(before.name))
    finally:
        other.close()
    changed = follower.poll()
    assert changed is not None and changed.loaded
    assert {n.id for n in window_core.list_notes()} == {kept.id}
    assert follower.poll() is None
