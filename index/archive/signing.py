"""Signed editions: an Ed25519 signature over a bundle's ``manifest.json`` in minisign's format.

The manifest holds the SHA-256 of every other file, so one signature pins the whole edition, and
anyone can check it with the standard tool: ``minisign -Vm manifest.json -P <public key>``. The
cryptography is py-minisign's (Frank Denis's format, on the ``cryptography`` package); nothing
here signs or verifies by hand.

Keys the app accepts: the Muragat editions key (embedded in ``resources/keys``) and the keys the
user chose to trust (``trusted-keys.json`` in the data folder, each shown with its fingerprint,
revocable). A bundle the user imported is unsigned and marked as theirs; any other unsigned bundle
that names a publisher is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.errors import QT_TRANSLATE_NOOP, BundleError, KnownError, Message
from resources import KEYS_DIR
from resources import ROOT as RESOURCES

if TYPE_CHECKING:
    import minisign  # on the cryptography package (11.6 MB): imported only to check or sign

SIGNATURE = "manifest.json.minisig"
"""Beside the manifest, where ``minisign -Vm manifest.json`` looks for it."""
MANIFEST_FILE = "manifest.json"
MURAGAT_KEY_FILE = KEYS_DIR / "muragat-editions.pub"
MURAGAT_KEY_NAME = "Muragat editions key"
TRUSTED_KEYS = "trusted-keys.json"
"""In the data folder: the colleague keys the user trusts."""
USER_PUBLISHER = "Imported by the user"
"""The publisher an import writes into its manifest: such a bundle is the user's own."""
MAX_SIGNATURE_BYTES = 4096
MAX_KEY_BYTES = 4096
MAX_TRUSTED_KEYS_BYTES = 1 << 20
PASSWORD_ENV = "MURAGAT_KEY_PASSWORD"
BUILD_INFO = RESOURCES / "build-info.json"
"""In a single-file executable: what its build checked (`checked_at_build`)."""


class SigningKeyError(KnownError):
    """A key file cannot be read, or a trust change cannot be made."""


@dataclass(frozen=True)
class Key:
    """A public key the app knows: the Muragat editions key or a trusted colleague's."""

    name: str
    public_key: str
    """The base64 line of a minisign ``.pub`` file: what ``minisign -P`` takes."""
    builtin: bool = False
    added: str | None = None

    @property
    def raw(self) -> bytes:
        return base64.b64decode(self.public_key)

    @property
    def key_id(self) -> str:
        return key_id_of(self.raw[2:10])

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.raw)

    def minisign_key(self) -> minisign.PublicKey:
        import minisign

        return minisign.PublicKey.from_base64(self.public_key)


def key_id_of(key_id_bytes: bytes) -> str:
    """minisign prints a key id as a little-endian 64-bit number in hex."""
    return key_id_bytes[::-1].hex().upper()


def fingerprint_of(raw_public_key: bytes) -> str:
    """SHA-256 of the decoded public key (algorithm, key id, Ed25519 key), in groups of four."""
    digest = hashlib.sha256(raw_public_key).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def read_public_key(path: Path, name: str | None = None, known: Iterable[str] = ()) -> Key:
    """A minisign ``.pub`` file (or a bare base64 key line) → `Key`; raises `SigningKeyError`."""
    try:
        if path.stat().st_size > MAX_KEY_BYTES:
            raise SigningKeyError(
                QT_TRANSLATE_NOOP("Errors", "{path}: too large to be a minisign public key"),
                path=path,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "{path}: unreadable ({reason})"),
            path=path,
            reason=exc.strerror or exc,
        ) from None
    return parse_public_key(data, name or path.stem, where=str(path), known=known)


def parse_public_key(data: bytes, name: str, where: str = "key", known: Iterable[str] = ()) -> Key:
    """``known``: key lines already checked (by the build, `checked_at_build`): not parsed again."""
    lines = [line.strip() for line in data.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith(b"untrusted comment:")]
    if len(lines) != 1:
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "{where}: not a minisign public key"), where=where
        )
    try:
        line = lines[0].decode("ascii")
    except UnicodeDecodeError as exc:
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "{where}: not a minisign public key ({reason})"),
            where=where,
            reason=exc,
        ) from None
    if line in known:
        return Key(name=name, public_key=line)
    import minisign

    try:
        minisign.PublicKey.from_base64(line)
    except minisign.Error as exc:
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "{where}: not a minisign public key ({reason})"),
            where=where,
            reason=exc,
        ) from None
    return Key(name=name, public_key=line)


