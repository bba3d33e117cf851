"""The archive: every valid bundle, the problems with the invalid ones, and lookups by id."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from index.archive.bundle import MANIFEST, load_bundle, verify_bundle
from index.archive.model import Bundle, CaseRecord, Document, Paragraph
from index.archive.signing import Key, Provenance, muragat_key, trusted_keys
from index.errors import QT_TRANSLATE_NOOP, BundleError, KnownError
from resources import BUNDLES

log = logging.getLogger(__name__)

USER_BUNDLES = "bundles"
"""Sub-folder of the data folder holding bundles made from the user's imported documents."""


@dataclass
class Archive:
    bundles: list[Bundle] = field(default_factory=list)
    problems: list[BundleError] = field(default_factory=list)
    _paragraphs: dict[str, Paragraph] = field(default_factory=dict, repr=False)
    _cases: dict[str, CaseRecord] = field(default_factory=dict, repr=False)
    _citing: dict[str, list[CaseRecord]] = field(default_factory=dict, repr=False)
    _bundles: dict[str, Bundle] = field(default_factory=dict, repr=False)
    _documents: dict[str, Document] = field(default_factory=dict, repr=False)
    _sections: dict[str, Document] = field(default_factory=dict, repr=False)
    """Section id → its document (the first one, should two documents share a section id)."""

    def add(self, bundle: Bundle) -> None:
        """Add a loaded bundle unless its ids clash with what is already here. Every lookup
        is a dict: loading N bundles costs N, not N²."""
        if bundle.id in self._bundles:
            self.problems.append(
                BundleError(
                    bundle.id,
                    MANIFEST,
                    QT_TRANSLATE_NOOP("Errors", "a bundle with this id is loaded"),
                )
            )
            return
        new_ids = [p.id for d in bundle.documents for p in d.paragraphs]
        new_ids += [c.id for c in bundle.cases]
        for ident in new_ids:
            if ident in self._paragraphs or ident in self._cases:
                self.problems.append(
                    BundleError(
                        bundle.id,
                        MANIFEST,
                        QT_TRANSLATE_NOOP(
                            "Errors", "id {ident!r} is already used by another bundle"
                        ),
                        ident=ident,
                    )
                )
                return
        self.bundles.append(bundle)
        self._bundles[bundle.id] = bundle
        for doc in bundle.documents:
            self._documents.setdefault(doc.id, doc)
            for section in doc.sections:
                self._sections.setdefault(section.id, doc)
            for para in doc.paragraphs:
                self._paragraphs[para.id] = para
        for record in bundle.cases:
            self._cases[record.id] = record
            for source in record.all_sources():
                self._citing.setdefault(source, []).append(record)

    @property
    def documents(self) -> list[Document]:
        return [d for b in self.bundles for d in b.documents]

    @property
    def cases(self) -> list[CaseRecord]:
        return [c for b in self.bundles for c in b.cases]

    def paragraphs(self) -> Iterable[Paragraph]:
        for doc in self.documents:
            yield from doc.paragraphs

    def paragraph(self, ident: str) -> Paragraph | None:
        return self._paragraphs.get(ident)

    def case(self, ident: str) -> CaseRecord | None:
        return self._cases.get(ident)

    def document(self, doc_id: str) -> Document | None:
        return self._documents.get(doc_id)

    def document_of(self, ident: str) -> Document | None:
        """The document that holds ``ident``: a document, section or paragraph id."""
        para = self._paragraphs.get(ident)
        if para is not None:
            return self._documents.get(para.doc_id)
        return self._documents.get(ident) or self._sections.get(ident)

    def bundle(self, bundle_id: str) -> Bundle | None:
        return self._bundles.get(bundle_id)

    def citation(self, ident: str) -> str | None:
        """How a paragraph or case record is cited, the one format used everywhere (the
        window's Copy citation, the reader's context menu, the notes panel, exports)."""
        para = self.paragraph(ident)
        if para is not None:
            from index.archive.citation import cite  # it imports this module

            return cite(self, para)
        record = self.case(ident)
        if record is not None:
            return f"case record {record.id}"
        return None

    def cases_citing(self, paragraph_id: str) -> list[CaseRecord]:
        return list(self._citing.get(paragraph_id, ()))


