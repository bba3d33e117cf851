"""Each format and encoding, imported through the real importer into a real data folder, then
read back from the bundle, the Whoosh index and the reader: exact paragraphs, exact searchable
text, the same text in the reader as in the index, encodings and anything left out reported."""

from __future__ import annotations

import json
import random
import zipfile

import corpus
import pytest
from conftest import run_cli

from index.archive.citation import cite
from index.core import Core
from index.imports.encoding import decode


def mine(core: Core) -> dict[str, object]:
    return {b.manifest.imported["original_name"]: b for b in core.archive.bundles if not b.builtin}


def paragraphs(bundle) -> list[tuple[str, str, int | None]]:
    return [(p.id, p.text, p.page) for p in bundle.documents[0].paragraphs]


def indexed_text(core: Core, para_id: str) -> str:
    return core.search.store.searcher().document(id=para_id)["text"]


def assert_searchable(core: Core, bundle) -> None:
    """Every paragraph is in the index with exactly the text the bundle (and reader) has."""
    for para in bundle.documents[0].paragraphs:
        assert indexed_text(core, para.id) == para.text, para.id


# -- encodings ---------------------------------------------------------------------------------


def test_every_legacy_encoding_imports_as_the_text_that_was_written(data_dir, tmp_path):
    cases = corpus.encoded_files(tmp_path / "enc")
    core = Core(data_dir)
    core.search.ensure()
    report = core.import_paths([tmp_path / "enc"])
    assert [r.status for r in report.results] == ["added"] * len(cases), [
        (r.path, r.message) for r in report.results
    ]
    docs = mine(core)
    for name, (text, _encoding) in cases.items():
        bundle = docs[name]
        blocks = [" ".join(b.split()) for b in text.split("\n\n") if b.strip()]
        got = [bundle.documents[0].title] + [p.text for p in bundle.documents[0].paragraphs]
        assert got[1:] == blocks, name  # plain text has no title heading: the file name is
        assert_searchable(core, bundle)
    found = {r.path.rsplit("/", 1)[1]: (r.encoding, r.confidence) for r in report.results}
    assert found["report-fr-cp1252.txt"][0] == "cp1252"
    assert found["ru-cp1251.txt"][0] == "cp1251"
    assert found["ru-koi8r.txt"][0] == "koi8_r"
    assert found["ru-caps-koi8r.txt"][0] == "koi8_r"
    assert found["ru-cp866.txt"][0] == "cp866"
    assert found["ru-mac.txt"][0] == "mac_cyrillic"
    assert found["kk-kz1048.txt"][0] == "kz1048"
    assert found["kk-utf16.txt"] == ("utf-16", 1.0)
    assert found["kk-utf8-bom.txt"] == ("utf-8-sig", 1.0)
    for name, (encoding, confidence) in found.items():
        assert 0.0 < confidence <= 1.0, name
        assert docs[name].manifest.imported["encoding"] == encoding
        assert docs[name].manifest.imported["encoding_confidence"] == confidence
    hits = core.search.search("Жыланбаева").hits
    assert {h.bundle for h in hits} >= {docs[n].id for n in ("ru-cp1251.txt", "ru-mac.txt")}
    assert any(h.bundle == docs["report-fr-cp1252.txt"].id for h in core.search.search("déjà").hits)


def test_all_caps_cyrillic_is_decoded_right_in_every_trial():
    """Official headings are often all capitals; 400 random ones in the four code pages."""
    words = [
        "суд",
        "приговор",
        "свобода",
        "ограничение",
        "постановление",
        "административном",
        "правонарушении",
        "заявление",
        "гражданин",
        "республика",
        "казахстан",
        "областной",
        "городской",
        "решение",
        "жалоба",
        "прокурор",
        "статья",
        "уголовного",
        "кодекса",
        "митинг",
        "собрание",
        "активист",
        "журналист",
        "задержан",
    ]
    rng = random.Random(19)
    wrong = []
    for _ in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 8))).upper()
        encoding = rng.choice(["cp1251", "koi8-r", "cp866", "mac_cyrillic"])
        got = decode(text.encode(encoding))
        if got.text != text:
            wrong.append((encoding, got.encoding, text))
    assert wrong == []


