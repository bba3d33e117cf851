"""An index build's temporary disk and memory, watched from outside (issue 18).

    .venv/bin/python tests/bench/build_bench.py [--size 3000] [NAME=VALUE ...]

Builds ``--size`` synthetic documents (`search_bench.synthetic_items`; ``bundled`` for the
shipped archive; ``--folder DIR`` for a folder of documents, `folder_items`) through `SearchEngine.ensure` in a process with one thread, as the CLI does
(so the multi-process writer is used where it would be), while a separate process polls every
0.5 s the index folder's size (Whoosh's temporary sorted runs live in its ``*.tmp`` folder) and
the resident memory of the build's process tree (the build and its writer processes, summed).
CPU is reported in all and split into this process's (items, documents handed to the writer
processes; text generation excluded) and the writer processes' (analysis, pool, commit, and
the watcher's polling), with each writer process's own CPU as last seen by the watcher.
``NAME=VALUE`` sets a constant of `index.search.index_folder` first (``BATCH_CHARS=4000000``,
``PARALLEL_PROCS=1``). Prints one JSON line: peaks, wall and CPU time (the build's processes,
text generation excluded), commits, segments, the index's size. Asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for entry in (ROOT, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and every descendant (pages shared after fork count twice)."""
    pending, seen, total = [pid], set(), 0
    while pending:
        p = pending.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as f:
                total += sum(int(ln.split()[1]) * 1024 for ln in f if ln.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    pending += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return total


def folder_bytes(folder: str) -> int:
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(root, name)).st_size
    return total


def descendants(pid: int) -> list[int]:
    pending, out = [pid], []
    while pending:
        p = pending.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    kids = [int(x) for x in f.read().split()]
                out += kids
                pending += kids
        except OSError:
            pass
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (/proc/PID/stat), 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def watch(pid: int, folder: str, out: str, stop: str) -> None:
    peak = {"folder": 0, "tmp": 0, "rss": 0}
    writers: dict[int, float] = {}
    while not os.path.exists(stop):
        names = os.listdir(folder) if os.path.isdir(folder) else []
        tmp = sum(folder_bytes(os.path.join(folder, n)) for n in names if n.endswith(".tmp"))
        now = {"folder": folder_bytes(folder), "tmp": tmp, "rss": tree_rss(pid)}
        peak = {k: max(peak[k], now[k]) for k in peak}
        for child in descendants(pid):
            if child != os.getpid():
                writers[child] = max(writers.get(child, 0.0), cpu_seconds(child))
        time.sleep(0.5)
    peak["writers"] = sorted((round(s, 1) for s in writers.values()), reverse=True)
    Path(out).write_text(json.dumps(peak))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="3000")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--folder", help="index this folder's documents (folder_items.py)")
    parser.add_argument("constants", nargs="*", help="NAME=VALUE of index.search.index_folder")
    args = parser.parse_args()
    import index.search.index_folder as index_folder

    for pair in args.constants:
        name, value = pair.split("=", 1)
        setattr(index_folder, name, int(value))
    from search_bench import Feed, make_factory

    from index.search.engine import SearchEngine

    tmp = Path(tempfile.mkdtemp(prefix="muragat-build-"))
    folder, stop, out = tmp / "index", str(tmp / "stop"), str(tmp / "peaks.json")
    watcher = multiprocessing.get_context("spawn").Process(
        target=watch, args=(os.getpid(), str(folder), out, stop)
    )
    watcher.start()
    if args.folder:
        from folder_items import make_folder_factory

        factory = make_folder_factory(Path(args.folder))
        hint = sum(1 for _ in factory())  # as `Core` hints: paragraphs
    else:
        factory, _ = make_factory(args.size, args.seed)
        hint = 0 if args.size == "bundled" else int(args.size) * 8
    made = [0.0]  # CPU seconds spent generating items (excluded, as the feed's wall time is)

    def timed() -> Iterator[Any]:
        items = iter(factory())
        while True:
            start = time.process_time()
            item = next(items, None)
            made[0] += time.process_time() - start
            if item is None:
                return
            yield item

    feed = Feed(timed)
    engine = SearchEngine(folder, sources=[feed], size_hint=lambda: hint)
    parallel = index_folder.parallel_writer_allowed(hint)  # decided before any thread exists
    started, cpu = time.perf_counter(), time.process_time()
    report = engine.ensure()
    wall = time.perf_counter() - started - feed.seconds
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    parent_cpu = time.process_time() - cpu - made[0]
    children_cpu = children.ru_utime + children.ru_stime
    cpu = parent_cpu + children_cpu
    Path(stop).touch()
    watcher.join()
    peak = json.loads(Path(out).read_text())
    mb = feed.bytes / 1e6
    print(
        json.dumps(
            {
                "size": args.folder or args.size,
                "items": feed.items,
                "text_mb": round(mb, 2),
                "constants": args.constants,
                "parallel": parallel,
                "threads_after": threading.active_count(),
                "load": round(os.getloadavg()[0], 2),
                "wall_s": round(wall, 1),
                "cpu_s": round(cpu, 1),
                "cpu_parent_s": round(parent_cpu, 1),
                "cpu_writers_s": round(children_cpu, 1),
                "cpu_each_writer_s": peak["writers"],
                "mb_per_cpu_s": round(mb / cpu, 3),
                "commits": report.commits,
                "segments": len(engine.store.ix._segments()),
                "index_mb": round(folder_bytes(str(folder)) / 1e6, 1),
                "peak_tmp_mb": round(peak["tmp"] / 1e6, 1),
                "peak_folder_mb": round(peak["folder"] / 1e6, 1),
                "peak_tree_rss_mb": round(peak["rss"] / 1e6, 1),
            }
        )
    )
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
