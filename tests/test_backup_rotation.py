"""The backups' keep-count rule on its own: many backups of one day, where the day, week and
month rules keep only the newest, so what stays is what the count keeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from index.notes import db
from index.notes.model import Note
from index.notes.store import NotesStore


def test_the_newest_backups_up_to_the_count_are_kept_and_no_more(tmp_path):
    store = NotesStore(tmp_path / "notes.sqlite3", tmp_path / "made")
    store.add(Note(id="n1", target_kind="free", target_id=None, body="kept"))
    made = sorted((tmp_path / "made").glob("notes-*.sqlite3"))[-1]
    real = made.read_bytes()
    digest = made.stem.rsplit("-", 1)[1]  # a backup's name carries its notes' digest, checked
    store.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 29, 20, tzinfo=UTC)
    hours = [h / 2 for h in range(db.BACKUPS_KEPT + 5)]  # every half hour, one afternoon
    for n, age in enumerate(hours):
        when = now - timedelta(hours=age)
        name = f"notes-{when:%Y%m%d-%H%M%S}-{when.microsecond:06d}-n1-{digest}.sqlite3"
        (folder / name).write_bytes(real)
    assert db.BACKUPS_ALWAYS_KEPT < db.BACKUPS_KEPT < len(hours)
    removed = db.rotate(folder, now=now)
    ages = sorted(round((now - b.created).total_seconds() / 3600, 1) for b in db.backups(folder))
    assert ages == hours[: db.BACKUPS_KEPT]  # the newest ten, whatever the day rule says
    assert len(removed) == len(hours) - db.BACKUPS_KEPT
