"""One object that the CLI, the GUI and the tests share: the data folder and what lives in it.

Stores are opened lazily so that ``muragat cases`` never pays for the search index and the
window can show the report before the index is ready.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from index.archive import Archive, load_archive
from index.notes.model import Note
from index.notes.service import note_items, reanchor
from index.notes.store import NotesStore
from index.paths import ensure_data_dir
from resources import ROOT as RESOURCES

if TYPE_CHECKING:
    from index.search.items import IndexItem
    from index.search.service import SearchIndex

log = logging.getLogger(__name__)

INDEX_DIR = "index"
PREBUILT_INDEX = RESOURCES / "index"
"""Made by packaging/build and shipped in the executable; absent in a source checkout."""
NOTES_DB = "notes.sqlite3"


class Core:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def ensure_writable(self) -> Path:
        return ensure_data_dir(self.data_dir)

    @cached_property
    def archive(self) -> Archive:
        return load_archive(self.data_dir)

    def reload_archive(self) -> Archive:
        self.__dict__.pop("archive", None)
        return self.archive

    @cached_property
    def notes(self) -> NotesStore:
        """The notes store, with every passage re-anchored against the archive as loaded."""
        self.ensure_writable()
        store = NotesStore(self.data_dir / NOTES_DB, self.data_dir / "backups")
        self.anchor_report = reanchor(store, self.archive)
        return store

    @cached_property
    def search(self) -> SearchIndex:
        """The search index over the archive and the notes; call ``ensure`` first."""
        from index.search.service import SearchIndex  # Whoosh loads here, not at start-up

        self.ensure_writable()
        return SearchIndex(
            self.data_dir / INDEX_DIR,
            [self._archive_items, self._note_items],
            size_hint=lambda: sum(1 for _ in self.archive.paragraphs()) + len(self.archive.cases),
            seed=PREBUILT_INDEX,
        )

    def _archive_items(self) -> Iterable[IndexItem]:
        from index.search.items import archive_items

        return archive_items(self.archive, self.notes.target_tags())

    def _note_items(self) -> Iterable[IndexItem]:
        return note_items(self.notes, self.archive)

    # -- changes that must reach the index ----------------------------------------------------

    def reindex_notes(self) -> None:
        """Bring note items (and nothing else) up to date in the index, if it is open."""
        if "search" in self.__dict__:
            self.search.store.sync(self._note_items(), only_kinds={"note"})

    def reindex_targets(self, ids: Iterable[str]) -> None:
        if "search" not in self.__dict__:
            return
        from index.search.items import case_item, paragraph_item

        tags = self.notes.target_tags()
        items = []
        for ident in ids:
            para, record = self.archive.paragraph(ident), self.archive.case(ident)
            if para:
                items.append(paragraph_item(self.archive, para, tags.get(ident, ())))
            elif record:
                items.append(case_item(self.archive, record, tags.get(ident, ())))
        self.search.store.sync(items, only_kinds=set())

    def add_note(self, note: Note) -> Note:
        stored = self.notes.add(note)
        self.reindex_notes()
        return stored

    def update_note(self, note_id: str, **changes) -> Note:
        note = self.notes.update(note_id, **changes)
        self.reindex_notes()
        return note

    def delete_note(self, note_id: str) -> Note:
        note = self.notes.delete(note_id)
        self.reindex_notes()
        return note

    # -- the user's own documents -------------------------------------------------------------

    def import_paths(
        self, paths, progress=None, tags: Iterable[str] = (), encoding: str | None = None
    ):
        """Import files and folders; then reload, re-anchor notes and update the index.
        ``encoding`` overrides detection for text files (and re-reads them if it differs)."""
        from index.imports.importer import import_paths

        self.ensure_writable()
        report = import_paths(self.data_dir, paths, progress, encoding=encoding)
        changed = {r.bundle_id for r in report.results if r.status in ("added", "updated")}
        if changed:
            self._after_documents_changed()
            for bundle_id in changed:
                bundle = self.archive.bundle(bundle_id)
                for doc in bundle.documents if bundle else ():
                    for para in doc.paragraphs:
                        for tag in tags:
                            self.notes.tag_target(para.id, tag)
            if tags and "search" in self.__dict__:
                self.search.ensure()
        return report

    def remove_document(self, bundle_id: str, delete_notes: bool = False) -> int:
        """Remove an imported document; its notes become orphans, or are deleted if asked.
        Returns how many notes were affected."""
        from index.imports.importer import remove_document

        bundle = self.archive.bundle(bundle_id)
        doc_ids = {d.id for d in bundle.documents} if bundle else set()
        para_ids = {p.id for d in bundle.documents for p in d.paragraphs} if bundle else set()
        affected = [n for n in self.notes.notes() if n.doc_id in doc_ids or n.target_id in para_ids]
        remove_document(self.data_dir, bundle_id)
        if delete_notes:
            for note in affected:
                self.notes.delete(note.id)
        self._after_documents_changed()
        return len(affected)

    def _after_documents_changed(self) -> None:
        self.reload_archive()
        self.anchor_report = reanchor(self.notes, self.archive)
        if "search" in self.__dict__:
            self.search.ensure()
