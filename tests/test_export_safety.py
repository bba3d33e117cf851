"""Exports leak nothing: a note naming a local file or a remote image makes no export read,
embed or link it; Markdown is for note-taking tools and never turns into a document; the PDF's
text layer keeps emoji and every script, and tables render."""

from __future__ import annotations

import ctypes
import json
import os
import re
import sys
from pathlib import Path

import markdown
import pytest
from conftest import ROOT, run_cli
from pypdf import PdfReader

from index.changes import TagTarget
from index.core import Core
from index.notes.service import new_note

QUOTE = "five years’ restricted freedom"
TRACKER = "https://tracker.example/pixel.png"


def hostile_body(secret: Path) -> str:
    return "\n".join(
        [
            "# A heading inside a note",
            "",
            f"![my photo](file://{secret})",
            f"![relative](../{secret.parent.name}/{secret.name}) ![absolute]({secret})",
            "![by reference][pic]",
            f'<img src="{secret}"> <img src="{TRACKER}">',
            f"![tracker]({TRACKER})",
            f"[local file](file://{secret.with_suffix('.txt')}) [run](javascript:alert(1))",
            "[source](https://www.hrw.org/) <script>alert(1)</script>",
            "",
            f"[pic]: {secret}",
        ]
    )


@pytest.fixture
def secret(tmp_path) -> Path:
    folder = tmp_path / "private-photos"
    folder.mkdir()
    png = folder / "me.png"
    # a real PNG (1x1), so that a renderer that opened it would embed it
    png.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2a1b7"
            "2a0000000049454e44ae426082"
        )
    )
    png.with_suffix(".txt").write_text("private", encoding="utf-8")
    return png


def attributes(html: str) -> tuple[list[str], list[str]]:
    """The links (href) and loaded resources (src) an HTML rendering really has."""
    from html.parser import HTMLParser

    found: tuple[list[str], list[str]] = ([], [])

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if name == "href":
                    found[0].append(value)
                elif name == "src":
                    found[1].append(value)

    Parser().feed(html)
    return found


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", "".join(page.extract_text() for page in PdfReader(path).pages))


# -- Markdown -----------------------------------------------------------------------------------


def test_markdown_export_for_note_taking_tools_and_harmless(data_dir, tmp_path, secret):
    core = Core(data_dir)
    note = core.add_note(
        new_note(
            core.archive,
            "freedom-of-expression-2",
            hostile_body(secret),
            quote=QUOTE,
            tags=["charges/incitement", "follow up"],
        )
    )
    core.apply(TagTarget("summary-1", "overview"))
    core.close()
    out = tmp_path / "notes.md"
    done = run_cli("notes", "export", "--format", "md", "--output", str(out), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    assert front.startswith('---\ntitle: "Muragat notes"\n')
    for key in ("generator:", "exported:", "edition:", "url: ", "sha256: ", "tags: "):
        assert f"\n{key}" in front or f"  {key}" in front, key
    assert '"charges/incitement"' in front and '"follow-up"' in front
    assert "#charges/incitement #follow-up" in body
    assert f"^muragat-{note.id}" in body
    hrw = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"
    assert "> — World Report 2026: Kazakhstan" in body or "> — " in body
    # The publisher's address, no fragment: paragraph ids are no anchors on its page.
    assert f"<{hrw}>" in body and f"{hrw}#" not in body
    assert "\n#### A heading inside a note" in body and "\n# A heading" not in body
    # each note's data (read back by notes import) is one HTML comment no reader shows, which
    # nothing in it can end early; what a reader renders is the rest
    data = [line for line in body.splitlines() if line.startswith("<!-- muragat-note {")]
    assert len(data) == 1 and data[0].endswith("} -->")
    assert not re.search("[<>&]", data[0][len("<!--") : -len("-->")])
    assert json.loads(data[0][len("<!-- muragat-note ") : -len(" -->")])["id"].endswith(note.id)
    body = body.replace(data[0], "")
    html = markdown.markdown(body, extensions=["tables"])
    assert "<img" not in html and "<script" not in html
    assert "javascript:" not in html and "file:" not in html.replace("&lt;", "")
    links, sources = attributes(html)
    citation = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"
    # the citation and the one safe link stay links; nothing else does
    assert links == [citation, "https://www.hrw.org/"]
    assert sources == []


def test_a_markdown_export_comes_back_as_notes_never_as_document_text(data_dir, tmp_path):
    core = Core(data_dir)
    mine = core.add_note(new_note(core.archive, "summary-1", "secret source", private=True))
    core.close()
    out = tmp_path / "notes.md"
    run_cli(
        "notes",
        "export",
        "--format",
        "md",
        "--include-private",
        "--output",
        str(out),
        data_dir=data_dir,
    )
    other = tmp_path / "other"
    as_notes = run_cli("notes", "import", str(out), data_dir=other)
    assert as_notes.returncode == 0, as_notes.stderr
    back = Core(other)
    assert back.note(mine.id).body == "secret source" and back.note(mine.id).private
    back.close()
    as_document = run_cli("import", str(out), data_dir=other)
    said = as_document.stdout + as_document.stderr
    assert "is a Muragat notes export, not a document" in said
    found = run_cli("search", "secret source", "--json", data_dir=other)
    assert [h["kind"] for h in json.loads(found.stdout)] == ["note"]  # a note, not a document
    listed = run_cli("import", "--list", "--json", data_dir=other)
    assert json.loads(listed.stdout or "[]") == []


# -- PDF ----------------------------------------------------------------------------------------

IN_ACCESS, IN_OPEN = 0x1, 0x20


class OpenWatch:
    """Every open of a file in a folder, by anyone in the process (C code too): inotify."""

    def __init__(self, folder: Path) -> None:
        self.libc = ctypes.CDLL("libc.so.6", use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK)
        assert self.fd >= 0
        wd = self.libc.inotify_add_watch(self.fd, str(folder).encode(), IN_OPEN | IN_ACCESS)
        assert wd >= 0

    def events(self) -> int:
        try:
            return len(os.read(self.fd, 65536))
        except BlockingIOError:
            return 0


_opened: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], (str, bytes, Path)):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)


