"""``muragat --self-test``: prove this build works end to end, in seconds, touching nothing of
the user's: open the window, check the edition's signature, search, export a one-note PDF,
import a file of each format, read a page by text recognition (OCR), in a temporary data
folder."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path


def run_self_test() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps: list[str] = []
    start = last = time.perf_counter()

    def step(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        steps.append(f"{name} {now - last:.2f}s")
        last = now

    try:
        with tempfile.TemporaryDirectory(prefix="muragat-selftest-") as tmp:
            from PySide6.QtWidgets import QApplication

            from app.gui.main_window import MainWindow
            from index.core import Core
            from index.notes.service import new_note

            app = QApplication.instance() or QApplication([sys.argv[0]])
            from app.qt_binding import none_is_immortal, void_call_refcount_drift

            if not none_is_immortal():  # before any other thread runs: they move the count
                calls = 10_000
                drift = void_call_refcount_drift(calls)
                if any(d <= -calls // 2 for d in drift.values()):
                    raise AssertionError(f"the Qt binding loses references to None: {drift}")
                step("binding")
            core = Core(Path(tmp) / "data")
            window = MainWindow(core)
            window.show()
            app.processEvents()
            step("window")
            from PySide6.QtGui import QFontMetrics

            drawn = QFontMetrics(window.notes_panel.private.font())  # "🔒 Private"
            if not all(drawn.inFontUcs4(ord(ch)) for ch in "🔒⚠¶"):
                raise AssertionError(
                    f"the window's fonts lack 🔒, ⚠ or ¶: {window.font().families()}"
                )
            step("symbols")
            bundle = core.archive.bundle("hrw-wr2026-kazakhstan")
            prov = bundle.provenance if bundle else None
            if prov is None or prov.key is None or not prov.key.builtin:
                raise AssertionError(
                    f"the bundled edition did not verify against the Muragat editions key: "
                    f"{core.archive.problems}"
                )
            step("signature")
            import json

            from index.archive.signing import check_signature, muragat_key
            from resources import BUNDLES

            # in full, with cryptography, which a start of the executable does not load
            folder = BUNDLES / "hrw-wr2026-kazakhstan"
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            check_signature(folder, manifest, [muragat_key()], builtin=True, checked={})
            step("signature(cryptography)")
            deadline = time.monotonic() + 60
            while not core.index_ready and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            result = core.find("Енсебек")
            if not any(h.id == "temirlan-ensebek" for h in result.hits):
                raise AssertionError(f"search for Енсебек missed the case record: {result}")
            from index.search import fast

            # which way postings are read: the compiled extension, or plain Python without it
            step(f"search({result.total} hits, {'compiled' if fast.enabled() else 'plain'})")
            from app.pdf.render import render_pdf
            from index.export import ExportOptions

            note = core.add_note(
                new_note(
                    core.archive,
                    "freedom-of-expression-2",
                    "Self-test",
                    quote="five years’ restricted freedom",
                )
            )
            pdf = Path(tmp) / "self-test.pdf"
            report = render_pdf([note], core.archive, pdf, ExportOptions(title="Self-test"))
            if report.pages < 2 or pdf.stat().st_size < 1000:
                raise AssertionError("the PDF export came out empty")
            step(f"pdf({report.pages} pages)")
            added = _import_every_format(core, Path(tmp) / "import")
            step(f"import({added} formats)")
            step(f"ocr({_recognise_a_page()})")
            window.close()
            window.tasks.wait()
            core.close()
    except Exception:
        sys.stderr.write("muragat self-test FAILED\n" + traceback.format_exc())
        return 1
    total = time.perf_counter() - start
    from app.frozen import glibc_floor

    floor = glibc_floor()
    system = f"; needs glibc {floor} or newer" if floor else ""
    print(f"muragat self-test OK: {', '.join(steps)}; total {total:.2f}s{system}")
    return 0


def _import_every_format(core, folder: Path) -> int:
    """Import one small file of each format: proves a build carries every reader's library
    (lxml, python-docx and its templates, charset-normalizer, markdown-it, striprtf)."""
    import zipfile

    import docx

    folder.mkdir(parents=True)
    word = docx.Document()
    word.add_heading("Brief", level=1)
    word.add_paragraph("Word text about the appeal.")
    word.save(str(folder / "brief.docx"))
    with zipfile.ZipFile(folder / "letter.odt", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
            "<office:body><office:text><text:p>OpenDocument text.</text:p></office:text>"
            "</office:body></office:document-content>",
        )
    (folder / "ru.txt").write_bytes("Суд в Алматы рассмотрел дело.".encode("cp1251"))
    (folder / "page.html").write_text("<html><body><p>A saved page.</p></body></html>")
    (folder / "draft.md").write_text("Draft\n=====\n\n- a list\n- of two\n")
    (folder / "note.rtf").write_bytes(rb"{\rtf1\ansi Rich text.\par}")
    report = core.import_paths([folder])
    added = report.count("added")
    if added != 6:
        problems = [f"{r.path}: {r.message}" for r in report.results if r.status != "added"]
        raise AssertionError(f"import: {added} of 6 formats imported; {problems}")
    if report.results and not core.find("Алматы").hits:
        raise AssertionError("the imported cp1251 text is not searchable")
    return added


OCR_PAGE = "Мұрағат: the court archive, 2025"
"""What the self-test's page says: Kazakh Cyrillic, English and digits."""
OCR_WORDS = ("Мұрағат", "court", "archive", "2025")


def _recognise_a_page() -> str:
    """Draw a small page (the bundled DejaVu Sans, with Qt), decode it as an imported PNG is
    decoded (Pillow) and read it with the engine and the models the build carries: proves the
    single file holds tesserocr, its libraries, Pillow and the models, and that they work.
    Returns the engine's version and the page's mean word confidence."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    from app.pdf.render import load_fonts, pdf_font
    from index.ocr.engine import available, recognise, version

    if not available():
        raise AssertionError("text recognition is not installed (tesserocr or its models)")
    load_fonts()
    page = QImage(900, 160, QImage.Format.Format_Grayscale8)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    font = pdf_font(12)
    font.setPixelSize(44)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(page.rect(), Qt.AlignmentFlag.AlignCenter, OCR_PAGE)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    page.save(buffer, "PNG")
    with Image.open(io.BytesIO(bytes(buffer.data()))) as image:
        text = recognise(image)
    read = " ".join(text.paragraphs)
    missing = [word for word in OCR_WORDS if word not in read]
    if missing:
        raise AssertionError(f"OCR read {read!r}: {missing} missing")
    return f"{version()}, {text.confidence:.0f}%"
