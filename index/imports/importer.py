"""Import files and folders as bundles in the user's archive, one file at a time.

Each document becomes ``<data>/bundles/<id>/``: ``document.md`` (paragraphs with stable ids,
page numbers for PDFs), a copy of the original, and a sealed ``manifest.json`` (original name
and path, SHA-256, import date, encoding, language, title, version). The same file again is a
no-op; a changed file at the same path becomes a new version of the same document, so its notes
re-anchor. A bad file is skipped with its reason and never stops the others; a bundle is written
to a temporary folder and renamed into place, so nothing half-written ever joins the archive.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import secrets
import shutil
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from index.archive.archive import USER_BUNDLES
from index.archive.bundle import MANIFEST, seal, sha256_file
from index.archive.markdown_doc import MarkdownFormatError, parse_document
from index.archive.model import Bundle, Document
from index.archive.store import DocumentStore
from index.errors import QT_TRANSLATE_NOOP, Cancelled, KnownError, Message
from index.fileio import copy_atomic, fsync_folder, read_data, write_text_atomic
from index.imports.encoding import LOW_CONFIDENCE, check_encoding
from index.imports.ids import block_ids, slug
from index.imports.limits import (
    PageProgress,
    ReaderWorker,
    bound_blocks,
    in_worker_available,
    page_hook,
    safe_name,
    safe_path,
    special_kind,
)
from index.imports.notes_export import refuse_notes_export
from index.imports.readers import ReadResult, Source, Unreadable, reader_for, suffixes
from index.imports.readers import text as text_reader
from index.imports.readers.base import escape_markdown

log = logging.getLogger(__name__)

MAX_BYTES = 200 * 1024 * 1024
SUFFIXES = suffixes()
DOCUMENT = "document.md"


@dataclass
class FileResult:
    path: str
    status: str  # added, updated, unchanged, skipped
    message: str = ""
    bundle_id: str | None = None
    title: str | None = None
    format: str | None = None
    encoding: str | None = None
    confidence: float | None = None
    """How sure the encoding guess is (1.0: a byte-order mark, valid UTF-8 or your choice)."""
    notes: list[str] = field(default_factory=list)
    """What was left out or is worth checking (comments, tracked changes, a shaky encoding)."""


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    bundles: dict[str, Bundle] = field(default_factory=dict, repr=False)
    """The bundles this import made, as made (sealed and in place): the store takes them as
    they are instead of reading back and checking what was just written."""

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


def user_bundles(data_dir: Path) -> Path:
    return data_dir / USER_BUNDLES


def iter_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """(file, reason to skip or None) for every file given or found in folders, recursively.
    A link that leads outside the folder it was found in is reported, never followed."""
    for given in paths:
        given = Path(given)
        if given.is_dir() and not given.is_symlink():
            root = given.resolve()
            for folder, dirs, files in os.walk(given, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    path = Path(folder) / name
                    if path.is_symlink():
                        try:
                            target = path.resolve(strict=True)
                        except (OSError, RuntimeError):
                            yield path, special_kind(path) or "a link that leads nowhere"
                            continue
                        if not target.is_relative_to(root):
                            yield path, "a link that leads outside the chosen folder"
                            continue
                    yield path, special_kind(path)
        elif given.is_dir():
            yield given, "a link to a folder: choose the folder itself"
        elif given.exists() or given.is_symlink():
            yield given, special_kind(given)
        else:
            yield given, Message(QT_TRANSLATE_NOOP("Errors", "no such file"))


def check_size(path: Path) -> int:
    """The file's size, or `Unreadable` for a special file, an empty or a too-large one —
    before a byte of it is read (a 20 GB file is refused at once, not after hashing it)."""
    special = special_kind(path)
    if special:
        raise Unreadable(special)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})"), reason=exc.strerror
        ) from None
    if size == 0:
        raise Unreadable(QT_TRANSLATE_NOOP("Errors", "empty file"))
    if size > MAX_BYTES:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "too large ({size:.0f} MB; the limit is {MAX_BYTES} MB)"),
            size=size / 1e6,
            MAX_BYTES=MAX_BYTES // 2**20,
        )
    return size


def read_file(
    path: Path, encoding: str | None = None, ocr_languages: str | None = None
) -> ReadResult:
    """Read a file into blocks; raises `Unreadable` with the reason a person needs.
    ``encoding`` overrides detection for text formats (text, Markdown, HTML);
    ``ocr_languages`` ("rus+kaz+eng") are the languages scanned pages are recognised in."""
    check_size(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})"), reason=exc.strerror
        ) from None
    if head.startswith(_OLE) or path.suffix.lower() in (".doc", ".wps", ".wpd"):
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "an old-style Word (.doc) file: open it in Word or LibreOffice, save "
                "it as .docx or .odt, and import that",
            )
        )
    source = Source(path, encoding, ocr_languages)
    reader = reader_for(path.suffix.lower(), head)
    if reader is None:
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise Unreadable(
                QT_TRANSLATE_NOOP("Errors", "a binary file, not a document Muragat can read")
            )
        reader = text_reader
    if reader.FORMAT in ("text", "markdown", "html"):
        data = source.data
        bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        if b"\x00" in data[:1_000_000] and not bom and not encoding:
            decoded = source.decoded  # UTF-16 without a byte-order mark decodes; binary does not
            if decoded.encoding not in ("utf-16-le", "utf-16-be"):
                raise Unreadable(
                    QT_TRANSLATE_NOOP("Errors", "a binary file, not a document Muragat can read")
                )
        if reader is text_reader and _html_start(source.decoded.text):
            from index.imports.readers import html as reader
    try:
        result = reader.read(source)
    except KnownError:
        raise
    except _damaged() as exc:  # a damaged file, not a bug: skipped with the reason
        log.info("unreadable %s file %s", reader.FORMAT, path, exc_info=True)
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "a damaged {format} file ({problem})"),
            format=_NAMES.get(reader.FORMAT, reader.FORMAT),
            problem=type(exc).__name__,
        ) from None
    if not result.blocks:
        raise Unreadable(QT_TRANSLATE_NOOP("Errors", "no text in it"))
    return result


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""Compound-file signature of Word 97–2003 (and old Excel, PowerPoint) files."""
_NAMES = {
    "docx": "Word",
    "odt": "OpenDocument",
    "rtf": "RTF",
    "html": "HTML",
    "pdf": "PDF",
    "image": "image",
}


