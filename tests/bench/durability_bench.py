"""Red-team benchmark for issue 14: kill -9 during saves and backups, WAL damage, truncations,
flipped bytes, damaged search index, concurrent starts, fuzzed queries, hostile imports. Prints
one table of figures; run it on two trees to compare (before/after):

    .venv/bin/python tests/bench/durability_bench.py                 # this checkout
    .venv/bin/python tests/bench/durability_bench.py --tree /tmp/base # another checkout

Everything runs in a temporary folder; the code under test is the tree's ``app``/``index``
(run as ``python -m app`` with the tree as working directory). ``--scale`` multiplies the
trial counts (1 finishes in a few minutes on two cores).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable


class Tree:
    def __init__(self, root: Path) -> None:
        self.root = root

    def cli(self, data: Path, *args: str, timeout: float = 120, **kw):
        env = {**os.environ, "MURAGAT_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
        try:
            return subprocess.run(
                [PY, "-m", "app", *args],
                cwd=self.root, env=env, capture_output=True, text=True, timeout=timeout, **kw,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return None

    def child(self, code: str, *args: str, **kw) -> subprocess.Popen:
        prelude = f"import sys; sys.path.insert(0, {str(self.root)!r})\n"
        return subprocess.Popen(
            [PY, "-c", prelude + code, *args], cwd=self.root, stdout=subprocess.PIPE, text=True,
            stderr=subprocess.DEVNULL, **kw,
        )  # fmt: skip

    def run(self, code: str, *args: str, timeout: float = 300) -> str:
        prelude = f"import sys; sys.path.insert(0, {str(self.root)!r})\n"
        done = subprocess.run(
            [PY, "-c", prelude + code, *args], cwd=self.root, capture_output=True, text=True,
            timeout=timeout,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"},
        )  # fmt: skip
        if done.returncode:
            raise RuntimeError(done.stderr[-2000:])
        return done.stdout


def listed(tree: Tree, data: Path) -> tuple[set[str] | None, str, bool]:
    """(note bodies, stderr, traceback?) as `notes list --json` gives them; None if it failed."""
    done = tree.cli(data, "notes", "list", "--json")
    if done is None:
        return None, "timeout", False
    tb = "Traceback" in done.stderr
    if done.returncode:
        return None, done.stderr, tb
    try:
        return {n["body"] for n in json.loads(done.stdout)}, done.stderr, tb
    except ValueError:
        return None, done.stderr, tb


# -- trials -----------------------------------------------------------------------------------

SAVER = """
import sys, time
from pathlib import Path
from index.core import Core
from index.notes.service import new_note
core = Core(Path(sys.argv[1]))
n = 0
while True:
    n += 1
    core.add_note(new_note(core.archive, None, f"saved {n}"))
    print(n, flush=True)
    if len(sys.argv) > 2 and n >= int(sys.argv[2]):
        time.sleep(60)
"""


def kill_during_saves(tree: Tree, work: Path, trials: int, rng: random.Random) -> dict:
    lost = acked = bad = 0
    for t in range(trials):
        data = work / f"kill-{t}"
        proc = tree.child(SAVER, str(data))
        proc.stdout.readline()
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(proc.pid, signal.SIGKILL)
        out = proc.stdout.read()
        proc.wait()
        done = [int(x) for x in out.split()] if out else []
        last = max(done) if done else 1
        acked += last
        bodies, _err, tb = listed(tree, data)
        if bodies is None or tb:
            bad += 1
            continue
        lost += sum(1 for n in range(1, last + 1) if f"saved {n}" not in bodies)
    return {"trials": trials, "saved notes": acked, "lost": lost, "failed to open": bad}


BACKUPPER = """
import sys
from pathlib import Path
from index.core import Core
from index.notes import db
from index.notes.service import new_note
core = Core(Path(sys.argv[1]))
n = 0
while True:
    n += 1
    core.add_note(new_note(core.archive, None, f"saved {n} " + "x" * 3000))
    store = core._notes
    db.backup(store._writer, store.path, store.backups, force=True)
    print(n, flush=True)
