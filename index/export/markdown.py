"""Notes as Markdown for reading and for note-taking tools (Obsidian and the like): YAML front
matter (title, sources with edition, URL and SHA-256, export date, tags), notes grouped by
document and section (or by tag), each with its quote, a citation linking to the source, the
note, ``#tags``, and a block id (``^muragat-<id>``) on the note's own text, as Obsidian places
one: at the end of the note's last paragraph, or on a line of its own after a list, quote, table,
code or heading (a note without text: after its quote, or on its line when it has no quote).
The id comes from the note's exchanged id (`block_id`), so a note that went out and came back
keeps it.

Each note also carries what it is as data, in an HTML comment no reader shows
(``<!-- muragat-note {...} -->``: the note's W3C Web Annotation, as `index.export.w3c` writes
it, with ``<``, ``>`` and ``&`` escaped so it cannot end the comment): `index.notes.markdown_in`
reads it back, so ``muragat notes import`` takes its own Markdown export.

A note's text is the user's — or an imported annotation's — so it is made harmless first
(`safe_markdown`): raw HTML is shown as text, images become their alt text (an Obsidian user's
copy would otherwise fetch a remote "tracking" image or embed a local file), links other than
http/https/mailto become their text, and headings are demoted below the export's own.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from index.archive import Archive
from index.archive.citation import (
    DEFAULT_STYLE,
    publisher_label,
    split_address,
    vouched_by_muragat,
)
from index.export.labels import ENGLISH, Labels
from index.export.placing import Placed, grouped
from index.export.w3c import NOTE_URN, annotation_id, to_annotation
from index.notes.html_markdown import safe_link
from index.notes.model import Note

GENERATOR = "Muragat notes export"
"""In the front matter: how `muragat import` knows an export is not a document."""
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^(\s{0,3})(#{1,6})(\s|$)")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_IMAGE = re.compile(r"!\[((?:[^\]\\]|\\.)*)\](\([^)]*\)|\[[^\]]*\])?")
_LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")
_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s.*)?$")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_OWN_LINE = re.compile(r"^(\s{4}|\t|\s{0,3}([-*+]\s|\d{1,9}[.)](\s|$)|>|\||#|`{3}|~{3}|[-*_=]{3}))")
"""A last line after which a block id goes on a line of its own (a list, quote, table, indented
code, heading, fence or rule: a block Obsidian names from the line after it)."""
DATA = "<!-- muragat-note "
"""How each note's data comment starts (`index.notes.markdown_in` reads it)."""
DEMOTE = 3
"""Note headings go below the export's own three levels (#, ##, ###)."""


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def obsidian_tag(tag: str) -> str:
    """A tag as Obsidian reads one: letters, digits, _, -, and / for nesting."""
    return "#" + re.sub(r"[^\w/\-]+", "-", tag).strip("-")


