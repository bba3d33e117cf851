"""Search and indexing at scale (issue 18): Muragat beside SQLite FTS5, interleaved, in one run.

Run from the project root (prints tables; never asserts timings; pytest does not collect it)::

    .venv/bin/python tests/bench/scale_bench.py [--sizes bundled,300,3000] [--queries 20]
        [--rounds 3] [--seed 2026] [--json FILE] [--corpus bench|synthetic]
        [--data /tmp/muragat-bench-data] [--keep DIR]

A size is ``bundled`` (the archive shipped in resources/) or a number of documents. With
``--corpus bench`` (the default, issue 23) they are the benchmark corpus (bench_corpus.py:
10-15 KB files, English with Russian and Kazakh paragraphs, names in several spellings, a
Zipf-like vocabulary past 100,000 word forms at 3,000 documents; 3,000 ≈ 36 MB) imported into a
data folder under ``--data`` through ``muragat import`` (bench_data.py, made once and reused),
and the items indexed are the ones the application makes of that archive (`archive_items`,
the bundled report included); the queries come from the corpus's own words and names
(`bench_corpus.queries`). With ``--corpus synthetic`` (issue 18's runs) they are synthetic
documents of 8-15 paragraphs each (3,000 ≈ 33 MB of text): English sentences drawn by word
frequency from a ~2,300-word vocabulary with the report's collocations, Kazakh and Russian names
in both scripts and their possessive and case forms (`search_bench.synthetic_items`), with
`search_bench.build_queries`. Each size runs in a fresh subprocess, so its peak memory is its
own. In that process:

1. Muragat's index is built through the real index code (`SearchEngine.ensure`, the sync the
   window and the CLI run), timed without text generation; peak RSS after it (ru_maxrss of the
   process and of any writer subprocesses) and the index's size on disk.
2. An SQLite FTS5 table (porter, unicode61, diacritics removed) is built over the same text.
3. Every query class is run ``--rounds`` times after a warm-up, Muragat and FTS5 one after the
   other per query (the order alternating), so both see the same machine load; p50/p95 per
   engine and the ratio. The 1-minute load average is printed before and after.

``--keep DIR`` keeps Muragat's index of each size in DIR/<size> (built there when missing, as
`tests/bench/query_bench.py --index` does): a later run only opens it, and reports no build.
So two versions of the search code (or the plain and the compiled path, set
``MURAGAT_PLAIN_POSTINGS=1`` for the plain one) are compared over the same index, FTS5 built and
queried beside each in the same run.

Query classes: term, two terms, phrase (a collocation), common-word phrase ("of the"), prefix,
faceted (a term with facet counts), name across scripts (Енсебек for Yensebek), fuzzy
(a misspelt name: FTS5 has neither folding nor fuzzy matching, its zero hits are expected).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for entry in (ROOT, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from bench_corpus import queries as bench_queries  # noqa: E402
from search_bench import (  # noqa: E402
    Feed,
    build_queries,
    code_fingerprint,
    folder_mb,
    fts_match,
    git_state,
    make_factory,
    pct,
)

MARK = "@@SCALE@@ "
CLASSES = (
    "term",
    "two-term",
    "phrase",
    "common-phrase",
    "prefix",
    "faceted",
    "cross-script",
    "fuzzy",
)


def log(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its finished children (writer processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def build_fts5(db: sqlite3.Connection, feed: Feed) -> None:
    db.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, text,"
        " tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.execute("CREATE TABLE facet(doc INTEGER, name TEXT, value TEXT)")
    with db:
        for rowid, item in enumerate(feed(), 1):
            f = item.fields
            text = f.get("text", "") + "\n" + f.get("title", "")
            db.execute("INSERT INTO fts(rowid, id, text) VALUES (?, ?, ?)", (rowid, item.id, text))
            rows = [("kind", item.kind), ("section", f.get("section_id", ""))]
            rows += [(name, v) for name in ("year", "tag") for v in f.get(name, ())]
            db.executemany(
                "INSERT INTO facet VALUES (?, ?, ?)", [(rowid, n, v) for n, v in rows if v]
            )
        db.execute("CREATE INDEX facet_doc ON facet(doc)")


def fts5_query(db: sqlite3.Connection, cls: str, q: str) -> int:
    match = fts_match(cls, q)
    try:
        db.execute(
            "SELECT id, snippet(fts, 1, '<b>', '</b>', '…', 16) FROM fts"
            " WHERE fts MATCH ? ORDER BY rank LIMIT 20",
            (match,),
        ).fetchall()
        total = db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (match,)).fetchone()[0]
        if cls == "faceted":
            db.execute(
                "SELECT f.name, f.value, count(*) FROM facet f JOIN (SELECT rowid AS r"
                " FROM fts WHERE fts MATCH ?) m ON f.doc = m.r GROUP BY 1, 2",
                (match,),
            ).fetchall()
    except sqlite3.OperationalError:
        return -1
    return total


def bench_factory(size: str, args: argparse.Namespace) -> tuple[Any, int, dict[str, Any]]:
    """The items the application indexes for ``size`` imported documents of the benchmark
    corpus: (factory, paragraphs, what is known of the data folder)."""
    from bench_data import data_folder

    from index.core import Core
    from index.search.items import archive_items

    data, info = data_folder(args.data, int(size), args.seed)
    archive = Core(data).archive
    paragraphs = sum(1 for _ in archive.paragraphs())
    return (lambda: archive_items(archive)), paragraphs, info


def worker(size: str, args: argparse.Namespace) -> dict[str, Any]:
    from index.search.engine import SearchEngine

    out: dict[str, Any] = {"code": code_fingerprint(), "corpus": args.corpus}
    if args.corpus == "bench" and size != "bundled":
        factory, hint, info = bench_factory(size, args)
        out["corpus_stats"] = info["corpus"]
        queries = bench_queries(args.queries, args.seed)
    else:
        factory, _ = make_factory(size, args.seed)
        # How many items are coming, as `Core` tells its engine (the number of paragraphs): a
        # synthetic document has at least 8, the bundled archive is too small to matter.
        hint = 0 if size == "bundled" else int(size) * 8
        queries = build_queries(args.queries, args.seed)
        queries["faceted"] = queries["term"]
    out["base_mb"] = peak_mb()[0]  # the archive loaded, for the bench corpus
    with tempfile.TemporaryDirectory(prefix="muragat-scale-") as tmp:
        tmp_path = Path(tmp)
        feed = Feed(factory)
        folder = Path(args.keep) / size if args.keep else tmp_path / "index"
        engine = SearchEngine(folder, sources=[feed], size_hint=lambda: hint)
        out["load_build"] = os.getloadavg()[0]
        if args.keep and not engine.store.open():  # kept from an earlier run: only opened
            engine.trust(None)
            out["m_build"] = None
            log(f"[{size}] Muragat's index kept in {folder}; FTS5 build")
        else:
            log(f"[{size}] Muragat build")
            start, cpu = time.perf_counter(), time.process_time()
            engine.ensure()
            out["m_build"] = time.perf_counter() - start - feed.seconds
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            out["m_build_cpu"] = (
                time.process_time() - cpu - feed.seconds + children.ru_utime + children.ru_stime
            )
            log(f"[{size}] Muragat built in {out['m_build']:.1f} s; FTS5 build")
        out["m_peak_mb"], out["m_child_peak_mb"] = peak_mb()
        out["m_disk"] = folder_mb(folder)
        db = sqlite3.connect(tmp_path / "fts.db")
        feed = Feed(factory)
        start = time.perf_counter()
        build_fts5(db, feed)
        out["items"], out["bytes"], out["generate"] = feed.items, feed.bytes, feed.seconds
        out["f_build"] = time.perf_counter() - start - feed.seconds
        out["f_disk"] = folder_mb(tmp_path) - (0 if args.keep else out["m_disk"])
        try:
            from index.search import fast

            out["postings"] = "compiled" if fast.enabled() else "plain Python"
        except ImportError:  # code from before issue 23
            out["postings"] = "plain Python (code without index.search.fast)"

        def muragat(cls: str, q: str) -> tuple[int, str]:
            r = engine.search(q, limit=20, facets=cls == "faceted")
            note = "fuzzy" if r.fuzzy else ""
            note += " partial" if r.partial else ""
            note += " estimated" if getattr(r, "estimated", False) else ""
            return r.total, note.strip()

        out["load_queries_start"] = os.getloadavg()[0]
        classes: dict[str, Any] = {}
        for cls in CLASSES:
            log(f"[{size}] queries: {cls}")
            m_ms: list[float] = []
            f_ms: list[float] = []
            m_cpu: list[float] = []  # CPU time: what the query costs, whatever else runs
            f_cpu: list[float] = []
            m_hits, f_hits, notes = [], [], []
            for q in queries[cls]:  # warm-up, keeping hit counts
                total, note = muragat(cls, q)
                m_hits.append(total)
                notes.append(note)
                f_hits.append(fts5_query(db, cls, q))
            for r in range(args.rounds):
                for n, q in enumerate(queries[cls]):
                    order = ("m", "f") if (n + r) % 2 == 0 else ("f", "m")
                    for engine_name in order:
                        start, cpu = time.perf_counter(), time.process_time()
                        if engine_name == "m":
                            muragat(cls, q)
                            m_ms.append((time.perf_counter() - start) * 1000)
                            m_cpu.append((time.process_time() - cpu) * 1000)
                        else:
                            fts5_query(db, cls, q)
                            f_ms.append((time.perf_counter() - start) * 1000)
                            f_cpu.append((time.process_time() - cpu) * 1000)
            classes[cls] = {
                "m_p50": pct(m_ms, 0.5),
                "m_p95": pct(m_ms, 0.95),
                "f_p50": pct(f_ms, 0.5),
                "f_p95": pct(f_ms, 0.95),
                "m_cpu50": pct(m_cpu, 0.5),
                "m_cpu95": pct(m_cpu, 0.95),
                "f_cpu50": pct(f_cpu, 0.5),
                "f_cpu95": pct(f_cpu, 0.95),
                "runs": len(m_ms),
                "m_hits": m_hits,
                "f_hits": f_hits,
                "notes": {n: notes.count(n) for n in sorted(set(notes)) if n},
            }
        out["classes"] = classes
        out["load_queries_end"] = os.getloadavg()[0]
        db.close()
    out["end_peak_mb"] = peak_mb()[0]
    return out


def median(values: list[int]) -> int:
    return sorted(values)[len(values) // 2] if values else 0


def ratio(a: float, b: float) -> str:
    x = a / b if b else float("inf")
    return f"{x:.1f}x" if x < 10 else f"{x:.0f}x"


def print_size(size: str, r: dict[str, Any]) -> None:
    mb = r["bytes"] / 1e6
    if size == "bundled":
        label = "bundled archive"
    elif r.get("corpus") == "bench":
        label = f"{int(size):,} imported documents of the benchmark corpus"
    else:
        label = f"{int(size):,} synthetic documents"
    print(f"\n=== {label}: {r['items']:,} items, {mb:.2f} MB of text (code {r['code']}) ===")
    if r.get("corpus_stats"):
        print(f"  {r['corpus_stats']}")
    print(
        f"  load average (1 min): build {r['load_build']:.2f}, queries "
        f"{r['load_queries_start']:.2f} → {r['load_queries_end']:.2f}"
    )
    if r.get("postings"):
        print(f"  Muragat reads postings in {r['postings']}")
    if r["m_build"] is None:
        print(f"  build     Muragat: index kept from an earlier run   FTS5 {r['f_build']:6.1f} s")
    else:
        print(
            f"  build     Muragat {r['m_build']:7.1f} s  {mb / r['m_build']:5.2f} MB/s   "
            f"FTS5 {r['f_build']:6.1f} s  {mb / r['f_build']:5.2f} MB/s   "
            f"({ratio(r['m_build'], r['f_build'])})"
        )
    child = f", writer processes {r['m_child_peak_mb']:.0f} MB" if r["m_child_peak_mb"] else ""
    print(
        f"  peak RSS  after Muragat build {r['m_peak_mb']:.0f} MB (base {r['base_mb']:.0f} MB"
        f"{child}); end of run {r['end_peak_mb']:.0f} MB"
    )
    if "m_build_cpu" in r:
        print(
            f"  build CPU Muragat {r['m_build_cpu']:.1f} s (this process and its writer "
            f"processes: {mb / r['m_build_cpu']:.2f} MB per CPU-second)"
        )
    print(f"  on disk   Muragat {r['m_disk']:.1f} MB   FTS5 {r['f_disk']:.1f} MB")
    fmt = "  {:<14}{:>6}{:>9}{:>9}{:>8}{:>8}{:>7}{:>7}{:>8}{:>8}  {}"
    print(fmt.format("class", "runs", "M p50", "M p95", "F p50", "F p95", "x p50", "x p95",
                     "M hits", "F hits", "notes"))  # fmt: skip
    for cls in CLASSES:
        c = r["classes"][cls]
        notes = "; ".join(f"{k} {v}/{len(c['m_hits'])}" for k, v in c["notes"].items())
        print(
            fmt.format(
                cls,
                c["runs"],
                f"{c['m_p50']:.1f}",
                f"{c['m_p95']:.1f}",
                f"{c['f_p50']:.2f}",
                f"{c['f_p95']:.2f}",
                ratio(c["m_p50"], c["f_p50"]),
                ratio(c["m_p95"], c["f_p95"]),
                median(c["m_hits"]),
                median(c["f_hits"]),
                notes,
            )
        )


def print_cpu(r: dict[str, Any]) -> None:
    """The same queries in CPU milliseconds (time.process_time): on a loaded machine wall
    time also counts waiting for a core, CPU time only the work."""
    fmt = "  {:<14}{:>9}{:>9}{:>8}{:>8}{:>7}{:>7}"
    print("  CPU time per query (ms):")
    print(fmt.format("class", "M p50", "M p95", "F p50", "F p95", "x p50", "x p95"))
    for cls in CLASSES:
        c = r["classes"][cls]
        if "m_cpu50" not in c:
            continue
        print(
            fmt.format(
                cls,
                f"{c['m_cpu50']:.1f}",
                f"{c['m_cpu95']:.1f}",
                f"{c['f_cpu50']:.2f}",
                f"{c['f_cpu95']:.2f}",
                ratio(c["m_cpu50"], max(c["f_cpu50"], 0.01)),
                ratio(c["m_cpu95"], max(c["f_cpu95"], 0.01)),
            )
        )


def print_targets(size: str, r: dict[str, Any]) -> None:
    print(f"\n=== Targets at {int(size):,} documents ===")
    mb = r["bytes"] / 1e6

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    if r["m_build"] is not None:
        rate = mb / r["m_build"]
        print(f"  build >= 1 MB/s            {rate:6.2f} MB/s  {verdict(rate >= 1)}")
        peak = max(r["m_peak_mb"], r["m_child_peak_mb"])
        print(f"  peak memory <= 200 MB      {peak:6.0f} MB    {verdict(peak <= 200)}")
    # issue 18: p95 <= 50 ms at 3,000, 200 ms at 30,000; issue 23: CPU p95 <= 100 ms at 10,000
    limit = 50 if int(size) <= 3000 else 100 if int(size) <= 10000 else 200
    for cls in CLASSES:
        c = r["classes"][cls]
        x = c["m_p95"] / c["f_p95"] if c["f_p95"] else float("inf")
        extra = "" if cls not in ("cross-script", "fuzzy") else "  (FTS5 cannot find these)"
        print(
            f"  {cls:<14} p95 <= {limit} ms {c['m_p95']:8.1f} ms  {verdict(c['m_p95'] <= limit):<7}"
            f" <= 5x FTS5: {ratio(c['m_p95'], c['f_p95']):>6} {verdict(x <= 5)}{extra}"
        )
        if "m_cpu95" in c:
            cpu, fcpu = c["m_cpu95"], max(c["f_cpu95"], 0.01)
            print(
                f"  {'':<14} CPU p95     {cpu:8.1f} ms  {verdict(cpu <= limit):<7}"
                f" <= 5x FTS5: {ratio(cpu, fcpu):>6} {verdict(cpu / fcpu <= 5)}"
            )


def print_targets_23(size: str, r: dict[str, Any]) -> None:
    """Issue 23's targets, at 10,000 documents: search CPU p95 <= 100 ms and <= 5x FTS5's
    (its CPU time, same queries) for the classes FTS5 can answer; build >= 0.5 MB/s on two
    cores and <= 300 MB."""
    print(f"\n=== Issue 23 targets (at 10,000 documents; this run: {int(size):,}) ===")
    mb = r["bytes"] / 1e6

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    if r["m_build"] is not None:  # (an index kept with --keep was not built in this run)
        rate = mb / r["m_build"]
        print(f"  build >= 0.5 MB/s          {rate:6.2f} MB/s  {verdict(rate >= 0.5)}")
        peak = max(r["m_peak_mb"], r["m_child_peak_mb"])
        print(f"  build memory <= 300 MB     {peak:6.0f} MB    {verdict(peak <= 300)}")
    for cls in ("term", "two-term", "phrase", "common-phrase", "prefix", "faceted"):
        c = r["classes"][cls]
        if "m_cpu95" not in c:
            continue
        x = c["m_cpu95"] / max(c["f_cpu95"], 0.01)
        print(
            f"  {cls:<14} CPU p95 <= 100 ms {c['m_cpu95']:8.1f} ms  "
            f"{verdict(c['m_cpu95'] <= 100):<7} <= 5x FTS5 CPU: "
            f"{ratio(c['m_cpu95'], max(c['f_cpu95'], 0.01)):>6} {verdict(x <= 5)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="bundled,300,3000")
    parser.add_argument("--queries", type=int, default=20, help="queries per class")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per query")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", help="also write the raw results to this file")
    parser.add_argument("--keep", help="keep (and reuse) Muragat's index of each size here")
    parser.add_argument("--corpus", choices=("bench", "synthetic"), default="bench")
    parser.add_argument("--data", type=Path, default=Path("/tmp/muragat-bench-data"))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(MARK + json.dumps(worker(args.worker, args)), flush=True)
        return
    import whoosh

    started = time.perf_counter()
    print(
        f"machine: {platform.machine()} {platform.system()}, nproc "
        f"{len(os.sched_getaffinity(0))}, Python {platform.python_version()}, Whoosh "
        f"{whoosh.versionstring()}, SQLite {sqlite3.sqlite_version}; {git_state()}; "
        f"load average {os.getloadavg()[0]:.2f} (the CPUs are shared: read the ratios)"
    )
    print(
        f"queries: {args.queries} per class, warmed once, {args.rounds} timed rounds, Muragat and "
        "FTS5 interleaved per query. Muragat: SearchEngine.search(q, limit=20, facets=False; "
        "True for 'faceted'). FTS5: top 20 by rank with snippet() + count(*); 'faceted' adds "
        "GROUP BY counts over kind/section/year/tag."
    )
    results = {}
    for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
        cmd = [sys.executable, __file__, "--worker", size, "--queries", str(args.queries)]
        cmd += ["--rounds", str(args.rounds), "--seed", str(args.seed)]
        cmd += ["--keep", args.keep] if args.keep else []
        cmd += ["--corpus", args.corpus, "--data", str(args.data)]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
        line = next(ln for ln in proc.stdout.splitlines() if ln.startswith(MARK))
        results[size] = json.loads(line[len(MARK) :])
        results[size]["wall"] = time.perf_counter() - t0
        print_size(size, results[size])
        print_cpu(results[size])
        print(f"  (this size took {results[size]['wall']:.0f} s in all)")
        sys.stdout.flush()
    numeric = [s for s in results if s != "bundled"]
    if numeric:
        print_targets(max(numeric, key=int), results[max(numeric, key=int)])
        print_targets_23(max(numeric, key=int), results[max(numeric, key=int)])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"\ntotal run time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
