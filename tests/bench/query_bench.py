"""Muragat's queries alone, over an index folder kept between runs (issue 18).

Run from the project root (prints a table; never asserts timings; pytest does not collect it)::

    .venv/bin/python tests/bench/query_bench.py --size 3000 --index /tmp/muragat-3000
        [--rounds 3] [--queries 20] [--seed 2026] [--profile CLASS] [--dump FILE]

The first run builds the index folder (`SearchEngine.ensure` over the same synthetic documents
as tests/bench/scale_bench.py: 5-10 CPU-minutes at 3,000 documents); later runs only open it.
Then the scale benchmark's query classes run in this process and nothing else (no FTS5): CPU
and wall p50/p95 per class, and the process's peak RSS before and over the query phase.
``--profile CLASS`` runs cProfile over that class's query with the most matches instead of
timing it. ``--dump FILE`` writes every query's total, hit ids, scores and facets as JSON, so
two versions of the code can be compared hit for hit over the same folder.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (ROOT, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from scale_bench import CLASSES  # noqa: E402
from search_bench import Feed, build_queries, make_factory, pct  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="3000")
    parser.add_argument("--index", required=True, help="index folder, built when missing")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--profile", choices=CLASSES)
    parser.add_argument("--dump")
    args = parser.parse_args()

    from index.search.engine import SearchEngine

    folder = Path(args.index)
    factory, _ = make_factory(args.size, args.seed)
    hint = 0 if args.size == "bundled" else int(args.size) * 8
    engine = SearchEngine(folder, sources=[Feed(factory)], size_hint=lambda: hint)
    if engine.store.open():  # missing or stale: build it (the only time the sources are read)
        start = time.perf_counter()
        engine.ensure()
        print(f"built {folder} in {time.perf_counter() - start:.0f} s", flush=True)
    else:
        engine.trust(None)  # as it is on disk: reading 3,000 documents again would take minutes
    before = peak_mb()
    queries = build_queries(args.queries, args.seed)
    queries["faceted"] = queries["term"]
    dump = {}

    def run(cls: str, q: str):
        return engine.search(q, limit=20, facets=cls == "faceted")

    print(f"{'class':<14}{'CPU p50':>9}{'CPU p95':>9}{'wall p50':>10}{'wall p95':>10}  median hits")
    for cls in CLASSES:
        for q in queries[cls]:  # warm-up, keeping what each query found
            r = run(cls, q)
            dump[f"{cls}|{q}"] = {
                "total": r.total,
                "estimated": r.estimated,
                "partial": r.partial,
                "fuzzy": r.fuzzy,
                "ids": [h.id for h in r.hits],
                "scores": [h.score for h in r.hits],
                "facets": r.facets,
            }
        totals = sorted(dump[f"{cls}|{q}"]["total"] for q in queries[cls])
        if args.profile == cls:
            import cProfile
            import pstats

            worst = max(queries[cls], key=lambda q: dump[f"{cls}|{q}"]["total"])
            print(f"profiling {worst!r} ({dump[f'{cls}|{worst}']['total']} matches), 3 runs")
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(3):
                run(cls, worst)
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
            continue
        cpu, wall = [], []
        for _ in range(args.rounds):
            for q in queries[cls]:
                start, cpu_start = time.perf_counter(), time.process_time()
                run(cls, q)
                wall.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - cpu_start) * 1000)
        print(
            f"{cls:<14}{pct(cpu, 0.5):9.1f}{pct(cpu, 0.95):9.1f}{pct(wall, 0.5):10.1f}"
            f"{pct(wall, 0.95):10.1f}  {totals[len(totals) // 2]}",
            flush=True,
        )
    print(f"peak RSS {peak_mb():.0f} MB (on opening the index {before:.0f} MB)")
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump, ensure_ascii=False, indent=0), "utf-8")


if __name__ == "__main__":
    main()
