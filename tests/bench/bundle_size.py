"""What text recognition (issue 28) adds to the single file, part by part.

    packaging/build   # then, for a baseline, the same on a commit before OCR
    .venv/bin/python tests/bench/bundle_size.py dist/muragat [LABEL=PATH ...]

For each executable: its size, then each part's bytes as stored in it (compressed) and as
written out when first used (unpacked), from the executable's own table of contents and its
module archive (where app/unpack_later.py keeps what is written out later). A part is a set of
path prefixes inside the bundle, or of module names in the module archive. Results:
docs/bench/ocr-size.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

PARTS = {
    "engine: tesserocr, libtesseract, leptonica and its image libraries": (
        "tesserocr/",
        "tesserocr.libs/",
        "tesserocr",
    ),
    "models: rus, kaz, eng, osd (tessdata/)": ("tessdata/",),
    "Pillow: PNG, JPEG, TIFF": ("PIL/", "pillow.libs/", "PIL."),
    "pdfium (pypdfium2)": ("pypdfium2_raw/", "pypdfium2/", "pypdfium2_raw.", "pypdfium2."),
    "index.ocr (Muragat's own code)": ("index.ocr.",),
}


def entries(exe: Path) -> list[tuple[str, int, int]]:
    """(name, stored bytes, unpacked bytes) of every file and module the executable holds;
    a file kept for later is named by its path, as it will be written."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    archive = CArchiveReader(str(exe))
    out = [(n, e[1], e[2]) for n, e in archive.toc.items() if e[4] != "z"]
    pyz = next(n for n, e in archive.toc.items() if e[4] == "z")
    modules = ZlibArchiveReader(str(exe), archive._start_offset + archive.toc[pyz][0])
    later = {}
    if "_muragat_unpack_later" in modules.toc:
        listing: dict = {}
        exec(modules.extract("_muragat_unpack_later"), listing)
        later = {module: dest for files in listing["GROUPS"].values() for dest, module in files}
    for name, (_kind, _offset, stored) in modules.toc.items():
        if name in later:
            data = max(
                (c for c in modules.extract(name).co_consts if isinstance(c, bytes)), key=len
            )
            out.append((later[name], stored, len(data)))
        else:
            out.append((name, stored, stored))  # a module's compressed code (unpacked: in memory)
    return out


def report(label: str, exe: Path) -> dict[str, int]:
    listed = entries(exe)
    size = exe.stat().st_size
    print(f"{label}: {exe} {size:,} bytes ({size / 1e6:.1f} MB)")
    totals = {}
    for part, prefixes in PARTS.items():
        mine = [(n, s, u) for n, s, u in listed if n.startswith(prefixes)]
        stored = sum(s for _n, s, _u in mine)
        unpacked = sum(u for _n, _s, u in mine)
        totals[part] = stored
        print(f"  {part:<70}{stored / 1e6:>7.2f} MB stored{unpacked / 1e6:>8.2f} MB unpacked")
    return totals


def main(argv: list[str]) -> None:
    builds = []
    for arg in argv or ["dist/muragat"]:
        label, _, path = arg.rpartition("=")
        builds.append((label or path, Path(path)))
    sizes = {}
    for label, exe in builds:
        report(label, exe)
        sizes[label] = exe.stat().st_size
    if len(builds) > 1:
        (first, base), *rest = sizes.items()
        for label, size in rest:
            print(f"{label} − {first}: {(size - base) / 1e6:+.2f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
