"""``muragat search`` and ``muragat index``."""

from __future__ import annotations

import argparse
import re
import sys
import time
from typing import TYPE_CHECKING

from app.cli_language import say, tr
from app.commands.archive_cmds import nothing_open
from app.output import echo, error, inert, print_json, to_json
from index.archive.citation import signer_of
from index.core import Core
from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.search import KINDS

if TYPE_CHECKING:
    from index.search.engine import SyncReport

_MARK = re.compile(r"(</?mark>)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the archive (names match across spellings/scripts)")
    p.add_argument("query", nargs="*", help='words, "phrases", OR, -word, prefix*, field:value')
    p.add_argument(
        "--batch",
        metavar="FILE",
        help="one query per line (FILE or - for standard input); prints one JSON line per "
        "query: query, total, hits, ms",
    )
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


def ensure_index(core: Core, rebuild: bool = False, trust_mark: bool = False) -> SyncReport:
    """Bring the index up to date: in full (``muragat index``), or, for a search, by the
    journal of changes since the last sync when there is one (`Core.update_index`)."""
    bar = ProgressBar()
    try:
        report = core.update_index(bar, rebuild=rebuild, trust_mark=trust_mark)
    finally:
        bar.close()
    if report.rebuilt and report.reason not in ("missing", "requested"):
        error(tr("the search index was rebuilt (%1)").replace("%1", report.reason))
    return report


def highlight_for_terminal(snippet: str) -> str:
    """The snippet's text made inert (`inert`), its ``<mark>``s shown in colour on a terminal
    and as ``[...]`` elsewhere."""
    import html

    on, off = ("\033[1;33m", "\033[0m") if sys.stdout.isatty() else ("[", "]")
    parts = _MARK.split(snippet)
    return "".join(
        on if part == "<mark>" else off if part == "</mark>" else inert(html.unescape(part))
        for part in parts
    )


def cmd_search(core: Core, args: argparse.Namespace) -> int:
    if args.batch is not None:
        if args.query:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "give either a query or --batch FILE, not both")
            )
        queries = read_batch(args.batch)  # all rules checked before anything is searched
    elif not args.query:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "nothing to search for: give a query, or --batch FILE")
        )
    for problem in core.archive.problems:
        error(tr("skipped bundle: %1").replace("%1", say(problem)))
    archive = core.archive
    if not archive.held and not archive.user_count() and nothing_open(core, tr("bundles")):
        return 1  # every bundle refused: nothing to search, and no hit would say why
    ensure_index(core, trust_mark=True)
    if args.batch is not None:
        return run_batch(core, queries, args)
    result = core.find(
        " ".join(args.query),
        limit=max(1, args.limit),
        kind=args.kind,
        exact=args.exact,
        facets=not args.json,  # --json prints the hits only: no facets to count
    )
    for message in result.messages:
        error(message)
    if args.json:
        print_json([h.as_dict() for h in result.hits])
        return 0
    if result.suggestion:
        echo(tr("Did you mean: %1").replace("%1", result.suggestion))
    if not result.hits:
        echo(tr("No results for “%1”.").replace("%1", result.query))
        return 0
    for n, hit in enumerate(result.hits, 1):
        if hit.kind != "paragraph":
            where = hit.title
        elif hit.section == hit.document:  # an imported document's untitled opening
            where = hit.document
        else:
            where = f"{hit.document} — {hit.section}"
        signer = signer_of(core.archive, hit.para_id or hit.id)
        if signer:
            where += " · " + tr("signed by %1").replace("%1", signer)
        echo(f"{n:>2}. [{hit.kind}] {hit.id}  ({where})  score {hit.score:.2f}")
        sys.stdout.write(f"    {highlight_for_terminal(hit.snippet)}\n")  # made inert
    facets = "; ".join(
        f"{k}: " + ", ".join(f"{v} {c}" for v, c in sorted(counts.items(), key=lambda kv: -kv[1]))
        for k, counts in result.facets.items()
        if counts
    )
    if result.estimated:  # past the time budget: counted in part, the rest estimated
        took = tr("About %n hit(s) in %1 ms.", "", result.total)
    else:
        took = tr("%n hit(s) in %1 ms.", "", result.total)
    echo(f"\n{took.replace('%1', f'{result.seconds * 1000:.0f}')} {facets}")
    return 0


MAX_BATCH_BYTES = 1_000_000
MAX_BATCH_LINES = 10_000
BATCH_HIT_KEYS = ("kind", "id", "doc_id", "para_id", "title", "section", "snippet", "score")


def read_batch(name: str) -> list[str]:
    """The queries of a batch file, one a line (blank lines skipped), or a KnownError saying
    which rule the file breaks: at most `MAX_BATCH_BYTES`, `MAX_BATCH_LINES` queries, each at
    most `MAX_QUERY_CHARS` characters, UTF-8 text. Nothing is searched unless all of it is."""
    from index.search.query import MAX_QUERY_CHARS  # Whoosh: not loaded for the window

    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_BATCH_BYTES + 1)
        else:
            with open(name, "rb") as fh:
                data = fh.read(MAX_BATCH_BYTES + 1)
    except OSError as exc:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "cannot read the batch file {name}: {reason}"),
            name=name,
            reason=exc.strerror or exc,
        ) from exc
    if len(data) > MAX_BATCH_BYTES:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the batch file is larger than {MAX_BATCH_BYTES:,} bytes; split it "
                "into smaller files",
            ),
            MAX_BATCH_BYTES=MAX_BATCH_BYTES,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors", "the batch file is not UTF-8 text (byte {start}); save it as UTF-8"
            ),
            start=exc.start + 1,
        ) from exc
    queries = []
    for number, line in enumerate(text.splitlines(), 1):
        query = line.strip()
        if not query:
            continue
        if len(query) > MAX_QUERY_CHARS:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "line {number} of the batch file is longer than {MAX_QUERY_CHARS:,} "
                    "characters: one query per line",
                ),
                number=number,
                MAX_QUERY_CHARS=MAX_QUERY_CHARS,
            )
        queries.append(query)
        if len(queries) > MAX_BATCH_LINES:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the batch file has more than {MAX_BATCH_LINES:,} queries; split it "
                    "into smaller files",
                ),
                MAX_BATCH_LINES=MAX_BATCH_LINES,
            )
    return queries


def run_batch(core: Core, queries: list[str], args: argparse.Namespace) -> int:
    """One JSON line per query, in order, flushed as each is answered (the index is opened
    once, by the first search, and kept)."""
    limit = max(1, args.limit)
    for query in queries:
        start = time.perf_counter()
        result = core.find(query, limit=limit, kind=args.kind, exact=args.exact, facets=False)
        line = {
            "query": query,
            "total": result.total,
            "estimated": result.estimated,
            "partial": result.partial,
            "hits": [{k: getattr(h, k) for k in BATCH_HIT_KEYS} for h in result.hits],
            "ms": round((time.perf_counter() - start) * 1000, 1),
            "messages": result.messages,
        }
        sys.stdout.write(to_json(line, indent=None) + "\n")
        sys.stdout.flush()
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
    if report.resumed:  # an interrupted build: what it committed was kept
        state = "completed (an interrupted build resumed)"
    echo(
        f"Index {state}: {report.added} added, {report.updated} updated, "
        f"{report.removed} removed, {report.unchanged} unchanged in {report.seconds:.2f} s"
    )
    return 0
