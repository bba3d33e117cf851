"""Load one bundle folder: manifest, checksums, documents, case records, cross-references.

A bundle is rejected whole when anything in it is wrong, with a `BundleError` naming the file and
the problem; the archive then opens with the bundles that are valid.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.archive.cases import parse_cases
from index.archive.markdown_doc import MarkdownFormatError, parse_document
from index.archive.model import Bundle, Manifest
from index.archive.schema import SchemaError, load_schema, validate
from index.archive.signing import SIGNATURE, Key, Provenance, check_signature, muragat_key
from index.errors import QT_TRANSLATE_NOOP, BundleError
from index.fileio import read_data, write_atomic
from index.vault.sealed import MAGIC as SEALED_MAGIC
from index.vault.sealed import opened

if TYPE_CHECKING:
    from index.archive.editions import EditionsSeen

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
MANIFEST_SCHEMA = "bundle-manifest.schema.json"
_SHA_RE_LEN = 64


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file's content: of its clear bytes when the vault sealed it, so a
    manifest's checksums (and an edition's signature) hold whether the vault is on or off."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        head = fh.read(len(SEALED_MAGIC))
        if head == SEALED_MAGIC:  # sealed whole: opened in memory, then hashed
            return hashlib.sha256(opened(path, head + fh.read())).hexdigest()
        digest.update(head)
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _read_json(bundle: str, path: Path) -> Any:
    try:
        return json.loads(read_data(path).decode("utf-8"))
    except FileNotFoundError:
        raise BundleError(bundle, path.name, QT_TRANSLATE_NOOP("Errors", "missing")) from None
    except UnicodeDecodeError:
        raise BundleError(
            bundle, path.name, QT_TRANSLATE_NOOP("Errors", "not UTF-8 text")
        ) from None
    except json.JSONDecodeError as exc:
        raise BundleError(
            bundle,
            path.name,
            QT_TRANSLATE_NOOP("Errors", "malformed JSON (line {lineno}, column {colno}: {msg})"),
            lineno=exc.lineno,
            colno=exc.colno,
            msg=exc.msg,
        ) from None
    except OSError as exc:
        raise BundleError(
            bundle,
            path.name,
            QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})"),
            reason=exc.strerror or exc,
        ) from None


def _schema_error(bundle: str, file: str, exc: SchemaError) -> BundleError:
    """A file that breaks its schema, at the JSON path the validator names."""
    return BundleError(
        bundle,
        file,
        QT_TRANSLATE_NOOP("Errors", "does not follow its schema: {reason}"),
        reason=str(exc),
    )


def read_manifest(folder: Path) -> Manifest:
    """Read and validate ``manifest.json`` (checksums are checked separately)."""
    return _manifest(folder, _read_json(folder.name, folder / MANIFEST))


def _manifest(folder: Path, raw: Any) -> Manifest:
    name = folder.name
    try:
        validate(raw, load_schema(MANIFEST_SCHEMA))
    except SchemaError as exc:
        raise _schema_error(name, MANIFEST, exc) from None
    for file, digest in raw["files"].items():
        bad_name = "/" in file or "\\" in file or file in ("", ".", "..", MANIFEST)
        if bad_name or not isinstance(digest, str) or len(digest) != _SHA_RE_LEN:
            raise BundleError(
                name, MANIFEST, QT_TRANSLATE_NOOP("Errors", "files: bad entry {file!r}"), file=file
            )
    return Manifest.from_raw(raw, sha256_file(folder / MANIFEST))


def _what_changed(manifest: Manifest, file: str, signed: bool) -> str:
    """A plain account of a checksum mismatch: which kind of content, against what."""
    if file == manifest.cases:
        if signed:
            return QT_TRANSLATE_NOOP(
                "Errors",
                "the case records differ from the signed edition (a record added, removed or "
                "edited): checksum mismatch (manifest says {expected}…, file is {found}…)",
            )
        return QT_TRANSLATE_NOOP(
            "Errors",
            "the case records differ from its manifest (a record added, removed or edited): "
            "checksum mismatch (manifest says {expected}…, file is {found}…)",
        )
    if any(d["file"] == file for d in manifest.documents):
        if signed:
            return QT_TRANSLATE_NOOP(
                "Errors",
                "the text differs from the signed edition: checksum mismatch "
                "(manifest says {expected}…, file is {found}…)",
            )
        return QT_TRANSLATE_NOOP(
            "Errors",
            "the text differs from its manifest: checksum mismatch "
            "(manifest says {expected}…, file is {found}…)",
        )
    if signed:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "the file differs from the signed edition: checksum mismatch "
            "(manifest says {expected}…, file is {found}…)",
        )
    return QT_TRANSLATE_NOOP(
        "Errors",
        "the file differs from its manifest: checksum mismatch "
        "(manifest says {expected}…, file is {found}…)",
    )


def check_files(folder: Path, manifest: Manifest, signed: bool = False) -> list[BundleError]:
    """Every problem with the bundle's files: missing, altered, or not listed."""
    problems = []
    for file, expected in sorted(manifest.files.items()):
        path = folder / file
        if not path.is_file():
            problems.append(BundleError(manifest.id, file, QT_TRANSLATE_NOOP("Errors", "missing")))
            continue
        try:
            found = sha256_file(path)
        except OSError as exc:
            problems.append(
                BundleError(
                    manifest.id,
                    file,
                    QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})"),
                    reason=exc.strerror or exc,
                )
            )
            continue
        if found != expected.lower():
            problems.append(
                BundleError(
                    manifest.id,
                    file,
                    _what_changed(manifest, file, signed),
                    expected=expected[:12],
                    found=found[:12],
                )
            )
    for path in sorted(folder.iterdir()):
        if path.name not in manifest.files and path.name not in (MANIFEST, SIGNATURE):
            problems.append(
                BundleError(
                    manifest.id,
                    path.name,
                    QT_TRANSLATE_NOOP("Errors", "not listed in the manifest"),
                )
            )
    referenced = [d["file"] for d in manifest.documents] + (
        [manifest.cases] if manifest.cases else []
    )
    for file in referenced:
        if file not in manifest.files:
            problems.append(
                BundleError(
                    manifest.id,
                    file,
                    QT_TRANSLATE_NOOP("Errors", "has no checksum in the manifest"),
                )
            )
    return problems


