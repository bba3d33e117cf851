"""A case record as a readable page whose sources link back to their paragraphs."""

from __future__ import annotations

import html

from index.archive import Archive, CaseRecord


def _e(text: str | None) -> str:
    return html.escape(text or "")


def case_html(record: CaseRecord, archive: Archive) -> str:
    def link(pid: str) -> str:
        return f"<a href='para:{pid}'>¶ {_e(pid)}</a>"

    rows = "".join(
        f"<tr><th align='left' valign='top'>{label}</th><td>{_e(value)}</td></tr>"
        for label, value in record.facts()
    )
    people = "".join(
        f"<li><b>{_e(s.name)}</b> — {_e(s.role)}"
        + (f" ({s.count})" if s.count else "")
        + (f"<br><small>Also: {_e(', '.join(s.aliases))}</small>" if s.aliases else "")
        + "</li>"
        for s in record.subjects
    )
    events = "".join(
        f"<li><b>{_e(e.date)}</b>{' (' + _e(e.date_text) + ')' if e.date_text else ''}: "
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
        f"<p><small>Case record <code>{_e(record.id)}</code> · {_e(record.type)}</small></p>"
        + (f"<p>{_e(record.summary)}</p>" if record.summary else "")
        + f"<table cellspacing='6'>{rows}</table>"
        + (f"<h2>People and groups</h2><ul>{people}</ul>" if people else "")
        + f"<h2>Events</h2><ol>{events}</ol>"
        + f"<h2>Sources in the report</h2><ul>{sources}</ul>"
    )
