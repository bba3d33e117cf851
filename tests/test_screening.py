"""`muragat screen`: a list of names checked against the bundled archive and imported documents,
through the real entry point and a real Whoosh index (issue 29)."""

from __future__ import annotations

import csv
import io
import json

from conftest import run_cli
from pypdf import PdfReader

from index.core import Core
from index.errors import Cancelled
from index.screening.listing import MAX_NAMES, read_text
from index.screening.screen import screen_with_core

PRESENT = {
    # Spelt otherwise or in another script than the record holds, or written surname first.
    "Yensebek Temirlan": "temirlan-ensebek",
    "Еңсебек Темірлан": "temirlan-ensebek",
    "Marat Zhylanbayev": "marat-zhylanbaev",
    "Duman Mukhammedkarim": "duman-mukhammadkarim",
    "Думан Мұхаммедкәрім": "duman-mukhammadkarim",
    "Duman Muhamedkarim": "duman-mukhammadkarim",
    "Lukpan Ahmedyarov": "lukpan-akhmedyarov",
    "Лұқпан Ахмедияров": "lukpan-akhmedyarov",
    "Бақытжан Төрегожина": "bakhytzhan-toregozhina",
    "Elvira Yerkebayeva": "elvira-erkebayeva",
    "Iuliia Emelianova": "yulia-emelyanova",
    "Юлия Емельянова": "yulia-emelyanova",
    "Aqylbek Muratbay": "akylbek-muratbai",
    "Әсем Жапишева": "ruslan-biketov-asem-zhapisheva",
    "Ruslan Biketov": "ruslan-biketov-asem-zhapisheva",
    "Айдар Мубараков": "nuclear-plant-critics",
    "Nurlan Zhauylbayev": "nuclear-plant-critics",
    "Fazylzhan Syzdykov": "nuclear-plant-critics",
    "Zhanat Kazakbay": "nuclear-plant-critics",
    "Ақторғын Ақкенжебаласы": "zhanar-sekerbaeyva-aktorgyn-akkenzhebalasy",
    "Нұрлан Темірғалиев": "nuclear-plant-critics",
    # Case forms (Russian genitive and instrumental), and a patronymic the archive does not write.
    "Темирлана Енсебека": "temirlan-ensebek",
    "Маратом Жыланбаевым": "marat-zhylanbaev",
    "Токаев Касым-Жомарт Кемелевич": "anti-ngo-rhetoric",
}
ABSENT = [
    # Each shares a first name or a surname with a person in the records ...
    "Marat Tokayev",
    "Nurlan Mubarakov",
    "Ruslan Zhapishev",
    "Асем Бикетова",
    "Temirlan Zhylanbaev",
    "Duman Ensebek",
    "Aidar Syzdykov",
    "Жанат Муратбай",
    "Elvira Akhmedyarova",
    "Yulia Sekerbayeva",
    "Лукпан Темиргалиев",
    "Нурлан Казакбай",
    # ... or nothing with anyone.
    "Serik Abenov",
    "Айгуль Нурпеисова",
    "Erlan Kuanyshev",
    "Жанболат Темирбаев",
]


def ok(result) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr


def screened(result) -> dict[str, dict]:
    ok(result)
    return {n["name"]: n for n in json.loads(result.stdout)["names"]}


def test_forty_names_every_present_found_no_absent_claimed(data_dir, tmp_path):
    names = list(PRESENT) + ABSENT
    assert len(names) == 40
    listing = tmp_path / "names.txt"
    listing.write_text("\n".join(names) + "\n", encoding="utf-8")
    got = screened(run_cli("screen", str(listing), "--format", "json", data_dir=data_dir))
    for name, record in PRESENT.items():
        assert got[name]["status"] == "found", (name, got[name])
        assert got[name]["matches"][0]["where"] == "case record", got[name]
        assert record in {m["id"] for m in got[name]["matches"]}, got[name]
        assert got[name]["matches"][0]["how"] != "close spelling"
    for name in ABSENT:
        assert got[name]["status"] == "not found", (name, got[name])
        assert got[name]["matches"] == []
    # How each matched, most certain first, and where, with the citation.
    how = {n: got[n]["matches"][0]["how"] for n in PRESENT}
    assert how["Еңсебек Темірлан"] == "same spelling"
    assert how["Duman Muhamedkarim"] == "other spelling or script"
    assert how["Темирлана Енсебека"] == "case form"
    assert how["Маратом Жыланбаевым"] == "case form"
    assert got["Yensebek Temirlan"]["matches"][0]["notes"] == ["words in another order"]
    tokaev = got["Токаев Касым-Жомарт Кемелевич"]["matches"][0]
    assert tokaev["spelling"] == "Касым-Жомарт Токаев"
    assert "without the patronymic" in tokaev["notes"]
    report = [m for m in got["Marat Zhylanbayev"]["matches"] if m["where"] == "report"]
    assert report and report[0]["spelling"] == "Marat Zhylanbaev"
    assert report[0]["citation"].startswith("Human Rights Watch, World Report 2026: Kazakhstan")
    assert f"¶ {report[0]['id']}" in report[0]["citation"]