def bundle_folders(data_dir: Path | None) -> list[tuple[Path, bool]]:
    """(folder, builtin) for the bundled archive and, if given, the user's imported bundles."""
    folders = [(p, True) for p in sorted(BUNDLES.iterdir()) if p.is_dir()]
    user = data_dir / USER_BUNDLES if data_dir else None
    if user and user.is_dir():
        # dot-folders are an import or a swap in progress (see index.imports.importer)
        folders += [
            (p, False) for p in sorted(user.iterdir()) if p.is_dir() and not p.name.startswith(".")
        ]
    return folders


def known_keys(data_dir: Path | None) -> list[Key]:
    """The Muragat editions key and the keys the user trusts (remembered in the data folder)."""
    return [muragat_key(), *trusted_keys(data_dir)]


def load_archive(
    data_dir: Path | None = None,
    folders: list[Path] | None = None,
    keys: list[Key] | None = None,
    *,
    users: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
    keep: dict[str, Bundle] | None = None,
) -> Archive:
    """Load every bundle; invalid ones (bad signature, altered files…) go to ``problems``.

    A refused bundle never hides the others: the bundled report stays readable whatever a
    colleague's bundle in the data folder holds. ``users=False``: the bundled archive only
    (what the window shows at once, while the user's bundles load). ``progress(done, total,
    name)`` is told every hundred bundles. ``keep``: bundles already loaded, by folder, used
    as they are (see `reload_archive`).
    """
    archive = Archive()
    if folders is not None:
        pairs = [(f, False) for f in folders]
    else:
        pairs = bundle_folders(data_dir if users else None)
    try:
        keys = keys if keys is not None else known_keys(data_dir)
    except KnownError as exc:
        archive.problems.append(BundleError("trusted keys", "trusted-keys.json", exc.message))
        keys = [muragat_key()]
    for n, (folder, builtin) in enumerate(pairs):
        if progress is not None and n % 100 == 0:
            progress(n, len(pairs), folder.name)
        kept = keep.get(str(folder)) if keep else None
        if kept is not None:
            archive.add(kept)
            continue
        try:
            archive.add(load_bundle(folder, builtin=builtin, keys=keys))
        except BundleError as exc:
            log.warning("bundle rejected: %s", exc)
            archive.problems.append(exc)
        except KnownError as exc:  # pragma: no cover - defensive: any other environment error
            archive.problems.append(BundleError(folder.name, "?", exc.message))
    return archive


def reload_archive(old: Archive, data_dir: Path, changed: set[str]) -> Archive:
    """``old`` with the bundles ``changed`` (ids: added, updated or removed on disk) loaded
    again and every other bundle kept as it is: an import into a large archive costs its own
    files, not everyone's. Everything is loaded again when more could depend on it: a refused
    bundle (an id clash may resolve), a bundled one changed, or most of them (trust changed)."""
    bundles = {b.id: b for b in old.bundles}
    if (
        old.problems
        or len(changed) * 4 > len(old.bundles)
        or any(bundles[i].builtin for i in changed if i in bundles)
    ):
        return load_archive(data_dir)
    keep = {b.path: b for b in old.bundles if b.id not in changed}
    return load_archive(data_dir, keep=keep)


@dataclass
class Verified:
    folder: Path
    bundle_id: str
    files: int = 0
    provenance: Provenance | None = None
    problem: BundleError | None = None


def verify_folders(pairs: Iterable[tuple[Path, bool]], keys: list[Key]) -> list[Verified]:
    """Check the signature and every checksum of each (folder, builtin); one result each."""
    results = []
    for folder, builtin in pairs:
        try:
            manifest, provenance = verify_bundle(folder, keys, builtin=builtin)
            results.append(Verified(folder, manifest.id, len(manifest.files), provenance))
        except BundleError as exc:
            results.append(Verified(folder, folder.name, problem=exc))
    return results