def muragat_key() -> Key:
    known = checked_at_build().get("keys", ())
    key = read_public_key(MURAGAT_KEY_FILE, MURAGAT_KEY_NAME, known)
    return Key(name=MURAGAT_KEY_NAME, public_key=key.public_key, builtin=True)


# -- the user's trusted keys --------------------------------------------------------------------


def trusted_keys(data_dir: Path | None) -> list[Key]:
    """The colleague keys remembered in the data folder (none when there is no data folder)."""
    path = data_dir / TRUSTED_KEYS if data_dir else None
    if path is None or not path.is_file():
        return []
    try:
        if path.stat().st_size > MAX_TRUSTED_KEYS_BYTES:
            raise SigningKeyError(QT_TRANSLATE_NOOP("Errors", "{path}: too large"), path=path)
        from index.fileio import read_data

        data = json.loads(read_data(path).decode("utf-8"))
        keys = [
            Key(name=str(k["name"]), public_key=str(k["public_key"]), added=k.get("added"))
            for k in data["keys"]
        ]
        for k in keys:
            parse_public_key(k.public_key.encode("ascii"), k.name)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, KnownError) as exc:
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "{path}: unreadable list of trusted keys ({reason})"),
            path=path,
            reason=exc,
        ) from None
    return keys


def _write_trusted(data_dir: Path, keys: list[Key]) -> None:
    data = {
        "format": "muragat-trusted-keys/1",
        "keys": [
            {
                "name": k.name,
                "public_key": k.public_key,
                "key_id": k.key_id,
                "fingerprint": k.fingerprint,
                "added": k.added,
            }
            for k in keys
        ],
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    from index.fileio import write_atomic

    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_atomic(data_dir / TRUSTED_KEYS, text.encode("utf-8"))  # sealed in an open vault


def trust_key(data_dir: Path, key: Key) -> Key:
    """Remember ``key`` as trusted; returns it (with the date it was added)."""
    if key.key_id == muragat_key().key_id:
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "that is the Muragat editions key: it is always trusted")
        )
    keys = trusted_keys(data_dir)
    if any(k.key_id == key.key_id for k in keys):
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "a key with key ID {key_id} is already trusted"),
            key_id=key.key_id,
        )
    added = Key(key.name, key.public_key, added=datetime.now(UTC).isoformat(timespec="seconds"))
    _write_trusted(data_dir, [*keys, added])
    return added


def untrust_key(data_dir: Path, ident: str) -> Key:
    """Forget a trusted key, named by its key ID, its fingerprint, or its name."""
    wanted = ident.replace(" ", "").upper()
    keys = trusted_keys(data_dir)
    for key in keys:
        if wanted in (key.key_id, key.fingerprint.replace(" ", "")) or ident == key.name:
            _write_trusted(data_dir, [k for k in keys if k is not key])
            return key
    raise SigningKeyError(
        QT_TRANSLATE_NOOP("Errors", "no trusted key {ident!r} (see: muragat trust list)"),
        ident=ident,
    )


# -- checking a bundle's signature ----------------------------------------------------------------


@dataclass(frozen=True)
class Provenance:
    """Who vouches for a bundle, as checked when it was loaded."""

    status: str
    """``verified`` (signature good) or ``yours`` (an import of the user's, unsigned)."""
    key: Key | None
    signed: str | None
    """When it was signed (from the signature's trusted comment), ISO 8601, if stated."""
    verified_at: str
    """When this check ran, ISO 8601 UTC."""
    trusted_comment: str = ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def signature_key_id(sig_bytes: bytes) -> str | None:
    """The key id a minisign signature names (its second line: algorithm, key id, signature)."""
    lines = sig_bytes.splitlines()
    if len(lines) < 2:
        return None
    try:
        blob = base64.b64decode(lines[1], validate=True)
    except (ValueError, binascii.Error):
        return None
    return key_id_of(blob[2:10]) if len(blob) >= 10 else None


def _signed_time(comment: str) -> str | None:
    for part in comment.split("\t"):
        key, _, value = part.partition(":")
        if key.strip() == "timestamp" and value.strip().isdigit():
            try:
                return datetime.fromtimestamp(int(value), UTC).isoformat(timespec="seconds")
            except (OverflowError, OSError, ValueError):
                return None
    return None


def is_users_own(manifest: dict[str, Any], builtin: bool) -> bool:
    """An import the user made: unsigned by design, shown as theirs."""
    return (
        not builtin
        and manifest.get("publisher") == USER_PUBLISHER
        and isinstance(manifest.get("imported"), dict)
    )


