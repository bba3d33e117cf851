"""Test pages for text recognition, made from known text: what a scanned court decision,
a summons or a letter from prison looks like, in Russian, Kazakh and English.

Every page is drawn here with Pillow and the bundled DejaVu Sans (the repository has no
serif with Cyrillic) on an A4 sheet with 2 cm margins, so a test knows exactly which text
the page holds. Variants:

- ``clean``: the page as a flatbed scanner gives it, grey, antialiased;
- ``noise``: Gaussian noise (σ 24 grey levels) and salt and pepper (0.4 % of pixels each);
- ``rotated``: the sheet put on the glass a little askew, 1–3° either way;
- ``photo``: a phone photo of the sheet lying on a table — seen at an angle (perspective),
  lit unevenly, a little out of focus, JPEG-compressed, stored turned on its side with an
  EXIF orientation tag saying how to turn it back (as phones do).

Everything is deterministic: the same arguments give the same pixels (noise from
``random.Random(seed)``), so benchmark runs compare. Russian and Kazakh texts are written
for these pages (court-decision, summons and letter wording; names and places invented);
English comes from the bundled Human Rights Watch report.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from index.ocr.prepare import perspective

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
BOLD = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
REPORT = ROOT / "resources" / "bundles" / "hrw-wr2026-kazakhstan" / "report.md"

LANGUAGES = ("rus", "kaz", "eng")
DPIS = (200, 300)
VARIANTS = ("clean", "noise", "rotated", "photo")
KINDS = ("decision", "summons", "letter")

A4_INCHES = (8.27, 11.69)
MARGIN_INCHES = 0.79  # 2 cm
FONT_POINTS = 11
LINE_SPACING = 1.35

TITLES = {
    "rus": {
        "decision": "ПРИГОВОР ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН",
        "summons": "ПОВЕСТКА О ВЫЗОВЕ",
        "letter": "ПИСЬМО",
    },
    "kaz": {
        "decision": "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН ҮКІМ",
        "summons": "ШАҚЫРУ ҚАҒАЗЫ",
        "letter": "ХАТ",
    },
}

TEXTS = {
    "rus": {
        "decision": [
            "Специализированный межрайонный суд по уголовным делам города Алматы в составе "
            "председательствующего судьи Ахметовой Г. С., при секретаре судебного заседания "
            "Жумабаевой А. К., с участием государственного обвинителя Сейткалиева Н. Б. и "
            "защитника Ким О. В., рассмотрев в открытом судебном заседании уголовное дело "
            "№ 7514-24-00-1/215, установил следующее.",
            "Подсудимый обвиняется в том, что 14 марта 2024 года, находясь в здании районного "
            "отдела полиции, применил насилие к задержанному, причинив ему телесные "
            "повреждения средней тяжести. Допрошенный в суде потерпевший показал, что его "
            "удерживали без доступа к адвокату более двенадцати часов, а протокол задержания "
            "был составлен лишь на следующий день.",
            "Суд, исследовав материалы дела и выслушав стороны, приходит к выводу, что вина "
            "подсудимого доказана полностью. Приговор может быть обжалован в апелляционном "
            "порядке в течение пятнадцати суток со дня его провозглашения.",
        ],
        "summons": [
            "Гражданин Нурланов Ерлан Маратович, 1987 года рождения, проживающий по адресу: "
            "г. Астана, ул. Кенесары, д. 40, кв. 12, вызывается к следователю следственного "
            "управления в качестве свидетеля 22 апреля 2024 года к 10 часам 30 минутам, "
            "кабинет № 315.",
            "При себе необходимо иметь документ, удостоверяющий личность. В случае неявки без "
            "уважительных причин вы можете быть подвергнуты приводу, а также денежному "
            "взысканию в порядке, предусмотренном законом.",
            "О невозможности явиться в назначенный срок следует заранее сообщить следователю "
            "по телефону или письменно, указав причину и приложив подтверждающие документы.",
        ],
        "letter": [
            "Уважаемая Айгерим Болатовна! Пишу вам из учреждения, где нахожусь с прошлой осени. "
            "Передачи от родственников доходят с задержкой, письма вскрываются, а в "
            "медицинской помощи мне дважды отказали без объяснения причин.",
            "В камере нас шестеро, прогулка длится не больше получаса, книги и газеты не "
            "передают. Жалобу прокурору я подал ещё в январе, но ответа так и не получил.",
            "Прошу сообщить о моём положении в правозащитные организации и моему адвокату. "
            "Если сможете, передайте жене, что я здоров и держусь. С уважением, Талгат.",
        ],
    },
    "kaz": {
        "decision": [
            "Алматы қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты "
            "төрағалық етуші судья Ахметова Г. С., сот отырысының хатшысы Жұмабаева А. Қ., "
            "мемлекеттік айыптаушы Сейтқалиев Н. Б. және қорғаушы Ким О. В. қатысуымен ашық "
            "сот отырысында № 7514-24-00-1/215 қылмыстық істі қарап, мынаны анықтады.",
            "Сотталушы 2024 жылғы 14 наурызда аудандық полиция бөлімінің ғимаратында болған "
            "кезде ұсталған адамға күш қолданып, оның денсаулығына орташа ауырлықтағы зиян "
            "келтірді деп айыпталады. Сотта жауап алынған жәбірленуші өзін он екі сағаттан "
            "астам уақыт бойы адвокатсыз ұстағанын, ал ұстау хаттамасы тек келесі күні "
            "жасалғанын көрсетті.",
            "Сот іс материалдарын зерттеп, тараптарды тыңдап, сотталушының кінәсі толық "
            "дәлелденді деген қорытындыға келеді. Үкімге ол жарияланған күннен бастап он бес "
            "тәулік ішінде апелляциялық тәртіппен шағым берілуі мүмкін.",
        ],
        "summons": [
            "1987 жылы туған, Астана қаласы, Кенесары көшесі, 40-үй, 12-пәтер мекенжайында "
            "тұратын азамат Нұрланов Ерлан Маратұлы 2024 жылғы 22 сәуірде сағат 10:30-да "
            "тергеу басқармасының тергеушісіне куә ретінде шақырылады, кабинет № 315.",
            "Өзіңізбен бірге жеке басыңызды куәландыратын құжат болуы қажет. Дәлелді себепсіз "
            "келмеген жағдайда сіз мәжбүрлеп әкелінуіңіз және заңда көзделген тәртіппен "
            "ақшалай өндіріп алуға тартылуыңыз мүмкін.",
            "Белгіленген уақытта келу мүмкін болмаса, бұл туралы тергеушіге алдын ала телефон "
            "арқылы немесе жазбаша түрде себебін көрсетіп, растайтын құжаттарды қоса хабарлау "
            "керек.",
        ],
        "letter": [
            "Құрметті Әйгерім Болатқызы! Сізге өткен күзден бері отырған мекемемнен жазып "
            "отырмын. Туыстарымнан келетін сәлемдемелер кешігіп жетеді, хаттар ашылады, ал "
            "медициналық көмек көрсетуден маған себебін түсіндірмей екі рет бас тартты.",
            "Камерада алты адамбыз, серуен жарты сағаттан аспайды, кітап пен газет бермейді. "
            "Прокурорға шағымды қаңтарда берген едім, бірақ әлі күнге дейін жауап жоқ.",
            "Менің жағдайым туралы құқық қорғау ұйымдарына және адвокатыма хабарлауыңызды "
            "өтінемін. Мүмкін болса, әйеліме аман-сау екенімді айтыңыз. Құрметпен, Талғат.",
        ],
    },
}

ENGLISH_PARAGRAPHS = {
    # Paragraph ids of the bundled report (resources/bundles/.../report.md), three per page.
    "decision": ("accountability-and-justice-1", "accountability-and-justice-2", "summary-1"),
    "summons": ("government-opponents-and-other-critics-1", "accountability-and-justice-3"),
    "letter": ("freedom-of-expression-1", "freedom-of-expression-2"),
}


def _report_paragraphs() -> dict[str, str]:
    """The report's paragraphs by id: a paragraph is the text before a `{: #id }` line."""
    found: dict[str, str] = {}
    lines: list[str] = []
    for line in REPORT.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\{: #([\w-]+)", line.strip())
        if match:
            found[match.group(1)] = " ".join(" ".join(lines).split())
            lines = []
        elif line.strip():
            lines.append(line.strip())
        else:
            lines = []
    return found


def texts(language: str, kind: str) -> tuple[str, list[str]]:
    """The title and paragraphs of one page."""
    if language == "eng":
        report = _report_paragraphs()
        wanted = ENGLISH_PARAGRAPHS[kind]
        missing = [pid for pid in wanted if pid not in report]
        if missing:
            raise LookupError(f"the bundled report has no paragraph {missing}")
        title = {
            "decision": "ACCOUNTABILITY AND JUSTICE",
            "summons": "GOVERNMENT CRITICS",
            "letter": "FREEDOM OF EXPRESSION",
        }[kind]
        return title, [report[pid] for pid in wanted]
    return TITLES[language][kind], list(TEXTS[language][kind])


def normalise(text: str) -> str:
    """Whitespace-normalised text: runs of whitespace become one space, ends stripped."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Page:
    language: str
    dpi: int
    variant: str
    kind: str
    text: str
    """What the page says: title and paragraphs, separated by blank lines."""
    data: bytes
    """The page as a file: PNG (scanner variants) or JPEG with EXIF orientation (photo)."""
    suffix: str

    def write(self, folder: Path) -> Path:
        path = folder / f"{self.language}-{self.dpi}-{self.variant}-{self.kind}{self.suffix}"
        path.write_bytes(self.data)
        return path


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def render_sheet(title: str, paragraphs: list[str], dpi: int) -> Image.Image:
    """The clean page: greyscale A4 at ``dpi``, title in bold, paragraphs below it."""
    width, height = (round(side * dpi) for side in A4_INCHES)
    margin = round(MARGIN_INCHES * dpi)
    size = round(FONT_POINTS * dpi / 72)
    font = ImageFont.truetype(str(FONT), size)
    bold = ImageFont.truetype(str(BOLD), round(size * 1.15))
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    step = round(size * LINE_SPACING)
    y = margin
    title_width = draw.textlength(title, font=bold)
    draw.text(((width - title_width) / 2, y), title, font=bold, fill=20)
    y += 2 * step
    for paragraph in paragraphs:
        for line in _wrap(draw, paragraph, font, width - 2 * margin):
            if y + step > height - margin:
                raise ValueError("the text does not fit on one page")
            draw.text((margin, y), line, font=font, fill=20)
            y += step
        y += step // 2
    return page


def _uniform(size: tuple[int, int], rng: random.Random) -> Image.Image:
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


def add_noise(
    page: Image.Image, seed: int, sigma: float = 24.0, salt_pepper: float = 0.004
) -> Image.Image:
    """Gaussian noise (the mean of four uniform fields, nearly normal, scaled to ``sigma``)
    and salt and pepper (``salt_pepper`` of the pixels each turned black and white)."""
    rng = random.Random(seed)
    size = page.size
    total = _uniform(size, rng)
    for n in range(2, 5):
        total = ImageChops.blend(total, _uniform(size, rng), 1 / n)  # running mean
    spread = sigma / (255 / (12**0.5) / 2)  # the mean of 4 uniforms has σ = 73.6 / 2
    noise = total.point(lambda v: max(0, min(255, round(128 + (v - 127.5) * spread))))
    noisy = ImageChops.add(page, noise, scale=1.0, offset=-128)
    dots = _uniform(size, rng)
    cut = round(salt_pepper * 256)
    noisy.paste(0, mask=dots.point(lambda v: 255 if v < cut else 0))
    noisy.paste(255, mask=dots.point(lambda v: 255 if v >= 256 - cut else 0))
    return noisy


def rotate(page: Image.Image, seed: int) -> Image.Image:
    """Turned by 1–3° one way or the other, on a white sheet (the scanner's lid)."""
    rng = random.Random(seed)
    angle = rng.uniform(1.0, 3.0) * rng.choice((-1, 1))
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def phone_photo(page: Image.Image, seed: int, quality: int = 72) -> bytes:
    """The sheet photographed on a table: the frame a little larger than the sheet, the sheet
    seen at an angle (its corners moved by up to 4 % of the side), a light falling from one
    corner (the far side a third darker), slightly out of focus, in colour, stored as a JPEG
    turned a quarter to the right with EXIF orientation 6 (turn back to read)."""
    rng = random.Random(seed)
    w, h = page.size
    border_x, border_y = round(w * 0.06), round(h * 0.05)
    frame = (w + 2 * border_x, h + 2 * border_y)

    def jitter(x: float, y: float) -> tuple[float, float]:
        return x + rng.uniform(-0.04, 0.04) * w, y + rng.uniform(-0.04, 0.04) * h

    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    placed = [jitter(x + border_x, y + border_y) for x, y in corners]
    coeffs = perspective(placed, corners)
    sheet = page.convert("L").point(lambda v: 40 + v * 190 // 255)  # paper is not white
    mask = Image.new("L", page.size, 255)
    photo = Image.new("L", frame, 70)  # the table
    photo.paste(
        sheet.transform(
            frame, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=70
        ),
        mask=mask.transform(
            frame, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=0
        ),
    )
    # The lamp: brightest at a point off the sheet's centre, dimmer with distance from it.
    x, y = rng.randint(0, 128), rng.randint(0, 128)
    light = Image.radial_gradient("L").crop((x, y, x + 128, y + 128))
    light = light.resize(frame, Image.Resampling.BILINEAR).point(lambda v: 255 - v // 3)
    photo = ImageChops.multiply(photo, light)
    photo = photo.filter(ImageFilter.GaussianBlur(radius=0.9 * w / 2480 * 1.2))
    tint = Image.merge(
        "RGB", (photo, photo.point(lambda v: v * 245 // 255), photo.point(lambda v: v * 225 // 255))
    )
    stored = tint.transpose(Image.Transpose.ROTATE_90)  # turned; orientation 6 turns it back
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    stored.save(out, format="JPEG", quality=quality, exif=exif)
    return out.getvalue()


def make_page(
    language: str, dpi: int = 300, variant: str = "clean", kind: str = "decision", seed: int = 0
) -> Page:
    """One generated page and the text it holds."""
    if language not in LANGUAGES or variant not in VARIANTS or kind not in KINDS:
        raise ValueError(f"no such page: {language} {variant} {kind}")
    title, paragraphs = texts(language, kind)
    sheet = render_sheet(title, paragraphs, dpi)
    seed = seed * 1000 + dpi + LANGUAGES.index(language) * 10 + KINDS.index(kind)
    text = "\n\n".join([title, *paragraphs])
    if variant == "photo":
        return Page(language, dpi, variant, kind, text, phone_photo(sheet, seed), ".jpg")
    if variant == "noise":
        sheet = add_noise(sheet, seed)
    elif variant == "rotated":
        sheet = rotate(sheet, seed)
    out = io.BytesIO()
    sheet.save(out, format="PNG", dpi=(dpi, dpi))
    return Page(language, dpi, variant, kind, text, out.getvalue(), ".png")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute, each 1) between ``a`` and ``b``, by
    the bit-parallel method (Myers 1999, Hyyrö's global form): one column of the classic
    dynamic-programming table is a pair of integers holding its +1/−1 steps, so a page of
    2,000 characters against another costs 2,000 steps on Python's big integers instead of
    four million cell updates."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    m = len(b)
    masks: dict[str, int] = {}
    for i, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    plus, minus, score = full, 0, m
    for ch in a:
        eq = masks.get(ch, 0)
        xv = eq | minus
        xh = ((((eq & plus) + plus) & full) ^ plus) | eq
        hplus = minus | (~(xh | plus) & full)
        hminus = plus & xh
        if hplus & top:
            score += 1
        elif hminus & top:
            score -= 1
        hplus = ((hplus << 1) | 1) & full
        hminus = (hminus << 1) & full
        plus = hminus | (~(xv | hplus) & full)
        minus = hplus & xv
    return score


def accuracy(expected: str, got: str) -> float:
    """Character accuracy: 1 − edit distance / length of the expected text, both
    whitespace-normalised; 0 when the recognised text is further off than its length."""
    want, have = normalise(expected), normalise(got)
    if not want:
        return 1.0 if not have else 0.0
    return max(0.0, 1.0 - edit_distance(want, have) / len(want))
