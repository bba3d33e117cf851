"""Real-shaped documents for the import tests, written from known text: a Word brief made with
python-docx (plus the footnote, tracked changes and comment Word itself would write), an
OpenDocument letter zipped the way LibreOffice does, a browser-saved news page, a Markdown draft,
RTF, and text in the legacy encodings people's files come in."""

from __future__ import annotations

import zipfile
from pathlib import Path

FRENCH = (
    "Rapport de l'observatoire : Café déjà vu à Almaty\n\n"
    "Les autorités ont dispersé une manifestation pacifique ; Müller, témoin, a été interpellé.\n\n"
    "« Nous exigeons la libération immédiate des journalistes », déclare l'ONG.\n"
)
RUSSIAN = (
    "Суд в Алматы рассмотрел дело Марата Жыланбаева.\n\n"
    "Правозащитница Бахытжан Торегожина оштрафована за одиночный пикет.\n"
)
RUSSIAN_CAPS = "ПОСТАНОВЛЕНИЕ СУДА ОБ АДМИНИСТРАТИВНОМ ПРАВОНАРУШЕНИИ\n\nДело рассмотрено в открытом заседании.\n"
KAZAKH = "Қазақ тілінде: Темірлан Еңсебек сотталды.\n\nӘділ сот төрелігі талап етіледі.\n"
GERMAN = "Müller sagte, dass die Behörden die Straße vor dem Gericht gesperrt hätten.\n"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def encoded_files(folder: Path) -> dict[str, tuple[str, str]]:
    """file name → (text written, encoding used) for one file per legacy encoding."""
    cases = {
        "report-fr-cp1252.txt": (FRENCH, "cp1252"),
        "bericht-de-cp1252.txt": (GERMAN, "cp1252"),
        "ru-cp1251.txt": (RUSSIAN, "cp1251"),
        "ru-koi8r.txt": (RUSSIAN, "koi8-r"),
        "ru-caps-koi8r.txt": (RUSSIAN_CAPS, "koi8-r"),
        "ru-caps-cp1251.txt": (RUSSIAN_CAPS, "cp1251"),
        "ru-cp866.txt": (RUSSIAN, "cp866"),
        "ru-mac.txt": (RUSSIAN, "mac_cyrillic"),
        "kk-utf16.txt": (KAZAKH, "utf-16"),  # Python writes the byte-order mark
        "kk-utf8-bom.txt": (KAZAKH, "utf-8-sig"),
        "kk-kz1048.txt": (KAZAKH, "kz1048"),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, encoding) in cases.items():
        (folder / name).write_bytes(text.encode(encoding))
    return cases


NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Activists detained in Almaty | Example News</title>
<link rel="stylesheet" href="https://cdn.example/site.css">
<script>window.tracker = 'tracked-script-text';</script>
<style>.ad { color: red }</style>
</head><body>
<header class="site"><a href="/">Example News</a><nav><ul><li><a href="/world">World</a></li>
<li><a href="/asia">Asia</a></li></ul></nav></header>
<div class="layout">
<article class="story">
  <header><h1>Activists detained in Almaty</h1><p class="byline">By A. Reporter</p></header>
  <p>Police detained <b>Asem Zhapisheva</b> after a single-person protest, her lawyer
  <a href="https://lawyers.example/statement">said in a statement</a>.</p>
  <article class="embedded-quote"><p>Inner article: the statement in full.</p></article>
  <p>After the inner article the story goes on: the court fined her 100 MCI.</p>
  <h2>What the law says</h2>
  <ul><li>Article 488 of the Administrative Code<ul><li>fines up to 200 MCI</li></ul></li>
  <li>Article 400 of the Criminal Code</li></ul>
  <table><tr><th>Date</th><th>Event</th></tr><tr><td>2025-04-11</td><td>Detention</td></tr>
  </table>
  <blockquote><p>Peaceful protest is not a crime.</p><p>— a defender</p></blockquote>
  <img src="file:///etc/passwd" alt="Photo of the square">
  <iframe src="https://video.example/embed"></iframe>
