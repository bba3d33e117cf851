"""A start does not read the whole archive again when nothing changed since the last sync, and
never trusts an index that missed a change (issue 18: the window's start-up sync hashed every
item at every start)."""

from __future__ import annotations

from pathlib import Path

from index.core import Core
from index.notes.service import new_note

REASON = "unchanged since the last sync"


def fresh(data_dir: Path):
    core = Core(data_dir)
    return core, core.update_index(trust_mark=True)  # as the window's start does


def found(core: Core, text: str) -> set[str]:
    return {h.id for h in core.find(text).hits}


def test_a_second_start_opens_the_index_without_reading_the_archive(empty_data_dir, tmp_path):
    data_dir = empty_data_dir  # no index yet (``data_dir`` comes with one built)
    doc = tmp_path / "hearing.md"
    doc.write_text("# Hearing\n\nThe witness Qazybekov was questioned.\n", encoding="utf-8")
    core, first = fresh(data_dir)
    assert first.reason != REASON and first.added > 0
    core.import_paths([doc])  # taken in by the open index: the mark follows the archive
    core.close()

    core, second = fresh(data_dir)
    assert second.reason == REASON and second.added == second.updated == 0
    assert found(core, "Qazybekov") == {"hearing-1"}
    core.close()


def test_a_change_the_index_missed_makes_the_next_start_sync(data_dir, tmp_path):
    core, _ = fresh(data_dir)
    core.close()
    cli = Core(data_dir)  # a command-line note: no index open in that process
    note = cli.add_note(new_note(cli.archive, None, "Call Zhaksylykova back"))
    cli.close()

    core, report = fresh(data_dir)
    assert report.reason != REASON
    assert found(core, "Zhaksylykova") == {f"note:{note.id}"}
    core.close()
    core, report = fresh(data_dir)
    assert report.reason == REASON and found(core, "Zhaksylykova") == {f"note:{note.id}"}
    core.close()


def test_a_document_imported_without_the_index_is_synced_at_the_next_start(data_dir, tmp_path):
    core, _ = fresh(data_dir)
    core.close()
    doc = tmp_path / "memo.md"
    doc.write_text("# Memo\n\nAbout Serikbayeva's appeal.\n", encoding="utf-8")
    cli = Core(data_dir)
    cli.import_paths([doc])
    cli.close()

    core, report = fresh(data_dir)
    assert report.reason != REASON and report.added > 0
    assert found(core, "Serikbayeva") == {"memo-1"}
    core.close()


def test_a_damaged_index_is_rebuilt_not_trusted(data_dir):
    core, _ = fresh(data_dir)
    core.close()
    for segment in (data_dir / "index").glob("*.seg"):
        segment.write_bytes(b"garbage")
    core, report = fresh(data_dir)
    assert report.reason != REASON
    assert found(core, "Ensebek")
    core.close()