"""


def backup_is_good(path: Path) -> bool:
    try:
        if path.stat().st_size < 512:
            return False
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            return ok and conn.execute("SELECT count(*) FROM notes").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def kill_during_backups(tree: Tree, work: Path, trials: int, rng: random.Random) -> dict:
    bad_backups = restore_lost = silent = 0
    for t in range(trials):
        data = work / f"bk-{t}"
        proc = tree.child(BACKUPPER, str(data))
        proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 1.0))
        os.kill(proc.pid, signal.SIGKILL)
        out = proc.stdout.read()
        proc.wait()
        last = max([int(x) for x in out.split()] or [1])
        bad_backups += sum(
            1 for b in (data / "backups").glob("notes-*.sqlite3") if not backup_is_good(b)
        )
        # then the database is lost (an interrupted sync): what comes back?
        for suffix in ("", "-wal", "-shm"):
            Path(f"{data / 'notes.sqlite3'}{suffix}").unlink(missing_ok=True)
        (data / "notes.sqlite3").write_bytes(b"")
        bodies, err, _tb = listed(tree, data)
        got = {b.split()[1] for b in bodies or ()}
        if not err.strip():
            silent += 1
        restore_lost += sum(1 for n in range(1, last) if str(n) not in got)
    return {
        "trials": trials,
        "backups that are empty/half/damaged": bad_backups,
        "silent (no message) after db loss": silent,
        "notes lost by the restore (of those backed up)": restore_lost,
    }


CRASHED = """
import sys, time
from pathlib import Path
from index.core import Core
from index.notes.service import new_note
core = Core(Path(sys.argv[1]))
for n in range(int(sys.argv[2])):
    core.add_note(new_note(core.archive, None, f"saved {n} " + "y" * 500))
