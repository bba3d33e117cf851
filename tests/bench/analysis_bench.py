"""Indexing speed with the language-aware analysers, beside the English-only ones they replaced.

Run from the project root (prints a table; never asserts timings; pytest does not collect it)::

    .venv/bin/python tests/bench/analysis_bench.py [--russian 1000] [--repeat 3]

Two corpora: the bundled archive (every item ``muragat`` indexes), and ``--russian`` generated
Russian documents (8-12 paragraphs of inflected Russian with Kazakh names, deterministic).  Each
is indexed into a fresh Whoosh index in a temporary folder, once with the schema as shipped and
once with the previous analysers ("before": porter2 for every word, names folded without case
forms), ``--repeat`` times each, alternating; the median is reported.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from whoosh import index as whoosh_index  # noqa: E402
from whoosh.analysis import CharsetFilter, LowercaseFilter, StemFilter  # noqa: E402
from whoosh.lang.porter2 import stem as porter2_stem  # noqa: E402
from whoosh.support.charset import accent_map  # noqa: E402

from index.search.analysis import PossessiveFilter, _tokenizer  # noqa: E402
from index.search.items import IndexItem  # noqa: E402
from index.search.names import NameFoldFilter  # noqa: E402
from index.search.schema import build_schema  # noqa: E402

TEXT_FIELDS = ("title", "section", "text", "court")
NAME_FIELDS = ("names", "person", "place")


def before_schema():
    """The schema with the analysers of schema version 3 (English-only stemming)."""
    schema = build_schema()
    text = (
        _tokenizer()
        | LowercaseFilter()
        | PossessiveFilter()
        | CharsetFilter(accent_map)
        | StemFilter(stemfn=porter2_stem, cachesize=50000)
    )
    names = _tokenizer() | LowercaseFilter() | NameFoldFilter()
    for name in TEXT_FIELDS:
        schema[name].analyzer = text
    for name in NAME_FIELDS:
        schema[name].analyzer = names
    return schema


STEMS = (
    "журналист", "активист", "правозащитник", "адвокат", "суд", "приговор", "задержани",
    "голодовк", "протест", "митинг", "полиц", "следовател", "обвинени", "свобод", "тюрьм",
)  # fmt: skip
ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ой", "и")
VERBS = (
    "задержали", "задержаны", "осудили", "оштрафовали", "объявил", "объявила", "провели",
    "сообщили", "заявил", "арестовали", "освободили", "приговорил", "обжаловал",
)  # fmt: skip
WORDS = (
    "в", "на", "по", "после", "из-за", "против", "области", "городе", "Алматы", "Астане",
    "году", "марта", "апреля", "статье", "Уголовного", "кодекса", "месяцев", "лишения",
)  # fmt: skip
NAMES = (
    "Енсебек", "Жыланбаев", "Мұхаммедкәрім", "Мухаммедкарим", "Токаев", "Ахмедьяров",
    "Жапишева", "Еркебаева", "Сергеев", "Касым",
)  # fmt: skip
NAME_ENDINGS = ("", "а", "у", "ым", "ом", "е", "ке", "ге", "ді", "ның", "нің")


def russian_items(count: int, seed: int = 17) -> list[IndexItem]:
    items = []
    for n in range(count):
        rng = random.Random(f"{seed}:{n}")
        for k in range(rng.randint(8, 12)):
            words = []
            while sum(len(w) + 1 for w in words) < rng.randint(500, 900):
                roll = rng.random()
                if roll < 0.35:
                    words.append(rng.choice(STEMS) + rng.choice(ENDINGS))
                elif roll < 0.5:
                    words.append(rng.choice(VERBS))
                elif roll < 0.6:
                    words.append(rng.choice(NAMES) + rng.choice(NAME_ENDINGS))
                else:
                    words.append(rng.choice(WORDS))
            text = " ".join(words).capitalize() + "."
            items.append(
                IndexItem(
                    id=f"ru{n:05d}-p{k:02d}",
                    kind="paragraph",
                    fields={"doc_id": f"ru{n:05d}", "title": "Статья", "text": text, "ordinal": k},
                )
            )
    return items


def bundled_items() -> list[IndexItem]:
    from index.archive import load_archive
    from index.search.items import archive_items

    return list(archive_items(load_archive(None)))


def cold_caches() -> None:
    """Every run starts with empty word caches (the old analysers had fold_name's too)."""
    from index.search import analysis, kazakh, names

    for cached in (names.fold_name, names.base_form, kazakh.strip_suffixes, analysis.stem_word):
        cached.cache_clear()


def index_once(schema, items: list[IndexItem]) -> float:
    cold_caches()
    with tempfile.TemporaryDirectory() as tmp:
        ix = whoosh_index.create_in(tmp, schema)
        start = time.perf_counter()
        writer = ix.writer(limitmb=64)
        for item in items:
            writer.add_document(**item.document())
        writer.commit()
        seconds = time.perf_counter() - start
        ix.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--russian", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpora = [("bundled archive", bundled_items()), (f"{args.russian:,} Russian documents",
               russian_items(args.russian))]  # fmt: skip
    print(f"{'corpus':<26}{'items':>8}{'MB':>7}{'before s':>10}{'after s':>10}{'after/before':>14}")
    for label, items in corpora:
        size = sum(len(i.fields.get("text", "").encode()) for i in items) / 1e6
        times: dict[str, list[float]] = {"before": [], "after": []}
        for _ in range(args.repeat):
            times["before"].append(index_once(before_schema(), items))
            times["after"].append(index_once(build_schema(), items))
        before, after = statistics.median(times["before"]), statistics.median(times["after"])
        print(
            f"{label:<26}{len(items):>8}{size:>7.1f}{before:>10.2f}{after:>10.2f}"
            f"{after / before:>13.2f}x"
        )


if __name__ == "__main__":
    main()
