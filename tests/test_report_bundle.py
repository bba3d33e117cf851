"""The bundled report is the publisher's text, verbatim, with stable paragraph ids."""

from __future__ import annotations

import re

from conftest import BUNDLE_DIR, SEED

from index.archive.markdown_doc import ID_RE


def seed_lines() -> list[str]:
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and line != "Skip to main content"]


def test_every_seed_line_is_a_paragraph_or_heading_verbatim_and_in_order(archive):
    doc = archive.document("kazakhstan")
    shown = [doc.title]
    for section in doc.sections:
        if section.id != "summary":
            shown.append(section.title)
        shown.extend(p.text for p in section.paragraphs)
    assert shown == seed_lines()


def test_typographic_characters_are_kept(archive):
    text = " ".join(p.text for p in archive.paragraphs())
    for ch in ("“", "”", "’", "—"):
        assert ch in text
    assert "15 days' detention" in text  # the publisher's straight apostrophe stays straight
    assert "Skip to main content" not in text


def test_paragraph_ids_are_stable_readable_and_unique(archive):
    ids = [p.id for p in archive.paragraphs()]
    assert len(ids) == len(set(ids))
    assert all(ID_RE.match(i) for i in ids)
    para = archive.paragraph("freedom-of-expression-2")
    assert para.text.startswith("On April 11, an Almaty court sentenced")
    assert para.section_title == "Freedom of Expression"
    assert archive.paragraph("photo-caption").role == "caption"
    # Ids are written into the Markdown, so inserting a paragraph cannot renumber them.
    source = (BUNDLE_DIR / "report.md").read_text(encoding="utf-8")
    assert len(re.findall(r"\{: #[a-z0-9-]+", source)) == len(ids) + 1 + 8  # + title + sections


def test_manifest_describes_the_source_and_rights(archive):
    manifest = archive.bundle("hrw-wr2026-kazakhstan").manifest
    assert manifest.publisher == "Human Rights Watch"
    assert (
        manifest.source_url == "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"
    )
    assert "© 2026 Human Rights Watch" in manifest.rights
    assert "© 2025 Timur Nussimbekov" in manifest.rights
    assert "World Report 2026" in manifest.edition and "2025" in manifest.edition
    assert set(manifest.files) == {"report.md", "cases.json"}
    assert len(manifest.sha256) == 64
