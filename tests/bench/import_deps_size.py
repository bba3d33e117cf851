"""Estimate what the import readers' libraries add to the one-file executable, without a build.

    .venv/bin/python tests/bench/import_deps_size.py

Runs every reader on the test corpus, takes the modules of lxml, charset-normalizer,
python-docx, markdown-it-py, mdurl, striprtf and typing_extensions that were loaded (plus
python-docx's templates), and compresses their bytecode and stripped extension modules with zlib
as PyInstaller's archive does. A real build also pulls the modules the spec names as hidden
imports, so expect the measured growth of ``dist/muragat`` to be a little above this.
"""

from __future__ import annotations

import importlib.util
import marshal
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
PACKAGES = ("lxml", "charset_normalizer", "docx", "markdown_it", "mdurl", "striprtf")


def main() -> None:
    before = set(sys.modules)
    import corpus

    from index.imports.importer import read_file

    tmp = Path(tempfile.mkdtemp(prefix="muragat-deps-"))
    corpus.word_brief(tmp / "b.docx")
    corpus.odt_file(tmp / "l.odt")
    (tmp / "n.html").write_text(corpus.NEWS_PAGE, encoding="utf-8")
    (tmp / "d.md").write_text(corpus.MARKDOWN_DRAFT, encoding="utf-8")
    (tmp / "r.rtf").write_bytes(corpus.RTF)
    (tmp / "f.txt").write_bytes(corpus.FRENCH.encode("cp1252"))
    for path in sorted(tmp.iterdir()):
        read_file(path)
    loaded = sorted(
        m for m in set(sys.modules) - before if m.split(".")[0] in (*PACKAGES, "typing_extensions")
    )
    raw = packed = 0
    per: dict[str, list[int]] = {}
    for name in loaded:
        file = getattr(sys.modules[name], "__file__", None)
        if not file:
            continue
        path = Path(file)
        if path.suffix == ".py":
            data = marshal.dumps(compile(path.read_bytes(), str(path), "exec"))
        else:
            copy = tmp / path.name
            shutil.copy(path, copy)
            subprocess.run(["strip", str(copy)], check=False)
            data = copy.read_bytes()
        size = [len(data), len(zlib.compress(data, 6))]
        top = per.setdefault(name.split(".")[0], [0, 0])
        top[0] += size[0]
        top[1] += size[1]
    templates = Path(importlib.util.find_spec("docx").origin).parent / "templates"
    for path in templates.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            per["docx"][0] += len(data)
            per["docx"][1] += len(zlib.compress(data, 6))
    print(f"{'package':<20}{'raw MB':>8}{'packed MB':>11}")
    for top, (r, p) in sorted(per.items(), key=lambda kv: -kv[1][1]):
        raw, packed = raw + r, packed + p
        print(f"{top:<20}{r / 1e6:>8.2f}{p / 1e6:>11.2f}")
    print(f"{'total':<20}{raw / 1e6:>8.2f}{packed / 1e6:>11.2f}  ({len(loaded)} modules)")


if __name__ == "__main__":
    main()