def verify_bundle(
    folder: Path,
    keys: list[Key] | None = None,
    *,
    builtin: bool = False,
    seen: EditionsSeen | None = None,
) -> tuple[Manifest, Provenance]:
    """Check the signature over the manifest, then every file against the manifest.

    ``keys``: the keys to accept (default: the Muragat editions key only). Raises the first
    `BundleError`: the signature is checked first, so a re-hashed manifest is caught even though
    its checksums match the edited files. ``seen``: the editions this data folder has seen; a
    signed edition older than the newest of its bundle and key is refused
    (`index.archive.editions`).
    """
    raw = _read_json(folder.name, folder / MANIFEST)
    manifest = _manifest(folder, raw)
    provenance = check_signature(folder, raw, keys or [muragat_key()], builtin=builtin)
    problems = check_files(folder, manifest, signed=provenance.status == "verified")
    if problems:
        raise problems[0]
    if seen is not None:
        seen.check(manifest, provenance, folder)
    return manifest, provenance


def load_bundle(
    folder: Path,
    *,
    builtin: bool = False,
    keys: list[Key] | None = None,
    seen: EditionsSeen | None = None,
) -> Bundle:
    """Load and verify a bundle folder, or raise the first `BundleError` found."""
    manifest, provenance = verify_bundle(folder, keys, builtin=builtin, seen=seen)
    documents = []
    for entry in manifest.documents:
        file = entry["file"]
        try:
            source = read_data(folder / file).decode("utf-8")
            documents.append(
                parse_document(source, doc_id=entry["id"], bundle_id=manifest.id, path=file)
            )
        except UnicodeDecodeError:
            raise BundleError(
                manifest.id, file, QT_TRANSLATE_NOOP("Errors", "not UTF-8 text")
            ) from None
        except MarkdownFormatError as exc:
            raise BundleError(
                manifest.id,
                file,
                QT_TRANSLATE_NOOP("Errors", "malformed Markdown: {reason}"),
                reason=exc,
            ) from None
    cases = ()
    if manifest.cases:
        data = _read_json(manifest.id, folder / manifest.cases)
        try:
            cases = parse_cases(data, manifest.id)
        except SchemaError as exc:
            raise _schema_error(manifest.id, manifest.cases, exc) from None
    bundle = Bundle(manifest, str(folder), tuple(documents), cases, builtin, provenance)
    _check_references(bundle)
    return bundle


def _check_references(bundle: Bundle) -> None:
    """Paragraph and record ids are unique within the bundle; every citation resolves."""
    owners: dict[str, str] = {}
    for doc in bundle.documents:
        for para in doc.paragraphs:
            if para.id in owners:
                raise BundleError(
                    bundle.id,
                    doc.path,
                    QT_TRANSLATE_NOOP("Errors", "duplicate id {id!r}"),
                    id=para.id,
                )
            owners[para.id] = doc.path
    paragraphs = set(owners)
    sections = {s.id for d in bundle.documents for s in d.sections}
    file = bundle.manifest.cases or "cases"
    for record in bundle.cases:
        if record.id in owners:
            raise BundleError(
                bundle.id, file, QT_TRANSLATE_NOOP("Errors", "duplicate id {id!r}"), id=record.id
            )
        owners[record.id] = file
        if record.section not in sections:
            raise BundleError(
                bundle.id,
                file,
                QT_TRANSLATE_NOOP("Errors", "{id}: unknown section {section!r}"),
                id=record.id,
                section=record.section,
            )
        for source in record.all_sources():
            if source not in paragraphs:
                raise BundleError(
                    bundle.id,
                    file,
                    QT_TRANSLATE_NOOP("Errors", "{id}: cites unknown paragraph {source!r}"),
                    id=record.id,
                    source=source,
                )


def seal(folder: Path, manifest: dict[str, Any]) -> Path:
    """Write ``manifest.json`` with the SHA-256 of every other file in ``folder``.

    Used when a bundle is made (an import) or its files are edited on purpose by a maintainer.
    The write goes through `write_atomic` (fsync of file and folder): a killed process leaves
    the old manifest or the new one, never half.
    """
    files = {
        p.name: sha256_file(p)
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != MANIFEST
    }
    data = {**manifest, "files": files}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return write_atomic(folder / MANIFEST, text.encode("utf-8"))