@cache
def checked_at_build() -> dict[str, Any]:
    """What the build of this single-file executable checked, with the same code, before it put
    the bundled editions in (packaging/muragat.spec, `build_record`): ``keys``, the public key
    lines; ``signatures``, `signed_digest` → trusted comment. The record travels inside the
    executable beside the editions it vouches for, so it carries exactly the executable's trust;
    with it a start need not load cryptography (11.6 MB, issue 23). Running from source: empty."""
    try:
        record = json.loads(BUILD_INFO.read_text(encoding="utf-8")).get("signatures_checked")
    except (OSError, ValueError, AttributeError):
        return {}
    return record if isinstance(record, dict) else {}


def signed_digest(public_key: str, sig_bytes: bytes, manifest_bytes: bytes) -> str:
    """One SHA-256 over a key, a signature and the manifest it signs."""
    parts = [hashlib.sha256(b).digest() for b in (sig_bytes, manifest_bytes)]
    return hashlib.sha256(public_key.encode("ascii") + b"\n" + b"".join(parts)).hexdigest()


def build_record(folders: Iterable[Path]) -> dict[str, Any]:
    """For the build: check each bundled edition's signature in full and record it
    (`checked_at_build`); raises `BundleError` if one fails, so no such build is made."""
    key = muragat_key()
    signatures = {}
    for folder in folders:
        manifest_bytes = (folder / "manifest.json").read_bytes()
        manifest = json.loads(manifest_bytes)
        provenance = check_signature(folder, manifest, [key], builtin=True, checked={})
        sig_bytes = (folder / SIGNATURE).read_bytes()
        digest = signed_digest(key.public_key, sig_bytes, manifest_bytes)
        signatures[digest] = provenance.trusted_comment
    return {"keys": [key.public_key], "signatures": signatures}


def check_signature(
    folder: Path,
    manifest: dict[str, Any],
    keys: Iterable[Key],
    *,
    builtin: bool = False,
    checked: dict[str, Any] | None = None,
) -> Provenance:
    """Check ``manifest.json.minisig`` against the known keys; raise `BundleError` if it fails.

    Each failure has its own message: no signature on a bundle that claims a publisher; a
    signature damaged (unparseable, oversized, or holding for nothing); a key the user does not
    trust (by key ID), or, on the bundled archive, any key but the Muragat editions key (one the
    user trusts named as such); its trusted comment edited; the manifest changed after signing.
    A bundled edition (``builtin``) whose key, signature and manifest are byte for byte what
    the build checked (``checked``, by default `checked_at_build`) is not checked again.
    """
    name = str(manifest.get("id") or folder.name)
    keys = list(keys)
    sig_path = folder / SIGNATURE
    if not sig_path.is_file():
        if is_users_own(manifest, builtin):
            return Provenance("yours", None, None, _now())
        raise BundleError(
            name,
            SIGNATURE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "missing: the bundle is unsigned, yet its manifest says it is "
                "published by “{publisher}”; an edition that names a publisher must be signed",
            ),
            publisher=manifest.get("publisher", "?"),
        )
    try:
        if sig_path.stat().st_size > MAX_SIGNATURE_BYTES:
            raise BundleError(
                name,
                SIGNATURE,
                QT_TRANSLATE_NOOP("Errors", "damaged: too large to be a minisign signature"),
            )
        sig_bytes = sig_path.read_bytes()
        manifest_bytes = (folder / "manifest.json").read_bytes()
    except OSError as exc:
        raise BundleError(
            name,
            SIGNATURE,
            QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})"),
            reason=exc.strerror or exc,
        ) from None
    if builtin:
        recorded = (checked_at_build() if checked is None else checked).get("signatures", {})
        by_id = signature_key_id(sig_bytes)
        for key in keys:
            if key.builtin and key.key_id == by_id:
                comment = recorded.get(signed_digest(key.public_key, sig_bytes, manifest_bytes))
                if isinstance(comment, str):
                    return Provenance("verified", key, _signed_time(comment), _now(), comment)
    import minisign

    try:
        signature = minisign.Signature.from_bytes(sig_bytes)
    except minisign.Error as exc:
        raise BundleError(
            name,
            SIGNATURE,
            QT_TRANSLATE_NOOP("Errors", "damaged: not a minisign signature ({reason})"),
            reason=exc,
        ) from None
    key_id = signature_key_id(sig_bytes)
    allowed = [k for k in keys if k.builtin] if builtin else keys
    key = next((k for k in allowed if k.key_id == key_id), None)
    if key is None:
        raise _not_allowed(name, key_id, keys, builtin)
    try:
        key.minisign_key().verify(manifest_bytes, signature)
    except minisign.Error:
        raise _verify_failed(name, key, signature, sig_bytes, manifest_bytes) from None
    comment = signature.trusted_comment
    return Provenance("verified", key, _signed_time(comment), _now(), comment)