</article>
<aside><h3>Most read</h3><p>Unrelated teaser</p></aside>
</div>
<footer>© Example News · <a href="/privacy">Privacy</a></footer>
</body></html>
"""

NEWS_PARAGRAPHS = [
    "By A. Reporter",
    "Police detained Asem Zhapisheva after a single-person protest, her lawyer said in a "
    "statement (https://lawyers.example/statement).",
    "Inner article: the statement in full.",
    "After the inner article the story goes on: the court fined her 100 MCI.",
    "• Article 488 of the Administrative Code\u2028\u00a0\u00a0\u00a0• fines up to 200 MCI"
    "\u2028• Article 400 of the Criminal Code",
    "Date | Event\u20282025-04-11 | Detention",
    "Peaceful protest is not a crime.\u2028— a defender",
]

MARKDOWN_DRAFT = """Draft: appeal strategy
======================

Points to *raise* at the hearing, see [the ruling](https://court.example/ruling).

1. The charge
   - wording of Article 174
   - no incitement shown
2. The evidence

```
exhibit  page
A-1      12

B-2      14
```

Court hearing
-------------

| Witness | Day |
| ------- | --- |
| Zhapisheva | Monday |

> The hearing is public.
> Bring ID.

Final paragraph with `code` and **bold**.
"""

MARKDOWN_PARAGRAPHS = [
    ("draft-appeal-strategy-1", "Points to raise at the hearing, see the ruling."),
    (
        "draft-appeal-strategy-2",
        "1. The charge\u2028\u00a0\u00a0\u00a0• wording of Article 174\u2028\u00a0\u00a0\u00a0• "
        "no incitement shown\u20282. The evidence",
    ),
    (
        "draft-appeal-strategy-3",
        "exhibit\u00a0\u00a0page\u2028A-1\u00a0\u00a0\u00a0\u00a0\u00a0\u00a012\u2028\u2028"
        "B-2\u00a0\u00a0\u00a0\u00a0\u00a0\u00a014",
    ),
    ("draft-appeal-strategy-court-hearing-1", "Witness | Day\u2028Zhapisheva | Monday"),
    ("draft-appeal-strategy-court-hearing-2", "The hearing is public. Bring ID."),
    ("draft-appeal-strategy-court-hearing-3", "Final paragraph with code and bold."),
]


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def word_brief(path: Path) -> Path:
    """A lawyer's brief: Title, headings, bullets, numbers, a table, a quote, a footnote, a
    tracked insertion and deletion, a comment, and a page break Word recorded."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement, parse_xml

    doc = docx.Document()
    doc.core_properties.title = "Brief for the appeal of T. Ensebek"
    doc.add_paragraph("Brief for the appeal of T. Ensebek", style="Title")
    doc.add_heading("Facts", level=1)
    intro = doc.add_paragraph("The blogger was sentenced on 11 April 2025")
    doc.add_paragraph("He posted satire about officials.", style="List Bullet")
    doc.add_paragraph("He was charged under Article 174.", style="List Bullet")
    doc.add_heading("Court hearing", level=1)
    doc.add_paragraph("Request a public hearing.", style="List Number")
    doc.add_paragraph("Call the expert witness.", style="List Number")
    table = doc.add_table(rows=2, cols=2)
    for r, row in enumerate([("Date", "Event"), ("2025-04-11", "Sentence")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("Satire is protected speech.", style="Quote")
    changed = doc.add_paragraph("The court ")
    ins = OxmlElement("w:ins")
    ins.set(_w("id"), "1")
    ins.set(_w("author"), "Editor")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "wrongly "
    run.append(t)
    ins.append(run)
    changed._p.append(ins)
    deleted = OxmlElement("w:del")
    deleted.set(_w("id"), "2")
    deleted.set(_w("author"), "Editor")
    drun = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = "rightly "
    drun.append(dt)
    deleted.append(drun)
    changed._p.append(deleted)
    changed.add_run("ignored the expert.")
    commented = doc.add_paragraph("Ask for the full case file.")
    doc.add_comment(commented.runs, text="Check with the client first", author="Lawyer")
    last = doc.add_paragraph()
    last._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:lastRenderedPageBreak/></w:r>'))
    last.add_run("Signed in Almaty.")
    # a footnote on the intro paragraph, as Word writes it
    ref = parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'
    )
    intro._p.append(ref)
    intro.add_run(".")
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:r><w:t>Almaty District Court, case no. 7512-25.</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        footnotes,
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc.save(str(path))
    return path


WORD_PARAGRAPHS = [
    ("brief-for-the-appeal-facts-1", "The blogger was sentenced on 11 April 2025[1].", 1),
    (
        "brief-for-the-appeal-facts-2",
        "• He posted satire about officials.\u2028• He was charged under Article 174.",
        1,
    ),
    (
        "brief-for-the-appeal-court-hearing-1",
        "1. Request a public hearing.\u20282. Call the expert witness.",
        1,
    ),
    ("brief-for-the-appeal-court-hearing-2", "Date | Event\u20282025-04-11 | Sentence", 1),
    ("brief-for-the-appeal-court-hearing-3", "Satire is protected speech.", 1),
    ("brief-for-the-appeal-court-hearing-4", "The court wrongly ignored the expert.", 1),
    ("brief-for-the-appeal-court-hearing-5", "Ask for the full case file.", 1),
    ("brief-for-the-appeal-court-hearing-6", "Signed in Almaty.", 2),
    ("brief-for-the-appeal-notes-1", "[1] Almaty District Court, case no. 7512-25.", None),
]

ODT_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xlink": "http://www.w3.org/1999/xlink",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}
_XMLNS = " ".join(f'xmlns:{k}="{v}"' for k, v in ODT_NS.items())

ODT_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {_XMLNS} office:version="1.3">
<office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quotations"/>
  <text:list-style style:name="L1"><text:list-level-style-number text:level="1"/>
  </text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:tracked-changes>
  <text:changed-region text:id="ct1"><text:deletion><office:change-info>
  <dc:creator>Editor</dc:creator></office:change-info><text:p>not </text:p></text:deletion>
  </text:changed-region>
  <text:changed-region text:id="ct2"><text:insertion><office:change-info>
  <dc:creator>Editor</dc:creator></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">Letter to the Ombudsman</text:h>
<text:p>Dear Ombudsman,<text:s text:c="2"/>we write about <text:a xlink:href="https://hrw.example/kz">the
report</text:a><text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>
<text:note-body><text:p>Published January 2026.</text:p></text:note-body></text:note>.</text:p>
<text:h text:outline-level="2">Requests</text:h>
<text:list text:style-name="L1">
  <text:list-item><text:p>Visit the detention centre.</text:p></text:list-item>
  <text:list-item><text:p>Publish the findings.</text:p>
    <text:list><text:list-item><text:p>in Kazakh and Russian</text:p></text:list-item></text:list>
  </text:list-item>
</text:list>
<table:table table:name="T1"><table:table-column/><table:table-column/>
  <table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>
  <table:table-cell><text:p>Status</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p>M. Zhylanbaev</text:p></table:table-cell>
  <table:table-cell><text:p>in prison</text:p></table:table-cell></table:table-row>
</table:table>
<text:p text:style-name="P1">Nobody may be subjected to torture.</text:p>
<text:p>The measure is <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>clearly<text:change-end text:change-id="ct2"/> unlawful.<office:annotation><dc:creator>Me</dc:creator><text:p>cite article 17</text:p></office:annotation></text:p>
<text:soft-page-break/>
<text:p>Yours sincerely, the Bureau.</text:p>
</office:text></office:body></office:document-content>
"""

ODT_PARAGRAPHS = [
    (
        "letter-to-the-ombudsman-1",
        "Dear Ombudsman, we write about the report (https://hrw.example/kz)[1].",
        1,
    ),
    (
        "letter-to-the-ombudsman-requests-1",
        "1. Visit the detention centre.\u20282. Publish the findings.\u2028\u00a0\u00a0\u00a0• in "
        "Kazakh and Russian",
        1,
    ),
    ("letter-to-the-ombudsman-requests-2", "Name | Status\u2028M. Zhylanbaev | in prison", 1),
    ("letter-to-the-ombudsman-requests-3", "Nobody may be subjected to torture.", 1),
    ("letter-to-the-ombudsman-requests-4", "The measure is clearly unlawful.", 1),
    ("letter-to-the-ombudsman-requests-5", "Yours sincerely, the Bureau.", 2),
    ("letter-to-the-ombudsman-notes-1", "[1] Published January 2026.", None),
]

ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def odt_file(path: Path, content: str = ODT_CONTENT, extra: dict[str, bytes] | None = None) -> Path:
    """Zip an OpenDocument text the way LibreOffice lays it out (mimetype first, stored)."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", ODT_MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


RTF = (
    rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fswiss\fcharset204 Arial;}}"
    rb"{\info{\title Ignored}}"
    rb"\pard \'d1\'f3\'e4 \'e2 \'c0\'eb\'ec\'e0\'f2\'fb.\par"
    rb"\pard Second paragraph{\footnote Footnote text.}.\par}"
)
RTF_PARAGRAPHS = ["Суд в Алматы.", "Second paragraph."]
