"""The bundled report is the publisher's text, verbatim, with stable paragraph ids."""

from __future__ import annotations

import re

from conftest import BUNDLE_DIR, SEED

from index.archive.markdown_doc import ID_RE


def test_every_line_matches_the_published_text_byte_for_byte(archive):
    """No stripping: the publisher's trailing no-break spaces (U+00A0) are part of the text."""
    published = [
        line
        for line in SEED.read_bytes().decode("utf-8").split("\n")
        if line.strip() and line != "Skip to main content"
    ]
    doc = archive.document("kazakhstan")
    shown = [doc.title]
    for section in doc.sections:
        if section.id != "summary":
            shown.append(section.title)
        shown.extend(p.text for p in section.paragraphs)
    assert [s.encode("utf-8") for s in shown] == [p.encode("utf-8") for p in published]
    ends = sorted(p.id for p in archive.paragraphs() if p.text.endswith("\u00a0"))
    assert ends == sorted(
        [
            "accountability-and-justice-1",
            "government-opponents-and-other-critics-1",
            "government-opponents-and-other-critics-2",
            "government-opponents-and-other-critics-4",
            "human-rights-defenders-1",
            "human-rights-defenders-3",
            "freedom-of-expression-2",
            "freedom-of-expression-3",
            "violence-against-women-2",
            "asylum-seekers-and-refugees-1",
            "sexual-orientation-and-gender-identity-1",
        ]
    )


def test_the_markdown_source_keeps_the_no_break_spaces_at_line_ends():
    source = (BUNDLE_DIR / "report.md").read_text(encoding="utf-8")
    published = SEED.read_text(encoding="utf-8")
    assert source.count("\u00a0") == published.count("\u00a0") == 40
    assert sum(line.endswith("\u00a0") for line in source.splitlines()) == 11


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
