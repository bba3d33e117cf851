"""Shared fixtures: the real bundled archive, copies of it to break, a temporary data folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "reference" / "hrw-wr2026-kazakhstan.txt"
"""The chapter as published (a copy of the seed text, byte for byte), so a fresh clone tests."""
BUNDLE_DIR = ROOT / "resources" / "bundles" / "hrw-wr2026-kazakhstan"


@pytest.fixture(scope="session")
def archive():
    from index.archive import load_archive

    loaded = load_archive(None)
    assert not loaded.problems, loaded.problems
    return loaded


@pytest.fixture
def bundle_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled report's folder, for tests that break it."""
    target = tmp_path / BUNDLE_DIR.name
    shutil.copytree(BUNDLE_DIR, target)
    return target


@dataclass(frozen=True)
class EditorKey:
    """A throwaway editors' key pair made for the tests (never the maintainers' key)."""

    secret: Path
    public: Path
    key: object  # index.archive.signing.Key


def make_key(folder: Path, name: str) -> EditorKey:
    from index.archive.signing import generate_keys

    folder.mkdir(parents=True, exist_ok=True)
    key = generate_keys(folder / f"{name}.key", folder / f"{name}.pub", name)
    return EditorKey(folder / f"{name}.key", folder / f"{name}.pub", key)


@pytest.fixture(scope="session")
def editor_key(tmp_path_factory) -> EditorKey:
    return make_key(tmp_path_factory.mktemp("keys"), "Test editor")


def resign(folder: Path, editor: EditorKey, manifest: dict | None = None) -> None:
    """Re-hash every file into the manifest (with ``manifest``'s fields if given) and sign it,
    as an editor making a new edition does."""
    from index.archive.bundle import MANIFEST, seal
    from index.archive.signing import SIGNATURE, sign_manifest

    data = manifest or json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    data.pop("files", None)
    (folder / SIGNATURE).unlink(missing_ok=True)
    seal(folder, data)
    sign_manifest(folder, editor.secret, "test edition")


def with_editor(editor: EditorKey) -> list:
    """The keys an archive accepts when the user trusts the test editor's key."""
    from index.archive.signing import muragat_key

    return [muragat_key(), editor.key]


def colleague_bundle(data: Path, editor, bundle_id: str = "colleague-edition") -> Path:
    """A colleague's edition of the report, under a new id, in the data folder's bundles."""
    folder = data / "bundles" / bundle_id
    shutil.copytree(BUNDLE_DIR, folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["id"] = bundle_id
    manifest["publisher"] = "A colleague"
    report = folder / "report.md"
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("{: #", "{: #c-").replace("{: #c-kazakhstan", "{: #kz"))
    cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    cases["records"] = []
    (folder / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    resign(folder, editor, manifest)
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


def run_cli(
    *args: str, data_dir: Path | None = None, env: dict | None = None, input: str | None = None
) -> subprocess.CompletedProcess:
    """Run the real ``muragat`` entry point in a subprocess, as a user would."""
    full_env = {**os.environ, **(env or {})}
    if data_dir is not None:
        full_env["MURAGAT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        input=input,
    )


@pytest.fixture(scope="session")
def executable() -> Path:
    """The single-file executable, built once per test run by ``packaging/build``."""
    result = subprocess.run(
        [str(ROOT / "packaging" / "build")], cwd=ROOT, capture_output=True, text=True, timeout=1200
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    exe = ROOT / "dist" / ("muragat.exe" if sys.platform == "win32" else "muragat")
    assert exe.is_file()
    return exe


@pytest.fixture(autouse=True)
def _wpt_musts_on_every_export(request):
    """Every W3C JSON-LD export a test writes (under its tmp_path) passes every MUST of the
    web-platform-tests annotation-model suite (tests/wpt_annotation.py)."""
    if "tmp_path" not in request.fixturenames:
        yield
        return
    folder = request.getfixturevalue("tmp_path")
    yield
    from wpt_annotation import failed_musts

    for path in folder.rglob("*.jsonld"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, RecursionError, OSError):
            continue  # hostile input a test wrote, not an export
        if isinstance(data, dict) and str(data.get("id", "")).startswith("urn:muragat:collection:"):
            assert failed_musts(data) == [], f"{path.name} fails wpt annotation-model MUSTs"
