"""Exports and the command line in the user's language: PDF labels and Markdown headings follow
the export's language (the dialog's choice, ``--language``), and the command line's messages
follow ``--language``, the window's View → Language, or the system locale."""

from __future__ import annotations

import pytest
from conftest import run_cli
from pypdf import PdfReader

from index.core import Core
from index.export.labels import LANGUAGES, TABLES, labels
from index.notes.service import new_note

RUSSIAN = {"LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
KAZAKH = {"LANG": "kk_KZ.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def add_notes(core: Core) -> None:
    a = core.archive
    core.add_note(
        new_note(a, "freedom-of-expression-2", "Срок за пост", quote="five years", tags=["срок"])
    )
    core.add_note(new_note(a, "temirlan-ensebek", "Карточка дела: апелляция", tags=["суд"]))
    core.add_note(new_note(a, None, "Свободная мысль"))


def pdf_text(path) -> str:
    """All pages' text without its white space: Qt places words one by one and pypdf breaks
    lines inside words ("С\nвободные"); compare with `squeezed` labels."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return squeezed(text)


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_every_language_has_every_label():
    for lang in LANGUAGES:
        assert TABLES[lang].keys() == TABLES["en"].keys(), lang
        for key, english in TABLES["en"].items():
            if isinstance(english, tuple):
                assert len(TABLES[lang][key]) == (3 if lang == "ru" else 2), (lang, key)
    said = labels("ru")
    assert [said.count("notes", n) for n in (1, 3, 5, 11, 21)] == [
        "1 заметка",
        "3 заметки",
        "5 заметок",
        "11 заметок",
        "21 заметка",
    ]


@pytest.mark.gui
def test_the_dialog_exports_a_pdf_in_russian(qtbot, data_dir, tmp_path):
    """The export dialog starts at the interface language and lets the user pick another;
    the PDF read back has Russian labels, page numbers and title."""
    from app.gui.export_dialog import ExportDialog
    from app.gui.main_window import MainWindow

    window = MainWindow(Core(data_dir))
    qtbot.addWidget(window)
    add_notes(window.core)
    notes = window.core.list_notes()
    dialog = ExportDialog(notes, window.core.archive, ["срок", "суд"], window, "kk")
    assert dialog.language.currentData() == "kk"  # the interface language first
    assert dialog.title.text() == "Muragat жазбалары"
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.title.text() == "Заметки Muragat"  # an untouched title follows
    dialog.format.setCurrentText("PDF")
    path = tmp_path / "ru.pdf"
    task = window.export_notes(str(path), dialog)
    qtbot.waitUntil(lambda: task.delivered, timeout=60000)
    assert task.result.notes == 3
    text = pdf_text(path)
    for label in ("Содержание", "3 заметки", "Карточки дел", "Метки: срок", "Создана ",
                  "стр. 2 из ", "Свободные заметки", "Заметки Muragat"):  # fmt: skip
        assert squeezed(label) in text, label
    for english in ("Contents", "Case records", "Tags:", "Created ", "page 2", "Free notes"):
        assert squeezed(english) not in text, english
    dialog.title.setText("Бриф")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.title.text() == "Бриф"  # a typed title stays
    for english in ("Contents", "Case records", "Tags:", "Created ", "page 2"):
        assert english not in text, english


def test_markdown_headings_in_kazakh_from_the_command_line(data_dir, tmp_path):
    core = Core(data_dir)
    add_notes(core)
    core.close()
    out = tmp_path / "kk.md"
    done = run_cli(
        "notes", "export", "--format", "md", "--output", str(out), "--language", "kk",
        data_dir=data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "# Muragat жазбалары" in text  # the default title, in the export's language
    assert "## Іс жазбалары" in text and "## Еркін жазбалар" in text
    read = "\n".join(x for x in text.splitlines() if not x.startswith("<!-- muragat-note {"))
    assert "жасалды" in read and "created" not in read
    # machine-read keys stay as they are: the front matter's, and each note's data
    assert "title:" in text and "generator: " in text and '"created":' in text


def test_the_export_language_follows_the_messages_language(data_dir, tmp_path):
    core = Core(data_dir)
    add_notes(core)
    core.close()
    out = tmp_path / "ru.md"
    done = run_cli(
        "notes", "export", "--format", "md", "--output", str(out), data_dir=data_dir, env=RUSSIAN
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("экспортированы 3 заметки в ")
    assert "## Карточки дел" in out.read_text(encoding="utf-8")
    refused = run_cli(
        "notes", "export", "--format", "md", "--output", str(out), "--language", "de",
        data_dir=data_dir,
    )  # fmt: skip
    assert refused.returncode != 0 and "invalid choice" in refused.stderr


def test_the_command_line_speaks_the_system_language(data_dir):
    missing = run_cli("show", "no-such-paragraph", data_dir=data_dir, env=RUSSIAN)
    assert missing.returncode == 1
    assert "нет абзаца или карточки дела с идентификатором 'no-such-paragraph'" in missing.stderr
    cases = run_cli("cases", data_dir=data_dir, env=KAZAKH)
    assert cases.returncode == 0 and "іс жазбасы" in cases.stdout.splitlines()[-1]
    found = run_cli("search", "Ensebek", data_dir=data_dir, env=RUSSIAN)
    assert found.returncode == 0
    assert "совпадени" in found.stdout.splitlines()[-1]  # "12 совпадений за 8 мс."
    verified = run_cli("verify", data_dir=data_dir, env=RUSSIAN)
    assert verified.returncode == 0 and "OK: проверен 1 пакет" in verified.stdout
    assert "проверен — подпись: Muragat editions key" in verified.stdout
    english = run_cli("show", "no-such-paragraph", data_dir=data_dir, env={"LANG": "C.UTF-8"})
    assert "no paragraph or case record with id" in english.stderr


def test_language_flag_and_the_window_setting_beat_the_locale(data_dir):
    flag = run_cli("--language", "kk", "show", "nope", data_dir=data_dir, env=RUSSIAN)
    assert "идентификаторы бар абзац немесе іс жазбасы жоқ" in flag.stderr
    (data_dir / "muragat.ini").write_text("[interface]\nlanguage=ru\n", encoding="utf-8")
    saved = run_cli("show", "nope", data_dir=data_dir, env={"LANG": "en_GB.UTF-8"})
    assert "нет абзаца или карточки дела" in saved.stderr
    (data_dir / "muragat.ini").write_text("[interface]\nlanguage=system\n", encoding="utf-8")
    followed = run_cli("show", "nope", data_dir=data_dir, env=KAZAKH)
    assert "іс жазбасы жоқ" in followed.stderr


@pytest.mark.parametrize("n", [1, 2, 5, 11, 21, 102])
def test_cli_plurals_take_each_languages_forms(n):
    from app import cli_language

    expected = {
        "en": "1 note" if n == 1 else f"{n} notes",
        "ru": {1: "1 заметка", 2: "2 заметки", 5: "5 заметок", 11: "11 заметок",
               21: "21 заметка", 102: "102 заметки"}[n],
        "kk": f"{n} жазба",
    }  # fmt: skip
    try:
        for lang, said in expected.items():
            cli_language.use(lang)
            assert cli_language.tr("%n note(s)", "", n) == said
    finally:
        cli_language.use("en")
