"""The PDF export's timeline section (issue 29): every dated event of the case records in date
order — the date as the report gives it, the case, what happened — and the events of unknown
date listed apart, with the editors' note on why. The same events as View → Timeline and
``muragat timeline`` (`index.timeline.events`), with no filter."""

from __future__ import annotations

import html

from index.archive import Archive
from index.export.labels import Labels
from index.timeline.build import events
from index.timeline.event import Event


def _e(text: str | None) -> str:
    return html.escape(text or "")


def _when(event: Event, said: Labels) -> str:
    date = event.date.replace("/", " – ")
    shown = said("about", date=date) if event.approximate else date
    return f"{shown} ({event.date_text})" if event.date_text else shown


def timeline_html(archive: Archive, said: Labels) -> str:
    timeline = events(archive)
    head = (
        "<tr>"
        f"<th align='left'>{_e(said('date'))}</th>"
        f"<th align='left'>{_e(said('case'))}</th>"
        f"<th align='left'>{_e(said('what_happened'))}</th></tr>"
    )
    rows = "".join(
        f"<tr><td>{_e(_when(e, said))}</td><td>{_e(e.case_title)}</td>"
        f"<td>{_e(e.description)}</td></tr>"
        for e in timeline.placed
    )
    out = [
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        f"style='font-size:8.5pt'>{head}{rows}</table>"
    ]
    if timeline.unknown:
        out.append(f"<p style='margin-top:12px'><b>{_e(said('timeline_unknown'))}</b></p>")
        out.append("<p style='font-size:8.5pt'>")
        out += [
            f"{_e(e.case_title)}: {_e(e.description)}"
            + (f" <i>({_e(e.date_note)})</i>" if e.date_note else "")
            + "<br>"
            for e in timeline.unknown
        ]
        out.append("</p>")
    return "".join(out)
