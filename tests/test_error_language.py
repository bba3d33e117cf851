"""The core's messages (a `KnownError` raised in index/, an import's reasons) in the user's
language: marked in index/ with ``QT_TRANSLATE_NOOP("Errors", …)``, filed in the catalogues by
scripts/i18n, said by the command line (`app.catalogue`) and the window (Qt's ``translate``)."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import run_cli

from index.core import Core
from index.errors import QT_TRANSLATE_NOOP, KnownError, Message, NotFound

ROOT = Path(__file__).resolve().parent.parent
RUSSIAN = {"LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
KAZAKH = {"LANG": "kk_KZ.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
KNOWN = {
    "KnownError",
    "BundleError",
    "DataDirError",
    "NotFound",
    "WriteError",
    "Rejected",
    "ImportRefused",
    "QuoteNotFound",
    "AmbiguousQuote",
    "Unreadable",
    "EncodingError",
    "SigningKeyError",
}


def test_every_message_raised_in_index_is_marked_for_translation():
    """A KnownError (or one of its kinds) raised in index/ with a literal message — a string
    or an f-string — is a bare English sentence no catalogue holds: the message must be
    ``QT_TRANSLATE_NOOP("Errors", template)`` with its values given by name."""
    bare, marked = [], 0
    for path in sorted((ROOT / "index").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            name = getattr(call.func, "id", getattr(call.func, "attr", ""))
            if name not in KNOWN:
                continue
            at = 2 if name == "BundleError" else 0
            message = call.args[at] if len(call.args) > at else None
            literal = isinstance(message, ast.JoinedStr | ast.BinOp) or (
                isinstance(message, ast.Constant) and isinstance(message.value, str)
            )
            if literal:
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            elif isinstance(message, ast.Call) and getattr(message.func, "id", "") == (
                "QT_TRANSLATE_NOOP"
            ):
                assert message.args[0].value == "Errors", f"{path}:{node.lineno}"
                marked += 1
    assert not bare, bare
    assert marked > 140  # the count when this test was written; a fall means lost marks


def _fields(text: str) -> list:
    if "{\\rtf" in text:  # the one message with a literal brace, and no values
        return []
    return sorted((f, c, s) for _, f, s, c in string.Formatter().parse(text) if f is not None)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_each_translation_keeps_the_messages_values(lang):
    """A translated template names exactly the values of its English one, so filling it in
    can never fail or drop the id, the path or the reason."""
    root = ET.parse(ROOT / "resources" / "i18n" / f"muragat_{lang}.ts").getroot()
    errors = [c for c in root.iter("context") if c.findtext("name") == "Errors"]
    assert errors
    checked = 0
    for message in errors[0].iter("message"):
        source, said = message.findtext("source"), message.findtext("translation")
        assert said and said != "", source
        assert _fields(said) == _fields(source), (source, said)
        checked += 1
    assert checked > 140


def test_a_message_is_english_text_that_keeps_its_template():
    error = NotFound(QT_TRANSLATE_NOOP("Errors", "no note with id {note_id!r}"), note_id="n1")
    assert str(error) == "no note with id 'n1'" and isinstance(error.message, Message)
    said = error.translated(lambda _c, s: {"no note with id {note_id!r}": "нет {note_id!r}"}[s])
    assert said == "нет 'n1'"
    assert error.translated(lambda _c, _s: "") == "no note with id 'n1'"  # no translation
    broken = error.translated(lambda _c, _s: "нет {other}")  # a translation that lost a value
    assert broken == "no note with id 'n1'"
    plain = KnownError("a message from elsewhere")
    assert plain.translated(lambda _c, _s: "") == "a message from elsewhere"


def test_the_command_line_says_an_unknown_id_in_russian_and_kazakh(data_dir):
    for env, said in (
        (RUSSIAN, "нет заметки с id 'no-such-note'"),
        (KAZAKH, "id-і 'no-such-note' жазба жоқ"),
    ):
        shown = run_cli("notes", "show", "no-such-note", data_dir=data_dir, env=env)
        assert shown.returncode == 1
        assert said in shown.stderr, shown.stderr
        assert "no note with id" not in shown.stderr
    added = run_cli(
        "notes", "add", "--target", "no-such-para", "--text", "x", data_dir=data_dir, env=RUSSIAN
    )
    assert added.returncode == 1
    assert "нет абзаца или карточки дела с id 'no-such-para'" in added.stderr, added.stderr
    english = run_cli("notes", "show", "no-such-note", data_dir=data_dir, env={"LANG": "C"})
    assert "no note with id 'no-such-note'" in english.stderr


def test_the_command_line_says_a_quote_not_found_in_russian_and_kazakh(data_dir):
    args = ("notes", "add", "--target", "peaceful-assembly-2", "--quote", "nope", "--text", "x")
    for env, said in (
        (RUSSIAN, "цитаты нет в абзаце peaceful-assembly-2: 'nope'"),
        (KAZAKH, "дәйексөз peaceful-assembly-2 абзацында жоқ: 'nope'"),
    ):
        shown = run_cli(*args, data_dir=data_dir, env=env)
        assert shown.returncode == 1
        assert said in shown.stderr, shown.stderr
        assert "Traceback" not in shown.stderr


def test_an_import_says_why_a_file_was_skipped_in_russian(data_dir, tmp_path):
    """The reasons of an import report are said in the user's language: one found before the
    file is read (empty), one found by the reader in its own process (binary)."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    shown = run_cli("import", str(tmp_path), data_dir=data_dir, env=RUSSIAN)
    assert "empty.txt: пустой файл" in shown.stderr, shown.stderr
    assert "двоичный файл, а не документ, который Muragat может прочитать" in shown.stderr


