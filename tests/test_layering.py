"""`index/` is the headless core: it never imports Qt or `app`, and works without PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_index_never_imports_qt_or_app():
    offenders = {}
    for path in (ROOT / "index").rglob("*.py"):
        bad = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "app")}
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


BLOCK_QT = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
import pkgutil, importlib, index
for mod in pkgutil.walk_packages(index.__path__, "index."):
    importlib.import_module(mod.name)
from index.archive import load_archive
archive = load_archive(None)
assert not archive.problems and archive.cases
print("ok", sum(1 for _ in pkgutil.walk_packages(index.__path__, "index.")))
"""


def test_index_imports_and_loads_with_pyside6_unimportable():
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ")


def test_cli_data_commands_do_not_load_qt():
    code = (
        "import sys; from app.cli import main; main(['cases', '--json']); "
        "sys.stderr.write(str('PySide6' in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.stderr.strip().endswith("False")


STORES = (
    "index.notes.store",
    "index.notes.db",
    "index.notes.w3c",
    "index.search.index_folder",
    "index.imports.importer",
)
"""Modules that write: reached only through ``Core.apply`` (``index.changes``)."""


def test_app_changes_data_only_through_core_apply():
    """One door for every change: app/ imports no store module and never reaches through the
    core into its stores (``core.notes``, ``core.search``, ``core.store``)."""
    offenders = {}
    for path in (ROOT / "app").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bad = {m for m in imported_modules(path) if m.startswith(STORES)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("notes", "search", "store", "_notes", "_store", "_search")
                and isinstance(node.value, ast.Attribute | ast.Name)
                and (getattr(node.value, "attr", None) or getattr(node.value, "id", None)) == "core"
            ):
                bad.add(f"core.{node.attr} (line {node.lineno})")
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}
