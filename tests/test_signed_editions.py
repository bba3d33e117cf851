"""Signed editions: the bundle's manifest carries an Ed25519 signature in minisign's format.

The bundled edition verifies against the embedded Muragat editions key; each kind of tampering is
refused with its own message; a colleague's key works once trusted and stops working once
revoked; the standard ``minisign`` tool agrees (those tests skip when it is not installed).
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUNDLE_DIR, ROOT, colleague_bundle, make_key, resign, run_cli, with_editor

from index.archive import load_archive
from index.archive.bundle import MANIFEST, load_bundle, seal
from index.archive.signing import (
    MURAGAT_KEY_FILE,
    SIGNATURE,
    build_record,
    check_signature,
    muragat_key,
    sign_manifest,
    signed_digest,
    trust_key,
    trusted_keys,
    untrust_key,
)
from index.errors import BundleError

MURAGAT_PUBLIC_KEY = "RWSo+YC4H7jIsmWqJVtU31pJxxJSOwUj+ITtdBX692vDDvBbUAZHXgen"
MURAGAT_KEY_ID = "B2C8B81FB880F9A8"
MURAGAT_FINGERPRINT = (
    "7263 B245 FB0F 7F55 F5F9 948E 9441 DFAD 27E3 BE8F 6C19 F262 90EC 60FF 0CC7 4909"
)
MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="the minisign tool is not installed")


def refused(folder: Path, keys=None) -> BundleError:
    with pytest.raises(BundleError) as info:
        load_bundle(folder, keys=keys)
    return info.value


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def rehash(folder: Path) -> None:
    """What a forger does on another machine: edit, then write the new SHA-256s."""
    seal(folder, json.loads((folder / MANIFEST).read_text(encoding="utf-8")))


def add_case_record(folder: Path) -> None:
    path = folder / "cases.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    fake = json.loads(json.dumps(data["records"][0]))
    fake["id"] = "invented-record"
    fake["title"] = "A record the report never supported"
    data["records"].append(fake)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


# -- the bundled edition --------------------------------------------------------------------------


def test_the_bundled_edition_is_signed_with_the_muragat_key(archive):
    bundle = archive.bundle("hrw-wr2026-kazakhstan")
    prov = bundle.provenance
    assert prov.status == "verified"
    assert prov.key.builtin and prov.key.name == "Muragat editions key"
    assert prov.key.key_id == MURAGAT_KEY_ID
    assert prov.key.fingerprint == MURAGAT_FINGERPRINT
    assert prov.signed and prov.signed.startswith("2026-")
    assert "bundle:hrw-wr2026-kazakhstan" in prov.trusted_comment
    assert (BUNDLE_DIR / SIGNATURE).is_file()


def test_only_the_public_key_is_embedded():
    assert muragat_key().public_key == MURAGAT_PUBLIC_KEY
    text = MURAGAT_KEY_FILE.read_text(encoding="ascii")
    assert MURAGAT_PUBLIC_KEY in text and "secret" not in text.lower()


def _tracked_files() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    return [ROOT / p for p in out.decode().split("\0") if p]


def test_no_minisign_secret_key_is_in_the_repository():
    """A minisign secret key is one base64 line decoding to 158 bytes that starts with 'Ed'."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    for path in _tracked_files():
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        for line in path.read_bytes().splitlines():
            line = line.strip()
            if 200 <= len(line) <= 220:
                try:
                    raw = base64.b64decode(line, validate=True)
                except ValueError:
                    continue
                assert not (len(raw) == 158 and raw[:2] == b"Ed"), f"secret key in {path}"


# -- each kind of tampering has its own message ---------------------------------------------------


def test_one_byte_of_text_changed(bundle_copy):
    edit(bundle_copy, "report.md", "six police officers", "six police officerz")
    err = refused(bundle_copy)
    assert err.bundle == "hrw-wr2026-kazakhstan" and err.file == "report.md"
    assert err.problem.startswith("the text differs from the signed edition")


def test_text_edited_and_manifest_rehashed(bundle_copy):
    edit(bundle_copy, "report.md", "six police officers", "two police officers")
    rehash(bundle_copy)
    err = refused(bundle_copy)
    assert err.file == MANIFEST
    assert err.problem.startswith("signature check failed: the manifest was changed after it")
    assert "Muragat editions key" in err.problem


