"""Every change a user can make, as a value handed to `Core.apply` (the one writer).

A change's ``run`` is called with the writer lock held; it writes to the stores through the
core and returns a `Changed` naming what it touched, so that the index is updated for exactly
those ids and listeners know what to refresh. Nothing else writes to the notes store, the
user's bundles or the search index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.errors import QT_TRANSLATE_NOOP, BundleError, KnownError
from index.notes.model import Note
from index.notes.tags import normalize_tag, within_any

if TYPE_CHECKING:
    from index.core import Core


@dataclass
class Changed:
    """What one change touched. ``result`` is the change's answer to its caller."""

    notes: set[str] = field(default_factory=set)
    """Ids of notes added, edited, re-anchored or deleted."""
    targets: set[str] = field(default_factory=set)
    """Paragraph and case-record ids whose tags changed."""
    bundles: set[str] = field(default_factory=set)
    """Bundles added, updated or removed: their paragraphs and records are re-indexed."""
    gone_items: set[str] = field(default_factory=set)
    """Index ids that existed before the change (a removed bundle's paragraphs, say)."""
    result: Any = None
    loaded: bool = False
    """The user's bundles finished loading (`Core.finish_loading`): the documents changed
    for whoever was shown the bundled archive alone; nothing to re-index."""

    @property
    def documents(self) -> bool:
        return bool(self.bundles) or self.loaded


class Change:
    """A change to the user's data; see the module docstring."""

    reloads = False
    """Other processes on the folder reload everything after it (`index.live`): what it
    changed is more than the ids it names (which editions open, say)."""

    def run(self, core: Core) -> Changed:  # pragma: no cover - every change overrides it
        raise NotImplementedError


# -- notes ----------------------------------------------------------------------------------


@dataclass
class AddNote(Change):
    note: Note

    def run(self, core: Core) -> Changed:
        stored = core.store.add(self.note)
        return Changed(notes={stored.id}, result=stored)


@dataclass
class UpdateNote(Change):
    note_id: str
    changes: dict[str, Any]

    def run(self, core: Core) -> Changed:
        note = core.store.update(self.note_id, **self.changes)
        return Changed(notes={note.id}, result=note)


@dataclass
class DeleteNote(Change):
    note_id: str

    def run(self, core: Core) -> Changed:
        note = core.store.delete(self.note_id)
        return Changed(notes={note.id}, result=note)


@dataclass
class RestoreNote(Change):
    """Put a deleted note back as it was (undo)."""

    note: Note

    def run(self, core: Core) -> Changed:
        note = core.store.restore(self.note)
        return Changed(notes={note.id}, result=note)


MAX_ANNOTATION_BYTES = 50 * 10**6
"""Larger annotation files are refused before parsing."""


@dataclass
class ImportAnnotations(Change):
    """W3C Web Annotation JSON-LD text, validated whole before anything is written, then one
    transaction: every annotation, or (``partial``) every one that can be — see
    `index.notes.w3c`. An annotation that would change a note the user has is a conflict:
    listed in the report, applied only with ``update`` (and a private note stays private).
    ``progress(done, total, what)`` may raise `Cancelled`: nothing is written then.
    ``result`` is the `ImportReport`."""

    text: str
    partial: bool = False
    progress: Callable[[int, int, str], None] | None = None
    update: bool = False

    def run(self, core: Core) -> Changed:
        from index.errors import Cancelled
        from index.notes.w3c import ImportReport, import_w3c

        if len(self.text) > MAX_ANNOTATION_BYTES:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors", "annotation files may have at most {MAX_ANNOTATION_BYTES} MB"
                ),
                MAX_ANNOTATION_BYTES=MAX_ANNOTATION_BYTES // 10**6,
            )
        try:
            report = import_w3c(
                self.text, core.store, core.archive, self.partial, self.progress, self.update
            )
        except Cancelled:
            return Changed(result=ImportReport(cancelled=True))
        changed = Changed(notes={*report.added, *report.updated}, result=report)
        changed.targets = set(report.tagged)
        return changed


# -- tags -----------------------------------------------------------------------------------


@dataclass
class TagTarget(Change):
    target_id: str
    tag: str

    def run(self, core: Core) -> Changed:
        from index.notes.service import resolve_target

        resolve_target(core.archive, self.target_id)
        core.store.tag_target(self.target_id, self.tag)
        return Changed(targets={self.target_id})


@dataclass
class UntagTarget(Change):
    """``result`` is whether the target had the tag."""

    target_id: str
    tag: str

    def run(self, core: Core) -> Changed:
        from index.notes.service import resolve_target

        resolve_target(core.archive, self.target_id)
        removed = core.store.untag_target(self.target_id, self.tag)
        return Changed(targets={self.target_id} if removed else set(), result=removed)


@dataclass
class RenameTag(Change):
    """Rename a tag and its sub-tags (onto an existing tag: merge)."""

    old: str
    new: str

    def run(self, core: Core) -> Changed:
        store = core.store
        old = normalize_tag(self.old)
        notes = {n.id for n in store.notes(tag=old)}
        targets = {t for t, tags in store.target_tags().items() if within_any(tags, [old])}
        store.rename_tag(old, self.new)
        return Changed(notes=notes, targets=targets)


