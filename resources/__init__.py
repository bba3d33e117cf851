"""Bundled, read-only resources: the archive bundle(s), the case-record schema, icons, fonts.

Kept as a package so that source runs, installed wheels and the frozen executable all find the
files the same way: next to this module.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
BUNDLES = ROOT / "bundles"
SCHEMA_DIR = ROOT / "schema"
KEYS_DIR = ROOT / "keys"
"""Public keys only: the Muragat editions key that signs the bundled archive."""