def _not_allowed(name: str, key_id: str | None, keys: list[Key], builtin: bool) -> BundleError:
    """A signature by a key that may not sign this bundle: one the user trusts (named as such)
    on the bundled archive, or one nobody trusts (named by its key ID)."""
    trusted = next((k for k in keys if k.key_id == key_id and not k.builtin), None)
    if trusted is not None:  # only the bundled archive refuses a key the user trusts
        return BundleError(
            name,
            SIGNATURE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "signed with a key you trust: {key_name} (key ID {key_id}), not with the Muragat "
                "editions key; the bundled archive must carry the Muragat editions key’s signature",
            ),
            key_name=trusted.name,
            key_id=key_id,
        )
    if builtin:
        return BundleError(
            name,
            SIGNATURE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "signed with an unknown key (key ID {key_id}), not the Muragat editions key; "
                "the bundled archive must carry its signature",
            ),
            key_id=key_id,
        )
    return BundleError(
        name,
        SIGNATURE,
        QT_TRANSLATE_NOOP(
            "Errors",
            "signed with an unknown key (key ID {key_id}), not the Muragat editions key or a key "
            "you trust; if a colleague gave you this edition, get their public key from them and "
            "trust it with `muragat trust add KEY.pub`",
        ),
        key_id=key_id,
    )


def _signer(key: Key) -> Message:
    """The key a signature names, as a message says it: the Muragat editions key, or a key
    the user trusts, by the name the user gave it."""
    if key.builtin:
        return Message(QT_TRANSLATE_NOOP("Errors", "the Muragat editions key"))
    return Message(QT_TRANSLATE_NOOP("Errors", "a key you trust: {name}"), name=key.name)


def _halves(key: Key, comment: str, sig_bytes: bytes, manifest_bytes: bytes) -> tuple[bool, bool]:
    """After minisign refused a signature by ``key``: which of its two signatures holds, the
    one over the manifest (line 2) and the one over line 2 and the trusted comment (line 4).

    Only says which message fits; the verdict is minisign's. The same Ed25519 check, over the
    same bytes, as minisign makes (a prehashed signature is over the BLAKE2b-512 of the file)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    lines = sig_bytes.splitlines()
    line2 = base64.b64decode(lines[1], validate=True)
    algorithm, ed_signature = line2[:2], line2[10:74]
    global_signature = base64.b64decode(lines[3], validate=True)
    public = Ed25519PublicKey.from_public_bytes(key.raw[10:42])
    message = hashlib.blake2b(manifest_bytes).digest() if algorithm == b"ED" else manifest_bytes

    def holds(signature: bytes, data: bytes) -> bool:
        try:
            public.verify(signature, data)
        except InvalidSignature:
            return False
        return True

    return (
        holds(ed_signature, message),
        holds(global_signature, ed_signature + comment.encode("utf-8")),
    )


def _verify_failed(
    name: str, key: Key, signature: minisign.Signature, sig_bytes: bytes, manifest_bytes: bytes
) -> BundleError:
    """minisign refused the signature: the manifest changed after signing, the signature's
    trusted comment was edited, or the signature itself is damaged; each said as it is."""
    comment = signature.trusted_comment
    manifest_holds, comment_holds = _halves(key, comment, sig_bytes, manifest_bytes)
    if manifest_holds:  # the manifest is as signed; the trusted comment is not
        return BundleError(
            name,
            SIGNATURE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "signature check failed: its trusted comment was changed after it was signed "
                "with {signer} (key ID {key_id}); the manifest itself is as signed",
            ),
            signer=_signer(key),
            key_id=key.key_id,
        )
    if comment_holds:  # the signature is whole: what it signed is not this manifest
        return BundleError(
            name,
            MANIFEST_FILE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "signature check failed: the manifest was changed after it was signed "
                "with {signer} (key ID {key_id})",
            ),
            signer=_signer(key),
            key_id=key.key_id,
        )
    return BundleError(
        name,
        SIGNATURE,
        QT_TRANSLATE_NOOP(
            "Errors",
            "the signature is damaged: it names {signer} (key ID {key_id}) but holds "
            "for neither the manifest nor its own trusted comment",
        ),
        signer=_signer(key),
        key_id=key.key_id,
    )


# -- making keys and signatures (the editors' tools) ----------------------------------------------


def _password() -> str | None:
    return os.environ.get(PASSWORD_ENV) or None


def generate_keys(secret_path: Path, public_path: Path, comment: str) -> Key:
    """Write a new key pair; the secret key is encrypted when MURAGAT_KEY_PASSWORD is set."""
    for path in (secret_path, public_path):
        if path.exists():
            raise SigningKeyError(
                QT_TRANSLATE_NOOP("Errors", "{path} exists: not overwriting a key"), path=path
            )
    import minisign

    pair = minisign.KeyPair.generate()
    public = pair.public_key
    public.untrusted_comment = comment
    with pair.secret_key as secret:
        password = _password()
        if password:
            secret.encrypt(password)
        secret.untrusted_comment = f"{comment} (secret key: keep it out of every repository)"
        fd = os.open(secret_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with open(fd, "wb") as fh:
            fh.write(bytes(secret) + b"\n")
    public_path.write_bytes(bytes(public) + b"\n")
    return parse_public_key(public_path.read_bytes(), comment)


def signed_edition(sig_bytes: bytes) -> int | None:
    """The edition number a signature's trusted comment states (``edition:N``), if any."""
    for line in sig_bytes.decode("utf-8", "replace").splitlines():
        if line.startswith("trusted comment:"):
            for part in line.split(":", 1)[1].split("\t"):
                key, _, value = part.partition(":")
                if key.strip() == "edition" and value.strip().isdigit():
                    return int(value)
    return None


