"""The vault's key file: one random data key, wrapped under a key derived from the passphrase.

``vault.key`` (JSON) holds the Argon2id parameters and salt, and the data key sealed with
AES-256-GCM under the derived key; the parameters are the sealing's associated data, so a file
whose parameters were lowered is refused like a wrong passphrase. Changing the passphrase
rewraps the same data key: nothing else is rewritten. The file is replaced atomically
(`index.fileio.write_atomic`): a killed process leaves the old passphrase's file or the new
one. Everything cryptographic is `argon2-cffi` and `cryptography`; nothing here is hand-made
but the file's layout.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP, KnownError

KEY_FILE = "vault.key"
FORMAT = "muragat-vault/1"
KEY_BYTES = 32
MIN_PASSPHRASE = 8
"""The shortest passphrase the window and the command line accept."""


class VaultError(KnownError):
    """The vault cannot be opened or changed: a wrong passphrase, a damaged key file."""


class WrongPassphrase(VaultError):
    pass


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: ``memory`` in KiB. The default takes about a second on a 2020s laptop
    (0.9–1.0 s measured on the project's 2-core build machine) and 256 MiB."""

    time_cost: int = 3
    memory: int = 256 * 1024
    parallelism: int = 1

    def raw(self) -> dict:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory,
            "parallelism": self.parallelism,
        }


MINIMUM = KdfParams(time_cost=1, memory=64 * 1024, parallelism=1)
"""No key file with less than this is accepted (issue 24: at least 64 MiB)."""


def key_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def wrap(data_key: bytes, passphrase: str, params: KdfParams) -> bytes:
    """The key file's bytes: ``data_key`` sealed under ``passphrase``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data_key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kdf = {**params.raw(), "salt": _b64(salt)}
    aad = _aad(kdf)
    sealed = AESGCM(derive(passphrase, salt, params)).encrypt(nonce, data_key, aad)
    doc = {"format": FORMAT, "kdf": kdf, "cipher": "AES-256-GCM", "nonce": _b64(nonce),
           "key": _b64(sealed)}
    return (json.dumps(doc, indent=1) + "\n").encode("ascii")


def _aad(kdf: dict) -> bytes:
    return (FORMAT + "\n" + json.dumps(kdf, sort_keys=True)).encode("ascii")


def _damaged(path: Path) -> VaultError:
    return VaultError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the vault's key file {path} is damaged; without it what the vault holds cannot "
            "be read",
        ),
        path=path,
    )


def read_params(path: Path) -> tuple[dict, KdfParams, bytes, bytes]:
    """(kdf, params, nonce, sealed key) of a key file, or `VaultError` when it is damaged."""
    try:
        doc = json.loads(Path(path).read_bytes())
        kdf = doc["kdf"]
        if doc.get("format") != FORMAT or kdf.get("name") != "argon2id":
            raise ValueError("format")
        params = KdfParams(
            time_cost=int(kdf["time_cost"]),
            memory=int(kdf["memory_kib"]),
            parallelism=int(kdf["parallelism"]),
        )
        nonce, sealed = _unb64(doc["nonce"]), _unb64(doc["key"])
        _unb64(kdf["salt"])
    except FileNotFoundError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise _damaged(path) from None
    if (
        params.memory < MINIMUM.memory
        or params.time_cost < MINIMUM.time_cost
        or not 1 <= params.parallelism <= 64
        or params.memory > 4 * 1024 * 1024
        or params.time_cost > 64
        or len(nonce) != 12
        or len(sealed) != KEY_BYTES + 16
    ):
        raise _damaged(path)
    return kdf, params, nonce, sealed


def unwrap(path: Path, passphrase: str) -> bytes:
    """The data key in the key file at ``path``; `WrongPassphrase` when the passphrase does
    not open it (which costs the full Argon2id time, like a right one)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf, params, nonce, sealed = read_params(path)
    derived = derive(passphrase, _unb64(kdf["salt"]), params)
    try:
        return AESGCM(derived).decrypt(nonce, sealed, _aad(kdf))
    except InvalidTag:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("Errors", "wrong passphrase: the vault stays locked")
        ) from None


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def write_key_file(data_dir: Path, data: bytes) -> Path:
    from index.fileio import write_atomic

    return write_atomic(key_path(data_dir), data, clear=True)


def shred_key_file(data_dir: Path) -> bool:
    """Overwrite the key file with random bytes, flush it to the disk and remove it. Returns
    whether there was one. (A flash disk may keep the old block elsewhere — see the README —
    but the file system no longer holds it.)"""
    path = key_path(data_dir)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with open(path, "r+b") as fh:
        fh.write(secrets.token_bytes(max(size, 512)))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
    from index.fileio import fsync_folder

    fsync_folder(path.parent)
    return True
