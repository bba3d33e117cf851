"""Done as a new user would: one folder with a Word brief, an OpenDocument letter, a cp1252
French report, a KOI8-R Russian file, a saved news page and a Markdown draft, imported in one go
from the command line and from the window; each readable and searchable, the encodings and what
was left out reported, the reader's text the index's text for every paragraph."""

from __future__ import annotations

import json

import corpus
import pytest
from conftest import run_cli

from index.archive.citation import cite


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "from-the-lawyer"
    f.mkdir()
    corpus.word_brief(f / "brief.docx")
    corpus.odt_file(f / "letter.odt")
    (f / "rapport.txt").write_bytes(corpus.FRENCH.encode("cp1252"))
    (f / "delo.txt").write_bytes(corpus.RUSSIAN.encode("koi8-r"))
    (f / "Activists detained in Almaty - Example News.html").write_text(
        corpus.NEWS_PAGE, encoding="utf-8"
    )
    (f / "draft.md").write_text(corpus.MARKDOWN_DRAFT, encoding="utf-8")
    return f


def test_cli_imports_the_folder_and_reports_encodings_and_what_was_left_out(data_dir, folder):
    result = run_cli("import", str(folder), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "6 added, 0 updated, 0 unchanged, 0 skipped" in out
    assert "encoding cp1252" in out and "encoding koi8_r" in out
    assert "note: tracked changes: 1 insertion(s) kept, 1 deletion(s) left out" in out
    assert "note: 2 tracked change(s): read as if accepted" in out
    assert out.count("note: 1 comment(s) left out") == 2
    assert "note: 1 image(s) left out" in out
    docs = json.loads(run_cli("import", "--list", "--json", data_dir=data_dir).stdout)
    by_name = {d["original_name"]: d for d in docs}
    assert by_name["rapport.txt"]["encoding"] == "cp1252"
    assert by_name["delo.txt"]["encoding"] == "koi8_r"
    assert by_name["brief.docx"]["format"] == "docx"
    assert by_name["letter.odt"]["format"] == "odt"
    for query, name in (
        ("déjà", "rapport.txt"),
        ("Торегожина", "delo.txt"),
        ("Zhapisheva", "Activists detained in Almaty - Example News.html"),
        ("incitement", "draft.md"),
        ("expert", "brief.docx"),
        ("Ombudsman", "letter.odt"),
    ):
        hits = json.loads(run_cli("search", query, "--json", data_dir=data_dir).stdout)
        assert by_name[name]["id"] in {h["bundle"] for h in hits}, query


@pytest.mark.gui
def test_window_imports_the_folder_and_reads_what_the_index_holds(qtbot, data_dir, folder):
    from PySide6.QtGui import QAction, QGuiApplication, QTextCursor

    from app.gui.main_window import MainWindow
    from index.core import Core

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=30000)
    assert window.last_import.count("added") == 6
    details = window.import_box.detailedText()
    assert "rapport.txt: read as cp1252" in details and "delo.txt: read as koi8_r" in details
    assert "letter.odt: 1 comment(s) left out" in details
    core = window.core
    core.search.ensure()
    mine = [d for b in core.archive.bundles if not b.builtin for d in b.documents]
    assert len(mine) == 6
    reader = window.reader
    blocks = reader.archive_document
    for doc in mine:  # the reader holds the document opened from the contents
        assert window.open_id(doc.id)
        shown = reader.toPlainText().split("\n")
        assert shown.count(doc.title) == 1, doc.title  # the title once
        for para in doc.paragraphs:
            block = blocks.findBlock(blocks.positions[para.id])
            assert block.text() == para.text, para.id
            assert core.search.store.searcher().document(id=para.id)["text"] == para.text
    # inline markup is styled, not spelled out: the Markdown link is a link in the reader
    para = core.archive.paragraph("draft-appeal-strategy-1")
    assert para.text == "Points to raise at the hearing, see the ruling."
    assert window.open_id(para.id)
    cursor = QTextCursor(blocks)
    cursor.setPosition(blocks.positions[para.id] + para.text.index("ruling") + 1)
    assert cursor.charFormat().anchorHref() == "https://court.example/ruling"
    cursor.setPosition(blocks.positions[para.id] + para.text.index("raise") + 1)
    assert cursor.charFormat().fontItalic()
    copy = next(a for a in window.findChildren(QAction) if a.text() == "Copy &citation")
    assert window.open_id("brief-for-the-appeal-court-hearing-6")
    copy.trigger()
    para = core.archive.paragraph("brief-for-the-appeal-court-hearing-6")
    assert QGuiApplication.clipboard().text() == cite(core.archive, para)
    assert QGuiApplication.clipboard().text().count("Brief for the appeal of T. Ensebek") == 1