def sign_manifest(
    folder: Path,
    secret_path: Path,
    comment: str,
    *,
    edition: int | None = None,
    previous: bytes | None = None,
) -> tuple[Path, Key]:
    """Sign ``folder/manifest.json`` with the minisign secret key; returns the signature's path.

    ``edition``: the edition number to write into the manifest first (default: the one it
    holds). ``previous``: the folder's signature before this one; when the same key made it,
    the number must be above the one it signed then (an edition number only goes up)."""
    import minisign

    try:
        if secret_path.stat().st_size > MAX_KEY_BYTES:
            raise SigningKeyError(
                QT_TRANSLATE_NOOP("Errors", "{secret_path}: too large to be a minisign secret key"),
                secret_path=secret_path,
            )
        secret = minisign.SecretKey.from_file(secret_path)
    except OSError as exc:
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "{secret_path}: unreadable ({reason})"),
            secret_path=secret_path,
            reason=exc.strerror or exc,
        ) from None
    except minisign.Error as exc:
        raise SigningKeyError(
            QT_TRANSLATE_NOOP("Errors", "{secret_path}: not a minisign secret key ({reason})"),
            secret_path=secret_path,
            reason=exc,
        ) from None
    with secret:
        if secret.is_encrypted():
            password = _password()
            if not password:
                raise SigningKeyError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{secret_path} is password-protected: set {PASSWORD_ENV} to its password",
                    ),
                    secret_path=secret_path,
                    PASSWORD_ENV=PASSWORD_ENV,
                )
            try:
                secret.decrypt(password)
            except minisign.Error:
                raise SigningKeyError(
                    QT_TRANSLATE_NOOP("Errors", "{secret_path}: wrong password"),
                    secret_path=secret_path,
                ) from None
        public = secret.get_public_key()
        raw = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        number = edition if edition is not None else raw.get("edition_number")
        own_id = Key("signing key", public.to_base64().decode("ascii")).key_id
        last = signed_edition(previous) if previous else None
        same_key = last is not None and signature_key_id(previous or b"") == own_id
        if same_key and (not isinstance(number, int) or number <= last):
            raise SigningKeyError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "not signing edition {number}: this key last signed edition {last} of "
                    "this bundle; an edition number must go up (use --edition {next})",
                ),
                number=number if number is not None else "without a number",
                last=last,
                next=last + 1,
            )
        if edition is not None and raw.get("edition_number") != edition:
            from index.fileio import write_atomic

            raw.pop("edition_number", None)
            at = list(raw).index("edition") + 1 if "edition" in raw else len(raw)
            items = list(raw.items())
            raw = dict([*items[:at], ("edition_number", edition), *items[at:]])
            text = json.dumps(raw, indent=2, ensure_ascii=False) + "\n"
            write_atomic(folder / "manifest.json", text.encode("utf-8"), clear=True)
        if isinstance(number, int):
            comment = f"{comment}\tedition:{number}".strip()
        data = (folder / "manifest.json").read_bytes()
        trusted = f"timestamp:{int(time.time())}\tfile:manifest.json\t{comment}".strip()
        signature = secret.sign(
            data, trusted_comment=trusted, untrusted_comment="signature from Muragat bundle sign"
        )
    target = folder / SIGNATURE
    tmp = target.with_suffix(".minisig.tmp")
    tmp.write_bytes(bytes(signature) + b"\n")
    tmp.replace(target)
    key = Key(name="signing key", public_key=public.to_base64().decode("ascii"))
    return target, key
