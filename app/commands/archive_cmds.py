"""``muragat cases``, ``show`` and ``verify``: reading and checking the archive."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app.cli_language import say, tr
from app.output import echo, error, print_json, shorten
from index.archive import CaseRecord, Paragraph
from index.archive.citation import DEFAULT_STYLE, STYLES
from index.core import Core


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cases", help="list the case records")
    p.add_argument("--json", action="store_true", help="print the records as JSON (their schema)")
    p.set_defaults(handler=cmd_cases)

    p = sub.add_parser("show", help="print one paragraph or case record by id")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--citation-style",
        choices=STYLES,
        default=DEFAULT_STYLE,
        help="how the citation line cites it (default: %(default)s)",
    )
    p.set_defaults(handler=cmd_show)


def report_problems(core: Core) -> None:
    for problem in core.archive.problems:
        error(tr("skipped bundle: %1").replace("%1", say(problem)))


def nothing_open(core: Core, what: str) -> bool:
    """When bundles were refused and nothing that loaded holds ``what``: say so (the reasons
    are said above it) and tell the caller to exit with an error."""
    refused = core.archive.problems
    if not refused:
        return False
    error(
        tr(
            "%1: none is open: %n bundle(s) refused, each named above with the reason",
            "",
            len(refused),
        ).replace("%1", what)
    )
    return True


def cmd_cases(core: Core, args: argparse.Namespace) -> int:
    report_problems(core)
    cases = core.archive.cases
    failed = not cases and nothing_open(core, tr("case records"))
    if args.json:
        print_json([c.raw for c in cases])
        return 1 if failed else 0
    if failed:
        return 1
    for c in cases:
        echo(
            f"{c.id:<34} {c.date or '?':<10}  {shorten(c.people or c.title, 44):<44}  "
            f"{shorten(c.outcome or c.status, 60)}"
        )
    echo("\n" + tr("%n case record(s)", "", len(cases)))
    return 0


def paragraph_json(core: Core, para: Paragraph) -> dict:
    doc = core.archive.document(para.doc_id)
    return {
        "kind": "paragraph",
        **asdict(para),
        "document": doc.title if doc else para.doc_id,
        "cited_by": [c.id for c in core.archive.cases_citing(para.id)],
    }


def format_case(record: CaseRecord) -> str:
    lines = [record.title, "=" * len(record.title), f"id: {record.id}   type: {record.type}"]
    lines += [f"{label.lower()}: {value}" for label, value in record.facts() if label != "Charges"]
    if record.summary:
        lines += ["", record.summary]
    if record.charges:
        lines += ["", "Charges:"]
        lines += [f"  - {c.describe()}  [{', '.join(c.sources)}]" for c in record.charges]
    if record.subjects:
        lines += ["", "People and groups:"]
        for s in record.subjects:
            lines.append(f"  - {s.name}, {s.role}")
            own = [a.name for a in s.alias_info if a.from_report]
            if own:
                lines.append(f"      also in the report: {', '.join(own)}")
            for a in s.alias_info:
                if not a.from_report:
                    lines.append(f"      not from the report: {a.name} ({a.describe()})")
            for f in s.outside_facts:
                lines.append(f"      not from the report: {f.fact} ({f.source})")
    lines += ["", "Events:"]
    for e in record.events:
        lines.append(f"  {e.when}: {e.description}  [{', '.join(e.sources)}]")
    lines += ["", f"Sources: {', '.join(record.all_sources())}"]
    return "\n".join(lines)


def cmd_show(core: Core, args: argparse.Namespace) -> int:
    archive = core.archive
    para = archive.paragraph(args.id)
    record = archive.case(args.id)
    if para is None and record is None:
        report_problems(core)  # it may be in a bundle that was refused
        error(tr("no paragraph or case record with id %1").replace("%1", repr(args.id)))
        return 1
    if args.json:
        print_json(paragraph_json(core, para) if para else {"kind": "case", **record.raw})
        return 0
    if para:
        doc = archive.document(para.doc_id)
        echo(f"[{para.id}] {doc.title if doc else para.doc_id} — {para.section_title}\n")
        if para.ocr and para.page:  # as the reader says it: the words may differ from the scan
            mark = tr("p. %1 · recognised text").replace("%1", str(para.page))
            if para.ocr_low:
                mark += " · " + tr("low confidence — check against the scan")
            echo(mark)
        echo(para.text)
        citing = archive.cases_citing(para.id)
        if citing:
            echo(
                "\n"
                + tr("Case records citing it: %1").replace("%1", ", ".join(c.id for c in citing))
            )
    else:
        echo(format_case(record))
    cited = archive.citation(args.id, args.citation_style) or ""
    echo("\n" + tr("Cite as: %1").replace("%1", cited))
    return 0
