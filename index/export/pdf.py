"""The exported PDF's content, Qt-free: HTML for QTextDocument (title page, contents, notes by
group) and its headings. ``app.pdf.render`` lays it out into pages with Qt.

Headings carry an anchor name (``sec-N``) so the renderer can find the page each starts on,
for the table of contents and the PDF outline.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

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
        # On the title page, under the edition: a page of its own held three lines for a
        # short export. A long contents runs on; the first group still starts a page.
        contents = (
            f"<p style='margin-top:36px; font-size:14pt; font-weight:bold'>"
            f"{html.escape(self.said('contents'))}</p>"
            f"<table width='100%' cellspacing='2'>{toc}</table>"
        )
        return parts[0] + contents + "".join(parts[1:])


def _e(text: str | None) -> str:
    return html.escape(text or "")


@lru_cache(maxsize=1)
def _parser():
    """The Markdown dialect notes are written in: CommonMark (markdown-it, as the Markdown
    reader of imported documents), with tables and strikethrough, raw HTML shown as text. A list
    nested by two spaces nests, as in every CommonMark editor."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    md.validateLink = lambda _url: True  # every image and link parsed, then made harmless below
    return md


def _harmless(tokens) -> None:
    """No image is loaded (each becomes its alt text), no link but http/https/mailto stays a
    link, each link's full address is printed; a note's headings go below the export's."""
    from markdown_it.token import Token

    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1]) + 3)}"
        elif token.type == "table_open":
            token.attrs.update({"border": "1", "cellspacing": "0", "cellpadding": "4"})
        if not token.children:
            continue
        out, links = [], []
        for child in token.children:
            if child.type == "image":
                alt = child.content or ""
                out.append(Token("text", "", 0, content=f"[image: {alt}]" if alt else "[image]"))
            elif child.type == "link_open":
                href = str(child.attrGet("href") or "").strip()
                links.append((href, safe_link(href), len(out)))
                if safe_link(href):
                    out.append(child)
            elif child.type == "link_close" and links:
                href, safe, at = links.pop()
                if safe:
                    out.append(child)
                    text = "".join(t.content for t in out[at + 1 : -1])
                    if text.strip() != href:
                        out.append(Token("text", "", 0, content=f" <{href}>"))
            else:
                out.append(child)
        token.children = out


def body_html(text: str) -> str:
    """A note's Markdown to HTML for the PDF, parsed as the notes are written (CommonMark).
    Raw HTML in the note is shown as text, never interpreted; images are refused (their alt
    text is shown) so that nothing a note names is ever read; links keep only
    http/https/mailto and print their address; tables render; nested lists nest."""
    md = _parser()
    tokens = md.parse(text)
    _harmless(tokens)
    return md.renderer.render(tokens, md.options, {})


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
        f"<p style='margin-top:60px; font-size:26pt; font-weight:bold'>{_e(title)}</p>"
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
    if options.include_timeline:
        from index.export.timeline_section import timeline_html

        parts.append(heading(said("timeline"), 1))
        parts.append(f'<div style="font-family:{FONT_STACK}">{timeline_html(archive, said)}</div>')
    return comp, parts


def note_html(p: Placed, archive: Archive, said: Labels = ENGLISH) -> str:
    note = p.note
    out = ["<div style='margin-top:10px'>"]
    if note.orphan:
        out.append(
            f"<p style='color:#a33'><b>{_e(said('orphaned_note'))}</b> {_e(note.orphan_reason)}</p>"
        )
    if note.private:
        out.append(
            f"<p style='color:#a33; font-size:9pt'><b>\U0001f512 {_e(said('private_note'))}</b></p>"
        )
    quoted = note.exact or _whole_paragraph(note, archive)
    if quoted:
        out.append(
            "<table width='100%' cellpadding='8' style='background-color:#f3f3f3'><tr><td>"
            f"<i>“{_e(quoted)}”</i></td></tr></table>"
        )
    if p.citation:
        before, url, after = split_address(p.citation, p.address)
        link = f"<a href='{_e(url)}'>{_e(url)}</a>" if url else ""
        out.append(f"<p style='font-size:8.5pt; color:#444'>{_e(before)}{link}{_e(after)}</p>")
    if p.low_confidence:  # recognised from a scan with low confidence
        out.append(
            f"<p style='font-size:8.5pt; color:#8a4100'><b>{_e(said('low_confidence'))}</b></p>"
        )
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


def _whole_paragraph(note: Note, archive: Archive) -> str:
    """The text a note on a whole paragraph (no passage chosen) is about: the paragraph."""
    if note.orphan or not note.target_id:
        return ""
    para = archive.paragraph(note.target_id)
    return para.text.strip() if para else ""


# Raw patterns (the regex engine reads the escapes): the characters stay out of the source's
# strings, which the window's glyph test reads.
_PICTURE = r"[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_TONE = r"[\U0001f3fb-\U0001f3ff]"
_JOINED = re.compile(
    _PICTURE + r"(?:" + _TONE + r"|\ufe0f)?(?:\u200d" + _PICTURE + r"(?:" + _TONE + r"|\ufe0f)?)+"
    r"|" + _PICTURE + _TONE
)
_FLAG = re.compile(r"[\U0001f1e6-\U0001f1ff]{2}")
_SUBDIVISION = re.compile(r"\U0001f3f4([\U000e0061-\U000e007a\U000e0030-\U000e0039]+)\U000e007f")
_TAG = re.compile("(<[^>]*>)")


def _region(letters: str) -> str:
    return f"<span style='font-size:8pt; color:#444; background-color:#e8e8e8'>{letters}</span>"


def _subdivision(tags: str) -> str:
    """A subdivision flag's tag letters as its code: "gbsct" → "GB-SCT"."""
    code = "".join(chr(ord(c) - 0xE0000) for c in tags).upper()
    return f"{code[:2]}-{code[2:]}"


def emoji_fallbacks(html_text: str) -> str:
    """Emoji sequences no bundled font draws as one picture, in a form that stays readable.

    A flag (two regional indicators, or a subdivision's tag sequence) prints as the region's
    letters, "KZ", "GB-SCT", small on a grey ground: no bundled font has flags, and Symbola
    drew each indicator as a boxed letter, two unrelated symbols. A joined sequence (ZWJ, a
    skin tone) is drawn as one run in Symbola, its parts side by side, never split by a
    change of font or a line break. Only text between tags is touched."""

    def text(part: str) -> str:
        part = _SUBDIVISION.sub(lambda m: _region(_subdivision(m.group(1))), part)
        part = _FLAG.sub(
            lambda m: _region("".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.group())),
            part,
        )
        return _JOINED.sub(
            lambda m: (
                "<span style=\"font-family:'Symbola'; white-space:nowrap\">"
                + m.group().replace("\ufe0f", "")
                + "</span>"
            ),
            part,
        )

    return "".join(part if part.startswith("<") else text(part) for part in _TAG.split(html_text))
