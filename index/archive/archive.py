"""The archive: every valid bundle, the problems with the invalid ones, and lookups by id."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from index.archive.bundle import MANIFEST, load_bundle, sha256_file
from index.archive.editions import EditionsSeen
from index.archive.model import Bundle, CaseRecord, Document, Manifest, Paragraph
from index.archive.signing import Key, Provenance, muragat_key, trusted_keys
from index.archive.store import DocumentStore, folder_state, manifest_stamp
from index.errors import QT_TRANSLATE_NOOP, BundleError, KnownError
from resources import BUNDLES

log = logging.getLogger(__name__)

USER_BUNDLES = "bundles"
"""Sub-folder of the data folder holding bundles made from the user's imported documents."""


@dataclass
class Archive:
    """The bundles Muragat opens: the bundled ones held in memory, and the user's (imports and
    colleagues' editions) in a `DocumentStore` read by id, so that nothing here grows with the
    number of documents: a lookup is a dict (held) or one indexed query (stored).

    ``held``: bundles loaded in memory (the bundled archive; every bundle, for an archive loaded
    from folders without a store, as tests and `muragat bundle verify` do)."""

    held: list[Bundle] = field(default_factory=list)
    held_problems: list[BundleError] = field(default_factory=list)
    store: DocumentStore | None = None
    _paragraphs: dict[str, Paragraph] = field(default_factory=dict, repr=False)
    _cases: dict[str, CaseRecord] = field(default_factory=dict, repr=False)
    _citing: dict[str, list[CaseRecord]] = field(default_factory=dict, repr=False)
    _bundles: dict[str, Bundle] = field(default_factory=dict, repr=False)
    _documents: dict[str, Document] = field(default_factory=dict, repr=False)
    _sections: dict[str, Document] = field(default_factory=dict, repr=False)
    """Section id → its document (the first one, should two documents share a section id)."""

    def add(self, bundle: Bundle) -> None:
        """Hold a loaded bundle unless its ids clash with what is already here. Every lookup
        is a dict: loading N bundles costs N, not N²."""
        clash = self.clash(bundle)
        if clash is not None:
            self.held_problems.append(clash)
            return
        self.held.append(bundle)
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

    def reserve(self, bundle: Bundle) -> None:
        """Keep only what `clash` looks at, the ids of ``bundle`` and of what it holds, not the
        bundle: so `verify_folders` checks thousands of bundles in the memory of one."""
        self._bundles[bundle.id] = None  # type: ignore[assignment]
        for doc in bundle.documents:
            self._paragraphs.update(dict.fromkeys(p.id for p in doc.paragraphs))
        self._cases.update(dict.fromkeys(c.id for c in bundle.cases))

    def clash(self, bundle: Bundle) -> BundleError | None:
        """Why ``bundle`` cannot join this archive (its id, or one of its paragraph or case
        ids, is another bundle's), or None."""
        new_ids = [p.id for d in bundle.documents for p in d.paragraphs]
        new_ids += [c.id for c in bundle.cases]
        owners = self.store.owners([bundle.id, *new_ids]) if self.store is not None else {}
        if bundle.id in self._bundles or owners.get(bundle.id, bundle.id) != bundle.id:
            return BundleError(
                bundle.id, MANIFEST, QT_TRANSLATE_NOOP("Errors", "a bundle with this id is loaded")
            )
        for ident in new_ids:
            if (
                ident in self._paragraphs
                or ident in self._cases
                or (owners.get(ident, bundle.id) != bundle.id)
            ):
                return BundleError(
                    bundle.id,
                    MANIFEST,
                    QT_TRANSLATE_NOOP("Errors", "id {ident!r} is already used by another bundle"),
                    ident=ident,
                )
        return None

    # -- the whole archive: each of these reads every stored bundle ------------------------------

    @property
    def bundles(self) -> list[Bundle]:
        """Every bundle, loaded. With thousands of imports this reads them all: what lists
        them page by page uses `user_rows`, what needs one uses `bundle`."""
        stored = [self.store.bundle(i) for i in self.store.bundle_ids()] if self.store else []
        return [*self.held, *(b for b in stored if b is not None)]

    @property
    def documents(self) -> list[Document]:
        return [d for b in self.bundles for d in b.documents]

    def paragraphs(self) -> Iterable[Paragraph]:
        """Every paragraph, the held bundles' then the stored ones', a batch at a time."""
        for bundle in self.held:
            for doc in bundle.documents:
                yield from doc.paragraphs
        if self.store is not None:
            yield from self.store.paragraphs()

    def paragraph_count(self) -> int:
        held = sum(len(d.paragraphs) for b in self.held for d in b.documents)
        return held + (self.store.paragraph_count() if self.store is not None else 0)

    @property
    def cases(self) -> list[CaseRecord]:
        held = [c for b in self.held for c in b.cases]
        return held + (self.store.cases() if self.store is not None else [])

    @property
    def problems(self) -> list[BundleError]:
        stored = self.store.problems() if self.store is not None else []
        return [*self.held_problems, *stored]

    # -- by id ------------------------------------------------------------------------------------

    @property
    def builtin_bundles(self) -> list[Bundle]:
        return [b for b in self.held if b.builtin]

    def user_count(self) -> int:
        """How many bundles are not bundled with Muragat."""
        held = sum(1 for b in self.held if not b.builtin)
        return held + (self.store.count() if self.store is not None else 0)

    def user_rows(self, offset: int = 0, limit: int = -1, order: str = "title", text: str = ""):
        """A page of the user's bundles as `BundleRow` (what a list shows), without loading
        them; the held ones first."""
        from index.archive.store import BundleRow

        held = [
            BundleRow(
                b.id,
                b.manifest.title,
                b.manifest.imported.get("imported", ""),
                b.path,
                b.provenance.status if b.provenance else "yours",
            )
            for b in self.held
            if not b.builtin and (not text or text.casefold() in b.manifest.title.casefold())
        ]
        rows = held[offset:] if limit < 0 else held[offset : offset + limit]
        if self.store is not None and (limit < 0 or len(rows) < limit):
            skip = max(0, offset - len(held))
            more = -1 if limit < 0 else limit - len(rows)
            rows += self.store.rows(skip, more, order, text)
        return rows

    def paragraph(self, ident: str) -> Paragraph | None:
        para = self._paragraphs.get(ident)
        if para is None and self.store is not None and ident:
            para = self.store.paragraph(ident)
        return para

    def case(self, ident: str) -> CaseRecord | None:
        record = self._cases.get(ident)
        if record is None and self.store is not None and ident:
            record = self.store.case(ident)
        return record

    def document(self, doc_id: str) -> Document | None:
        doc = self._documents.get(doc_id)
        if doc is None and self.store is not None and doc_id:
            doc = self.store.document(doc_id)
        return doc

    def document_of(self, ident: str) -> Document | None:
        """The document that holds ``ident``: a document, section or paragraph id."""
        para = self.paragraph(ident)
        if para is not None:
            return self.document(para.doc_id)
        doc = self.document(ident) or self._sections.get(ident)
        if doc is None and self.store is not None and ident:
            doc_id = self.store.document_of_section(ident)
            doc = self.store.document(doc_id) if doc_id else None
        return doc

    def document_rank(self, doc_id: str) -> int:
        """Where a document stands in the archive's order: the held ones first, in the order
        they were loaded, then the stored ones in the order they arrived."""
        held = [d.id for b in self.held for d in b.documents]
        if doc_id in held:
            return held.index(doc_id)
        rank = self.store.document_rank(doc_id) if self.store is not None else None
        return len(held) + rank if rank is not None else 10**9

    def bundle(self, bundle_id: str) -> Bundle | None:
        bundle = self._bundles.get(bundle_id)
        if bundle is None and self.store is not None and bundle_id:
            bundle = self.store.bundle(bundle_id)
        return bundle

    def manifest(self, bundle_id: str) -> Manifest | None:
        """A bundle's manifest without its documents."""
        bundle = self._bundles.get(bundle_id)
        if bundle is not None:
            return bundle.manifest
        return self.store.manifest(bundle_id) if self.store is not None and bundle_id else None

    def bundles_named(self, ids: Iterable[str]) -> list[Bundle]:
        """The bundles with these ids, in the archive's order (the held ones first)."""
        ids = set(ids)
        held = [b for b in self.held if b.id in ids]
        rest = ids - {b.id for b in held}
        stored = []
        if self.store is not None and rest:
            stored = [self.store.bundle(i) for i in self.store.in_order(rest)]
        return [*held, *(b for b in stored if b is not None)]

    def documents_published_at(self, url: str) -> list[Document]:
        """The documents of single-document bundles whose manifest gives ``url`` as source."""
        found = [
            b.documents[0]
            for b in self.held
            if b.manifest.source_url == url and len(b.documents) == 1
        ]
        for bundle_id in self.store.published_at(url) if self.store is not None else ():
            manifest = self.store.manifest(bundle_id)
            if manifest is not None and len(manifest.documents) == 1:
                doc = self.store.document(manifest.documents[0]["id"])
                if doc is not None:
                    found.append(doc)
        return found

    def citation(self, ident: str, style: str = "short") -> str | None:
        """How a paragraph or case record is cited, the one citation used everywhere (the
        window's Copy citation, the reader's context menu, the notes panel, exports), the
        publisher's address included; `index.archive.citation` says how."""
        from index.archive.citation import cite_ident  # it imports this module

        found = cite_ident(self, ident, style)
        return found.text if found else None

    def citation_line(self, ident: str, style: str = "short") -> str | None:
        """What Copy citation puts on the clipboard: `citation`."""
        return self.citation(ident, style)

    def cases_citing(self, paragraph_id: str) -> list[CaseRecord]:
        held = list(self._citing.get(paragraph_id, ()))
        if self.store is not None:
            held += self.store.cases_citing(paragraph_id)
        return held

    def fingerprint(self, schema_version: object = "") -> str:
        """Changes whenever a bundle is added, changed or removed (and with ``schema_version``):
        the held bundles' manifests and the store's version, so it costs the same with ten
        thousand imports as with none."""
        import hashlib

        digest = hashlib.sha256(f"schema {schema_version}\n".encode())
        for bundle in self.held:
            digest.update(f"{bundle.id} {bundle.manifest.sha256}\n".encode())
        for problem in self.held_problems:
            digest.update(f"refused {problem.bundle}\n".encode())
        if self.store is not None:
            digest.update(f"store {self.store.version()}\n".encode())
        return digest.hexdigest()


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
        archive.held_problems.append(BundleError("trusted keys", "trusted-keys.json", exc.message))
        keys = [muragat_key()]
    seen = EditionsSeen.read(data_dir)
    for n, (folder, builtin) in enumerate(pairs):
        if progress is not None and n % 100 == 0:
            progress(n, len(pairs), folder.name)
        kept = keep.get(str(folder)) if keep else None
        if kept is not None:
            archive.add(kept)
            continue
        try:
            bundle = load_bundle(folder, builtin=builtin, keys=keys, seen=seen)
            archive.add(bundle)
            if archive._bundles.get(bundle.id) is bundle:  # not refused for an id clash
                seen.note(bundle.manifest, bundle.provenance)
        except BundleError as exc:
            log.warning("bundle rejected: %s", exc)
            archive.held_problems.append(exc)
        except KnownError as exc:  # pragma: no cover - defensive: any other environment error
            archive.held_problems.append(BundleError(folder.name, "?", exc.message))
    seen.write_if_changed()
    return archive