print("done", flush=True)
time.sleep(600)
"""


def wal_damage(tree: Tree, work: Path, trials: int, rng: random.Random) -> dict:
    """A window session saves notes and is killed; one byte of its WAL is then damaged."""
    lost = saved = silent_loss = tracebacks = with_wal = 0
    for t in range(trials):
        data = work / f"wal-{t}"
        count = rng.randint(10, 40)
        proc = tree.child(CRASHED, str(data), str(count))
        proc.stdout.readline()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        saved += count
        wal = data / "notes.sqlite3-wal"
        if wal.exists() and wal.stat().st_size > 32 + 24 + 4096:
            with_wal += 1
            blob = bytearray(wal.read_bytes())
            blob[rng.randrange(32, len(blob) // 2)] ^= 0x5A
            wal.write_bytes(bytes(blob))
        bodies, err, tb = listed(tree, data)
        tracebacks += tb
        missing = sum(1 for n in range(count) if not any(f"saved {n} " in b for b in bodies or ()))
        lost += missing
        if missing and not err.strip():
            silent_loss += 1
    return {
        "trials": trials,
        "saved notes": saved,
        "trials with notes still in the WAL": with_wal,
        "notes lost": lost,
        "trials losing notes silently": silent_loss,
        "tracebacks": tracebacks,
    }


def wal_held(tree: Tree, work: Path, trials: int, rng: random.Random) -> dict:
    """Notes that are still only in the WAL when a process dies (another writer kept it from
    being checkpointed); then one byte of the WAL is damaged."""
    lost = saved = silent_loss = tracebacks = 0
    for t in range(trials):
        live = work / f"held-{t}"
        assert tree.cli(live, "notes", "add", "--text", "first").returncode == 0
        conn = sqlite3.connect(live / "notes.sqlite3", isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        count = rng.randint(10, 40)
        for n in range(count):
            conn.execute(
                "INSERT INTO notes (id, target_kind, body, created, modified) VALUES "
                "(?, 'free', ?, '2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z')",
                (f"w{n}", f"held {n} " + "y" * 500),
            )
        image = work / f"held-image-{t}"
        shutil.copytree(live, image)
        conn.close()
        saved += count
        wal = image / "notes.sqlite3-wal"
        blob = bytearray(wal.read_bytes())
        blob[rng.randrange(32, len(blob) // 2)] ^= 0x5A
        wal.write_bytes(bytes(blob))
        bodies, err, tb = listed(tree, image)
        tracebacks += tb
        missing = sum(1 for n in range(count) if not any(f"held {n} " in b for b in bodies or ()))
        lost += missing
        if missing and not err.strip():
            silent_loss += 1
    return {"trials": trials, "notes in the WAL": saved, "notes lost": lost,
            "trials losing notes silently": silent_loss, "tracebacks": tracebacks}  # fmt: skip


def prepared(tree: Tree, work: Path, name: str, n: int = 30) -> Path:
    data = work / name
    tree.run(
        "import sys\nfrom pathlib import Path\nfrom index.core import Core\n"
        "from index.notes.service import new_note\n"
        "for s in range(2):\n"
        "    core = Core(Path(sys.argv[1]))\n"
        "    for i in range(int(sys.argv[2])):\n"
        "        core.add_note(new_note(core.archive, None, f'note {s}-{i} ' + 'z' * 400))\n"
        "    core.close()\n",
        str(data),
        str(n // 2),
    )
    return data


def truncations(tree: Tree, work: Path, rng: random.Random) -> dict:
    base = prepared(tree, work, "trunc-base")
    rows = {}
    for label in ("0 bytes", "1 byte", "100 bytes", "half", "last page cut"):
        data = work / f"trunc-{label.replace(' ', '-')}"
        shutil.copytree(base, data)
        db = data / "notes.sqlite3"
        size = db.stat().st_size
        cut = {"0 bytes": 0, "1 byte": 1, "100 bytes": 100, "half": size // 2}.get(
            label, size - 4096
        )
        with db.open("r+b") as fh:
            fh.truncate(cut)
        bodies, err, tb = listed(tree, data)
        kept = len(bodies or ())
        state = "traceback" if tb else ("reported" if err.strip() else "SILENT")
        rows[label] = f"{kept}/30 notes, {state}"
    return rows


def flipped_bytes(tree: Tree, work: Path, trials: int, rng: random.Random) -> dict:
    base = prepared(tree, work, "flip-base")
    bricked = silent = reported = lost = tracebacks = 0
    for t in range(trials):
        data = work / f"flip-{t}"
        shutil.copytree(base, data)
        db = data / "notes.sqlite3"
        blob = bytearray(db.read_bytes())
        if t % 2 == 0:  # inside a note's text
            at = blob.find(b"zzzz", rng.randrange(len(blob) // 2))
            at = at if at > 0 else blob.find(b"zzzz")
            blob[at + 2] = 0xFF
        else:
            blob[rng.randrange(100, len(blob))] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(blob))
        bodies, err, tb = listed(tree, data)
        tracebacks += tb
        if bodies is None:
            bricked += 1
            continue
        missing = 30 - len(bodies)
        lost += max(missing, 0)
        if err.strip():
            reported += 1
        elif missing > 0:
            silent += 1
    return {
        "trials": trials,
        "notes commands failing": bricked,
        "tracebacks": tracebacks,
        "silent loss": silent,
        "reported": reported,
        "notes lost": lost,
    }


def index_damage(tree: Tree, work: Path, trials: int, rng: random.Random) -> dict:
    base = work / "ix-base"
    assert tree.cli(base, "search", "freedom").returncode == 0
    failing = tracebacks = lies = 0
    for t in range(trials):
        data = work / f"ix-{t}"
        shutil.copytree(base, data)
        segs = sorted((data / "index").glob("*.seg"), key=lambda p: p.stat().st_size)
        seg = segs[-1]
        blob = bytearray(seg.read_bytes())
        for _ in range(3):
            blob[rng.randrange(len(blob))] ^= 0xFF
        seg.write_bytes(bytes(blob))
        status = tree.cli(data, "index")
        said_fine = status is not None and "up to date" in status.stdout
        found = tree.cli(data, "search", "Ensebek")
        if found is None or found.returncode:
            failing += 1
        tracebacks += "Traceback" in (found.stderr if found else "")
        check = tree.cli(data, "index", "--rebuild")
        again = tree.cli(base, "search", "--json", "Ensebek")
        if said_fine and check and again and found and found.stdout.count("\n") < 1:
            lies += 1
    return {"trials": trials, "searches failing": failing, "tracebacks": tracebacks,
            "'up to date' while damaged and answering nothing": lies}  # fmt: skip


PROBE = """
import sys
from pathlib import Path
from index.paths import ensure_data_dir
bad = 0
for _ in range(int(sys.argv[2])):
    try:
        ensure_data_dir(Path(sys.argv[1]))
    except Exception:
        bad += 1