def test_a_first_name_alone_or_a_close_spelling_is_only_possible(data_dir, tmp_path):
    listing = tmp_path / "names.txt"
    listing.write_text("Marat\nТемірлан\nRuslan Baketov\n", encoding="utf-8")
    got = screened(run_cli("screen", str(listing), "--format", "json", data_dir=data_dir))
    assert got["Marat"]["status"] == "possible"
    assert got["Темірлан"]["status"] == "possible"
    baketov = got["Ruslan Baketov"]
    assert baketov["status"] == "possible"
    assert {m["how"] for m in baketov["matches"]} == {"close spelling"}
    assert baketov["matches"][0]["spelling"] == "Ruslan Biketov"


def test_lines_that_are_not_names_are_reported_not_searched(data_dir, tmp_path):
    listing = tmp_path / "names.txt"
    lines = [
        "1. Ruslan Biketov",
        "",
        "12345",
        "https://www.hrw.org/world-report",
        "someone@example.org",
        "Marat " * 30,
        "• Asem Zhapisheva",
    ]
    listing.write_text("\n".join(lines) + "\n\n\n", encoding="utf-8")
    result = run_cli("screen", str(listing), "--format", "json", data_dir=data_dir)
    ok(result)
    names = json.loads(result.stdout)["names"]
    assert [(n["line"], n["status"], n["problem"]) for n in names] == [
        (1, "found", None),
        (2, "not searched", "empty"),
        (3, "not searched", "no letters"),
        (4, "not searched", "a web address"),
        (5, "not searched", "an e-mail address"),
        (6, "not searched", "too long for a name"),
        (7, "found", None),
    ]
    assert names[0]["name"] == "Ruslan Biketov"  # the list's numbering and bullets dropped
    # The text report says the same, in the order of the list.
    text = run_cli("screen", str(listing), data_dir=data_dir)
    ok(text)
    assert "   3. 12345 — not searched (no letters)" in text.stdout
    assert "   1. Ruslan Biketov — found (same spelling)" in text.stdout


def test_invisible_characters_pasted_with_a_name_are_spaces(data_dir):
    pasted = "Ruslan\u200b Biketov\x07\n\u00a0Asem\u2060 Zhapisheva\n"
    result = run_cli("screen", "-", "--format", "json", data_dir=data_dir, input=pasted)
    got = [(n["name"], n["status"]) for n in json.loads(result.stdout)["names"]]
    assert got == [("Ruslan Biketov", "found"), ("Asem Zhapisheva", "found")]


def test_csv_report_cannot_run_formulas(data_dir, tmp_path):
    listing = tmp_path / "names.txt"
    hostile = ['=HYPERLINK("http://x.example","Marat")', "+7 701 000", "-Marat", "@SUM(1)"]
    listing.write_text("\n".join([*hostile, "Ruslan Biketov"]), encoding="utf-8")
    out = tmp_path / "report.csv"
    result = run_cli("screen", str(listing), "--format", "csv", "--output", str(out),
                     data_dir=data_dir)  # fmt: skip
    ok(result)
    assert "5 names screened" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
    assert {row["name"] for row in rows} >= {"'" + h for h in hostile}
    biketov = [row for row in rows if row["name"] == "Ruslan Biketov"]
    assert biketov[0]["status"] == "found" and biketov[0]["where"] == "case record"
    assert len(biketov) == 3  # one row per place, the most certain first


def test_a_csv_column_by_heading_or_number_in_a_legacy_encoding(data_dir, tmp_path):
    table = "№;ФИО;Город\n1;Айдар Мубараков;Алматы\n2;Сергей Петров;Астана\n"
    listing = tmp_path / "list.csv"
    listing.write_bytes(table.encode("cp1251"))
    by_name = screened(
        run_cli("screen", str(listing), "--column", "фио", "--format", "json", data_dir=data_dir)
    )
    assert by_name["Айдар Мубараков"]["status"] == "found"
    assert by_name["Айдар Мубараков"]["line"] == 2
    assert by_name["Сергей Петров"]["status"] == "not found"
    by_number = screened(
        run_cli("screen", str(listing), "--column", "2", "--format", "json", data_dir=data_dir)
    )
    assert by_number["ФИО"]["status"] == "possible" or by_number["ФИО"]["matches"] == []
    assert by_number["Айдар Мубараков"]["status"] == "found"
    missing = run_cli("screen", str(listing), "--column", "Name", data_dir=data_dir)
    assert missing.returncode == 1
    assert "no column headed 'Name' in the first row" in missing.stderr


