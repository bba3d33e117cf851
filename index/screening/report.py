"""A screening's results as CSV, JSON, and the HTML of its PDF (laid out by ``app.pdf``).

CSV: one row per match, most certain first; a name without a match (or not searched) has one
row. Every cell a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return: a name list pasted from anywhere may hold one) is written
with a leading apostrophe, so it is shown as text and never run. JSON: every name with its
matches, as `Screened.as_dict` gives them.
"""

from __future__ import annotations

import csv
import html
import io
import json

from index.export.pdf import Composition, Heading
from index.screening.screen import Screened, ScreenReport

CSV_COLUMNS = (
    "line", "name", "status", "complete", "problem", "how", "where", "id", "title", "spelling",
    "notes", "citation",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """``value`` as a CSV cell no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _rows(result: Screened):
    complete = "yes" if result.complete else "no"
    base = [result.line, result.name, result.status, complete, result.problem or ""]
    if not result.matches:
        yield [*base, "", "", "", "", "", "", ""]
    for m in result.matches:
        yield [*base, m.how, m.where, m.id, m.title, m.spelling, "; ".join(m.notes), m.citation]


def to_csv(report: ScreenReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for result in report.results:
        for row in _rows(result):
            writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


def to_json(report: ScreenReport) -> str:
    data = {
        "cancelled": report.cancelled,
        "counts": {s: report.count(s) for s in dict.fromkeys(r.status for r in report.results)},
        "names": [r.as_dict() for r in report.results],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def pdf_parts(report: ScreenReport, title: str, source: str) -> tuple[Composition, list[str]]:
    """The HTML parts of the PDF report and its composition (one heading per status)."""
    e = html.escape
    counts = ", ".join(
        f"{report.count(s)} {e(s)}" for s in dict.fromkeys(r.status for r in report.results)
    )
    parts = [
        f"<h1>{e(title)}</h1><p>{e(source)}</p><p>{counts}"
        + (" — cancelled before the end of the list" if report.cancelled else "")
        + "</p>"
    ]
    comp = Composition()
    for n, status in enumerate(dict.fromkeys(r.status for r in report.results)):
        anchor = f"sec-{n}"
        comp.headings.append(Heading(anchor, status, 1))
        rows = []
        for r in (r for r in report.results if r.status == status):
            where = "".join(
                f"<p>{e(m.how)} · {e(m.where)}: “{e(m.spelling)}”"
                + (f" ({e('; '.join(m.notes))})" if m.notes else "")
                + f"<br/><small>{e(m.citation)}</small></p>"
                for m in r.matches
            )
            rows.append(
                f"<tr><td valign='top' width='5%'>{r.line}</td>"
                f"<td valign='top' width='30%'>{e(r.name)}</td>"
                f"<td valign='top'>{e(r.problem or '')}{where}</td></tr>"
            )
        parts.append(
            f"<h2><a name='{anchor}'></a>{e(status)}</h2>"
            f"<table width='100%' cellspacing='0' cellpadding='3' border='1'>{''.join(rows)}"
            "</table>"
        )
    return comp, parts
