"""A case record as a readable page whose sources link back to their paragraphs.

What the report says and what comes from elsewhere look different: aliases and context from
outside the report sit in a marked box, each with its source; a date the report does not give
reads "date unknown", never a guess.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from index.archive import Archive, CaseRecord

OUTSIDE_STYLE = "background-color:#fff6dd; color:#5a4500"
OUTSIDE_STYLE_DARK = "background-color:#3a3120; color:#f2dea6"
"""The "Not from the report" box on the dark theme: the same amber, dark (9:1 for its text)."""


def outside_style() -> str:
    """The box's colours for the theme now shown (View → Theme draws the page again)."""
    from app.gui.theme import is_dark

    return OUTSIDE_STYLE_DARK if is_dark() else OUTSIDE_STYLE


def _e(text: str | None) -> str:
    return html.escape(text or "")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def outside_html(subject) -> str:
    """Aliases and facts from outside the report, each with where it comes from."""
    aliases = [a for a in subject.alias_info if not a.from_report]
    own = [a for a in subject.alias_info if a.from_report]
    out = ""
    if own:
        out += (
            f"<br><small>{tr('Also in the report:')} "
            + ", ".join(_e(a.name) for a in own)
            + "</small>"
        )
    items = [f"{_e(a.name)} — <i>{_e(a.describe())}</i>" for a in aliases]
    items += [f"{_e(f.fact)} — <i>{_e(f.source)}</i>" for f in subject.outside_facts]
    if items:
        out += (
            f"<table cellpadding='4' style='{outside_style()}'><tr><td><small>"
            f"<b>{tr('Not from the report')}</b> "
            f"({tr('other spellings and context, with their sources')}):<br>"
            + "<br>".join(items)
            + "</small></td></tr></table>"
        )
    return out


def case_html(record: CaseRecord, archive: Archive) -> str:
    def link(pid: str) -> str:
        return f"<a href='para:{pid}'>¶ {_e(pid)}</a>"

    labels = {
        "Place": tr("Place"),
        "Authority": tr("Authority"),
        "Charges": tr("Charges"),
        "Outcome": tr("Outcome"),
        "Status": tr("Status"),
    }
    rows = "".join(
        f"<tr><th align='left' valign='top'>{labels.get(label, label)}</th>"
        f"<td>{_e(value)}</td></tr>"
        for label, value in record.facts()
        if label != "Charges"
    )
    charges = "".join(
        f"<li><b>{_e(c.charge)}</b> — {_e(c.details())} "
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
        f"<li><b>{_e(e.when)}</b>: "
        f"{_e(e.description)} <small>{' '.join(link(s) for s in e.sources)}</small></li>"
        for e in record.events
    )
    sources = "".join(
        f"<li>{link(pid)} — {_e(archive.paragraph(pid).section_title)}: "
        f"{_e(archive.paragraph(pid).text[:160])}…</li>"
        for pid in record.all_sources()
        if archive.paragraph(pid)
    )
    return (
        f"<h1>{_e(record.title)}</h1>"
        f"<p><small>{tr('Case record')} <code>{_e(record.id)}</code> · "
        f"{_e(record.type)}</small></p>"
        + (f"<p>{_e(record.summary)}</p>" if record.summary else "")
        + f"<table cellspacing='6'>{rows}</table>"
        + (f"<h2>{tr('Charges')}</h2><ul>{charges}</ul>" if charges else "")
        + (f"<h2>{tr('People and groups')}</h2><ul>{people}</ul>" if people else "")
        + f"<h2>{tr('Events')}</h2><ol>{events}</ol>"
        + f"<h2>{tr('Sources in the report')}</h2><ul>{sources}</ul>"
    )
