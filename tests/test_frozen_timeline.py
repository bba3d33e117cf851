"""``muragat timeline`` from the single file: the drawing's fonts are packed inside it until
something asks for them (app/unpack_later.py), so SVG and PNG are made from the executable
itself. Builds the executable (``packaging/build``) and is marked slow."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from test_frozen_start import clean_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("MURAGAT_SKIP_FROZEN") == "1", reason="MURAGAT_SKIP_FROZEN=1"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux single file"),
]


def test_the_single_file_draws_the_timeline(executable, tmp_path):
    env = clean_env(tmp_path, MURAGAT_DATA_DIR=str(tmp_path / "data"))
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    for fmt, out in (("png", png), ("svg", svg)):
        result = subprocess.run(
            [str(executable), "timeline", "--format", fmt, "--output", str(out)],
            env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "dated events: 40, date unknown: 12" in result.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    root = ET.parse(svg).getroot()
    assert len([e for e in root.iter() if e.get("data-event") and e.tag.endswith("circle")]) > 10