def test_manifest_resigned_with_another_key(bundle_copy, tmp_path):
    forger = make_key(tmp_path / "forger", "forger")
    edit(bundle_copy, "report.md", "six police officers", "two police officers")
    resign(bundle_copy, forger)
    err = refused(bundle_copy)
    assert err.file == SIGNATURE
    assert f"signed with an unknown key (key ID {forger.key.key_id})" in err.problem


def test_signature_removed(bundle_copy):
    (bundle_copy / SIGNATURE).unlink()
    err = refused(bundle_copy)
    assert err.file == SIGNATURE
    assert "unsigned, yet its manifest says it is published by “Human Rights Watch”" in (
        err.problem
    )


def test_case_record_added(bundle_copy):
    add_case_record(bundle_copy)
    err = refused(bundle_copy)
    assert err.file == "cases.json"
    assert err.problem.startswith("the case records differ from the signed edition")


def test_case_record_added_and_manifest_rehashed(bundle_copy):
    add_case_record(bundle_copy)
    rehash(bundle_copy)
    assert refused(bundle_copy).file == MANIFEST


def test_each_tampering_kind_reads_differently(tmp_path, bundle_copy):
    forger = make_key(tmp_path / "forger", "forger")
    kinds = {
        "byte": lambda f: edit(f, "report.md", "Almaty", "Almatz"),
        "rehashed": lambda f: (edit(f, "report.md", "Almaty", "Almatz"), rehash(f)),
        "other key": lambda f: resign(f, forger),
        "unsigned": lambda f: (f / SIGNATURE).unlink(),
        "case added": add_case_record,
    }
    messages = {}
    for name, tamper in kinds.items():
        folder = tmp_path / name.replace(" ", "-") / BUNDLE_DIR.name
        shutil.copytree(BUNDLE_DIR, folder)
        tamper(folder)
        err = refused(folder)
        messages[name] = f"{err.file}: {err.problem.split('(')[0]}"
    assert len(set(messages.values())) == len(kinds), messages


def test_garbage_and_oversized_signatures_are_refused(bundle_copy):
    (bundle_copy / SIGNATURE).write_text("untrusted comment: x\nnot base64\n", encoding="utf-8")
    assert "not a minisign signature" in refused(bundle_copy).problem
    (bundle_copy / SIGNATURE).write_bytes(b"A" * 100_000)
    assert "too large" in refused(bundle_copy).problem


def test_a_trusted_colleague_key_cannot_stand_in_for_the_muragat_key(bundle_copy, tmp_path):
    """The bundled archive must carry the Muragat signature, whatever else the user trusts."""
    colleague = make_key(tmp_path / "colleague", "colleague")
    resign(bundle_copy, colleague)
    keys = with_editor(colleague)
    assert load_bundle(bundle_copy, keys=keys).provenance.key.name == "colleague"
    with pytest.raises(BundleError) as info:
        load_bundle(bundle_copy, keys=keys, builtin=True)
    said = info.value.problem
    assert f"signed with a key you trust: colleague (key ID {colleague.key.key_id})" in said
    assert "not with the Muragat editions key;" in said and "unknown" not in said


