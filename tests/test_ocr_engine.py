"""Text recognition with the real Tesseract on pages the test renders (DejaVu Sans, the
bundled font): Russian, Kazakh and English read back, their language found, a page turned by
90° or 180° and one tilted by 3° read upright; and the bounds on opening image files."""

from __future__ import annotations

import difflib
import io
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from index.errors import KnownError
from index.imports.readers import Unreadable
from index.ocr import engine, images, pdf_pages, tessdata
from index.ocr.engine import check_languages, recognise
from index.ocr.skew import skew_angle

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"

RU = (
    "Суд рассмотрел жалобу заявителя на решение районного прокурора о прекращении уголовного "
    "дела. Заявитель утверждал, что сотрудники полиции задержали его без объяснения причин и "
    "удерживали в отделении более двенадцати часов. Свидетели подтвердили, что адвокат не был "
    "допущен к нему."
)
KK = (
    "Аудандық сот өтініш берушінің шағымын қарап, прокурордың шешімін күшінде қалдырды. "
    "Өтініш беруші полиция қызметкерлері оны себебін түсіндірмей ұстағанын және бөлімшеде он "
    "екі сағаттан астам ұстағанын айтты. Куәлар қорғаушының оған жіберілмегенін растады."
)
EN = (
    "The district court examined the complaint and upheld the decision of the prosecutor. The "
    "applicant said that police officers detained him without explaining the reasons and held "
    "him at the station for more than twelve hours. Witnesses confirmed that his lawyer was not "
    "admitted."
)

pytestmark = pytest.mark.skipif(not engine.available(), reason="text recognition not installed")


