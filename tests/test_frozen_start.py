"""The single file starts where people run it and leaves nothing behind (issue 11): a noexec
temporary folder, a hard kill of the launcher, the system floor it records.

These build the executable (``packaging/build``, about a minute) and are marked slow."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import ROOT

from app.frozen import UNPACK_PREFIX

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("MURAGAT_SKIP_FROZEN") == "1", reason="MURAGAT_SKIP_FROZEN=1"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux single file"),
]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MURAGAT_", "XDG_")) and k not in ("HOME", "TMPDIR", "TEMP", "TMP")
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", **extra)
    return env


def can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o noexec tmpfs /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not can_mount(), reason="needs root to mount a noexec tmpfs")


def in_noexec_namespace(command: list[str], env: dict[str, str], noexec: list[Path]):
    """Run ``command`` in a private mount namespace where each of ``noexec`` is a fresh tmpfs
    mounted noexec (as hardened machines mount /tmp). It starts in the executable's folder:
    the checkout may be below a hidden folder, and the import worker process needs its
    parent's working folder to exist."""
    mounts = " && ".join(f"mount -t tmpfs -o noexec,size=1g tmpfs '{p}'" for p in noexec)
    script = f'{mounts} && exec "$@"'
    return subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh", *command],
        cwd=Path(command[0]).parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_version_states_the_oldest_glibc_it_needs(executable, tmp_path):
    result = subprocess.run(
        [str(executable), "--version"], env=clean_env(tmp_path), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "needs the GNU C library (glibc) 2.35 or newer" in result.stdout
    info = json.loads((ROOT / "build/pyinstaller-muragat/muragat/build-info.json").read_text())
    floor = tuple(int(x) for x in info["glibc_floor"].split("."))
    assert floor <= (2, 35), info  # Ubuntu 22.04's glibc


HIDDEN = (Path("/tmp"), Path("/var/tmp"))
"""What these tests cover with a fresh noexec mount, as hardened machines mount them."""


def _outside_hidden(path: Path) -> bool:
    path = path.resolve()
    return not any(path == h or h in path.parents for h in HIDDEN)


@pytest.fixture
def outside_tmp(executable):
    """A folder outside /tmp and /var/tmp (which the tests hide) holding a copy of the
    executable and a home folder: the checkout itself may live below /tmp."""
    candidates = [ROOT / "build", Path.home(), Path("/opt"), Path("/srv")]
    base = next(c for c in candidates if c.is_dir() and _outside_hidden(c))
    folder = Path(tempfile.mkdtemp(prefix="muragat-noexec-test-", dir=base))
    (folder / "home").mkdir()
    exe = folder / executable.name
    shutil.copy2(executable, exe)
    yield exe, folder / "home"
    shutil.rmtree(folder, ignore_errors=True)


@needs_mount
def test_starts_when_every_temporary_folder_is_noexec(outside_tmp):
    executable, home = outside_tmp
    env = clean_env(home, TMPDIR="/tmp")  # mounted noexec below, like /var/tmp
    result = in_noexec_namespace([str(executable), "--self-test"], env, list(HIDDEN))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("muragat self-test OK"), result.stdout
    assert "failed to map segment" not in result.stderr
    # It unpacked into the user's cache folder, and removed that at exit.
    cache = home / ".cache" / "muragat"
    assert cache.is_dir()
    assert list(cache.iterdir()) == []


@needs_mount
def test_says_in_one_line_what_to_do_when_nothing_allows_running_programs(outside_tmp):
    executable, home = outside_tmp
    env = clean_env(home)
    result = in_noexec_namespace([str(executable), "--version"], env, [*HIDDEN, home])
    assert result.returncode != 0
    assert "failed to map segment" not in result.stderr
    assert "no folder to unpack into allows running programs" in result.stderr
    assert "TMPDIR" in result.stderr


def unpack_folders(tmp: Path) -> list[Path]:
    return sorted(tmp.glob(UNPACK_PREFIX + "*"))


def processes_using(folder: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(folder) + "/" in (entry / "maps").read_text(errors="replace"):
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def test_a_hard_kill_leaves_nothing_after_the_next_start(executable, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = clean_env(home, TMPDIR=str(tmp), MURAGAT_DATA_DIR=str(tmp_path / "data"))
    app = subprocess.Popen(
        [str(executable)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        users: list[int] = []
        while time.monotonic() < deadline:
            folders = unpack_folders(tmp)
            if folders and (folders[0] / "resources" / "build-info.json").is_file():
                users = processes_using(folders[0])
                if users:
                    break
            time.sleep(0.2)
        assert users, "the app did not start"
        (leftover,) = unpack_folders(tmp)
        os.kill(app.pid, signal.SIGKILL)  # the launcher; the app itself may keep running
        app.wait(10)
        survivors = [pid for pid in users if pid != app.pid]

        def start_again() -> None:
            run = subprocess.run(
                [str(executable), "cases"], env=env, capture_output=True, text=True, timeout=300
            )
            assert run.returncode == 0, run.stderr

        if survivors:
            start_again()  # the app is still running from that folder: it must stay
            assert leftover.is_dir() and processes_using(leftover)
            for pid in survivors:
                os.kill(pid, signal.SIGKILL)
            time.sleep(0.5)
        assert leftover.is_dir()  # nothing removed it yet: this is the waste the issue saw
        start_again()
        assert unpack_folders(tmp) == [], "a leftover unpack folder survived the next start"
    finally:
        if app.poll() is None:
            app.kill()
        for folder in unpack_folders(tmp):
            for pid in processes_using(folder):
                os.kill(pid, signal.SIGKILL)


def test_another_programs_unpack_folder_is_left_alone(executable, tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    foreign = tmp / "_MEI00000001abcdef"  # a dead launcher's, but not ours: no build-info
    (foreign / "lib").mkdir(parents=True)
    env = clean_env(tmp_path, TMPDIR=str(tmp))
    run = subprocess.run([str(executable), "--version"], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert unpack_folders(tmp) == [foreign]
