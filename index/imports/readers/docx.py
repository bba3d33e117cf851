"""Word ``.docx`` through python-docx: paragraphs, headings (from the Title and Heading styles or an
outline level), lists (one block each, numbered or bulleted as Word numbers them), tables (a
row a line), quotes, footnotes and endnotes (a marker in the text, the notes at the end).

Tracked changes are read as if accepted (insertions kept, deletions left out) and comments are
left out; the import report says how many of each, so nothing is silently merged. Page numbers
come from the page breaks Word recorded when it last laid the document out, when there are any.
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
from index.imports.readers.zipped import check_no_dtd, check_zip, read_xml_part, xml_parser

FORMAT = "docx"
SUFFIXES = (".docx", ".docm", ".dotx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
RT_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_SKIP = {f"{W}{t}" for t in ("pPr", "rPr", "instrText", "delText", "delInstrText", "fldData")}
_SKIP |= {f"{MC}Fallback"}
_IMAGES = {f"{W}drawing", f"{W}pict", f"{W}object"}


def sniff(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04") and b"word/" in head


class _State:
    def __init__(self) -> None:
        self.page = 1
        self.page_marks = 0
        self.inserted = 0
        self.deleted = 0
        self.comments: set[str] = set()
        self.images = 0
        self.seen_text = False
        self.start_page = 1
        self.note_order: list[tuple[str, str]] = []  # (kind, id) in order of reference

    def new_page(self) -> None:
        self.page += 1
        self.page_marks += 1
        if not self.seen_text:
            self.start_page = self.page  # the paragraph begins on the new page

    def begin(self) -> int:
        """Start a paragraph: returns nothing useful yet; see `start_page` after reading it."""
        self.seen_text = False
        self.start_page = self.page
        return self.page

    def note_number(self, kind: str, ident: str) -> int:
        key = (kind, ident)
        if key not in self.note_order:
            self.note_order.append(key)
        return self.note_order.index(key) + 1


def _text(el, state: _State, links: dict[str, str]) -> str:
    out: list[str] = []
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in (f"{W}del", f"{W}moveFrom"):
            state.deleted += 1
        elif tag in (f"{W}ins", f"{W}moveTo"):
            state.inserted += 1
            out.append(_text(child, state, links))
        elif tag == f"{W}t":
            out.append(child.text or "")
            state.seen_text = state.seen_text or bool((child.text or "").strip())
        elif tag in (f"{W}tab", f"{W}cr"):
            out.append(" ")
        elif tag == f"{W}br":
            if child.get(f"{W}type") == "page":
                state.new_page()
            out.append(" ")
        elif tag == f"{W}lastRenderedPageBreak":
            state.new_page()
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            kind = "footnote" if "foot" in tag else "endnote"
            out.append(f"[{state.note_number(kind, child.get(f'{W}id', ''))}]")
        elif tag in (f"{W}commentReference", f"{W}commentRangeStart"):
            state.comments.add(child.get(f"{W}id", ""))
        elif tag in _IMAGES:
            state.images += 1
        elif tag == f"{W}hyperlink":
            text = _text(child, state, links)
            url = links.get(child.get(R_ID, ""), "")
            words = " ".join(text.split())
            if url.startswith(("http://", "https://", "mailto:")) and words and url != words:
                text = f"{text} ({url[7:] if url.startswith('mailto:') else url})"
            out.append(text)
        else:
            out.append(_text(child, state, links))
    return "".join(out)


class _Doc:
    def __init__(self, document) -> None:
        self.styles = {}
        self.style_numpr = {}
        for style in document.styles.element.iterchildren(f"{W}style"):
            ident = style.get(f"{W}styleId")
            name = style.find(f"{W}name")
            self.styles[ident] = (name.get(f"{W}val") if name is not None else ident or "").lower()
            numpr = style.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                self.style_numpr[ident] = numpr
        self.formats = _number_formats(document)
        self.links = {
            rid: rel.target_ref for rid, rel in document.part.rels.items() if rel.is_external
        }

    def kind(self, p) -> tuple[str, int, str | None]:
        """("h", level) for headings, ("list", level, format), ("quote",), or ("p",)."""
        ppr = p.find(f"{W}pPr")
        style_el = ppr.find(f"{W}pStyle") if ppr is not None else None
        ident = style_el.get(f"{W}val") if style_el is not None else None
        name = self.styles.get(ident, (ident or "").lower())
        if name == "title":
            return "h", 0, None
        if name.startswith("heading ") and name[8:].isdigit():
            return "h", int(name[8:]), None
        outline = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        if outline is not None and (outline.get(f"{W}val") or "9").isdigit():
            level = int(outline.get(f"{W}val"))
            if level < 9:
                return "h", level + 1, None
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        if numpr is None:
            numpr = self.style_numpr.get(ident)
        if numpr is not None:
            num = numpr.find(f"{W}numId")
            lvl = numpr.find(f"{W}ilvl")
            num_id = num.get(f"{W}val") if num is not None else None
            level = int(lvl.get(f"{W}val")) if lvl is not None else 0
            if num_id and num_id != "0":
                return "list", level, self.formats.get((num_id, level), "bullet")
        if name.startswith("list"):
            return "list", 0, "decimal" if "number" in name else "bullet"
        if "quote" in name:
            return "quote", 0, None
        return "p", 0, None


def _number_formats(document) -> dict[tuple[str, int], str]:
    """(numId, level) → Word's number format (bullet, decimal, lowerLetter…)."""
    try:
        numbering = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return {}
    abstract = {}
    for a in numbering.iterchildren(f"{W}abstractNum"):
        levels = {}
        for lvl in a.iterchildren(f"{W}lvl"):
            fmt = lvl.find(f"{W}numFmt")
            levels[int(lvl.get(f"{W}ilvl", "0"))] = fmt.get(f"{W}val") if fmt is not None else ""
        abstract[a.get(f"{W}abstractNumId")] = levels
    out = {}
    for num in numbering.iterchildren(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        for level, fmt in abstract.get(ref.get(f"{W}val") if ref is not None else "", {}).items():
            out[(num.get(f"{W}numId"), level)] = fmt
    return out


def _marker(fmt: str | None, n: int) -> str:
    if fmt in ("decimal", "decimalZero"):
        return f"{n}."
    if fmt == "lowerLetter":
        return f"{chr(ord('a') + (n - 1) % 26)}."
    if fmt == "upperLetter":
        return f"{chr(ord('A') + (n - 1) % 26)}."
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][(n - 1) % 10]
        return f"{roman if fmt == 'lowerRoman' else roman.upper()}."
    return "•"