def open_archive(
    data_dir: Path | None,
    store: DocumentStore | None,
    *,
    progress: Callable[[int, int, str], None] | None = None,
) -> Archive:
    """The bundled archive, held in memory, and the user's bundles through ``store``, which is
    first brought in step with ``bundles/`` if that folder changed since it last matched
    (`reconcile`): at an ordinary start that is one ``stat``, whatever the archive holds."""
    archive = load_archive(data_dir, users=False)
    archive.store = store
    if store is not None and data_dir is not None:
        reconcile(archive, data_dir, progress=progress)
    return archive


def reconcile(
    archive: Archive,
    data_dir: Path,
    changed: Iterable[str] = (),
    *,
    foreign: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    made: dict[str, Bundle] | None = None,
) -> Reconciled:
    """Bring the store in step with the bundle folders; says which bundles it added, replaced
    or removed, and which ids they held before.

    Nothing is read when ``bundles/`` is as the store last saw it and nothing is named.
    Otherwise the folder is listed and a bundle is loaded (verified, parsed) only when its
    manifest changed (every change to a bundle writes a new one), when it is in ``changed``
    (the writer just changed it), or, with ``foreign``, when it is not one of the user's
    imports (the trusted keys changed). Refused folders are tried again whenever anything was
    removed (an id clash may be gone). ``made``: bundles the writer just made and sealed in
    their folders, taken as they are (by folder name) instead of read back."""
    store = archive.store
    assert store is not None
    root = data_dir / USER_BUNDLES
    state = folder_state(root)  # before listing: a change meanwhile is seen next time
    changed = set(changed)
    if state == store.folders and not changed and not foreign:
        return Reconciled(set(), set())
    present = {
        p.name: p
        for p in (sorted(root.iterdir()) if root.is_dir() else ())
        if p.is_dir() and not p.name.startswith(".")
    }
    stamps = store.stamps()
    touched: set[str] = set()
    gone: set[str] = set()
    for name in sorted(stamps.keys() - present.keys()):
        ident = stamps[name][0]
        gone.update(store.item_ids(ident))
        store.remove(folder=name)
        touched.add(ident)
    refused = {name for name, (ident, _) in stamps.items() if not ident}
    todo = []
    for name, folder in present.items():
        ident, stamp = stamps.get(name, ("", None))
        if (
            stamp != manifest_stamp(folder)
            or name in changed
            or ident in changed
            or (foreign and not name.startswith("mine-"))
            or (touched and name in refused)
        ):
            todo.append(folder)
    try:
        keys = known_keys(data_dir)
    except KnownError as exc:
        archive.held_problems.append(BundleError("trusted keys", "trusted-keys.json", exc.message))
        keys = [muragat_key()]
    seen = EditionsSeen.read(data_dir)
    for n, folder in enumerate(todo):
        if progress is not None and n % 100 == 0:
            progress(n, len(todo), folder.name)
        before, stamp = stamps.get(folder.name, ("", ""))
        named = folder.name in changed or before in changed or foreign
        doubted = not stamp  # `DocumentStore.forget`: read it again whatever its manifest
        if before and not named and not doubted and _same_manifest(store, before, folder):
            store.restamp(folder.name, manifest_stamp(folder) or "")  # touched, not changed
            continue
        gone.update(store.item_ids(before))
        touched |= {before, *_take_in(archive, folder, keys, (made or {}).get(folder.name), seen)}
    seen.write_if_changed()
    store.matched(state)
    touched.discard("")
    return Reconciled(touched, gone)