def _damaged() -> tuple[type[BaseException], ...]:
    """What the format libraries raise on a damaged file (lxml only once a reader loaded it)."""
    from lxml import etree

    return (
        zlib.error,
        zipfile.BadZipFile,
        EOFError,
        UnicodeError,
        ValueError,
        KeyError,
        IndexError,
        etree.LxmlError,
    )


def _html_start(text: str) -> bool:
    return text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))


def document_markdown(result: ReadResult, doc_id: str) -> str:
    """The bundle's document: the title once, then each block with its readable id."""
    lines = [f"# {escape_markdown(result.title)} {{: #{doc_id} }}", ""]
    for block, ident in zip(result.blocks, block_ids(doc_id, result.blocks), strict=True):
        if block.kind == "h":
            lines += [f"## {escape_markdown(' '.join(block.text.split()))} {{: #{ident} }}", ""]
            continue
        classes = "".join(
            [
                f" .{block.role}" if block.role != "body" else "",
                f" .page-{block.page}" if block.page else "",
                " .ocr" if block.ocr else "",
                " .ocr-low" if block.ocr_low else "",
            ]
        )
        lines += [block.inline_markdown(), f"{{: #{ident}{classes} }}", ""]
    return "\n".join(lines)


def _check_document(markdown: str, doc_id: str, bundle_id: str, taken) -> Document:
    """The document parses as the archive will parse it, and its ids clash with no other's;
    returns it parsed."""
    try:
        doc = parse_document(markdown, doc_id=doc_id, bundle_id=bundle_id, path=DOCUMENT)
    except MarkdownFormatError as exc:  # pragma: no cover - a bug in document_markdown
        raise RuntimeError(f"imported document does not parse: {exc}") from exc
    for para in doc.paragraphs:
        if taken.get(para.id, bundle_id) != bundle_id:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors", "its paragraph id {id!r} is already used in the archive"
                ),
                id=para.id,
            )
    return doc


@functools.lru_cache(maxsize=1)
def _builtin_ids() -> frozenset[str]:
    from index.archive.archive import load_archive

    archive = load_archive(None)
    ids = {d.id for d in archive.documents}
    ids |= {s.id for d in archive.documents for s in d.sections}
    ids |= {p.id for p in archive.paragraphs()} | {c.id for c in archive.cases}
    return frozenset(ids)