def test_a_shaky_guess_is_reported_and_encoding_overrides_it(data_dir, tmp_path):
    """Two Cyrillic letters (a hedgehog, "Ёж") fit several code pages: the report says the
    guess is shaky, and --encoding re-reads the same file in the encoding the user knows."""
    path = tmp_path / "note.txt"
    path.write_bytes("Ёж".encode("cp1251"))
    first = run_cli("import", str(path), "--json", data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    [result] = json.loads(first.stdout)
    assert result["confidence"] < 0.9
    assert result["notes"] and "the encoding is a guess" in result["notes"][0]
    assert "--encoding" in result["notes"][0]
    plain = run_cli(
        "import", str(path), "--encoding", "windows-1251", data_dir=data_dir, own_process=True
    )
    assert plain.returncode == 0, plain.stderr
    assert "updated" in plain.stdout and "encoding cp1251" in plain.stdout
    core = Core(data_dir)
    [bundle] = mine(core).values()
    assert bundle.documents[0].paragraphs[0].text == "Ёж"
    assert bundle.manifest.imported["encoding_confidence"] == 1.0
    again = run_cli("import", str(path), "--encoding", "cp1251", data_dir=data_dir)
    assert "1 unchanged" in again.stdout
    bad = run_cli("import", str(path), "--encoding", "no-such-code", data_dir=data_dir)
    assert bad.returncode != 0 and "unknown encoding 'no-such-code'" in bad.stderr
    assert "Traceback" not in bad.stderr


# -- HTML, Markdown, Word, OpenDocument, RTF ---------------------------------------------------


def test_saved_news_page_keeps_the_story_after_a_nested_article(data_dir, tmp_path):
    page = tmp_path / "Activists detained.html"
    page.write_text(corpus.NEWS_PAGE, encoding="utf-8")
    core = Core(data_dir)
    core.search.ensure()
    [result] = core.import_paths([page]).results
    assert result.status == "added", result.message
    bundle = mine(core)[page.name]
    doc = bundle.documents[0]
    assert doc.title == "Activists detained in Almaty"
    assert [p.text for p in doc.paragraphs] == corpus.NEWS_PARAGRAPHS
    assert [s.title for s in doc.sections] == ["Summary", "What the law says"]
    everything = " ".join(p.text for p in doc.paragraphs)
    for junk in ("tracked", "color", "World", "Asia", "Most read", "teaser", "Privacy", "passwd"):
        assert junk not in everything
    assert result.notes == ["1 image(s) left out"]
    assert_searchable(core, bundle)
    assert any(h.bundle == bundle.id for h in core.search.search('"inner article"').hits)


def test_html_in_a_legacy_encoding_uses_its_meta_charset(data_dir, tmp_path):
    page = tmp_path / "ru.html"
    page.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><h1>Новости</h1><p>Суд в Алматы рассмотрел дело.</p></body></html>".encode(
            "cp1251"
        )
    )
    [result] = Core(data_dir).import_paths([page]).results
    assert (result.encoding, result.confidence, result.title) == ("cp1251", 1.0, "Новости")


