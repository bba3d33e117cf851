"""``muragat screen``: a list of names checked against the archive (`index.screening`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli_language import tr
from app.commands.archive_cmds import nothing_open
from app.commands.search_cmds import ProgressBar, ensure_index
from app.output import error, inert
from index.core import Core
from index.errors import QT_TRANSLATE_NOOP, KnownError

FORMATS = ("text", "csv", "json", "pdf")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "screen",
        help="check a list of names (one a line, or a CSV column) against the case records, "
        "the report and imported documents, across spellings and scripts",
    )
    p.add_argument("file", metavar="FILE", help=".txt (one name a line), .csv, or - for stdin")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="text (the default on a terminal), csv, json or pdf (pdf needs --output)",
    )
    p.add_argument("--output", metavar="FILE", help="write the report here, not to stdout")
    p.add_argument(
        "--column",
        metavar="N|NAME",
        help="the CSV column holding the names: its number (1 is the first) or its heading",
    )
    p.add_argument("--encoding", metavar="NAME", help="read the list in this encoding")
    p.add_argument(
        "--budget",
        type=float,
        default=None,
        metavar="SECONDS",
        help="time one name may take (default 2); a name stopped by it is never called absent",
    )
    p.set_defaults(handler=cmd_screen)


def _said(word: str) -> str:
    """A status, a level of match, a place or a reason, in the command line's language."""
    said = {
        "found": tr("found"),
        "possible": tr("possible"),
        "not found": tr("not found"),
        "stopped": tr("stopped (out of time)"),
        "not searched": tr("not searched"),
        "same spelling": tr("same spelling"),
        "other spelling or script": tr("other spelling or script"),
        "case form": tr("case form"),
        "close spelling": tr("close spelling"),
        "case record": tr("case record"),
        "report": tr("report"),
        "document": tr("document"),
        "empty": tr("empty"),
        "no letters": tr("no letters"),
        "a web address": tr("a web address"),
        "an e-mail address": tr("an e-mail address"),
        "too long for a name": tr("too long for a name"),
        "words in another order": tr("words in another order"),
        "without the patronymic": tr("without the patronymic"),
    }
    return said.get(word, word)


def _read_list(args: argparse.Namespace):
    from index.screening import listing

    if args.file == "-":
        data = sys.stdin.buffer.read(listing.MAX_BYTES + 1)
        return listing.read_bytes(data, column=args.column, encoding=args.encoding)
    path = Path(args.file)
    if not path.is_file():
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "{file} is not a regular file"), file=path)
    return listing.read_file(path, args.column, args.encoding)


def cmd_screen(core: Core, args: argparse.Namespace) -> int:
    from index.screening import report as reports
    from index.screening.screen import DEFAULT_BUDGET, screen_with_core

    fmt = args.format or "text"
    if fmt == "pdf" and not args.output:
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "a PDF report needs --output FILE"))
    budget = DEFAULT_BUDGET if args.budget is None else args.budget
    if not budget > 0:
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "--budget must be more than 0 seconds"))
    listed = _read_list(args)  # every bound checked before anything is searched
    archive = core.archive
    if not archive.held and not archive.user_count() and nothing_open(core, tr("bundles")):
        return 1
    ensure_index(core, trust_mark=True)
    bar = ProgressBar()
    try:
        result = screen_with_core(core, listed, bar, budget)
    finally:
        bar.close()
    if fmt == "csv":
        _write(args.output, reports.to_csv(result).encode("utf-8"))
    elif fmt == "json":
        _write(args.output, reports.to_json(result).encode("utf-8"))
    elif fmt == "pdf":
        from app.pdf.render import pdf_bytes

        title = tr("Names screened against the archive")
        comp, parts = reports.pdf_parts(result, title, Path(args.file).name)
        data, _pages = pdf_bytes(comp, parts, title)
        _write(args.output, data)
    else:
        _write(args.output, _text(result).encode("utf-8"))
    counts = ", ".join(
        f"{result.count(s)} {_said(s)}" for s in dict.fromkeys(r.status for r in result.results)
    )
    if args.output or fmt != "text":
        error(tr("%n name(s) screened: %1", "", len(result.results)).replace("%1", counts))
    if args.output and core.key is not None:
        error(tr("the exported file is not encrypted: it is written as you asked, in the clear"))
    return 0


def _write(output: str | None, data: bytes) -> None:
    if output is None:
        sys.stdout.write(data.decode("utf-8"))  # text, csv or json: a PDF needs --output
        sys.stdout.flush()
        return
    from index.fileio import write_atomic

    write_atomic(Path(output), data, clear=True)


def _text(result) -> str:
    lines = []
    for r in result.results:
        head = f"{r.line:>4}. {inert(r.name)} — {_said(r.status)}"
        if r.problem:
            head += f" ({_said(r.problem)})"
        elif r.matches:
            head += f" ({_said(r.how)})"
        if not r.complete and r.matches:
            head += " — " + tr("the first %1 places read are listed").replace("%1", str(r.total))
        lines.append(head)
        for m in r.matches:
            notes = f" [{', '.join(_said(n) for n in m.notes)}]" if m.notes else ""
            lines.append(
                f"      {_said(m.how)} · {_said(m.where)} {m.id}: “{inert(m.spelling)}”{notes}"
            )
            lines.append(f"        {inert(m.citation)}")
    if result.cancelled:
        lines.append(tr("stopped before the end of the list"))
    return "\n".join(lines) + "\n"