@dataclass
class Reconciled:
    bundles: set[str]
    """The bundles added, replaced or removed (by id)."""
    gone: set[str]
    """The paragraph and case-record ids those bundles held before."""

    def __bool__(self) -> bool:
        return bool(self.bundles)


def _same_manifest(store: DocumentStore, bundle_id: str, folder: Path) -> bool:
    """The folder's manifest is the one stored (its times changed, its bytes did not: a copy,
    a restore, a stick mounted elsewhere)."""
    kept = store.manifest(bundle_id)
    try:
        return kept is not None and sha256_file(folder / MANIFEST) == kept.sha256
    except OSError:
        return False


def _take_in(
    archive: Archive,
    folder: Path,
    keys: list[Key],
    made: Bundle | None = None,
    seen: EditionsSeen | None = None,
) -> set[str]:
    """Load one bundle folder into the store (or remember why it is refused); ``made``: the
    bundle as the writer just made it there."""
    store = archive.store
    assert store is not None
    stamp = manifest_stamp(folder) or ""
    try:
        bundle = (
            made if made is not None else load_bundle(folder, builtin=False, keys=keys, seen=seen)
        )
        problem = archive.clash(bundle)
    except BundleError as exc:
        bundle, problem = None, exc
    except KnownError as exc:  # pragma: no cover - defensive: any other environment error
        bundle, problem = None, BundleError(folder.name, "?", exc.message)
    if problem is not None or bundle is None:
        log.warning("bundle rejected: %s", problem)
        store.refuse(folder.name, stamp, problem)
        return set()
    store.put(bundle, stamp)
    if seen is not None:
        seen.note(bundle.manifest, bundle.provenance)
    return {bundle.id}