def test_markdown_blocks_come_from_the_parser(data_dir, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(corpus.MARKDOWN_DRAFT, encoding="utf-8")
    core = Core(data_dir)
    core.search.ensure()
    core.import_paths([draft])
    bundle = mine(core)["draft.md"]
    doc = bundle.documents[0]
    assert doc.title == "Draft: appeal strategy"  # the setext heading, once
    assert [(p.id, p.text) for p in doc.paragraphs] == corpus.MARKDOWN_PARAGRAPHS
    assert [p.role for p in doc.paragraphs] == ["body", "list", "code", "table", "quote", "body"]
    assert [s.title for s in doc.sections] == ["Summary", "Court hearing"]
    assert_searchable(core, bundle)
    hits = core.search.search("incitement").hits
    assert [h.para_id for h in hits if h.bundle == bundle.id] == ["draft-appeal-strategy-2"]


def test_word_brief(data_dir, tmp_path):
    brief = corpus.word_brief(tmp_path / "brief.docx")
    core = Core(data_dir)
    core.search.ensure()
    [result] = core.import_paths([brief]).results
    assert result.status == "added", result.message
    assert result.format == "docx" and result.encoding is None
    assert result.notes == [
        "tracked changes: 1 insertion(s) kept, 1 deletion(s) left out (the text as if every "
        "change were accepted)",
        "1 comment(s) left out",
    ]
    bundle = mine(core)["brief.docx"]
    doc = bundle.documents[0]
    assert doc.title == "Brief for the appeal of T. Ensebek"
    assert [s.title for s in doc.sections] == ["Facts", "Court hearing", "Notes"]
    assert paragraphs(bundle) == corpus.WORD_PARAGRAPHS
    assert "rightly" not in " ".join(p.text for p in doc.paragraphs)
    assert "client" not in " ".join(p.text for p in doc.paragraphs)  # the comment
    assert_searchable(core, bundle)
    para = core.archive.paragraph("brief-for-the-appeal-court-hearing-6")
    assert cite(core.archive, para) == (
        "Brief for the appeal of T. Ensebek, Court hearing, p. 2, "
        "¶ brief-for-the-appeal-court-hearing-6"
    )


def test_opendocument_letter(data_dir, tmp_path):
    letter = corpus.odt_file(tmp_path / "letter.odt")
    core = Core(data_dir)
    core.search.ensure()
    [result] = core.import_paths([letter]).results
    assert result.status == "added", result.message
    assert result.notes == [
        "2 tracked change(s): read as if accepted (deleted text left out)",
        "1 comment(s) left out",
    ]
    bundle = mine(core)["letter.odt"]
    doc = bundle.documents[0]
    assert doc.title == "Letter to the Ombudsman"
    assert paragraphs(bundle) == corpus.ODT_PARAGRAPHS
    assert_searchable(core, bundle)
    first = core.archive.paragraph("letter-to-the-ombudsman-1")
    assert cite(core.archive, first) == "Letter to the Ombudsman, p. 1, ¶ letter-to-the-ombudsman-1"


def test_rtf_in_its_declared_code_page(data_dir, tmp_path):
    path = tmp_path / "ru.rtf"
    path.write_bytes(corpus.RTF)
    core = Core(data_dir)
    [result] = core.import_paths([path]).results
    assert (result.status, result.encoding, result.notes) == (
        "added",
        "cp1251",
        ["1 footnote(s) left out"],
    )
    assert [p.text for p in mine(core)["ru.rtf"].documents[0].paragraphs] == corpus.RTF_PARAGRAPHS


# -- ids and hostile files ---------------------------------------------------------------------


def test_ids_are_readable_and_stable_across_reimports(data_dir, tmp_path):
    draft = tmp_path / "a" / "draft.md"
    draft.parent.mkdir()
    draft.write_text(corpus.MARKDOWN_DRAFT, encoding="utf-8")
    core = Core(data_dir)
    core.import_paths([draft])
    [bundle] = mine(core).values()
    first = [p.id for p in bundle.documents[0].paragraphs]
    core.remove_document(bundle.id)
    copy = tmp_path / "b" / "draft-copy.md"
    copy.parent.mkdir()
    copy.write_text(corpus.MARKDOWN_DRAFT, encoding="utf-8")
    core.import_paths([copy])
    [again] = mine(core).values()
    assert [p.id for p in again.documents[0].paragraphs] == first
    # another document with the same title gets its own ids, never a clash
    other = tmp_path / "c" / "draft.md"
    other.parent.mkdir()
    other.write_text(corpus.MARKDOWN_DRAFT + "\nOne more line.\n", encoding="utf-8")
    core.import_paths([other])
    assert not core.archive.problems
    ids = sorted(b.documents[0].id for b in mine(core).values())
    assert ids == ["draft-appeal-strategy", "draft-appeal-strategy-draft"]


def _zip(path, members: dict[str, bytes], stored: bool = False):
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", compression=method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_zip_bombs_and_entities_are_refused_without_a_trace(data_dir, tmp_path, kind):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">'
        b'<!ENTITY file SYSTEM "file:///etc/passwd">]><d>&c;&file;</d>'
    )
    bomb = b"<x>" + b" " * 20_000_000 + b"</x>"  # deflates ~1000:1: a bomb by its ratio
    if kind == "docx":
        brief = corpus.word_brief(tmp_path / "real.docx")
        with zipfile.ZipFile(brief) as z:
            members = {n: z.read(n) for n in z.namelist()}
        entity = _zip(tmp_path / "entity.docx", {**members, "word/x.dat": laughs})  # any name
        big = _zip(tmp_path / "bomb.docx", {**members, "word/document.xml": bomb})
    else:
        entity = corpus.odt_file(tmp_path / "entity.odt", content=laughs.decode())
        big = corpus.odt_file(tmp_path / "bomb.odt", extra={"Pictures/x.xml": bomb})
    core = Core(data_dir)
    got = {
        r.path.rsplit("/", 1)[1]: (r.status, r.message)
        for r in core.import_paths([entity, big]).results
    }
    assert got[entity.name][0] == "skipped" and "entity declarations" in got[entity.name][1]
    assert got[big.name][0] == "skipped" and "zip bomb" in got[big.name][1]
    assert mine(core) == {}
    assert (
        not [p for p in (data_dir / "bundles").glob("*")]
        if (data_dir / "bundles").exists()
        else True
    )


