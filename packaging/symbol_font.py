"""Make resources/ui_font/MuragatSymbols.ttf: the window's fallback font (issue 26, major 8).

The window draws symbols its system font may lack (the private lock 🔒, ⚠, ¶, arrows) and
Cyrillic a system font may lack. This is Symbola (resources/fonts/Symbola.ttf, 3.1 MB, used by
the PDF export) cut down to the characters the interface shows — every string of the
catalogues in every language and every non-ASCII literal of the window's code — and to a few
whole blocks (Latin-1, Cyrillic, punctuation, arrows) so a new translation rarely needs a new
cut. Renamed "Muragat Symbols": the PDF export registers the whole Symbola under its own name
and must not get the cut.

    .venv/bin/python packaging/symbol_font.py     # after adding a symbol or a language

tests/test_gui_glyphs.py fails, naming the string, when a character the interface shows is
in none of the window's fonts; run this then. Needs fontTools (the dev dependencies).
"""

from __future__ import annotations

import ast
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "fonts" / "Symbola.ttf"
TARGET = ROOT / "resources" / "ui_font" / "MuragatSymbols.ttf"
FAMILY = "Muragat Symbols"
CATALOGUES = ROOT / "resources" / "i18n"
CODE = [ROOT / "app" / "gui", ROOT / "app" / "catalogue.py", ROOT / "index"]
"""Where the window's words come from outside the catalogues: its own code, and the headless
code whose messages and marks (… · ¶ “ ”) it shows."""
BLOCKS = [
    (0x20, 0x7E),
    (0xA0, 0xFF),  # Latin-1: « » § ¶ · ×
    (0x400, 0x4FF),  # Cyrillic, with every Kazakh letter
    (0x2010, 0x2027),  # dashes, quotes, bullets, …
    (0x2030, 0x203A),
    (0x2116, 0x2116),  # №
    (0x2190, 0x21FF),  # arrows
    (0x2713, 0x2718),  # ✓ ✔ ✕ ✖ ✗ ✘
    (0x25B2, 0x25C2),  # ▲ ▶ ▸ ▼ ◀ ◂
    (0x2605, 0x2606),  # ★ ☆
    (0x26A0, 0x26A0),  # ⚠
    (0x1F512, 0x1F513),  # 🔒 🔓
]
NOT_DRAWN = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
"""Unicode categories no font draws: controls, format marks, private and unassigned."""


def catalogue_strings() -> dict[str, list[str]]:
    """Every source and translation of the catalogues, by language ("en": the sources)."""
    out: dict[str, list[str]] = {"en": []}
    for path in sorted(CATALOGUES.glob("*.ts")):
        lang = path.stem.rsplit("_", 1)[-1]
        strings = out.setdefault(lang, [])
        for message in ET.parse(path).getroot().iter("message"):
            out["en"].append(message.findtext("source", ""))
            translation = message.find("translation")
            if translation is None or translation.get("type") == "obsolete":
                continue
            strings += [f.text or "" for f in translation.iter("numerusform")]
            strings.append(translation.text or "")
    return {lang: [s for s in strings if s.strip()] for lang, strings in out.items()}


def code_literals() -> list[tuple[str, str]]:
    """(where, text) of every string literal holding a non-ASCII character in the window's
    code (docstrings left out: no one sees them)."""
    out = []
    files = [p for c in CODE for p in ([c] if c.is_file() else sorted(c.rglob("*.py")))]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
                and not node.value.isascii()
            ):
                where = f"{path.relative_to(ROOT).as_posix()}:{node.lineno}"
                out.append((where, node.value))
    return out


def drawn(text: str) -> set[str]:
    """The characters of ``text`` a font must draw."""
    return {ch for ch in text if unicodedata.category(ch) not in NOT_DRAWN and ch not in " \xa0"}


def characters() -> set[str]:
    chars = {chr(c) for lo, hi in BLOCKS for c in range(lo, hi + 1)}
    for strings in catalogue_strings().values():
        for text in strings:
            chars |= drawn(text)
    for _where, text in code_literals():
        chars |= drawn(text)
    return chars


def main() -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(SOURCE)
    have = font.getBestCmap()
    wanted = sorted(ord(ch) for ch in characters())
    missing = [
        f"U+{c:04X}" for c in wanted if c not in have and unicodedata.category(chr(c))[0] != "C"
    ]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # a third of the size; Qt renders unhinted or autohints
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[c for c in wanted if c in have])
    cutter.subset(font)
    name = font["name"]
    for record in name.names:  # family, full name, PostScript name, typographic family
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "")
        elif record.nameID == 3:
            record.string = f"{FAMILY}: cut from {record.toUnicode()}"
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.save(TARGET)
    print(
        f"{TARGET.relative_to(ROOT)}: {len(cutter.unicodes_requested)} characters, "
        f"{TARGET.stat().st_size / 1024:.0f} KB"
    )
    if missing:
        print(f"not in Symbola either: {' '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