# -- the user's own documents ---------------------------------------------------------------


@dataclass
class ImportDocuments(Change):
    """Import files and folders; tag the new paragraphs. ``result`` is the import report."""

    paths: list[Path]
    tags: Iterable[str] = ()
    progress: Callable[[int, int, str], None] | None = None
    encoding: str | None = None
    """Overrides detection for text files (and re-reads them if it differs)."""
    ocr_languages: str | None = None
    """The languages scans are recognised in ("rus+kaz+eng"); None: the default."""

    def run(self, core: Core) -> Changed:
        from index.imports.importer import import_paths

        core.ensure_writable()
        store = core.archive.store  # in step with the folders (the archive reconciles it)
        report = import_paths(
            core.data_dir,
            self.paths,
            self.progress,
            encoding=self.encoding,
            store=store,
            ocr_languages=self.ocr_languages,
        )
        changed = Changed(result=report)
        changed.bundles = {
            r.bundle_id for r in report.results if r.status in ("added", "updated") and r.bundle_id
        }
        if changed.bundles:
            archive = core.documents_changed(changed, made=report.bundles)
            for bundle_id in sorted(changed.bundles):
                bundle = archive.bundle(bundle_id)
                for doc in bundle.documents if bundle else ():
                    for para in doc.paragraphs:
                        for tag in self.tags:
                            core.store.tag_target(para.id, tag)
        return changed


@dataclass
class RemoveDocument(Change):
    """Remove an imported document; its notes become orphans, or are deleted if asked.
    ``result`` is how many notes were affected."""

    bundle_id: str
    delete_notes: bool = False

    def run(self, core: Core) -> Changed:
        from index.imports.importer import remove_document

        bundle = core.archive.bundle(self.bundle_id)
        doc_ids = {d.id for d in bundle.documents} if bundle else set()
        para_ids = {p.id for d in bundle.documents for p in d.paragraphs} if bundle else set()
        affected = [
            n
            for n in core.store.notes_touching([self.bundle_id], para_ids)
            if n.doc_id in doc_ids or n.target_id in para_ids
        ]
        remove_document(core.data_dir, self.bundle_id)
        changed = Changed(bundles={self.bundle_id}, result=len(affected))
        if self.delete_notes:
            for note in affected:
                core.store.delete(note.id)
                changed.notes.add(note.id)
        core.documents_changed(changed)
        return changed


@dataclass
class RetitleDocument(Change):
    bundle_id: str
    title: str

    def run(self, core: Core) -> Changed:
        from index.imports.importer import retitle_document

        retitle_document(core.data_dir, self.bundle_id, self.title)
        changed = Changed(bundles={self.bundle_id})
        core.documents_changed(changed)
        return changed


# -- the notes database as a whole ----------------------------------------------------------


@dataclass
class RestoreBackup(Change):
    """Replace the notes with a backup's (the notes as they were are backed up first).
    ``result`` is the name of that backup, or None if there were no notes to keep."""

    name: str

    def run(self, core: Core) -> Changed:
        store = core.store
        before = {n.id for n in store.notes()}
        targets = set(store.target_tags())
        kept = store.restore_backup(self.name)
        changed = Changed(result=kept.name if kept else None)
        changed.notes = before | {n.id for n in store.notes()}
        changed.targets = targets | set(store.target_tags())
        core.reanchor(changed)
        return changed


# -- whose editions open ----------------------------------------------------------------------


@dataclass
class SetKeyTrust(Change):
    """Trust a colleague's signing key (``key``), or stop trusting one (``revoke``, a key ID);
    the archive is loaded again so that the editions it signed open or are refused.
    ``result`` is the key."""

    key: Any = None
    revoke: str | None = None
    reloads = True

    def run(self, core: Core) -> Changed:
        from index.archive.signing import trust_key, untrust_key

        if self.revoke is not None:
            key = untrust_key(core.data_dir, self.revoke)
        else:
            core.ensure_writable()
            trust_key(core.data_dir, self.key)
            key = self.key
        changed = Changed(result=key)
        core.documents_changed(changed, foreign=True)
        return changed


@dataclass
class AcceptOlderEdition(Change):
    """Open a signed edition older than the newest one seen of it (``folder``, its bundle
    folder): that manifest, exactly, is recorded as accepted, with the date; the archive is
    loaded again so that it opens. ``result``: what was recorded."""

    folder: Any = None
    reloads = True

    def run(self, core: Core) -> Changed:
        from index.archive.archive import known_keys
        from index.archive.bundle import verify_bundle
        from index.archive.editions import EditionsSeen

        core.ensure_writable()
        manifest, provenance = verify_bundle(self.folder, known_keys(core.data_dir))
        if provenance.key is None:
            raise BundleError(
                manifest.id,
                "manifest.json",
                QT_TRANSLATE_NOOP("Errors", "unsigned: it has no edition number to accept"),
            )
        seen = EditionsSeen.read(core.data_dir)
        entry = seen.accept(manifest, provenance)
        seen.write_if_changed()
        changed = Changed(result=entry)
        core.documents_changed(changed, foreign=True)
        return changed
