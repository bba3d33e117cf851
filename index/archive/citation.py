"""How a paragraph or a case record is cited: one function for Copy citation, the notes panel,
the PDF, Markdown and the W3C export, in the style the user chose.

Each citation names the publisher, the source's title, the section (the chapter's unheaded
opening as its "introduction", never a section the publisher's page does not have), the page
for paged sources, the paragraph, the publisher's address and the edition. A publisher's name
and address belong to a key: they are given only for an edition signed by Muragat's editions
key; an edition a colleague signed is cited as "signed by <their key's name>", whatever its
manifest claims. Case records are cited as the records they are (Muragat's, or the signer's),
with the paragraphs they rest on. No fragment is added to the publisher's address: paragraph
ids are ours, not anchors on the publisher's page.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.archive.archive import Archive
from index.archive.markdown_doc import LEAD_SECTION_ID
from index.archive.model import Bundle, CaseRecord, Paragraph

STYLES = ("short", "oscola", "chicago")
"""``short``: Publisher, Title, Section, ¶ id · address. ``oscola`` (OSCOLA-like): Publisher,
'Title' (edition) section, para id <address>. ``chicago`` (Chicago-like): Publisher. "Section."
In Title. Edition, ¶ id. address."""
DEFAULT_STYLE = "short"
INTRODUCTION = "introduction"
"""How the chapter's unheaded opening is named (the page shows no heading above it)."""


@dataclass(frozen=True)
class Citation:
    text: str
    """The whole citation, the address included, as pasted into a brief."""
    address: str | None
    """The publisher's address within ``text`` (for a link), or None."""


def split_address(text: str, address: str | None) -> tuple[str, str | None, str]:
    """``text`` around its ``address`` (to make the address a link): (before, address, after),
    the angle brackets OSCOLA puts around it left to the link."""
    if not address or address not in text:
        return text, None, ""
    before, after = text.split(address, 1)
    if before.endswith("<") and after.startswith(">"):
        before, after = before[:-1], after[1:]
    return before, address, after


def check_style(style: str) -> str:
    if style not in STYLES:
        from index.errors import QT_TRANSLATE_NOOP, KnownError

        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors", "unknown citation style {style!r}; choose one of {choices}"
            ),
            style=style,
            choices=", ".join(STYLES),
        )
    return style


def vouched_by_muragat(bundle: Bundle | None) -> bool:
    """Whether ``bundle`` is signed by Muragat's editions key: only then is the publisher its
    manifest names (and that publisher's address) taken at its word."""
    if bundle is None:
        return False
    p = bundle.provenance
    if p is not None:
        return p.status == "verified" and p.key is not None and bool(p.key.builtin)
    return bool(getattr(bundle, "builtin", False))


def signer_of(archive: Archive, ident: str | None) -> str | None:
    """The name of the colleague's key that signed the edition holding paragraph or case
    record ``ident`` (None for Muragat's editions, the user's own, and unknown ids): what
    search hits and `muragat show` mark."""
    held = (archive.paragraph(ident) or archive.case(ident)) if ident else None
    return signer_name(archive.bundle(held.bundle_id)) if held is not None else None


def signer_name(bundle: Bundle | None) -> str | None:
    """The name of the key a bundle is signed with, when that key is not Muragat's."""
    p = bundle.provenance if bundle is not None else None
    if p is None or p.status != "verified" or p.key is None or p.key.builtin:
        return None
    return p.key.name


def publisher_label(bundle: Bundle | None) -> str:
    """Who a citation names as publisher: the manifest's publisher for Muragat's editions,
    "signed by <name>" for a colleague's, nothing for the user's own imports."""
    if vouched_by_muragat(bundle):
        return bundle.manifest.publisher  # type: ignore[union-attr]
    name = signer_name(bundle)
    return f"signed by {name}" if name else ""


def source_title(archive: Archive, para: Paragraph) -> str:
    bundle = archive.bundle(para.bundle_id)
    if bundle:
        return bundle.manifest.title
    doc = archive.document(para.doc_id)
    return doc.title if doc else para.doc_id


def untitled_opening(archive: Archive, para: Paragraph) -> bool:
    """Whether ``para`` is in the untitled opening of an imported document: it has no
    section title of its own (the parser names it after the report's lead, "Summary")."""
    bundle = archive.bundle(para.bundle_id)
    return para.section_id == LEAD_SECTION_ID and bundle is not None and not bundle.builtin


def section_heading(archive: Archive, para: Paragraph) -> str:
    """The section title to show above ``para``: "" for the opening, which has no heading on
    the publisher's page (nor in an imported document)."""
    return "" if para.section_id == LEAD_SECTION_ID else para.section_title


