"""The vault: what the user writes or imports, encrypted at rest under a passphrase.

``keys`` keeps the one random data key, wrapped by a key derived from the passphrase
(Argon2id) in ``vault.key`` beside the data; ``session`` holds the unwrapped key while the
vault is open in this process; ``sealed`` encrypts whole files with it (AES-256-GCM);
``convert`` turns the vault on and off and shreds it. SQLite files are encrypted page by page
by SQLCipher (``index.sqldb``), the user's search index chunk by chunk.
"""
