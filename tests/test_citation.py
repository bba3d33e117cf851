"""One citation everywhere (issue 27): Copy citation, the notes panel, `muragat show`, the
Markdown and PDF exports all name the publisher, title, section, paragraph and address, in the
style chosen; the chapter's unheaded opening is its introduction, not "Summary"; case records
are cited as Muragat's records with their source paragraphs; no fragment is put on the
publisher's address; and a publisher's name belongs to the key that signs it."""

from __future__ import annotations

import json
import re

from conftest import colleague_bundle, make_key, resign, run_cli
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from test_gui_actions import PARA, open_window
from test_gui_use import menu_action
from test_pdf_export import pdf_text

from app.gui import settings as S
from app.gui.models import HTML_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
URL = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"
HRW = "Human Rights Watch"
TITLE = "World Report 2026: Kazakhstan"
OPENING = "summary-1"
RECORD = "temirlan-ensebek"


def copied(qtbot, window, para: str) -> str:
    window.open_id(para)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    return QGuiApplication.clipboard().text()


def test_copy_citation_names_the_publisher_and_follows_the_style_chosen(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    assert copied(qtbot, window, PARA) == f"{HRW}, {TITLE}, Freedom of Expression, ¶ {PARA} · {URL}"
    # The chapter's opening has no heading on the publisher's page: not "Summary".
    opening = copied(qtbot, window, OPENING)
    assert opening == f"{HRW}, {TITLE}, introduction, ¶ {OPENING} · {URL}"
    assert "Summary" not in opening

    menu_action(window, "Edit", "Citation style", "OSCOLA-like").trigger()
    oscola = copied(qtbot, window, PARA)
    assert re.fullmatch(
        re.escape(
            f"{HRW}, ‘{TITLE}’ (World Report 2026 (events of 2025)) ‘Freedom of Expression’ "
            f"para {PARA} <{URL}>"
        )
        + r" \(edition signed \d{4}-\d\d-\d\d\)",
        oscola,
    )
    # The notes panel shows the same citation.
    assert window.notes_panel.citation.text() == oscola
    menu_action(window, "Edit", "Citation style", "Chicago-like").trigger()
    chicago = copied(qtbot, window, PARA)
    assert chicago.startswith(f"{HRW}. “Freedom of Expression.” In {TITLE}. ")
    assert f"¶ {PARA}." in chicago and chicago.endswith(f" {URL}.")
    assert window.settings.get(S.CITATION_STYLE) == "chicago"  # remembered
    window.close()
    again = open_window(qtbot, data_dir)
    assert copied(qtbot, again, PARA) == chicago


def test_a_case_record_is_cited_as_muragats_record_with_its_paragraphs(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    record = window.core.archive.case(RECORD)
    cited = copied(qtbot, window, RECORD)
    sources = ", ".join(f"¶ {p}" for p in record.all_sources())
    assert cited == f"Muragat case record {RECORD}, based on {HRW}, {TITLE}, {sources} · {URL}"


def _notes_on(data_dir, *targets: str) -> None:
    for target in targets:
        added = run_cli("notes", "add", "--target", target, "--text", "n", data_dir=data_dir)
        assert added.returncode == 0, added.stderr


def test_the_markdown_export_cites_the_publisher_without_fake_anchors(data_dir, tmp_path):
    _notes_on(data_dir, PARA, OPENING, RECORD)
    out = tmp_path / "notes.md"
    done = run_cli("notes", "export", "--format", "md", "--output", str(out), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert f"— {HRW}, {TITLE}, Freedom of Expression, ¶ {PARA} · <{URL}>" in text
    assert f"— {HRW}, {TITLE}, introduction, ¶ {OPENING} · <{URL}>" in text
    assert f"— Muragat case record {RECORD}, based on {HRW}, {TITLE}, ¶ " in text
    assert f"{URL}#" not in text  # paragraph ids are no anchors on the publisher's page
    assert "### Summary" not in text and ", Summary," not in text

    chicago = tmp_path / "chicago.md"
    args = ("notes", "export", "--format", "md", "--citation-style", "chicago")
    done = run_cli(*args, "--output", str(chicago), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert f"— {HRW}. “Freedom of Expression.” In {TITLE}." in chicago.read_text(encoding="utf-8")


def test_the_pdf_export_names_the_publisher_beside_each_note(data_dir, tmp_path):
    _notes_on(data_dir, PARA, OPENING)
    out = tmp_path / "notes.pdf"
    done = run_cli("notes", "export", "--format", "pdf", "--output", str(out), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(out).split())
    assert f"{HRW}, {TITLE}, Freedom of Expression, ¶ {PARA} · {URL}" in text
    assert f"{HRW}, {TITLE}, introduction, ¶ {OPENING}" in text
    assert ", Summary," not in text


def _colleague_claiming_hrw(data_dir, tmp_path):
    from index.archive.signing import trust_key

    key = make_key(tmp_path / "keys", "Aigerim")
    folder = colleague_bundle(data_dir, key)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["publisher"] = HRW
    resign(folder, key, manifest)
    trust_key(data_dir, key.key)
    return "c-" + PARA


def test_a_colleagues_bundle_claiming_the_publisher_is_cited_as_signed_by_them(data_dir, tmp_path):
    para = _colleague_claiming_hrw(data_dir, tmp_path)
    shown = run_cli("show", para, data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert f"Cite as: signed by Aigerim, {TITLE}, Freedom of Expression, ¶ {para}" in shown.stdout
    assert HRW not in shown.stdout.split("Cite as:")[1] and "hrw.org" not in shown.stdout
    # The bundled report is still cited as the publisher's.
    assert f"Cite as: {HRW}, " in run_cli("show", PARA, data_dir=data_dir).stdout

    _notes_on(data_dir, para)
    out = tmp_path / "notes.md"
    args = ("notes", "export", "--format", "md", "--document", "colleague-edition")
    assert run_cli(*args, "--output", str(out), data_dir=data_dir).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert f"— signed by Aigerim, {TITLE}, Freedom of Expression, ¶ {para}" in text
    assert HRW not in text and "hrw.org" not in text


def test_a_colleagues_bundle_is_marked_in_search_hits(qtbot, data_dir, tmp_path):
    para = _colleague_claiming_hrw(data_dir, tmp_path)
    found = run_cli("search", "Ensebek", data_dir=data_dir)
    assert found.returncode == 0, found.stderr
    theirs = [line for line in found.stdout.splitlines() if f"] {para} " in line]
    ours = [line for line in found.stdout.splitlines() if f"] {PARA} " in line]
    assert theirs and "signed by Aigerim" in theirs[0]
    assert ours and "signed by" not in ours[0]

    window = open_window(qtbot, data_dir)
    window.search.field.setText("Ensebek kind:paragraph")
    model = window.search.model
    qtbot.waitUntil(lambda: any(h.id == para for h in model.hits), timeout=15000)
    shown = {h.id: model.data(model.index(n, 0), HTML_ROLE) for n, h in enumerate(model.hits)}
    assert "signed by Aigerim" in shown[para] and "signed by" not in shown[PARA]


def test_the_reader_says_whose_key_signed_a_colleagues_edition(qtbot, data_dir, tmp_path):
    """Opened in the reader, a colleague's edition that names the publisher says under its
    title whose key signed it; the bundled report says nothing of the kind."""
    from index.archive.signing import trust_key

    key = make_key(tmp_path / "keys", "Aigerim")
    folder = colleague_bundle(data_dir, key)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["publisher"] = HRW
    manifest["documents"][0]["id"] = "kz"  # its own document id (the report's title anchor)
    resign(folder, key, manifest)
    trust_key(data_dir, key.key)
    para = "c-" + PARA
    window = open_window(qtbot, data_dir)
    assert window.open_id(para)
    qtbot.waitUntil(lambda: window.reader.shown is not None and window.reader.shown.id == "kz")
    assert "Signed by Aigerim, a key you trust" in window.reader.toPlainText()
    assert window.open_id(PARA)
    qtbot.waitUntil(lambda: "Kazakhstan" in window.reader.toPlainText()[:200], timeout=15000)
    assert "Signed by" not in window.reader.toPlainText()


def test_about_the_archive_names_the_signer_not_the_claimed_publisher(qtbot, data_dir, tmp_path):
    """Help → About the archive: a colleague's edition claiming the publisher is listed as
    signed by them; the bundled edition shows its publisher and its edition number."""
    _colleague_claiming_hrw(data_dir, tmp_path)
    window = open_window(qtbot, data_dir)
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_dialog is not None and window.about_dialog.isVisible())
    text = window.about_dialog.text.toPlainText()
    window.about_dialog.close()
    theirs = text[text.index("Publisher: signed by Aigerim") :]
    assert "its manifest names “Human Rights Watch”" in theirs
    assert "Publisher: Human Rights Watch" in text  # the bundled edition's, signed by Muragat
    assert "edition number 1" in text