@dataclass
class Verified:
    folder: Path
    bundle_id: str
    files: int = 0
    provenance: Provenance | None = None
    problem: BundleError | None = None
    sha256: str = ""
    """The manifest's SHA-256, as checked."""
    edition_number: int | None = None


def verify_folders(
    pairs: Iterable[tuple[Path, bool]], keys: list[Key], seen: EditionsSeen | None = None
) -> list[Verified]:
    """Every check loading makes, on each (folder, builtin), one result each: the signature,
    every checksum, the schemas, the documents, the references, that its ids are not
    another bundle's (in the order given, as `load_archive` adds them), and with ``seen``
    that it is no older than the newest edition seen; what loading refuses, this refuses
    with the same message."""
    results = []
    held = Archive()
    for folder, builtin in pairs:
        try:
            bundle = load_bundle(folder, builtin=builtin, keys=keys, seen=seen)
            clash = held.clash(bundle)
            if clash is not None:
                raise clash
            held.reserve(bundle)
            manifest = bundle.manifest
            files, sha256 = len(manifest.files), manifest.sha256
            results.append(
                Verified(
                    folder,
                    manifest.id,
                    files,
                    bundle.provenance,
                    sha256=sha256,
                    edition_number=manifest.edition_number,
                )
            )
        except BundleError as exc:
            results.append(Verified(folder, folder.name, problem=exc))
    return results