def test_tampering_is_refused_by_the_cli_and_named(tmp_path, bundle_copy):
    edit(bundle_copy, "report.md", "six police officers", "two police officers")
    rehash(bundle_copy)
    result = run_cli("bundle", "verify", str(bundle_copy), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "REFUSED hrw-wr2026-kazakhstan: manifest.json: signature check failed" in result.stderr
    report = json.loads(
        run_cli("bundle", "verify", "--json", str(bundle_copy), data_dir=tmp_path / "data").stdout
    )
    assert report["ok"] is False and report["results"][0]["problem"]["file"] == MANIFEST


# -- a colleague's edition ------------------------------------------------------------------------


def test_a_colleague_key_trusted_then_revoked(tmp_path):
    data = tmp_path / "data"
    colleague = make_key(tmp_path / "keys", "Aigerim")
    colleague_bundle(data, colleague)

    before = load_archive(data)
    assert [b.id for b in before.bundles] == ["hrw-wr2026-kazakhstan"]  # the report stays
    (problem,) = before.problems
    assert problem.bundle == "colleague-edition" and "unknown key" in problem.problem

    added = run_cli(
        "trust",
        "add",
        str(colleague.public),
        "--name",
        "Aigerim",
        data_dir=data,
        input="y\n",
        own_process=True,
    )
    assert added.returncode == 0, added.stderr
    assert colleague.key.fingerprint in added.stdout  # shown before the question
    listed = json.loads(run_cli("trust", "list", "--json", data_dir=data, own_process=True).stdout)
    assert [k["name"] for k in listed] == ["Muragat editions key", "Aigerim"]
    assert listed[1]["fingerprint"] == colleague.key.fingerprint

    trusted = load_archive(data)
    assert not trusted.problems
    mine = trusted.bundle("colleague-edition")
    assert mine.provenance.status == "verified" and mine.provenance.key.name == "Aigerim"
    verify = run_cli("verify", data_dir=data)
    assert verify.returncode == 0 and "colleague-edition: verified — signed by the Aigerim" in (
        verify.stdout
    )

    removed = run_cli("trust", "remove", colleague.key.key_id, data_dir=data, own_process=True)
    assert removed.returncode == 0 and "No longer trusted: Aigerim" in removed.stdout
    after = load_archive(data)
    assert [b.id for b in after.bundles] == ["hrw-wr2026-kazakhstan"]
    assert "unknown key" in after.problems[0].problem
    assert run_cli("verify", data_dir=data).returncode == 1


def test_trust_asks_before_remembering(tmp_path):
    data = tmp_path / "data"
    colleague = make_key(tmp_path / "keys", "someone")
    declined = run_cli("trust", "add", str(colleague.public), data_dir=data, input="n\n")
    assert declined.returncode == 1 and "Not trusted." in declined.stdout
    assert trusted_keys(data) == []
    bogus = tmp_path / "bogus.pub"
    bogus.write_text("untrusted comment: x\nnot a key\n", encoding="utf-8")
    bad = run_cli("trust", "add", str(bogus), "--yes", data_dir=data)
    assert bad.returncode == 1 and "not a minisign public key" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_trust_store_refuses_duplicates_and_the_builtin_key(tmp_path):
    data = tmp_path / "data"
    colleague = make_key(tmp_path / "keys", "someone")
    trust_key(data, colleague.key)
    with pytest.raises(Exception, match="already trusted"):
        trust_key(data, colleague.key)
    with pytest.raises(Exception, match="always trusted"):
        trust_key(data, muragat_key())
    assert untrust_key(data, colleague.key.fingerprint).name == "someone"
    with pytest.raises(Exception, match="no trusted key"):
        untrust_key(data, colleague.key.key_id)


def test_unsigned_bundle_claiming_a_publisher_in_the_data_folder_is_refused(tmp_path):
    data = tmp_path / "data"
    folder = data / "bundles" / "claims-hrw"
    shutil.copytree(BUNDLE_DIR, folder)
    (folder / SIGNATURE).unlink()
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest["id"] = "claims-hrw"
    manifest["imported"] = {"original_name": "x.md"}  # dressed up as an import: still refused
    seal(folder, manifest)
    archive = load_archive(data)
    assert archive.bundle("hrw-wr2026-kazakhstan") is not None
    (problem,) = archive.problems
    assert problem.bundle == "claims-hrw" and "“Human Rights Watch”" in problem.problem


def test_imported_documents_are_marked_yours(tmp_path):
    data = tmp_path / "data"
    doc = tmp_path / "memo.md"
    doc.write_text("# Memo\n\nA paragraph of my own.\n", encoding="utf-8")
    assert run_cli("import", str(doc), data_dir=data).returncode == 0
    archive = load_archive(data)
    (mine,) = [b for b in archive.bundles if not b.builtin]
    assert mine.provenance.status == "yours" and mine.provenance.key is None
    result = run_cli("verify", data_dir=data)
    assert result.returncode == 0 and "yours (imported by you, unsigned)" in result.stdout


# -- editors' tools -------------------------------------------------------------------------------


def test_keygen_sign_and_verify_an_edition(tmp_path, bundle_copy):
    data = tmp_path / "data"
    made = run_cli("bundle", "keygen", str(tmp_path / "ed"), data_dir=data, own_process=True)
    assert made.returncode == 0, made.stderr
    secret, public = tmp_path / "ed.key", tmp_path / "ed.pub"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    again = run_cli("bundle", "keygen", str(tmp_path / "ed"), data_dir=data)
    assert again.returncode == 1 and "not overwriting" in again.stderr

    (bundle_copy / "report.md").write_text(
        (bundle_copy / "report.md").read_text(encoding="utf-8") + "\nA new paragraph.\n",
        encoding="utf-8",
    )
    unsigned = run_cli("bundle", "sign", str(bundle_copy), "--key", str(secret), data_dir=data)
    assert unsigned.returncode == 1 and "use --rehash" in unsigned.stderr
    signed = run_cli(
        "bundle",
        "sign",
        str(bundle_copy),
        "--key",
        str(secret),
        "--rehash",
        data_dir=data,
        own_process=True,
    )
    assert signed.returncode == 0, signed.stderr

    untrusted = run_cli("bundle", "verify", str(bundle_copy), data_dir=data)
    assert untrusted.returncode == 1 and "unknown key" in untrusted.stderr
    with_key = run_cli(
        "bundle", "verify", str(bundle_copy), "--key", str(public), data_dir=data, own_process=True
    )
    assert with_key.returncode == 0, with_key.stderr
    assert "verified — signed by the ed" in with_key.stdout


def test_signing_refuses_a_file_that_is_not_a_secret_key(tmp_path, bundle_copy):
    bad = tmp_path / "bad.key"
    bad.write_text("untrusted comment: x\nAAAA\n", encoding="utf-8")
    with pytest.raises(Exception, match="not a minisign secret key"):
        sign_manifest(bundle_copy, bad, "x")


# -- the standard minisign tool agrees ------------------------------------------------------------


def minisign_verify(folder: Path, public_key: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [MINISIGN, "-Vm", str(folder / MANIFEST), "-P", public_key],
        capture_output=True,
        text=True,
        timeout=30,
    )


@needs_minisign
def test_minisign_verifies_the_bundled_edition():
    result = minisign_verify(BUNDLE_DIR, MURAGAT_PUBLIC_KEY)
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout
    assert "bundle:hrw-wr2026-kazakhstan" in result.stdout


@needs_minisign
def test_minisign_refuses_what_muragat_refuses(bundle_copy, tmp_path):
    edit(bundle_copy, "report.md", "six police officers", "two police officers")
    rehash(bundle_copy)
    assert minisign_verify(bundle_copy, MURAGAT_PUBLIC_KEY).returncode != 0
    forger = make_key(tmp_path / "forger", "forger")
    resign(bundle_copy, forger)
    result = minisign_verify(bundle_copy, MURAGAT_PUBLIC_KEY)
    assert result.returncode != 0
    # minisign names the same key id (printed without leading zeros: compare the numbers).
    said = re.search(r"Signature key id in \S+ is ([0-9A-F]+)", result.stderr + result.stdout)
    assert said and int(said.group(1), 16) == int(forger.key.key_id, 16), result.stderr
    assert minisign_verify(bundle_copy, forger.key.public_key).returncode == 0


@needs_minisign
def test_an_edition_signed_by_minisign_is_accepted_once_its_key_is_trusted(tmp_path, bundle_copy):
    sk, pk = tmp_path / "m.key", tmp_path / "m.pub"
    subprocess.run(
        [MINISIGN, "-G", "-W", "-s", str(sk), "-p", str(pk)],
        check=True,
        capture_output=True,
        timeout=30,
        env={**os.environ},
    )
    (bundle_copy / SIGNATURE).unlink()
    subprocess.run(
        [MINISIGN, "-S", "-s", str(sk), "-m", str(bundle_copy / MANIFEST), "-t", "by minisign"],
        check=True,
        capture_output=True,
        timeout=30,
    )
    from index.archive.signing import read_public_key

    key = read_public_key(pk, "minisign-made")
    assert "unknown key" in refused(bundle_copy).problem
    bundle = load_bundle(bundle_copy, keys=[muragat_key(), key])
    assert bundle.provenance.key.name == "minisign-made"
    assert bundle.provenance.trusted_comment == "by minisign"


def test_the_readme_gives_the_key_its_fingerprint_and_both_ways_to_verify():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    key = muragat_key()
    assert key.public_key in readme and key.key_id in readme and key.fingerprint in readme
    assert f"minisign -Vm manifest.json -P {key.public_key}" in readme
    assert "muragat verify" in readme and "Help → About the archive" in readme
    assert "does not prove" in readme


def test_a_damaged_list_of_trusted_keys_never_hides_the_report(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "trusted-keys.json").write_text('{"keys": [{"name": 1}', encoding="utf-8")
    archive = load_archive(data)
    assert archive.bundle("hrw-wr2026-kazakhstan") is not None
    (problem,) = archive.problems
    assert problem.file == "trusted-keys.json" and "unreadable list of trusted keys" in str(problem)
    (data / "trusted-keys.json").write_bytes(b" " * (2 << 20))
    assert "too large" in str(load_archive(data).problems[0])
    result = run_cli("trust", "list", data_dir=data)
    assert (
        result.returncode == 1
        and "too large" in result.stderr
        and "Traceback" not in (result.stderr)
    )


# -- what the single file's build checked (issue 23) ----------------------------------------------

CHECK_WITH_RECORD = """
import json, sys
from pathlib import Path
from index.archive.signing import check_signature, parse_public_key, MURAGAT_KEY_FILE
from index.archive.signing import MURAGAT_KEY_NAME, Key

record = json.loads(sys.argv[2])
folder = Path(sys.argv[1])
line = parse_public_key(MURAGAT_KEY_FILE.read_bytes(), "k", known=record["keys"]).public_key
key = Key(MURAGAT_KEY_NAME, line, builtin=True)
manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
provenance = check_signature(folder, manifest, [key], builtin=True, checked=record)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("cryptography", "minisign"))
print(json.dumps({"status": provenance.status, "signed": provenance.signed, "loaded": loaded}))
"""


def test_the_edition_the_build_checked_verifies_without_loading_cryptography(tmp_path):
    """A start of the single file checks its bundled edition against the build's record, so it
    need not unpack and load cryptography (11.6 MB) before the window."""
    record = build_record([BUNDLE_DIR])
    assert record["keys"] == [MURAGAT_PUBLIC_KEY] and len(record["signatures"]) == 1
    result = subprocess.run(
        [sys.executable, "-c", CHECK_WITH_RECORD, str(BUNDLE_DIR), json.dumps(record)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout)
    assert said["status"] == "verified" and said["signed"].startswith("20")
    assert said["loaded"] == []


def test_a_manifest_changed_after_the_build_is_checked_in_full(bundle_copy):
    record = build_record([bundle_copy])
    edit(bundle_copy, "report.md", "six police officers", "two police officers")
    rehash(bundle_copy)
    manifest = json.loads((bundle_copy / MANIFEST).read_text(encoding="utf-8"))
    with pytest.raises(BundleError) as info:
        check_signature(bundle_copy, manifest, [muragat_key()], builtin=True, checked=record)
    assert info.value.problem.startswith("signature check failed: the manifest was changed")


def test_a_record_never_vouches_for_a_bundle_in_the_data_folder(bundle_copy):
    """The record travels inside the executable beside the bundled edition; a bundle from the
    data folder (not ``builtin``) is checked in full even when a record names its bytes."""
    edit(bundle_copy, "report.md", "six police officers", "two police officers")
    rehash(bundle_copy)
    key = muragat_key()
    digest = signed_digest(
        key.public_key,
        (bundle_copy / SIGNATURE).read_bytes(),
        (bundle_copy / MANIFEST).read_bytes(),
    )
    record = {"keys": [key.public_key], "signatures": {digest: "timestamp:1\tforged"}}
    manifest = json.loads((bundle_copy / MANIFEST).read_text(encoding="utf-8"))
    with pytest.raises(BundleError) as info:
        check_signature(bundle_copy, manifest, [key], checked=record)
    assert info.value.problem.startswith("signature check failed: the manifest was changed")
