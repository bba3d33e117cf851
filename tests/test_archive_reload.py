"""An import, an update or a removal loads that document's bundle again and keeps the others as
they are (issue 18: every change reloaded and re-verified the whole archive); the outcome is
the archive a fresh start loads."""

from __future__ import annotations

from pathlib import Path

from index.archive import load_archive
from index.core import Core


def shape(archive) -> list:
    return shape_of(archive.bundles)


def shape_of(bundles) -> list:
    return [
        (b.id, b.manifest.sha256, [(p.id, p.text) for d in b.documents for p in d.paragraphs])
        for b in bundles
    ]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_change_reloads_its_own_bundle_and_matches_a_fresh_load(data_dir, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(8):
        write(docs, f"file-{i}.md", f"# File {i}\n\nHearing {i} in Almaty.\n")
    core = Core(data_dir)
    core.import_paths([docs])
    before = core.archive
    assert len(before.bundles) == 9 and not before.problems
    kept = next(b for b in before.bundles if b.id.endswith("file-0"))
    # Altered behind Muragat's back: a change that read every bundle again would refuse it.
    with (Path(kept.path) / "document.md").open("a", encoding="utf-8") as fh:
        fh.write("\nAltered.\n")

    write(docs, "file-3.md", "# File 3\n\nHearing 3 moved to Astana.\n")  # a new version
    write(docs, "file-9.md", "# File 9\n\nA new hearing.\n")
    core.import_paths([docs / "file-3.md", docs / "file-9.md"])
    gone = next(b.id for b in core.archive.bundles if b.id.endswith("file-5"))
    core.remove_document(gone)

    after = core.archive
    assert not after.problems  # the altered bundle was not read again
    fresh = load_archive(data_dir)  # reads and verifies every folder
    assert [p.bundle for p in fresh.problems] == [kept.id]
    assert sorted(shape(after)) == sorted([*shape(fresh), *shape_of([kept])])
    core.close()
