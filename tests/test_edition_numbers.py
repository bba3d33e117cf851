"""Editions that cannot be rolled back: a signed, increasing edition number per publisher key; the
data folder remembers the newest seen of each bundle and refuses an older one, unless the user
accepts it explicitly (``muragat trust accept-older-edition``).

Everything goes through the doors a user or an editor uses: ``muragat bundle sign --edition``,
``muragat trust add``, ``muragat verify`` (which opens the archive as any command does),
``muragat bundle verify`` and ``muragat wipe``; a throwaway key signs the editions.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from conftest import ROOT, colleague_bundle, make_key, resign, run_cli

from index.archive import load_archive
from index.archive.signing import SIGNATURE, muragat_key

EDITIONS_SEEN = "editions-seen.json"
"""In the data folder: the newest edition seen of each bundle, per key (index.archive.editions)."""
OLD_EDITION = ROOT / "tests" / "reference" / "edition-775adab"
"""The bundled edition as signed in commit 775adab (the wave-1 case records, no edition number),
signed with the Muragat editions key: an older edition of the bundled one."""


def sign(folder: Path, secret: Path, *extra: str):
    return run_cli("bundle", "sign", str(folder), "--key", str(secret), *extra)


def unnumbered(folder: Path, editor) -> Path:
    """The colleague's bundle signed without an edition number, as before edition numbers."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("edition_number", None)
    resign(folder, editor, manifest)
    assert "edition:" not in (folder / SIGNATURE).read_text(encoding="utf-8")
    return folder


def editions(tmp_path: Path):
    """A colleague's bundle signed as editions 1, 2 and 3 by a throwaway key; a copy of each."""
    editor = make_key(tmp_path / "keys", "Aigerim")
    work = unnumbered(colleague_bundle(tmp_path / "work", editor), editor)
    copies = {}
    for n in (1, 2, 3):
        signed = sign(work, editor.secret, "--edition", str(n))
        assert signed.returncode == 0, signed.stderr
        assert f"edition {n} of colleague-edition" in signed.stdout
        copies[n] = shutil.copytree(work, tmp_path / f"edition-{n}")
    return editor, work, copies


def trust(data: Path, editor) -> None:
    added = run_cli("trust", "add", str(editor.public), "--name", "Aigerim", "--yes", data_dir=data)
    assert added.returncode == 0, added.stderr


def place(data: Path, edition: Path) -> Path:
    target = data / "bundles" / "colleague-edition"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(edition, target)
    return target


