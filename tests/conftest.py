"""Shared fixtures: the real bundled archive, copies of it to break, a temporary data folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
