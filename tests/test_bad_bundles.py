"""A broken bundle is rejected with a message naming the file and the problem, never a traceback;
everything valid still opens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BUNDLE_DIR, EditorKey, colleague_bundle, resign, run_cli, with_editor

from index.archive import load_archive
from index.archive.bundle import MANIFEST, load_bundle
from index.errors import BundleError


def edit(folder: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def rejected(folder: Path, editor: EditorKey | None = None) -> BundleError:
    with pytest.raises(BundleError) as info:
        load_bundle(folder, keys=with_editor(editor) if editor else None)
    return info.value


def test_the_shipped_bundle_loads(bundle_copy):
    bundle = load_bundle(bundle_copy)
    assert bundle.id == "hrw-wr2026-kazakhstan"
    assert len(bundle.cases) >= 20


def test_missing_file(bundle_copy):
    (bundle_copy / "cases.json").unlink()
    err = rejected(bundle_copy)
    assert (err.file, err.problem) == ("cases.json", "missing")


def test_checksum_mismatch(bundle_copy):
    edit(bundle_copy, "report.md", "six police officers", "five police officers")
    err = rejected(bundle_copy)
    assert err.file == "report.md" and "checksum mismatch" in err.problem


def test_unlisted_file(bundle_copy):
    (bundle_copy / "extra.txt").write_text("planted", encoding="utf-8")
    err = rejected(bundle_copy)
    assert err.file == "extra.txt" and "not listed" in err.problem


def test_malformed_manifest_json(bundle_copy):
    (bundle_copy / MANIFEST).write_text('{"format": "muragat-bundle/1",', encoding="utf-8")
    err = rejected(bundle_copy)
    assert err.file == MANIFEST and "malformed JSON" in err.problem and "line 1" in err.problem


def test_manifest_missing_field(bundle_copy):
    data = json.loads((bundle_copy / MANIFEST).read_text(encoding="utf-8"))
    del data["publisher"]
    (bundle_copy / MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    err = rejected(bundle_copy)
    assert err.file == MANIFEST and "publisher" in err.problem


def test_malformed_cases_json(bundle_copy, editor_key):
    (bundle_copy / "cases.json").write_text('{"format": "muragat-cases/1", "records": [', "utf-8")
    resign(bundle_copy, editor_key)
    err = rejected(bundle_copy, editor_key)
    assert err.file == "cases.json" and "malformed JSON" in err.problem


def test_case_record_breaking_the_schema(bundle_copy, editor_key):
    edit(bundle_copy, "cases.json", '"date": "2025-04-11"', '"date": "11 April 2025"')
    resign(bundle_copy, editor_key)
    err = rejected(bundle_copy, editor_key)
    assert err.file == "cases.json" and "date" in err.problem and "11 April 2025" in err.problem


def test_case_citing_unknown_paragraph(bundle_copy, editor_key):
    edit(bundle_copy, "cases.json", '"freedom-of-expression-2"', '"freedom-of-expression-9"')
    resign(bundle_copy, editor_key)
    err = rejected(bundle_copy, editor_key)
    assert err.file == "cases.json" and "unknown paragraph 'freedom-of-expression-9'" in err.problem


def test_duplicate_paragraph_ids(bundle_copy, editor_key):
    edit(bundle_copy, "report.md", "{: #peaceful-assembly-2 }", "{: #peaceful-assembly-1 }")
    resign(bundle_copy, editor_key)
    err = rejected(bundle_copy, editor_key)
    assert err.file == "report.md" and "duplicate id 'peaceful-assembly-1'" in err.problem


def test_duplicate_case_ids(bundle_copy, editor_key):
    data = json.loads((bundle_copy / "cases.json").read_text(encoding="utf-8"))
    data["records"].append(data["records"][0])
    (bundle_copy / "cases.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    resign(bundle_copy, editor_key)
    err = rejected(bundle_copy, editor_key)
    assert err.file == "cases.json" and "duplicate id" in err.problem


def test_malformed_markdown(bundle_copy, editor_key):
    edit(bundle_copy, "report.md", "{: #summary-1 }", "{: #Summary 1 }")
    resign(bundle_copy, editor_key)
    err = rejected(bundle_copy, editor_key)
    assert err.file == "report.md" and "malformed Markdown" in err.problem


def test_binary_markdown(bundle_copy, editor_key):
    (bundle_copy / "report.md").write_bytes(b"\xff\xfe\x00garbage")
    resign(bundle_copy, editor_key)
    err = rejected(bundle_copy, editor_key)
    assert err.file == "report.md" and "UTF-8" in err.problem


def test_archive_opens_with_the_valid_bundles(bundle_copy, tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    import shutil

    shutil.copytree(BUNDLE_DIR, good / "copy")
    edit(bundle_copy, "report.md", "Almaty", "Almata")
    archive = load_archive(folders=[bundle_copy, good / "copy"])
    assert len(archive.bundles) == 1
    assert [p.file for p in archive.problems] == ["report.md"]
    assert archive.paragraph("freedom-of-expression-2") is not None


def test_verify_cli_names_the_mismatch_and_exits_nonzero(tmp_path, bundle_copy, editor_key):
    data = tmp_path / "data"
    from index.archive.signing import trust_key

    # its own ids: a copy under the report's paragraph ids is refused by loading, and by verify
    mine = colleague_bundle(data, editor_key, "mine")
    trust_key(data, editor_key.key)
    ok = run_cli("verify", data_dir=data)
    assert ok.returncode == 0, ok.stderr
    assert "OK: 2 bundles verified" in ok.stdout
    assert "mine: verified — signed by the Test editor" in ok.stdout
    edit(mine, "cases.json", '"records": []', '"records": [ ]')
    bad = run_cli("verify", data_dir=data)
    assert bad.returncode == 1
    assert "REFUSED mine: cases.json: the case records differ from the signed edition" in bad.stderr
    assert "checksum mismatch" in bad.stderr
    assert "Traceback" not in bad.stderr
    cases = run_cli("cases", data_dir=data)
    assert cases.returncode == 0 and "skipped bundle: mine: cases.json" in cases.stderr