def test_a_refused_annotation_import_is_said_in_kazakh(data_dir, tmp_path):
    """A W3C import refused whole: the summary and each annotation's reason in Kazakh."""
    (tmp_path / "notes.jsonld").write_text(
        '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", '
        '"items": [{"id": "urn:x:1", "type": "Annotation", "bodyValue": "hi"}]}',
        encoding="utf-8",
    )
    shown = run_cli(
        "notes", "import", str(tmp_path / "notes.jsonld"), data_dir=data_dir, env=KAZAKH
    )
    assert shown.returncode != 0
    assert "ештеңе импортталмады" in shown.stderr, shown.stderr
    assert "нысанасы (target) жоқ" in shown.stderr


@pytest.mark.gui
def test_the_window_says_a_skipped_import_and_a_failed_change_in_russian(qtbot, data_dir, tmp_path):
    from app.gui import i18n
    from app.gui.main_window import MainWindow
    from index.changes import RenameTag

    (tmp_path / "empty.txt").write_bytes(b"")
    first = MainWindow(Core(data_dir))
    qtbot.addWidget(first)
    try:
        first.language_actions["ru"].trigger()  # View → Language → Русский
        window = first.successor
        qtbot.addWidget(window)
        window.show()
        window.import_paths([tmp_path / "empty.txt"])
        qtbot.waitUntil(lambda: window.last_import is not None, timeout=30000)
        details = window.import_box.detailedText()
        assert "empty.txt: " in details and "пустой файл" in details, details
        assert "empty file" not in details
        task = window.submit("Rename", RenameTag("no-such-tag", "other"))
        with qtbot.waitSignal(task.failed, timeout=30000) as failed:
            pass
        assert failed.args == ["нет метки 'no-such-tag'"]
        qtbot.waitUntil(lambda: "нет метки" in window.statusBar().currentMessage())
    finally:
        i18n.install("en")


def test_the_tags_listing_and_the_notes_import_summary_in_russian(data_dir, tmp_path):
    for target in ("temirlan-ensebek", "freedom-of-expression-2"):
        assert run_cli("tag", "add", target, "follow-up", data_dir=data_dir).returncode == 0
    listed = run_cli("tags", data_dir=data_dir, env=RUSSIAN)
    assert listed.returncode == 0, listed.stderr
    assert "0 заметок" in listed.stdout and "2 абзаца/карточки дел" in listed.stdout, listed.stdout
    english = run_cli("tags", data_dir=data_dir, env={"LANG": "C"}).stdout
    assert "0 notes" in english and "2 paragraphs/case records" in english, english
    exported = tmp_path / "notes.jsonld"
    out = run_cli(
        "notes", "export", "--format", "w3c", "--output", str(exported), data_dir=data_dir
    )
    assert out.returncode == 0, out.stderr
    imported = run_cli("notes", "import", str(exported), data_dir=tmp_path / "other", env=RUSSIAN)
    assert imported.returncode == 0, imported.stderr
    assert "импортировано заметок: 0" in imported.stdout, imported.stdout
    assert "абзацев и карточек дел с новыми метками: 2; пропущено: 0" in imported.stdout