def choose_doc_id(
    result: ReadResult, name: str, taken, own: str | None, *, opaque: bool = False
) -> str:
    """A readable document id from the title (else the file name) whose ids clash with no other
    document's; ``own`` is the bundle being replaced, whose ids are free to reuse. In a vault
    (``opaque``) the id is random: ids name folders and files, which must not repeat a title."""
    if opaque:
        while True:
            doc_id = f"doc-{secrets.token_hex(5)}"
            if all(taken.get(i, own) == own for i in [doc_id, *block_ids(doc_id, result.blocks)]):
                return doc_id
    base = slug(result.title) or slug(name) or "document"
    candidates = [base]
    if slug(name, words=2) and slug(name, words=2) != base:
        candidates.append(f"{base}-{slug(name, words=2)}")
    n = 2
    while True:
        for doc_id in candidates:
            ids = [doc_id, *block_ids(doc_id, result.blocks)]
            if all(taken.get(i, own) == own for i in ids):
                return doc_id
        candidates = [f"{base}-doc{n}"]  # "-2" would look like a paragraph of the first
        n += 1


class _Lookup:
    """A dict of what this import run added, in front of the store's answers for the rest
    (so nothing is read for the documents a run does not touch)."""

    def __init__(self, ask: Callable[[str], object | None]) -> None:
        self.added: dict[str, object] = {}
        self._ask = ask

    def get(self, key, default=None):
        if key in self.added:
            return self.added[key]
        found = self._ask(key) if key else None
        return default if found is None else found

    def __getitem__(self, key):
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __setitem__(self, key, value) -> None:
        self.added[key] = value


def import_paths(
    data_dir: Path,
    paths: Iterable[Path],
    progress: Callable[[int, int, str], None] | None = None,
    encoding: str | None = None,
    store: DocumentStore | None = None,
    ocr_languages: str | None = None,
) -> ImportReport:
    """Import every file; progress(done, total, name) may raise to cancel between files, and
    between the pages of a scan (then ``name`` is a `PageProgress`: which page of how many).

    ``encoding`` (the user's choice) replaces detection for text, Markdown and HTML files, and
    re-reads a file already imported if it was read with another encoding. ``store``: the
    user's bundles as stored (`index.archive.store`), in step with ``bundles/``; what was
    imported before and which ids are taken is asked of it, file by file. ``ocr_languages``
    ("rus+kaz+eng", the default) are the languages scans and scanned pages are read in."""
    if encoding:
        encoding = check_encoding(encoding)
    if ocr_languages:
        from index.ocr.engine import check_languages

        ocr_languages = check_languages(ocr_languages)
    report = ImportReport()
    files = list(iter_files(paths))
    state = _Known.over(store)
    state.made = report.bundles
    worker = ReaderWorker() if in_worker_available() else None
    try:
        for n, (path, skip) in enumerate(files):
            shown = safe_name(path.name)
            told = _Told(progress, n, len(files), shown) if progress else None
            check = told.check if told else None
            on_page = told.page if told else None
            if check:
                try:
                    check()
                except Cancelled:  # what is imported so far stays, and is reported
                    report.cancelled = True
                    return report
            if skip:
                report.results.append(FileResult(safe_path(path), "skipped", skip))
                continue
            try:
                report.results.append(
                    _import_one(
                        data_dir, path, state, encoding, worker, check, ocr_languages, on_page
                    )
                )
            except Cancelled:  # stopped mid-file: the worker was killed, nothing half-written
                report.cancelled = True
                return report
            except KnownError as exc:  # Unreadable among them
                report.results.append(FileResult(safe_path(path), "skipped", exc.message))
            except MemoryError:
                report.results.append(
                    FileResult(safe_path(path), "skipped", "needs more memory than allowed")
                )
            except OSError as exc:
                report.results.append(
                    FileResult(
                        safe_path(path), "skipped", f"could not be stored ({exc.strerror or exc})"
                    )
                )
    finally:
        if worker is not None:
            worker.close()
    if progress:
        try:
            progress(len(files), len(files), "done")
        except Cancelled:
            report.cancelled = True
    return report


