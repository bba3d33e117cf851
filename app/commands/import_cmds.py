"""``muragat import``: bring your own documents into the archive, list and remove them."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from app.cli_language import say, tr
from app.commands.search_cmds import ProgressBar
from app.output import echo, error, print_json
from index.changes import RetitleDocument
from index.core import Core


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import files or folders (Word, OpenDocument, RTF, Markdown, text, HTML, PDF, "
        "scans: PNG, JPEG, TIFF)",
    )
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help="read text files in this encoding (cp1251, koi8-r, cp866, cp1252…) instead of "
        "detecting it; re-reads files imported before with another",
    )
    p.add_argument(
        "--ocr-languages",
        metavar="LANGS",
        help="the languages scans and PDF pages without text are recognised in, joined by + "
        "(rus, kaz, eng; default rus+kaz+eng)",
    )
    p.add_argument("--tag", action="append", default=[], help="tag the imported paragraphs")
    p.add_argument("--list", action="store_true", help="list the imported documents")
    p.add_argument("--remove", metavar="ID", help="remove an imported document (notes: orphans)")
    p.add_argument("--delete-notes", action="store_true", help="with --remove: delete its notes")
    p.add_argument("--retitle", nargs=2, metavar=("ID", "TITLE"), help="change a title")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)


class ImportProgress(ProgressBar):
    """The files' progress bar, and while a scan is recognised which page of it ("court.pdf:
    page 3 of 12", on one line rewritten in place): recognising a page takes seconds."""

    def __init__(self) -> None:
        super().__init__()
        self._page: tuple[str, int, int] | None = None

    def __call__(self, done: int, total: int, message: str) -> None:
        from index.imports.limits import PageProgress

        if not isinstance(message, PageProgress):
            if self._page is not None:  # the pages' line goes; the files' bar comes back
                sys.stderr.write("\r\033[K")
                self._page = None
            super().__call__(done, total, message)
            return
        page = (str(message), message.page, message.pages)
        if not self.enabled or page == self._page:
            return
        self._page = page
        line = (
            tr("%1: page %2 of %3")
            .replace("%1", str(message))
            .replace("%2", str(message.page))
            .replace("%3", str(message.pages))
        )
        sys.stderr.write(f"\r{line}\033[K")
        sys.stderr.flush()
        self.shown = True


def imported(core: Core) -> list[dict]:
    archive = core.archive
    held = [
        (b.id, b.manifest.title, b.manifest.imported, sum(len(d.paragraphs) for d in b.documents))
        for b in archive.held
        if not b.builtin
    ]
    stored = archive.store.import_list() if archive.store is not None else []
    return [
        {"id": ident, "title": title, **record, "paragraphs": count}
        for ident, title, record, count in [*held, *stored]
    ]


def describe_encoding(r) -> str:
    sure = r.confidence is None or r.confidence >= 1.0
    return r.encoding + ("" if sure else f" (a guess, confidence {r.confidence:.2f})")


def cmd_import(core: Core, args: argparse.Namespace) -> int:
    if args.remove:
        affected = core.remove_document(args.remove, delete_notes=args.delete_notes)
        fate = (
            tr("removed %1; %n note(s) deleted", "", affected)
            if args.delete_notes
            else tr("removed %1; %n note(s) kept as orphans", "", affected)
        )
        echo(fate.replace("%1", args.remove))
        return 0
    if args.retitle:
        core.apply(RetitleDocument(*args.retitle))
        echo(tr("retitled %1").replace("%1", args.retitle[0]))
        return 0
    if args.list or not args.paths:
        docs = imported(core)
        if args.json:
            print_json(docs)
        else:
            for d in docs:
                echo(
                    f"{d['id']:<44} {d['paragraphs']:>5} ¶  {d['title']}  "
                    f"({d.get('original_name')}, v{d.get('version', 1)}"
                    f"{', ' + d['encoding'] if d.get('encoding') else ''})"
                )
            echo("\n" + tr("%n imported document(s)", "", len(docs)))
        return 0
    languages = None
    if args.ocr_languages is not None:
        from index.ocr.engine import check_languages

        languages = check_languages(args.ocr_languages)  # before anything is read
    bar = ImportProgress()
    try:
        report = core.import_paths(
            [Path(p) for p in args.paths],
            bar,
            tags=args.tag,
            encoding=args.encoding,
            ocr_languages=languages,
        )
    finally:
        bar.close()
    if args.json:
        print_json([asdict(r) for r in report.results])
    else:
        for r in report.results:
            line = f"{r.status:<9} {r.path}"
            if r.status == "skipped":
                error(tr("skipped %1: %2").replace("%1", str(r.path)).replace("%2", say(r.message)))
                continue
            echo(f"{line}  → {r.bundle_id} “{r.title}” ({r.message})")
            if r.encoding and r.status != "unchanged":
                echo(f"          encoding {describe_encoding(r)}")
            for note in r.notes:
                echo(f"          note: {say(note)}")
        summary = (
            tr("%1 added, %2 updated, %3 unchanged, %4 skipped")
            .replace("%1", str(report.count("added")))
            .replace("%2", str(report.count("updated")))
            .replace("%3", str(report.count("unchanged")))
            .replace("%4", str(report.count("skipped")))
        )
        echo("\n" + summary)
    return 0
