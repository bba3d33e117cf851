"""The Qt binding must not corrupt reference counts (issue 11: PySide6 6.12.0 on Python 3.11
aborted the app with ``none_dealloc`` after enough void Qt calls)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

from app.qt_binding import none_is_immortal

SCRIPT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from app.qt_binding import void_call_refcount_drift
app = QApplication([])
print(json.dumps(void_call_refcount_drift(100_000)))
"""


@pytest.mark.skipif(none_is_immortal(), reason="None is immortal on Python 3.12+")
def test_100000_void_qt_calls_leave_nones_refcount_unchanged():
    # In a child process: a binding with the bug aborts the interpreter, which must fail this
    # test, not kill the test run.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"the interpreter died: {result.stderr[-2000:]}"
    drift = json.loads(result.stdout)
    assert len(drift) >= 7
    assert drift == dict.fromkeys(drift, 0), f"None's reference count moved: {drift}"


def test_the_pinned_binding_is_the_one_installed():
    """pyproject pins the release verified above; a different one installed means the check ran
    against something we do not ship."""
    import tomllib
    from importlib.metadata import version

    pins = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pin = next(d for d in pins["dependencies"] if d.startswith("PySide6-Essentials"))
    assert pin == f"PySide6-Essentials=={version('PySide6-Essentials')}"
