"""The exported PDF's content, Qt-free: HTML for QTextDocument (title page, contents, notes by
group) and its headings. ``app.pdf.render`` lays it out into pages with Qt.

Headings carry an anchor name (``sec-N``) so the renderer can find the page each starts on,
for the table of contents and the PDF outline.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import UTC, datetime

import markdown as md
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from index.archive import Archive
from index.archive.citation import split_address
from index.export.labels import ENGLISH, Labels
from index.export.options import ExportOptions, words
from index.export.placing import Placed, grouped
from index.notes.html_markdown import safe_link
from index.notes.model import Note

FONT = "DejaVu Sans"
FALLBACK_FONTS = ("Symbola",)
"""Bundled fonts for what DejaVu Sans lacks (emoji, symbols), tried in order."""
FONT_STACK = ", ".join(f"'{f}'" for f in (FONT, *FALLBACK_FONTS))


@dataclass
class Heading:
    anchor: str
    title: str
    level: int
    page: int = 0


@dataclass
class Composition:
    headings: list[Heading] = field(default_factory=list)
    notes: int = 0
    said: Labels = ENGLISH
    """The export's language: the contents heading here, the page numbers in the renderer."""

    def page_label(self, page: int, pages: int) -> str:
        """The footer of a page: "page 2 of 5", "стр. 2 из 5"."""
        return self.said("page", page=page, pages=pages)

    def html(self, parts: list[str], pages: dict[str, int] | None = None) -> str:
        toc = "".join(
            f"<tr><td style='padding-left:{(h.level - 1) * 18}px'>{html.escape(h.title)}</td>"
            f"<td align='right'>{(pages or {}).get(h.anchor, 0) or '··'}</td></tr>"
            for h in self.headings
        )
        contents = (
            f"<h1 style='page-break-before:always'>{html.escape(self.said('contents'))}</h1>"
            f"<table width='100%' cellspacing='2'>{toc}</table>"
        )
        return parts[0] + contents + "".join(parts[1:])


def _e(text: str | None) -> str:
    return html.escape(text or "")


class _Harmless(Treeprocessor):
    """After Markdown's inline patterns: no image is loaded (each becomes its alt text), no
    link but http/https/mailto stays a link, and each link's full address is printed."""

    def run(self, root):
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "img":
                    alt = child.get("alt") or ""
                    self._replace(parent, child, f"[image: {alt}]" if alt else "[image]")
                elif child.tag == "a":
                    href = (child.get("href") or "").strip()
                    text = "".join(child.itertext())
                    if not safe_link(href):
                        self._replace(parent, child, text, keep_children=True)
                    elif text.strip() != href:
                        child.tail = f" <{href}>" + (child.tail or "")
                elif child.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    child.tag = f"h{min(6, int(child.tag[1]) + 3)}"  # below the export's own
                elif child.tag == "table":
                    child.set("border", "1")
                    child.set("cellspacing", "0")
                    child.set("cellpadding", "4")
        return root

    @staticmethod
    def _replace(parent, child, text: str, keep_children: bool = False) -> None:
        from xml.etree import ElementTree as etree

        span = etree.Element("span")
        if keep_children:
            span.text = child.text
            span.extend(list(child))
        else:
            span.text = text
        span.tail = child.tail
        index = list(parent).index(child)
        parent.remove(child)
        parent.insert(index, span)


class _HarmlessExtension(Extension):
    def extendMarkdown(self, md_instance) -> None:
        md_instance.treeprocessors.register(_Harmless(md_instance), "muragat-harmless", 1)


def body_html(text: str) -> str:
    """Markdown to HTML for the PDF. Raw HTML in the note is shown as text, never
    interpreted; images are refused (their alt text is shown) so that nothing a note names is
    ever read; links keep only http/https/mailto and print their address; tables render."""
    safe = text.replace("&", "&amp;").replace("<", "&lt;")
    return md.markdown(safe, extensions=["sane_lists", "tables", _HarmlessExtension()])