@dataclass
class _Told:
    """The progress callback for one file: asked again and again while the file is read (a
    chance to cancel), it is told the page being recognised once there is one."""

    progress: Callable[[int, int, str], None]
    done: int
    total: int
    name: str

    def check(self) -> None:
        self.progress(self.done, self.total, self.name)

    def page(self, page: int, pages: int) -> None:
        self.name = PageProgress(str(self.name), page, pages)
        self.check()


@dataclass
class _Known:
    """What the archive already holds, kept up to date as files are imported: the store's
    answers, with this run's imports in front."""

    existing: _Lookup
    """bundle id → its manifest's ``imported`` record."""
    by_sha: _Lookup
    by_path: _Lookup
    taken: _Taken
    """Every id in use → the bundle using it ("" for the bundled archive)."""
    made: dict[str, Bundle] = field(default_factory=dict)
    """The bundles this run made (see `ImportReport.bundles`)."""

    @classmethod
    def over(cls, store: DocumentStore | None) -> _Known:
        if store is None:
            return cls(*(_Lookup(lambda key: None) for _ in range(3)), _Taken(None))
        return cls(
            _Lookup(store.imported),
            _Lookup(lambda key: store.find_import(source_sha256=key)),
            _Lookup(lambda key: store.find_import(source_path=key)),
            _Taken(store),
        )

    def claim(self, bundle_id: str, ids: Iterable[str]) -> None:
        self.taken.claim(bundle_id, ids)


class _Taken:
    """id → the bundle using it: the bundled archive's, this run's claims, then the store's
    (a bundle re-imported in this run has given up the ids it had there)."""

    def __init__(self, store: DocumentStore | None) -> None:
        self._store = store
        self._builtin = _builtin_ids()
        self._claimed: dict[str, str] = {}
        self._owned: dict[str, set[str]] = {}

    def get(self, ident: str, default: str | None = None) -> str | None:
        if ident in self._builtin:
            return ""
        if ident in self._claimed:
            return self._claimed[ident]
        if self._store is not None:
            owner = self._store.owners([ident]).get(ident)
            if owner is not None and owner not in self._owned:
                return owner
        return default

    def claim(self, bundle_id: str, ids: Iterable[str]) -> None:
        for ident in self._owned.pop(bundle_id, ()):
            if self._claimed.get(ident) == bundle_id:
                del self._claimed[ident]
        self._owned[bundle_id] = set(ids)
        self._claimed.update(dict.fromkeys(self._owned[bundle_id], bundle_id))


def _counted(result: ReadResult) -> str:
    paragraphs = sum(1 for b in result.blocks if b.kind != "h")
    sections = len(result.blocks) - paragraphs
    return f"{paragraphs} paragraph(s)" + (f", {sections} section(s)" if sections else "")


def _report_notes(result: ReadResult) -> list[str]:
    notes = list(result.notes)
    if result.confidence is not None and result.confidence < LOW_CONFIDENCE:
        notes.insert(
            0,
            f"the encoding is a guess: {result.encoding} (confidence {result.confidence:.2f}); "
            "if the text reads wrong, import it again with --encoding",
        )
    return notes


