"""Screening a list of 10,000 names (issue 29): wall and CPU time, per-name mean and spread.

Run from the project root (prints a table; never asserts timings; pytest does not collect it)::

    .venv/bin/python tests/bench/screen_bench.py [--names 10000] [--documents 0,1000]
        [--base DIR] [--baseline 1000] [--seed 2026]

For each size: a data folder with that many imported documents of the benchmark corpus
(`bench_data.data_folder`, made once and kept under ``--base``; 0 is the bundled report
alone), its index brought up to date, then the generated list screened by
`index.screening.screen.screen_names` in this process, exactly as ``muragat screen`` does.
Side by side, the way a researcher checks names today: one search per name (`Core.find`, the
search box's code) over the first ``--baseline`` names.

The list (`names`, seeded) is like a partner's list of detainees: a fifth are people in the
records or in the corpus's documents, written in another spelling or script, in a case form or
surname first; most are pronounceable names that are nowhere, many sharing a first name or a
surname with someone who is; a few lines are not names (numbers, addresses, blank).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for entry in (ROOT, HERE):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

FIRST = [
    "Marat",
    "Ruslan",
    "Nurlan",
    "Aidar",
    "Temirlan",
    "Duman",
    "Serik",
    "Yerlan",
    "Askhat",
    "Kairat",
    "Dauren",
    "Galymzhan",
    "Bolat",
    "Daniyar",
    "Arman",
    "Yerzhan",
    "Timur",
    "Azamat",
    "Asem",
    "Aigerim",
    "Zhanar",
    "Dinara",
    "Gulnara",
    "Aliya",
    "Saule",
    "Madina",
    "Aizhan",
    "Elvira",
    "Yulia",
    "Bakhytzhan",
    "Lukpan",
    "Zhanat",
    "Fazylzhan",
    "Akylbek",
    "Aktorgyn",
    "Aslan",
    "Beibit",
]
SURNAME_STEMS = [
    "Abenov",
    "Nurpeisov",
    "Kuanyshev",
    "Temirbaev",
    "Sarsenbaev",
    "Ospanov",
    "Zhaksylykov",
    "Tulegenov",
    "Iskakov",
    "Baimukhanov",
    "Omarov",
    "Kenzhebaev",
    "Sultanov",
    "Dzhaksybekov",
    "Akhmetov",
    "Beisenov",
    "Mukanov",
    "Utegenov",
    "Zhylanbaev",
    "Biketov",
    "Mubarakov",
    "Syzdykov",
    "Ensebek",
    "Akhmedyarov",
    "Toregozhin",
    "Muratbai",
    "Emelyanov",
    "Zhauylbaev",
    "Temirgaliev",
    "Kazakhbai",
    "Sekerbaev",
    "Zhapishev",
    "Erkebaev",
    "Tokaev",
]
CYR = str.maketrans({"a": "а", "b": "б", "d": "д", "e": "е", "g": "г", "i": "и", "k": "к",
                     "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с",
                     "t": "т", "u": "у", "v": "в", "y": "ы", "z": "з", "h": "х", "f": "ф"})  # fmt: skip


def cyrillic(name: str) -> str:
    """A rough Cyrillic spelling (enough for the bench: other scripts exercise the keys)."""
    out = name.lower().replace("zh", "ж").replace("kh", "х").replace("sh", "ш").replace("ch", "ч")
    out = out.replace("dzh", "дж").replace("ya", "я").replace("yu", "ю").translate(CYR)
    return " ".join(w[:1].upper() + w[1:] for w in out.split())


def names(count: int, seed: int, archive) -> list[str]:
    """The generated list (see the module's description)."""
    import bench_corpus

    rng = random.Random(seed)
    present = [
        spelling
        for record in archive.cases
        for s in record.subjects
        if s.kind == "person"
        for spelling in (s.name, *s.aliases)
    ]
    for p in bench_corpus.PEOPLE:  # as the corpus's documents write them, in every script
        present += [f"{g} {s}" for g in p.latin_given for s in p.latin_surname]
        present += [f"{p.ru_given} {p.ru_surname}", f"{p.kk_given} {p.kk_surname}"]
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.2 and present:
            name = rng.choice(present)
            if rng.random() < 0.3:  # surname first
                name = " ".join(reversed(name.split()))
        elif roll < 0.98:
            first, stem = rng.choice(FIRST), rng.choice(SURNAME_STEMS)
            if first[-1] in "aei" and stem.endswith(("ov", "ev", "in")):
                stem += "a"
            name = f"{first} {stem}"
            if rng.random() < 0.35:
                name = cyrillic(name)
        else:
            name = rng.choice(["", "12345", "https://example.org/list", "+7 701 000 00 00"])
        out.append(name)
    return out


def load() -> float:
    return os.getloadavg()[0]


def bench(data: Path, listed: list[str], baseline: int) -> None:
    from index.core import Core
    from index.screening.listing import read_text
    from index.screening.screen import screen_names

    core = Core(data)
    try:
        start = time.perf_counter()
        core.update_index(trust_mark=True)
        opened = time.perf_counter() - start
        archive, searcher = core.archive, core.search.store.searcher()
        items = read_text("\n".join(listed))
        screen_names(archive, searcher, items[:50])  # warm-up: caches, first reads of the index
        load_before = load()
        wall0, cpu0 = time.perf_counter(), time.process_time()
        report = screen_names(archive, searcher, items)
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        load_after = load()
        per = sorted(r.seconds * 1000 for r in report.results if r.status != "not searched")
        counts = {s: report.count(s) for s in ("found", "possible", "not found", "stopped",
                                               "not searched")}  # fmt: skip
        paragraphs = archive.paragraph_count()
        print(f"  index opened in {opened:.1f} s; {paragraphs:,} paragraphs, "
              f"{len(archive.cases)} case records")  # fmt: skip
        print(f"  load average (1 min): {load_before:.2f} → {load_after:.2f}")
        print(f"  screen {len(items):,} names: wall {wall:.1f} s, CPU {cpu:.1f} s; per name "
              f"mean {statistics.fmean(per):.2f} ms, p50 {per[len(per) // 2]:.2f}, "
              f"p95 {per[int(len(per) * 0.95)]:.2f}, max {per[-1]:.1f} ms")  # fmt: skip
        print("  " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
        if baseline:
            sample = [i.text for i in items[:baseline] if i.problem is None]
            wall0, cpu0 = time.perf_counter(), time.process_time()
            for name in sample:
                core.find(name, limit=20, facets=False)
            bwall, bcpu = time.perf_counter() - wall0, time.process_time() - cpu0
            print(f"  baseline, one search per name (Core.find) over {len(sample):,} names: "
                  f"wall {bwall:.1f} s, CPU {bcpu:.1f} s, mean {bwall / len(sample) * 1000:.2f}"
                  " ms a name")  # fmt: skip
        print(f"  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        core.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=10_000)
    parser.add_argument("--documents", default="0,1000")
    parser.add_argument("--base", default=None, help="where the data folders are kept")
    parser.add_argument("--baseline", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    import tempfile

    import bench_data

    from index.archive import load_archive

    base = Path(args.base or Path(tempfile.gettempdir()) / "muragat-screen-bench")
    listed = names(args.names, args.seed, load_archive(None))
    for size in [int(s) for s in args.documents.split(",")]:
        data, info = bench_data.data_folder(base, size, args.seed)
        print(f"=== {size:,} imported documents ({info.get('corpus', 'the bundled report')}) ===")
        bench(data, listed, args.baseline)


if __name__ == "__main__":
    main()