def compose(
    notes: list[Note], archive: Archive, options: ExportOptions
) -> tuple[Composition, list[str]]:
    said, title = words(options)
    comp = Composition(notes=len(notes), said=said)
    used = {n.bundle_id for n in notes if n.bundle_id}
    bundles = archive.bundles_named(used) or archive.builtin_bundles
    edition = "; ".join(f"{b.manifest.title} — {b.manifest.edition}" for b in bundles)
    shas = "<br>".join(
        f"{_e(b.id)}: <code>{b.manifest.sha256}</code> — {_e(provenance_line(b, said))}"
        for b in bundles
    )
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    parts = [
        f'<div style="font-family:{FONT_STACK}">'
        f"<p style='margin-top:160px; font-size:26pt; font-weight:bold'>{_e(title)}</p>"
        f"<p style='font-size:12pt'>"
        f"{_e(said('exported', date=today, count=said.count('notes', len(notes))))}</p>"
        f"<p style='font-size:10pt'>{_e(said('archive', edition=edition))}</p>"
        f"<p style='font-size:8pt'>{_e(said('edition_sha'))}<br>{shas}</p></div>"
    ]
    n = 0

    def heading(title: str, level: int) -> str:
        nonlocal n
        n += 1
        anchor = f"sec-{n}"
        comp.headings.append(Heading(anchor, title, level))
        style = "page-break-before:always" if level == 1 else "margin-top:14px"
        return f"<h{level} style='{style}'><a name='{anchor}'></a>{_e(title)}</h{level}>"

    for group in grouped(notes, archive, options.group_by, said, options.citation_style):
        parts.append(heading(group.title, 1))
        for section, placed in group.sections:
            if section:
                parts.append(heading(section, 2))
            parts += [note_html(p, archive, said) for p in placed]
    return comp, parts


def note_html(p: Placed, archive: Archive, said: Labels = ENGLISH) -> str:
    note = p.note
    out = ["<div style='margin-top:10px'>"]
    if note.orphan:
        out.append(
            f"<p style='color:#a33'><b>{_e(said('orphaned_note'))}</b> {_e(note.orphan_reason)}</p>"
        )
    if note.exact:
        out.append(
            "<table width='100%' cellpadding='8' style='background-color:#f3f3f3'><tr><td>"
            f"<i>“{_e(note.exact)}”</i></td></tr></table>"
        )
    if p.citation:
        before, url, after = split_address(p.citation, p.address)
        link = f"<a href='{_e(url)}'>{_e(url)}</a>" if url else ""
        out.append(f"<p style='font-size:8.5pt; color:#444'>{_e(before)}{link}{_e(after)}</p>")
    if note.body.strip():
        out.append(body_html(note.body))
    para = archive.paragraph(note.target_id) if note.target_id else None
    cases = archive.cases_citing(para.id) if para else []
    record = archive.case(note.target_id) if note.target_id else None
    if record:
        cases = [record]
        out.append(record_html(record, said))
    if cases:
        out.append(
            f"<p style='font-size:8.5pt'><b>{_e(said('case_records'))}:</b> "
            + "; ".join(
                f"{_e(c.title)} (<code>{_e(c.id)}</code>)"
                + (f" — {_e(c.outcome)}" if c.outcome else "")
                for c in cases
            )
            + "</p>"
        )
    meta = []
    if note.tags:
        meta.append(f"{_e(said('tags'))}: " + ", ".join(_e(t) for t in note.tags))
    meta.append(
        _e(said("created_modified", created=note.created[:10], modified=note.modified[:10]))
    )
    out.append(f"<p style='font-size:8pt; color:#666'>{' · '.join(meta)}</p>")
    out.append("<hr></div>")
    return "".join(out)


def provenance_line(bundle, said: Labels = ENGLISH) -> str:
    """Who vouches for a bundle, as checked when the archive was loaded."""
    p = bundle.provenance
    if p is None:
        return said("not_checked")
    if p.status == "yours":
        return said("yours")
    return said("verified", date=p.verified_at[:10], name=p.key.name, key=p.key.key_id)


def record_html(record, said: Labels = ENGLISH) -> str:
    """A case record's dated events, charges and people; what is not from the report is marked
    as such, with its source."""
    small = "<p style='font-size:8.5pt'>"
    out = [f"{small}<b>{_e(said('events'))}:</b><br>"]
    out += [f"{_e(e.when)}: {_e(e.description)}<br>" for e in record.events]
    out.append("</p>")
    if record.charges:
        charges = "; ".join(_e(c.describe()) for c in record.charges)
        out.append(f"{small}<b>{_e(said('charges'))}:</b> {charges}</p>")
    for s in record.subjects:
        outside = [f"{_e(a.name)} ({_e(a.describe())})" for a in s.alias_info if not a.from_report]
        outside += [f"{_e(f.fact)} ({_e(f.source)})" for f in s.outside_facts]
        line = f"<b>{_e(s.name)}</b> — {_e(s.role)}"
        if outside:
            line += f"<br><i>{_e(said('not_from_report'))}:</i> " + "; ".join(outside)
        out.append(small + line + "</p>")
    return "".join(out)
