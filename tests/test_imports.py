"""Importing the user's own documents, on real files the tests make."""

from __future__ import annotations

import json
import os
import zlib

import pytest
from conftest import run_cli

from index.core import Core
from index.imports.encoding import decode
from index.notes.service import new_note


@pytest.fixture
def folder(tmp_path):
    """A folder of mixed files, good and bad, as a researcher's downloads look."""
    f = tmp_path / "incoming"
    (f / "news").mkdir(parents=True)
    (f / "decision.md").write_text(
        "# Appeal decision\n\nThe appeal court upheld the sentence of *Temirlan Ensebek*.\n\n"
        "## Reasons\n\nThe court found the post incited discord.\n",
        encoding="utf-8",
    )
    (f / "utf8.txt").write_text(
        "Қазақ тілінде: Темірлан Еңсебек сотталды.\n\nЕкінші абзац.\n", encoding="utf-8"
    )
    (f / "ru-cp1251.txt").write_bytes(
        "Суд в Алматы рассмотрел дело Марата Жыланбаева.\n\nВторой абзац о голодовке.\n".encode(
            "cp1251"
        )
    )
    (f / "ru-koi8.txt").write_bytes(
        "Правозащитница Бахытжан Торегожина оштрафована.\n".encode("koi8-r")
    )
    (f / "news" / "page.html").write_text(
        "<html><head><title>Site name</title><script>document.write('tracked')</script>"
        "<style>.x{color:red}</style><link rel=stylesheet href='https://cdn.example/x.css'>"
        "</head><body><nav>Home | About</nav><main><h1>Activists detained in Almaty</h1>"
        "<p>Police detained Asem Zhapisheva after a single-person protest.</p>"
        "<img src='https://tracker.example/pixel.gif'></main><footer>© site</footer></body>"
        "</html>",
        encoding="utf-8",
    )
    (f / "empty.txt").write_bytes(b"")
    (f / "blob.dat").write_bytes(os.urandom(4096))
    (f / "bomb.pdf").write_bytes(b"%PDF-1.4\n" + zlib.compress(b"\x00" * 10_000_000) + b"\n%%EOF")
    (f / "link.txt").symlink_to("/etc/hostname")
    return f


def statuses(report) -> dict[str, tuple[str, str]]:
    return {os.path.basename(r.path): (r.status, r.message) for r in report.results}


def test_import_a_mixed_folder(data_dir, folder):
    core = Core(data_dir)
    before = {b.id: b.manifest.sha256 for b in core.archive.bundles}
    report = core.import_paths([folder])
    got = statuses(report)
    for name in ("decision.md", "utf8.txt", "ru-cp1251.txt", "ru-koi8.txt", "page.html"):
        assert got[name][0] == "added", (name, got[name])
    assert got["empty.txt"] == ("skipped", "empty file")
    assert got["blob.dat"][0] == "skipped" and "binary" in got["blob.dat"][1]
    assert got["bomb.pdf"][0] == "skipped" and "PDF" in got["bomb.pdf"][1]
    assert got["link.txt"] == ("skipped", "a link that leads outside the chosen folder")
    archive = core.archive
    assert not archive.problems
    assert {b.id: b.manifest.sha256 for b in archive.bundles if b.builtin} == before
    mine = {b.manifest.imported["original_name"]: b for b in archive.bundles if not b.builtin}
    assert mine["ru-cp1251.txt"].manifest.imported["encoding"] == "cp1251"
    assert mine["ru-koi8.txt"].manifest.imported["encoding"] == "koi8_r"
    assert mine["ru-cp1251.txt"].manifest.imported["language"] == "ru"
    assert mine["utf8.txt"].manifest.imported["language"] == "kk"
    assert mine["decision.md"].manifest.title == "Appeal decision"
    page = mine["page.html"]
    text = " ".join(p.text for p in page.documents[0].paragraphs)
    assert page.manifest.title == "Activists detained in Almaty"
    assert "Zhapisheva" in text
    for junk in ("tracked", "color:red", "Home | About", "© site", "pixel"):
        assert junk not in text
    sections = [s.title for s in mine["decision.md"].documents[0].sections]
    assert "Reasons" in sections
    koi = mine["ru-koi8.txt"].documents[0].paragraphs[0].text
    assert koi == "Правозащитница Бахытжан Торегожина оштрафована."


