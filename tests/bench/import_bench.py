"""Import N mixed files and watch memory.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/import_bench.py [--files 1000]
        [--mix classic|all]

``classic`` is the mix this benchmark always had (Markdown, UTF-8 and cp1251 text, HTML, PDF),
for before/after comparisons; ``all`` (the default) adds Word, OpenDocument, RTF, KOI8-R and
cp1252 French, one file in ten of each kind.

Prints time and the process's resident memory after each quarter: steady memory means the
importer holds one file at a time, not the batch.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

WORDS = [
    "court",
    "sentenced",
    "activist",
    "journalist",
    "detention",
    "appeal",
    "charges",
    "freedom",
    "assembly",
    "expression",
    "police",
    "protest",
    "Almaty",
    "Astana",
    "restricted",
    "prison",
    "hunger",
    "strike",
    "defender",
    "Ensebek",
    "Zhylanbaev",
    "Toregozhina",
    "Mukhammadkarim",
    "Azattyk",
    "accreditation",
    "ministry",
]
RU = [
    "суд",
    "приговорил",
    "активиста",
    "журналиста",
    "задержание",
    "апелляция",
    "свобода",
    "собрания",
    "Алматы",
]


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


FR = ["tribunal", "liberté", "détenu", "procès", "journaliste", "répression", "été", "société"]


def make_files(folder: Path, n: int, pdf_seed: bytes, mix: str = "all") -> None:
    rng = random.Random(7)
    kinds = 5 if mix == "classic" else 10
    for i in range(n):
        para = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(12))
        kind = i % kinds
        if kind >= 5:
            make_new_kind(folder, i, kind, para, rng)
            continue
        if kind == 0:
            (folder / f"doc{i}.md").write_text(f"# Document {i}\n\n{para}\n", encoding="utf-8")
        elif kind == 1:
            (folder / f"doc{i}.txt").write_text(para, encoding="utf-8")
        elif kind == 2:
            ru = "\n\n".join(" ".join(rng.choice(RU) for _ in range(60)) for _ in range(12))
            (folder / f"doc{i}-ru.txt").write_bytes(ru.encode("cp1251"))
        elif kind == 3:
            body = "".join(f"<p>{p}</p>" for p in para.split("\n\n"))
            (folder / f"doc{i}.html").write_text(
                f"<html><head><script>x()</script></head><body><main><h1>Page {i}</h1>{body}"
                f"</main></body></html>",
                encoding="utf-8",
            )
        else:
            (folder / f"doc{i}.pdf").write_bytes(pdf_seed + f"\n%{i}\n".encode())


def make_new_kind(folder: Path, i: int, kind: int, para: str, rng: random.Random) -> None:
    paras = para.split("\n\n")
    if kind == 5:
        import docx

        doc = docx.Document()
        doc.add_heading(f"Brief {i}", level=1)
        for n, p in enumerate(paras):
            doc.add_paragraph(p, style="List Bullet" if n % 4 == 3 else None)
        doc.save(str(folder / f"doc{i}.docx"))
    elif kind == 6:
        import zipfile

        ns = (
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        )
        body = "".join(f"<text:p>{p}</text:p>" for p in paras)
        with zipfile.ZipFile(folder / f"doc{i}.odt", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            z.writestr(
                "content.xml",
                f"<office:document-content {ns}><office:body><office:text>"
                f'<text:h text:outline-level="1">Letter {i}</text:h>{body}'
                "</office:text></office:body></office:document-content>",
            )
    elif kind == 7:
        rtf = "".join(f"\\pard {p}\\par\n" for p in paras)
        (folder / f"doc{i}.rtf").write_text("{\\rtf1\\ansi " + rtf + "}", encoding="ascii")
    elif kind == 8:
        ru = "\n\n".join(" ".join(rng.choice(RU) for _ in range(60)) for _ in range(12))
        (folder / f"doc{i}-koi8.txt").write_bytes(ru.encode("koi8-r"))
    else:
        fr = "\n\n".join(" ".join(rng.choice(FR) for _ in range(60)) for _ in range(12))
        (folder / f"doc{i}-fr.txt").write_bytes(fr.encode("cp1252"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--mix", choices=("classic", "all"), default="all")
    args = parser.parse_args()
    from app.pdf.render import render_pdf
    from index.core import Core
    from index.export import ExportOptions
    from index.notes.service import new_note

    tmp = Path(tempfile.mkdtemp(prefix="muragat-import-bench-"))
    seed_core = Core(tmp / "seed")
    note = seed_core.add_note(new_note(seed_core.archive, "summary-1", "seed", quote="Kazakh"))
    render_pdf([note], seed_core.archive, tmp / "seed.pdf", ExportOptions(title="Seed"))
    src = tmp / "files"
    src.mkdir()
    make_files(src, args.files, (tmp / "seed.pdf").read_bytes(), args.mix)
    size = sum(p.stat().st_size for p in src.iterdir()) / 1e6
    core = Core(tmp / "data")
    core.search.ensure()
    marks: list[tuple[int, float, float]] = []
    start = time.perf_counter()
    base = rss_mb()

    def progress(done: int, total: int, _name: str) -> None:
        if done and done % max(1, total // 4) == 0:
            marks.append((done, time.perf_counter() - start, rss_mb()))

    report = core.import_paths([src], progress)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.files} files ({args.mix}), {size:.1f} MB: {report.count('added')} added, "
        f"{report.count('skipped')} skipped, in {seconds:.1f} s "
        f"({args.files / seconds:.0f} files/s, including indexing)"
    )
    print(f"{'files done':>10}{'seconds':>9}{'RSS MB':>9}")
    print(f"{0:>10}{0:>9.1f}{base:>9.0f}")
    for done, t, mb in marks:
        print(f"{done:>10}{t:>9.1f}{mb:>9.0f}")
    print(f"peak RSS of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