def test_pasted_list_on_standard_input(data_dir):
    result = run_cli(
        "screen", "-", "--format", "json", data_dir=data_dir, input="Ruslan Biketov\nSerik Abenov\n"
    )
    assert [n["status"] for n in json.loads(result.stdout)["names"]] == ["found", "not found"]


def test_a_list_past_its_bounds_is_refused_whole(data_dir, tmp_path):
    too_many = tmp_path / "many.txt"
    too_many.write_text("\n".join(f"Name{n} Surname" for n in range(MAX_NAMES + 1)))
    result = run_cli("screen", str(too_many), data_dir=data_dir)
    assert result.returncode == 1
    assert "more than 10,000 names" in result.stderr
    assert result.stdout == ""
    too_big = tmp_path / "big.txt"
    too_big.write_text("Marat Zhylanbaev " * 70_000)
    result = run_cli("screen", str(too_big), data_dir=data_dir)
    assert result.returncode == 1
    assert "larger than 1,000,000 bytes" in result.stderr


def test_out_of_time_is_stopped_never_absent(data_dir, tmp_path):
    listing = tmp_path / "names.txt"
    listing.write_text("Serik Abenov\nRuslan Biketov\n", encoding="utf-8")
    result = run_cli(
        "screen", str(listing), "--budget", "0.000001", "--format", "json", data_dir=data_dir
    )
    assert {n["status"] for n in json.loads(result.stdout)["names"]} == {"stopped"}


def test_names_in_an_imported_document_found_in_their_case_forms(data_dir, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "court.txt").write_text(
        "Решение суда\n\nСуд Алматы приговорил Серика Абенова к трём годам. Нурлан, его брат, "
        "был в зале.\n",
        encoding="utf-8",
    )
    ok(run_cli("import", str(docs), data_dir=data_dir))
    listing = tmp_path / "names.txt"
    listing.write_text("Serik Abenov\nNurlan Abenov\nАбенов Серик\n", encoding="utf-8")
    got = screened(run_cli("screen", str(listing), "--format", "json", data_dir=data_dir))
    serik = got["Serik Abenov"]
    assert serik["status"] == "found"
    assert [(m["how"], m["where"], m["spelling"]) for m in serik["matches"]] == [
        ("case form", "document", "Серика Абенова")
    ]
    assert "¶" in serik["matches"][0]["citation"]
    assert got["Абенов Серик"]["status"] == "found"
    assert got["Nurlan Abenov"]["status"] == "not found"


def test_progress_is_told_and_cancel_keeps_what_was_screened(data_dir):
    """The window's door: the core function with a progress callback that cancels."""
    core = Core(data_dir)
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append((done, total, name))
        if done == 2:
            raise Cancelled

    try:
        listed = read_text("Ruslan Biketov\nSerik Abenov\nMarat Zhylanbaev\nAsem Zhapisheva\n")
        report = screen_with_core(core, listed, progress)
    finally:
        core.close()
    assert report.cancelled
    assert [r.name for r in report.results] == ["Ruslan Biketov", "Serik Abenov"]
    assert seen == [(0, 4, "Ruslan Biketov"), (1, 4, "Serik Abenov"), (2, 4, "Marat Zhylanbaev")]


def test_pdf_report(data_dir, tmp_path):
    listing = tmp_path / "names.txt"
    listing.write_text("Ruslan Biketov\nSerik Abenov\n12345\n", encoding="utf-8")
    out = tmp_path / "report.pdf"
    result = run_cli(
        "screen", str(listing), "--format", "pdf", "--output", str(out), data_dir=data_dir
    )
    ok(result)
    pages = PdfReader(str(out)).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    for words in ("Names screened against the archive", "Ruslan Biketov", "Serik Abenov",
                  "same spelling · case record", "12345 no letters"):  # fmt: skip
        assert words in text, text
    assert run_cli("screen", str(listing), "--format", "pdf", data_dir=data_dir).returncode == 1


def test_a_name_named_everywhere_lists_its_first_places_and_says_so(data_dir, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    paragraphs = [f"Hearing {n}: Serik Abenov spoke to the court." for n in range(1, 61)]
    (docs / "hearings.txt").write_text("Hearings\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    ok(run_cli("import", str(docs), data_dir=data_dir))
    listing = tmp_path / "names.txt"
    listing.write_text("Serik Abenov\nRuslan Biketov\n", encoding="utf-8")
    got = screened(run_cli("screen", str(listing), "--format", "json", data_dir=data_dir))
    assert got["Serik Abenov"]["status"] == "found"
    assert got["Serik Abenov"]["complete"] is False
    assert len(got["Serik Abenov"]["matches"]) == got["Serik Abenov"]["total"] == 50
    assert got["Ruslan Biketov"]["complete"] is True
    text = run_cli("screen", str(listing), data_dir=data_dir)
    ok(text)
    assert "Serik Abenov — found (same spelling) — the first 50 places read are listed" in (
        text.stdout
    )
