"""Notes to PDF, read back with pypdf and poppler as a reader's tools would."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading

import pytest
from conftest import run_cli
from pypdf import PdfReader

from index.changes import TagTarget
from index.core import Core
from index.notes.service import new_note

pytestmark = pytest.mark.gui

QUOTE = "five years’ restricted freedom"
SECRET = "Informant Zarina"


@pytest.fixture
def core(data_dir):
    core = Core(data_dir)
    a = core.archive
    core.add_note(
        new_note(
            a,
            "photo-caption",
            "Кириллица: Темірлан Еңсебек — ә ғ қ ң ө ұ ү һ і",
            quote="Temirlan Yensebek",
            tags=["names"],
        )
    )
    core.add_note(
        new_note(
            a,
            "freedom-of-expression-2",
            "Sentence for a post:\n\n- *five* years\n- see [HRW](https://www.hrw.org/)",
            quote=QUOTE,
            tags=["charges/incitement"],
        )
    )
    core.add_note(
        new_note(
            a,
            "temirlan-ensebek",
            f"{SECRET} says the appeal is due",
            private=True,
            tags=["informant"],
        )
    )
    core.add_note(
        new_note(
            a,
            "government-opponents-and-other-critics-1",
            "Untagged but confidential by tag",
            tags=["informant"],
        )
    )
    return core


def export(core, path, title="Ensebek brief", **options):
    from app.pdf.render import pdf_bytes
    from index.export import ExportOptions, write_export

    options = ExportOptions(format="pdf", title=title, **options)
    return write_export(core.archive, core.notes.notes(), options, path, pdf=pdf_bytes)


def pdf_text(path) -> str:
    """All pages' text. Qt places words one by one, and pypdf reads the gaps as tabs."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return text.replace("\t", " ")


def outline_titles(path) -> list[str]:
    def walk(items):
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield item.title

    return list(walk(PdfReader(path).outline))


def test_contents_quotes_cyrillic_citations_in_reading_order(qapp, core, tmp_path):
    path = tmp_path / "notes.pdf"
    report = export(core, path, include_private=True)
    assert report.notes == 4 and report.pages >= 3
    text = pdf_text(path)
    assert "Ensebek brief" in text and "4 notes" in text
    sha = core.archive.bundle("hrw-wr2026-kazakhstan").manifest.sha256
    assert sha in text.replace("\n", "")
    assert "Темірлан Еңсебек — ә ғ қ ң ө ұ ү һ і" in text
    assert QUOTE in text and "Temirlan Yensebek" in text
    assert "¶ freedom-of-expression-2" in text and "¶ photo-caption" in text
    assert "hrw.org/world-report/2026" in text.replace("\n", "")
    assert "charges/incitement" in text
    order = [
        text.index(s)
        for s in (
            "¶ photo-caption",
            "Untagged but confidential",
            "¶ freedom-of-expression-2",
            SECRET,
        )
    ]
    assert order == sorted(order), "notes follow the report's reading order, case notes after"
    assert "Contents" in text
    titles = outline_titles(path)
    assert titles[:1] == ["World Report 2026: Kazakhstan"]
    assert {"Freedom of Expression", "Case records"} <= set(titles)
    assert "Summary" not in titles  # the chapter's opening has no heading on the publisher's page
    meta = PdfReader(path).metadata
    assert meta.title == "Ensebek brief" and meta.get("/CreationDate")


def test_case_record_notes_mark_what_is_not_from_the_report(qapp, core, tmp_path):
    """Aliases from outside the report print as such, with their source; the charge says who
    brought it; a date the report does not give prints as unknown; the title page names the key
    the edition was verified against."""
    core.add_note(new_note(core.archive, "akylbek-muratbai", "Asylum timeline to check"))
    path = tmp_path / "record.pdf"
    export(core, path)
    text = " ".join(pdf_text(path).split())
    assert "signed by the Muragat editions key (key ID B2C8B81FB880F9A8)" in text
    start = text.index("Asylum timeline to check")
    block = text[max(0, start - 3000) : start + 3000]
    assert (
        "Not from the report: Aqylbek Muratbai (in use in the press: English-language press)"
        in (block)
    )
    assert "brought by: Uzbekistan" in block and "wanted on these charges" in block
    assert "date unknown (the report does not date the rejection" in block