def source_address(archive: Archive, para: Paragraph) -> str | None:
    """Where the publisher puts ``para``'s source on the web, or None: for a document with
    none (the user's own), and for an edition not signed by Muragat's key (its manifest's
    address is only the signer's claim)."""
    bundle = archive.bundle(para.bundle_id)
    if not vouched_by_muragat(bundle):
        return None
    return bundle.manifest.source_url or None  # type: ignore[union-attr]


def _section(archive: Archive, para: Paragraph, title: str) -> str:
    if para.section_id == LEAD_SECTION_ID:
        bundle = archive.bundle(para.bundle_id)
        ours = bundle is None or bool(bundle.provenance and bundle.provenance.status == "yours")
        return "" if ours else INTRODUCTION
    section = " ".join(para.section_title.split())
    return "" if section.casefold() == title.casefold() else section


def _edition(bundle: Bundle | None) -> tuple[str, str]:
    """(the manifest's edition, the date it was signed) where known."""
    if bundle is None or (signer_name(bundle) is None and not vouched_by_muragat(bundle)):
        return "", ""
    signed = (bundle.provenance.signed or "")[:10] if bundle.provenance else ""
    return bundle.manifest.edition, signed


def _join(parts: list[str], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def _format(
    style: str,
    publisher: str,
    title: str,
    section: str,
    pin: list[str],
    address: str | None,
    edition: tuple[str, str],
) -> str:
    edition_text, signed = edition
    if style == "oscola":
        head = _join([publisher, f"‘{title}’"])
        if edition_text:
            head += f" ({edition_text})"
        pins = [section if section == INTRODUCTION else f"‘{section}’" if section else ""]
        pins += [p.replace("p. ", "p ").replace("¶ ", "para ") for p in pin]
        text = _join([head, *[p for p in pins if p]], " ")
        if address:
            text += f" <{address}>"
        if signed:
            text += f" (edition signed {signed})"
        return text
    if style == "chicago":
        out = [f"{publisher}." if publisher else ""]
        if section == INTRODUCTION:
            out.append(f"{title}, {section}.")
        elif section:
            out.append(f"“{section}.” In {title}.")
        else:
            out.append(f"{title}.")
        out.append(_join([edition_text, *pin]) + ".")
        if signed:
            out.append(f"Edition signed {signed}.")
        if address:
            out.append(f"{address}.")
        return _join(out, " ")
    text = _join([publisher, title, section, *pin])
    return f"{text} · {address}" if address else text


def cite_paragraph(archive: Archive, para: Paragraph, style: str = DEFAULT_STYLE) -> Citation:
    bundle = archive.bundle(para.bundle_id)
    title = source_title(archive, para)
    pin = ([f"p. {para.page}"] if para.page else []) + [f"¶ {para.id}"]
    address = source_address(archive, para)
    text = _format(
        style,
        publisher_label(bundle),
        title,
        _section(archive, para, title),
        pin,
        address,
        _edition(bundle),
    )
    return Citation(text, address)


def cite_record(archive: Archive, record: CaseRecord, style: str = DEFAULT_STYLE) -> Citation:
    """ "Muragat case record <id>, based on <the source's citation without its pinpoint>, ¶ a,
    ¶ b" (a colleague's record: "case record <id> signed by <name>")."""
    bundle = archive.bundle(record.bundle_id)
    signer = signer_name(bundle)
    whose = (
        f"case record {record.id} signed by {signer}"
        if signer
        else (
            f"Muragat case record {record.id}"
            if vouched_by_muragat(bundle)
            else f"case record {record.id}"
        )
    )
    paras = [p for p in (archive.paragraph(i) for i in record.all_sources()) if p is not None]
    if not paras:
        return Citation(whose, None)
    first = paras[0]
    title = source_title(archive, first)
    address = source_address(archive, first)
    publisher = publisher_label(bundle) if vouched_by_muragat(bundle) else ""
    pin = [f"¶ {p.id}" for p in paras]
    source = _format(style, publisher, title, "", pin, address, _edition(bundle))
    sep = " " if style == "chicago" else ", "
    lead = f"{whose[0].upper()}{whose[1:]}." if style == "chicago" else whose
    based = "Based on" if style == "chicago" else "based on"
    return Citation(f"{lead}{sep}{based} {source}", address)


def cite_ident(archive: Archive, ident: str, style: str = DEFAULT_STYLE) -> Citation | None:
    """The citation of a paragraph or case record by id, or None for an unknown id."""
    para = archive.paragraph(ident)
    if para is not None:
        return cite_paragraph(archive, para, style)
    record = archive.case(ident)
    if record is not None:
        return cite_record(archive, record, style)
    return None


def cite(archive: Archive, para: Paragraph, style: str = DEFAULT_STYLE) -> str:
    """The citation of ``para`` as text (the address included)."""
    return cite_paragraph(archive, para, style).text