def _inline(line: str) -> str:
    """One line outside code: HTML shown as text, images as alt text, unsafe links as text."""
    out, pos = [], 0
    for m in _CODE_SPAN.finditer(line):
        out.append(_inline_text(line[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_inline_text(line[pos:]))
    return "".join(out)


def _inline_text(text: str) -> str:
    text = text.replace("<", "&lt;")
    text = _IMAGE.sub(lambda m: f"{m.group(1)}" if m.group(1) else "(image)", text)
    return _LINK.sub(
        lambda m: m.group(0) if safe_link(m.group(2)) else m.group(1),
        text,
    )


def safe_markdown(text: str) -> str:
    """A note's Markdown, made harmless for a Markdown export (see the module docstring)."""
    lines, fence = [], None
    for line in text.strip().splitlines():
        opened = _FENCE.match(line)
        if fence is not None:
            lines.append(line)
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            lines.append(line)
            continue
        ref = _REFDEF.match(line)
        if ref and not safe_link(ref.group(1)):
            lines.append("\\" + line.lstrip())
            continue
        heading = _HEADING.match(line)
        if heading:
            level = min(6, len(heading.group(2)) + DEMOTE)
            line = heading.group(1) + "#" * level + line[heading.end(2) :]
        elif _SETEXT.match(line) and lines and lines[-1].strip():
            line = "\\" + line.strip()
        lines.append(_inline(line))
    if fence is not None:
        lines.append(fence)  # close it, so the rest of the export is not swallowed
    return "\n".join(lines)


def block_id(note: Note) -> str:
    """The note's Obsidian block id: ``muragat-`` and its id as exchanged (`annotation_id`),
    or a digest of that id when it is not a Muragat note id (letters, digits and dashes only)."""
    ident = annotation_id(note)
    if ident.startswith(NOTE_URN) and re.fullmatch(r"[A-Za-z0-9-]{1,64}", ident[len(NOTE_URN) :]):
        return "muragat-" + ident[len(NOTE_URN) :]
    return "muragat-" + hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]


def data_comment(note: Note, archive: Archive) -> str:
    anno = to_annotation(note, archive)
    anno.pop("@context", None)
    text = json.dumps(anno, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f"{DATA}{text} -->"


def front_matter(notes: list[Note], archive: Archive, title: str, today: str) -> list[str]:
    lines = ["---", f"title: {_yaml(title)}", f"generator: {_yaml(GENERATOR)}"]
    lines.append(f"exported: {today}")
    used = {n.bundle_id for n in notes if n.bundle_id}
    bundles = archive.bundles_named(used) or archive.builtin_bundles
    lines.append("sources:")
    for b in bundles:
        m = b.manifest
        lines += [
            f"  - title: {_yaml(m.title)}",
            f"    edition: {_yaml(m.edition)}",
            f"    publisher: {_yaml(publisher_label(b) or m.publisher)}",
        ]
        if m.source_url and vouched_by_muragat(b):
            lines.append(f"    url: {_yaml(m.source_url)}")
        lines.append(f"    sha256: {m.sha256}")
    tags = sorted({t for n in notes for t in n.tags}, key=str.casefold)
    lines.append("tags: [" + ", ".join(_yaml(obsidian_tag(t)[1:]) for t in tags) + "]")
    lines += ["---", ""]
    return lines


def export_markdown(
    notes: Iterable[Note],
    archive: Archive,
    title: str = "Muragat notes",
    group_by: str = "document",
    today: str | None = None,
    said: Labels = ENGLISH,
    style: str = DEFAULT_STYLE,
) -> str:
    """The notes as Markdown, headings and labels in ``said``'s language, citations in
    ``style``."""
    notes = list(notes)
    today = today or datetime.now(UTC).strftime("%Y-%m-%d")
    lines = front_matter(notes, archive, title, today)
    lines += [f"# {_inline(title)}", ""]
    for group in grouped(notes, archive, group_by, said, style):
        lines += [f"## {_inline(group.title)}", ""]
        for section, placed in group.sections:
            if section:
                lines += [f"### {_inline(section)}", ""]
            for p in placed:
                lines += _note(p, archive, said)
    return "\n".join(lines).rstrip() + "\n"


def _citation(placed: Placed, archive: Archive) -> str:
    """The note's citation, its address a link (no fragment: paragraph ids are not anchors on
    the publisher's page)."""
    before, address, after = split_address(placed.citation, placed.address)
    if not address:
        return f"— {_inline(before)}"
    return f"— {_inline(before)}<{address}>{_inline(after)}"


def _note(placed: Placed, archive: Archive, said: Labels = ENGLISH) -> list[str]:
    note, lines = placed.note, []
    block = f"^{block_id(note)}"
    own = False  # whether the block id has found the note's own text
    if note.exact:
        quoted = [f"> {_inline(line)}" if line else ">" for line in note.exact.splitlines()]
        lines += [*quoted, ">"]
        lines += [f"> {_citation(placed, archive)}", ""] if placed.citation else [""]
    elif placed.citation:
        lines += [_citation(placed, archive), ""]
    if placed.low_confidence:  # recognised from a scan with low confidence
        lines += [f"*{said('low_confidence')}*", ""]
    if note.orphan:
        reason = _inline(note.orphan_reason or said("not_reanchored"))
        lines += [f"*{said('orphaned', reason=reason)}*", ""]
    if note.body.strip():
        body = safe_markdown(note.body).splitlines()
        if _OWN_LINE.match(body[-1]):
            lines += [*body, "", block, ""]
        else:
            lines += [*body[:-1], f"{body[-1]} {block}", ""]
        own = True
    elif note.exact:
        at = len(lines) - (2 if note.orphan else 0)
        lines[at:at] = [block, ""]
        own = True
    if note.tags:
        lines += [" ".join(obsidian_tag(t) for t in note.tags), ""]
    private = f" · {said('private')}" if note.private else ""
    line = said("note_line", id=note.id, created=note.created, modified=note.modified)
    return [
        *lines,
        f"*{line}{private}*" + ("" if own else f" {block}"),
        "",
        data_comment(note, archive),
        "",
        "---",
        "",
    ]