print(bad)
"""


def concurrent_starts(tree: Tree, work: Path, calls: int) -> dict:
    procs = [tree.child(PROBE, str(work / "probe"), str(calls)) for _ in range(4)]
    bad = sum(int(p.communicate()[0] or 0) for p in procs)
    return {"calls": 4 * calls, "failed": bad}


QUERIES = """
import json, random, string, sys, time
from pathlib import Path
from index.core import Core
core = Core(Path(sys.argv[1]))
if not (Path(sys.argv[1]) / "bundles").exists():
    rng = random.Random(14)
    words = sorted({"".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 11)))
                    for _ in range(40000)})
    rng.shuffle(words)
    doc = Path(sys.argv[1]).parent / "wordlist.txt"
    doc.write_text("\\n\\n".join(" ".join(words[i:i + 200]) for i in range(0, len(words), 200)))
    core.import_paths([doc])
core.update_index()
rng = random.Random(int(sys.argv[2]))
pathological = ["**", "*?*", "a*", "*a*e*i*", "[a-z]*", "date:[to]", "date:[1900 to]"]
def paragraph():
    return " ".join("".join(rng.choices("бвгдклмнпрстфхцч", k=rng.randint(6, 12)))
                    for _ in range(150))
def fuzz():
    parts = [rng.choice(["*", "?", "~", "(", ")", '"', "OR", "AND", "NOT", "date:", "tag:",
                         "[", "]", "to", "a", "freedom", "Ensebek", "kaz*", "qwerty~2"])
             for _ in range(rng.randint(1, 8))]
    return " ".join(parts)
times, errors, classes = [], 0, {}
n = int(sys.argv[3])
for i in range(n):
    if i < len(pathological):
        q, cls = pathological[i], pathological[i]
    elif i % 10 == 0:
        q, cls = paragraph(), "pasted paragraph"
    else:
        q, cls = fuzz(), "fuzz"
    start = time.monotonic()
    try:
        core.find(q, budget=2.0)
    except Exception:
        errors += 1
    took = time.monotonic() - start
    times.append(took)
    classes[cls] = max(classes.get(cls, 0), took)
times.sort()
print(json.dumps({"queries": n, "exceptions": errors, "max s": round(times[-1], 2),
                  "p99 s": round(times[int(len(times) * 0.99) - 1], 2),
                  "over 2.5 s (budget 2 s)": sum(t > 2.5 for t in times),
                  "worst by class": {k: round(v, 2) for k, v in classes.items()}}))
"""


def fuzzed_queries(tree: Tree, work: Path, count: int) -> dict:
    (work / "q").mkdir()
    return json.loads(tree.run(QUERIES, str(work / "q" / "data"), "14", str(count), timeout=3600))


def hostile_imports(tree: Tree, work: Path) -> dict:
    folder = work / "hostile"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"Latin-1 name")
    (folder / "new\nline.txt").write_text("newline in the name")
    (folder / "\x1b[31mred.md").write_text("# \x1b[2JTitle\n\nbody")
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(20 * 1024**3)
    (folder / "chat.txt").write_text("\n".join(f"[12:00] u: message {n}" for n in range(3000)))
    (folder / "fake.md").write_text('# Fake\n\n<div style="font-size:90px">HRW</div>\n')
    (folder / "regex.html").write_text("<main>" * 30000)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from test_hostile_imports import slow_pdf, text_pdf

    text_pdf(folder / "aes.pdf", "Encrypted but readable", "")
    slow_pdf(folder / "operators.pdf")
    started = time.monotonic()
    done = tree.cli(work / "imp", "import", str(folder), timeout=400)
    took = time.monotonic() - started
    if done is None:
        return {"files": 12, "outcome": "HUNG (killed after 400 s)", "seconds": round(took)}
    outcome = "traceback" if "Traceback" in done.stderr else f"completed (exit {done.returncode})"
    summary = next((ln for ln in done.stdout.splitlines() if " added, " in ln), "no summary")
    listing = tree.cli(work / "imp", "import", "--list")
    escapes = "\x1b" in done.stdout + done.stderr + (listing.stdout if listing else "")
    return {"files": 12, "outcome": outcome, "seconds": round(took, 1), "summary": summary,
            "escape codes printed raw": escapes}  # fmt: skip


# -- damage classes of issue 25: one child process per class, trials in it ------------------

DAMAGE = r"""
import json, os, random, shutil, sqlite3, struct, sys, traceback, uuid
from pathlib import Path
from index.errors import KnownError
from index.notes.model import Note
from index.notes.store import NotesStore

