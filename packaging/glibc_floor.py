"""The oldest GNU C library a set of ELF files can run with: the highest ``GLIBC_x.y`` symbol
version any of them requires. `muragat.spec` records it for the build; run as a script to see
which files set it:  python packaging/glibc_floor.py FILE_OR_FOLDER...
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from elftools.common.exceptions import ELFError
from elftools.elf.elffile import ELFFile
from elftools.elf.gnuversions import GNUVerNeedSection


def _version(name: str) -> tuple[int, ...] | None:
    if not name.startswith("GLIBC_"):
        return None
    try:
        return tuple(int(part) for part in name[len("GLIBC_") :].split("."))
    except ValueError:  # GLIBC_PRIVATE
        return None


def required(path: Path) -> tuple[int, ...] | None:
    """The highest glibc version one file requires; None for non-ELF files or none required."""
    try:
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                return None
            handle.seek(0)
            elf = ELFFile(handle)
            best = None
            for section in elf.iter_sections():
                if not isinstance(section, GNUVerNeedSection):
                    continue
                for _verneed, aux_entries in section.iter_versions():
                    for aux in aux_entries:
                        version = _version(aux.name)
                        if version and (best is None or version > best):
                            best = version
            return best
    except (OSError, ELFError):
        return None


def floor(paths: Iterable[Path]) -> tuple[str | None, dict[str, str]]:
    """(the highest version as "2.34", {file: its version} for every file that needs one)."""
    per_file: dict[str, tuple[int, ...]] = {}
    for path in paths:
        version = required(Path(path))
        if version:
            per_file[str(path)] = version
    if not per_file:
        return None, {}
    top = max(per_file.values())
    return ".".join(map(str, top)), {k: ".".join(map(str, v)) for k, v in per_file.items()}


def main(argv: list[str]) -> int:
    files: list[Path] = []
    for arg in argv:
        path = Path(arg)
        files.extend(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else files.append(
            path
        )
    top, per_file = floor(files)
    for name, version in sorted(per_file.items(), key=lambda kv: tuple(map(int, kv[1].split(".")))):
        print(f"{version}\t{name}")
    print(f"glibc floor: {top or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
