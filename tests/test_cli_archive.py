"""`muragat cases`, `show`, `verify`, `--version` and the data folder, run as a user runs them
(each once in a process of its own, as the README shows it: `show` in tests/test_run_cli.py)."""

from __future__ import annotations

import json

from conftest import run_cli

from index import __version__
from index.paths import resolve_data_dir


def test_version():
    result = run_cli("--version", own_process=True)
    assert result.returncode == 0, result.stderr
    # From source it says so and names the binding; the frozen build adds its glibc floor
    # (tests/test_frozen_start.py).
    assert result.stdout.startswith(f"muragat {__version__} (from source: Python ")
    assert "PySide6 6.11.3" in result.stdout


def test_cases_json_is_the_schema_records(data_dir, archive):
    result = run_cli("cases", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == [c.id for c in archive.cases]
    assert records == [c.raw for c in archive.cases]


def test_cases_text_lists_every_record(data_dir, archive):
    result = run_cli("cases", data_dir=data_dir, own_process=True)
    assert result.returncode == 0
    assert f"{len(archive.cases)} case records" in result.stdout
    assert "temirlan-ensebek" in result.stdout


def test_show_paragraph_and_case(data_dir):
    para = run_cli("show", "freedom-of-expression-2", data_dir=data_dir)
    assert para.returncode == 0
    assert "[freedom-of-expression-2] Kazakhstan — Freedom of Expression" in para.stdout
    assert "Temirlan Ensebek" in para.stdout and "temirlan-ensebek" in para.stdout
    case = json.loads(run_cli("show", "temirlan-ensebek", "--json", data_dir=data_dir).stdout)
    assert case["kind"] == "case" and case["id"] == "temirlan-ensebek"
    text = run_cli("show", "temirlan-ensebek", data_dir=data_dir).stdout
    assert "Yensebek" in text and "freedom-of-expression-2" in text


def test_show_unknown_id_is_a_clear_error(data_dir):
    result = run_cli("show", "no-such-thing", data_dir=data_dir)
    assert result.returncode == 1
    assert "no paragraph or case record with id 'no-such-thing'" in result.stderr


def test_verify_ok(data_dir):
    result = run_cli("verify", data_dir=data_dir, own_process=True)
    assert result.returncode == 0
    assert "OK: 1 bundle verified" in result.stdout
    assert "hrw-wr2026-kazakhstan: verified — signed by the Muragat editions key" in result.stdout
    report = json.loads(run_cli("verify", "--json", data_dir=data_dir).stdout)
    assert report["ok"] is True and report["files_checked"] == 2
    (only,) = report["results"]
    assert only["status"] == "verified" and only["signed_by"]["key_id"] == "B2C8B81FB880F9A8"


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("MURAGAT_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    assert resolve_data_dir(None) == (tmp_path / "env").resolve()
    monkeypatch.delenv("MURAGAT_DATA_DIR")
    assert "muragat" in str(resolve_data_dir(None)).lower()