def _import_one(
    data_dir: Path,
    path: Path,
    known: _Known,
    encoding: str | None,
    worker: ReaderWorker | None = None,
    check: Callable[[], None] | None = None,
    ocr_languages: str | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> FileResult:
    check_size(path)  # before hashing: a 20 GB file is refused at once
    refuse_notes_export(path)
    source_sha = sha256_file(path)
    same = known.by_sha.get(source_sha)
    if same and (not encoding or known.existing[same].get("encoding") in (encoding, None)):
        rec = known.existing[same]
        return FileResult(
            safe_path(path),
            "unchanged",
            "already in the archive",
            same,
            rec.get("title"),
            rec.get("format"),
            rec.get("encoding"),
            rec.get("encoding_confidence"),
        )
    # Read in a worker process under time and memory limits, cancellable mid-file (mid-page).
    if worker is not None:
        result = worker.read(path, encoding, check, ocr_languages, on_page)
    else:
        with page_hook(on_page):
            result = read_file(path, encoding, ocr_languages)
    result = bound_blocks(result)
    result.title = " ".join(safe_name(result.title).split()) or safe_name(path.stem)
    source_path = safe_path(path.resolve())
    previous = same or known.by_path.get(source_path)
    version = known.existing[previous].get("version", 1) + 1 if previous else 1
    doc_id = (
        previous[len("mine-") :]
        if previous
        else choose_doc_id(result, path.stem, known.taken, None, opaque=vault_open(data_dir))
    )
    bundle_id = f"mine-{doc_id}"
    root = user_bundles(data_dir)
    tmp = _fresh_tmp(root, bundle_id, data_dir)
    try:
        markdown = document_markdown(result, doc_id)
        document = _check_document(markdown, doc_id, bundle_id, known.taken)
        write_text_atomic(tmp / DOCUMENT, markdown, sync_folder=False)
        suffix = path.suffix.lower()
        suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ".bin"
        copy_atomic(path, tmp / f"source{suffix}", sync_folder=False)
        fsync_folder(tmp)  # the files' names are durable before the manifest seals them
        imported = {
            "original_name": safe_name(path.name),
            "source_path": source_path,
            "source_sha256": source_sha,
            "imported": datetime.now(UTC).isoformat(timespec="seconds"),
            "encoding": result.encoding,
            "encoding_confidence": result.confidence,
            "encoding_detail": result.encoding_detail or None,
            "format": result.format,
            "notes": _report_notes(result),
            "language": result.language,
            "title": result.title,
            "version": version,
        }
        if result.ocr_pages:
            imported["ocr"] = ocr_record(result)
        sealed = seal(
            tmp,
            {
                "format": "muragat-bundle/1",
                "id": bundle_id,
                "title": result.title,
                "publisher": "Imported by the user",
                "edition": f"Version {version}, imported {imported['imported'][:10]}",
                "language": result.language,
                "rights": "The user's own material; rights as the source states.",
                "attribution": safe_name(path.name),
                "documents": [{"id": doc_id, "file": DOCUMENT}],
                "imported": imported,
            },
        )
        final = root / folder_name(data_dir, bundle_id)
        _install(tmp, final)
        made = _made(final, sealed.name, document)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    known.by_sha[source_sha] = bundle_id
    known.by_path[source_path] = bundle_id
    known.existing[bundle_id] = imported
    known.claim(bundle_id, [doc_id, *block_ids(doc_id, result.blocks)])
    known.made[bundle_id] = made
    return FileResult(
        safe_path(path),
        "updated" if previous else "added",
        f"version {version}" if previous else _counted(result),
        bundle_id,
        result.title,
        result.format,
        result.encoding,
        result.confidence,
        imported["notes"],
    )


def ocr_record(result: ReadResult) -> dict:
    """The manifest's account of the recognised pages: engine, languages, threshold, and each
    page's confidence, detected language, rotation and skew."""
    from index.ocr.engine import LOW_CONFIDENCE as THRESHOLD
    from index.ocr.engine import version as engine_version

    return {
        "engine": engine_version(),
        "languages": result.ocr_languages,
        "threshold": int(THRESHOLD) if float(THRESHOLD).is_integer() else THRESHOLD,
        "pages": [
            {
                "page": p.page,
                "confidence": round(p.confidence, 1),
                "language": p.language,
                "rotation": p.rotation,
                "skew": round(p.skew, 2) + 0.0,  # never -0.0
            }
            for p in result.ocr_pages
        ],
    }


def _made(folder: Path, manifest_name: str, document: Document) -> Bundle:
    """The bundle just sealed and put in place, as loading it would give (its manifest read
    back: a few hundred bytes; the document as parsed for the check)."""
    from index.archive.bundle import read_manifest
    from index.archive.signing import Provenance

    manifest = read_manifest(folder)
    assert manifest_name == MANIFEST
    now = datetime.now(UTC).isoformat(timespec="seconds")
    yours = Provenance("yours", None, None, now)
    return Bundle(manifest, str(folder), (document,), (), False, yours)


def remove_document(data_dir: Path, bundle_id: str) -> None:
    folder = user_bundles(data_dir) / folder_name(data_dir, bundle_id)
    if not bundle_id.startswith("mine-") or not (folder / MANIFEST).is_file():
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "no imported document {bundle_id!r}"), bundle_id=bundle_id
        )
    gone = folder.with_name(f"{DELETED_PREFIX}{bundle_id}")  # one rename: gone whole, at once
    shutil.rmtree(gone, ignore_errors=True)
    folder.rename(gone)
    fsync_folder(folder.parent)
    shutil.rmtree(gone, ignore_errors=True)


