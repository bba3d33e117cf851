"""A case record as a readable page whose sources link back to their paragraphs.

What the report says and what comes from elsewhere look different: aliases and context from
outside the report sit in a marked box, each with its source; a date the report does not give
reads "date unknown", never a guess.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from index.archive import Archive, CaseRecord
from index.archive.wording import alias_source, charge_details, event_when, quote, record_type

OUTSIDE_STYLE = "background-color:#fff6dd; color:#5a4500"
CONTEXT = "CaseView"

LABELS = {
    "Place": QT_TRANSLATE_NOOP("CaseView", "Place"),
    "Authority": QT_TRANSLATE_NOOP("CaseView", "Authority"),
    "Charges": QT_TRANSLATE_NOOP("CaseView", "Charges"),
    "Outcome": QT_TRANSLATE_NOOP("CaseView", "Outcome"),
    "Status": QT_TRANSLATE_NOOP("CaseView", "Status"),
}
"""`CaseRecord.facts` labels, as the page words them."""
OUTSIDE_STYLE_DARK = "background-color:#3a3120; color:#f2dea6"
"""The "Not from the report" box on the dark theme: the same amber, dark (9:1 for its text)."""


def outside_style() -> str:
    """The box's colours for the theme now shown (View → Theme draws the page again)."""
    from app.gui.theme import is_dark

    return OUTSIDE_STYLE_DARK if is_dark() else OUTSIDE_STYLE


def _e(text: str | None) -> str:
    return html.escape(text or "")


def tr(text: str) -> str:
    """A phrase of this page (marked with ``QT_TRANSLATE_NOOP("CaseView", …)`` where it is
    written: lupdate reads no call inside an f-string, so none is made in one)."""
    return QCoreApplication.translate(CONTEXT, text)


def translate(context: str, text: str) -> str:
    """The core's case wording (`index.archive.wording`) in the window's language."""
    return QCoreApplication.translate(context, text)


def outside_html(subject) -> str:
    """Aliases and facts from outside the report, each with where it comes from."""
    aliases = [a for a in subject.alias_info if not a.from_report]
    own = [a for a in subject.alias_info if a.from_report]
    out = ""
    if own:
        also = tr(QT_TRANSLATE_NOOP("CaseView", "Also in the report:"))
        out += f"<br><small>{_e(also)} " + ", ".join(_e(a.name) for a in own) + "</small>"
    items = [
        f"{_e(a.name)} — <i>{_e(alias_source(a.source, a.note, translate))}</i>" for a in aliases
    ]
    items += [f"{_e(f.fact)} — <i>{_e(f.source)}</i>" for f in subject.outside_facts]
    if items:
        heading = tr(QT_TRANSLATE_NOOP("CaseView", "Not from the report"))
        what = tr(QT_TRANSLATE_NOOP("CaseView", "other spellings and context, with their sources"))
        out += (
            f"<table cellpadding='4' style='{outside_style()}'><tr><td><small>"
            f"<b>{_e(heading)}</b> ({_e(what)}):<br>"
            + "<br>".join(items)
            + "</small></td></tr></table>"
        )
    return out


def case_html(record: CaseRecord, archive: Archive) -> str:
    """The record's page in the window's language. What its editors wrote (roles, notes,
    status) is the edition's text and stays as written; the report's own words (a charge, its
    qualifiers, how it dates an event) are quoted."""

    def link(pid: str) -> str:
        return f"<a href='para:{pid}'>¶ {_e(pid)}</a>"

    rows = "".join(
        f"<tr><th align='left' valign='top'>{_e(tr(LABELS.get(label, label)))}</th>"
        f"<td>{_e(value)}</td></tr>"
        for label, value in record.facts()
        if label != "Charges"
    )
    charges = "".join(
        f"<li><b>{_e(quote(c.charge, translate))}</b> — "
        f"{_e(charge_details(c.stage, c.qualifiers, c.brought_by, translate, quoted=True))} "
        f"<small>{' '.join(link(s) for s in c.sources)}</small></li>"
        for c in record.charges
    )
    people = "".join(
        f"<li><b>{_e(s.name)}</b> — {_e(s.role)}"
        + (f" ({s.count})" if s.count else "")
        + outside_html(s)
        + "</li>"
        for s in record.subjects
    )
    events = "".join(
        f"<li><b>{_e(event_when(e, translate, quoted=True))}</b>: "
        f"{_e(e.description)} <small>{' '.join(link(s) for s in e.sources)}</small></li>"
        for e in record.events
    )
    sources = "".join(
        f"<li>{link(pid)} — {_e(archive.paragraph(pid).section_title)}: "
        f"{_e(archive.paragraph(pid).text[:160])}…</li>"
        for pid in record.all_sources()
        if archive.paragraph(pid)
    )
    case_record = tr(QT_TRANSLATE_NOOP("CaseView", "Case record"))
    kind = record_type(record.type, translate)
    charges_heading = tr(QT_TRANSLATE_NOOP("CaseView", "Charges"))
    people_heading = tr(QT_TRANSLATE_NOOP("CaseView", "People and groups"))
    events_heading = tr(QT_TRANSLATE_NOOP("CaseView", "Events"))
    sources_heading = tr(QT_TRANSLATE_NOOP("CaseView", "Sources in the report"))
    return (
        f"<h1>{_e(record.title)}</h1>"
        f"<p><small>{_e(case_record)} <code>{_e(record.id)}</code> · {_e(kind)}</small></p>"
        + (f"<p>{_e(record.summary)}</p>" if record.summary else "")
        + f"<table cellspacing='6'>{rows}</table>"
        + (f"<h2>{_e(charges_heading)}</h2><ul>{charges}</ul>" if charges else "")
        + (f"<h2>{_e(people_heading)}</h2><ul>{people}</ul>" if people else "")
        + f"<h2>{_e(events_heading)}</h2><ol>{events}</ol>"
        + f"<h2>{_e(sources_heading)}</h2><ul>{sources}</ul>"
    )
