"""Every hostile annotation file: the clear message, the exit status, and a notes store left
exactly as it was (no partial write)."""

from __future__ import annotations

import pytest
from conftest import run_cli
from hostile_annotations import CASES, seed, store_state, write_case


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_annotation_file(case, data_dir, tmp_path):
    seed(data_dir)
    before = store_state(data_dir)
    path = write_case(case, tmp_path)
    args = ["notes", "import", str(path)] + (["--import-what-you-can"] if case.partial else [])
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == case.status, result.stderr[-2000:]
    assert case.message in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert store_state(data_dir) == before