def retitle_document(data_dir: Path, bundle_id: str, title: str) -> None:
    """Change an imported document's title. The new bundle (document and manifest) is made
    beside the old one and swapped in whole: a crash leaves the old title or the new one,
    never a document that disagrees with its checksums."""
    root = user_bundles(data_dir)
    folder = root / folder_name(data_dir, bundle_id)
    manifest_path = folder / MANIFEST
    if not bundle_id.startswith("mine-") or not manifest_path.is_file():
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "no imported document {bundle_id!r}"), bundle_id=bundle_id
        )
    title = " ".join(title.split())
    if not title:
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "a title cannot be empty"))
    manifest = json.loads(read_data(manifest_path).decode("utf-8"))
    lines = read_data(folder / DOCUMENT).decode("utf-8").split("\n")
    doc_id = manifest["documents"][0]["id"]
    lines[0] = f"# {escape_markdown(title)} {{: #{doc_id} }}"
    manifest["title"] = title
    manifest["imported"]["title"] = title
    tmp = _fresh_tmp(root, bundle_id, data_dir)
    try:
        for item in sorted(folder.iterdir()):
            if item.is_file() and item.name not in (MANIFEST, DOCUMENT):
                copy_atomic(item, tmp / item.name, sync_folder=False)
        write_text_atomic(tmp / DOCUMENT, "\n".join(lines), sync_folder=False)
        fsync_folder(tmp)  # the files' names are durable before the manifest seals them
        seal(tmp, manifest)  # the manifest is written last: a sealed folder is a whole one
        _install(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# -- putting a finished bundle folder in place -------------------------------------------------

TMP_PREFIX, OLD_PREFIX, DELETED_PREFIX = ".tmp-", ".old-", ".del-"


def folder_name(data_dir: Path, bundle_id: str) -> str:
    """The folder of an imported bundle: its id, or in an open vault a keyed hash of it
    (`index.vault.sealed.folder_name`), so folder names say nothing of the documents."""
    from index.vault.sealed import folder_name as sealed_name
    from index.vault.session import key_for

    key = key_for(data_dir)
    return sealed_name(key, bundle_id) if key is not None else bundle_id


def vault_open(data_dir: Path) -> bool:
    from index.vault.session import key_for

    return key_for(data_dir) is not None


def _fresh_tmp(root: Path, bundle_id: str, data_dir: Path) -> Path:
    tmp = root / f"{TMP_PREFIX}{folder_name(data_dir, bundle_id)}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    return tmp


def _install(tmp: Path, final: Path) -> None:
    """Swap a finished (sealed) bundle folder in for ``final``. Two renames: a crash between
    them leaves ``.old-<id>`` and ``.tmp-<id>``, which `recover_interrupted` sorts out.
    ``tmp`` is durable already: `seal` wrote its manifest last, with a fsync of the folder."""
    if final.exists():
        old = final.with_name(f"{OLD_PREFIX}{final.name}")
        shutil.rmtree(old, ignore_errors=True)
        final.rename(old)
        tmp.rename(final)
        fsync_folder(final.parent)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(final)
        fsync_folder(final.parent)


def recover_interrupted(data_dir: Path) -> list[str]:
    """Finish or undo bundle swaps a crash interrupted; say what was done. A ``.tmp-`` folder
    with a manifest is complete (the manifest is written last) and goes in; otherwise the old
    folder comes back. Unfinished ``.tmp-`` folders are removed."""
    root = user_bundles(data_dir)
    done: list[str] = []
    if not root.is_dir():
        return done
    for old in sorted(root.glob(f"{OLD_PREFIX}*")):
        name = old.name[len(OLD_PREFIX) :]
        final, tmp = root / name, root / f"{TMP_PREFIX}{name}"
        if not final.exists():
            if (tmp / MANIFEST).is_file():
                tmp.rename(final)
                done.append(f"{name}: finished an interrupted update")
            else:
                old.rename(final)
                done.append(f"{name}: kept the version from before an interrupted update")
                continue
        shutil.rmtree(old, ignore_errors=True)
    for leftover in [*root.glob(f"{TMP_PREFIX}*"), *root.glob(f"{DELETED_PREFIX}*")]:
        shutil.rmtree(leftover, ignore_errors=True)
    if done:
        fsync_folder(root)
        for line in done:
            log.warning("imported documents: %s", line)
    return done