def test_fonts_are_embedded(qapp, core, tmp_path):
    path = tmp_path / "notes.pdf"
    export(core, path, include_private=True)
    reader = PdfReader(path)
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                desc = descendant.get_object()["/FontDescriptor"].get_object()
                fonts.append(any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    assert fonts and all(fonts)
    if shutil.which("pdffonts"):
        rows = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert rows and all(" yes " in row for row in rows), rows


def test_redacted_export_keeps_nothing_of_private_notes_or_excluded_tags(qapp, core, tmp_path):
    path = tmp_path / "redacted.pdf"
    export(core, path, title="For filing", exclude_tags=("informant",))
    text = pdf_text(path)
    assert SECRET not in text and "confidential" not in text and "informant" not in text
    assert "2 notes" in text
    titles = outline_titles(path)
    assert "Case records" not in titles and not any("Ensebek" in t for t in titles)
    meta = PdfReader(path).metadata
    assert all(SECRET not in str(v) for v in meta.values())
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert SECRET not in out and QUOTE in out


def test_cli_pdf_export_with_filters(core, data_dir, tmp_path):
    path = tmp_path / "cli.pdf"
    result = run_cli(
        "notes",
        "export",
        "--format",
        "pdf",
        "--output",
        str(path),
        "--no-private",
        "--tag",
        "charges",
        "--title",
        "Charges",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(path)
    assert QUOTE in text and "Темірлан" not in text and SECRET not in text
    by_tag = tmp_path / "by-tag.pdf"
    today = core.notes.notes()[0].created[:10]
    for since, expected in (("2999", set()), (today, {"names", "charges/incitement", "informant"})):
        result = run_cli(
            "notes",
            "export",
            "--format",
            "pdf",
            "--output",
            str(by_tag),
            "--group-by",
            "tag",
            "--since",
            since,
            data_dir=data_dir,
        )
        assert result.returncode == 0, result.stderr
        titles = set(outline_titles(by_tag))
        assert titles & {"names", "charges/incitement", "informant"} == expected, since


def test_export_from_the_window_runs_off_the_gui_thread(qtbot, core, data_dir, tmp_path):
    from app.gui.export_dialog import ExportDialog
    from app.gui.main_window import MainWindow

    core.notes.close()
    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    dialog = ExportDialog(
        window.core.notes.notes(),
        window.core.archive,
        sorted(window.core.notes.tag_counts()),
        window,
    )
    assert "3 of 4 notes will" in dialog.preview.text() and "1 private" in dialog.preview.text()
    dialog.title.setText("From the window")
    path = tmp_path / "window.pdf"
    task = window.export_notes(str(path), dialog)
    # The task may finish before a signal wait could connect: wait on its state instead.
    qtbot.waitUntil(lambda: task.delivered, timeout=30000)
    assert task.thread is not None and task.thread is not threading.main_thread()
    assert task.result.notes == 3
    text = pdf_text(path)
    assert "From the window" in text and SECRET not in text and QUOTE in text
    dialog.format.setCurrentText("Markdown")
    md_path = tmp_path / "window.md"
    md_task = window.export_notes(str(md_path), dialog)
    qtbot.waitUntil(lambda: md_task.delivered, timeout=30000)
    assert QUOTE in md_path.read_text(encoding="utf-8")
    dialog.format.setCurrentText("W3C Web Annotation (JSON-LD)")
    window.core.apply(TagTarget("summary-1", "overview"))
    w3c_path = tmp_path / "window.jsonld"
    w3c_task = window.export_notes(str(w3c_path), dialog)
    qtbot.waitUntil(lambda: w3c_task.delivered, timeout=30000)
    items = json.loads(w3c_path.read_text(encoding="utf-8"))["first"]["items"]
    assert "urn:muragat:target-tags:summary-1" in {i["id"] for i in items}  # tags on paragraphs


def text_positions(path) -> list[tuple[int, str, float, float]]:
    """(page, text, x, y) of each piece of text pypdf reads, y from the page's foot."""
    out = []
    for number, page in enumerate(PdfReader(path).pages):

        def visit(text, cm, tm, _font, _size, number=number):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                out.append((number, text.strip(), x, y))

        page.extract_text(visitor_text=visit)
    return out


def test_a_note_on_a_whole_paragraph_prints_the_paragraph(qapp, data_dir, tmp_path):
    """A note on a paragraph (no passage chosen) prints the paragraph's text, as a passage
    note prints its quote: the PDF a lawyer files says what the note is about."""
    core = Core(data_dir)
    core.add_note(new_note(core.archive, "freedom-of-expression-2", "Whole paragraph"))
    path = tmp_path / "paragraph.pdf"
    export(core, path)
    text = " ".join(pdf_text(path).split())
    para = " ".join(core.archive.paragraph("freedom-of-expression-2").text.split())
    assert f"“{para}”" in text
    assert text.index(para) < text.index("Whole paragraph")


def test_private_notes_are_marked_as_private(qapp, core, tmp_path):
    """An included private note says so above its text; the others do not."""
    path = tmp_path / "private.pdf"
    export(core, path, include_private=True)
    text = " ".join(pdf_text(path).split())
    assert text.count("Private note") == 1
    mark = text.index("🔒 Private note")
    previous = text.rfind("Created", 0, text.index(SECRET))
    assert previous < mark < text.index(SECRET)
    ru = tmp_path / "private-ru.pdf"
    export(core, ru, include_private=True, language="ru")
    assert "🔒 Личная заметка" in " ".join(pdf_text(ru).split())


def test_nested_lists_nest_as_the_notes_are_written(qapp, data_dir, tmp_path):
    """A list nested by two spaces (CommonMark, as every Markdown editor writes it) prints
    nested, each level further right; it was one flat list."""
    core = Core(data_dir)
    body = "- alpha\n  - bravo\n    - charlie\n- delta"
    core.add_note(new_note(core.archive, "summary-1", body))
    path = tmp_path / "lists.pdf"
    export(core, path)
    x = {
        t: left
        for _page, t, left, _y in text_positions(path)
        if t in {"alpha", "bravo", "charlie", "delta"}
    }
    assert x["alpha"] == pytest.approx(x["delta"], abs=1)
    assert x["alpha"] + 10 < x["bravo"] and x["bravo"] + 10 < x["charlie"], x


def page_lines(path) -> list[list[str]]:
    """Each page's lines, top to bottom, white space removed (Qt places words one by one)."""
    pages = []
    for _page in PdfReader(path).pages:
        rows: dict[int, list[str]] = {}

        def visit(text, cm, tm, _font, _size, rows=rows):
            if text.strip():
                rows.setdefault(round(tm[5] * cm[3] + cm[5]), []).append(text)

        _page.extract_text(visitor_text=visit)
        pages.append(["".join("".join(rows[y]).split()) for y in sorted(rows, reverse=True)])
    return pages


def test_no_heading_is_left_alone_at_the_foot_of_a_page(qapp, data_dir, tmp_path):
    """Keep with next: whatever the notes' lengths, no page ends with a section heading (its
    notes on the next page). One note in each section of the chapter, bodies of 5 lines and
    more; before, 8 lines left "Freedom of Expression" alone at the foot of page 4."""
    from app.pdf.render import render_pdf
    from index.export import ExportOptions

    core = Core(data_dir)
    sections: dict[str, str] = {}
    for para in core.archive.paragraphs():
        if para.bundle_id == "hrw-wr2026-kazakhstan" and para.section_title:
            sections.setdefault(para.section_title, para.id)
    assert len(sections) >= 8
    headings = {"".join(t.split()) for t in sections}
    notes = {}
    left_alone = []
    for lines in range(5, 11):
        for k, (section, para) in enumerate(sections.items()):
            body = "\n\n".join(
                f"Line {i} of note {k}, padding text for the layout."
                for i in range(lines + k * 3 % 7)
            )
            notes[section] = new_note(core.archive, para, body)
        path = tmp_path / f"keep-{lines}.pdf"
        render_pdf(list(notes.values()), core.archive, path, ExportOptions(title="Keep"))
        text = pdf_text(path)
        for note in notes.values():  # every line printed: none lost between pages by a break
            assert all(line in text for line in note.body.split("\n\n")), lines
        for number, page in enumerate(page_lines(path)):
            content = [t for t in page if t != "Keep" and not t.startswith("page")]
            if content and content[-1] in headings:
                left_alone.append((lines, number + 1, content[-1]))
    assert left_alone == []


def test_contents_share_the_title_page(qapp, core, tmp_path):
    """The contents follow the title block on the first page, rather than fill three lines
    of a page of their own; the notes start on the next page."""
    path = tmp_path / "contents.pdf"
    report = export(core, path, include_private=True)
    pages = page_lines(path)
    first = pages[0]
    assert "Contents" in first and "Ensebekbrief" in first
    assert any(line.startswith("FreedomofExpression") for line in first)
    assert "Contents" not in pages[1]
    assert report.pages == len(pages)


def test_flags_print_as_region_letters_and_joined_emoji_stay_together(qapp, data_dir, tmp_path):
    """🇰🇿 printed as two boxed letters (Symbola's regional indicators); no bundled font has
    flags, so a flag prints as its region's letters, KZ (a subdivision flag as GB-SCT). The
    parts of a joined emoji (👩‍⚖️ woman judge, a family) were drawn in two fonts (⚖ from
    DejaVu), on separate runs; they are drawn together, in one font on one line."""
    core = Core(data_dir)
    body = "Solidarity 🇰🇿 and 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f; judge 👩‍⚖️ family 👨‍👩‍👧"
    core.add_note(new_note(core.archive, "summary-1", body))
    path = tmp_path / "emoji.pdf"
    export(core, path)
    text = " ".join(pdf_text(path).split())
    assert "Solidarity KZ and GB-SCT" in text
    assert not any(0x1F1E6 <= ord(ch) <= 0x1F1FF for ch in text)
    drawn = []
    for page in PdfReader(path).pages:

        def visit(piece, cm, tm, font, _size):
            if piece.strip() and font:
                drawn.append((piece.strip(), str(font["/BaseFont"]).split("+")[-1], tm[5]))

        page.extract_text(visitor_text=visit)
    for parts in (("👩", "⚖"), ("👨", "👩", "👧")):
        runs = [
            next((font, y) for piece, font, y in drawn if part in piece and font) for part in parts
        ]
        assert len(set(runs)) == 1, (parts, runs)


def test_the_pdf_a_lawyer_files_from_the_command_line(core, data_dir, tmp_path):
    """Through `muragat notes export --format pdf`: the private note included is marked, the
    note on a whole paragraph quotes it, a nested list nests, the flag prints KZ, and the
    contents share the title page."""
    core.add_note(
        new_note(core.archive, "summary-1", "Solidarity 🇰🇿\n\n- outer\n  - inner", tags=["x"])
    )
    core.notes.close()
    path = tmp_path / "filed.pdf"
    result = run_cli(
        "notes",
        "export",
        "--format=pdf",
        "--include-private",
        "--output",
        str(path),
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(path).split())
    assert "🔒 Private note" in text and SECRET in text
    para = " ".join(core.archive.paragraph("government-opponents-and-other-critics-1").text.split())
    assert f"“{para}”" in text
    assert "Solidarity KZ" in text
    x = {t: left for _p, t, left, _y in text_positions(path) if t in {"outer", "inner"}}
    assert x["outer"] + 10 < x["inner"], x
    assert "Contents" in page_lines(path)[0]
