"""The search index sealed at rest (issue 24) beside the same index in the clear, in one run.

Run from the project root (prints tables; never asserts timings; pytest does not collect it)::

    nice .venv/bin/python tests/bench/vault_index_bench.py --index DATA/index [--work DIR]
        [--queries 6] [--rounds 5] [--saves 20] [--seed 2026] [--chunk-kib 16] [--build DATA]
    nice .venv/bin/python tests/bench/vault_index_bench.py --documents 300 [--work DIR]

``--build DATA`` also rebuilds the index of copies of the data folder DATA, clear and sealed
in turn, twice (wall, and CPU with the writer processes).

``--index`` is the search index folder of a data folder (a 10,000-document one is made by
``tests/bench/bench_data.py``); it is only read: copied to ``--work``/clear. Without it,
``--documents`` benchmark-corpus documents (bench_corpus.py) are imported with the bundled
report into a data folder made under ``--work``. Then:

1. The clear copy is sealed file by file (`sealed_storage.copy_folder`, what turning the vault
   on costs for the index without rebuilding it): wall and CPU seconds, MB.
2. Both are opened the way the application opens them (`IndexFolder.open`: the table of
   contents, stored fields at both ends, the first term): wall and CPU.
3. For each query class (bench_corpus.queries: term, phrase, "the right to" and other
   common-word phrases, prefix, faceted), each query is searched ``--rounds`` times on each
   index after a first search (timed apart: cold chunk cache, warm OS cache), the two
   interleaved per query with the order alternating, so both see the same machine load;
   `SearchEngine.search(q, limit=20, facets=False)` (True for faceted). The hits (ids and
   scores), totals and facets of the two are compared: any difference is printed.
   p50/p95 of wall and CPU (time.process_time) milliseconds per class and the sealed/clear
   ratio (issue 24's target for the whole vault: <= 1.3x). The 1-minute load average before
   and after. SQLite FTS5 has no place here: the baseline is the same engine unsealed.

Both indexes are read through the same code (the compiled postings path when it is built, as
the application reads them; ``MURAGAT_PLAIN_POSTINGS=1`` for the Python one).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (ROOT, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

import bench_corpus  # noqa: E402

from index.search import fast, sealed_storage  # noqa: E402
from index.search.engine import SearchEngine  # noqa: E402
from index.search.index_folder import SyncReport  # noqa: E402
from index.search.sealed_storage import copy_folder  # noqa: E402

KEY = bytes(range(32))
CLASSES = ("term", "phrase", "common-phrase", "prefix", "faceted")


def log(message: str) -> None:
    print(f"# {message}", file=sys.stderr, flush=True)


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def clear_copy(source: Path, target: Path) -> None:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*LOCK", "*.lock"))


def made_index(work: Path, documents: int, seed: int) -> Path:
    """A data folder of ``documents`` corpus documents and the bundled report: its index."""
    from index.core import INDEX_DIR, Core

    docs = work / "corpus"
    if not docs.is_dir():
        bench_corpus.write_corpus(docs, documents, seed)
    data = work / "data"
    if not (data / INDEX_DIR).is_dir():
        core = Core(data)
        core.import_paths([docs])
        core.update_index()
        core.close()
    return data / INDEX_DIR


def timed(call):
    start, cpu = time.perf_counter(), time.process_time()
    value = call()
    return value, (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def engine(folder: Path, key: bytes | None) -> tuple[SearchEngine, float, float]:
    found = SearchEngine(folder, [], key=key)
    reason, wall, cpu = timed(found.store.open)
    if reason is not None:
        raise SystemExit(f"{folder} did not open: {reason}")
    found.trust(SyncReport())
    return found, wall, cpu


def answer(result) -> tuple:
    return (
        [(h.id, h.score) for h in result.hits],
        result.total,
        result.estimated,
        result.facets,
    )


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def builds(data: Path, work: Path) -> None:
    """Rebuild the index of a copy of ``data`` (Core.update_index(rebuild=True): what a
    damaged index costs, and turning the vault on without `sealed_storage.convert`), clear and
    sealed in turn, twice; CPU counts the writer processes."""
    import resource

    from index.core import Core

    print()
    print(f"rebuild of the index of a copy of {data.name} (Core.update_index(rebuild=True))")
    for name, key in (("clear", None), ("sealed", KEY)) * 2:
        copy = work / f"build-{name}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(data, copy)
        core = Core(copy, index_key=key)
        core.archive  # noqa: B018 (loaded before the clock starts)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        report, wall, cpu = timed(lambda c=core: c.update_index(rebuild=True))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu += 1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        core.close()
        shutil.rmtree(copy, ignore_errors=True)
        print(
            f"{name:6} {report.added:,} items  {wall / 1000:6.1f} s wall  {cpu / 1000:6.1f} s CPU"
            f"  load {os.getloadavg()[0]:.2f}"
        )


def note_saves(engines: dict, count: int) -> dict:
    """Save a note ``count`` times on each index (five notes edited in turn), each followed
    by a search: {"save" | "search after": {name: (wall ms, CPU ms)}}."""
    from index.search.items import IndexItem

    out: dict = {"save": {}, "search after": {}}
    for what in out:
        for name in engines:
            out[what][name] = ([], [])
    for n in range(count):
        item = IndexItem(
            f"note:bench-{n % 5}",
            "note",
            {
                "text": f"Bench note {n}: the right to a lawyer was denied again in Almaty.",
                "title": f"Bench note {n}",
                "tag": ["bench", f"bench/{n % 3}"],
            },
        )
        for name in ("clear", "sealed") if n % 2 == 0 else ("sealed", "clear"):
            found = engines[name][0]
            _, w, c = timed(lambda f=found, i=item: f.store.update([i]))
            out["save"][name][0].append(w)
            out["save"][name][1].append(c)
            _, w, c = timed(lambda f=found: f.search("lawyer", limit=20))
            out["search after"][name][0].append(w)
            out["search after"][name][1].append(c)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="a clear index folder to copy (only read)")
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--queries", type=int, default=6, help="queries per class")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--saves", type=int, default=20, help="note saves timed on each index")
    parser.add_argument(
        "--build",
        type=Path,
        metavar="DATA",
        help="also rebuild the index of (copies of) this data folder, clear and sealed, twice",
    )
    parser.add_argument(
        "--chunk-kib", type=int, help="seal in chunks of this many KiB (a power of two)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="muragat-vault-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    source = args.index or made_index(work, args.documents, args.seed)
    clear, sealed = work / "clear", work / "sealed"
    for folder in (clear, sealed):
        shutil.rmtree(folder, ignore_errors=True)
    log(f"copying {source}")
    clear_copy(source, clear)
    if args.chunk_kib:  # what a sealed file's header records: read back whatever it is
        sealed_storage.CHUNK_BITS = (args.chunk_kib * 1024).bit_length() - 1
        sealed_storage.CHUNK = 1 << sealed_storage.CHUNK_BITS
    log("sealing the copy")
    _, seal_wall, seal_cpu = timed(lambda: copy_folder(clear, sealed, KEY))

    print(
        f"# vault_index_bench: {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start"
    )
    print(
        f"# postings path: {'compiled' if fast.enabled() else 'plain Python'}; "
        f"AES-256-GCM chunks of {sealed_storage.CHUNK // 1024} KiB, "
        f"{sealed_storage.CACHE_BYTES >> 20} MiB of them kept decrypted"
    )
    engines = {}
    for name, folder, key in (("clear", clear, None), ("sealed", sealed, KEY)):
        engines[name] = engine(folder, key)
    searcher = engines["clear"][0].store.searcher()
    docs = searcher.doc_count_all()
    segments = (
        len(searcher.reader().leaf_readers()) if hasattr(searcher.reader(), "leaf_readers") else 1
    )
    origin = args.index or f"{args.documents} bench_corpus documents (seed {args.seed})"
    print(
        f"# corpus: {origin}; {docs:,} index documents in {segments} segments; "
        f"clear {folder_mb(clear):.0f} MB, sealed {folder_mb(sealed):.0f} MB on disk"
    )
    print(
        f"sealing the clear index (copy_folder): {seal_wall / 1000:.1f} s wall, "
        f"{seal_cpu / 1000:.1f} s CPU, {folder_mb(clear) / (seal_wall / 1000):.0f} MB/s"
    )
    for name in ("clear", "sealed"):
        _, wall, cpu = engines[name]
        print(f"open {name:6}  {wall:7.1f} ms wall  {cpu:7.1f} ms CPU")

    queries = bench_corpus.queries(args.queries, args.seed)
    queries["common-phrase"] = ['"the right to"', *queries["common-phrase"][: args.queries - 1]]
    load_start = os.getloadavg()[0]
    rows = []
    differences = 0
    for cls in CLASSES:
        facets = cls == "faceted"
        first: dict[str, list[float]] = {"clear": [], "sealed": []}
        wall: dict[str, list[float]] = {"clear": [], "sealed": []}
        cpu: dict[str, list[float]] = {"clear": [], "sealed": []}
        for n, q in enumerate(queries[cls]):
            got = {}
            for name in ("clear", "sealed") if n % 2 == 0 else ("sealed", "clear"):
                search = engines[name][0].search
                result, w, c = timed(lambda s=search, q=q, f=facets: s(q, limit=20, facets=f))
                first[name].append(w)
                got[name] = answer(result)
            if got["clear"] != got["sealed"]:
                differences += 1
                print(f"DIFFERENT ANSWERS for {q!r}: {got['clear'][1]} vs {got['sealed'][1]}")
            for r in range(args.rounds):
                order = ("clear", "sealed") if (n + r) % 2 == 0 else ("sealed", "clear")
                for name in order:
                    search = engines[name][0].search
                    _, w, c = timed(lambda s=search, q=q, f=facets: s(q, limit=20, facets=f))
                    wall[name].append(w)
                    cpu[name].append(c)
        rows.append((cls, first, wall, cpu))
    saves = note_saves(engines, args.saves)
    load_end = os.getloadavg()[0]

    print()
    print(
        f"search, ms ({args.queries} queries x {args.rounds} rounds per class, after a first "
        f"search each; load average {load_start:.2f} -> {load_end:.2f})"
    )
    print(
        f"{'class':14} {'':6} {'wall p50':>9} {'wall p95':>9} {'CPU p50':>9} {'CPU p95':>9}"
        f" {'first':>8}"
    )
    for cls, first, wall, cpu in rows:
        for name in ("clear", "sealed"):
            print(
                f"{cls:14} {name:6} {pct(wall[name], 50):9.2f} {pct(wall[name], 95):9.2f}"
                f" {pct(cpu[name], 50):9.2f} {pct(cpu[name], 95):9.2f}"
                f" {statistics.median(first[name]):8.2f}"
            )
        ratio_wall = pct(wall["sealed"], 95) / max(pct(wall["clear"], 95), 1e-9)
        ratio_cpu = pct(cpu["sealed"], 95) / max(pct(cpu["clear"], 95), 1e-9)
        print(
            f"{cls:14} {'ratio':6} {'':9} {ratio_wall:8.2f}x {'':9} {ratio_cpu:8.2f}x"
            f"  {'<= 1.3x' if max(ratio_wall, ratio_cpu) <= 1.3 else '> 1.3x'}"
        )
    print(f"answers compared: {differences} different")
    print()
    print(
        f"note save, ms ({args.saves} saves on each, interleaved: IndexFolder.update of one "
        "note, as Core.apply does; then the first search, which opens the new generation)"
    )
    print(f"{'':20} {'wall p50':>9} {'wall p95':>9} {'CPU p50':>9} {'CPU p95':>9}")
    for what in ("save", "search after"):
        for name in ("clear", "sealed"):
            w, c = saves[what][name]
            print(
                f"{what + ' ' + name:20} {pct(w, 50):9.2f} {pct(w, 95):9.2f}"
                f" {pct(c, 50):9.2f} {pct(c, 95):9.2f}"
            )
        ratio_wall = pct(saves[what]["sealed"][0], 95) / pct(saves[what]["clear"][0], 95)
        ratio_cpu = pct(saves[what]["sealed"][1], 95) / pct(saves[what]["clear"][1], 95)
        print(f"{what + ' ratio':20} {'':9} {ratio_wall:8.2f}x {'':9} {ratio_cpu:8.2f}x")
    if args.build:
        builds(args.build, work)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
