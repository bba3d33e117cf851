"""OpenDocument text (``.odt``, LibreOffice and others) from its ``content.xml``, read with lxml
(no entities resolved, no network, DTDs refused): headings by outline level, paragraphs, lists
(one block each), tables (a row a line), quotations, and footnotes and endnotes (a marker in the
text, the notes at the end). Tracked changes read as if accepted and comments (annotations) are
left out, both reported; page numbers come from the page breaks the editor recorded, if any.
"""

from __future__ import annotations

from index.errors import QT_TRANSLATE_NOOP
from index.imports.readers.base import (
    Block,
    ReadResult,
    Source,
    Unreadable,
    check_size,
    indent,
    take_title,
)
from index.imports.readers.zipped import check_zip, read_xml_part, xml_parser

FORMAT = "odt"
SUFFIXES = (".odt", ".ott", ".fodt")
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
DC = "{http://purl.org/dc/elements/1.1/}"
MIMETYPE = b"application/vnd.oasis.opendocument.text"


def sniff(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04") and MIMETYPE in head[:200]


class _State:
    def __init__(self, styles: dict[str, str], list_kinds: dict[str, list[str]]) -> None:
        self.styles = styles
        self.list_kinds = list_kinds
        self.page = 1
        self.page_marks = 0
        self.seen_text = False
        self.start_page = 1
        self.notes: list[str] = []
        self.comments = 0
        self.changes = 0
        self.images = 0

    def new_page(self) -> None:
        self.page += 1
        self.page_marks += 1
        if not self.seen_text:
            self.start_page = self.page

    def style_name(self, el) -> str:
        """The paragraph's named style, through its automatic style's parent."""
        name = el.get(f"{TEXT}style-name") or ""
        return self.styles.get(name, name).lower()


def _text(el, state: _State) -> str:
    out = [el.text or ""]
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            pass
        elif tag == f"{TEXT}s":
            out.append(" " * int(child.get(f"{TEXT}c", "1") or 1))
        elif tag in (f"{TEXT}tab", f"{TEXT}line-break"):
            out.append(" ")
        elif tag == f"{TEXT}soft-page-break":
            state.new_page()
        elif tag == f"{TEXT}note":
            body = child.find(f"{TEXT}note-body")
            paras = (
                [" ".join(_text(p, state).split()) for p in body.iter(f"{TEXT}p")]
                if (body is not None)
                else []
            )
            state.notes.append(" ".join(p for p in paras if p))
            out.append(f"[{len(state.notes)}]")
        elif tag == f"{OFFICE}annotation":
            state.comments += 1
        elif tag in (f"{TEXT}change", f"{TEXT}change-start", f"{TEXT}change-end"):
            pass  # marks of a tracked change: counted from the tracked-changes list
        elif tag in (f"{OFFICE}annotation-end", f"{TEXT}bookmark"):
            pass
        elif tag == f"{DRAW}frame":
            state.images += 1
        elif tag == f"{TEXT}a":
            text = _text(child, state)
            url = child.get(f"{XLINK}href") or ""
            words = " ".join(text.split())
            if url.startswith(("http://", "https://", "mailto:")) and words and url != words:
                text = f"{text} ({url[7:] if url.startswith('mailto:') else url})"
            out.append(text)
        else:
            out.append(_text(child, state))
        out.append(child.tail or "")
    text = "".join(out)
    state.seen_text = state.seen_text or bool(text.strip())
    return text


def _styles(*roots) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Automatic style → its named parent; list style → per level "number" or "bullet"."""
    parents: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    for root in roots:
        if root is None:
            continue
        for st in root.iter(f"{STYLE}style"):
            name = st.get(f"{STYLE}name") or ""
            display = st.get(f"{STYLE}display-name") or name
            parents[name] = st.get(f"{STYLE}parent-style-name") or display
        for ls in root.iter(f"{TEXT}list-style"):
            kinds = []
            for level in ls:
                tag = level.tag if isinstance(level.tag, str) else ""
                kinds.append("number" if tag.endswith("list-level-style-number") else "bullet")
            lists[ls.get(f"{STYLE}name") or ""] = kinds
    # resolve chains of automatic styles (P1 → P2 → Heading)
    for name in list(parents):
        seen = {name}
        target = parents[name]
        while target in parents and target not in seen and parents[target] != target:
            seen.add(target)
            target = parents[target]
        parents[name] = target.replace("_20_", " ")
    return parents, lists


def read(source: Source) -> ReadResult:
    from lxml import etree

    archive = check_zip(source.path, "OpenDocument")
    try:
        content = read_xml_part(archive, "content.xml", "OpenDocument")
        styles_xml = read_xml_part(archive, "styles.xml", "OpenDocument")
        meta = read_xml_part(archive, "meta.xml", "OpenDocument")
    finally:
        archive.close()
    if content is None:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a readable OpenDocument file (no content.xml)")
        )
    try:
        root = etree.fromstring(content, xml_parser())
        style_root = etree.fromstring(styles_xml, xml_parser()) if styles_xml else None
        meta_root = etree.fromstring(meta, xml_parser()) if meta else None
    except etree.XMLSyntaxError as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a readable OpenDocument file ({msg})"), msg=exc.msg
        ) from None
    parents, list_kinds = _styles(root, style_root)
    state = _State(parents, list_kinds)
    blocks: list[Block] = []

    def paragraph(el, heading: bool) -> None:
        state.seen_text = False
        state.start_page = state.page
        text = " ".join(_text(el, state).split())
        if not text:
            return
        style = state.style_name(el)
        if heading or style == "title":
            blocks.append(Block(text, "h", page=state.start_page))
        elif "quotation" in style or "quote" in style:
            if blocks and blocks[-1].role == "quote" and blocks[-1].kind == "p":
                blocks[-1].text += "\n" + text
            else:
                blocks.append(Block(text, role="quote", page=state.start_page))
        else:
            blocks.append(Block(text, page=state.start_page))

    def list_lines(el, depth: int, style: str, lines: list[str]) -> None:
        style = el.get(f"{TEXT}style-name") or style
        kinds = state.list_kinds.get(style, [])
        numbered = depth < len(kinds) and kinds[depth] == "number"
        n = 0
        for item in el.iterchildren(f"{TEXT}list-item", f"{TEXT}list-header"):
            n += 1
            first = True
            for child in item:
                if child.tag == f"{TEXT}list":
                    list_lines(child, depth + 1, style, lines)
                elif child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    text = " ".join(_text(child, state).split())
                    if not text:
                        continue
                    marker = (f"{n}." if numbered else "•") if first else " "
                    lines.append(f"{indent(depth)}{marker} {text}")
                    first = False

    def table(el) -> None:
        rows = []
        for row in el.iter(f"{TABLE}table-row"):
            cells = []
            for cell in row.iterchildren(f"{TABLE}table-cell"):
                paras = [" ".join(_text(p, state).split()) for p in cell.iter(f"{TEXT}p")]
                cells.append(" ".join(p for p in paras if p))
            if any(cells):
                rows.append(" | ".join(cells))
        if rows:
            blocks.append(Block("\n".join(rows), role="table", page=state.page))

    def body(el) -> None:
        for child in el:
            tag = child.tag
            if tag == f"{TEXT}h":
                paragraph(child, True)
            elif tag == f"{TEXT}p":
                paragraph(child, False)
            elif tag == f"{TEXT}list":
                page = state.page
                lines: list[str] = []
                list_lines(child, 0, "", lines)
                if lines:
                    blocks.append(Block("\n".join(lines), role="list", page=page))
            elif tag == f"{TABLE}table":
                table(child)
            elif tag == f"{TEXT}soft-page-break":
                state.new_page()
            elif tag == f"{TEXT}tracked-changes":
                state.changes += sum(1 for _ in child.iter(f"{TEXT}changed-region"))
            elif tag in (f"{TEXT}section", f"{TEXT}index-body"):
                body(child)

    text_root = root.find(f"{OFFICE}body/{OFFICE}text")
    if text_root is None:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "an OpenDocument file that is not a text document")
        )
    body(text_root)
    if state.notes:
        blocks += [Block("Notes", "h")] + [
            Block(f"[{n}] {text}") for n, text in enumerate(state.notes, start=1) if text
        ]
    if not state.page_marks:
        for block in blocks:
            block.page = None
    check_size(blocks)
    meta_title = ""
    if meta_root is not None:
        meta_title = " ".join((meta_root.findtext(f".//{DC}title") or "").split())
    if meta_title and blocks and blocks[0].kind == "h" and blocks[0].text == meta_title:
        blocks.pop(0)
    title = meta_title or take_title(blocks, source.name)
    notes = []
    if state.changes:
        notes.append(
            f"{state.changes} tracked change(s): read as if accepted (deleted text left out)"
        )
    if state.comments:
        notes.append(f"{state.comments} comment(s) left out")
    if state.images:
        notes.append(f"{state.images} picture(s) or frame(s) left out")
    return ReadResult(title, blocks, FORMAT, notes=notes)
