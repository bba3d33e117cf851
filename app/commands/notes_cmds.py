"""``muragat notes …``, ``muragat tags`` and ``muragat tag …``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from app.catalogue import LANGUAGES
from app.cli_language import language, say, tr
from app.output import echo, error, print_json, shorten
from index.archive.citation import STYLES
from index.changes import (
    MAX_ANNOTATION_BYTES,
    ImportAnnotations,
    RenameTag,
    RestoreBackup,
    TagTarget,
    UntagTarget,
)
from index.core import Core
from index.errors import QT_TRANSLATE_NOOP, KnownError
from index.export import ExportOptions
from index.notes.model import COLORS, attribution
from index.notes.service import new_note


def register(sub: argparse._SubParsersAction) -> None:
    notes = sub.add_parser("notes", help="add, list, show, delete, export and import notes")
    nsub = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)

    p = nsub.add_parser("add", help="add a note to a paragraph, a passage or a case record")
    p.add_argument("--target", help="paragraph or case-record id (omit for a free note)")
    p.add_argument("--quote", help="the exact words in the paragraph the note is about")
    p.add_argument(
        "--occurrence", type=int, help="which occurrence of --quote (when it occurs several times)"
    )
    p.add_argument("--prefix", default="", help="the words just before --quote (to place it)")
    p.add_argument("--suffix", default="", help="the words just after --quote (to place it)")
    p.add_argument("--text", default="", help="the note, in Markdown")
    p.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    p.add_argument("--private", action="store_true", help="leave it out of redacted exports")
    p.add_argument("--color", choices=COLORS, default="yellow")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add)

    p = nsub.add_parser("list", help="list notes")
    p.add_argument("--tag")
    p.add_argument("--orphans", action="store_true", help="only notes that lost their anchor")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = nsub.add_parser("show", help="print one note")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = nsub.add_parser("delete", help="delete a note")
    p.add_argument("id")
    p.set_defaults(handler=cmd_delete)

    p = nsub.add_parser("export", help="export notes to a file")
    p.add_argument("--format", choices=("w3c", "md", "pdf"), required=True)
    p.add_argument("--output", required=True, metavar="FILE")
    defaults = ExportOptions()
    p.add_argument("--tag", action="append", default=[], help="only notes with this tag")
    private = p.add_mutually_exclusive_group()
    private.add_argument(
        "--include-private", action="store_true", help="include private notes (left out by default)"
    )
    private.add_argument("--no-private", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--exclude-tag", action="append", default=[], help="leave notes with it out")
    p.add_argument("--document", metavar="ID", help="only notes on this document (or bundle)")
    p.add_argument("--since", metavar="DATE", help="only notes created on or after (2026-05)")
    p.add_argument("--group-by", choices=("document", "tag"), default=defaults.group_by)
    p.add_argument("--title", default=defaults.title)
    p.add_argument(
        "--language",
        dest="export_language",
        choices=tuple(LANGUAGES),
        help="language of the export's headings and labels (default: the messages' language)",
    )
    p.add_argument(
        "--citation-style",
        choices=STYLES,
        default=defaults.citation_style,
        help="how each note's source is cited (default: %(default)s)",
    )
    p.set_defaults(handler=cmd_export)

    p = nsub.add_parser(
        "import",
        help="import notes from W3C Web Annotation JSON-LD or Muragat's own Markdown export "
        "(all of a file or nothing, unless told)",
    )
    p.add_argument("file")
    p.add_argument(
        "--import-what-you-can",
        dest="partial",
        action="store_true",
        help="import the annotations that can be, list the others (exit status 2)",
    )
    p.add_argument(
        "--update",
        action="store_true",
        help="apply annotations that would change notes you have (newer ones; listed and "
        "left alone without it, exit status 2); a private note stays private",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = nsub.add_parser(
        "backups",
        help="list the notes database's backups (newest first) and whether each "
        "passed its check; restoring one is explicit: notes restore-backup NAME",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_backups, name=None)

    p = nsub.add_parser(
        "restore-backup", help="list the notes database's backups, or restore one by name"
    )
    p.add_argument("name", nargs="?", metavar="NAME", help="the backup to restore (see the list)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_restore_backup)

    p = sub.add_parser("tags", help="list tags with counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_tags)

    tag = sub.add_parser("tag", help="tag paragraphs and case records; rename tags")
    tsub = tag.add_subparsers(dest="tag_command", metavar="ACTION", required=True)
    for name, handler in (("add", cmd_tag_add), ("remove", cmd_tag_remove)):
        p = tsub.add_parser(name, help=f"{name} a tag on a paragraph or case record")
        p.add_argument("target")
        p.add_argument("tag")
        p.set_defaults(handler=handler)
    p = tsub.add_parser("rename", help="rename a tag (onto an existing one: merge)")
    p.add_argument("old")
    p.add_argument("new")
    p.set_defaults(handler=cmd_tag_rename)


def _report_store_messages(core: Core) -> None:
    for message in core.untold_store_messages():
        error(say(message))


def note_line(note) -> str:
    flag = " [orphan]" if note.orphan else ""
    private = " [private]" if note.private else ""
    where = note.target_id or "free"
    tags = f"  #{' #'.join(note.tags)}" if note.tags else ""
    quote = f" “{shorten(note.exact, 40)}”" if note.exact else ""
    return f"{note.id}  {where:<34}{quote} {shorten(note.body, 50)}{tags}{flag}{private}"


def cmd_add(core: Core, args: argparse.Namespace) -> int:
    _report_store_messages(core)
    note = new_note(
        core.archive,
        args.target,
        args.text,
        quote=args.quote,
        tags=args.tag,
        private=args.private,
        color=args.color,
        occurrence=args.occurrence,
        prefix=args.prefix,
        suffix=args.suffix,
    )
    stored = core.add_note(note)
    if args.json:
        print_json(asdict(stored))
    else:
        echo(stored.id)
    return 0


def cmd_list(core: Core, args: argparse.Namespace) -> int:
    _report_store_messages(core)
    notes = core.list_notes(tag=args.tag)
    if args.orphans:
        notes = [n for n in notes if n.orphan]
    if args.json:
        print_json([asdict(n) for n in notes])
        return 0
    for note in notes:
        echo(note_line(note))
    echo("\n" + tr("%n note(s)", "", len(notes)))
    return 0


def cmd_show(core: Core, args: argparse.Namespace) -> int:
    note = core.note(args.id)
    if args.json:
        print_json(asdict(note))
        return 0
    echo(f"Note {note.id} on {note.target_kind} {note.target_id or ''}".rstrip())
    if note.orphan:
        echo(tr("ORPHANED: %1").replace("%1", note.orphan_reason or ""))
    if note.exact:
        echo(f"> {note.exact}")
    if note.body:
        echo(f"\n{note.body}\n")
    if note.tags:
        echo(tr("Tags: %1").replace("%1", ", ".join(note.tags)))
    if note.creator:
        echo(tr("By %1").replace("%1", attribution(note.creator)))
    echo(
        f"Created {note.created}, modified {note.modified}" + (", private" if note.private else "")
    )
    return 0


def cmd_delete(core: Core, args: argparse.Namespace) -> int:
    note = core.delete_note(args.id)
    echo(tr("deleted note %1").replace("%1", note.id))
    return 0


def cmd_export(core: Core, args: argparse.Namespace) -> int:
    options = ExportOptions(
        format=args.format,
        title=args.title,
        group_by=args.group_by,
        tags=tuple(args.tag),
        exclude_tags=tuple(args.exclude_tag),
        document=args.document,
        since=args.since,
        include_private=args.include_private,
        language=args.export_language or language(),
        citation_style=args.citation_style,
    )
    pdf = None
    if args.format == "pdf":
        from app.pdf.render import pdf_bytes as pdf
    from index.export import write_export  # loads the writers

    report = write_export(
        core.archive,
        core.list_notes(),
        options,
        Path(args.output),
        pdf=pdf,
        target_tags=core.target_tags(),
    )
    line = tr("exported %n note(s) to %1", "", report.notes).replace("%1", str(report.path))
    if report.pages:
        took = tr("%n page(s), %1 s", "", report.pages).replace("%1", f"{report.seconds:.2f}")
        line += f" ({took})"
    echo(line)
    if core.key is not None:  # the vault is on: the file asked for is not
        error(tr("the exported file is not encrypted: it is written as you asked, in the clear"))
    return 0


def cmd_import(core: Core, args: argparse.Namespace) -> int:
    try:
        if not Path(args.file).is_file():
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "{file} is not a regular file"), file=args.file
            )
        size = Path(args.file).stat().st_size
        if size > MAX_ANNOTATION_BYTES:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is {size:,} bytes; annotation files may have at most "
                    "{MAX_ANNOTATION_BYTES} MB",
                ),
                file=args.file,
                size=size,
                MAX_ANNOTATION_BYTES=MAX_ANNOTATION_BYTES // 10**6,
            )
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "cannot read {file}: {reason}"), file=args.file, reason=exc
        ) from None

    def progress(done: int, total: int, what: str) -> None:
        if total >= 1000 and not args.json and (done % 1000 == 0 or done == total):
            error(f"{what}: {done:,} of {total:,} (nothing is written until all are checked)")

    change = ImportAnnotations(text, partial=args.partial, progress=progress, update=args.update)
    report = core.apply(change).result
    if args.json:
        print_json(asdict(report))
    else:
        summary = tr(
            "imported %1 note(s); %2 updated; %3 already present; "
            "%4 paragraph(s)/case(s) tagged; %5 skipped; %6 not applied (conflicts)"
        )
        counts = (
            report.added,
            report.updated,
            report.already,
            report.tagged,
            report.skipped,
            report.conflicts,
        )
        for i, items in reversed(list(enumerate(counts, 1))):  # %5 before %1 (no %1 in %10)
            summary = summary.replace(f"%{i}", str(len(items)))
        echo(summary)
        for label, reason in report.skipped:
            error(tr("skipped %1: %2").replace("%1", label).replace("%2", say(reason)))
        for label, what in report.dropped:
            error(tr("not kept from %1: %2").replace("%1", label).replace("%2", say(what)))
        if report.conflicts:
            error(
                tr(
                    "%n annotation(s) in the file would change notes you have; they were not "
                    "applied (to apply them: muragat notes import FILE --update; a private note "
                    "stays private):",
                    "",
                    len(report.conflicts),
                )
            )
            for ext, note_id in report.conflicts:
                error(tr("  %1 (your note %2)").replace("%1", ext).replace("%2", note_id))
        if report.kept_private:
            error(
                tr(
                    "%n note(s) stayed private, though the file marks them public: %1",
                    "",
                    len(report.kept_private),
                ).replace("%1", ", ".join(report.kept_private))
            )
    return 2 if report.skipped or report.conflicts else 0


def cmd_restore_backup(core: Core, args: argparse.Namespace) -> int:
    if args.name:
        kept = core.apply(RestoreBackup(args.name)).result
        count = len(core.list_notes())
        echo(tr("restored %n note(s) from %1", "", count).replace("%1", args.name))
        if kept:
            echo(f"the notes as they were are kept in the backup {kept}")
        return 0
    return cmd_backups(core, args)


def cmd_backups(core: Core, args: argparse.Namespace) -> int:
    _report_store_messages(core)
    found = core.backups()
    rows = []
    for b in found:
        problem = b.verify()
        rows.append(
            {
                "name": b.name,
                "created": b.created.isoformat(),
                "bytes": b.path.stat().st_size,
                "notes": b.notes,
                "verified": problem is None,
                "problem": problem,
            }
        )
    if args.json:
        print_json(rows)
        return 0
    for row in reversed(rows):
        state = "verified" if row["verified"] else f"NOT USABLE: {row['problem']}"
        notes = f"{row['notes']} note(s)" if row["notes"] is not None else "? notes"
        echo(
            f"{row['name']}  {row['created'][:16].replace('T', ' ')} UTC  "
            f"{row['bytes'] // 1024:>6} KB  {notes:>12}  {state}"
        )
    echo(
        f"\n{len(rows)} backup(s) in {core.data_dir / 'backups'}; newest first. Restore one "
        "with: muragat notes restore-backup NAME"
    )
    return 0


def cmd_tags(core: Core, args: argparse.Namespace) -> int:
    counts = core.tag_counts()
    if args.json:
        print_json([{"tag": t, **c} for t, c in counts.items()])
        return 0
    for tag, c in counts.items():
        notes = tr("%n note(s)", "", c["notes"])
        targets = tr("%n paragraph(s)/case record(s)", "", c["targets"])
        echo(f"{tag:<40} {notes:<16} {targets}")
    return 0


def cmd_tag_add(core: Core, args: argparse.Namespace) -> int:
    core.apply(TagTarget(args.target, args.tag))
    return 0


def cmd_tag_remove(core: Core, args: argparse.Namespace) -> int:
    if not core.apply(UntagTarget(args.target, args.tag)).result:
        error(f"{args.target} has no tag {args.tag!r}")
        return 1
    return 0


def cmd_tag_rename(core: Core, args: argparse.Namespace) -> int:
    core.apply(RenameTag(args.old, args.new))
    return 0
