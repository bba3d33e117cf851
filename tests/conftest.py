"""Shared fixtures: the real bundled archive, copies of it to break, a temporary data folder."""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Python's cache of compiled modules (__pycache__, git-ignored) even where the environment
# turns it off (PYTHONDONTWRITEBYTECODE, common in containers): without it every Python the
# run starts (xdist's workers, each command run in a process of its own, each reader process
# an import starts) compiles Muragat's modules from source again, and pytest rewrites every
# test module again. Set before xdist starts its workers, so they and every child inherit it.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
    sys.dont_write_bytecode = False

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "reference" / "hrw-wr2026-kazakhstan.txt"
"""The chapter as published (a copy of the seed text, byte for byte), so a fresh clone tests."""
BUNDLE_DIR = ROOT / "resources" / "bundles" / "hrw-wr2026-kazakhstan"


MEMORY_TMP = Path("/dev/shm")
MEMORY_TMP_NEEDED = 4 * 1024**3
"""Free bytes a memory file system must have to hold the run's temporary folders (a run
writes a few hundred MB; containers often give /dev/shm only 64 MB)."""


def _memory_tmp() -> Path | None:
    try:
        stats = os.statvfs(MEMORY_TMP)
    except OSError:
        return None
    if not os.access(MEMORY_TMP, os.W_OK) or stats.f_bavail * stats.f_frsize < MEMORY_TMP_NEEDED:
        return None
    return MEMORY_TMP


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """The run's temporary folders (``tmp_path``) in memory when the machine has room there:
    the tests are about what the files hold, and a test run is thousands of fsyncs that a
    disk makes wait (an fsync on this VM's disk: 2–7 ms). The tests about what reaches the
    disk take `disk_tmp_path`. ``--basetemp`` still chooses; xdist's workers get theirs
    from the controller, under its folder."""
    if config.option.basetemp or hasattr(config, "workerinput"):
        return
    memory = _memory_tmp()
    if memory is not None:
        config.option.basetemp = config._muragat_memory_tmp = tempfile.mkdtemp(
            prefix="muragat-tests-", dir=memory
        )


def built_once(tmp_path_factory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder ``build`` fills, made once for the whole run rather than once per xdist worker:
    the first worker to ask builds it in the run's shared temporary folder while the others
    wait on a lock, then every worker finds it done. Callers copy it before they change it.
    (Where there is no ``fcntl`` — Windows — each worker builds its own.)"""
    root = tmp_path_factory.getbasetemp()
    if fcntl is not None and os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the controller's folder, holding each worker's
    folder = root / f"built-once-{name}"
    with open(root / f"built-once-{name}.lock", "a") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not folder.is_dir():
            partial = root / f"built-once-{name}.partial"
            shutil.rmtree(partial, ignore_errors=True)
            partial.mkdir()
            build(partial)
            partial.rename(folder)  # whole or absent: a failed build is not taken as done
    return folder


def pytest_unconfigure(config):
    made = getattr(config, "_muragat_memory_tmp", None)
    if made is not None:
        shutil.rmtree(made, ignore_errors=True)  # memory is not a place to keep old runs


@pytest.fixture(scope="session")
def _disk_tmp() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="muragat-tests-disk-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def disk_tmp_path(_disk_tmp: Path, request) -> Path:
    """A temporary folder on the disk that holds the system's temporary files, for tests of
    what reaches a real disk (crashes, damage, backups), whatever ``tmp_path`` is on."""
    return Path(tempfile.mkdtemp(prefix=f"{request.node.name[:40]}-", dir=_disk_tmp))


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


@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> Path:
    """The search index of a data folder that holds nothing of the user's yet (the bundled
    report, no notes, no imports), built by `Core.update_index` once per test process."""
    from index.core import INDEX_DIR, Core

    folder = tmp_path_factory.mktemp("built-index") / "data"
    core = Core(folder)
    report = core.update_index()
    core.close()
    assert report.rebuilt and report.added > 0, report
    return folder / INDEX_DIR


@pytest.fixture
def empty_data_dir(tmp_path: Path) -> Path:
    """A data folder on its first start: empty, so the search index is built from nothing."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def data_dir(empty_data_dir: Path, built_index: Path) -> Path:
    """A data folder as the first search leaves it (and as the executable's prebuilt index
    starts it): the search index of the bundled report, and nothing else. A test of building
    the index from nothing takes `empty_data_dir`."""
    from index.core import INDEX_DIR

    shutil.copytree(built_index, empty_data_dir / INDEX_DIR)
    return empty_data_dir


def run_cli(
    *args: str,
    data_dir: Path | None = None,
    env: dict | None = None,
    input: str | None = None,
    own_process: bool = False,
) -> subprocess.CompletedProcess:
    """Run ``muragat`` with these arguments: its entry point, `app.cli.main`, in this process
    with the command's own argv, environment, working folder and standard streams, or, with
    ``own_process``, ``python -m app`` in a process of its own exactly as a user runs it.

    In this process a command costs no interpreter start and no imports (most of a command's
    time); what it prints, logs and exits with is the same. Each documented command keeps a
    test in its own process. A PDF export always runs in its own process: it makes Qt's
    application object, and this process's must be the window's tests' QApplication."""
    full_env = {**os.environ, **(env or {})}
    if data_dir is not None:
        full_env["MURAGAT_DATA_DIR"] = str(data_dir)
    if own_process or "pdf" in args or "--format=pdf" in args:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=full_env,
            capture_output=True,
            text=True,
            timeout=120,
            input=input,
        )
    return _run_in_this_process(list(args), full_env, input)


def _run_in_this_process(
    args: list[str], env: dict, input: str | None
) -> subprocess.CompletedProcess:
    from app.cli import main

    stdin = io.TextIOWrapper(io.BytesIO((input or "").encode("utf-8")), encoding="utf-8")
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(
        io.BytesIO(), encoding="utf-8", errors="backslashreplace", write_through=True
    )
    streams = (sys.stdin, sys.stdout, sys.stderr)
    saved_argv, saved_env, saved_cwd = sys.argv, dict(os.environ), os.getcwd()
    saved_umask = os.umask(0o077)
    os.umask(saved_umask)
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
    sys.argv = [str(ROOT / "app" / "__main__.py"), *args]
    os.environ.clear()
    os.environ.update(env)
    os.chdir(ROOT)
    root.handlers = []  # main's logging.basicConfig then logs to the command's stderr
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's usage errors and --help
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code
        else:
            stderr.write(f"{exc.code}\n")
            code = 1
    except BaseException:  # as the interpreter ends on an uncaught exception
        traceback.print_exc(file=stderr)
        code = 1
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers, root.level = saved_handlers, saved_level
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        os.umask(saved_umask)
        sys.argv = saved_argv
        sys.stdin, sys.stdout, sys.stderr = streams
    return subprocess.CompletedProcess(
        ["muragat", *args], code or 0, _as_text(stdout), _as_text(stderr)
    )


def _as_text(stream: io.TextIOWrapper) -> str:
    """What ``subprocess.run(text=True)`` makes of a stream: decoded, universal newlines."""
    text = stream.buffer.getvalue().decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
