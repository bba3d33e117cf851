"""The single file's files unpacked on first import (app/unpack_later.py, issue 23): a module
that needs them finds them written out before it runs, once, and a failed write is tried again."""

from __future__ import annotations

import importlib
import sys

import pytest

from app.unpack_later import UnpackOnImport
from index.errors import KnownError


@pytest.fixture
def modules(tmp_path, monkeypatch):
    """A folder on sys.path with a payload module and a module that reads the payload's file."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "_later_payload_0.py").write_text("DATA = b'\\x00font bytes\\xff'\n")
    (src / "_later_reader.py").write_text(
        "import os\nfrom pathlib import Path\n"
        "DATA = (Path(os.environ['LATER_ROOT']) / 'fonts' / 'a.ttf').read_bytes()\n"
    )
    monkeypatch.syspath_prepend(str(src))
    root = tmp_path / "unpacked"
    root.mkdir()
    monkeypatch.setenv("LATER_ROOT", str(root))
    yield root
    for name in ("_later_payload_0", "_later_reader"):
        sys.modules.pop(name, None)


def test_the_file_is_written_before_the_module_that_needs_it_runs(modules):
    finder = UnpackOnImport(modules, {"_later_reader": [("fonts/a.ttf", "_later_payload_0")]})
    sys.meta_path.insert(0, finder)
    try:
        reader = importlib.import_module("_later_reader")
    finally:
        sys.meta_path.remove(finder)
    assert reader.DATA == b"\x00font bytes\xff"
    assert (modules / "fonts" / "a.ttf").read_bytes() == b"\x00font bytes\xff"
    assert "_later_payload_0" not in sys.modules  # the bytes are not kept in memory
    assert finder.groups == {}


def test_a_file_that_cannot_be_written_is_a_known_error_and_tried_again(modules):
    (modules / "fonts").write_text("a file where the folder should be")
    finder = UnpackOnImport(modules, {"_later_reader": [("fonts/a.ttf", "_later_payload_0")]})
    sys.meta_path.insert(0, finder)
    try:
        with pytest.raises(KnownError, match="cannot write"):
            importlib.import_module("_later_reader")
        (modules / "fonts").unlink()
        assert importlib.import_module("_later_reader").DATA == b"\x00font bytes\xff"
    finally:
        sys.meta_path.remove(finder)
