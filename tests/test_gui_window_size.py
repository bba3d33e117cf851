"""The window's size on the screens people have (issue 26): most of a large screen at a first
start, maximised on a small one, never beyond the screen, and as the user left it after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]

START = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.gui import settings as S
from app.gui.locking import Locker
data = Path(sys.argv[1])
window = Locker(data, S.Settings(str(data / "muragat.ini"))).start()  # as the app starts
for _ in range(30):
    app.processEvents()
if len(sys.argv) > 2:  # the user makes it this size
    window.showNormal()
    window.resize(*json.loads(sys.argv[2]))
    for _ in range(30):
        app.processEvents()
free = window.screen().availableGeometry()
frame = window.frameGeometry()
print(json.dumps({
    "free": [free.x(), free.y(), free.width(), free.height()],
    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
    "size": [window.width(), window.height()],
    "maximised": window.isMaximized(),
}))
window.close()
"""


def start(data_dir: Path, screen: tuple[int, int], tmp_path: Path, resize=None) -> dict:
    """The app's start (`Locker.start`, as `run_gui` calls it) in a process of its own, on a
    screen of ``screen`` pixels; what the window became (then it is closed, as a user does)."""
    config = tmp_path / f"screen-{screen[0]}x{screen[1]}.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": "screen",
                        "x": 0,
                        "y": 0,
                        "width": screen[0],
                        "height": screen[1],
                        "logicalDpiX": 96,
                        "logicalDpiY": 96,
                        "dpr": 1,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    args = [sys.executable, "-c", START, str(data_dir)]
    if resize:
        args.append(json.dumps(resize))
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(frame: list[int], free: list[int]) -> bool:
    return QRect(*free).contains(QRect(*frame))


@pytest.mark.parametrize(
    ("screen", "maximised"), [((1024, 600), True), ((1366, 768), True), ((1920, 1080), False)]
)
def test_the_first_window_fits_the_screen_and_is_remembered(data_dir, tmp_path, screen, maximised):
    first = start(data_dir, screen, tmp_path)
    assert first["maximised"] is maximised, first
    assert inside(first["frame"], first["free"]), first  # never beyond the screen
    width, height = first["size"]
    assert width >= 0.85 * screen[0] and height >= 0.8 * screen[1], first  # most of it
    again = start(data_dir, screen, tmp_path)
    assert (again["maximised"], again["size"]) == (first["maximised"], first["size"])
    if screen != (1366, 768):
        return
    # The size the user chose (un-maximised) is the size of the next start.
    chosen = start(data_dir, screen, tmp_path, resize=[900, 560])
    assert chosen["size"] == [900, 560] and not chosen["maximised"]
    assert start(data_dir, screen, tmp_path)["size"] == [900, 560]


@pytest.mark.parametrize(
    "free",
    [
        QRect(0, 0, 1024, 600),
        QRect(0, 27, 1366, 741),  # a panel at the top
        QRect(0, 0, 1280, 800),
        QRect(0, 0, 1440, 860),
        QRect(0, 0, 1920, 1050),
        QRect(1920, 0, 2560, 1400),  # a second screen, right of the first
        QRect(0, 0, 3840, 2100),
    ],
)
def test_the_first_geometry_for_each_screen(free):
    from app.gui.geometry import first_geometry

    first = first_geometry(free)
    normal = first.normal
    assert free.contains(normal), (free, normal)
    if not first.maximised:  # its frame's room too
        assert free.contains(normal.adjusted(0, -40, 0, 40)), (free, normal)
    assert abs(normal.center().x() - free.center().x()) <= 1
    assert first.maximised is (free.width() < 1400 or free.height() < 820)
    if not first.maximised:
        assert normal.width() >= min(0.85 * free.width(), 2200), normal
        assert normal.height() >= min(0.85 * free.height(), 1400) - 50, normal
