"""Notes out as Markdown and back (issue 27, Exchange): `muragat notes export --format md` and
`muragat notes import` of that file, beside the same round trip through W3C JSON-LD, at N notes;
and how long the largest file an import accepts takes to be refused when it is Markdown that
carries no notes.

Run from the project root::

    nice .venv/bin/python tests/bench/markdown_exchange_bench.py [--notes 10000]

Each command is a fresh process of the real CLI (``python -m app``), timed with wait4: wall,
CPU (user + system) and peak RSS. The corpus is the bundled report (its paragraphs and case
records; the paragraphs of more than 80 characters) and N notes stored in one batch: one in four a passage (a quoted span of a paragraph),
one in four a paragraph note, one in eight on a case record, the rest free notes; three tags
each; one in seven private; five colours. The second export, from the folder the Markdown was
imported into, is compared with the first (the ``exported:`` date line aside).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from bench_data import run_timed  # noqa: E402

ROOT = HERE.parents[1]
COLOURS = ("yellow", "green", "blue", "pink", "orange")


def fill(data: Path, count: int) -> None:
    from index.archive import load_archive
    from index.notes.service import new_note
    from index.notes.store import NotesStore

    archive = load_archive(data)
    paras = [p for p in archive.paragraphs() if len(p.text) > 80]
    cases = [c.id for c in archive.cases]
    notes = []
    for n in range(count):
        para = paras[n % len(paras)]
        tags = [f"topic/{n % 40}", f"year/{2015 + n % 10}", "witness" if n % 3 else "court"]
        body = f"Observation {n}: the hearing was adjourned again.\n\n- ask the lawyer\n- {n}"
        if n % 4 == 0:
            start = (n * 7) % max(1, len(para.text) - 40)
            note = new_note(archive, para.id, body, start=start, end=start + 30, tags=tags)
        elif n % 4 == 1:
            note = new_note(archive, para.id, body, tags=tags)
        elif n % 8 == 2:
            note = new_note(archive, cases[n % len(cases)], body, tags=tags)
        else:
            note = new_note(archive, None, body, tags=tags)
        note.private = n % 7 == 0
        note.color = COLOURS[n % len(COLOURS)]
        notes.append(note)
    store = NotesStore(data / "notes.sqlite3")
    store.import_batch(notes, [])
    store.close()


def muragat(data: Path, *args: str) -> dict:
    done = run_timed([sys.executable, "-m", "app", "--data-dir", str(data), *args], cwd=ROOT)
    return done


def row(what: str, done: dict, size: int | None = None) -> str:
    mb = f"{size / 10**6:8.1f}" if size is not None else " " * 8
    return (
        f"{what:<44} {done['wall']:7.2f} {done['cpu']:7.2f} {done['rss_mb']:7.0f} {mb} "
        f"{done['status']:>4}  {os.getloadavg()[0]:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    print(f"notes: {args.notes:,}; load average before: {os.getloadavg()}")
    print(f"{'':<44} {'wall s':>7} {'CPU s':>7} {'RSS MB':>7} {'file MB':>8} exit  load")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        source = base / "source"
        source.mkdir()
        fill(source, args.notes)
        same = {}
        for fmt, suffix in (("md", ".md"), ("w3c", ".jsonld")):
            out = base / f"notes{suffix}"
            done = muragat(source, "notes", "export", "--format", fmt, "--include-private",
                           "--output", str(out))  # fmt: skip
            print(row(f"export --format {fmt}", done, out.stat().st_size))
            fresh = base / f"fresh-{fmt}"
            done = muragat(fresh, "notes", "import", str(out))
            print(row(f"import {out.name} into a fresh folder", done))
            again = base / f"again{suffix}"
            muragat(fresh, "notes", "export", "--format", fmt, "--include-private",
                    "--output", str(again))  # fmt: skip

            def text(p: Path) -> list[str]:
                lines = p.read_text(encoding="utf-8").splitlines()
                return [x for x in lines if not x.startswith("exported: ")]

            same[fmt] = text(out) == text(again)
        hostile = base / "filler.md"
        para = "A paragraph of words that carries no note at all, line after line. " * 10
        with hostile.open("w", encoding="utf-8") as f:
            f.write('---\ngenerator: "Muragat notes export"\n---\n\n# x\n\n')
            while f.tell() < 49 * 10**6:
                f.write(para + "\n\n")
        done = muragat(base / "fresh-hostile", "notes", "import", str(hostile))
        print(row("import 49 MB of Markdown carrying no notes", done, hostile.stat().st_size))
    print(f"second export identical to the first: {same}")
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