def test_damaged_word_file_and_old_doc_are_skipped_with_a_reason(data_dir, tmp_path):
    fake = tmp_path / "brief.docx"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip")
    old = tmp_path / "appeal.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    got = {r.path.rsplit("/", 1)[1]: r for r in Core(data_dir).import_paths([fake, old]).results}
    assert got["brief.docx"].status == "skipped"
    assert "not a readable Word file" in got["brief.docx"].message
    assert got["appeal.doc"].status == "skipped"
    assert "save it as .docx" in got["appeal.doc"].message


def test_deep_nesting_is_bounded(data_dir, tmp_path):
    """Nesting cannot inflate the text: indentation stops at a fixed depth, and a page nested
    past the parser's depth limit is skipped with its reason."""
    deep_list = tmp_path / "deep.md"
    deep_list.write_text("".join("  " * i + "- item\n" for i in range(9)), encoding="utf-8")
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000)
    core = Core(data_dir)
    got = {r.path.rsplit("/", 1)[1]: r for r in core.import_paths([deep_list, page]).results}
    assert got["deep.html"].status == "skipped" and got["deep.html"].message == "no text in it"
    [para] = mine(core)["deep.md"].documents[0].paragraphs
    lines = para.text.split("\u2028")
    assert len(lines) == 9
    assert max(len(line) - len(line.lstrip("\u00a0")) for line in lines) == 18  # 6 levels


def test_damaged_containers_are_skipped_and_the_rest_imports(data_dir, tmp_path):
    brief = corpus.word_brief(tmp_path / "brief.docx")
    with zipfile.ZipFile(brief) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["word/footnotes.xml"] = members["word/footnotes.xml"][:200]  # cut off mid-element
    broken_xml = _zip(tmp_path / "cut.docx", members)
    letter = corpus.odt_file(tmp_path / "letter.odt")
    data = bytearray(letter.read_bytes())
    start = data.index(b"content.xml") + len("content.xml")
    for i in range(start + 40, start + 80):  # scramble the deflated content
        data[i] ^= 0x5A
    broken_zip = tmp_path / "scrambled.odt"
    broken_zip.write_bytes(bytes(data))
    good = tmp_path / "good.md"
    good.write_text("# Fine\n\nStill imported.\n", encoding="utf-8")
    core = Core(data_dir)
    got = {
        r.path.rsplit("/", 1)[1]: (r.status, r.message)
        for r in core.import_paths([broken_xml, broken_zip, good]).results
    }
    assert got["cut.docx"][0] == "skipped" and "Word" in got["cut.docx"][1]
    assert got["scrambled.odt"][0] == "skipped" and "OpenDocument" in got["scrambled.odt"][1]
    assert got["good.md"][0] == "added"
    assert list(mine(core)) == ["good.md"]