def test_search_notes_and_pdf_work_on_imported_text(qapp, data_dir, folder, tmp_path):
    core = Core(data_dir)
    core.search.ensure()
    core.import_paths([folder])
    hits = core.search.search("Енсебек").hits
    decision = [h for h in hits if h.bundle.startswith("mine-appeal-decision")]
    assert decision and "<mark>Ensebek</mark>" in decision[0].snippet
    for spelling in ("Жыланбаева", "Zhylanbaeva"):  # as written, and across scripts
        found = core.search.search(spelling)
        assert not found.fuzzy, spelling
        assert [h.bundle for h in found.hits][:1] == [
            next(b.id for b in core.archive.bundles if b.id.startswith("mine-ru-cp1251"))
        ], spelling
    para = decision[0].para_id
    note = core.add_note(new_note(core.archive, para, "on my document", quote="upheld"))
    from pypdf import PdfReader

    from app.pdf.render import render_pdf
    from index.export import ExportOptions

    render_pdf([note], core.archive, tmp_path / "mine.pdf", ExportOptions(title="Mine"))
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "mine.pdf").pages)
    assert "upheld" in text and "Appeal decision" in text.replace("\t", " ")


def test_same_file_twice_is_a_no_op_and_a_changed_file_is_a_new_version(data_dir, folder):
    core = Core(data_dir)
    core.import_paths([folder / "decision.md"])
    again = core.import_paths([folder / "decision.md"])
    assert [r.status for r in again.results] == ["unchanged"]
    bundle = next(b for b in core.archive.bundles if not b.builtin)
    para = bundle.documents[0].paragraphs[0]
    kept = core.add_note(new_note(core.archive, para.id, "kept", quote="upheld the sentence"))
    lost = core.add_note(new_note(core.archive, para.id, "lost", quote="Temirlan Ensebek"))
    (folder / "decision.md").write_text(
        "# Appeal decision\n\nA new first paragraph.\n\nThe appeal court upheld the sentence of "
        "the blogger.\n",
        encoding="utf-8",
    )
    changed = core.import_paths([folder / "decision.md"])
    assert [r.status for r in changed.results] == ["updated"]
    assert changed.results[0].message == "version 2"
    assert len([b for b in core.archive.bundles if not b.builtin]) == 1
    moved = core.notes.get(kept.id)
    assert not moved.orphan
    assert core.archive.paragraph(moved.target_id).text.startswith("The appeal court upheld")
    assert core.notes.get(lost.id).orphan


def test_removing_a_document_orphans_or_deletes_its_notes(data_dir, folder):
    core = Core(data_dir)
    core.search.ensure()
    core.import_paths([folder / "decision.md"])
    bundle = next(b for b in core.archive.bundles if not b.builtin)
    para = bundle.documents[0].paragraphs[0]
    note = core.add_note(new_note(core.archive, para.id, "mine", quote="upheld"))

    def mine(text):
        return [h for h in core.search.search(text).hits if h.bundle.startswith("mine-")]

    assert mine("upheld")
    assert core.remove_document(bundle.id) == 1
    assert core.notes.get(note.id).orphan
    assert not [h for h in mine("upheld") if h.kind == "paragraph"]
    core.import_paths([folder / "decision.md"])
    bundle = next(b for b in core.archive.bundles if not b.builtin)
    assert not core.notes.get(note.id).orphan  # found again on the same words
    core.remove_document(bundle.id, delete_notes=True)
    assert core.notes.notes() == []


def test_pdf_without_text_and_password_protected_pdf(qapp, data_dir, tmp_path):
    from pypdf import PdfWriter

    blank = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with blank.open("wb") as fh:
        writer.write(fh)
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    with locked.open("wb") as fh:
        writer.write(fh)
    got = statuses(Core(data_dir).import_paths([blank, locked]))
    assert got["scan.pdf"][0] == "skipped" and "no text layer" in got["scan.pdf"][1]
    assert got["locked.pdf"] == ("skipped", "password-protected PDF")


def test_pdf_made_by_our_exporter_imports_with_page_numbers(qapp, data_dir, tmp_path):
    from app.pdf.render import render_pdf
    from index.export import ExportOptions

    core = Core(data_dir)
    note = core.add_note(
        new_note(core.archive, "summary-1", "about the UPR", quote="Universal Periodic Review")
    )
    render_pdf([note], core.archive, tmp_path / "export.pdf", ExportOptions(title="Exported notes"))
    report = core.import_paths([tmp_path / "export.pdf"])
    assert [r.status for r in report.results] == ["added"]
    bundle = next(b for b in core.archive.bundles if not b.builtin)
    pages = {p.page for p in bundle.documents[0].paragraphs}
    assert pages and None not in pages and max(pages) >= 2
    assert bundle.manifest.title == "Exported notes"