def render(
    paragraphs: list[str],
    font: str = "DejaVuSans.ttf",
    dpi: int = 300,
    points: float = 11,
    columns: int = 60,
    lines: list[list[str]] | None = None,
) -> Image.Image:
    """An A4 page at ``dpi`` with ``paragraphs`` wrapped at ``columns`` characters (or the
    given ``lines`` of each paragraph), black on white."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONTS / font), round(points * dpi / 72))
    step = round(points * 1.5 * dpi / 72)
    y = dpi
    for paragraph in lines or [textwrap.wrap(p, columns) for p in paragraphs]:
        for line in paragraph:
            draw.text((dpi, y), line, font=font, fill=0)
            y += step
        y += step
    return page


def accuracy(read: str, truth: str) -> float:
    """Character accuracy: 1 − (edits ÷ length of the truth), spaces collapsed."""
    read, truth = " ".join(read.split()), " ".join(truth.split())
    matcher = difflib.SequenceMatcher(None, read, truth, autojunk=False)
    edits = sum(
        max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"
    )
    return 1 - edits / len(truth)


@pytest.mark.parametrize(("text", "language"), [(RU, "rus"), (KK, "kaz"), (EN, "eng")])
def test_a_clean_page_reads_back_in_its_language(text, language):
    page = recognise(render([text]))
    assert accuracy(page.text, text) >= 0.97, page.text
    assert page.language == language
    assert (page.rotation, page.skew) == (0, 0.0)
    assert page.confidence >= engine.LOW_CONFIDENCE
    assert not page.low_confidence


def test_an_english_page_among_three_models_is_not_read_as_cyrillic():
    """With rus+kaz+eng loaded Tesseract reads this page's first word as Kazakh Cyrillic
    look-alikes ("Тһе district court"); its letters say English, so it is read again as
    English."""
    page = recognise(render([EN], font="DejaVuSans-Oblique.ttf"), "rus+kaz+eng")
    assert page.language == "eng"
    assert page.text.startswith("The district court"), page.text
    assert not any("\u0400" <= c <= "\u04ff" for c in page.text), page.text


def test_a_kazakh_and_english_page_reads_each_paragraph_in_its_language():
    """Read with all three models the English paragraph's "OF" comes out Cyrillic ("ОҒ"); read
    with Kazakh and English together, a Kazakh word comes out Latin ("Kyonap" for "Куәлар"):
    each paragraph is read again with its own language."""
    english = "THE COURT OF APPEAL. " + EN
    page = recognise(render([KK, english]))
    assert page.language == "kaz+eng"
    assert page.paragraphs == [KK, english]


def test_a_russian_paragraph_beside_a_kazakh_one_keeps_its_letters():
    """Beside a Kazakh paragraph and read with the three models, the Russian one loses "щ" and
    "ъ" ("прекрашении", "обьяснения") with no letter to show it: it is read again too."""
    page = recognise(render([KK, RU]))
    assert page.language == "rus+kaz"
    assert page.paragraphs == [KK, RU]


def test_a_page_in_two_languages_says_both():
    page = recognise(render([RU, EN]))
    assert page.language == "rus+eng"
    assert accuracy(page.text, RU + " " + EN) >= 0.97, page.text


@pytest.mark.parametrize("turned", [90, 180, 270])
def test_a_turned_page_is_read_upright(turned):
    """The page scanned upside down or sideways (turned ``turned``° counter-clockwise) is
    turned back (clockwise by as much) before it is read."""
    page = recognise(render([RU]).rotate(turned, expand=True))
    assert page.rotation == turned
    assert accuracy(page.text, RU) >= 0.97, page.text


@pytest.mark.parametrize("tilt", [3.0, -3.0])
def test_a_tilted_page_is_straightened(tilt):
    """A page scanned 3° askew: without straightening, Tesseract's layout cuts its lines into
    columns and the text comes out in pieces, out of order."""
    tilted = render([KK]).rotate(
        tilt, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC
    )
    page = recognise(tilted)
    assert page.skew == pytest.approx(tilt, abs=0.3)
    assert accuracy(page.text, KK) >= 0.97, page.text


def test_paragraphs_are_kept_and_broken_words_joined():
    lines = [
        ["Заявитель обжаловал постановление о при-", "менении меры пресечения."],
        ["The second paragraph stands apart."],
    ]
    page = recognise(render([], lines=lines))
    assert page.paragraphs == [
        "Заявитель обжаловал постановление о применении меры пресечения.",
        "The second paragraph stands apart.",
    ]


def test_a_paragraph_is_not_cut_where_tesseract_finds_a_long_line():
    """At 200 dpi Tesseract ends the first Russian paragraph at its longest line ("…в
    отделении более двенадцати" | "часов. Свидетели…"): the next line follows at the usual
    spacing, unindented, so it is joined again."""
    page = recognise(render([RU, RU], dpi=200))
    assert len(page.paragraphs) == 2, page.paragraphs
    assert all(accuracy(p, RU) >= 0.97 for p in page.paragraphs), page.paragraphs


def test_paragraphs_marked_by_indents_alone_stay_apart():
    """A court decision's layout: a title, then paragraphs with an indented first line and no
    blank line between them."""
    dpi, points = 300, 11
    page = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), round(points * dpi / 72))
    step, indent = round(points * 1.5 * dpi / 72), dpi // 2
    first = textwrap.wrap(RU, 60, initial_indent="      ")
    second = textwrap.wrap(KK, 60, initial_indent="      ")
    y = dpi
    for line in ["ПОСТАНОВЛЕНИЕ", *first, *second]:
        x = dpi + (indent if line.startswith(" ") else 0)
        draw.text((x, y), line.strip(), font=font, fill=0)
        y += step
    read = recognise(page)
    assert len(read.paragraphs) == 3, read.paragraphs
    assert read.paragraphs[0] == "ПОСТАНОВЛЕНИЕ"
    assert accuracy(read.paragraphs[1], RU) >= 0.97
    assert accuracy(read.paragraphs[2], KK) >= 0.97


def test_a_blank_page_reads_nothing():
    page = recognise(Image.new("L", (2480, 3508), 255))
    assert (page.paragraphs, page.words, page.confidence, page.language) == ([], 0, 0.0, "")
    assert page.low_confidence


def test_languages_are_checked():
    assert check_languages("rus+kaz+eng") == "rus+kaz+eng"
    assert check_languages(" ENG, rus eng ") == "eng+rus"
    with pytest.raises(KnownError, match="unknown text recognition language 'deu'"):
        check_languages("rus+deu")
    with pytest.raises(KnownError, match="no text recognition language"):
        check_languages(" + ")
    with pytest.raises(KnownError, match="'fra'"):
        recognise(Image.new("L", (100, 100), 255), "fra")


def test_the_engine_names_itself():
    assert engine.version().startswith("Tesseract 5.")


# -- opening image files ----------------------------------------------------------------------


def _encoded(image: Image.Image, kind: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header says ``width``×``height`` and whose data is a few bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


def test_an_enormous_image_is_refused_before_decoding(tmp_path):
    """PNGs claiming 100,000×100,000 pixels (10 GB decoded) and 10,000×5,000 (over the bound,
    under Pillow's own) are refused from their header, in a process allowed 512 MB of memory."""
    for n, (width, height) in enumerate([(100_000, 100_000), (10_000, 5_000)]):
        (tmp_path / f"bomb{n}.png").write_bytes(_png_claiming(width, height))
    script = textwrap.dedent(f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (512 * 1024**2, 512 * 1024**2))
        from index.imports.readers import Unreadable
        from index.ocr.images import open_image_pages
        for n in (0, 1):
            try:
                list(open_image_pages({str(tmp_path)!r} + f"/bomb{{n}}.png"))
            except Unreadable as exc:
                print(exc)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "the image is larger than Muragat decodes (40 million pixels)",
        "the image is 10000×5000 pixels, more than Muragat decodes (40 million pixels)",
    ]


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_a_truncated_image_is_refused_with_a_reason(kind):
    whole = _encoded(render([RU], dpi=100).convert("RGB"), kind)
    assert [p.size for p in images.open_image_pages(whole)] == [(827, 1169)]
    with pytest.raises(Unreadable, match=r"the image is damaged or cut short \(.+\)"):
        list(images.open_image_pages(whole[: len(whole) // 2]))


def test_not_an_image_is_refused():
    with pytest.raises(Unreadable, match="not a PNG, JPEG or TIFF image"):
        list(images.open_image_pages(b"GIF89a" + bytes(100)))


def test_a_multipage_tiff_gives_its_pages(tmp_path):
    pages = [Image.new("L", (300 + 10 * n, 400), 255 - 40 * n) for n in range(3)]
    path = tmp_path / "court.tiff"
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    assert images.page_count(path) == 3
    got = list(images.open_image_pages(path))
    assert [(p.size, p.getpixel((0, 0))) for p in got] == [
        ((300, 400), 255),
        ((310, 400), 215),
        ((320, 400), 175),
    ]
    with pytest.raises(Unreadable, match="the image has 3 pages, more than Muragat reads \\(2\\)"):
        next(images.open_image_pages(path, max_pages=2))


def test_a_fax_tiff_of_black_and_white_pages_reads():
    """Court scans often come as 1-bit TIFF, CCITT group 4 compressed."""
    ink = render([RU], dpi=200).point(lambda v: 255 if v > 128 else 0).convert("1")
    fax = io.BytesIO()
    ink.save(fax, "TIFF", save_all=True, append_images=[ink], compression="group4")
    pages = list(images.open_image_pages(fax.getvalue()))
    assert [(p.mode, p.size) for p in pages] == [("L", (1654, 2338))] * 2
    assert accuracy(recognise(pages[1]).text, RU) >= 0.97


def test_a_photo_taken_sideways_is_turned_by_its_exif_orientation():
    photo = Image.new("RGB", (600, 400), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90° clockwise to view"
    (page,) = images.open_image_pages(_encoded(photo, "JPEG", exif=exif))
    assert page.size == (400, 600)


def test_a_huge_photo_is_decoded_smaller_other_huge_images_refused(monkeypatch):
    """A JPEG over the bound is decoded at 1/2, 1/4 or 1/8 scale when that fits; a PNG cannot
    be, and is refused."""
    monkeypatch.setattr(images, "MAX_PIXELS", 1_000_000)
    photo = render([EN], dpi=200).convert("RGB")  # 1654×2338: 3.9 million pixels
    (page,) = images.open_image_pages(_encoded(photo, "JPEG"))
    assert page.size == (827, 1169)
    with pytest.raises(Unreadable, match="1654×2338 pixels, more than Muragat decodes"):
        list(images.open_image_pages(_encoded(photo, "PNG")))


# -- PDF pages --------------------------------------------------------------------------------


def _text_page_pdf(text: str, size: float = 612, password: str | None = None) -> bytes:
    """A one-page PDF whose text is drawn with Helvetica: a text layer."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(size, size)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 72 500 Td (" + text.encode() + b") Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    if password:
        writer.encrypt(password, "owner-secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _scan_then_text_pdf() -> bytes:
    """Page 1: a Russian page scanned at 200 dpi (an image, no text layer); page 2: text."""
    from pypdf import PdfReader, PdfWriter

    scan = io.BytesIO()
    render([RU], dpi=200).save(scan, "PDF", resolution=200)
    writer = PdfWriter()
    writer.append(PdfReader(scan))
    writer.append(PdfReader(io.BytesIO(_text_page_pdf("This page has a text layer of its own."))))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_says_which_pages_are_scans_and_its_scan_reads_back():
    data = _scan_then_text_pdf()
    kinds = pdf_pages.page_kinds(data)
    assert [(k.number, k.scanned, k.has_text) for k in kinds] == [
        (1, True, False),
        (2, False, True),
    ]
    page = pdf_pages.render_page(data, 1)
    assert page.mode == "L"
    assert page.size == (pytest.approx(2481, abs=1), pytest.approx(3507, abs=1))  # A4, 300 dpi
    assert accuracy(recognise(page).text, RU) >= 0.97


def test_the_scan_view_gets_a_page_of_a_pdf_or_a_tiff_as_png(tmp_path):
    shown = Image.open(io.BytesIO(pdf_pages.render_page_png(_scan_then_text_pdf(), 1, 800)))
    assert (shown.format, shown.mode, max(shown.size)) == ("PNG", "RGB", 800)
    pages = [Image.new("RGB", (900, 1200), colour) for colour in ("white", "red", "blue")]
    tiff = io.BytesIO()
    pages[0].save(tiff, "TIFF", save_all=True, append_images=pages[1:])
    shown = Image.open(io.BytesIO(pdf_pages.render_page_png(tiff.getvalue(), 2, 600)))
    assert (shown.size, shown.getpixel((10, 10))) == ((450, 600), (255, 0, 0))
    with pytest.raises(IndexError):
        pdf_pages.render_page_png(tiff.getvalue(), 4, 600)


def test_an_enormous_pdf_page_renders_within_the_bound():
    """A 200-inch square page (the most PDF allows) would be 3.6 billion pixels at 300 dpi."""
    page = pdf_pages.render_page(_text_page_pdf("big", size=14400), 1)
    assert page.width * page.height <= images.MAX_PIXELS
    assert page.width >= 6000


def test_a_pdf_with_a_password_is_refused_with_a_reason():
    with pytest.raises(Unreadable, match="the PDF is protected by a password"):
        pdf_pages.page_kinds(_text_page_pdf("secret", password="s3cret"))
    with pytest.raises(Unreadable, match="the PDF is damaged"):
        pdf_pages.page_kinds(b"%PDF-1.7\n" + bytes(200))


# -- where the models are ---------------------------------------------------------------------


def test_the_models_folder_can_be_named_and_a_wrong_one_is_said(tmp_path, monkeypatch):
    found = tessdata.tessdata_dir()
    assert found is not None and tessdata.has_models(found, tessdata.NEEDED)
    mine = tmp_path / "models"
    mine.mkdir()
    for name in ("rus", "kaz", "eng"):  # no orientation model: pages are read as they lie
        (mine / f"{name}.traineddata").symlink_to(found / f"{name}.traineddata")
    monkeypatch.setenv("MURAGAT_TESSDATA", str(mine))
    assert tessdata.tessdata_dir() == mine
    page = recognise(render([RU]).rotate(180))
    assert page.rotation == 0
    assert accuracy(recognise(render([RU])).text, RU) >= 0.97
    monkeypatch.setenv("MURAGAT_TESSDATA", str(tmp_path / "nothing"))
    assert tessdata.tessdata_dir() is None
    assert not engine.available()
    with pytest.raises(KnownError, match=r"^text recognition is not installed$"):
        recognise(render([RU]))


def test_one_module_each_talks_to_the_engine_and_to_pdfium():
    """tesserocr only in engine.py, pypdfium2 only in pdf_pages.py, image files opened only in
    images.py: the bounds and the in-memory rule are kept in one place each."""
    import re

    found = {}
    for path in sorted((ROOT / "index").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for name, pattern in (
            ("tesserocr", r"^\s*(import|from) tesserocr\b"),
            ("pypdfium2", r"^\s*(import|from) pypdfium2\b"),
            ("Image.open", r"\bImage\.open\("),
        ):
            if re.search(pattern, text, re.MULTILINE):
                found.setdefault(name, []).append(path.relative_to(ROOT).as_posix())
    assert found == {
        "tesserocr": ["index/ocr/engine.py"],
        "pypdfium2": ["index/ocr/pdf_pages.py"],
        "Image.open": ["index/ocr/images.py"],
    }


@pytest.mark.parametrize("tilt", [0.0, 0.4, -1.2, 5.5, -7.5])
def test_the_tilt_is_found_to_a_few_tenths_of_a_degree(tilt):
    page = render([RU, EN, KK], dpi=150)
    if tilt:
        page = page.rotate(tilt, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    assert skew_angle(page) == pytest.approx(-tilt, abs=0.2)