def _notes_part(document, reltype: str, kind: str, state: _State, links) -> dict[str, str]:
    from lxml import etree

    out = {}
    for rel in document.part.rels.values():
        if rel.reltype != RT_BASE + reltype or rel.is_external:
            continue
        blob = rel.target_part.blob
        check_no_dtd(blob, "Word")
        root = etree.fromstring(blob, xml_parser())
        tag = f"{W}{kind}"
        for note in root.iterchildren(tag):
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paras = [" ".join(_text(p, state, links).split()) for p in note.iter(f"{W}p")]
            out[note.get(f"{W}id", "")] = " ".join(p for p in paras if p)
    return out


def read(source: Source) -> ReadResult:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    archive = check_zip(source.path, "Word")
    try:
        for name in archive.namelist():
            # every part that is XML, whatever its name: python-docx finds parts by relation
            with archive.open(name) as fh:
                start = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
            if name.endswith((".xml", ".rels")) or start.startswith(
                (b"<", b"\xff\xfe", b"\xfe\xff")
            ):
                read_xml_part(archive, name, "Word")
    finally:
        archive.close()
    try:
        document = docx.Document(str(source.path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise Unreadable(
            QT_TRANSLATE_NOOP("Errors", "not a readable Word file ({problem})"),
            problem=type(exc).__name__,
        ) from None
    info = _Doc(document)
    state = _State()
    blocks: list[Block] = []
    group: list[tuple[str, str, int]] = []  # consecutive list items or quote paragraphs
    counters: dict[tuple[str | None, int], int] = {}

    def close_group() -> None:
        if group:
            role = group[0][0]
            blocks.append(
                Block("\n".join(text for _, text, _ in group), role=role, page=group[0][2])
            )
            group.clear()

    def paragraph(p) -> None:
        state.begin()
        text = " ".join(_text(p, state, info.links).split())
        page = state.start_page
        kind, level, fmt = info.kind(p)
        if not text:
            return
        if kind == "list":
            if group and group[0][0] != "list":
                close_group()
            if not group:
                counters.clear()
            n = counters[(fmt, level)] = counters.get((fmt, level), 0) + 1
            for key in [k for k in counters if k[1] > level]:
                del counters[key]
            group.append(("list", f"{indent(level)}{_marker(fmt, n)} {text}", page))
            return
        if kind == "quote":
            if group and group[0][0] != "quote":
                close_group()
            group.append(("quote", text, page))
            return
        close_group()
        blocks.append(Block(text, "h" if kind == "h" else "p", page=page))

    def table(tbl) -> None:
        close_group()
        page = state.page
        rows = []
        for tr in tbl.iter(f"{W}tr"):
            cells = []
            for tc in tr.iterchildren(f"{W}tc"):
                paras = [" ".join(_text(p, state, info.links).split()) for p in tc.iter(f"{W}p")]
                cells.append(" ".join(p for p in paras if p))
            if any(cells):
                rows.append(" | ".join(cells))
        if rows:
            blocks.append(Block("\n".join(rows), role="table", page=page))

    def body(el) -> None:
        for child in el:
            if child.tag == f"{W}p":
                paragraph(child)
            elif child.tag == f"{W}tbl":
                table(child)
            elif child.tag == f"{W}sdt":  # a content control: its content, if any
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    body(content)
            elif child.tag in (f"{W}sdtContent", f"{W}customXml"):
                body(child)
            elif child.tag in (f"{W}ins", f"{W}moveTo"):
                state.inserted += 1
                body(child)
            elif child.tag in (f"{W}del", f"{W}moveFrom"):
                state.deleted += 1

    root = document.element.body
    if root is None:
        raise Unreadable(QT_TRANSLATE_NOOP("Errors", "a Word file with no document body"))
    body(root)
    close_group()
    footnotes = _notes_part(document, "footnotes", "footnote", state, info.links)
    endnotes = _notes_part(document, "endnotes", "endnote", state, info.links)
    notes_text = []
    for n, (kind, ident) in enumerate(state.note_order, start=1):
        text = (footnotes if kind == "footnote" else endnotes).get(ident, "")
        if text:
            notes_text.append(Block(f"[{n}] {text}"))
    if notes_text:
        blocks += [Block("Notes", "h"), *notes_text]
    if not state.page_marks:
        for block in blocks:
            block.page = None
    check_size(blocks)
    meta_title = " ".join((document.core_properties.title or "").split())
    if meta_title and blocks and blocks[0].kind == "h" and blocks[0].text == meta_title:
        blocks.pop(0)
    title = meta_title or take_title(blocks, source.name)
    notes = []
    if state.inserted or state.deleted:
        notes.append(
            f"tracked changes: {state.inserted} insertion(s) kept, {state.deleted} deletion(s) "
            "left out (the text as if every change were accepted)"
        )
    comments = _count(document, "comments", "comment")
    if comments or state.comments:
        notes.append(f"{max(comments, len(state.comments))} comment(s) left out")
    if state.images:
        notes.append(f"{state.images} picture(s) or drawing(s) left out")
    return ReadResult(title, blocks, FORMAT, notes=notes)


def _count(document, reltype: str, kind: str) -> int:
    from lxml import etree

    total = 0
    for rel in document.part.rels.values():
        if rel.reltype == RT_BASE + reltype and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob, xml_parser())
            total += sum(1 for _ in root.iterchildren(f"{W}{kind}"))
    return total
