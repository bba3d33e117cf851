"""Data folders holding N imported documents of the benchmark corpus (bench_corpus.py), made
the way a user makes them and kept for later runs (issue 23).

``data_folder(base, documents)`` returns ``base/data-N-cV-sS`` (N documents, corpus version V,
seed S) and what is known about it, making it first if need be:

1. the corpus is written to ``base/docs-N-cV-sS/`` (bench_corpus.write_corpus);
2. ``muragat import DOCS`` then ``muragat index``, as fresh processes of the real command
   (``python -m app --data-dir DATA``, run from ``source``: this checkout or MURAGAT_SOURCE),
   each timed (wall, CPU, peak RSS);
3. ``notes`` notes (300 by default) through `Core.add_note`: most on imported paragraphs
   (a quoted passage, tags), the rest on the bundled report's paragraphs and case records (all
   of them on the report when nothing is imported, so 0 and N documents have as many notes).

A folder is reused once ``data-….json`` beside it exists (it holds the corpus stats and the
timings); delete both to make it again. Making 3,000 documents takes a few minutes, 10,000
about half an hour on two shared cores.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_corpus  # noqa: E402

ROOT = HERE.parents[1]


def source() -> Path:
    """The checkout whose code is measured: MURAGAT_SOURCE, else this one."""
    return Path(os.environ.get("MURAGAT_SOURCE") or ROOT).resolve()


def run_timed(cmd: list[str], cwd: Path, env: dict | None = None) -> dict:
    """Run ``cmd`` as a fresh process: wall seconds, CPU seconds (user + system, of it and the
    children it waited for) and peak RSS in MB (ru_maxrss: its largest process), from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {
            "wall": wall,
            "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mb": usage.ru_maxrss / 1024,
            "status": proc.returncode,
            "stdout": out.read().decode("utf-8", "replace"),
            "stderr": err.read().decode("utf-8", "replace"),
        }


def muragat(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "--data-dir", str(data), *args]


def folder_name(documents: int, seed: int) -> str:
    return f"{documents}-c{bench_corpus.CORPUS_VERSION}-s{seed}"


def data_folder(
    base: Path, documents: int, seed: int = 2026, notes: int = 300
) -> tuple[Path, dict]:
    name = folder_name(documents, seed)
    data, info_file = base / f"data-{name}", base / f"data-{name}.json"
    if info_file.exists():
        return data, json.loads(info_file.read_text(encoding="utf-8"))
    base.mkdir(parents=True, exist_ok=True)
    if data.exists():
        raise SystemExit(f"{data} is there but unfinished ({info_file} is missing): delete it")
    info: dict = {"documents": documents, "seed": seed, "source": str(source())}
    docs = base / f"docs-{name}"
    stats = bench_corpus.write_corpus(docs, documents, seed)
    info["corpus"] = stats.describe()
    info["corpus_mb"] = stats.bytes / 1e6
    print(f"[data-{name}] {info['corpus']}", flush=True)
    env = {**os.environ, "PYTHONPATH": str(source())}
    if documents:
        info["load_import"] = os.getloadavg()[0]
        r = run_timed(muragat(data, "import", str(docs)), source(), env)
        if r["status"] != 0:
            raise RuntimeError(r["stderr"][-3000:])
        info["import"] = {k: r[k] for k in ("wall", "cpu", "rss_mb")}
        print(
            f"[data-{name}] muragat import: {r['wall']:.0f} s, CPU {r['cpu']:.0f} s, "
            f"{r['rss_mb']:.0f} MB",
            flush=True,
        )
    info["load_index"] = os.getloadavg()[0]
    r = run_timed(muragat(data, "index"), source(), env)
    if r["status"] != 0:
        raise RuntimeError(r["stderr"][-3000:])
    info["index"] = {k: r[k] for k in ("wall", "cpu", "rss_mb")}
    print(
        f"[data-{name}] muragat index: {r['wall']:.0f} s, CPU {r['cpu']:.0f} s, "
        f"{r['rss_mb']:.0f} MB ({stats.bytes / 1e6 / r['wall']:.2f} MB/s)",
        flush=True,
    )
    r = run_timed(
        [sys.executable, str(Path(__file__)), "--notes", str(data), str(notes), str(seed)],
        source(),
        env,
    )
    if r["status"] != 0:
        raise RuntimeError(r["stderr"][-3000:])
    info.update(json.loads(r["stdout"].strip().splitlines()[-1]))
    info_file.write_text(json.dumps(info, indent=1), encoding="utf-8")
    return data, info


def add_notes(data: Path, count: int, seed: int) -> dict:
    """``count`` notes in ``data`` (in the process of the code measured); returns the ids the
    benchmarks use: an imported paragraph (``show``) and a note."""
    from index.core import Core
    from index.notes.service import new_note

    rng = random.Random(f"{seed}:notes")
    core = Core(data)
    archive = core.archive
    imported = [
        p for b in archive.bundles if not b.builtin for d in b.documents for p in d.paragraphs
    ]
    bundled = [p for b in archive.bundles if b.builtin for d in b.documents for p in d.paragraphs]
    cases = [c.id for c in archive.cases]
    tags = ["trial", "detention", "follow-up", "charges/extremism", "torture", "witness"]
    start = time.perf_counter()
    for n in range(count):
        roll = rng.random()
        text = (
            f"Note {n}: check this against the hearing record; see also case {rng.randint(1, 99)}."
        )
        if imported and roll < 0.8:
            para = rng.choice(imported)
            words = para.text.split()
            quote = " ".join(words[: rng.randint(2, 5)]) if len(words) > 6 else None
            note = new_note(
                archive,
                para.id,
                text,
                quote=quote,
                occurrence=1 if quote else None,
                tags=rng.sample(tags, rng.randint(0, 2)),
            )
        elif roll < 0.95 or not cases:
            note = new_note(
                archive, rng.choice(bundled).id, text, tags=rng.sample(tags, rng.randint(0, 2))
            )
        else:
            note = new_note(archive, rng.choice(cases), text, tags=["case"])
        core.add_note(note)
    seconds = time.perf_counter() - start
    show = imported[len(imported) // 2].id if imported else None
    note_id = core.list_notes()[0].id
    core.close()
    return {"notes": count, "notes_seconds": seconds, "show_imported": show, "note_id": note_id}


if __name__ == "__main__" and sys.argv[1:2] == ["--notes"]:
    sys.path.insert(0, str(source()))
    print(json.dumps(add_notes(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))))
