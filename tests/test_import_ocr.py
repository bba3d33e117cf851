"""Scans imported as a researcher imports them: a photographed Russian court page (PNG), a PDF
whose middle page is a scan, a TIFF of several pages — through ``muragat import`` and the
window. The text is searchable (a Latin spelling finds the Cyrillic name), each paragraph
carries its page, the manifest says how each page was recognised, progress goes page by page,
and Cancel stops between pages leaving nothing behind."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from scan_files import COURT, image_pdf, join_pdfs, page, save, stamped, text_pdf, tiff

from index.core import Core
from index.errors import Cancelled


def bundle_folders(data_dir: Path) -> list[Path]:
    root = data_dir / "bundles"
    return sorted(root.iterdir()) if root.is_dir() else []


def manifest(data_dir: Path) -> dict:
    (folder,) = bundle_folders(data_dir)
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def document(data_dir: Path) -> str:
    (folder,) = bundle_folders(data_dir)
    return (folder / "document.md").read_text(encoding="utf-8")


def mine(data_dir: Path, query: str) -> list[dict]:
    found = run_cli("search", query, "--json", "--limit", "50", data_dir=data_dir)
    assert found.returncode == 0, found.stderr
    return [h for h in json.loads(found.stdout) if h["bundle"].startswith("mine-")]


def test_a_photographed_russian_court_page_is_searchable_by_a_latin_spelling(data_dir, tmp_path):
    scan = save(page(COURT), tmp_path / "court.png")
    done = run_cli("import", str(scan), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "1 added" in done.stdout and "text recognised from the scan of page 1" in done.stdout
    hits = mine(data_dir, "Yensebek")  # the report's spelling; the scan says "Енсебека"
    assert [h["text"] for h in hits] == ["Суд признал Енсебека виновным."]
    assert mine(data_dir, "Алматы")  # the second paragraph too
    markdown = document(data_dir)
    assert "Суд признал Енсебека виновным.\n{: #court-1 .page-1 .ocr }" in markdown
    record = manifest(data_dir)["imported"]
    assert record["format"] == "image" and record["language"] == "ru"
    ocr = record["ocr"]
    assert ocr["engine"].startswith("Tesseract 5.") and ocr["languages"] == "rus+kaz+eng"
    assert ocr["threshold"] == 80
    (only,) = ocr["pages"]
    assert only["page"] == 1 and only["language"] == "rus" and only["rotation"] == 0
    assert only["confidence"] >= 80 and abs(only["skew"]) < 1


def test_a_pdf_keeps_its_text_pages_and_recognises_its_scanned_one(data_dir, tmp_path):
    """Pages 1 and 3 have a text layer (kept as it is); page 2 is a scan (recognised) with only
    its page number stamped in a text layer. Before, the scanned page gave just "- 2 -": the
    name on it could not be found."""
    pdf = join_pdfs(
        [
            text_pdf("The appeal was heard on the first day."),
            stamped(image_pdf(page(COURT)), "- 2 -"),
            text_pdf("The appeal court upheld the sentence."),
        ],
        tmp_path / "appeal.pdf",
    )
    done = run_cli("import", str(pdf), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "text recognised from the scan of page 2" in done.stdout
    (hit,) = mine(data_dir, "Yensebek")
    assert hit["text"] == "Суд признал Енсебека виновным."
    markdown = document(data_dir)
    assert ".page-2 .ocr }" in markdown
    assert "The appeal was heard on the first day.\n{: #" in markdown
    lines = markdown.split("\n")
    classes = {lines[i - 1]: lines[i] for i, line in enumerate(lines) if line.startswith("{: #")}
    assert classes["The appeal was heard on the first day."].endswith(" .page-1 }")
    assert classes["The appeal court upheld the sentence."].endswith(" .page-3 }")
    assert classes["Приговор оглашен в Алматы 12 марта."].endswith(" .page-2 .ocr }")
    assert "- 2 -" not in markdown.replace("\\-", "-")  # the stamp gave way to the scan's text
    record = manifest(data_dir)["imported"]
    assert record["format"] == "pdf"
    assert [p["page"] for p in record["ocr"]["pages"]] == [2]


def test_languages_are_chosen_on_the_command_line_and_checked(data_dir, tmp_path):
    scan = save(page(["The court heard the witness in Almaty."]), tmp_path / "english.png")
    wrong = run_cli("import", str(scan), "--ocr-languages", "rus+deu", data_dir=data_dir)
    assert wrong.returncode != 0 and "deu" in wrong.stderr
    assert bundle_folders(data_dir) == []
    done = run_cli("import", str(scan), "--ocr-languages", "eng", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    ocr = manifest(data_dir)["imported"]["ocr"]
    assert ocr["languages"] == "eng" and ocr["pages"][0]["language"] == "eng"
    assert mine(data_dir, "witness")


def test_a_slightly_blurred_scan_is_kept_marked_low_confidence(data_dir, tmp_path):
    lines = ["Суд признал Енсебека виновным и назначил наказание."] * 4
    scan = save(page(lines, size=28, blur=2.5), tmp_path / "blurred.png")
    done = run_cli("import", str(scan), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "low confidence (below 80) on page 1" in done.stdout
    (only,) = manifest(data_dir)["imported"]["ocr"]["pages"]
    assert 40 <= only["confidence"] < 80
    assert ".page-1 .ocr .ocr-low }" in document(data_dir)
    # `muragat show` says it as the reader does: a lawyer in a terminal is warned too
    shown = run_cli("show", "blurred-1", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert "p. 1 · recognised text · low confidence — check against the scan" in shown.stdout
    shown = run_cli("--language", "ru", "show", "blurred-1", data_dir=data_dir)
    assert "стр. 1 · распознанный текст · низкая достоверность распознавания" in shown.stdout


def test_muragat_show_marks_recognised_text(data_dir, tmp_path):
    run_cli("import", str(save(page(COURT), tmp_path / "court.png")), data_dir=data_dir)
    shown = run_cli("show", "court-1", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert "p. 1 · recognised text\n" in shown.stdout and "low confidence" not in shown.stdout


def test_without_language_models_a_scan_is_skipped_and_text_pages_still_come_in(data_dir, tmp_path):
    nowhere = tmp_path / "no-models"
    nowhere.mkdir()
    scan = save(page(COURT), tmp_path / "court.png")
    pdf = join_pdfs(
        [text_pdf("The appeal was heard on the first day."), image_pdf(page(COURT))],
        tmp_path / "appeal.pdf",
    )
    done = run_cli(
        "import", str(scan), str(pdf), data_dir=data_dir, env={"MURAGAT_TESSDATA": str(nowhere)}
    )
    assert done.returncode == 0, done.stderr
    assert "court.png: a scan, and text recognition is not installed" in done.stderr
    assert "1 added" in done.stdout
    assert "1 scanned page(s) (no text layer) left out" in done.stdout
    assert "ocr" not in manifest(data_dir)["imported"]


def test_the_command_line_says_which_page_it_is_reading(data_dir, tmp_path):
    """On a terminal, as the file progress: "scans.tif: page 2 of 3"."""
    scans = tiff(
        [page(COURT), page(["Второй лист."]), page(["Третий лист."])], tmp_path / "scans.tif"
    )
    main, side = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "import", str(scans)],
            cwd=ROOT,
            env={**os.environ, "MURAGAT_DATA_DIR": str(data_dir)},
            stdout=subprocess.PIPE,
            stderr=side,
        )
        os.close(side)
        said = b""
        while True:
            ready, _, _ = select.select([main], [], [], 120)
            if not ready:
                break
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the command ended: the terminal closed
                break
            if not chunk:
                break
            said += chunk
        out, _ = proc.communicate(timeout=120)
    finally:
        os.close(main)
    text = said.decode("utf-8")
    for n in (1, 2, 3):
        assert f"scans.tif: page {n} of 3" in text
    assert proc.returncode == 0 and b"1 added" in out


def test_cancel_stops_between_pages_and_leaves_nothing(data_dir, tmp_path):
    scans = tiff(
        [page(COURT), page(["Второй лист."]), page(["Третий лист."])], tmp_path / "scans.tif"
    )
    from index.imports.limits import PageProgress

    seen = []

    def progress(done, total, name):
        if isinstance(name, PageProgress):
            if (str(name), name.page, name.pages) not in seen:  # told again while it reads
                seen.append((str(name), name.page, name.pages))
            if name.page == 2:
                raise Cancelled

    report = Core(data_dir).import_paths([scans], progress)
    assert report.cancelled and report.results == []
    assert seen == [("scans.tif", 1, 3), ("scans.tif", 2, 3)]
    assert bundle_folders(data_dir) == []


@pytest.mark.parametrize("in_process", [False, True])
def test_a_multi_page_tiff_gives_each_paragraph_its_page(
    data_dir, tmp_path, monkeypatch, in_process
):
    if in_process:
        monkeypatch.setenv("MURAGAT_IMPORT_IN_PROCESS", "1")
    scans = tiff([page(COURT), page(["Второй лист дела."])], tmp_path / "scans.tif")
    seen = []
    report = Core(data_dir).import_paths(
        [scans], lambda d, t, name: seen.append(getattr(name, "page", None))
    )
    assert [r.status for r in report.results] == ["added"]
    markdown = document(data_dir)
    assert "Второй лист дела.\n{: #scans-3 .page-2 .ocr }" in markdown
    assert [p["page"] for p in manifest(data_dir)["imported"]["ocr"]["pages"]] == [1, 2]
    assert 1 in seen and 2 in seen


@pytest.mark.gui
def test_the_window_says_which_page_and_cancel_stops_between_pages(qtbot, data_dir, tmp_path):
    from app.gui.main_window import MainWindow

    # pages 2 and 3 are whole pages (seconds each to read), so that a Cancel pressed when page
    # 2 shows reaches the import before page 3 ends, however late the window hears of page 2
    long = ["Второй лист.", *COURT * 20]
    scans = tiff([page(COURT), page(long), page(long)], tmp_path / "scans.tif")
    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    shown: list[str] = []
    task = window.import_paths([scans])

    def progressed(*_) -> None:
        shown.append(window.statusBar().currentMessage())
        if shown[-1] == "Import: scans.tif — page 2 of 3" and window.cancel_button.isEnabled():
            # pressed as soon as the page shows: three small pages are read in seconds, and a
            # click after waiting could come after the last one (this raced under load)
            window.cancel_button.click()

    task.progressed.connect(progressed)
    stopped: list[bool] = []
    task.cancelled.connect(lambda: stopped.append(True))
    qtbot.waitUntil(lambda: "Import: scans.tif — page 2 of 3" in shown, timeout=180000)
    qtbot.waitUntil(lambda: bool(stopped) and not window.running, timeout=120000)
    assert "Import: scans.tif — page 1 of 3" in shown
    assert window.last_import is None and bundle_folders(data_dir) == []


def test_the_window_bar_moves_with_the_pages_of_one_scan(qtbot, data_dir, tmp_path):
    """One scanned file of three pages: the bar moves as its pages are read (it counted files
    only, and stood at 0 % until the one file was done — seen in the walk)."""
    from app.gui.main_window import MainWindow

    scans = tiff([page(COURT), page(["Второй лист."]), page(["Третий лист."])], tmp_path / "s.tif")
    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[str, float]] = []
    task = window.import_paths([scans])
    task.progressed.connect(
        lambda *_: seen.append(
            (
                window.statusBar().currentMessage(),
                window.progress.value() / window.progress.maximum(),
            )
        )
    )
    qtbot.waitUntil(lambda: task not in window.running, timeout=180000)
    at = {message: share for message, share in seen}
    assert at["Import: s.tif — page 2 of 3"] >= 0.33
    assert at["Import: s.tif — page 3 of 3"] >= 0.66
