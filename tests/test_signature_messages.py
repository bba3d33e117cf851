"""Each way an edition fails is said as it is, the same by `muragat verify` and by loading.

A colleague's edition in the data folder, signed with a throwaway key the user trusts, is broken
one way at a time (in a copy each): `muragat verify` (in a process of its own) refuses it with
exactly the message loading gives, and the messages all differ. The bundled report refused in a
copy of Muragat: `muragat cases` exits non-zero with the reason, and the window says what is
still open.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUNDLE_DIR, ROOT, colleague_bundle, make_key, resign, run_cli

from index.archive import load_archive
from index.archive.bundle import MANIFEST, seal
from index.archive.signing import SIGNATURE, trust_key


def _edit_comment(folder: Path) -> None:
    """The trusted comment (the signature's third line) edited; the rest as signed."""
    path = folder / SIGNATURE
    text = path.read_text(encoding="utf-8")
    assert "test edition" in text
    path.write_text(text.replace("test edition", "final edition"), encoding="utf-8")


def _damage_signature(folder: Path) -> None:
    """One bit of the Ed25519 signature over the manifest flipped (the key ID left whole)."""
    path = folder / SIGNATURE
    lines = path.read_text(encoding="utf-8").splitlines()
    raw = bytearray(base64.b64decode(lines[1]))
    raw[30] ^= 1
    lines[1] = base64.b64encode(bytes(raw)).decode("ascii")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _garble_signature(folder: Path) -> None:
    (folder / SIGNATURE).write_text("untrusted comment: x\nnot base64 at all\n", encoding="utf-8")


def _rehash(folder: Path) -> None:
    """Edited, then the manifest's checksums written again, not signed again."""
    report = folder / "report.md"
    report.write_text(report.read_text(encoding="utf-8").replace("Almaty", "Almatz", 1))
    seal(folder, json.loads((folder / MANIFEST).read_text(encoding="utf-8")))


def _edit_text(folder: Path) -> None:
    report = folder / "report.md"
    report.write_text(report.read_text(encoding="utf-8").replace("Almaty", "Almatz", 1))


def _record(folder: Path) -> dict:
    """A case record of the report's, renamed for the colleague's edition (its paragraphs and
    sections are the report's ids with ``c-`` before them)."""
    record = json.loads((BUNDLE_DIR / "cases.json").read_text(encoding="utf-8"))["records"][0]
    record = json.loads(json.dumps(record))
    record["id"] = "c-" + record["id"]
    record["section"] = "c-" + record["section"]
    return record


def _signed_records(folder: Path, records: list[dict], editor) -> None:
    path = folder / "cases.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["records"] = records
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    resign(folder, editor)


def _bad_schema(folder: Path, editor) -> None:
    record = _record(folder)
    del record["title"]
    _signed_records(folder, [record], editor)


def _bad_reference(folder: Path, editor) -> None:
    record = _record(folder)  # still cites the report's paragraph ids, which this edition renamed
    record["section"] = "c-accountability-and-justice"
    _signed_records(folder, [record], editor)


def _clash(folder: Path, editor) -> None:
    """Signed and whole, but under the report's own paragraph ids."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for name in ("report.md", "cases.json"):
        shutil.copy2(BUNDLE_DIR / name, folder / name)
    resign(folder, editor, manifest)


TAMPERINGS = {
    # name: (tamper(folder, editor, stranger), the file named, what the message says)
    "signature missing": (
        lambda f, e, s: (f / SIGNATURE).unlink(),
        SIGNATURE,
        "missing: the bundle is unsigned",
    ),
    "signature unparseable": (
        lambda f, e, s: _garble_signature(f),
        SIGNATURE,
        "damaged: not a minisign signature",
    ),
    "signature damaged": (
        lambda f, e, s: _damage_signature(f),
        SIGNATURE,
        "the signature is damaged: it names a key you trust: Aigerim",
    ),
    "key not trusted": (
        lambda f, e, s: resign(f, s),
        SIGNATURE,
        "signed with an unknown key (key ID {stranger})",
    ),
    "trusted comment edited": (
        lambda f, e, s: _edit_comment(f),
        SIGNATURE,
        "signature check failed: its trusted comment was changed after it was signed with a key "
        "you trust: Aigerim (key ID {editor}); the manifest itself is as signed",
    ),
    "manifest changed": (
        lambda f, e, s: _rehash(f),
        MANIFEST,
        "signature check failed: the manifest was changed after it was signed with a key you "
        "trust: Aigerim (key ID {editor})",
    ),
    "checksum wrong": (
        lambda f, e, s: _edit_text(f),
        "report.md",
        "the text differs from the signed edition: checksum mismatch",
    ),
    "schema invalid": (
        lambda f, e, s: _bad_schema(f, e),
        "cases.json",
        "does not follow its schema: $.records[0]: missing required field 'title'",
    ),
    "reference broken": (
        lambda f, e, s: _bad_reference(f, e),
        "cases.json",
        "c-universal-periodic-review: cites unknown paragraph 'summary-1'",
    ),
    "ids of another bundle": (
        lambda f, e, s: _clash(f, e),
        MANIFEST,
        "is already used by another bundle",
    ),
}


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    return make_key(folder, "Aigerim"), make_key(folder, "stranger")


def _broken(tmp_path: Path, keys, name: str) -> tuple[Path, str, str]:
    editor, stranger = keys
    data = tmp_path / "data"
    folder = colleague_bundle(data, editor)
    trust_key(data, editor.key)
    tamper, file, said = TAMPERINGS[name]
    tamper(folder, editor, stranger)
    return data, file, said.format(editor=editor.key.key_id, stranger=stranger.key.key_id)


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_verify_refuses_what_loading_refuses_with_its_own_message(tmp_path, keys, name):
    data, file, said = _broken(tmp_path, keys, name)
    (problem,) = load_archive(data).problems
    assert (problem.bundle, problem.file) == ("colleague-edition", file)
    assert said in problem.problem
    result = run_cli("verify", data_dir=data, env={"LANG": "C"}, own_process=True)
    assert result.returncode == 1, result.stdout
    assert f"REFUSED {problem}\n" in result.stderr
    assert "hrw-wr2026-kazakhstan: verified" in result.stdout  # the report is not affected
    assert "1 of 2 bundles refused" in result.stdout


def test_each_way_reads_differently(tmp_path, keys):
    said = {}
    for n, name in enumerate(TAMPERINGS):
        data, _, _ = _broken(tmp_path / str(n), keys, name)
        (problem,) = load_archive(data).problems
        said[name] = f"{problem.file}: {problem.problem.split('(')[0]}"
    assert len(set(said.values())) == len(TAMPERINGS), said


def test_the_messages_are_said_in_russian_and_kazakh(tmp_path, keys):
    data, _, _ = _broken(tmp_path, keys, "trusted comment edited")
    said = {
        "ru": ("доверенный комментарий изменён", "ключ, которому вы доверяете: Aigerim"),
        "kk": ("сенімді түсініктемесі", "сіз сенетін кілт: Aigerim"),
    }
    for lang, (comment, key) in said.items():
        result = run_cli("--language", lang, "verify", data_dir=data)
        assert result.returncode == 1
        (refused,) = [line for line in result.stderr.splitlines() if line.startswith("muragat:")]
        assert comment in refused and key in refused, refused
        assert "trusted" not in refused, refused


# -- the bundled report refused: what still opens is said --------------------------------------


def _copy_of_muragat(tmp_path: Path, tamper) -> Path:
    """A copy of Muragat (its code and resources) whose bundled report was tampered with."""
    copy = tmp_path / "muragat"
    skip = shutil.ignore_patterns("__pycache__")
    for part in ("app", "index", "resources"):
        shutil.copytree(ROOT / part, copy / part, ignore=skip)
    tamper(copy / "resources" / "bundles" / BUNDLE_DIR.name)
    return copy


def _run_copy(copy: Path, data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MURAGAT_DATA_DIR": str(data), "LANG": "C"}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _edit_builtin_comment(folder: Path) -> None:
    path = folder / SIGNATURE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("bundle:hrw", "bundle:final-hrw"), encoding="utf-8")


def test_cases_exits_nonzero_with_the_reason_when_the_report_was_refused(tmp_path):
    copy = _copy_of_muragat(tmp_path, _edit_builtin_comment)
    data = tmp_path / "data"
    cases = _run_copy(copy, data, "cases")
    assert cases.returncode == 1, cases.stdout
    assert (
        "skipped bundle: hrw-wr2026-kazakhstan: manifest.json.minisig: signature check failed: "
        "its trusted comment was changed after it was signed with the Muragat editions key"
    ) in cases.stderr
    assert "case records: none is open: 1 bundle refused" in cases.stderr
    as_json = _run_copy(copy, data, "cases", "--json")
    assert as_json.returncode == 1 and json.loads(as_json.stdout) == []
    shown = _run_copy(copy, data, "show", "freedom-of-expression-2")
    assert shown.returncode == 1
    assert "skipped bundle: hrw-wr2026-kazakhstan: manifest.json.minisig" in shown.stderr
    searched = _run_copy(copy, data, "search", "Yensebek")
    assert searched.returncode == 1
    assert "bundles: none is open: 1 bundle refused" in searched.stderr
    verify = _run_copy(copy, data, "verify")
    assert verify.returncode == 1
    assert "its trusted comment was changed" in verify.stderr
    assert "Traceback" not in cases.stderr + shown.stderr + searched.stderr + verify.stderr


@pytest.fixture
def tampered_report(tmp_path, monkeypatch) -> Path:
    """The bundled report's folder, as the window finds it, with its trusted comment edited."""
    import index.archive.archive as archive_module

    bundles = tmp_path / "bundles"
    shutil.copytree(BUNDLE_DIR, bundles / BUNDLE_DIR.name)
    _edit_builtin_comment(bundles / BUNDLE_DIR.name)
    monkeypatch.setattr(archive_module, "BUNDLES", bundles)
    return bundles


def test_the_window_says_nothing_else_is_open_when_nothing_is(qtbot, data_dir, tampered_report):
    from test_gui_provenance import menu_action, open_window

    window = open_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.problems_box is not None, timeout=20000)
    text = window.problems_box.text()
    assert "its trusted comment was changed after it was signed with the Muragat editions" in text
    assert "Everything else in the archive is open as usual" not in text
    assert "Nothing else is open: no bundle passed its checks" in text
    assert window.core.archive.bundles == []
    menu_action(window, "Help", "About the archive").trigger()
    about = window.about_dialog.text.toPlainText()
    assert "its trusted comment was changed after it was signed" in about
    assert "no other bundle passed its checks: nothing is open" in about
    assert "the rest of the archive is unaffected" not in about


def test_the_window_names_what_is_still_open(qtbot, tmp_path, data_dir):
    from test_gui_provenance import open_window

    colleague = make_key(tmp_path / "keys", "Aigerim")
    folder = colleague_bundle(data_dir, colleague)
    trust_key(data_dir, colleague.key)
    _edit_comment(folder)
    window = open_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.problems_box is not None, timeout=20000)
    text = window.problems_box.text()
    assert "trusted comment was changed after it was signed with a key you trust: Aigerim" in text
    assert "unknown key" not in text
    assert "Still open: “World Report 2026: Kazakhstan”." in text