def test_the_edition_number_is_signed_and_can_only_go_up(tmp_path):
    editor, work, copies = editions(tmp_path)
    manifest = json.loads((copies[2] / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["edition_number"] == 2
    assert "\tedition:2" in (copies[2] / SIGNATURE).read_text(encoding="utf-8")

    again = sign(work, editor.secret, "--edition", "2")
    assert again.returncode == 1
    assert "not signing edition 2: this key last signed edition 3 of this bundle" in again.stderr
    assert "--edition 4" in again.stderr
    unnumbered = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    unnumbered.pop("edition_number")
    (work / "manifest.json").write_text(json.dumps(unnumbered), encoding="utf-8")
    assert sign(work, editor.secret).returncode == 1  # without a number after numbered ones
    # the next number is signed, and written into the manifest
    assert sign(work, editor.secret, "--edition", "4").returncode == 0


def test_an_older_edition_is_refused_after_a_newer_one_and_opens_when_accepted(tmp_path):
    editor, _, copies = editions(tmp_path)
    data = tmp_path / "data"
    trust(data, editor)

    place(data, copies[3])
    newest = run_cli("verify", "--json", data_dir=data)
    assert newest.returncode == 0, newest.stderr
    numbers = {r["bundle"]: r["edition_number"] for r in json.loads(newest.stdout)["results"]}
    assert numbers == {"hrw-wr2026-kazakhstan": 1, "colleague-edition": 3}
    seen = json.loads((data / EDITIONS_SEEN).read_text(encoding="utf-8"))
    assert seen["newest"][editor.key.key_id]["colleague-edition"]["edition"] == 3

    folder = place(data, copies[2])
    older = run_cli("verify", data_dir=data)
    assert older.returncode == 1
    assert (
        f"edition 2 of “A colleague” (key ID {editor.key.key_id}), older than edition 3 seen on "
        in older.stderr
    )
    assert "refused — an older edition may be a rollback" in older.stderr
    assert f"to open it anyway: muragat trust accept-older-edition {folder}" in older.stderr
    assert load_archive(data).bundle("colleague-edition") is None

    accepted = run_cli("trust", "accept-older-edition", str(folder), data_dir=data)
    assert accepted.returncode == 0, accepted.stderr
    assert "Accepted: edition 2 of colleague-edition" in accepted.stdout
    seen = json.loads((data / EDITIONS_SEEN).read_text(encoding="utf-8"))
    (entry,) = seen["accepted"]
    assert entry["edition"] == 2 and entry["key_id"] == editor.key.key_id and entry["accepted"]
    assert run_cli("verify", data_dir=data).returncode == 0
    assert load_archive(data).bundle("colleague-edition").manifest.edition_number == 2
    # accepting edition 2 accepted that edition only: edition 1 is still refused
    place(data, copies[1])
    assert "edition 1 of “A colleague”" in run_cli("verify", data_dir=data).stderr


def test_a_fresh_data_folder_accepts_any_signed_edition(tmp_path):
    editor, _, copies = editions(tmp_path)
    first = tmp_path / "first"
    trust(first, editor)
    place(first, copies[3])
    assert run_cli("verify", data_dir=first).returncode == 0
    fresh = tmp_path / "fresh"  # the memory is per data folder: this one never saw edition 3
    trust(fresh, editor)
    place(fresh, copies[2])
    assert run_cli("verify", data_dir=fresh).returncode == 0
    assert load_archive(fresh).bundle("colleague-edition").manifest.edition_number == 2


def test_an_edition_without_a_number_from_a_key_with_numbered_ones_is_refused(tmp_path):
    editor, _, copies = editions(tmp_path)
    data = tmp_path / "data"
    trust(data, editor)
    place(data, copies[1])
    assert run_cli("verify", data_dir=data).returncode == 0
    place(data, unnumbered(colleague_bundle(tmp_path / "old", editor), editor))
    refused = run_cli("verify", data_dir=data)
    assert refused.returncode == 1
    assert "an edition of “A colleague”" in refused.stderr
    assert "without an edition number, older than edition 1 seen on" in refused.stderr


def test_the_bundled_edition_is_edition_1_and_loads(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    archive = load_archive(data)
    assert not archive.problems
    bundle = archive.bundle("hrw-wr2026-kazakhstan")
    assert bundle.manifest.edition_number == 1
    assert "\tedition:1" in bundle.provenance.trusted_comment
    seen = json.loads((data / EDITIONS_SEEN).read_text(encoding="utf-8"))
    assert seen["newest"][muragat_key().key_id]["hrw-wr2026-kazakhstan"]["edition"] == 1
    assert not load_archive(data).problems  # and again, once remembered


def test_the_775adab_edition_of_the_bundled_report_is_refused_as_older(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    assert run_cli("verify", data_dir=data).returncode == 0  # the bundled edition 1, seen
    checked = run_cli("bundle", "verify", str(OLD_EDITION), data_dir=data)  # on a stick, say
    assert checked.returncode == 1
    assert "hrw-wr2026-kazakhstan: manifest.json: an edition of “Human Rights Watch”" in (
        checked.stderr
    )
    assert "without an edition number, older than edition 1 seen on" in checked.stderr
    # dropped into the data folder, it is refused for what it is, not for its id or format
    shutil.copytree(OLD_EDITION, data / "bundles" / "hrw-wr2026-kazakhstan")
    loaded = run_cli("verify", data_dir=data)
    assert loaded.returncode == 1
    assert "older than edition 1 seen on" in loaded.stderr
    # in a folder that has seen no edition it is not refused as older, but for its case-file
    # format, which loading no longer reads (verify runs every check loading runs)
    fresh = run_cli("bundle", "verify", str(OLD_EDITION), data_dir=tmp_path / "fresh")
    assert fresh.returncode == 1
    assert "cases.json: does not follow its schema" in fresh.stderr
    assert "older than" not in fresh.stderr


def test_wipe_forgets_the_editions_seen(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    assert not load_archive(data).problems
    assert (data / EDITIONS_SEEN).is_file()
    wiped = run_cli("wipe", "--yes", data_dir=data)
    assert wiped.returncode == 0, wiped.stderr
    assert not (data / EDITIONS_SEEN).exists()



def test_the_memory_is_sealed_by_the_vault_and_still_refuses(tmp_path):
    from test_vault import PASS, _fd_with, cli

    from index.vault.sealed import MAGIC

    editor, _, copies = editions(tmp_path)
    data = tmp_path / "data"
    trust(data, editor)
    place(data, copies[3])
    assert run_cli("verify", data_dir=data).returncode == 0
    assert editor.key.key_id.encode() in (data / EDITIONS_SEEN).read_bytes()  # in the clear

    fd = _fd_with(PASS)
    enabled = run_cli("--passphrase-fd", str(fd), "vault", "enable", data_dir=data)
    os.close(fd)
    assert enabled.returncode == 0, enabled.stderr
    sealed = (data / EDITIONS_SEEN).read_bytes()
    assert sealed.startswith(MAGIC) and editor.key.key_id.encode() not in sealed

    place(data, copies[2])
    refused = cli(data, "verify")
    assert refused.returncode == 1
    assert "older than edition 3 seen on" in refused.stderr
