"""``muragat notes export --format pdf``: the CLI face of the PDF exporter."""

from __future__ import annotations

import argparse
from pathlib import Path

from index.core import Core
from index.notes.model import Note


def export_pdf_cli(core: Core, notes: list[Note], output: Path, args: argparse.Namespace) -> int:
    from app.pdf.compose import Options
    from app.pdf.render import render_pdf

    report = render_pdf(
        notes, core.archive, output, Options(title=args.title, group_by=args.group_by)
    )
    print(
        f"exported {report.notes} note(s) to {output} ({report.pages} pages, "
        f"{report.seconds:.2f} s)"
    )
    return 0