def check_stored(archive: Archive, results: list[Verified], keys: list[Key]) -> None:
    """After `verify_folders`: what the store keeps of each verified folder is what the folder
    gives now. A signed edition is read again and compared paragraph by paragraph; one of the
    user's imports (unsigned: its folder could be edited as easily as the store) by its
    manifest. A difference becomes the result's problem; that folder, and any folder refused
    now, is read again at the next start."""
    store = archive.store
    if store is None:
        return
    stamps = store.stamps()
    for result in results:
        if result.folder.name not in stamps:
            continue
        if result.problem is not None:  # refused now: the next start reads it again, and says why
            store.forget(result.folder.name)
            continue
        ident = stamps[result.folder.name][0]
        if not ident:  # refused when it arrived (an id clash): nothing of it is kept
            continue
        stored = store.manifest(ident)
        same = stored is not None and stored.sha256 == result.sha256
        if same and result.provenance is not None and result.provenance.status != "yours":
            kept, loaded = store.bundle(ident), load_bundle(result.folder, keys=keys)
            same = kept is not None and _contents(kept) == _contents(loaded)
        if not same:
            store.forget(result.folder.name)
            result.problem = BundleError(
                result.bundle_id,
                store.path.name if store.path else "archive",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "what Muragat keeps of it (archive.sqlite3) differs from its folder: it is "
                    "read again from the folder at the next start",
                ),
            )


def _contents(bundle: Bundle) -> list:
    docs = [(d.id, d.title, d.sections) for d in bundle.documents]
    return [docs, [c.raw for c in bundle.cases], bundle.manifest.sha256]