work, kind, trials, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
STAMP = "2026-11-02T00:00:00Z"


def base(n_main=20, n_wal=30):
    # notes saved by the store (checkpointed, backed up), then more held only in the WAL
    # (another connection kept it from being checkpointed) when the folder is copied
    data = work / "base"
    store = NotesStore(data / "notes.sqlite3")
    for i in range(n_main):
        store.add(Note(id=str(uuid.uuid4()), target_kind="free", target_id=None,
                       body=f"main {i} " + "z" * 400, created=STAMP, modified=STAMP))
    store.close()
    conn = sqlite3.connect(data / "notes.sqlite3", isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(n_wal):
        conn.execute("INSERT INTO notes (id, target_kind, body, created, modified) VALUES "
                     "(?, 'free', ?, ?, ?)", (f"w{i}", f"held {i} " + "y" * 500, STAMP, STAMP))
    image = work / "image"
    shutil.copytree(data, image)
    conn.close()
    bodies = {f"main {i} " + "z" * 400 for i in range(n_main)}
    bodies |= {f"held {i} " + "y" * 500 for i in range(n_wal)}
    return image, bodies


image, expected = base()
db = image / "notes.sqlite3"
wal_blob = (image / "notes.sqlite3-wal").read_bytes()
page_size = struct.unpack(">I", wal_blob[8:12])[0]
frame = 24 + page_size
frames = (len(wal_blob) - 32) // frame
cuts = [32 + k * frame + d for k in range(frames + 1) for d in (0, frame // 2) if 32 + k * frame + d <= len(wal_blob)]
stats = {"trials": 0, "lockouts": 0, "tracebacks": 0, "notes lost": 0,
         "trials losing notes silently": 0, "trials reporting damage": 0,
         "losses the message denies": 0, "altered text restored": 0, "WAL frames": frames}
if kind == "WAL truncated at/between frames":
    trials = len(cuts)  # every frame boundary, and the middle of every frame
for t in range(trials):
    data = work / f"t{t}"
    shutil.copytree(image, data)
    target = data / "notes.sqlite3"
    wal = Path(f"{target}-wal")
    altered = None
    if kind in ("header bytes 16-100", "page 1", "database cut short"):
        # damage to the main file: every note checkpointed into it first
        conn = sqlite3.connect(target, isolation_level=None)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    if kind == "zeroed frame header":
        blob = bytearray(wal.read_bytes())
        at = 32 + rng.randrange(frames) * frame
        blob[at:at + 24] = bytes(24)
        wal.write_bytes(bytes(blob))
    elif kind == "random frame garbage":
        blob = bytearray(wal.read_bytes())
        at = 32 + rng.randrange(frames) * frame
        start = at + rng.randrange(frame)
        length = rng.randint(1, frame)
        end = min(start + length, len(blob))
        blob[start:end] = rng.randbytes(end - start)
        wal.write_bytes(bytes(blob))
    elif kind == "WAL truncated at/between frames":
        with wal.open("r+b") as fh:
            fh.truncate(cuts[t % len(cuts)])
    elif kind == "header bytes 16-100":
        blob = bytearray(target.read_bytes())
        at = rng.randrange(16, 100)
        blob[at] = (blob[at] + rng.randrange(1, 256)) % 256
        target.write_bytes(bytes(blob))
    elif kind == "page 1":
        blob = bytearray(target.read_bytes())
        start = rng.randrange(100, page_size)
        end = min(page_size, start + rng.randint(1, page_size))
        blob[start:end] = rng.randbytes(end - start)
        target.write_bytes(bytes(blob))
    elif kind == "database cut short":
        size = target.stat().st_size
        with target.open("r+b") as fh:
            fh.truncate(rng.randrange(1, size))
    elif kind == "backup altered (valid UTF-8)":
        # the newest backup's copy of one note is changed (same length, still valid text),
        # then the database is lost: the altered text must never come back as the note
        newest = sorted((data / "backups").glob("notes-*.sqlite3"))[-1]
        blob = bytearray(newest.read_bytes())
        at = blob.find(b"main %d " % rng.randrange(20))
        if at < 0:
            at = blob.find(b"main ")
        blob[at:at + 4] = b"MAIN"
        newest.write_bytes(bytes(blob))
        altered = "MAIN"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        target.write_bytes(b"")
        expected_here = {b for b in expected if b.startswith("main ")}
    stats["trials"] += 1
    want = expected_here if altered else expected
    try:
        store = NotesStore(target)
        try:
            got = {n.body for n in store.notes()}
            messages = list(store.messages)
        finally:
            store.close()
    except KnownError:
        stats["lockouts"] += 1
        stats["notes lost"] += len(want)
        continue
    except Exception:
        stats["lockouts"] += 1
        stats["tracebacks"] += 1
        stats["notes lost"] += len(want)
        continue
    missing = len(want - got)
    stats["notes lost"] += missing
    if messages:
        stats["trials reporting damage"] += 1
        if missing and any("No lost note was detected" in m for m in messages):
            stats["losses the message denies"] += 1
    elif missing:
        stats["trials losing notes silently"] += 1
    if altered and any(altered in b for b in got):
        stats["altered text restored"] += 1
    shutil.rmtree(data, ignore_errors=True)
print(json.dumps(stats))
"""

DAMAGE_CLASSES = (
    "zeroed frame header", "random frame garbage", "WAL truncated at/between frames",
    "header bytes 16-100", "page 1", "database cut short", "backup altered (valid UTF-8)",
)  # fmt: skip


def damage(tree: Tree, work: Path, kind: str, trials: int) -> dict:
    """Notes in the main file and in the WAL of a session that could not checkpoint; one
    damage of ``kind`` per trial, then the store is opened (as every command does)."""
    return json.loads(tree.run(DAMAGE, str(work), kind, str(trials), "25", timeout=7200))


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its finished children."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tree", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", action="append", help="run only these trial classes")
    args = parser.parse_args()
    tree = Tree(Path(args.tree).resolve())
    rng = random.Random(14)
    n = lambda k: max(1, int(k * args.scale))  # noqa: E731
    classes = {
        "kill -9 during saves": lambda w: kill_during_saves(tree, w, n(15), rng),
        "kill -9 during backups": lambda w: kill_during_backups(tree, w, n(12), rng),
        "WAL damage after a killed session": lambda w: wal_damage(tree, w, n(15), rng),
        "WAL damage (notes held in the WAL)": lambda w: wal_held(tree, w, n(15), rng),
        "truncations": lambda w: truncations(tree, w, rng),
        "flipped bytes in the database": lambda w: flipped_bytes(tree, w, n(16), rng),
        "damaged search index": lambda w: index_damage(tree, w, n(6), rng),
        "concurrent starts (probe race)": lambda w: concurrent_starts(tree, w, n(1500)),
        "fuzzed + pathological queries": lambda w: fuzzed_queries(tree, w, n(300)),
        "hostile imports (one batch)": lambda w: hostile_imports(tree, w),
    }
    for kind in DAMAGE_CLASSES:
        classes[f"damage: {kind}"] = lambda w, k=kind: damage(tree, w, k, n(200))
    print(f"tree: {tree.root}")
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"{'trial class':<36} result")
    for name, trial in classes.items():
        if args.only and not any(o in name for o in args.only):
            continue
        with tempfile.TemporaryDirectory(prefix="muragat-bench-") as tmp:
            started = time.monotonic()
            cpu = _cpu()
            try:
                result = trial(Path(tmp))
            except Exception as exc:  # a trial class that cannot run on this tree
                result = {"could not run": f"{type(exc).__name__}: {str(exc)[-300:]}"}
            result["bench s"] = round(time.monotonic() - started, 1)
            result["cpu s"] = round(_cpu() - cpu, 1)
        print(f"{name:<36} {json.dumps(result, ensure_ascii=False)}", flush=True)
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
