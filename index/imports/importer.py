"""Import files and folders as bundles in the user's archive, one file at a time.

Each document becomes ``<data>/bundles/<id>/``: ``document.md`` (paragraphs with stable ids,
page numbers for PDFs), a copy of the original, and a sealed ``manifest.json`` (original name
and path, SHA-256, import date, encoding, language, title, version). The same file again is a
no-op; a changed file at the same path becomes a new version of the same document, so its notes
re-anchor. A bad file is skipped with its reason and never stops the others; a bundle is written
to a temporary folder and renamed into place, so nothing half-written ever joins the archive.
Reading is bounded (`index.imports.limits`): special files and looping links are refused
unopened, the size is checked before anything is read or hashed, and each file is read in a
worker process under time and memory limits that a cancel stops mid-file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from index.archive.archive import USER_BUNDLES
from index.archive.bundle import MANIFEST, seal, sha256_file
from index.archive.markdown_doc import slugify
from index.errors import Cancelled, KnownError
from index.fileio import copy_atomic, fsync_folder, write_text_atomic
from index.imports.limits import (
    ReaderWorker,
    bound_blocks,
    escape_raw_html,
    in_worker_available,
    safe_name,
    safe_path,
    special_kind,
    split_single_breaks,
)
from index.imports.readers import (
    ReadResult,
    Unreadable,
    decode_text,
    read_html,
    read_markdown,
    read_pdf,
    split_paragraphs,
)

log = logging.getLogger(__name__)

MAX_BYTES = 200 * 1024 * 1024
SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
}
DOCUMENT = "document.md"
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#+-!|&"})


@dataclass
class FileResult:
    path: str
    status: str  # added, updated, unchanged, skipped
    message: str = ""
    bundle_id: str | None = None
    title: str | None = None


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

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
            yield given, "no such file"


def escape_markdown(text: str) -> str:
    """Plain text to Markdown that renders back to exactly that text."""
    return text.translate(_MD_SPECIAL)


def check_size(path: Path) -> int:
    """The file's size, or `Unreadable` for a special file, an empty or a too-large one —
    before a byte of it is read (a 20 GB file is refused at once, not after hashing it)."""
    special = special_kind(path)
    if special:
        raise Unreadable(special)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Unreadable(f"unreadable ({exc.strerror})") from None
    if size == 0:
        raise Unreadable("empty file")
    if size > MAX_BYTES:
        raise Unreadable(f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    return size


def read_file(path: Path) -> tuple[ReadResult, bytes | None]:
    """Read a file into blocks; raises `Unreadable` with the reason a person needs."""
    check_size(path)
    kind = SUFFIXES.get(path.suffix.lower())
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise Unreadable(f"unreadable ({exc.strerror})") from None
    if head.startswith(b"%PDF"):
        kind = "pdf"
    if kind == "pdf":
        return read_pdf(path, path.stem), None
    if kind is None and b"\x00" in head:
        raise Unreadable("a binary file, not a document Muragat can read")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Unreadable(f"unreadable ({exc.strerror})") from None
    if b"\x00" in data[:1_000_000] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Unreadable("a binary file, not a document Muragat can read")
    text, encoding = decode_text(data)
    if kind is None and text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    if kind == "html":
        result = read_html(text, path.stem)
    elif kind == "markdown":
        result = read_markdown(text, path.stem)
    else:
        result = ReadResult(path.stem, split_paragraphs(split_single_breaks(text)))
    result.encoding = encoding
    if not result.blocks:
        raise Unreadable("no text in it")
    return result, data


def document_markdown(result: ReadResult, doc_id: str) -> str:
    lines = [f"# {escape_markdown(result.title)} {{: #{doc_id} }}", ""]
    p = s = 0
    for block in result.blocks:
        if block.kind == "h":
            s += 1
            lines += [f"## {escape_markdown(block.text)} {{: #{doc_id}-s{s} }}", ""]
            continue
        p += 1
        body = (
            escape_raw_html(block.text)
            if result.format == "markdown"
            else escape_markdown(block.text)
        )
        page = f" .page-{block.page}" if block.page else ""
        lines += [body, f"{{: #{doc_id}-p{p}{page} }}", ""]
    return "\n".join(lines)


def _existing(data_dir: Path) -> dict[str, dict]:
    """bundle id → its manifest's ``imported`` record, for every imported document."""
    out = {}
    folder = user_bundles(data_dir)
    for manifest in sorted(folder.glob(f"*/{MANIFEST}")) if folder.is_dir() else ():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            out[data["id"]] = data.get("imported", {})
        except (OSError, ValueError, KeyError):
            log.warning("unreadable manifest %s", manifest)
    return out


