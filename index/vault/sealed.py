"""Whole files sealed with the vault's key: AES-256-GCM from `cryptography`.

A sealed file is ``MAGIC`` + a random 12-byte nonce + the ciphertext with its tag. The
associated data is the magic and the file's base name, so a sealed ``manifest.json`` cannot be
passed off as a ``document.md`` (base names survive the atomic writes' temporary names and a
bundle folder's move into place). A file without the magic is a clear one (made before the
vault was on, or being converted): readers take it as it is, and the conversion seals it.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from index.errors import QT_TRANSLATE_NOOP
from index.vault.keys import VaultError

MAGIC = b"MURAGAT-SEALED/1\n"


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(key: bytes, data: bytes, name: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, _aad(name))


def unseal(key: bytes | None, data: bytes, name: str) -> bytes:
    """The clear bytes of ``data`` (returned as they are when not sealed); `VaultError` when a
    sealed file does not open with ``key`` (damaged, or another vault's)."""
    if not is_sealed(data):
        return data
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if key is None:
        from index.vault.session import VaultLocked

        raise VaultLocked(
            QT_TRANSLATE_NOOP("Errors", "{name} is in a locked vault"), name=name
        )
    body = data[len(MAGIC):]
    try:
        return AESGCM(key).decrypt(body[:12], body[12:], _aad(name))
    except (InvalidTag, ValueError):
        raise VaultError(
            QT_TRANSLATE_NOOP("Errors", "{name} is damaged or not from this vault"), name=name
        ) from None


def folder_name(key: bytes, ident: str) -> str:
    """A folder name for ``ident`` that says nothing of it: an HMAC-SHA256 under the key."""
    import hashlib
    import hmac

    return "v-" + hmac.new(key, ident.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def _aad(name: str) -> bytes:
    return MAGIC + name.encode("utf-8")


def read(path: Path) -> bytes:
    """A file of the data folder, opened with the vault's key when it is sealed."""
    return opened(Path(path), Path(path).read_bytes())


def opened(path: Path, data: bytes) -> bytes:
    """``data``, read from ``path``, opened with the vault's key when it is sealed."""
    if not is_sealed(data):
        return data
    from index.vault.session import key_for

    return unseal(key_for(path), data, Path(path).name)


def for_writing(path: Path, data: bytes) -> bytes:
    """What to write at ``path``: ``data`` sealed when the path is in an open vault."""
    from index.vault.session import key_for

    key = key_for(path)
    return seal(key, data, Path(path).name) if key is not None else data
