"""``muragat search`` and ``muragat index``."""

from __future__ import annotations

import argparse
import re
import sys
from typing import TYPE_CHECKING

from app.cli_language import tr
from app.output import error, print_json
from index.core import Core
from index.search import KINDS

if TYPE_CHECKING:
    from index.search.engine import SyncReport

_MARK = re.compile(r"</?mark>")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the archive (names match across spellings/scripts)")
    p.add_argument("query", nargs="+", help='words, "phrases", OR, -word, prefix*, field:value')
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--exact", action="store_true", help="exact spelling: no folding or stemming")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("index", help="bring the search index up to date")
    p.add_argument("--rebuild", action="store_true", help="rebuild it from scratch")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_index)


class ProgressBar:
    """A one-line progress bar on stderr, shown only on a terminal and for long work."""

    def __init__(self) -> None:
        self.shown = False
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled or total < 200:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r{message:<20} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def ensure_index(core: Core, rebuild: bool = False) -> SyncReport:
    bar = ProgressBar()
    try:
        report = core.update_index(bar, rebuild=rebuild)
    finally:
        bar.close()
    if report.rebuilt and report.reason not in ("missing", "requested"):
        error(tr("the search index was rebuilt (%1)").replace("%1", report.reason))
    return report


def highlight_for_terminal(snippet: str) -> str:
    import html

    if sys.stdout.isatty():
        return html.unescape(
            _MARK.sub(lambda m: "\033[1;33m" if m.group() == "<mark>" else "\033[0m", snippet)
        )
    return html.unescape(_MARK.sub(lambda m: "[" if m.group() == "<mark>" else "]", snippet))


def cmd_search(core: Core, args: argparse.Namespace) -> int:
    for problem in core.archive.problems:
        error(tr("skipped bundle: %1").replace("%1", str(problem)))
    ensure_index(core)
    result = core.find(
        " ".join(args.query), limit=max(1, args.limit), kind=args.kind, exact=args.exact
    )
    for message in result.messages:
        error(message)
    if args.json:
        print_json([h.as_dict() for h in result.hits])
        return 0
    if result.suggestion:
        print(tr("Did you mean: %1").replace("%1", result.suggestion))
    if not result.hits:
        print(tr("No results for “%1”.").replace("%1", result.query))
        return 0
    for n, hit in enumerate(result.hits, 1):
        where = f"{hit.document} — {hit.section}" if hit.kind == "paragraph" else hit.title
        print(f"{n:>2}. [{hit.kind}] {hit.id}  ({where})  score {hit.score:.2f}")
        print(f"    {highlight_for_terminal(hit.snippet)}")
    facets = "; ".join(
        f"{k}: " + ", ".join(f"{v} {c}" for v, c in sorted(counts.items(), key=lambda kv: -kv[1]))
        for k, counts in result.facets.items()
        if counts
    )
    took = tr("%n hit(s) in %1 ms.", "", result.total).replace("%1", f"{result.seconds * 1000:.0f}")
    print(f"\n{took} {facets}")
    return 0


def cmd_index(core: Core, args: argparse.Namespace) -> int:
    damage = None if args.rebuild else core.verify_index()  # read all of it: the truth
    report = ensure_index(core, rebuild=args.rebuild or bool(damage))
    if damage:
        report.rebuilt, report.reason = True, damage
    if args.json:
        from dataclasses import asdict

        print_json(asdict(report))
        return 0
    state = f"rebuilt ({report.reason})" if report.rebuilt else "up to date"
    print(
        f"Index {state}: {report.added} added, {report.updated} updated, "
        f"{report.removed} removed, {report.unchanged} unchanged in {report.seconds:.2f} s"
    )
    return 0
