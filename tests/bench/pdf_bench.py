"""Export time for N notes to PDF (and Markdown beside it, as a baseline).

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/pdf_bench.py [--notes 1000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from app.pdf.render import render_pdf
from index.core import Core
from index.export import ExportOptions
from index.export.markdown import export_markdown
from index.notes.service import new_note


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="muragat-pdf-bench-"))
    core = Core(folder)
    paragraphs = [p for p in core.archive.paragraphs() if len(p.text) > 60]
    t0 = time.perf_counter()
    for n in range(args.notes):
        para = paragraphs[n % len(paragraphs)]
        start = (n * 7) % (len(para.text) - 40)
        quote = para.text[start : start + 30]
        core.add_note(
            new_note(
                core.archive,
                para.id,
                f"Note {n}: **why** it matters — Қазақ тілі, пункт {n}.\n\n- a\n- b",
                quote=quote,
                tags=[f"topic/{n % 7}"],
                private=n % 10 == 0,
            )
        )
    made = time.perf_counter() - t0
    notes = core.notes.notes()
    t0 = time.perf_counter()
    md = export_markdown(notes, core.archive)
    md_s = time.perf_counter() - t0
    report = render_pdf(notes, core.archive, folder / "notes.pdf", ExportOptions(title="Benchmark"))
    size = (folder / "notes.pdf").stat().st_size / 1e6
    print(f"{'export':<12}{'notes':>7}{'seconds':>10}{'pages':>8}{'MB':>8}")
    print(f"{'Markdown':<12}{len(notes):>7}{md_s:>10.2f}{'-':>8}{len(md) / 1e6:>8.2f}")
    print(f"{'PDF':<12}{report.notes:>7}{report.seconds:>10.2f}{report.pages:>8}{size:>8.2f}")
    print(f"(storing the {args.notes} notes took {made:.1f} s; not part of the export)")


if __name__ == "__main__":
    main()