@pytest.mark.gui
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify")
def test_pdf_export_opens_no_file_a_note_names(qapp, data_dir, tmp_path, secret):
    global _opened
    from app.pdf.render import render_pdf
    from index.export import ExportOptions

    core = Core(data_dir)
    note = core.add_note(
        new_note(core.archive, "freedom-of-expression-2", hostile_body(secret), quote=QUOTE)
    )
    out = tmp_path / "out" / "notes.pdf"
    out.parent.mkdir()
    render_pdf([note], core.archive, tmp_path / "warm.pdf", ExportOptions())  # fonts, plugins
    watch = OpenWatch(secret.parent)
    _opened = []
    try:
        render_pdf([note], core.archive, out, ExportOptions())
    finally:
        opened, _opened = _opened, None
    assert watch.events() == 0, "the PDF export opened a file the note names"
    allowed = [ROOT, out.parent, data_dir, Path(sys.prefix), Path(sys.base_prefix)]
    outside = [p for p in opened if not any(Path(p).is_relative_to(a) for a in allowed)]
    assert not [p for p in opened if str(secret.parent) in p]
    assert outside == [], outside
    secret.read_bytes()  # the watch works: reading the file ourselves is seen
    assert watch.events() > 0

    reader = PdfReader(out)
    text = pdf_text(out)
    assert "[image: my photo]" in text and "[image: tracker]" in text
    assert "A heading inside a note" in text and "<img" in text  # shown, not interpreted
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
        for annot in page.get("/Annots") or []:
            uri = annot.get_object().get("/A", {}).get("/URI", "")
            assert uri.startswith(("http://", "https://", "mailto:")), uri
    assert "https://www.hrw.org/" in text  # a link's full address is printed


@pytest.mark.gui
def test_pdf_text_keeps_emoji_every_script_and_tables(qapp, data_dir, tmp_path):
    from app.pdf.render import FONT_FILES, render_pdf
    from index.export import ExportOptions

    body = (
        "Emoji 🙂 😀 🚀 👍 ✅ ⚖ — Қазақстан, Казахстан, Ελλάδα, עברית, ქართული\n\n"
        "No bundled font: 漢字 ไทย\n\n"
        "| Court | Sentence |\n|---|---|\n| Almaty | five years |\n| Astana | fine |\n"
    )
    core = Core(data_dir)
    note = core.add_note(new_note(core.archive, "summary-1", body))
    out = tmp_path / "notes.pdf"
    render_pdf([note], core.archive, out, ExportOptions())
    text = pdf_text(out)
    for word in ("🙂", "😀", "🚀", "👍", "✅", "⚖", "Қазақстан", "Казахстан", "Ελλάδα"):
        assert word in text, word
    assert "עברית" in text or "עברית"[::-1] in text  # pypdf gives right-to-left in visual order
    assert "ქართული" in text
    # what no bundled font draws is shown as code points, never dropped or drawn with a
    # font borrowed from the computer
    assert "No bundled font: [U+6F22][U+5B57] [U+0E44][U+0E17][U+0E22]" in text
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(out).pages
        for font in ((page.get("/Resources") or {}).get("/Font") or {}).values()
    }
    assert fonts <= {f"/{n[:-4]}" for n in FONT_FILES}
    assert "Almaty" in text and "five years" in text and "|---|" not in text
    assert "| Court |" not in text


@pytest.mark.gui
def test_a_pdf_made_after_one_made_on_a_worker_thread_keeps_its_characters(
    qapp, data_dir, tmp_path
):
    """The window exports on a pool thread; after that thread ended (the window closed), the
    next PDF still knows which characters the bundled fonts draw (Qt's font engines belong to
    the thread that made them; it printed "[U+2014]" for a dash)."""
    from app.gui.tasks import TaskRunner
    from app.pdf.render import render_pdf
    from index.export import ExportOptions

    core = Core(data_dir)
    note = core.add_note(new_note(core.archive, "summary-1", "Emoji 🙂 — Қазақстан"))
    runner = TaskRunner()  # as the window's: its threads end when the window goes
    runner.run(
        "Export", lambda _ctx: render_pdf([note], core.archive, tmp_path / "a.pdf", ExportOptions())
    )
    assert runner.wait(60000)
    runner.close(wait=True)
    render_pdf([note], core.archive, tmp_path / "b.pdf", ExportOptions())
    for name in ("a.pdf", "b.pdf"):
        text = pdf_text(tmp_path / name)
        assert "🙂" in text and "—" in text and "[U+" not in text, name
