"""Where Tesseract's language models (``*.traineddata``) are: the user's setting, the single
file's own copy, then the usual system folders. None when there are none: OCR is unavailable and
images are skipped with a reason, the rest of an import goes on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NEEDED = ("rus", "kaz", "eng", "osd")
"""The models Muragat reads scans with: three languages, and orientation and script detection."""

_SYSTEM = (
    "/usr/share/tesseract-ocr/5/tessdata",  # Debian, Ubuntu
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",  # Fedora, Arch
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",  # Homebrew on Apple silicon
    "/usr/local/opt/tesseract/share/tessdata",  # Homebrew on Intel
)


def _candidates() -> list[Path]:
    found = []
    env = os.environ.get("MURAGAT_TESSDATA")
    if env:
        found.append(Path(env))
    bundle = getattr(sys, "_MEIPASS", None)  # the single file's unpacked folder
    if bundle:
        found.append(Path(bundle) / "tessdata")
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        found += [Path(prefix), Path(prefix) / "tessdata"]
    found += [Path(p) for p in _SYSTEM]
    for var in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"):  # Windows installers
        base = os.environ.get(var)
        if base:
            found += [
                Path(base) / "Tesseract-OCR" / "tessdata",
                Path(base) / "Programs" / "Tesseract-OCR" / "tessdata",
            ]
    return found


def has_models(folder: Path, languages: tuple[str, ...] = ("rus", "kaz", "eng")) -> bool:
    """Does ``folder`` hold a model for each of ``languages``?"""
    return all((folder / f"{lang}.traineddata").is_file() for lang in languages)


def tessdata_dir() -> Path | None:
    """The first folder that holds the Russian, Kazakh and English models, or None.

    ``MURAGAT_TESSDATA`` names it explicitly (and wins even when it lacks a model, so a wrong
    setting is seen, not silently replaced by another folder)."""
    env = os.environ.get("MURAGAT_TESSDATA")
    if env:
        folder = Path(env)
        return folder if has_models(folder) else None
    for folder in _candidates():
        try:
            if has_models(folder):
                return folder
        except OSError:  # an unreadable folder is no folder
            continue
    return None
