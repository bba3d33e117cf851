"""Signed editions: ``muragat verify``, ``muragat bundle keygen|sign|verify``, ``muragat trust``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli_language import say, tr
from app.output import echo, error, print_json
from index.archive.archive import (
    Verified,
    bundle_folders,
    check_stored,
    known_keys,
    verify_folders,
)
from index.archive.bundle import MANIFEST, check_files, read_manifest, seal
from index.archive.editions import EditionsSeen
from index.archive.signing import (
    MAX_SIGNATURE_BYTES,
    SIGNATURE,
    Key,
    generate_keys,
    muragat_key,
    read_public_key,
    sign_manifest,
    trusted_keys,
)
from index.changes import AcceptOlderEdition, SetKeyTrust
from index.core import Core
from index.errors import QT_TRANSLATE_NOOP, KnownError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "verify",
        help="every check loading makes (signature, SHA-256 of every file, schemas, references), "
        "on every bundle",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)

    bundle = sub.add_parser("bundle", help="editors' tools: make keys, sign and verify editions")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser("keygen", help="make a new minisign key pair (NAME.key and NAME.pub)")
    p.add_argument("name", metavar="NAME", help="path without suffix, e.g. ~/keys/my-editions")
    p.add_argument("--comment", default="Muragat editions key", help="shown with the key")
    p.set_defaults(handler=cmd_keygen)
    p = bsub.add_parser("sign", help="sign a bundle folder's manifest.json with a secret key")
    p.add_argument("folder", type=Path)
    p.add_argument("--key", type=Path, required=True, help="minisign secret key file")
    p.add_argument(
        "--rehash",
        action="store_true",
        help="first write the SHA-256 of every file into the manifest (after editing files)",
    )
    p.add_argument(
        "--edition",
        type=int,
        metavar="N",
        help="write edition number N (1, 2, 3…) into the manifest before signing; it must be "
        "above the one this key last signed in the folder (default: the manifest's own)",
    )
    p.set_defaults(handler=cmd_sign)
    p = bsub.add_parser("verify", help="verify bundle folders (e.g. on a USB stick) by path")
    p.add_argument("folders", nargs="+", type=Path, metavar="FOLDER")
    p.add_argument("--key", type=Path, help="accept this public key too (just for this check)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_bundle_verify)

    trust = sub.add_parser("trust", help="trust or stop trusting a colleague's editions key")
    tsub = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = tsub.add_parser("add", help="trust a minisign public key (.pub) for bundles it signs")
    p.add_argument("key", type=Path, metavar="KEY.pub")
    p.add_argument("--name", help="whose key it is (default: the file name)")
    p.add_argument("--yes", action="store_true", help="do not ask to confirm the fingerprint")
    p.set_defaults(handler=cmd_trust_add)
    p = tsub.add_parser("remove", help="stop trusting a key (by key ID, fingerprint or name)")
    p.add_argument("key", metavar="KEY")
    p.set_defaults(handler=cmd_trust_remove)
    p = tsub.add_parser(
        "accept-older-edition",
        help="open a signed edition older than the newest one seen of it (recorded, with the date)",
    )
    p.add_argument("folder", type=Path, metavar="FOLDER", help="the refused bundle's folder")
    p.set_defaults(handler=cmd_accept_older)
    p = tsub.add_parser("list", help="the Muragat editions key and the keys you trust")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_trust_list)


def key_json(key: Key) -> dict:
    return {
        "name": key.name,
        "key_id": key.key_id,
        "fingerprint": key.fingerprint,
        "public_key": key.public_key,
        "builtin": key.builtin,
        "added": key.added,
    }


def result_json(r: Verified) -> dict:
    p = r.provenance
    return {
        "bundle": r.bundle_id,
        "folder": str(r.folder),
        "ok": r.problem is None,
        "files_checked": r.files,
        "status": p.status if p else "refused",
        "signed_by": key_json(p.key) if p and p.key else None,
        "signed": p.signed if p else None,
        "edition_number": r.edition_number,
        "verified_at": p.verified_at if p else None,
        "problem": ({"file": r.problem.file, "problem": r.problem.problem} if r.problem else None),
    }


def print_results(results: list[Verified], as_json: bool) -> int:
    failed = [r for r in results if r.problem]
    if as_json:
        print_json(
            {
                "bundles": len(results),
                "ok": not failed,
                "files_checked": sum(r.files for r in results),
                "results": [result_json(r) for r in results],
            }
        )
        return 1 if failed else 0
    for r in results:
        p = r.provenance
        if r.problem:
            error(tr("REFUSED %1").replace("%1", say(r.problem)))
        elif p and p.status == "yours":
            echo(
                tr("%1: yours (imported by you, unsigned); %n file(s) match", "", r.files).replace(
                    "%1", r.bundle_id
                )
            )
        elif p and p.key:
            signed = tr(", signed %1").replace("%1", p.signed) if p.signed else ""
            echo(
                tr("%1: verified — signed by the %2 (key ID %3, fingerprint %4)")
                .replace("%1", r.bundle_id)
                .replace("%2", p.key.name)
                .replace("%3", p.key.key_id)
                .replace("%4", p.key.fingerprint)
                + signed
                + tr("; %n file(s) match", "", r.files)
            )
    if failed:
        echo(tr("%1 of %n bundle(s) refused", "", len(results)).replace("%1", str(len(failed))))
        return 1
    echo(tr("OK: %n bundle(s) verified", "", len(results)))
    return 0


def cmd_verify(core: Core, args: argparse.Namespace) -> int:
    """Every bundle the app loads: the bundled archive and those in the data folder."""
    keys = known_keys(core.data_dir)
    seen = EditionsSeen.read(core.data_dir)
    results = verify_folders(bundle_folders(core.data_dir), keys, seen)
    check_stored(core.archive, results, keys)
    return print_results(results, args.json)


def cmd_bundle_verify(core: Core, args: argparse.Namespace) -> int:
    keys = known_keys(core.data_dir)
    if args.key:
        keys.append(read_public_key(args.key))
    seen = EditionsSeen.read(core.data_dir)  # an edition older than one seen is refused here too
    results = verify_folders([(f.resolve(), False) for f in args.folders], keys, seen)
    return print_results(results, args.json)


def cmd_keygen(core: Core, args: argparse.Namespace) -> int:
    base = Path(args.name).expanduser()
    secret, public = base.with_name(base.name + ".key"), base.with_name(base.name + ".pub")
    key = generate_keys(secret, public, args.comment)
    echo(f"secret key: {secret} (keep it private; never put it in a repository)")
    echo(f"public key: {public}")
    echo(f"key ID {key.key_id}, fingerprint {key.fingerprint}")
    echo(f"verify with: minisign -Vm manifest.json -P {key.public_key}")
    return 0


def cmd_sign(core: Core, args: argparse.Namespace) -> int:
    folder = args.folder
    if not (folder / MANIFEST).is_file():
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "{folder}: no {MANIFEST}: not a bundle folder"),
            folder=folder,
            MANIFEST=MANIFEST,
        )
    if args.edition is not None and args.edition < 1:
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "an edition number is 1 or more"))
    try:
        previous = (folder / SIGNATURE).read_bytes()[:MAX_SIGNATURE_BYTES]
    except OSError:
        previous = None
    if args.rehash:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        raw.pop("files", None)
        (folder / SIGNATURE).unlink(missing_ok=True)
        seal(folder, raw)
    manifest = read_manifest(folder)
    problems = check_files(folder, manifest)
    if problems:
        for p in problems:
            error(say(p))
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors", "not signing: the files do not match the manifest (use --rehash)"
            )
        )
    path, key = sign_manifest(
        folder, args.key, f"bundle:{manifest.id}", edition=args.edition, previous=previous
    )
    number = read_manifest(folder).edition_number
    if number is not None:
        echo(f"edition {number} of {manifest.id}")
    echo(f"signed {folder / MANIFEST} → {path}")
    echo(f"key ID {key.key_id}, fingerprint {key.fingerprint}")
    echo(f"check with: minisign -Vm {folder / MANIFEST} -P {key.public_key}")
    return 0


def cmd_trust_add(core: Core, args: argparse.Namespace) -> int:
    key = read_public_key(args.key, args.name)
    echo(
        tr("Key: %1\nKey ID: %2\nFingerprint: %3")
        .replace("%1", key.name)
        .replace("%2", key.key_id)
        .replace("%3", key.fingerprint)
    )
    if not args.yes:
        echo(
            tr("Compare the fingerprint with its owner (in person or by phone). Trust it? [y/N] ")
        )
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes"):
            echo(tr("Not trusted."))
            return 1
    core.apply(SetKeyTrust(key=key))
    echo(
        tr("Trusted: bundles signed by %1 (key ID %2) now open.")
        .replace("%1", key.name)
        .replace("%2", key.key_id)
    )
    return 0


def cmd_trust_remove(core: Core, args: argparse.Namespace) -> int:
    key = core.apply(SetKeyTrust(revoke=args.key)).result
    echo(
        tr("No longer trusted: %1 (key ID %2); its bundles will be refused.")
        .replace("%1", key.name)
        .replace("%2", key.key_id)
    )
    return 0


def cmd_accept_older(core: Core, args: argparse.Namespace) -> int:
    entry = core.apply(AcceptOlderEdition(folder=args.folder.resolve())).result
    echo(
        tr("Accepted: edition %1 of %2 (key ID %3) opens, though an edition seen before is newer.")
        .replace("%1", str(entry["edition"] or "?"))
        .replace("%2", entry["bundle"])
        .replace("%3", entry["key_id"])
    )
    return 0


def cmd_trust_list(core: Core, args: argparse.Namespace) -> int:
    keys = [muragat_key(), *trusted_keys(core.data_dir)]
    if args.json:
        print_json([key_json(k) for k in keys])
        return 0
    for k in keys:
        origin = "built in" if k.builtin else f"trusted by you {k.added or ''}".strip()
        echo(f"{k.name} — key ID {k.key_id} — {origin}\n    fingerprint {k.fingerprint}")
    return 0
