"""Where an index build's CPU goes, per word and per posting (issue 18).

    .venv/bin/python tests/bench/build_stages_bench.py [--size 100]

One process, no profiler, ``--size`` synthetic documents (`search_bench.synthetic_items`) or
the documents of ``--folder DIR`` (`folder_items`):
1. every indexed field's analyser and Whoosh's formatting alone (``field.index``), per field;
2. ``add_document`` for every item into one Whoosh writer (analysis + the postings pool);
3. ``commit`` (sorting the pool's runs, writing postings, columns and stored fields).
The writer is set up as `IndexFolder` sets up one writer (``limitmb`` 64, the chunked pool
and codec of `index.search.whoosh_writer`). Prints CPU seconds, postings ((document, word) pairs) per field, µs per posting and per word
of text (the ``exact`` field's tokens), MB of text per CPU-second. Each stage starts with the
per-word memos of the analysis empty, as a build does. ``MURAGAT_PLAIN_INDEXING=1`` runs the
analysers token by token (`index.search.term_positions.FAST` off). Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (ROOT, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

SKIP = {"id", "hash", "kind", "bundle", "doc_id", "para_id", "section_id"}


def forget_words() -> None:
    """Empty every per-word memo of the analysis (stems, name keys, each analyser's terms)."""
    from index.search import analysis, kazakh, names

    for cached in (analysis.stem_word, names.fold_name, names.base_form, kazakh.strip_suffixes):
        cached.cache_clear()
    try:
        from index.search import term_positions
    except ImportError:  # a checkout from before issue 23
        return
    term_positions.forget()


def writer_options() -> dict:
    """What `IndexFolder` gives a writer besides ``limitmb``: the chunked pool installed, the
    codec (`index.search.whoosh_writer`; nothing in a checkout from before issue 23)."""
    try:
        from index.search import whoosh_writer
    except ImportError:
        return {}
    whoosh_writer.install()
    return {"codec": whoosh_writer.codec()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="100")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--folder", help="index this folder's documents (folder_items.py)")
    args = parser.parse_args()
    from search_bench import make_factory
    from whoosh import index as whoosh_index

    from index.search.schema import build_schema

    if args.folder:
        from folder_items import make_folder_factory

        factory = make_folder_factory(Path(args.folder))
    else:
        factory, _ = make_factory(args.size, args.seed)
    items = list(factory())
    docs = [item.document() for item in items]
    mb = sum(len(item.fields.get("text", "").encode()) for item in items) / 1e6
    schema = build_schema()
    postings: dict[str, int] = {}
    analyse: dict[str, float] = {}
    forget_words()
    for name, field in schema.items():
        if not field.indexed or name in SKIP:
            continue
        start, count = time.process_time(), 0
        for doc in docs:
            if doc.get(name) is not None:
                count += sum(1 for _ in field.index(doc[name]))
        analyse[name], postings[name] = time.process_time() - start, count
    words = sum(1 for doc in docs for _ in schema["exact"].analyzer(doc["exact"]))
    forget_words()  # add_document starts cold, as a build does
    folder = Path(tempfile.mkdtemp(prefix="muragat-stages-"))
    writer = whoosh_index.create_in(str(folder), schema).writer(limitmb=64, **writer_options())
    start = time.process_time()
    for doc in docs:
        writer.add_document(**doc)
    add = time.process_time() - start
    runs = len(writer.pool.runs)
    start = time.process_time()
    writer.commit()
    commit = time.process_time() - start
    total, analysed, count = add + commit, sum(analyse.values()), sum(postings.values())
    print(f"{len(items):,} items, {mb:.2f} MB of text, {words:,} words, {count:,} postings")
    print(
        f"  pool {type(writer.pool).__name__}, {runs} runs spilled; load {os.getloadavg()[0]:.2f}"
    )
    print(f"  {'field':<10}{'postings':>10}{'analyse s':>11}")
    for name in postings:
        print(f"  {name:<10}{postings[name]:>10,}{analyse[name]:>11.2f}")
    for label, secs in (
        ("analysis + formatting", analysed),
        ("rest of add_document (pool)", add - analysed),
        ("commit", commit),
        ("total", total),
    ):
        print(
            f"  {label:<28}{secs:6.2f} s {secs / total:5.0%}  {secs / count * 1e6:5.1f} us per "
            f"posting  {secs / words * 1e6:5.1f} us per word"
        )
    print(f"  {mb / total:.2f} MB per CPU-second")


if __name__ == "__main__":
    main()