def import_paths(
    data_dir: Path, paths: Iterable[Path], progress: Callable[[int, int, str], None] | None = None
) -> ImportReport:
    """Import every file; progress(done, total, name) may raise to cancel between files."""
    report = ImportReport()
    files = list(iter_files(paths))
    existing = _existing(data_dir)
    by_sha = {rec.get("source_sha256"): bid for bid, rec in existing.items()}
    by_path = {rec.get("source_path"): bid for bid, rec in existing.items()}
    worker = ReaderWorker() if in_worker_available() else None
    try:
        for n, (path, skip) in enumerate(files):
            shown = safe_name(path.name)
            check = (lambda n=n, shown=shown: progress(n, len(files), shown)) if progress else None
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
                    _import_one(data_dir, path, by_sha, by_path, existing, worker, check)
                )
            except Cancelled:  # stopped mid-file: the worker was killed, nothing half-written
                report.cancelled = True
                return report
            except KnownError as exc:  # Unreadable among them
                report.results.append(FileResult(safe_path(path), "skipped", str(exc)))
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


def _import_one(
    data_dir: Path,
    path: Path,
    by_sha: dict,
    by_path: dict,
    existing: dict,
    worker: ReaderWorker | None = None,
    check: Callable[[], None] | None = None,
) -> FileResult:
    check_size(path)
    source_sha = sha256_file(path)
    if source_sha in by_sha:
        bid = by_sha[source_sha]
        return FileResult(
            safe_path(path), "unchanged", "already in the archive", bid, existing[bid].get("title")
        )
    result = worker.read(path, check) if worker is not None else read_file(path)[0]
    result = bound_blocks(result)
    result.title = " ".join(safe_name(result.title).split()) or safe_name(path.stem)
    source_path = safe_path(path.resolve())
    previous = by_path.get(source_path)
    version = existing[previous].get("version", 1) + 1 if previous else 1
    doc_id = (
        previous[len("mine-") :]
        if previous
        else (
            f"{slugify(result.title)[:40].strip('-')}-"
            f"{hashlib.sha256(source_path.encode()).hexdigest()[:6]}"
        )
    )
    bundle_id = f"mine-{doc_id}"
    root = user_bundles(data_dir)
    tmp = _fresh_tmp(root, bundle_id)
    try:
        write_text_atomic(tmp / DOCUMENT, document_markdown(result, doc_id))
        suffix = path.suffix.lower()
        suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ".bin"
        copy_atomic(path, tmp / f"source{suffix}")
        imported = {
            "original_name": safe_name(path.name),
            "source_path": source_path,
            "source_sha256": source_sha,
            "imported": datetime.now(UTC).isoformat(timespec="seconds"),
            "encoding": result.encoding if result.format != "pdf" else None,
            "format": result.format,
            "language": result.language,
            "title": result.title,
            "version": version,
        }
        seal(
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
        _install(tmp, root / bundle_id)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    by_sha[source_sha] = bundle_id
    by_path[source_path] = bundle_id
    existing[bundle_id] = imported
    return FileResult(
        safe_path(path),
        "updated" if previous else "added",
        f"version {version}" if previous else f"{len(result.blocks)} blocks",
        bundle_id,
        result.title,
    )


def remove_document(data_dir: Path, bundle_id: str) -> None:
    folder = user_bundles(data_dir) / bundle_id
    if not bundle_id.startswith("mine-") or not (folder / MANIFEST).is_file():
        raise KnownError(f"no imported document {bundle_id!r}")
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
    folder = root / bundle_id
    manifest_path = folder / MANIFEST
    if not bundle_id.startswith("mine-") or not manifest_path.is_file():
        raise KnownError(f"no imported document {bundle_id!r}")
    title = " ".join(title.split())
    if not title:
        raise KnownError("a title cannot be empty")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    lines = (folder / DOCUMENT).read_text(encoding="utf-8").split("\n")
    doc_id = manifest["documents"][0]["id"]
    lines[0] = f"# {escape_markdown(title)} {{: #{doc_id} }}"
    manifest["title"] = title
    manifest["imported"]["title"] = title
    tmp = _fresh_tmp(root, bundle_id)
    try:
        for item in sorted(folder.iterdir()):
            if item.is_file() and item.name not in (MANIFEST, DOCUMENT):
                copy_atomic(item, tmp / item.name)
        write_text_atomic(tmp / DOCUMENT, "\n".join(lines))
        seal(tmp, manifest)  # the manifest is written last: a sealed folder is a whole one
        _install(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# -- putting a finished bundle folder in place -------------------------------------------------

TMP_PREFIX, OLD_PREFIX, DELETED_PREFIX = ".tmp-", ".old-", ".del-"


def _fresh_tmp(root: Path, bundle_id: str) -> Path:
    tmp = root / f"{TMP_PREFIX}{bundle_id}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    return tmp


def _install(tmp: Path, final: Path) -> None:
    """Swap a finished (sealed) bundle folder in for ``final``. Two renames: a crash between
    them leaves ``.old-<id>`` and ``.tmp-<id>``, which `recover_interrupted` sorts out."""
    fsync_folder(tmp)
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
