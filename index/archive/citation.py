"""How a paragraph is cited: the source's title once, the section when it adds something, the
page for paged sources, and the paragraph id."""

from __future__ import annotations

from index.archive.archive import Archive
from index.archive.markdown_doc import LEAD_SECTION_ID
from index.archive.model import Paragraph


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
    """The section title to show above ``para``: "" for an imported document's opening."""
    return "" if untitled_opening(archive, para) else para.section_title


def source_address(archive: Archive, para: Paragraph) -> str | None:
    """Where the publisher puts ``para``'s source on the web (the address the PDF prints
    beside each citation), or None for a document with none (the user's own)."""
    bundle = archive.bundle(para.bundle_id)
    return (bundle.manifest.source_url or None) if bundle else None


def cite(archive: Archive, para: Paragraph) -> str:
    """``Source, Section, p. 3, ¶ id``; the section is left out when it only repeats the title
    or is the untitled opening of an imported document (which has no "Summary")."""
    source = source_title(archive, para)
    parts = [source]
    untitled = untitled_opening(archive, para)
    section = " ".join(para.section_title.split())
    if section and not untitled and section.casefold() != source.casefold():
        parts.append(section)
    if para.page:
        parts.append(f"p. {para.page}")
    parts.append(f"¶ {para.id}")
    return ", ".join(parts)