def test_huge_file_is_refused_before_reading(data_dir, tmp_path, monkeypatch):
    import index.imports.importer as importer

    monkeypatch.setattr(importer, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    got = statuses(Core(data_dir).import_paths([big]))
    assert got["big.txt"][0] == "skipped" and "too large" in got["big.txt"][1]


def test_decode_legacy_cyrillic():
    text = "Мұрағат: суд, свобода, приговор и ограничение свободы"
    plain = "Суд приговорил к ограничению свободы"
    for encoding, name in (("cp1251", "cp1251"), ("koi8-r", "koi8_r")):
        got = decode(plain.encode(encoding))
        assert (got.text, got.encoding) == (plain, name)
    assert (decode(text.encode("utf-8")).text, decode(text.encode("utf-8")).encoding) == (
        text,
        "utf-8",
    )


def test_cli_import_list_retitle_remove(data_dir, folder):
    result = run_cli("import", str(folder), "--tag", "mine", data_dir=data_dir, own_process=True)
    assert result.returncode == 0, result.stderr
    assert "5 added" in result.stdout and "4 skipped" in result.stdout
    assert "skipped" in result.stderr and "Traceback" not in result.stderr
    docs = json.loads(
        run_cli("import", "--list", "--json", data_dir=data_dir, own_process=True).stdout
    )
    assert len(docs) == 5
    target = next(d for d in docs if d["original_name"] == "decision.md")
    assert (
        run_cli(
            "import",
            "--retitle",
            target["id"],
            "Appeal ruling, 2025",
            data_dir=data_dir,
            own_process=True,
        ).returncode
        == 0
    )
    docs = json.loads(run_cli("import", "--list", "--json", data_dir=data_dir).stdout)
    assert "Appeal ruling, 2025" in [d["title"] for d in docs]
    tagged = json.loads(
        run_cli("search", "tag:mine", "--json", "--limit", "50", data_dir=data_dir).stdout
    )
    assert tagged and all(h["bundle"].startswith("mine-") for h in tagged)
    again = run_cli("import", str(folder), data_dir=data_dir)
    assert "0 added, 0 updated, 5 unchanged" in again.stdout
    removed = run_cli("import", "--remove", target["id"], data_dir=data_dir, own_process=True)
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert len(json.loads(run_cli("import", "--list", "--json", data_dir=data_dir).stdout)) == 4


def test_an_imported_documents_untitled_opening_is_not_the_reports_summary(data_dir, tmp_path):
    """Every import's untitled opening was indexed as the report's "Summary": hits read
    "Summary · <title>" and section:summary lumped all imports with the report's lead."""
    for name, words in (("first.txt", "Qazybekov testified"), ("second.txt", "Qazybekov again")):
        (tmp_path / name).write_text(f"{words} at the hearing in Almaty.\n", encoding="utf-8")
    core = Core(data_dir)
    core.import_paths([tmp_path / "first.txt", tmp_path / "second.txt"])
    core.update_index()
    result = core.find("Qazybekov")
    assert len(result.hits) == 2
    for hit in result.hits:
        assert hit.section == hit.document != "Summary"
        assert hit.title == hit.document
    sections = result.facets.get("section", {})
    assert "summary" not in sections and len(sections) == 2, sections
    report_lead = core.find("section:summary")
    assert report_lead.total > 0
    assert all(
        h.bundle == "hrw-world-report-2026-kazakhstan" or not h.bundle.startswith("mine-")
        for h in report_lead.hits
    )
    para = core.archive.paragraph(result.hits[0].para_id)
    core.add_note(new_note(core.archive, para.id, "Ask about the date."))
    core.close()
    out = run_cli("search", "Qazybekov", data_dir=data_dir)
    assert "Summary" not in out.stdout and "section: first 1, second 1" in out.stdout
    exported = tmp_path / "notes.md"
    run_cli("notes", "export", "--format", "md", "--output", str(exported), data_dir=data_dir)
    text = exported.read_text(encoding="utf-8")
    assert "Ask about the date." in text and "Summary" not in text
