"""Accuracy of docchk's document understanding on a labelled corpus of scans.

    .venv/bin/python benchmarks/understanding.py [--work DIR] [--quick]

Generates, deterministically (fixed seeds), a corpus of scanned documents
written the way real ones are -- civil certificates, apostilles and
legalisations, passports, contracts, payslips, bank statements and sworn
translations in Dutch, English, French, German, Spanish, Portuguese,
Turkish, Russian, Arabic and Chinese -- with the truth of every document in
``DIR/corpus/truth.json``; scans it with ``docchk.scan(jobs=2, cache=False)``
and measures, per capability: language, document type, apostille and
legalisation, the passport's machine-readable zone, issue dates and
``document.outdated``, and the pairing of sworn translations with their
originals. The figures go to ``docs/accuracy.md`` between the markers
``<!-- understanding:begin -->`` and ``<!-- understanding:end -->`` (the rest
of the file is left alone), the raw answers to ``DIR/results.json``.

The texts are written for this benchmark, not derived from docchk's keyword
lists: a realistic title or wording that docchk does not recognise is a
finding, and the report lists every miss with docchk's answer.

``--quick`` builds about a quarter of the corpus (the same documents, a
subset) and writes its section to ``WORK/understanding-quick.md`` instead, so
a fast look never replaces the full figures. A corpus already in ``--work``
from the same generator is reused. The full run takes about 6 minutes on 2
cores (2.5 to write the corpus, 3.5 for docchk).

Fonts: DejaVu (Cyrillic), Amiri or Noto Naskh (Arabic), WenQuanYi or Noto CJK
(Chinese) must be installed; OCR-B (Debian ``fonts-ocr-b``) is used for the
passports' machine-readable zones when present, Courier otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import hashlib
import importlib.util
import json
import math
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from docchk.dates import add_months  # the same month arithmetic as the rule judged

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PIL import Image, ImageChops, ImageDraw, ImageFont  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _load_generator():
    spec = importlib.util.spec_from_file_location("docchk_samples_generate", ROOT / "samples" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


gen = _load_generator()

SUBMISSION = dt.date(2026, 11, 23)
V_NUMBER = gen.V_NUMBER
MARK_BEGIN, MARK_END = "<!-- understanding:begin -->", "<!-- understanding:end -->"
ACCURACY_MD = ROOT / "docs" / "accuracy.md"
#: Targets from the issue.
TARGETS = {"language": 0.97, "type": 0.90, "apostille_recall": 0.95, "apostille_false_alarms": 0.02, "mrz_parse": 0.95}
CIVIL_TYPES = (
    "birth-certificate",
    "marriage-certificate",
    "unmarried-declaration",
    "divorce-decree",
    "death-certificate",
    "court-decision",
)
EU = {
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "NL",
}
LANG_NAMES = {
    "nl": "Dutch",
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "pt": "Portuguese",
    "tr": "Turkish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
}

# ===========================================================================
# Fonts
# ===========================================================================

_FONT_FILES = {
    "sans": ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"],
    "sans-bold": ["/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
    "serif": ["/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"],
    "serif-bold": ["/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"],
    "dejavu": ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    "dejavu-bold": ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
    "mono": ["/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"],
    "mono-bold": ["/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"],
    "ar": [
        "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
        "/usr/share/fonts/truetype/fonts-hosny-amiri/Amiri-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ],
    "ar-bold": [
        "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
        "/usr/share/fonts/truetype/fonts-hosny-amiri/Amiri-Bold.ttf",
        "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ],
    "zh": [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ],
    "zh-bold": [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    ],
}


def _fc_match(spec: str) -> str | None:
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}", spec], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def font_file(name: str) -> str | None:
    for path in _FONT_FILES[name]:
        if Path(path).is_file():
            return path
    lang = {"ar": ":lang=ar", "zh": ":lang=zh-cn"}.get(name.split("-")[0])
    if lang:
        found = _fc_match(lang)
        # fc-match always answers; accept it only if the font covers the script
        if found and subprocess.run(["fc-list", lang, "file"], capture_output=True, text=True).stdout.count(found):
            return found
    return None


def scripts_available() -> dict[str, bool]:
    return {"ru": font_file("dejavu") is not None, "ar": font_file("ar") is not None, "zh": font_file("zh") is not None}


_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(font_file(name), key[1])
    return _FONT_CACHE[key]


# ===========================================================================
# Pages and their rendering
# ===========================================================================


@dataclass
class Box:
    """A framed block of lines: an apostille, a legalisation stamp, a notary's
    certification. ``y_mm`` None places it after the page's text; ``rotate``
    turns it (a rubber stamp put on crooked)."""

    lines: list[str]
    x_mm: float = 25.0
    y_mm: float | None = None
    w_mm: float = 160.0
    size_pt: float = 9.0
    rotate: float = 0.0
    border: float = 0.5  # mm; 0: no frame
    ink: tuple[int, int, int] = (20, 20, 20)
    family: str = "sans"


@dataclass
class Page:
    """One page: ``lines`` with the markup of samples/generate.py (``# `` title,
    ``## `` heading, ``^`` centred, ``\\t`` columns, ``---`` rule, ``""`` half
    line) plus ``>`` (right-aligned), ``~SIG`` (a signature), ``~STAMP a|b|c``
    (a round official stamp) and ``~GAP n`` (n mm of space)."""

    lines: list[str]
    family: str = "sans"
    size_pt: float = 10.5
    top_mm: float = 32.0
    margin_mm: float = 22.0
    tabs_mm: tuple[float, ...] = (62.0, 120.0)
    rtl: bool = False
    boxes: list[Box] = field(default_factory=list)
    header: str | None = None  # small print, top left
    footer: str | None = None  # small print, bottom centre
    v_number: bool = True  # the applicant wrote the V-number in the top margin


def _bold(family: str) -> str:
    return family + "-bold" if family in ("sans", "serif", "dejavu", "mono", "ar", "zh") else family


def _wrap(text: str, f, width: float, draw: ImageDraw.ImageDraw, cjk: bool) -> list[str]:
    if draw.textlength(text, font=f) <= width:
        return [text]
    units = list(text) if cjk else text.split(" ")
    sep = "" if cjk else " "
    out, cur = [], ""
    for u in units:
        trial = u if not cur else cur + sep + u
        if draw.textlength(trial, font=f) <= width or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = u
    if cur:
        out.append(cur)
    return out


def _signature(
    draw: ImageDraw.ImageDraw, x: float, y: float, dpi: float, rng: random.Random, ink=(30, 40, 110)
) -> None:
    """A pen scribble about 40 x 10 mm with its top-left corner at (x, y) px."""
    mm = dpi / 25.4
    pts = []
    n = rng.randint(5, 8)
    for i in range(n * 6):
        t = i / (n * 6 - 1)
        px_ = x + t * 40 * mm + math.sin(t * n * math.pi * 2) * 3 * mm
        py_ = y + 5 * mm + math.sin(t * n * math.pi + rng.uniform(0, 0.5)) * 4 * mm * (1 - 0.5 * t)
        pts.append((px_, py_))
    draw.line(pts, fill=ink, width=max(2, int(0.35 * mm)), joint="curve")
    draw.line([(x + 5 * mm, y + 11 * mm), (x + 38 * mm, y + 9.5 * mm)], fill=ink, width=max(2, int(0.3 * mm)))


def _stamp(
    img: Image.Image, cx: float, cy: float, texts: list[str], dpi: float, rng: random.Random, ink=(60, 70, 150)
) -> None:
    """A round official stamp (two rings, lines of text inside), slightly turned."""
    mm = dpi / 25.4
    r = 17 * mm
    size = int(2 * r + 8 * mm)
    layer = Image.new("RGB", (size, size), (255, 255, 255))
    d = ImageDraw.Draw(layer)
    c = size / 2
    for rr, w in ((r, 0.5), (r - 2.2 * mm, 0.3)):
        d.ellipse((c - rr, c - rr, c + rr, c + rr), outline=ink, width=max(2, int(w * mm)))
    f = font("sans-bold", 2.6 * mm)
    n = len(texts)
    for i, t in enumerate(texts):
        f_i = f
        while d.textlength(t, font=f_i) > 2 * (r - 3.5 * mm) and f_i.size > 8:
            f_i = font("sans-bold", f_i.size * 0.9)
        d.text((c, c + (i - (n - 1) / 2) * 3.6 * mm), t, font=f_i, fill=ink, anchor="mm")
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    x0, y0 = int(cx - size / 2), int(cy - size / 2)
    region = img.crop((x0, y0, x0 + size, y0 + size))
    img.paste(ImageChops.darker(region, layer), (x0, y0))


def _lines_block(
    draw: ImageDraw.ImageDraw,
    img: Image.Image,
    lines: list[str],
    x0: float,
    y: float,
    width: float,
    dpi: float,
    size_pt: float,
    family: str,
    tabs_mm,
    rtl: bool,
    rng: random.Random,
    ink=(0, 0, 0),
) -> float:
    """Typeset ``lines`` from (x0, y) px over ``width`` px; returns the y after them."""
    mm = dpi / 25.4
    base_px = size_pt * dpi / 72
    cjk = family.startswith("zh")
    right = x0 + width
    for raw in lines:
        if raw == "":
            y += base_px * 0.7
            continue
        if raw == "---":
            draw.line([(x0, y + base_px * 0.3), (right, y + base_px * 0.3)], fill=ink, width=max(1, int(0.2 * mm)))
            y += base_px * 0.9
            continue
        if raw.startswith("~GAP"):
            y += float(raw.split()[1]) * mm
            continue
        if raw.startswith("~SIG"):
            xs = x0 + (width - 45 * mm if not rtl else 0) if "left" not in raw else x0
            _signature(draw, xs, y, dpi, rng)
            y += 13 * mm
            continue
        if raw.startswith("~STAMP"):
            texts = raw[len("~STAMP") :].strip().split("|")
            cx = x0 + width * (0.3 if not rtl else 0.7)
            _stamp(img, cx, y + 18 * mm, texts, dpi, rng)
            y += 36 * mm
            continue
        centred = raw.startswith("^")
        text = raw[1:].lstrip() if centred else raw
        right_al = text.startswith(">")
        if right_al:
            text = text[1:].lstrip()
        fam, px = family, base_px
        if text.startswith("## "):
            fam, px, text = _bold(family), base_px * 1.1, text[3:]
        elif text.startswith("# "):
            fam, px, text = _bold(family), base_px * 1.5, text[2:]
        f = font(fam, px)
        lead = px * 1.45
        if fam != family:
            y += lead * 0.2
        if "\t" in text:
            cols = text.split("\t")
            xs = [x0] + [x0 + t * mm for t in tabs_mm]
            end = x0  # a column never starts inside the one before it
            for col, xc in zip(cols, xs, strict=False):
                xc = max(xc, end + (2 * mm if end > x0 else 0))
                w = draw.textlength(col, font=f)
                if rtl:
                    draw.text((right - (xc - x0) - w, y + px), col, font=f, fill=ink, anchor="ls")
                else:
                    draw.text((xc, y + px), col, font=f, fill=ink, anchor="ls")
                if col:
                    end = xc + w
            y += lead
            continue
        for part in _wrap(text, f, width, draw, cjk):
            w = draw.textlength(part, font=f)
            if centred:
                x = x0 + (width - w) / 2
            elif right_al != rtl:  # right-aligned, or an ordinary line of a right-to-left page
                x = right - w
            else:
                x = x0
            draw.text((x, y + px), part, font=f, fill=ink, anchor="ls")
            y += lead
    return y


def _box_image(box: Box, dpi: float, rng: random.Random) -> Image.Image:
    mm = dpi / 25.4
    w = int(box.w_mm * mm)
    pad = 3 * mm
    tmp = Image.new("RGB", (w, int(200 * mm)), (255, 255, 255))
    d = ImageDraw.Draw(tmp)
    y = _lines_block(
        d, tmp, box.lines, pad, pad, w - 2 * pad, dpi, box.size_pt, box.family, (70.0,), False, rng, ink=box.ink
    )
    h = int(y + pad)
    tmp = tmp.crop((0, 0, w, h))
    if box.border:
        ImageDraw.Draw(tmp).rectangle((0, 0, w - 1, h - 1), outline=box.ink, width=max(2, int(box.border * mm)))
    if box.rotate:
        tmp = tmp.rotate(box.rotate, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    return tmp


def render_page(page: Page, dpi: float, seed: int) -> Image.Image:
    """The page as a clean RGB image at ``dpi`` (A4)."""
    rng = random.Random(seed)
    mm = dpi / 25.4
    W, H = gen.a4_px(dpi)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    margin = page.margin_mm * mm
    if page.header:
        draw.text((margin, 12 * mm), page.header, font=font("sans", 8 * dpi / 72), fill=(40, 40, 40), anchor="ls")
    if page.footer:
        draw.text((W / 2, H - 10 * mm), page.footer, font=font("sans", 7.5 * dpi / 72), fill=(40, 40, 40), anchor="ms")
    y = _lines_block(
        draw,
        img,
        page.lines,
        margin,
        page.top_mm * mm,
        W - 2 * margin,
        dpi,
        page.size_pt,
        page.family,
        page.tabs_mm,
        page.rtl,
        rng,
    )
    for box in page.boxes:
        b = _box_image(box, dpi, rng)
        x = int(box.x_mm * mm)
        top = int(box.y_mm * mm) if box.y_mm is not None else int(y + 5 * mm)
        if top + b.height > H - 8 * mm:
            raise ValueError(f"box does not fit on the page ({(top + b.height) / mm:.0f} mm)")
        region = img.crop((x, top, x + b.width, top + b.height))
        img.paste(ImageChops.darker(region, b), (x, top))
        if box.y_mm is None:
            y = top + b.height
    if y > H - 8 * mm:
        raise ValueError(f"text runs off the page ({y / mm:.0f} mm)")
    return img


# ===========================================================================
# Words: dates, people, numbers
# ===========================================================================

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def month(d: dt.date, lang: str) -> str:
    return MONTHS[lang][d.month - 1]


def long_date(d: dt.date, lang: str) -> str:
    """The date as that language writes it in running text."""
    m = month(d, lang) if lang in MONTHS else ""
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {m} de {d.year}"
    if lang == "ru":
        return f"{d.day:02d} {m} {d.year} г."
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {m} {d.year}"  # nl, tr, ar


def us_date(d: dt.date) -> str:
    return f"{month(d, 'en')} {d.day}, {d.year}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def num_date(d: dt.date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


_ZH_DIGITS = "〇一二三四五六七八九"


def zh_date_words(d: dt.date) -> str:
    """二〇二五年三月十二日: how Chinese notarial certificates write their date."""

    def small(n: int) -> str:
        if n < 10:
            return _ZH_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + (_ZH_DIGITS[ones] if ones else "")

    return "".join(_ZH_DIGITS[int(c)] for c in str(d.year)) + "年" + small(d.month) + "月" + small(d.day) + "日"


_RU_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "ie",
            "y",
            "",
            "e",
            "iu",
            "ia",
        ],
        strict=False,
    )
)


def latin(name: str) -> str:
    """A name as the machine-readable zone writes it (ICAO 9303 transliteration, simplified)."""
    import unicodedata

    out = []
    for ch in name:
        low = ch.lower()
        if low in _RU_LATIN:
            out.append(_RU_LATIN[low])
        elif ch in "ÄÖÜäöü":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue"}[low])
        elif ch in "ßıİ":
            out.append({"ß": "ss", "ı": "i", "İ": "i"}[ch])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    return "".join(c if "A" <= c <= "Z" else "<" if c in " -'" else "" for c in s)


@dataclass
class Person:
    given: str
    surname: str
    sex: str  # "F" / "M"
    birth: dt.date
    place: str
    father: str
    mother: str
    latin_given: str = ""
    latin_surname: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


# given names (female, male), surnames, birth places; some names in their own
# script with their Latin spelling after "=".
PEOPLE = {
    "es": (
        ["María José", "Lucía", "Valentina", "Carmen", "Daniela"],
        ["Alejandro", "Javier", "Diego", "Andrés", "Mateo"],
        ["García", "Fernández", "Martínez", "López", "Ramírez", "Torres", "Ortega", "Castillo", "Morales", "Vargas"],
    ),
    "pt": (
        ["Ana Carolina", "Mariana", "Juliana", "Beatriz", "Letícia"],
        ["João Pedro", "Rafael", "Lucas", "Gustavo", "Thiago"],
        ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Ferreira", "Carvalho"],
    ),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Şule", "Merve"],
        ["Mehmet", "Emre", "Burak", "İbrahim", "Oğuz"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"],
    ),
    "ru": (
        ["Анна=Anna", "Мария=Mariia", "Екатерина=Ekaterina", "Ольга=Olga", "Татьяна=Tatiana"],
        ["Дмитрий=Dmitrii", "Алексей=Aleksei", "Сергей=Sergei", "Иван=Ivan", "Никита=Nikita"],
        [
            "Иванов=Ivanov",
            "Смирнов=Smirnov",
            "Кузнецов=Kuznetsov",
            "Попов=Popov",
            "Соколов=Sokolov",
            "Волков=Volkov",
            "Морозов=Morozov",
            "Лебедев=Lebedev",
        ],
    ),
    "ar": (
        ["فاطمة=Fatima", "مريم=Mariam", "ليلى=Leila", "سارة=Sara", "نور=Nour"],
        ["أحمد=Ahmed", "محمد=Mohamed", "يوسف=Youssef", "عمر=Omar", "خالد=Khaled"],
        [
            "الحسن=Elhassan",
            "منصور=Mansour",
            "الخطيب=Elkhatib",
            "حداد=Haddad",
            "السيد=Elsayed",
            "عثمان=Osman",
            "الشامي=Elshami",
            "ابراهيم=Ibrahim",
        ],
    ),
    "zh": (
        ["娜=Na", "静=Jing", "婷=Ting", "丽华=Lihua", "晓燕=Xiaoyan"],
        ["伟=Wei", "磊=Lei", "杰=Jie", "晓明=Xiaoming", "建华=Jianhua"],
        ["王=Wang", "李=Li", "张=Zhang", "刘=Liu", "陈=Chen", "杨=Yang", "赵=Zhao", "黄=Huang"],
    ),
    "en-ng": (
        ["Chiamaka", "Adaeze", "Ngozi", "Funmilayo", "Blessing"],
        ["Oluwaseun", "Emeka", "Tunde", "Chinedu", "Ibrahim"],
        ["Adeyemi", "Okafor", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo", "Uche"],
    ),
    "en-ph": (
        ["Maria Clara", "Angelica", "Kristine Joy", "Rowena", "Liza"],
        ["Jose Miguel", "Mark Anthony", "Rommel", "Jerome", "Paolo"],
        ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino", "Ramos"],
    ),
    "en-in": (
        ["Priya", "Ananya", "Sneha", "Lakshmi", "Divya"],
        ["Rahul", "Vikram", "Arjun", "Karthik", "Sandeep"],
        ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Rao"],
    ),
    "en-uk": (
        ["Emily", "Charlotte", "Hannah", "Sophie", "Lucy"],
        ["James", "Oliver", "Thomas", "Harry", "George"],
        ["Whitfield", "Harrison", "Clarke", "Turner", "Hughes", "Bennett", "Fletcher", "Marsh"],
    ),
    "en-us": (
        ["Ashley", "Jessica", "Megan", "Lauren", "Brittany"],
        ["Michael", "Daniel", "Ryan", "Tyler", "Kevin"],
        ["Johnson", "Miller", "Anderson", "Thompson", "Carter", "Brooks", "Sullivan", "Hayes"],
    ),
    "en-ke": (
        ["Wanjiru", "Akinyi", "Njeri", "Wambui", "Chebet"],
        ["Otieno", "Kamau", "Mwangi", "Kiprono", "Ochieng"],
        ["Kariuki", "Odhiambo", "Mutua", "Wambua", "Njoroge", "Kibet", "Omondi", "Maina"],
    ),
    "en-za": (
        ["Thandiwe", "Lerato", "Naledi", "Zanele", "Michelle"],
        ["Sipho", "Thabo", "Pieter", "Bongani", "Ruan"],
        ["Dlamini", "Nkosi", "Botha", "Mokoena", "van der Merwe", "Khumalo", "Naidoo", "Pillay"],
    ),
    "fr-ma": (
        ["Fatima Zahra", "Salma", "Imane", "Khadija", "Hajar"],
        ["Youssef", "Mehdi", "Karim", "Anas", "Hamza"],
        ["Benali", "El Idrissi", "Alaoui", "Bennani", "Tazi", "Chraibi", "Berrada", "El Amrani"],
    ),
    "fr-fr": (
        ["Claire", "Camille", "Léa", "Manon", "Élodie"],
        ["Julien", "Antoine", "Mathieu", "Nicolas", "Rémi"],
        ["Dubois", "Moreau", "Lefèvre", "Girard", "Fontaine", "Rousseau", "Lambert", "Mercier"],
    ),
    "fr-af": (
        ["Aïssatou", "Clarisse", "Mireille", "Grâce", "Nadège"],
        ["Mamadou", "Jean-Paul", "Serge", "Hervé", "Blaise"],
        ["Diallo", "Mbarga", "Nkoulou", "Mukendi", "Tshibanda", "Ndiaye", "Fotso", "Kamga"],
    ),
    "fr-tn": (
        ["Amira", "Nour", "Ines", "Rim", "Olfa"],
        ["Sami", "Walid", "Hichem", "Skander", "Aymen"],
        ["Ben Salah", "Trabelsi", "Gharbi", "Jaziri", "Mejri", "Bouzid", "Hammami", "Chaabane"],
    ),
    "fr-dz": (
        ["Lina", "Yasmine", "Amel", "Sabrina", "Nesrine"],
        ["Rachid", "Sofiane", "Nabil", "Mourad", "Farid"],
        ["Boudiaf", "Benkhelifa", "Meziane", "Haddadi", "Belkacem", "Zerrouki", "Saadi", "Bensalem"],
    ),
    "de": (
        ["Anna", "Sophie", "Lea", "Katharina", "Jana"],
        ["Lukas", "Jonas", "Maximilian", "Felix", "Tobias"],
        ["Schneider", "Meier", "Fischer", "Keller", "Weber", "Hofmann", "Brunner", "Graf"],
    ),
    "nl-sr": (
        ["Shanti", "Anjali", "Nadia", "Sharda", "Melissa"],
        ["Ravi", "Dwight", "Sunil", "Romano", "Anand"],
        ["Ramdin", "Jadnanansing", "Pinas", "Sewnath", "Kartodikromo", "Wijngaarde", "Lachmon", "Tjon"],
    ),
    "nl": (
        ["Johanna", "Sanne", "Fleur", "Eva", "Lotte"],
        ["Pieter", "Bram", "Daan", "Thijs", "Ruben"],
        ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Boer", "van Dijk"],
    ),
}
PLACES = {
    "es-MX": ["Guadalajara, Jalisco", "Puebla, Puebla", "Monterrey, Nuevo León"],
    "es-ES": ["Madrid", "Valencia", "Sevilla"],
    "es-AR": ["La Plata", "Rosario", "Córdoba"],
    "es-CO": ["Bogotá D.C.", "Medellín", "Cali"],
    "es-PE": ["Lima", "Arequipa"],
    "es-CL": ["Santiago", "Valparaíso"],
    "pt-BR": ["São Paulo", "Belo Horizonte", "Recife", "Curitiba"],
    "pt-PT": ["Lisboa", "Porto", "Coimbra"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Konya"],
    "ru": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск"],
    "ar-EG": ["القاهرة", "الإسكندرية", "الجيزة"],
    "ar-SY": ["دمشق", "حلب", "حمص"],
    "ar-MA": ["الدار البيضاء", "الرباط", "فاس"],
    "zh": ["北京市", "上海市", "广州市", "成都市"],
    "en-NG": ["Lagos", "Ibadan", "Enugu", "Abuja"],
    "en-PH": ["Quezon City", "Cebu City", "Davao City"],
    "en-IN": ["Mumbai", "Chennai", "Bengaluru", "Pune"],
    "en-GB": ["Manchester", "Leeds", "Bristol", "London"],
    "en-US": ["Albany, New York", "Columbus, Ohio", "Austin, Texas"],
    "en-KE": ["Nairobi", "Mombasa", "Kisumu"],
    "en-ZA": ["Pretoria", "Durban", "Cape Town"],
    "fr-MA": ["Casablanca", "Rabat", "Fès", "Marrakech"],
    "fr-FR": ["Lyon", "Lille", "Nantes", "Bordeaux"],
    "fr-CM": ["Yaoundé", "Douala"],
    "fr-CD": ["Kinshasa", "Lubumbashi"],
    "fr-TN": ["Tunis", "Sfax", "Sousse"],
    "fr-DZ": ["Alger", "Oran", "Constantine"],
    "de-DE": ["Köln", "Hamburg", "Leipzig"],
    "de-CH": ["Zürich", "Bern", "Basel"],
    "de-AT": ["Wien", "Graz", "Linz"],
    "nl-SR": ["Paramaribo", "Nieuw Nickerie"],
    "nl-NL": ["Utrecht", "Rotterdam", "Groningen"],
    "nl-BE": ["Antwerpen", "Gent", "Leuven"],
}


#: where people of each naming culture are born, unless a template says otherwise
_HOME = {
    "en-uk": "en-GB",
    "en-us": "en-US",
    "en-ng": "en-NG",
    "en-ph": "en-PH",
    "en-ke": "en-KE",
    "en-za": "en-ZA",
    "en-in": "en-IN",
    "fr-ma": "fr-MA",
    "fr-fr": "fr-FR",
    "fr-af": "fr-CM",
    "fr-tn": "fr-TN",
    "fr-dz": "fr-DZ",
    "de": "de-DE",
    "nl": "nl-NL",
    "nl-sr": "nl-SR",
    "es": "es-MX",
    "pt": "pt-BR",
    "ar": "ar-EG",
}


def _split(entry: str) -> tuple[str, str]:
    own, _, lat = entry.partition("=")
    return own, lat or own


def person(
    rng: random.Random,
    culture: str,
    place_key: str | None = None,
    sex: str | None = None,
    born: tuple[int, int] = (1978, 2001),
) -> Person:
    female, male, surnames = PEOPLE[culture]
    sex = sex or rng.choice("FM")
    given, lat_given = _split(rng.choice(female if sex == "F" else male))
    sur, lat_sur = _split(rng.choice(surnames))
    if culture == "es":  # two surnames
        sur2 = rng.choice([s for s in surnames if s != sur])
        sur, lat_sur = f"{sur} {sur2}", f"{sur} {sur2}"
    if culture == "ru" and sex == "F":
        sur, lat_sur = sur + "а", lat_sur + "a"
    birth = dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
    father_given = _split(rng.choice(male))[0]
    mother_given = _split(rng.choice(female))[0]
    mother_sur = _split(rng.choice(surnames))[0] + ("а" if culture == "ru" else "")
    key = place_key or _HOME.get(culture, culture)
    places = PLACES[key]
    base_sur = sur.split(" ")[0] if culture == "es" else (sur[:-1] if culture == "ru" and sex == "F" else sur)
    return Person(
        given,
        sur,
        sex,
        birth,
        rng.choice(places),
        f"{father_given} {base_sur}" if culture not in ("zh",) else base_sur + father_given,
        f"{mother_given} {mother_sur}" if culture not in ("zh",) else mother_sur + mother_given,
        lat_given,
        lat_sur,
    )


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n)).replace("0", str(rng.randint(1, 9)), 1)


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def after(d: dt.date, rng: random.Random, lo: int, hi: int) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ===========================================================================
# Apostilles, legalisations and what looks like them
# ===========================================================================


@dataclass
class Seal:
    """Who signed the document: what an apostille or a legalisation certifies."""

    country: str  # the country's name in the apostille's language
    signer: str
    capacity: str
    authority: str
    place: str
    date: dt.date
    by: str
    number: str


def apostille_lines(style: str, s: Seal) -> list[str]:
    """The ten numbered fields of the Hague model certificate, in the wording
    the issuing country uses (its own language; bilingual or trilingual in
    some countries), always under the French title."""
    title = ["## APOSTILLE", "(Convention de La Haye du 5 octobre 1961)"]
    if style == "en":
        return title + [
            f"1. Country: {s.country}",
            "This public document",
            f"2. has been signed by {s.signer}",
            f"3. acting in the capacity of {s.capacity}",
            f"4. bears the seal/stamp of {s.authority}",
            "Certified",
            f"5. at {s.place}\t6. the {long_date(s.date, 'en')}",
            f"7. by {s.by}",
            f"8. No {s.number}",
            "9. Seal/stamp:\t10. Signature:",
            "~SIG",
        ]
    if style == "en-us":  # US Secretaries of State: one flowing block, capitals
        return [
            "^## APOSTILLE",
            "^(Convention de La Haye du 5 octobre 1961)",
            f"1. Country: {s.country}",
            "This public document",
            f"2. has been signed by {s.signer}",
            f"3. acting in the capacity of {s.capacity}",
            f"4. bears the seal/stamp of {s.authority}",
            "CERTIFIED",
            f"5. at {s.place}\t6. the {ordinal(s.date.day)} day of {month(s.date, 'en')}, {s.date.year}",
            f"7. by {s.by}",
            f"8. No. {s.number}",
            "9. Seal/Stamp\t10. Signature",
            "~SIG",
        ]
    if style == "en-fr":
        return title + [
            f"1. Country / Pays: {s.country}",
            "This public document / Le présent acte public",
            f"2. has been signed by / a été signé par: {s.signer}",
            f"3. acting in the capacity of / agissant en qualité de: {s.capacity}",
            f"4. bears the seal/stamp of / est revêtu du sceau/timbre de: {s.authority}",
            "Certified / Attesté",
            f"5. at / à: {s.place}\t6. the / le: {num_date(s.date, '/')}",
            f"7. by / par: {s.by}",
            f"8. No / sous n°: {s.number}",
            "9. Seal/stamp / Sceau/timbre:\t10. Signature:",
            "~SIG",
        ]
    if style == "fr":
        return [
            "^## APOSTILLE",
            "^(Convention de La Haye du 5 octobre 1961)",
            f"1. Pays : {s.country}",
            "Le présent acte public",
            f"2. a été signé par {s.signer}",
            f"3. agissant en qualité de {s.capacity}",
            f"4. est revêtu du sceau/timbre de {s.authority}",
            "Attesté",
            f"5. à {s.place}\t6. le {long_date(s.date, 'fr')}",
            f"7. par {s.by}",
            f"8. sous n° {s.number}",
            "9. Sceau/timbre :\t10. Signature :",
            "~SIG",
        ]
    if style == "es":
        return title + [
            f"1. País: {s.country}",
            "El presente documento público",
            f"2. ha sido firmado por {s.signer}",
            f"3. quien actúa en calidad de {s.capacity}",
            f"4. y está revestido del sello/timbre de {s.authority}",
            "Certificado",
            f"5. en {s.place}\t6. el día {num_date(s.date, '/')}",
            f"7. por {s.by}",
            f"8. bajo el número {s.number}",
            "9. Sello/timbre:\t10. Firma:",
            "~SIG",
        ]
    if style == "es-e":  # an electronic apostille, printed
        return title + [
            f"1. País: {s.country}",
            "El presente documento público",
            f"2. ha sido firmado por: {s.signer}",
            f"3. quien actúa en calidad de: {s.capacity}",
            f"4. y está revestido del sello/timbre de: {s.authority}",
            "Certificado",
            f"5. en: {s.place}",
            f"6. el día: {num_date(s.date, '/')}",
            f"7. por: {s.by}",
            f"8. bajo el número: {s.number}",
            "9. Sello/timbre: firma electrónica",
            "10. Firma: firma electrónica",
            "",
            "Esta apostilla electrónica puede verificarse en https://apostilla.gov.example/verificar "
            f"con el código {s.number[-6:]}.",
        ]
    if style == "de":
        return title + [
            f"1. Land: {s.country}",
            "Diese öffentliche Urkunde",
            f"2. ist unterschrieben von {s.signer}",
            f"3. in seiner Eigenschaft als {s.capacity}",
            f"4. sie ist versehen mit dem Siegel/Stempel {s.authority}",
            "Bestätigt",
            f"5. in {s.place}\t6. am {num_date(s.date)}",
            f"7. durch {s.by}",
            f"8. unter Nr. {s.number}",
            "9. Siegel/Stempel:\t10. Unterschrift:",
            "~SIG",
        ]
    if style == "nl":
        return title + [
            f"1. Land: {s.country}",
            "Deze openbare akte",
            f"2. is ondertekend door {s.signer}",
            f"3. handelende in de hoedanigheid van {s.capacity}",
            f"4. is voorzien van het zegel/stempel van {s.authority}",
            "Voor echt verklaard",
            f"5. te {s.place}\t6. de {long_date(s.date, 'nl')}",
            f"7. door {s.by}",
            f"8. onder nr. {s.number}",
            "9. Zegel/stempel:\t10. Handtekening:",
            "~SIG",
        ]
    if style == "pt":  # Brazil: Portuguese, English and French
        return title + [
            f"1. País / Country / Pays: {s.country}",
            "Este documento público / This public document / Le présent acte public",
            f"2. Foi assinado por / Has been signed by / A été signé par: {s.signer}",
            f"3. Na qualidade de / Acting in the capacity of / Agissant en qualité de: {s.capacity}",
            f"4. Tem o selo/carimbo de / Bears the seal/stamp of / Est revêtu du sceau/timbre de: {s.authority}",
            "Reconhecido / Certified / Attesté",
            f"5. Em / At / À: {s.place}\t6. No dia / The / Le: {num_date(s.date, '/')}",
            f"7. Por / By / Par: {s.by}",
            f"8. Sob nº / Nº / Sous nº: {s.number}",
            "9. Selo/carimbo / Seal/stamp / Sceau/timbre:\t10. Assinatura / Signature:",
            "",
            f"Consulte em https://apostil.example.jus.br com o código {s.number[-8:]}",
        ]
    if style == "tr":
        return [
            "## APOSTİL",
            "(Convention de La Haye du 5 octobre 1961)",
            f"1. Ülke: {s.country}",
            "Bu resmi belge",
            f"2. {s.signer} tarafından imzalanmıştır",
            f"3. {s.capacity} sıfatıyla hareket eden",
            f"4. {s.authority} mührünü/damgasını taşımaktadır",
            "TASDİK EDİLMİŞTİR",
            f"5. {s.place}'da\t6. {num_date(s.date)} tarihinde",
            f"7. {s.by} tarafından",
            f"8. Sayı: {s.number}",
            "9. Mühür/Damga:\t10. İmza:",
            "~SIG",
        ]
    if style == "ru":
        return [
            "## АПОСТИЛЬ",
            "(Convention de La Haye du 5 octobre 1961)",
            f"1. Страна: {s.country}",
            "Настоящий официальный документ",
            f"2. подписан {s.signer}",
            f"3. выступающим в качестве {s.capacity}",
            f"4. скреплен печатью/штампом {s.authority}",
            "Удостоверено",
            f"5. в {s.place}\t6. {num_date(s.date)}",
            f"7. {s.by}",
            f"8. за № {s.number}",
            "9. Печать/штамп\t10. Подпись",
            "~SIG",
        ]
    if style == "zh":  # China since 2023: Chinese, English, French
        return [
            "## 附加证明书 APOSTILLE",
            "(Convention de La Haye du 5 octobre 1961)",
            "1. 国家 Country/Pays: 中华人民共和国 People's Republic of China",
            "本公文书 This public document/Le présent acte public",
            f"2. 签字人 has been signed by/a été signé par: {s.signer}",
            f"3. 签字人身份 acting in the capacity of/agissant en qualité de: {s.capacity}",
            f"4. 盖章单位 bears the seal/stamp of/est revêtu du sceau/timbre de: {s.authority}",
            "证明 Certified/Attesté",
            f"5. 地点 at/à: {s.place}\t6. 日期 the/le: {s.date.isoformat()}",
            f"7. 签发机构 by/par: {s.by}",
            f"8. 编号 No/sous n°: {s.number}",
            "9. 印章 Seal/stamp/Sceau/timbre:\t10. 签字 Signature:",
            "~SIG",
        ]
    raise ValueError(style)


def embassy_legalisation(lang: str, signer: str, city: str, d: dt.date, number: str) -> list[str]:
    """The Dutch embassy's legalisation stamp (after the foreign ministry's)."""
    if lang == "nl":
        return [
            "## LEGALISATIE",
            f"Gezien voor legalisatie van de handtekening van {signer}.",
            "Voor de inhoud van het document aanvaardt de ambassade geen verantwoordelijkheid.",
            f"Ambassade van het Koninkrijk der Nederlanden te {city}",
            f"{city}, {long_date(d, 'nl')}\tNr. {number}",
            "~SIG",
            "De consulair medewerker",
        ]
    if lang == "fr":
        return [
            "## LÉGALISATION",
            f"Vu pour légalisation de la signature de {signer}.",
            "L'Ambassade n'assume aucune responsabilité quant au contenu du document.",
            f"Ambassade du Royaume des Pays-Bas à {city}",
            f"{city}, le {num_date(d, '/')}\tN° {number}",
            "~SIG",
            "Le chef de la section consulaire",
        ]
    return [
        "## LEGALISATION",
        f"Seen for legalisation of the signature of {signer}.",
        "The Embassy accepts no responsibility for the contents of the document.",
        f"Embassy of the Kingdom of the Netherlands, {city}",
        f"{city}, {long_date(d, 'en')}\tNo. {number}",
        "~SIG",
        "Consular officer",
    ]


def ministry_authentication(lang: str, signer: str, city: str, d: dt.date, number: str) -> list[str]:
    """The issuing country's foreign ministry: first link of the legalisation chain."""
    if lang == "fr":
        return [
            "## MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "Service des légalisations",
            f"Vu pour légalisation de la signature de {signer}, apposée ci-contre.",
            f"{city}, le {num_date(d, '/')}\tN° {number}",
            "~SIG",
        ]
    if lang == "ar":
        return [
            "## وزارة الخارجية",
            "إدارة التصديقات",
            f"يشهد بصحة توقيع السيد {signer}",
            f"{city} في {d.year}/{d.month:02d}/{d.day:02d}\tرقم {number}",
            "~SIG",
        ]
    if lang == "zh":
        return [
            "## 中华人民共和国外交部领事司",
            "认证",
            f"兹证明文书上{signer}的签字和印章属实。",
            f"{zh_date_words(d)}\t第{number}号",
            "~SIG",
        ]
    return [
        "## MINISTRY OF FOREIGN AFFAIRS",
        "AUTHENTICATION SECTION",
        f"The signature of {signer} appearing on this document is hereby authenticated.",
        f"{city}, {num_date(d, '/')}\tNo. {number}",
        "~SIG",
    ]


def notary_copy(lang: str, name: str, city: str, d: dt.date, number: str) -> list[str]:
    """A notary's or town hall's certification of a copy: looks official, is no apostille."""
    if lang == "en":
        return [
            "## CERTIFIED TRUE COPY",
            f"I, {name}, Notary Public in and for {city}, hereby certify that this is a "
            "true and complete copy of the original document produced to me, and that the signature and seal "
            "on it appear to be genuine.",
            f"{city}, {long_date(d, 'en')}\tRegister No. {number}",
            "~SIG",
            "Notary Public - Seal",
        ]
    if lang == "fr":
        return [
            "## LÉGALISATION DE SIGNATURE",
            "Vu pour la légalisation matérielle de la signature de "
            f"{name}, apposée ci-dessus. Copie certifiée conforme à l'original.",
            f"{city}, le {num_date(d, '/')}\tN° {number}",
            "~SIG",
            "L'officier délégué - Cachet de la commune",
        ]
    if lang == "de":
        return [
            "## BEGLAUBIGUNG",
            "Die Übereinstimmung der vorstehenden Abschrift mit der mir vorgelegten Urschrift wird hiermit beglaubigt.",
            f"{city}, den {num_date(d)}\tUR-Nr. {number}",
            "~SIG",
            f"{name}, Notar",
        ]
    if lang == "es":
        return [
            "## TESTIMONIO NOTARIAL",
            f"Yo, {name}, Notario Público, doy fe de que la presente fotocopia "
            "concuerda fielmente con su original, que he tenido a la vista.",
            f"{city}, {long_date(d, 'es')}\tNúm. {number}",
            "~SIG",
            "Sello de la Notaría",
        ]
    if lang == "nl":
        return [
            "## VOOR EENSLUIDEND AFSCHRIFT",
            "Dit afschrift is gelijkluidend aan het origineel dat aan "
            f"ondergetekende, {name}, notaris te {city}, is getoond.",
            f"{city}, {long_date(d, 'nl')}\tRep. nr. {number}",
            "~SIG",
        ]
    raise ValueError(lang)


# ===========================================================================
# The documents. Each template writes one document the way its issuer does
# (title, register references, paragraphs, the issue line, signature and
# stamp) and says what it is: the truth the benchmark measures against.
# ===========================================================================


@dataclass
class Draft:
    lang: str | None  # main language (None: a multilingual form)
    type: str
    country: str  # ISO 3166 alpha-2 of the issuer
    title: str  # the title as printed, for the report
    pages: list[list[str]]
    issue_date: dt.date | None = None
    date_wording: str | None = None  # how the issue date is written
    family: str = "sans"
    rtl: bool = False
    size_pt: float = 10.5
    tabs_mm: tuple[float, ...] = (62.0, 120.0)
    apostille_style: str = "en"  # the wording the issuing country's apostille uses
    seal: Seal | None = None  # who signed, for an apostille or legalisation (date and number filled in later)
    record: dict | None = None  # what a translator renders (see translation())


@dataclass
class Ctx:
    rng: random.Random
    issue: dt.date
    sex: str | None = None
    #: the issue line's wording, for templates that know several
    variant: int = 0


def _seal(country, signer, capacity, authority, place, by) -> Seal:
    return Seal(country, signer, capacity, authority, place, dt.date(2000, 1, 1), by, "")


# --- Spanish ----------------------------------------------------------------


def es_birth_mx(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "es", "es-MX", c.sex)
    ap1, ap2 = p.surname.split(" ")
    reg = after(p.birth, r, 5, 40)
    acta, libro, ofi = digits(r, 5), digits(r, 4), digits(r, 2)
    curp = (
        (ap1[:2] + ap2[0] + p.given[0]).upper()
        + p.birth.strftime("%y%m%d")
        + ("M" if p.sex == "F" else "H")
        + "JCL"
        + letters(r, 2)
        + digits(r, 2)
    )
    officer = person(r, "es").full
    lines = [
        "^ESTADOS UNIDOS MEXICANOS",
        "^# ACTA DE NACIMIENTO",
        "^REGISTRO CIVIL DEL ESTADO DE JALISCO",
        "",
        f"Identificador electrónico: 14039{digits(r, 10)}\tCURP: {curp}",
        "---",
        "Entidad de registro: Jalisco\tMunicipio: Guadalajara",
        f"Oficialía: {ofi}\tLibro: {libro}\tActa: {acta}",
        f"Fecha de registro: {num_date(reg, '/')}",
        "",
        "## Datos de la persona registrada",
        f"Nombre(s):\t{p.given}",
        f"Primer apellido:\t{ap1}",
        f"Segundo apellido:\t{ap2}",
        f"Sexo:\t{'Mujer' if p.sex == 'F' else 'Hombre'}",
        f"Fecha de nacimiento:\t{num_date(p.birth, '/')}",
        f"Lugar de nacimiento:\t{p.place}",
        "",
        "## Datos de filiación de la persona registrada",
        f"Padre:\t{p.father}",
        "Nacionalidad:\tMexicana",
        f"Madre:\t{p.mother}",
        "Nacionalidad:\tMexicana",
        "---",
        "La presente certificación se expide con fundamento en los artículos 39 y 48 del Código Civil del Estado "
        "de Jalisco y hace prueba plena de los datos contenidos en el acta de nacimiento que obra en los archivos "
        "del Registro Civil. Cualquier alteración, raspadura o enmendadura invalida este documento.",
        "",
        f"Se expide la presente en Guadalajara, Jalisco, a {long_date(c.issue, 'es')}.",
        "~SIG",
        f"Lic. {officer}",
        "Director del Registro Civil del Estado",
        "~STAMP ESTADOS UNIDOS MEXICANOS|REGISTRO CIVIL|JALISCO",
    ]
    rec = {
        "title_en": "BIRTH CERTIFICATE",
        "title_nl": "AKTE VAN GEBOORTE",
        "fields": [
            ("Electronic identifier", "Elektronisch kenmerk", "see original"),
            ("Registry office / Book / Certificate", "Ambtenaar / Boek / Akte", f"{ofi} / {libro} / {acta}"),
            ("Date of registration", "Datum van inschrijving", num_date(reg, "/")),
            ("Name(s)", "Voornaam/-namen", p.given),
            ("First surname", "Eerste achternaam", ap1),
            ("Second surname", "Tweede achternaam", ap2),
            ("Date of birth", "Geboortedatum", num_date(p.birth, "/")),
            ("Place of birth", "Geboorteplaats", p.place),
            ("Father", "Vader", p.father),
            ("Mother", "Moeder", p.mother),
            ("CURP", "CURP", curp),
        ],
        "issued_en": f"Issued in Guadalajara, Jalisco, on {long_date(c.issue, 'en')}.",
        "issued_nl": f"Afgegeven te Guadalajara, Jalisco, op {long_date(c.issue, 'nl')}.",
        "source": "es",
    }
    return Draft(
        "es",
        "birth-certificate",
        "MX",
        "ACTA DE NACIMIENTO",
        [lines],
        c.issue,
        "Se expide la presente en X, a D de MES de AAAA",
        apostille_style="es",
        seal=_seal(
            "Estados Unidos Mexicanos",
            f"Lic. {officer}",
            "Director del Registro Civil",
            "Registro Civil del Estado de Jalisco",
            "Guadalajara, Jalisco",
            "Secretaría General de Gobierno del Estado de Jalisco",
        ),
        record=rec,
    )


def es_birth_es(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "es", "es-ES", c.sex)
    city = p.place
    tomo, pag = digits(r, 5), digits(r, 3)
    officer = person(r, "es").full
    title = ["CERTIFICACIÓN LITERAL DE INSCRIPCIÓN DE NACIMIENTO", "EXTRACTO DE INSCRIPCIÓN DE NACIMIENTO"][
        c.variant % 2
    ]
    lines = [
        "^MINISTERIO DE JUSTICIA",
        f"^REGISTRO CIVIL DE {city.upper()}",
        f"^# {title}",
        "",
        f"Sección 1ª\tTomo {tomo}\tPágina {pag}",
        "---",
        f"Nombre:\t{p.given}",
        f"Apellidos:\t{p.surname}",
        f"Sexo:\t{'Mujer' if p.sex == 'F' else 'Varón'}",
        f"Hora de nacimiento:\t{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        f"Fecha de nacimiento:\t{long_date(p.birth, 'es')}",
        f"Lugar de nacimiento:\t{city}",
        f"Hijo/a de:\t{p.father}",
        f"y de:\t{p.mother}",
        "---",
        f"La inscripción se practica en virtud de declaración del padre, con comprobación por parte médico, "
        f"ante el Encargado del Registro Civil de {city}, Don {officer}.",
        "",
        "CERTIFICO: que la presente certificación reproduce el contenido de la inscripción obrante en este "
        "Registro Civil en el tomo y página arriba indicados, y que no constan en ella notas marginales que la "
        "modifiquen.",
        "",
        f"Fecha de expedición: {num_date(c.issue, '/')}"
        if c.variant % 3 != 2
        else f"{city}, a {long_date(c.issue, 'es')}",
        "~SIG",
        "El/La Encargado/a del Registro Civil",
        f"Código Seguro de Verificación: RC{digits(r, 4)}-{letters(r, 4)}-{digits(r, 6)}",
        "~STAMP REGISTRO CIVIL|" + city.upper() + "|MINISTERIO DE JUSTICIA",
    ]
    wording = "Fecha de expedición: DD/MM/AAAA" if c.variant % 3 != 2 else "Ciudad, a D de MES de AAAA"
    return Draft(
        "es",
        "birth-certificate",
        "ES",
        title,
        [lines],
        c.issue,
        wording,
        apostille_style="es",
        seal=_seal(
            "España",
            officer,
            "Encargado del Registro Civil",
            f"Registro Civil de {city}",
            city,
            "Tribunal Superior de Justicia",
        ),
    )


def es_marriage_ar(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "es", "es-AR", "M"), person(r, "es", "es-AR", "F")
    wed = dt.date(r.randint(2012, 2022), r.randint(1, 12), r.randint(1, 28))
    acta, tomo = digits(r, 3), digits(r, 1)
    officer = person(r, "es").full
    lines = [
        "^REPÚBLICA ARGENTINA",
        "^PROVINCIA DE BUENOS AIRES",
        "^Registro Provincial de las Personas",
        "^# ACTA DE MATRIMONIO",
        "",
        f"Acta N° {acta}\tTomo {tomo}° A\tAño {wed.year}",
        f"Delegación: La Plata\tFolio {digits(r, 3)}",
        "---",
        f"En la ciudad de La Plata, a los {wed.day} días del mes de {month(wed, 'es')} de {wed.year}, ante mí, "
        f"Jefe/a del Registro, comparecen {a.full}, D.N.I. {digits(r, 8)}, nacido el {num_date(a.birth, '/')} "
        f"en {a.place}, hijo de {a.father} y de {a.mother}; y {b.full}, D.N.I. {digits(r, 8)}, nacida el "
        f"{num_date(b.birth, '/')} en {b.place}, hija de {b.father} y de {b.mother}.",
        "",
        "Los comparecientes manifiestan su voluntad de unirse en matrimonio, y habiéndose cumplido los requisitos "
        "del Código Civil y Comercial de la Nación, los declaro unidos en matrimonio en nombre de la ley. "
        f"Fueron testigos {person(r, 'es').full} y {person(r, 'es').full}, mayores de edad.",
        "",
        "Leída el acta, la firman los contrayentes, los testigos y el oficial público.",
        "---",
        f"Es copia fiel del acta original. Expedida en La Plata, el {long_date(c.issue, 'es')}.",
        "~SIG",
        f"{officer}",
        "Jefe/a de Registro",
        "~STAMP REGISTRO PROVINCIAL|DE LAS PERSONAS|LA PLATA",
    ]
    rec = {
        "title_en": "MARRIAGE CERTIFICATE",
        "title_nl": "AKTE VAN HUWELIJK",
        "fields": [
            ("Certificate / Volume / Year", "Akte / Deel / Jaar", f"{acta} / {tomo} A / {wed.year}"),
            ("Date of marriage", "Datum huwelijk", num_date(wed, "/")),
            ("Husband", "Echtgenoot", a.full),
            ("Date of birth", "Geboortedatum", num_date(a.birth, "/")),
            ("Wife", "Echtgenote", b.full),
            ("Date of birth", "Geboortedatum", num_date(b.birth, "/")),
        ],
        "issued_en": f"True copy of the original certificate, issued in La Plata on {long_date(c.issue, 'en')}.",
        "issued_nl": f"Eensluidend afschrift van de oorspronkelijke akte, afgegeven te La Plata op {long_date(c.issue, 'nl')}.",
        "source": "es",
    }
    return Draft(
        "es",
        "marriage-certificate",
        "AR",
        "ACTA DE MATRIMONIO",
        [lines],
        c.issue,
        "Expedida en X, el D de MES de AAAA",
        apostille_style="es",
        seal=_seal(
            "República Argentina",
            officer,
            "Jefe de Registro",
            "Registro Provincial de las Personas de Buenos Aires",
            "Ciudad de Buenos Aires",
            "Colegio de Escribanos de la Provincia de Buenos Aires",
        ),
        record=rec,
    )


def es_unmarried(c: Ctx) -> Draft:
    r = c.rng
    if c.variant % 2 == 0:  # Spain: fe de vida y estado
        p = person(r, "es", "es-ES", c.sex)
        officer = person(r, "es").full
        lines = [
            "^MINISTERIO DE JUSTICIA",
            f"^REGISTRO CIVIL DE {p.place.upper()}",
            "^# CERTIFICADO DE FE DE VIDA Y ESTADO",
            "",
            f"Expediente n.º {digits(r, 4)}/{c.issue.year}",
            "---",
            f"Don/Doña {officer}, Encargado/a del Registro Civil de {p.place},",
            "",
            f"CERTIFICA: que según resulta de la comparecencia personal de {p.full}, con D.N.I. {digits(r, 8)}{letters(r, 1)}, "
            f"nacido/a el {long_date(p.birth, 'es')} en {p.place}, hijo/a de {p.father} y de {p.mother}, "
            f"y de la declaración jurada prestada ante este Registro, el/la interesado/a VIVE y su estado civil es "
            f"{'SOLTERA' if p.sex == 'F' else 'SOLTERO'}.",
            "",
            "No consta en este Registro inscripción de matrimonio alguno a su nombre.",
            "",
            "Y para que conste, a petición del/de la interesado/a y para su presentación ante las autoridades "
            "de los Países Bajos, se expide el presente certificado.",
            "",
            f"{p.place}, a {long_date(c.issue, 'es')}.",
            "~SIG",
            "El/La Encargado/a",
            "~STAMP REGISTRO CIVIL|" + p.place.upper() + "|JUZGADO DE PAZ",
        ]
        rec = {
            "title_en": "CERTIFICATE OF LIFE AND MARITAL STATUS",
            "title_nl": "VERKLARING VAN IN LEVEN ZIJN EN BURGERLIJKE STAAT",
            "fields": [
                ("Name", "Naam", p.full),
                ("Date of birth", "Geboortedatum", num_date(p.birth, "/")),
                ("Place of birth", "Geboorteplaats", p.place),
                ("Marital status", "Burgerlijke staat", "single / ongehuwd"),
            ],
            "issued_en": f"{p.place}, {long_date(c.issue, 'en')}.",
            "issued_nl": f"{p.place}, {long_date(c.issue, 'nl')}.",
            "source": "es",
        }
        return Draft(
            "es",
            "unmarried-declaration",
            "ES",
            "CERTIFICADO DE FE DE VIDA Y ESTADO",
            [lines],
            c.issue,
            "Ciudad, a D de MES de AAAA (no issue verb)",
            apostille_style="es",
            seal=_seal(
                "España",
                officer,
                "Encargado del Registro Civil",
                f"Registro Civil de {p.place}",
                p.place,
                "Tribunal Superior de Justicia",
            ),
            record=rec,
        )
    p = person(r, "es", "es-MX", c.sex)
    officer = person(r, "es").full
    lines = [
        "^GOBIERNO DEL ESTADO DE PUEBLA",
        "^DIRECCIÓN DEL REGISTRO CIVIL DE LAS PERSONAS",
        "^# CONSTANCIA DE INEXISTENCIA DE MATRIMONIO",
        "",
        f"Folio: {letters(r, 2)}-{digits(r, 6)}",
        "---",
        "A QUIEN CORRESPONDA:",
        "",
        f"La Dirección del Registro Civil de las Personas del Estado de Puebla hace constar que, habiéndose realizado "
        f"una búsqueda en la base de datos estatal de los registros de matrimonio comprendidos entre los años 1930 "
        f"y {c.issue.year}, NO SE ENCONTRÓ registro de matrimonio a nombre de {p.full.upper()}, quien declara haber "
        f"nacido el {long_date(p.birth, 'es')} en {p.place}, con CURP {letters(r, 4)}{p.birth.strftime('%y%m%d')}{letters(r, 6)}{digits(r, 2)}.",
        "",
        "La presente constancia se extiende a solicitud del/de la interesado/a para los fines legales que "
        "a su interés convengan y tiene una vigencia de seis meses a partir de su expedición.",
        "",
        f"Fecha de expedición: {long_date(c.issue, 'es')}",
        "~SIG",
        f"Lic. {officer}",
        "Directora del Registro Civil",
        "~STAMP REGISTRO CIVIL|ESTADO DE PUEBLA|DIRECCIÓN",
    ]
    return Draft(
        "es",
        "unmarried-declaration",
        "MX",
        "CONSTANCIA DE INEXISTENCIA DE MATRIMONIO",
        [lines],
        c.issue,
        "Fecha de expedición: D de MES de AAAA",
        apostille_style="es",
        seal=_seal(
            "Estados Unidos Mexicanos",
            f"Lic. {officer}",
            "Directora del Registro Civil",
            "Dirección del Registro Civil de Puebla",
            "Puebla, Puebla",
            "Secretaría de Gobernación de Puebla",
        ),
    )


def es_criminal_pe(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "es", "es-PE", c.sex)
    num = digits(r, 7)
    officer = person(r, "es").full
    lines = [
        "^PODER JUDICIAL DEL PERÚ",
        "^Registro Nacional de Condenas",
        "^# CERTIFICADO DE ANTECEDENTES PENALES",
        "",
        f"N° {num}",
        "---",
        f"El Jefe del Registro Nacional de Condenas del Poder Judicial que suscribe CERTIFICA que, revisado el "
        f"Registro Nacional de Condenas, {p.full.upper()}, identificado/a con DNI N° {digits(r, 8)}, nacido/a el "
        f"{num_date(p.birth, '/')} en {p.place}, hijo/a de {p.father} y de {p.mother}:",
        "",
        "^## NO REGISTRA ANTECEDENTES PENALES",
        "",
        "Se expide el presente certificado a solicitud del/de la interesado/a para fines de trámite migratorio en el "
        "extranjero. El presente certificado tiene una validez de noventa (90) días calendario.",
        "",
        f"Lima, {long_date(c.issue, 'es')}" if c.variant % 2 else f"Fecha de emisión: {num_date(c.issue, '/')}",
        "~SIG",
        officer,
        "Jefe del Registro Nacional de Condenas",
        f"Verifique la autenticidad en www.pj.gob.pe con el código {digits(r, 12)}",
    ]
    rec = {
        "title_en": "CERTIFICATE OF CRIMINAL RECORD",
        "title_nl": "VERKLARING OMTRENT STRAFREGISTER",
        "fields": [
            ("Certificate No.", "Nummer", num),
            ("Name", "Naam", p.full),
            ("Date of birth", "Geboortedatum", num_date(p.birth, "/")),
            ("Result", "Resultaat", "NO CRIMINAL RECORD / GEEN STRAFBLAD"),
        ],
        "issued_en": f"Lima, {long_date(c.issue, 'en')}.",
        "issued_nl": f"Lima, {long_date(c.issue, 'nl')}.",
        "source": "es",
    }
    return Draft(
        "es",
        "criminal-record-certificate",
        "PE",
        "CERTIFICADO DE ANTECEDENTES PENALES",
        [lines],
        c.issue,
        "Lima, D de MES de AAAA" if c.variant % 2 else "Fecha de emisión: DD/MM/AAAA",
        apostille_style="es-e",
        seal=_seal(
            "República del Perú",
            officer,
            "Jefe del Registro Nacional de Condenas",
            "Poder Judicial del Perú",
            "Lima",
            "Ministerio de Relaciones Exteriores",
        ),
        record=rec,
    )


def es_death_cl(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "es", "es-CL", c.sex, born=(1935, 1960))
    died = dt.date(r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28))
    lines = [
        "^REPÚBLICA DE CHILE",
        "^SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN",
        "^# CERTIFICADO DE DEFUNCIÓN",
        "^Para todo trámite",
        "",
        f"Circunscripción: Providencia\tN° inscripción: {digits(r, 4)}\tAño: {died.year}",
        "---",
        f"Nombre inscrito:\t{p.full.upper()}",
        f"R.U.N.:\t{digits(r, 2)}.{digits(r, 3)}.{digits(r, 3)}-{r.randint(0, 9)}",
        f"Fecha nacimiento:\t{num_date(p.birth, '-')}",
        f"Fecha defunción:\t{num_date(died, '-')}",
        f"Lugar defunción:\t{p.place}",
        "Causa:\tInsuficiencia cardíaca",
        "---",
        "El Servicio de Registro Civil e Identificación certifica que los datos precedentes corresponden a la "
        "inscripción de defunción que consta en sus registros.",
        "",
        f"Fecha emisión: {num_date(c.issue, '-')}",
        f"Folio: {digits(r, 9)}",
        "Verifique este documento en www.registrocivil.example.cl",
        "~STAMP REGISTRO CIVIL|E IDENTIFICACIÓN|CHILE",
    ]
    return Draft(
        "es",
        "death-certificate",
        "CL",
        "CERTIFICADO DE DEFUNCIÓN",
        [lines],
        c.issue,
        "Fecha emisión: DD-MM-AAAA",
        apostille_style="es-e",
        seal=_seal(
            "Chile",
            "Jefe de Oficina",
            "Oficial Civil",
            "Servicio de Registro Civil e Identificación",
            "Santiago",
            "Ministerio de Relaciones Exteriores",
        ),
    )


def es_birth_co(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "es", "es-CO", c.sex)
    serial, nuip = digits(r, 8), digits(r, 10)
    notary = person(r, "es").full
    lines = [
        "^REPÚBLICA DE COLOMBIA",
        "^REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
        "^# REGISTRO CIVIL DE NACIMIENTO",
        "",
        f"Indicativo serial: {serial}\tNUIP: {nuip}",
        f"Oficina: Notaría 21 de Bogotá\tCódigo: {digits(r, 6)}",
        "---",
        "## Datos del inscrito",
        f"Primer apellido:\t{p.surname.split()[0]}",
        f"Segundo apellido:\t{p.surname.split()[1]}",
        f"Nombres:\t{p.given}",
        f"Fecha de nacimiento:\t{num_date(p.birth, '/')}",
        f"Lugar de nacimiento:\tColombia, {p.place}",
        f"Sexo:\t{'Femenino' if p.sex == 'F' else 'Masculino'}",
        "## Datos de la madre",
        f"Apellidos y nombres:\t{p.mother}",
        "Nacionalidad:\tColombiana",
        "## Datos del padre",
        f"Apellidos y nombres:\t{p.father}",
        "Nacionalidad:\tColombiana",
        "---",
        "ESTA ES FIEL COPIA TOMADA DEL ORIGINAL QUE REPOSA EN LOS ARCHIVOS DE ESTA NOTARÍA.",
        "",
        f"Fecha de expedición: {num_date(c.issue, '/')}",
        "~SIG",
        notary,
        "Notario Veintiuno del Círculo de Bogotá",
        "~STAMP NOTARÍA 21|BOGOTÁ D.C.|COLOMBIA",
    ]
    rec = {
        "title_en": "CIVIL REGISTRATION OF BIRTH",
        "title_nl": "AKTE VAN GEBOORTE (BURGERLIJKE STAND)",
        "fields": [
            ("Serial indicator", "Serienummer", serial),
            ("NUIP", "NUIP", nuip),
            ("Surnames", "Achternamen", p.surname),
            ("Names", "Voornamen", p.given),
            ("Date of birth", "Geboortedatum", num_date(p.birth, "/")),
            ("Mother", "Moeder", p.mother),
            ("Father", "Vader", p.father),
        ],
        "issued_en": f"Date of issue: {num_date(c.issue, '/')}",
        "issued_nl": f"Datum van afgifte: {num_date(c.issue, '/')}",
        "source": "es",
    }
    return Draft(
        "es",
        "birth-certificate",
        "CO",
        "REGISTRO CIVIL DE NACIMIENTO",
        [lines],
        c.issue,
        "Fecha de expedición: DD/MM/AAAA",
        apostille_style="es-e",
        seal=_seal(
            "Colombia", notary, "Notario", "Notaría 21 de Bogotá", "Bogotá D.C.", "Ministerio de Relaciones Exteriores"
        ),
        record=rec,
    )


# --- Portuguese ---------------------------------------------------------------


def pt_birth_br(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "pt", "pt-BR", c.sex)
    mat = f"{digits(r, 6)} 01 55 {p.birth.year} 1 {digits(r, 5)} {digits(r, 3)} {digits(r, 7)} {digits(r, 2)}"
    oficial = person(r, "pt").full
    lines = [
        "^REPÚBLICA FEDERATIVA DO BRASIL",
        "^REGISTRO CIVIL DAS PESSOAS NATURAIS",
        "^# CERTIDÃO DE NASCIMENTO",
        "",
        f"NOME: {p.full.upper()}",
        f"CPF: {digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}-{digits(r, 2)}",
        f"MATRÍCULA: {mat}",
        "---",
        f"Data de nascimento:\t{num_date(p.birth, '/')}",
        f"Hora:\t{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        f"Município de nascimento:\t{p.place}",
        f"Sexo:\t{'Feminino' if p.sex == 'F' else 'Masculino'}",
        f"Filiação:\t{p.father}",
        f"\t{p.mother}",
        f"Avós paternos:\t{person(r, 'pt').full}, {person(r, 'pt').full}",
        "---",
        "Observações: nada consta.",
        "",
        "O conteúdo da certidão é verdadeiro. Dou fé.",
        "",
        f"{p.place}, {long_date(c.issue, 'pt')}.",
        "~SIG",
        f"{oficial} - Oficial de Registro Civil",
        f"Selo digital: {letters(r, 3)}{digits(r, 5)}-{letters(r, 2)}{digits(r, 2)}",
        "~STAMP OFICIAL DE REGISTRO CIVIL|DAS PESSOAS NATURAIS|" + p.place.upper(),
    ]
    rec = {
        "title_en": "BIRTH CERTIFICATE",
        "title_nl": "AKTE VAN GEBOORTE",
        "fields": [
            ("Name", "Naam", p.full),
            ("Registration number", "Registratienummer", mat),
            ("Date of birth", "Geboortedatum", num_date(p.birth, "/")),
            ("Place of birth", "Geboorteplaats", p.place),
            ("Parents", "Ouders", f"{p.father}, {p.mother}"),
        ],
        "issued_en": f"{p.place}, {long_date(c.issue, 'en')}.",
        "issued_nl": f"{p.place}, {long_date(c.issue, 'nl')}.",
        "source": "pt",
    }
    return Draft(
        "pt",
        "birth-certificate",
        "BR",
        "CERTIDÃO DE NASCIMENTO",
        [lines],
        c.issue,
        "Cidade, D de MÊS de AAAA (no issue verb)",
        apostille_style="pt",
        seal=_seal(
            "República Federativa do Brasil / Federative Republic of Brazil",
            oficial,
            "Oficial de Registro Civil / Civil Registrar",
            "Registro Civil das Pessoas Naturais",
            p.place,
            "Tabelionato de Notas",
        ),
        record=rec,
    )


def pt_marriage_br(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "pt", "pt-BR", "M"), person(r, "pt", "pt-BR", "F")
    wed = dt.date(r.randint(2012, 2022), r.randint(1, 12), r.randint(1, 28))
    mat = f"{digits(r, 6)} 01 55 {wed.year} 2 {digits(r, 5)} {digits(r, 3)} {digits(r, 7)} {digits(r, 2)}"
    oficial = person(r, "pt").full
    lines = [
        "^REPÚBLICA FEDERATIVA DO BRASIL",
        "^REGISTRO CIVIL DAS PESSOAS NATURAIS",
        "^# CERTIDÃO DE CASAMENTO",
        "",
        f"MATRÍCULA: {mat}",
        "---",
        f"Nomes dos cônjuges:\t{a.full} e {b.full}",
        f"Data do casamento:\t{num_date(wed, '/')}",
        "Regime de bens:\tComunhão parcial de bens",
        f"Nome que passou a utilizar:\t{b.given} {b.surname.split()[-1]} {a.surname.split()[-1]}",
        "---",
        f"Certifico que, no livro B-{digits(r, 3)}, folha {digits(r, 3)}, sob o número de ordem {digits(r, 5)}, foi "
        f"lavrado o assento de casamento de {a.full}, nascido em {num_date(a.birth, '/')} em {a.place}, filho de "
        f"{a.father} e de {a.mother}, e de {b.full}, nascida em {num_date(b.birth, '/')} em {b.place}, filha de "
        f"{b.father} e de {b.mother}.",
        "",
        "O referido é verdade e dou fé.",
        "",
        f"Emitida em {num_date(c.issue, '/')}." if c.variant % 2 else f"{a.place}, {long_date(c.issue, 'pt')}.",
        "~SIG",
        f"{oficial} - Escrevente autorizado",
        "~STAMP CARTÓRIO DE REGISTRO CIVIL|" + a.place.upper(),
    ]
    rec = {
        "title_en": "MARRIAGE CERTIFICATE",
        "title_nl": "AKTE VAN HUWELIJK",
        "fields": [
            ("Registration number", "Registratienummer", mat),
            ("Spouses", "Echtgenoten", f"{a.full} / {b.full}"),
            ("Date of marriage", "Datum huwelijk", num_date(wed, "/")),
            ("Dates of birth", "Geboortedata", f"{num_date(a.birth, '/')} / {num_date(b.birth, '/')}"),
        ],
        "issued_en": f"Issued on {num_date(c.issue, '/')}.",
        "issued_nl": f"Afgegeven op {num_date(c.issue, '/')}.",
        "source": "pt",
    }
    return Draft(
        "pt",
        "marriage-certificate",
        "BR",
        "CERTIDÃO DE CASAMENTO",
        [lines],
        c.issue,
        "Emitida em DD/MM/AAAA" if c.variant % 2 else "Cidade, D de MÊS de AAAA",
        apostille_style="pt",
        seal=_seal(
            "República Federativa do Brasil / Federative Republic of Brazil",
            oficial,
            "Escrevente autorizado / Authorised clerk",
            "Cartório de Registro Civil",
            a.place,
            "Tabelionato de Notas",
        ),
        record=rec,
    )


def pt_criminal_br(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "pt", "pt-BR", c.sex)
    num = f"{digits(r, 6)}{c.issue.year}"
    lines = [
        "^MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA",
        "^POLÍCIA FEDERAL",
        "^# CERTIDÃO DE ANTECEDENTES CRIMINAIS",
        "",
        f"Nº {num}",
        "---",
        f"A Polícia Federal CERTIFICA, após pesquisa no Sistema Nacional de Informações Criminais - SINIC, que, até "
        f"a presente data, NÃO CONSTA condenação com trânsito em julgado em nome de {p.full.upper()}, nacionalidade "
        f"brasileira, nascido(a) aos {num_date(p.birth, '/')}, filho(a) de {p.father.upper()} e de "
        f"{p.mother.upper()}, CPF nº {digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}-{digits(r, 2)}.",
        "",
        "Esta certidão é expedida gratuitamente e sua autenticidade poderá ser confirmada na página da Polícia "
        "Federal na Internet, mediante o código de controle abaixo.",
        "",
        f"Certidão emitida em {num_date(c.issue, '/')} às {r.randint(8, 18):02d}:{r.randint(0, 59):02d}.",
        f"Código de controle: {letters(r, 4)}.{digits(r, 4)}.{letters(r, 4)}.{digits(r, 4)}",
    ]
    rec = {
        "title_en": "CRIMINAL RECORD CERTIFICATE",
        "title_nl": "VERKLARING STRAFREGISTER",
        "fields": [
            ("Certificate No.", "Nummer", num),
            ("Name", "Naam", p.full),
            ("Date of birth", "Geboortedatum", num_date(p.birth, "/")),
            ("Result", "Resultaat", "no final conviction recorded / geen onherroepelijke veroordeling"),
        ],
        "issued_en": f"Certificate issued on {num_date(c.issue, '/')}.",
        "issued_nl": f"Verklaring afgegeven op {num_date(c.issue, '/')}.",
        "source": "pt",
    }
    return Draft(
        "pt",
        "criminal-record-certificate",
        "BR",
        "CERTIDÃO DE ANTECEDENTES CRIMINAIS",
        [lines],
        c.issue,
        "Certidão emitida em DD/MM/AAAA",
        apostille_style="pt",
        seal=_seal(
            "República Federativa do Brasil / Federative Republic of Brazil",
            "Sistema SINIC",
            "Polícia Federal / Federal Police",
            "Polícia Federal",
            "Brasília",
            "Tabelionato de Notas",
        ),
        record=rec,
    )


def pt_birth_pt(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "pt", "pt-PT", c.sex)
    assento = digits(r, 4)
    lines = [
        "^REPÚBLICA PORTUGUESA",
        "^INSTITUTO DOS REGISTOS E DO NOTARIADO",
        f"^Conservatória do Registo Civil de {p.place}",
        "^# CERTIDÃO DE REGISTO DE NASCIMENTO",
        "",
        f"Assento de nascimento n.º {assento} do ano de {p.birth.year}",
        "---",
        f"Nome:\t{p.full}",
        f"Sexo:\t{'Feminino' if p.sex == 'F' else 'Masculino'}",
        f"Data do nascimento:\t{long_date(p.birth, 'pt')}",
        f"Freguesia:\t{p.place}",
        f"Pai:\t{p.father}",
        f"Mãe:\t{p.mother}",
        "---",
        "Averbamentos: nenhum.",
        "",
        "Está conforme o original. Certidão emitida para efeitos de apresentação no estrangeiro.",
        "",
        f"Emitida em {p.place}, em {num_date(c.issue, '-')}.",
        "~SIG",
        "O/A Conservador/a",
        f"Código de acesso: {digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}",
        "~STAMP REPÚBLICA PORTUGUESA|REGISTO CIVIL|" + p.place.upper(),
    ]
    return Draft(
        "pt",
        "birth-certificate",
        "PT",
        "CERTIDÃO DE REGISTO DE NASCIMENTO",
        [lines],
        c.issue,
        "Emitida em X, em DD-MM-AAAA",
        apostille_style="pt",
        seal=_seal(
            "Portugal",
            "Conservador",
            "Conservador do Registo Civil",
            "Registo Civil",
            p.place,
            "Procuradoria-Geral da República",
        ),
    )


# --- Turkish ------------------------------------------------------------------


def tr_birth(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "tr", "tr", c.sex)
    tc = digits(r, 11)
    lines = [
        "^T.C.",
        "^İÇİŞLERİ BAKANLIĞI",
        "^Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
        "^# DOĞUM KAYIT ÖRNEĞİ",
        "",
        f"T.C. Kimlik No:\t{tc}",
        f"İl / İlçe:\t{p.place} / Merkez",
        f"Cilt No: {digits(r, 3)}\tAile Sıra No: {digits(r, 3)}\tSıra No: {digits(r, 2)}",
        "---",
        f"Adı:\t{p.given}",
        f"Soyadı:\t{p.surname.upper()}",
        f"Cinsiyeti:\t{'Kadın' if p.sex == 'F' else 'Erkek'}",
        f"Baba Adı:\t{p.father.split()[0]}",
        f"Ana Adı:\t{p.mother.split()[0]}",
        f"Doğum Yeri:\t{p.place}",
        f"Doğum Tarihi:\t{num_date(p.birth)}",
        "Medeni Hali:\tBekâr",
        "---",
        "Yukarıda kimlik bilgileri yazılı kişinin nüfus kütüğündeki kaydının aynı olduğu onaylanır. Bu belge "
        "ilgilinin talebi üzerine düzenlenmiştir.",
        "",
        f"Düzenleme Tarihi: {long_date(c.issue, 'tr')}"
        if c.variant % 2 == 0
        else f"{p.place}, {long_date(c.issue, 'tr')}",
        "~SIG",
        f"{person(r, 'tr').full}",
        "Nüfus Müdürü",
        "~STAMP T.C.|NÜFUS MÜDÜRLÜĞÜ|" + p.place.upper(),
        f"Belge Doğrulama Kodu: {letters(r, 4)}-{digits(r, 4)}-{letters(r, 4)}",
    ]
    rec = {
        "title_en": "BIRTH REGISTER EXTRACT",
        "title_nl": "UITTREKSEL UIT HET GEBOORTEREGISTER",
        "fields": [
            ("Turkish ID No.", "Turks identiteitsnummer", tc),
            ("Name", "Voornaam", p.given),
            ("Surname", "Achternaam", p.surname),
            ("Father's name", "Naam vader", p.father.split()[0]),
            ("Mother's name", "Naam moeder", p.mother.split()[0]),
            ("Place of birth", "Geboorteplaats", p.place),
            ("Date of birth", "Geboortedatum", num_date(p.birth)),
            ("Marital status", "Burgerlijke staat", "single / ongehuwd"),
        ],
        "issued_en": f"Date of issue: {long_date(c.issue, 'en')}",
        "issued_nl": f"Datum van afgifte: {long_date(c.issue, 'nl')}",
        "source": "tr",
    }
    return Draft(
        "tr",
        "birth-certificate",
        "TR",
        "DOĞUM KAYIT ÖRNEĞİ",
        [lines],
        c.issue,
        "Düzenleme Tarihi: D Ay YYYY" if c.variant % 2 == 0 else "Şehir, D Ay YYYY",
        apostille_style="tr",
        seal=_seal(
            "Türkiye Cumhuriyeti",
            "Nüfus Müdürü",
            "Nüfus Müdürü",
            f"{p.place} Nüfus Müdürlüğü",
            p.place,
            f"{p.place} Valiliği",
        ),
        record=rec,
    )


def tr_marriage(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "tr", "tr", "M"), person(r, "tr", "tr", "F")
    wed = dt.date(r.randint(2012, 2023), r.randint(1, 12), r.randint(1, 28))
    no = digits(r, 6)
    lines = [
        "^T.C.",
        f"^{a.place.upper()} BELEDİYESİ",
        "^Evlendirme Müdürlüğü",
        "^# EVLENME BELGESİ",
        "",
        f"Belge No: {no}\tEvlenme Tarihi: {num_date(wed)}",
        "---",
        "## Koca",
        f"Adı Soyadı:\t{a.full.upper()}",
        f"T.C. Kimlik No:\t{digits(r, 11)}",
        f"Doğum Yeri ve Tarihi:\t{a.place}, {num_date(a.birth)}",
        f"Baba Adı / Ana Adı:\t{a.father.split()[0]} / {a.mother.split()[0]}",
        "## Karı",
        f"Adı Soyadı:\t{b.full.upper()}",
        f"T.C. Kimlik No:\t{digits(r, 11)}",
        f"Doğum Yeri ve Tarihi:\t{b.place}, {num_date(b.birth)}",
        f"Baba Adı / Ana Adı:\t{b.father.split()[0]} / {b.mother.split()[0]}",
        "---",
        f"Yukarıda kimlikleri yazılı kişilerin {long_date(wed, 'tr')} tarihinde evlendirme memuru huzurunda ve iki "
        "tanık önünde evlendikleri, 4721 sayılı Türk Medeni Kanunu hükümlerine göre tescil edilmiştir.",
        "",
        f"Düzenleme Tarihi: {num_date(c.issue)}",
        "~SIG",
        f"{person(r, 'tr').full}",
        "Evlendirme Memuru",
        "~STAMP T.C.|" + a.place.upper() + " BELEDİYESİ|EVLENDİRME",
    ]
    rec = {
        "title_en": "MARRIAGE CERTIFICATE",
        "title_nl": "HUWELIJKSAKTE",
        "fields": [
            ("Certificate No.", "Aktenummer", no),
            ("Date of marriage", "Datum huwelijk", num_date(wed)),
            ("Husband", "Man", a.full),
            ("Wife", "Vrouw", b.full),
            ("Dates of birth", "Geboortedata", f"{num_date(a.birth)} / {num_date(b.birth)}"),
        ],
        "issued_en": f"Date of issue: {num_date(c.issue)}",
        "issued_nl": f"Datum van afgifte: {num_date(c.issue)}",
        "source": "tr",
    }
    return Draft(
        "tr",
        "marriage-certificate",
        "TR",
        "EVLENME BELGESİ",
        [lines],
        c.issue,
        "Düzenleme Tarihi: GG.AA.YYYY",
        apostille_style="tr",
        seal=_seal(
            "Türkiye Cumhuriyeti",
            "Evlendirme Memuru",
            "Evlendirme Memuru",
            f"{a.place} Belediyesi",
            a.place,
            f"{a.place} Valiliği",
        ),
        record=rec,
    )


def tr_unmarried(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "tr", "tr", c.sex)
    lines = [
        "^T.C.",
        "^İÇİŞLERİ BAKANLIĞI",
        f"^{p.place} İl Nüfus ve Vatandaşlık Müdürlüğü",
        "^# EVLENME EHLİYET BELGESİ",
        "",
        f"Sayı: {digits(r, 8)}",
        "---",
        f"Adı Soyadı:\t{p.full.upper()}",
        f"T.C. Kimlik No:\t{digits(r, 11)}",
        f"Baba Adı:\t{p.father.split()[0]}",
        f"Ana Adı:\t{p.mother.split()[0]}",
        f"Doğum Yeri / Tarihi:\t{p.place} / {num_date(p.birth)}",
        "Medeni Hali:\tBekâr",
        "---",
        "Yukarıda kimliği yazılı Türk vatandaşının yabancı bir ülkede evlenmesine Türk Medeni Kanunu hükümlerine göre "
        "engel bir hâli bulunmadığı, nüfus kütüğündeki kayıtlara göre bekâr olduğu onaylanır.",
        "",
        "Bu belge düzenlendiği tarihten itibaren altı ay geçerlidir.",
        "",
        f"{long_date(c.issue, 'tr')}",
        "~SIG",
        f"{person(r, 'tr').full}",
        "İl Nüfus ve Vatandaşlık Müdürü",
        "~STAMP T.C.|İL NÜFUS MÜDÜRLÜĞÜ|" + p.place.upper(),
    ]
    return Draft(
        "tr",
        "unmarried-declaration",
        "TR",
        "EVLENME EHLİYET BELGESİ",
        [lines],
        c.issue,
        "a bare date: D Ay YYYY",
        apostille_style="tr",
        seal=_seal(
            "Türkiye Cumhuriyeti",
            "İl Nüfus Müdürü",
            "İl Nüfus ve Vatandaşlık Müdürü",
            f"{p.place} İl Nüfus Müdürlüğü",
            p.place,
            f"{p.place} Valiliği",
        ),
    )


def tr_criminal(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "tr", "tr", c.sex)
    tc, barkod = digits(r, 11), f"{letters(r, 3)}{digits(r, 10)}"
    lines = [
        "^T.C.",
        "^ADALET BAKANLIĞI",
        "^Adli Sicil ve İstatistik Genel Müdürlüğü",
        "^# ADLİ SİCİL KAYDI",
        "",
        f"Barkod No: {barkod}",
        "---",
        f"T.C. Kimlik No:\t{tc}",
        f"Adı:\t{p.given.upper()}",
        f"Soyadı:\t{p.surname.upper()}",
        f"Baba Adı:\t{p.father.split()[0].upper()}",
        f"Ana Adı:\t{p.mother.split()[0].upper()}",
        f"Doğum Yeri:\t{p.place.upper()}",
        f"Doğum Tarihi:\t{num_date(p.birth)}",
        "Verildiği Yer:\tResmî Kurum",
        "---",
        "^## ADLİ SİCİL KAYDI YOKTUR",
        "",
        "Bu belge 5352 sayılı Adli Sicil Kanunu hükümlerine göre kişinin kendi talebi üzerine e-Devlet Kapısı "
        "üzerinden düzenlenmiştir. Belgenin doğruluğunu e-Devlet Kapısı'ndaki Barkodlu Belge Doğrulama hizmetinden "
        "barkod numarası ile kontrol edebilirsiniz.",
        "",
        f"Belge Tarihi: {num_date(c.issue)} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}",
    ]
    rec = {
        "title_en": "CRIMINAL RECORD",
        "title_nl": "UITTREKSEL STRAFREGISTER",
        "fields": [
            ("Barcode No.", "Barcodenummer", barkod),
            ("Turkish ID No.", "Turks identiteitsnummer", tc),
            ("Name", "Naam", p.full),
            ("Date of birth", "Geboortedatum", num_date(p.birth)),
            ("Result", "Resultaat", "NO CRIMINAL RECORD / GEEN STRAFBLAD"),
        ],
        "issued_en": f"Document date: {num_date(c.issue)}",
        "issued_nl": f"Datum document: {num_date(c.issue)}",
        "source": "tr",
    }
    return Draft(
        "tr",
        "criminal-record-certificate",
        "TR",
        "ADLİ SİCİL KAYDI",
        [lines],
        c.issue,
        "Belge Tarihi: GG.AA.YYYY",
        apostille_style="tr",
        seal=_seal(
            "Türkiye Cumhuriyeti",
            "e-imza",
            "Adli Sicil Müdürü",
            "Adli Sicil ve İstatistik Genel Müdürlüğü",
            "Ankara",
            "Ankara Valiliği",
        ),
        record=rec,
    )


# --- Russian -----------------------------------------------------------------

_PATRONYMIC = {
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Иван": ("Иванович", "Ивановна"),
    "Никита": ("Никитич", "Никитична"),
}


def _ru(p: Person) -> tuple[str, str]:
    """(full name with patronymic, father's full name with his own)."""
    fg = p.father.split()[0]
    patr = _PATRONYMIC[fg][p.sex == "F"]
    return (
        f"{p.surname.upper()} {p.given} {patr}",
        f"{p.father.split()[1]} {fg} {random.Random(p.father).choice(list(_PATRONYMIC.values()))[0]}",
    )


def ru_birth(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "ru", "ru", c.sex)
    full, father = _ru(p)
    reg = after(p.birth, r, 3, 25)
    zapis, seria = digits(r, 4), f"{r.choice(['II', 'III', 'IV', 'V'])}-МЮ № {digits(r, 6)}"
    lines = [
        "^РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        "^# СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
        "",
        f"Гражданин(ка)\t{full}",
        f"родился(лась)\t{num_date(p.birth)}",
        f"место рождения\tг. {p.place}, Российская Федерация",
        f"о чем {long_date(reg, 'ru')} составлена запись акта о рождении № {zapis}",
        "---",
        "## Родители",
        f"Отец\t{father}",
        "\tгражданин Российской Федерации",
        f"Мать\t{p.mother} {r.choice(['Николаевна', 'Петровна', 'Викторовна'])}",
        "\tгражданка Российской Федерации",
        "---",
        f"Место государственной регистрации: Отдел записи актов гражданского состояния по району "
        f"{r.choice(['Хамовники', 'Арбат', 'Басманный', 'Центральный'])} Управления ЗАГС г. {p.place}",
        "",
        "Свидетельство выдано повторно на основании записи акта гражданского состояния, хранящейся в архиве органа ЗАГС.",
        "",
        f"Дата выдачи «{c.issue.day:02d}» {month(c.issue, 'ru')} {c.issue.year} г.",
        "~SIG",
        "Руководитель органа записи актов гражданского состояния",
        "М.П.",
        seria,
        "~STAMP РОССИЙСКАЯ ФЕДЕРАЦИЯ|ОТДЕЛ ЗАГС|г. " + p.place.upper(),
    ]
    rec = {
        "title_en": "BIRTH CERTIFICATE",
        "title_nl": "GEBOORTEAKTE",
        "fields": [
            ("Name", "Naam", f"{p.latin_surname.upper()} {p.latin_given}"),
            ("Date of birth", "Geboortedatum", num_date(p.birth)),
            ("Place of birth", "Geboorteplaats", f"{latin(p.place).title().replace('<', '-')}, Russian Federation"),
            ("Record of birth No.", "Akte nr.", zapis),
            ("Date of record", "Datum akte", num_date(reg)),
            ("Certificate series", "Serie", seria.replace("МЮ", "MIu")),
        ],
        "issued_en": f"Date of issue: {num_date(c.issue)}",
        "issued_nl": f"Datum van afgifte: {num_date(c.issue)}",
        "source": "ru",
    }
    return Draft(
        "ru",
        "birth-certificate",
        "RU",
        "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
        [lines],
        c.issue,
        "Дата выдачи «ДД» месяца ГГГГ г.",
        family="dejavu",
        apostille_style="ru",
        seal=_seal(
            "Российская Федерация",
            "руководителем отдела ЗАГС",
            "руководителя органа ЗАГС",
            f"Управления ЗАГС г. {p.place}",
            p.place,
            "Главное управление ЗАГС",
        ),
        record=rec,
    )


def ru_marriage(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "ru", "ru", "M"), person(r, "ru", "ru", "F")
    fa, fb = _ru(a)[0], _ru(b)[0]
    wed = dt.date(r.randint(2012, 2023), r.randint(1, 12), r.randint(1, 28))
    zapis, seria = digits(r, 4), f"I-МЮ № {digits(r, 6)}"
    lines = [
        "^РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        "^# СВИДЕТЕЛЬСТВО О ЗАКЛЮЧЕНИИ БРАКА",
        "",
        f"Гражданин\t{fa}",
        f"\tродился {num_date(a.birth)}, г. {a.place}",
        "\tгражданство: Российская Федерация",
        f"и гражданка\t{fb}",
        f"\tродилась {num_date(b.birth)}, г. {b.place}",
        "\tгражданство: Российская Федерация",
        f"заключили брак {num_date(wed)}, о чем составлена запись акта о заключении брака № {zapis}",
        "---",
        f"После заключения брака присвоены фамилии: мужу {a.surname}, жене {a.surname}а",
        "",
        f"Место государственной регистрации: Дворец бракосочетания № {r.randint(1, 4)} Управления ЗАГС г. {a.place}",
        "",
        f"Дата выдачи {num_date(c.issue)}",
        "~SIG",
        "Руководитель органа записи актов гражданского состояния",
        "М.П.",
        seria,
        "~STAMP ДВОРЕЦ БРАКОСОЧЕТАНИЯ|УПРАВЛЕНИЕ ЗАГС|г. " + a.place.upper(),
    ]
    rec = {
        "title_en": "MARRIAGE CERTIFICATE",
        "title_nl": "HUWELIJKSAKTE",
        "fields": [
            ("Husband", "Man", f"{a.latin_surname.upper()} {a.latin_given}"),
            ("born", "geboren", num_date(a.birth)),
            ("Wife", "Vrouw", f"{b.latin_surname.upper()} {b.latin_given}"),
            ("born", "geboren", num_date(b.birth)),
            ("Date of marriage", "Datum huwelijk", num_date(wed)),
            ("Record No.", "Akte nr.", zapis),
        ],
        "issued_en": f"Date of issue: {num_date(c.issue)}",
        "issued_nl": f"Datum van afgifte: {num_date(c.issue)}",
        "source": "ru",
    }
    return Draft(
        "ru",
        "marriage-certificate",
        "RU",
        "СВИДЕТЕЛЬСТВО О ЗАКЛЮЧЕНИИ БРАКА",
        [lines],
        c.issue,
        "Дата выдачи ДД.ММ.ГГГГ",
        family="dejavu",
        apostille_style="ru",
        seal=_seal(
            "Российская Федерация",
            "руководителем отдела ЗАГС",
            "руководителя органа ЗАГС",
            f"Управления ЗАГС г. {a.place}",
            a.place,
            "Главное управление ЗАГС",
        ),
        record=rec,
    )


def ru_criminal(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "ru", "ru", c.sex)
    full, _ = _ru(p)
    num = f"{digits(r, 3)}/{digits(r, 2)}-{digits(r, 7)}"
    lines = [
        "^МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ",
        f"^Информационный центр ГУ МВД России по г. {p.place}",
        "",
        "^# СПРАВКА",
        "^о наличии (отсутствии) судимости и (или) факта уголовного преследования либо о прекращении уголовного преследования",
        "",
        f"№ {num}",
        "---",
        f"Фамилия, имя, отчество:\t{full}",
        f"Дата рождения:\t{num_date(p.birth)}",
        f"Место рождения:\tг. {p.place}",
        "---",
        "По сведениям, имеющимся в ведомственных информационных системах МВД России, на указанное лицо сведений о "
        "судимости, о факте уголовного преследования либо о прекращении уголовного преследования не имеется.",
        "",
        "Справка выдана для предъявления по месту требования.",
        "",
        f"Дата выдачи: {long_date(c.issue, 'ru')}",
        "~SIG",
        "Начальник Информационного центра",
        "М.П.",
        "~STAMP МВД РОССИИ|ИНФОРМАЦИОННЫЙ ЦЕНТР|" + p.place.upper(),
    ]
    return Draft(
        "ru",
        "criminal-record-certificate",
        "RU",
        "СПРАВКА о наличии (отсутствии) судимости",
        [lines],
        c.issue,
        "Дата выдачи: ДД месяца ГГГГ г.",
        family="dejavu",
        apostille_style="ru",
        seal=_seal(
            "Российская Федерация",
            "начальником Информационного центра",
            "начальника Информационного центра",
            f"ГУ МВД России по г. {p.place}",
            p.place,
            "ГУ МВД России",
        ),
    )


def ru_unmarried(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "ru", "ru", c.sex)
    full, _ = _ru(p)
    lines = [
        "^РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        f"^Управление записи актов гражданского состояния г. {p.place}",
        "",
        "^# СПРАВКА",
        "^об отсутствии факта государственной регистрации заключения брака",
        "",
        f"№ {digits(r, 4)}-{digits(r, 6)}",
        "---",
        f"В Едином государственном реестре записей актов гражданского состояния отсутствует запись акта о заключении "
        f"брака в отношении {full}, {num_date(p.birth)} года рождения, место рождения: г. {p.place}, "
        f"за период с {num_date(after(p.birth, r, 6600, 6700))} по {num_date(c.issue)}.",
        "",
        "Справка выдана для представления в компетентные органы иностранного государства.",
        "",
        f"Дата выдачи {num_date(c.issue)}",
        "~SIG",
        "Руководитель органа ЗАГС",
        "М.П.",
        "~STAMP УПРАВЛЕНИЕ ЗАГС|" + p.place.upper(),
    ]
    return Draft(
        "ru",
        "unmarried-declaration",
        "RU",
        "СПРАВКА об отсутствии ... регистрации заключения брака",
        [lines],
        c.issue,
        "Дата выдачи ДД.ММ.ГГГГ",
        family="dejavu",
        apostille_style="ru",
        seal=_seal(
            "Российская Федерация",
            "руководителем органа ЗАГС",
            "руководителя органа ЗАГС",
            f"Управления ЗАГС г. {p.place}",
            p.place,
            "Главное управление ЗАГС",
        ),
    )


# --- Arabic ---------------------------------------------------------------------


def _ar_num(d: dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def ar_birth_eg(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "ar", "ar-EG", c.sex)
    nid, qaid = f"{2 if p.birth.year < 2000 else 3}{p.birth.strftime('%y%m%d')}{digits(r, 7)}", digits(r, 4)
    reg = after(p.birth, r, 3, 20)
    lines = [
        "^جمهورية مصر العربية",
        "^وزارة الداخلية",
        "^قطاع الأحوال المدنية",
        "^# شهادة ميلاد",
        "^(مستخرج رسمي مميكن)",
        "",
        f"الاسم:\t{p.given} {p.father.split()[0]} {p.surname}",
        f"النوع:\t{'أنثى' if p.sex == 'F' else 'ذكر'}",
        f"تاريخ الميلاد:\t{_ar_num(p.birth)}",
        f"محل الميلاد:\t{p.place}",
        "الجنسية:\tمصري",
        f"اسم الأب:\t{p.father}",
        "جنسية الأب:\tمصري",
        f"اسم الأم:\t{p.mother}",
        "جنسية الأم:\tمصرية",
        f"الرقم القومي:\t{nid}",
        f"تاريخ القيد:\t{_ar_num(reg)}",
        f"رقم القيد:\t{qaid}",
        "---",
        "تشهد مصلحة الأحوال المدنية بأن البيانات الواردة أعلاه مطابقة لما هو مدون بسجلات المواليد، وقد أعطيت هذه "
        "الشهادة بناء على طلب صاحب الشأن لتقديمها إلى من يهمه الأمر.",
        "",
        f"تاريخ الإصدار: {_ar_num(c.issue)}",
        "~SIG",
        "توقيع الموظف المختص",
        "~STAMP ARAB REPUBLIC OF EGYPT|CIVIL STATUS|CAIRO",
    ]
    rec = {
        "title_en": "BIRTH CERTIFICATE",
        "title_nl": "GEBOORTEAKTE",
        "fields": [
            ("Name", "Naam", f"{p.latin_given} {p.latin_surname}"),
            ("Date of birth", "Geboortedatum", _ar_num(p.birth)),
            ("National ID number", "Nationaal identiteitsnummer", nid),
            ("Date of registration", "Datum inschrijving", _ar_num(reg)),
            ("Registration number", "Inschrijvingsnummer", qaid),
        ],
        "issued_en": f"Date of issue: {_ar_num(c.issue)}",
        "issued_nl": f"Datum van afgifte: {_ar_num(c.issue)}",
        "source": "ar",
    }
    return Draft(
        "ar",
        "birth-certificate",
        "EG",
        "شهادة ميلاد",
        [lines],
        c.issue,
        "تاريخ الإصدار: YYYY/MM/DD",
        family="ar",
        rtl=True,
        size_pt=12,
        tabs_mm=(45.0, 110.0),
        seal=_seal("", "أحمد", "الموظف المختص", "", "القاهرة", ""),
        record=rec,
    )


def ar_marriage_sy(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "ar", "ar-SY", "M"), person(r, "ar", "ar-SY", "F")
    wed = dt.date(r.randint(2010, 2022), r.randint(1, 12), r.randint(1, 28))
    qaid = digits(r, 5)
    lines = [
        "^الجمهورية العربية السورية",
        "^وزارة الداخلية",
        "^المديرية العامة للأحوال المدنية",
        "^# بيان زواج",
        "",
        f"رقم القيد:\t{qaid}\tأمانة: {a.place}",
        "---",
        f"اسم الزوج:\t{a.full}",
        f"اسم الأب:\t{a.father.split()[0]}",
        f"اسم الأم:\t{a.mother}",
        f"تاريخ الولادة:\t{_ar_num(a.birth)}",
        f"اسم الزوجة:\t{b.full}",
        f"اسم الأب:\t{b.father.split()[0]}",
        f"اسم الأم:\t{b.mother}",
        f"تاريخ الولادة:\t{_ar_num(b.birth)}",
        f"تاريخ الزواج:\t{_ar_num(wed)}",
        f"رقم عقد الزواج:\t{digits(r, 4)}/{wed.year}",
        "---",
        "يشهد أمين السجل المدني بأن هذا البيان مطابق لما هو مسجل في قيود السجل المدني، وأعطي بناء على طلب صاحب العلاقة.",
        "",
        f"تاريخ المنح: {_ar_num(c.issue)}",
        "~SIG",
        "أمين السجل المدني",
        "~STAMP SYRIAN ARAB REPUBLIC|CIVIL REGISTRY",
    ]
    rec = {
        "title_en": "MARRIAGE STATEMENT",
        "title_nl": "UITTREKSEL HUWELIJK",
        "fields": [
            ("Registration number", "Inschrijvingsnummer", qaid),
            ("Husband", "Echtgenoot", f"{a.latin_given} {a.latin_surname}"),
            ("Date of birth", "Geboortedatum", _ar_num(a.birth)),
            ("Wife", "Echtgenote", f"{b.latin_given} {b.latin_surname}"),
            ("Date of birth", "Geboortedatum", _ar_num(b.birth)),
            ("Date of marriage", "Datum huwelijk", _ar_num(wed)),
        ],
        "issued_en": f"Date of issue: {_ar_num(c.issue)}",
        "issued_nl": f"Datum van afgifte: {_ar_num(c.issue)}",
        "source": "ar",
    }
    return Draft(
        "ar",
        "marriage-certificate",
        "SY",
        "بيان زواج",
        [lines],
        c.issue,
        "تاريخ المنح: YYYY/MM/DD",
        family="ar",
        rtl=True,
        size_pt=12,
        tabs_mm=(45.0, 110.0),
        seal=_seal("", "أمين السجل المدني", "", "", "دمشق", ""),
        record=rec,
    )


def ar_criminal_eg(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "ar", "ar-EG", c.sex)
    lines = [
        "^جمهورية مصر العربية",
        "^وزارة الداخلية",
        "^الإدارة العامة لتحقيق الأدلة الجنائية",
        "^# صحيفة الحالة الجنائية",
        "",
        f"رقم الطلب:\t{digits(r, 8)}",
        "---",
        f"الاسم:\t{p.full}",
        f"اسم الأم:\t{p.mother}",
        f"تاريخ الميلاد:\t{_ar_num(p.birth)}",
        f"محل الميلاد:\t{p.place}",
        f"الرقم القومي:\t{digits(r, 14)}",
        "---",
        "بالبحث في سجلات الإدارة العامة لتحقيق الأدلة الجنائية تبين أنه لا توجد أحكام جنائية مسجلة ضد الشخص المذكور "
        "أعلاه حتى تاريخه. وقد أعطيت هذه الشهادة بناء على طلبه لتقديمها إلى جهات السفر.",
        "",
        f"تحريرا في: {_ar_num(c.issue)}",
        "~SIG",
        "مدير الإدارة",
        "~STAMP MINISTRY OF INTERIOR|CRIMINAL EVIDENCE|EGYPT",
    ]
    return Draft(
        "ar",
        "criminal-record-certificate",
        "EG",
        "صحيفة الحالة الجنائية",
        [lines],
        c.issue,
        "تحريرا في: YYYY/MM/DD",
        family="ar",
        rtl=True,
        size_pt=12,
        tabs_mm=(45.0, 110.0),
        seal=_seal("", "مدير الإدارة", "", "", "القاهرة", ""),
    )


def ar_unmarried_ma(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "ar", "ar-MA", c.sex)
    lines = [
        "^المملكة المغربية",
        "^وزارة الداخلية",
        f"^عمالة {p.place}",
        "^# شهادة العزوبة",
        "",
        f"عدد:\t{digits(r, 4)}/{c.issue.year}",
        "---",
        f"يشهد رئيس الملحقة الإدارية أن السيد(ة) {p.full}، المزداد(ة) بتاريخ {_ar_num(p.birth)} بـ{p.place}، ابن(ة) "
        f"{p.father} و{p.mother}، الحامل(ة) للبطاقة الوطنية رقم {letters(r, 2)}{digits(r, 6)}، عازب(ة) ولم يسبق له (لها) الزواج "
        "حسب التصريح بالشرف وشهادة الشهود.",
        "",
        "سلمت هذه الشهادة للمعني(ة) بالأمر بطلب منه(ا) للإدلاء بها عند الحاجة.",
        "",
        f"حرر بـ{p.place} في {_ar_num(c.issue)}",
        "~SIG",
        "رئيس الملحقة الإدارية",
        "~STAMP ROYAUME DU MAROC|ANNEXE ADMINISTRATIVE",
    ]
    return Draft(
        "ar",
        "unmarried-declaration",
        "MA",
        "شهادة العزوبة",
        [lines],
        c.issue,
        "حرر ب... في YYYY/MM/DD",
        family="ar",
        rtl=True,
        size_pt=12,
        tabs_mm=(45.0, 110.0),
        apostille_style="fr",
        seal=_seal(
            "Royaume du Maroc",
            "le Chef de l'annexe administrative",
            "Chef d'annexe administrative",
            f"la Préfecture de {latin(p.place).title()}",
            "Rabat",
            "le Ministère des Affaires Étrangères",
        ),
    )


# --- Chinese ------------------------------------------------------------------


def zh_birth_notarial(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "zh", "zh", c.sex)
    no = f"（{c.issue.year}）京长安内民证字第{digits(r, 5)}号"
    idn = f"110105{p.birth.strftime('%Y%m%d')}{digits(r, 4)}"
    notary = person(r, "zh")
    lines = [
        "^# 公 证 书",
        "",
        f">{no}",
        "",
        f"申请人：{p.surname}{p.given}，{'女' if p.sex == 'F' else '男'}，{zh_date_words(p.birth)}出生，公民身份号码：{idn}，"
        f"现住{p.place}朝阳区建国路{r.randint(1, 200)}号。",
        "",
        "公证事项：出生",
        "",
        f"兹证明{p.surname}{p.given}于{zh_date_words(p.birth)}在{p.place}出生。{p.surname}{p.given}的父亲是{p.father}，"
        f"{p.surname}{p.given}的母亲是{p.mother}。",
        "",
        "本公证书依据申请人提交的户口簿、出生医学证明及公安机关出具的相关证明出具，仅用于申请人在国外办理相关手续。",
        "",
        ">中华人民共和国北京市长安公证处",
        f">公证员 {notary.surname}{notary.given}",
        f">{zh_date_words(c.issue)}",
        "~SIG",
        "~STAMP 北京市长安公证处|公证专用章",
    ]
    rec = {
        "title_en": "NOTARIAL CERTIFICATE (BIRTH)",
        "title_nl": "NOTARIËLE AKTE (GEBOORTE)",
        "fields": [
            (
                "Number",
                "Nummer",
                no.replace("京长安内民证字第", " Jing Chang An Nei Min Zheng Zi No. ").replace("号", ""),
            ),
            ("Applicant", "Verzoeker", f"{p.latin_surname.upper()} {p.latin_given}"),
            ("Citizen ID number", "Identiteitsnummer", idn),
            ("Date of birth", "Geboortedatum", num_date(p.birth)),
            ("Father / Mother", "Vader / Moeder", "see original / zie origineel"),
        ],
        "issued_en": f"Beijing Chang'an Notary Public Office, {long_date(c.issue, 'en')}",
        "issued_nl": f"Notariskantoor Chang'an te Beijing, {long_date(c.issue, 'nl')}",
        "source": "zh",
    }
    return Draft(
        "zh",
        "birth-certificate",
        "CN",
        "公证书 (出生公证)",
        [lines],
        c.issue,
        "二〇二五年三月十二日 (date in characters)",
        family="zh",
        apostille_style="zh",
        seal=_seal(
            "",
            f"{notary.surname}{notary.given}",
            "公证员 Notary",
            "北京市长安公证处 Beijing Chang'an Notary Office",
            "北京 Beijing",
            "外交部 Ministry of Foreign Affairs",
        ),
        record=rec,
    )


def zh_birth_medical(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "zh", "zh", c.sex, born=(1996, 2005))
    no = f"{letters(r, 1)}{digits(r, 9)}"
    lines = [
        "^# 出生医学证明",
        "",
        f"编号：{no}",
        "---",
        f"新生儿姓名：\t{p.surname}{p.given}",
        f"性别：\t{'女' if p.sex == 'F' else '男'}",
        f"出生时间：\t{p.birth.year}年{p.birth.month:02d}月{p.birth.day:02d}日 {r.randint(0, 23):02d}时{r.randint(0, 59):02d}分",
        f"出生地点：\t{p.place}海淀区",
        "健康状况：\t良好",
        f"体重：\t{r.randint(2800, 4100)}克",
        f"母亲姓名：\t{p.mother}",
        f"母亲身份证号码：\t{digits(r, 18)}",
        f"父亲姓名：\t{p.father}",
        f"父亲身份证号码：\t{digits(r, 18)}",
        "---",
        "出生地点分类：医院。接生机构名称：北京市海淀区妇幼保健院。",
        "",
        "本证明是依据《中华人民共和国母婴保健法》出具的新生儿出生医学证明，是新生儿申报户口的依据，请妥善保管。",
        "",
        f"签发日期：{c.issue.year}年{c.issue.month:02d}月{c.issue.day:02d}日",
        "~SIG",
        "~STAMP 出生医学证明专用章|海淀区妇幼保健院",
    ]
    return Draft(
        "zh",
        "birth-certificate",
        "CN",
        "出生医学证明",
        [lines],
        c.issue,
        "签发日期：YYYY年MM月DD日",
        family="zh",
        tabs_mm=(45.0, 110.0),
        apostille_style="zh",
        seal=_seal(
            "",
            "海淀区卫生健康委员会",
            "签发机构 Issuing authority",
            "海淀区妇幼保健院",
            "北京 Beijing",
            "外交部 Ministry of Foreign Affairs",
        ),
    )


def zh_criminal(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "zh", "zh", c.sex)
    idn = f"310104{p.birth.strftime('%Y%m%d')}{digits(r, 4)}"
    lines = [
        "^# 无犯罪记录证明",
        "",
        f">沪公（徐）证字〔{c.issue.year}〕第{digits(r, 5)}号",
        "",
        f"兹证明{p.surname}{p.given}（{'女' if p.sex == 'F' else '男'}，公民身份号码：{idn}），自{p.birth.year + 18}年1月1日至"
        f"{c.issue.year}年{c.issue.month}月{c.issue.day}日期间，在我辖区居住期间未发现有犯罪记录。",
        "",
        "特此证明。",
        "",
        "本证明仅证明在本辖区内的情况，有效期六个月。",
        "",
        ">上海市公安局徐汇分局",
        f">{c.issue.year}年{c.issue.month}月{c.issue.day}日",
        "~SIG",
        "~STAMP 上海市公安局|徐汇分局",
    ]
    return Draft(
        "zh",
        "criminal-record-certificate",
        "CN",
        "无犯罪记录证明",
        [lines],
        c.issue,
        "YYYY年M月D日 (bare date)",
        family="zh",
        apostille_style="zh",
        seal=_seal(
            "",
            "上海市公安局徐汇分局",
            "公安机关 Public security bureau",
            "上海市公安局徐汇分局",
            "上海 Shanghai",
            "上海市外事办公室 Shanghai Foreign Affairs Office",
        ),
    )


def zh_unmarried(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "zh", "zh", c.sex)
    idn = f"440106{p.birth.strftime('%Y%m%d')}{digits(r, 4)}"
    lines = [
        "^# 无婚姻登记记录证明",
        "",
        f">编号：{digits(r, 10)}",
        "",
        f"经查询全国婚姻登记信息系统，{p.surname}{p.given}（{'女' if p.sex == 'F' else '男'}，公民身份号码：{idn}）"
        f"截至{c.issue.year}年{c.issue.month}月{c.issue.day}日，无婚姻登记记录。",
        "",
        "本证明依据当事人申请出具，仅供当事人在国外办理相关事务使用。",
        "",
        "特此证明。",
        "",
        ">广州市天河区民政局婚姻登记处",
        f">{c.issue.year}年{c.issue.month}月{c.issue.day}日",
        "~SIG",
        "~STAMP 广州市天河区民政局|婚姻登记专用章",
    ]
    return Draft(
        "zh",
        "unmarried-declaration",
        "CN",
        "无婚姻登记记录证明",
        [lines],
        c.issue,
        "YYYY年M月D日 (bare date)",
        family="zh",
        apostille_style="zh",
        seal=_seal(
            "",
            "天河区民政局",
            "婚姻登记机关 Marriage registry",
            "广州市天河区民政局",
            "广州 Guangzhou",
            "广东省外事办公室 Guangdong Foreign Affairs Office",
        ),
    )


# --- English --------------------------------------------------------------------


def en_birth_uk(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-uk", "en-GB", c.sex)
    reg = after(p.birth, r, 10, 40)
    entry = digits(r, 3)
    lines = [
        "^# CERTIFIED COPY OF AN ENTRY OF BIRTH",
        "^GIVEN AT THE GENERAL REGISTER OFFICE",
        "",
        f"Application Number {letters(r, 1)}{digits(r, 6)}",
        "---",
        f"Registration district: {p.place}\tAdministrative area: City of {p.place}",
        f"Birth in the Sub-district of {p.place} Central\tEntry No. {entry}",
        "---",
        f"1. Date and place of birth:\t{long_date(p.birth, 'en')}, {p.place}",
        f"2. Name and surname:\t{p.full}",
        f"3. Sex:\t{'Female' if p.sex == 'F' else 'Male'}",
        f"4. Name and surname of father:\t{p.father}",
        f"5. Name, surname and maiden surname of mother:\t{p.mother}",
        f"6. Occupation of father:\t{r.choice(['Engineer', 'Teacher', 'Electrician', 'Accountant'])}",
        "7. Signature of informant:\tM. " + p.surname,
        f"8. When registered:\t{long_date(reg, 'en')}",
        "9. Signature of registrar:\tR. Okoro, Registrar",
        "---",
        "CERTIFIED to be a true copy of an entry in the certified copy of a Register of Births in the District above "
        "mentioned.",
        "",
        f"Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, the {ordinal(c.issue.day)} day of "
        f"{month(c.issue, 'en')} {c.issue.year}.",
        "",
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR POSSESSING A FALSE "
        "CERTIFICATE. ©CROWN COPYRIGHT. WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
        "~STAMP GENERAL REGISTER OFFICE|ENGLAND|SEAL",
    ]
    return Draft(
        "en",
        "birth-certificate",
        "GB",
        "CERTIFIED COPY OF AN ENTRY OF BIRTH",
        [lines],
        c.issue,
        "Given at ... the 14th day of March 2025",
        tabs_mm=(75.0, 125.0),
        apostille_style="en",
        seal=_seal(
            "United Kingdom of Great Britain and Northern Ireland",
            "A. Registrar",
            "Officer of the General Register Office",
            "the General Register Office",
            "Milton Keynes",
            "HM Principal Secretary of State for Foreign Affairs",
        ),
    )


def en_birth_ph(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-ph", "en-PH", c.sex)
    reg_no = f"{p.birth.year}-{digits(r, 5)}"
    lines = [
        "^Republic of the Philippines",
        "^PHILIPPINE STATISTICS AUTHORITY",
        "^# CERTIFICATE OF LIVE BIRTH",
        "^(Municipal Form No. 102)",
        "",
        f"Province: Metro Manila\tCity/Municipality: {p.place}\tRegistry No. {reg_no}",
        "---",
        f"1. NAME (First, Middle, Last):\t{p.given.upper()} {p.mother.split()[-1].upper()} {p.surname.upper()}",
        f"2. SEX:\t{'Female' if p.sex == 'F' else 'Male'}",
        f"3. DATE OF BIRTH:\t{long_date(p.birth, 'en')}",
        f"4. PLACE OF BIRTH:\t{p.place} Medical Center, {p.place}",
        f"5. MOTHER:\t{p.mother.upper()}",
        "   Citizenship:\tFilipino",
        f"6. FATHER:\t{p.father.upper()}",
        "   Citizenship:\tFilipino",
        f"7. DATE AND PLACE OF MARRIAGE OF PARENTS:\t{num_date(after(p.birth, r, -1500, -300), '/')}, {p.place}",
        "---",
        "This is to certify that the above is a true copy of the record of birth on file with this Office. This "
        "certification is issued upon the request of the document owner for whatever legal purpose it may serve.",
        "",
        f"Issued on {month(c.issue, 'en')} {c.issue.day}, {c.issue.year}"
        if c.variant % 2 == 0
        else f"Date Issued: {c.issue.day:02d} {month(c.issue, 'en').upper()} {c.issue.year}",
        "~SIG",
        "For the National Statistician and Civil Registrar General",
        f"Security paper control number: {digits(r, 9)}",
        "~STAMP PHILIPPINE STATISTICS|AUTHORITY|CIVIL REGISTRATION",
    ]
    return Draft(
        "en",
        "birth-certificate",
        "PH",
        "CERTIFICATE OF LIVE BIRTH",
        [lines],
        c.issue,
        "Issued on Month D, YYYY" if c.variant % 2 == 0 else "Date Issued: DD MONTH YYYY",
        tabs_mm=(80.0, 125.0),
        apostille_style="en",
        seal=_seal(
            "Republic of the Philippines",
            "C. Mapa",
            "National Statistician and Civil Registrar General",
            "the Philippine Statistics Authority",
            "Manila",
            "the Department of Foreign Affairs",
        ),
    )


def en_birth_ng(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-ng", "en-NG", c.sex)
    cert = f"{letters(r, 2)}/{digits(r, 3)}/{p.birth.year}/{digits(r, 6)}"
    registrar = person(r, "en-ng").full
    lines = [
        "^FEDERAL REPUBLIC OF NIGERIA",
        "^NATIONAL POPULATION COMMISSION",
        "^# CERTIFICATE OF BIRTH",
        "^(Births and Deaths etc. (Compulsory Registration) Act)",
        "",
        f"Certificate No. {cert}",
        "---",
        f"This is to certify that the birth of {p.full.upper()}, {'female' if p.sex == 'F' else 'male'}, born on "
        f"{long_date(p.birth, 'en')} at {p.place}, to {p.father.upper()} (father) and {p.mother.upper()} (mother), "
        f"has been duly registered in the Register of Births at the {p.place} Registration Centre.",
        "",
        f"Name of child:\t{p.full}",
        f"Date of birth:\t{num_date(p.birth, '/')}",
        f"Place of birth:\t{p.place}",
        f"Father:\t{p.father}",
        f"Mother:\t{p.mother}",
        f"State of origin:\t{r.choice(['Lagos', 'Oyo', 'Enugu', 'Anambra'])} State",
        "---",
        f"Date of Issue: {num_date(c.issue, '/')}",
        "~SIG",
        f"{registrar}",
        "Registrar",
        "~STAMP NATIONAL POPULATION|COMMISSION|" + p.place.upper(),
    ]
    return Draft(
        "en",
        "birth-certificate",
        "NG",
        "CERTIFICATE OF BIRTH",
        [lines],
        c.issue,
        "Date of Issue: DD/MM/YYYY",
        seal=_seal("Nigeria", registrar, "Registrar", "the National Population Commission", p.place, ""),
    )


def en_birth_in(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-in", "en-IN", c.sex)
    reg_no = f"{p.birth.year}/{digits(r, 6)}"
    lines = [
        "^GOVERNMENT OF MAHARASHTRA",
        f"^MUNICIPAL CORPORATION OF GREATER {p.place.upper()}",
        "^# BIRTH CERTIFICATE",
        "^(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969 and Rule 8/13 of the "
        "Maharashtra Registration of Births and Deaths Rules, 2000)",
        "---",
        "This is to certify that the following information has been taken from the original record of birth which "
        f"is the register for {p.place} ward of {p.place}, State of Maharashtra, India.",
        "",
        f"Name:\t{p.full.upper()}",
        f"Sex:\t{'FEMALE' if p.sex == 'F' else 'MALE'}",
        f"Date of Birth:\t{num_date(p.birth, '-')}",
        f"Place of Birth:\t{r.choice(['KEM Hospital', 'Nair Hospital', 'Cooper Hospital'])}, {p.place}",
        f"Name of Mother:\t{p.mother.upper()}",
        f"Name of Father:\t{p.father.upper()}",
        f"Registration No.:\t{reg_no}",
        f"Date of Registration:\t{num_date(after(p.birth, r, 3, 20), '-')}",
        "---",
        f"Date of Issue: {num_date(c.issue, '-')}",
        "~SIG",
        "Signature of the Issuing Authority",
        "Registrar of Births and Deaths",
        "~STAMP MUNICIPAL CORPORATION|REGISTRAR OF BIRTHS|" + p.place.upper(),
    ]
    return Draft(
        "en",
        "birth-certificate",
        "IN",
        "BIRTH CERTIFICATE",
        [lines],
        c.issue,
        "Date of Issue: DD-MM-YYYY",
        apostille_style="en",
        seal=_seal(
            "India",
            "Registrar of Births and Deaths",
            "Registrar",
            "the Municipal Corporation",
            "New Delhi",
            "Ministry of External Affairs",
        ),
    )


def en_marriage_us(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "en-us", "en-US", "M"), person(r, "en-us", "en-US", "F")
    wed = dt.date(r.randint(2012, 2023), r.randint(1, 12), r.randint(1, 28))
    lic = f"M-{wed.year}-{digits(r, 5)}"
    clerk = person(r, "en-us").full
    lines = [
        "^STATE OF NEW YORK",
        "^CITY OF NEW YORK - OFFICE OF THE CITY CLERK",
        "^# CERTIFICATE OF MARRIAGE REGISTRATION",
        "",
        f"Marriage License Number: {lic}",
        "---",
        f"This is to certify that {a.full.upper()}, residing at Albany, New York, born {us_date(a.birth)}, and "
        f"{b.full.upper()}, residing at Albany, New York, born {us_date(b.birth)}, were united in marriage on "
        f"{us_date(wed)} in the Borough of Manhattan, City of New York, State of New York, as shown by the duly "
        "registered license and certificate of marriage on file in this office.",
        "",
        f"Officiant:\t{person(r, 'en-us').full}, Judge",
        f"Witness:\t{person(r, 'en-us').full}",
        "---",
        f"Dated: {us_date(c.issue)}",
        "~SIG",
        clerk,
        "City Clerk of the City of New York",
        "~STAMP OFFICE OF THE|CITY CLERK|NEW YORK",
    ]
    return Draft(
        "en",
        "marriage-certificate",
        "US",
        "CERTIFICATE OF MARRIAGE REGISTRATION",
        [lines],
        c.issue,
        "Dated: Month D, YYYY",
        apostille_style="en-us",
        seal=_seal(
            "United States of America",
            clerk,
            "City Clerk of the City of New York",
            "the Office of the City Clerk",
            "Albany, New York",
            "Secretary of State of New York",
        ),
    )


def en_unmarried_uk(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-uk", "en-GB", c.sex)
    registrar = person(r, "en-uk").full
    lines = [
        "^# CERTIFICATE OF NO IMPEDIMENT",
        "^(Marriage Act 1949, section 27 and Foreign Marriage Act)",
        "",
        f"Register Office: {p.place}\tReference: CNI/{digits(r, 4)}/{c.issue.year}",
        "---",
        f"I, {registrar}, Superintendent Registrar for the District of {p.place}, hereby certify that notice of "
        f"marriage was duly given to me by {p.full}, {'spinster' if p.sex == 'F' else 'bachelor'}, born on "
        f"{long_date(p.birth, 'en')}, British citizen, of {p.place}, who intends to marry abroad.",
        "",
        "I further certify that the notice has been entered in the marriage notice book of this district, that the "
        "period of notice has expired, and that no impediment or objection to the marriage has been shown to me, nor "
        "has the issue of this certificate been forbidden by any person authorised to do so.",
        "",
        f"Dated this {ordinal(c.issue.day)} day of {month(c.issue, 'en')} {c.issue.year}.",
        "~SIG",
        "Superintendent Registrar",
        "~STAMP REGISTER OFFICE|" + p.place.upper(),
    ]
    return Draft(
        "en",
        "unmarried-declaration",
        "GB",
        "CERTIFICATE OF NO IMPEDIMENT",
        [lines],
        c.issue,
        "Dated this 12th day of June 2026",
        apostille_style="en",
        seal=_seal(
            "United Kingdom of Great Britain and Northern Ireland",
            registrar,
            "Superintendent Registrar",
            f"the Register Office, {p.place}",
            "Milton Keynes",
            "HM Principal Secretary of State for Foreign Affairs",
        ),
    )


def en_unmarried_us(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-us", "en-US", c.sex)
    notary = person(r, "en-us").full
    lines = [
        "^# AFFIDAVIT OF SINGLE STATUS",
        "",
        "State of Ohio\t)",
        "\t) ss.",
        "County of Franklin\t)",
        "---",
        f"I, {p.full}, being first duly sworn, depose and say:",
        "",
        f"1. I was born on {us_date(p.birth)} in {p.place}, United States of America, and I am a citizen of the "
        "United States of America.",
        "2. I have never been married, and I am legally free to marry under the laws of the State of Ohio and of the "
        "United States of America.",
        "3. I make this affidavit for the purpose of registering my relationship and applying for residence in the "
        "Kingdom of the Netherlands.",
        "",
        "~SIG left",
        f"{p.full}, Affiant",
        "",
        f"Subscribed and sworn to before me this {ordinal(c.issue.day)} day of {month(c.issue, 'en')}, {c.issue.year}.",
        "~SIG",
        f"{notary}, Notary Public, State of Ohio",
        f"My commission expires {us_date(after(c.issue, r, 400, 1500))}",
        "~STAMP NOTARY PUBLIC|STATE OF OHIO|" + notary.upper(),
    ]
    return Draft(
        "en",
        "unmarried-declaration",
        "US",
        "AFFIDAVIT OF SINGLE STATUS",
        [lines],
        c.issue,
        "Subscribed and sworn to before me this 4th day of June, 2026",
        apostille_style="en-us",
        seal=_seal(
            "United States of America",
            notary,
            "Notary Public",
            "the State of Ohio",
            "Columbus, Ohio",
            "Secretary of State of Ohio",
        ),
    )


def en_cenomar(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-ph", "en-PH", c.sex)
    lines = [
        "^Republic of the Philippines",
        "^PHILIPPINE STATISTICS AUTHORITY",
        "^Office of the National Statistician",
        "",
        "^# CERTIFICATE OF NO MARRIAGE RECORD",
        "^(CENOMAR)",
        "",
        f"Reference No. {digits(r, 4)}-{digits(r, 7)}",
        "---",
        "TO WHOM IT MAY CONCERN:",
        "",
        f"This is to certify that the name {p.full.upper()}, born on {long_date(p.birth, 'en')} in {p.place}, to "
        f"{p.father.upper()} and {p.mother.upper()}, does not appear in the National Indices of Marriage as of "
        f"{long_date(after(c.issue, r, -20, -3), 'en')}.",
        "",
        "This certification is issued upon the request of the above-named person for whatever legal purpose it may "
        "serve. Any erasure or alteration on this document renders it void.",
        "",
        f"Issued on {long_date(c.issue, 'en')} at Quezon City, Philippines.",
        "~SIG",
        "For the National Statistician and Civil Registrar General",
        "~STAMP PHILIPPINE STATISTICS|AUTHORITY|CRS",
    ]
    return Draft(
        "en",
        "unmarried-declaration",
        "PH",
        "CERTIFICATE OF NO MARRIAGE RECORD (CENOMAR)",
        [lines],
        c.issue,
        "Issued on D Month YYYY at ...",
        apostille_style="en",
        seal=_seal(
            "Republic of the Philippines",
            "C. Mapa",
            "National Statistician and Civil Registrar General",
            "the Philippine Statistics Authority",
            "Manila",
            "the Department of Foreign Affairs",
        ),
    )


def en_divorce_uk(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "en-uk", "en-GB", "F"), person(r, "en-uk", "en-GB", "M")
    case = f"{letters(r, 2)}{digits(r, 2)}D{digits(r, 5)}"
    wed = dt.date(r.randint(2008, 2016), r.randint(1, 12), r.randint(1, 28))
    lines = [
        "^In the Family Court",
        f"^sitting at {a.place}",
        "",
        f"Case number: {case}",
        "",
        f"Between\t{a.full.upper()}\tApplicant",
        f"and\t{b.full.upper()}\tRespondent",
        "---",
        "^# FINAL ORDER",
        "^(Divorce)",
        "",
        f"Referring to the conditional order made by the court on {long_date(after(c.issue, r, -200, -60), 'en')}, "
        f"whereby it was certified that the marriage solemnised on {long_date(wed, 'en')} at the Register Office, "
        f"{a.place}, between the applicant and the respondent has broken down irretrievably.",
        "",
        "It is hereby certified that the said conditional order was on the date below made final and absolute, and "
        "that the said marriage is thereby dissolved.",
        "",
        f"Dated {long_date(c.issue, 'en')}",
        "~SIG",
        "By order of the Court",
        "~STAMP THE FAMILY COURT|" + a.place.upper(),
    ]
    return Draft(
        "en",
        "divorce-decree",
        "GB",
        "FINAL ORDER (Divorce)",
        [lines],
        c.issue,
        "Dated D Month YYYY",
        apostille_style="en",
        seal=_seal(
            "United Kingdom of Great Britain and Northern Ireland",
            "A. Clerk",
            "Court Officer",
            f"the Family Court at {a.place}",
            "Milton Keynes",
            "HM Principal Secretary of State for Foreign Affairs",
        ),
    )


def en_death_za(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-za", "en-ZA", c.sex, born=(1935, 1960))
    died = dt.date(r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28))
    idn = f"{p.birth.strftime('%y%m%d')}{digits(r, 7)}"
    lines = [
        "^REPUBLIC OF SOUTH AFRICA",
        "^DEPARTMENT OF HOME AFFAIRS",
        "^# DEATH CERTIFICATE",
        "^(Births and Deaths Registration Act, 1992)",
        "",
        f"Death Register Number: {letters(r, 1)}{digits(r, 9)}",
        "---",
        f"Identity number:\t{idn}",
        f"Surname:\t{p.surname.upper()}",
        f"Forenames:\t{p.given.upper()}",
        f"Date of death:\t{long_date(died, 'en')}",
        f"Place of death:\t{p.place}",
        "Cause of death:\tNatural causes",
        "Marital status:\tMarried",
        "---",
        "This is to certify that the above information has been extracted from the Population Register of the "
        "Republic of South Africa.",
        "",
        f"Issued at {p.place} on {long_date(c.issue, 'en')}",
        "~SIG",
        "Director-General: Home Affairs",
        "~STAMP HOME AFFAIRS|REPUBLIC OF SOUTH AFRICA",
    ]
    return Draft(
        "en",
        "death-certificate",
        "ZA",
        "DEATH CERTIFICATE",
        [lines],
        c.issue,
        "Issued at X on D Month YYYY",
        apostille_style="en-fr",
        seal=_seal(
            "Republic of South Africa",
            "Director-General: Home Affairs",
            "Director-General",
            "the Department of Home Affairs",
            "Pretoria",
            "the Department of International Relations and Cooperation",
        ),
    )


def en_adoption_ke(c: Ctx) -> Draft:
    r = c.rng
    child = person(r, "en-ke", "en-KE", c.sex, born=(2008, 2016))
    parent = person(r, "en-ke", "en-KE", "F", born=(1975, 1988))
    cause = f"{digits(r, 2)} OF {c.issue.year - r.randint(1, 2)}"
    judge = person(r, "en-ke").full
    lines = [
        "^REPUBLIC OF KENYA",
        "^IN THE HIGH COURT OF KENYA AT NAIROBI",
        "^FAMILY DIVISION",
        "",
        f"^ADOPTION CAUSE NO. {cause}",
        "",
        "^# ADOPTION ORDER",
        "---",
        f"UPON the application of {parent.full.upper()} of {parent.place}, in the Republic of Kenya, for an order "
        f"authorising the adoption of {child.full.upper()}, a {'female' if child.sex == 'F' else 'male'} child born "
        f"on {long_date(child.birth, 'en')};",
        "",
        "AND UPON reading the report of the guardian ad litem and hearing the applicant, the Court being satisfied "
        "that the requirements of the Children Act, 2022 have been complied with and that the adoption is in the best "
        "interests of the child;",
        "",
        f"IT IS ORDERED that the applicant be authorised to adopt the said child, and that the child shall henceforth "
        f"be known as {child.given.upper()} {parent.surname.upper()}.",
        "",
        f"GIVEN under my hand and the seal of the Court this {ordinal(c.issue.day)} day of {month(c.issue, 'en')}, "
        f"{c.issue.year}.",
        "~SIG",
        f"HON. {judge.upper()}",
        "JUDGE",
        "~STAMP HIGH COURT OF KENYA|NAIROBI|FAMILY DIVISION",
    ]
    return Draft(
        "en",
        "court-decision",
        "KE",
        "ADOPTION ORDER",
        [lines],
        c.issue,
        "GIVEN under my hand ... this 12th day of March, 2025",
        seal=_seal("Kenya", f"Hon. {judge}", "Judge of the High Court", "the High Court of Kenya", "Nairobi", ""),
    )


def en_police(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "en-in", "en-IN", c.sex)
    if c.variant % 2 == 0:
        lines = [
            "^GOVERNMENT OF INDIA",
            "^MINISTRY OF EXTERNAL AFFAIRS",
            f"^Regional Passport Office, {p.place}",
            "^# POLICE CLEARANCE CERTIFICATE",
            "",
            f"PCC No. {letters(r, 2)}{digits(r, 10)}",
            "---",
            f"This is to certify that {p.full.upper()}, son/daughter of {p.father.upper()}, holder of Indian Passport "
            f"No. {letters(r, 1)}{digits(r, 7)} issued at {p.place}, born on {num_date(p.birth, '/')}, is not known to "
            "have any adverse record as per the records of the police authorities, and there is no adverse information "
            "against the applicant which would render him/her ineligible for grant of a residence visa in the Netherlands.",
            "",
            "This certificate is valid for a period of six months from the date of issue.",
            "",
            f"Date of Issue: {num_date(c.issue, '/')}",
            "~SIG",
            "Passport Officer",
            "~STAMP PASSPORT OFFICE|" + p.place.upper(),
        ]
        return Draft(
            "en",
            "criminal-record-certificate",
            "IN",
            "POLICE CLEARANCE CERTIFICATE",
            [lines],
            c.issue,
            "Date of Issue: DD/MM/YYYY",
            apostille_style="en",
            seal=_seal(
                "India",
                "Passport Officer",
                "Passport Officer",
                f"Regional Passport Office {p.place}",
                "New Delhi",
                "Ministry of External Affairs",
            ),
        )
    p = person(r, "en-ng", "en-NG", c.sex)
    lines = [
        "^NIGERIA POLICE FORCE",
        "^FORCE CRIMINAL INVESTIGATION DEPARTMENT",
        "^# POLICE CHARACTER CERTIFICATE",
        "",
        f"Ref. No. FCID/PCC/{digits(r, 5)}/{c.issue.year}",
        "---",
        f"This is to certify that {p.full.upper()}, born on {long_date(p.birth, 'en')} at {p.place}, of "
        f"{r.choice(['Lagos', 'Enugu', 'Oyo'])} State, has been screened through the Criminal Records Registry of the "
        "Nigeria Police Force and has no criminal record.",
        "",
        "This certificate is issued at the request of the applicant for the purpose of a residence permit abroad.",
        "",
        f"Dated: {num_date(c.issue, '/')}",
        "~SIG",
        "Commissioner of Police, Criminal Records",
        "~STAMP NIGERIA POLICE|FCID|ABUJA",
    ]
    return Draft(
        "en",
        "criminal-record-certificate",
        "NG",
        "POLICE CHARACTER CERTIFICATE",
        [lines],
        c.issue,
        "Dated: DD/MM/YYYY",
        seal=_seal(
            "Nigeria", "Commissioner of Police", "Commissioner of Police", "the Nigeria Police Force", "Abuja", ""
        ),
    )


# --- French -------------------------------------------------------------------


def fr_birth_ma(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "fr-ma", "fr-MA", c.sex)
    acte = f"{digits(r, 3)}/{p.birth.year}"
    officer = person(r, "fr-ma").full
    lines = [
        "^ROYAUME DU MAROC",
        "^Ministère de l'Intérieur",
        f"^Province de {p.place} - Commune de {p.place}",
        "^Bureau de l'état civil",
        "",
        "^# EXTRAIT D'ACTE DE NAISSANCE",
        "",
        f"Acte n° {acte}\tAnnée {p.birth.year}",
        "---",
        f"Nom de famille:\t{p.surname.upper()}",
        f"Prénom:\t{p.given}",
        f"Sexe:\t{'Féminin' if p.sex == 'F' else 'Masculin'}",
        f"Né(e) le:\t{long_date(p.birth, 'fr')}",
        f"À:\t{p.place}",
        f"Fils/Fille de:\t{p.father}",
        f"Et de:\t{p.mother}",
        "---",
        "Mentions marginales: néant.",
        "",
        "Nous certifions que le présent extrait est conforme aux indications portées au registre de l'état civil.",
        "",
        f"Fait à {p.place}, le {long_date(c.issue, 'fr')}",
        "~SIG",
        f"L'officier de l'état civil, {officer}",
        "~STAMP ROYAUME DU MAROC|ETAT CIVIL|" + p.place.upper(),
    ]
    return Draft(
        "fr",
        "birth-certificate",
        "MA",
        "EXTRAIT D'ACTE DE NAISSANCE",
        [lines],
        c.issue,
        "Fait à X, le D mois YYYY",
        apostille_style="fr",
        seal=_seal(
            "Royaume du Maroc",
            officer,
            "Officier de l'état civil",
            f"la Commune de {p.place}",
            "Rabat",
            "le Ministère des Affaires Étrangères",
        ),
    )


def fr_birth_fr(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "fr-fr", "fr-FR", c.sex)
    lines = [
        "^RÉPUBLIQUE FRANÇAISE",
        f"^Mairie de {p.place}",
        "",
        "^# COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        "",
        f"N° {digits(r, 4)}",
        "---",
        f"Le {long_date(p.birth, 'fr')} à {r.randint(0, 23)} heures {r.randint(0, 59)} minutes, est "
        f"{'née' if p.sex == 'F' else 'né'} à {p.place} (Rhône), {p.given} {p.surname.upper()}, de sexe "
        f"{'féminin' if p.sex == 'F' else 'masculin'}, de {p.father} {p.surname.upper()}, ingénieur, né à "
        f"{p.place} le {long_date(after(p.birth, r, -12000, -9000), 'fr')}, et de {p.mother.upper()}, "
        f"professeure, née à Grenoble le {long_date(after(p.birth, r, -11000, -8500), 'fr')}, son épouse, "
        f"domiciliés à {p.place}.",
        "",
        f"Dressé le {long_date(after(p.birth, r, 1, 3), 'fr')} sur la déclaration du père, qui, lecture faite et "
        "invité à lire l'acte, a signé avec Nous, officier de l'état civil.",
        "",
        "Mentions marginales: néant.",
        "",
        f"Pour copie intégrale conforme, délivrée à {p.place}, le {long_date(c.issue, 'fr')}.",
        "~SIG",
        "L'officier de l'état civil",
        "~STAMP MAIRIE DE|" + p.place.upper() + "|ETAT CIVIL",
    ]
    return Draft(
        "fr",
        "birth-certificate",
        "FR",
        "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        [lines],
        c.issue,
        "délivrée à X, le D mois YYYY",
        apostille_style="fr",
        seal=_seal(
            "France",
            "l'officier de l'état civil",
            "Officier de l'état civil",
            f"la Mairie de {p.place}",
            p.place,
            "la Cour d'appel",
        ),
    )


def fr_birth_cm(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "fr-af", "fr-CM", c.sex)
    officer = person(r, "fr-af").full
    lines = [
        "^RÉPUBLIQUE DU CAMEROUN",
        "^Paix - Travail - Patrie",
        f"^Centre d'état civil de {p.place}",
        "",
        "^# ACTE DE NAISSANCE",
        f"^N° {digits(r, 3)}/{p.birth.year}",
        "---",
        f"Nom de l'enfant:\t{p.surname.upper()}",
        f"Prénoms:\t{p.given}",
        f"Né(e) le:\t{long_date(p.birth, 'fr')}",
        f"À:\t{p.place}",
        f"Sexe:\t{'Féminin' if p.sex == 'F' else 'Masculin'}",
        f"Père:\t{p.father}",
        f"Mère:\t{p.mother}",
        "---",
        f"Dressé le {long_date(after(p.birth, r, 5, 40), 'fr')} sur la déclaration du père, par Nous, {officer}, "
        "officier d'état civil, assisté de M. le secrétaire d'état civil.",
        "",
        f"Copie certifiée conforme délivrée le {num_date(c.issue, '/')}",
        "~SIG",
        "L'officier d'état civil",
        "~STAMP REPUBLIQUE DU CAMEROUN|CENTRE D'ETAT CIVIL|" + p.place.upper(),
    ]
    return Draft(
        "fr",
        "birth-certificate",
        "CM",
        "ACTE DE NAISSANCE",
        [lines],
        c.issue,
        "Copie ... délivrée le DD/MM/YYYY",
        seal=_seal("Cameroun", officer, "officier d'état civil", "", p.place, ""),
    )


def fr_birth_dz(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "fr-dz", "fr-DZ", c.sex)
    lines = [
        "^RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
        f"^Wilaya de {p.place} - Commune de {p.place}",
        "",
        "^# EXTRAIT D'ACTE DE NAISSANCE",
        "",
        f"N° {digits(r, 5)}\tAnnée {p.birth.year}",
        "---",
        f"Le {long_date(p.birth, 'fr')} à {r.randint(0, 23)} heures, est {'née' if p.sex == 'F' else 'né'} à "
        f"{p.place}: {p.surname.upper()} {p.given}, fils/fille de {p.father.split()[0]} et de {p.mother}.",
        "",
        "Mentions marginales: néant.",
        "",
        f"Extrait délivré par Nous, officier de l'état civil, à {p.place} le {num_date(c.issue, '/')}.",
        "~SIG",
        "L'officier de l'état civil",
        "~STAMP REPUBLIQUE ALGERIENNE|ETAT CIVIL|" + p.place.upper(),
    ]
    return Draft(
        "fr",
        "birth-certificate",
        "DZ",
        "EXTRAIT D'ACTE DE NAISSANCE",
        [lines],
        c.issue,
        "Extrait délivré ... le DD/MM/YYYY",
        seal=_seal("Algérie", "", "", "", p.place, ""),
    )


def fr_marriage_tn(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "fr-tn", "fr-TN", "M"), person(r, "fr-tn", "fr-TN", "F")
    wed = dt.date(r.randint(2010, 2022), r.randint(1, 12), r.randint(1, 28))
    officer = person(r, "fr-tn").full
    lines = [
        "^RÉPUBLIQUE TUNISIENNE",
        "^Ministère des Affaires Locales",
        f"^Municipalité de {a.place}",
        "",
        "^# EXTRAIT D'ACTE DE MARIAGE",
        "",
        f"Acte n° {digits(r, 3)}\tAnnée {wed.year}",
        "---",
        f"Le {long_date(wed, 'fr')}, a été célébré à {a.place} le mariage de:",
        "",
        f"Époux:\t{a.surname.upper()} {a.given}",
        f"Né le:\t{num_date(a.birth, '/')} à {a.place}",
        f"Épouse:\t{b.surname.upper()} {b.given}",
        f"Née le:\t{num_date(b.birth, '/')} à {b.place}",
        "Régime:\tSéparation des biens",
        "---",
        f"Fait à {a.place}, le {num_date(c.issue, '/')}"
        if c.variant % 2 == 0
        else f"{a.place}, le {long_date(c.issue, 'fr')}",
        "~SIG",
        f"L'officier de l'état civil, {officer}",
        "~STAMP REPUBLIQUE TUNISIENNE|MUNICIPALITE|" + a.place.upper(),
    ]
    return Draft(
        "fr",
        "marriage-certificate",
        "TN",
        "EXTRAIT D'ACTE DE MARIAGE",
        [lines],
        c.issue,
        "Fait à X, le DD/MM/YYYY" if c.variant % 2 == 0 else "X, le D mois YYYY (no verb)",
        apostille_style="fr",
        seal=_seal(
            "République Tunisienne",
            officer,
            "Officier de l'état civil",
            f"la Municipalité de {a.place}",
            "Tunis",
            "le Ministère des Affaires Étrangères",
        ),
    )


def fr_marriage_cd(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "fr-af", "fr-CD", "M"), person(r, "fr-af", "fr-CD", "F")
    wed = dt.date(r.randint(2010, 2022), r.randint(1, 12), r.randint(1, 28))
    officer = person(r, "fr-af").full
    lines = [
        "^RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
        "^Ville de Kinshasa - Commune de la Gombe",
        "",
        "^# ACTE DE MARIAGE",
        f"^N° {digits(r, 3)}/Folio {digits(r, 2)}/Volume {r.choice(['I', 'II', 'III'])}",
        "---",
        f"L'an {wed.year}, le {long_date(wed, 'fr')}, par-devant Nous, {officer}, officier de l'état civil de la "
        f"Commune de la Gombe, ont comparu publiquement {a.full.upper()}, né à {a.place} le {num_date(a.birth, '/')}, "
        f"et {b.full.upper()}, née à {b.place} le {num_date(b.birth, '/')}, lesquels ont déclaré vouloir se prendre "
        "pour époux. Nous les avons déclarés unis par les liens du mariage.",
        "",
        "En foi de quoi, Nous avons dressé le présent acte.",
        "",
        f"Délivré à Kinshasa, le {long_date(c.issue, 'fr')}",
        "~SIG",
        "L'officier de l'état civil",
        "~STAMP COMMUNE DE LA GOMBE|ETAT CIVIL|KINSHASA",
    ]
    return Draft(
        "fr",
        "marriage-certificate",
        "CD",
        "ACTE DE MARIAGE",
        [lines],
        c.issue,
        "Délivré à X, le D mois YYYY",
        seal=_seal("République Démocratique du Congo", officer, "officier de l'état civil", "", "Kinshasa", ""),
    )


def fr_celibat(c: Ctx) -> Draft:
    r = c.rng
    if c.variant % 2 == 0:
        p = person(r, "fr-ma", "fr-MA", c.sex)
        chef = person(r, "fr-ma").full
        lines = [
            "^ROYAUME DU MAROC",
            "^Ministère de l'Intérieur",
            f"^Préfecture de {p.place}",
            f"^Annexe administrative {digits(r, 2)}",
            "",
            "^# CERTIFICAT DE CÉLIBAT",
            "",
            f"N° {digits(r, 4)}/{c.issue.year}",
            "---",
            f"Le Chef de l'annexe administrative soussigné certifie que {p.full.upper()}, "
            f"{'née' if p.sex == 'F' else 'né'} le {num_date(p.birth, '/')} à {p.place}, "
            f"{'fille' if p.sex == 'F' else 'fils'} de {p.father} et de {p.mother}, titulaire de la carte nationale "
            f"n° {letters(r, 2)}{digits(r, 6)}, est célibataire et n'a jamais contracté mariage, "
            "selon sa déclaration sur l'honneur et le témoignage de deux témoins.",
            "",
            "Le présent certificat est délivré à l'intéressé(e) sur sa demande pour servir et valoir ce que de droit.",
            "",
            f"Fait à {p.place}, le {num_date(c.issue, '/')}",
            "~SIG",
            f"Le Chef de l'annexe administrative, {chef}",
            "~STAMP ROYAUME DU MAROC|ANNEXE ADMINISTRATIVE|" + p.place.upper(),
        ]
        return Draft(
            "fr",
            "unmarried-declaration",
            "MA",
            "CERTIFICAT DE CÉLIBAT",
            [lines],
            c.issue,
            "Fait à X, le DD/MM/YYYY",
            apostille_style="fr",
            seal=_seal(
                "Royaume du Maroc",
                chef,
                "Chef de l'annexe administrative",
                f"la Préfecture de {p.place}",
                "Rabat",
                "le Ministère des Affaires Étrangères",
            ),
        )
    p = person(r, "fr-tn", "fr-TN", c.sex)
    lines = [
        "^RÉPUBLIQUE TUNISIENNE",
        f"^Municipalité de {p.place}",
        "",
        "^# ATTESTATION DE CÉLIBAT",
        "",
        "---",
        f"Nous, Président de la Municipalité de {p.place}, attestons que {p.full.upper()}, "
        f"{'née' if p.sex == 'F' else 'né'} le {long_date(p.birth, 'fr')} à {p.place}, n'a contracté aucun mariage "
        "enregistré auprès des services de l'état civil de la municipalité à ce jour.",
        "",
        "La présente attestation est délivrée à l'intéressé(e) pour servir et valoir ce que de droit.",
        "",
        f"{p.place}, le {long_date(c.issue, 'fr')}",
        "~SIG",
        "Le Président de la Municipalité",
        "~STAMP REPUBLIQUE TUNISIENNE|MUNICIPALITE|" + p.place.upper(),
    ]
    return Draft(
        "fr",
        "unmarried-declaration",
        "TN",
        "ATTESTATION DE CÉLIBAT",
        [lines],
        c.issue,
        "X, le D mois YYYY (no verb)",
        apostille_style="fr",
        seal=_seal(
            "République Tunisienne",
            "le Président de la Municipalité",
            "Président de la Municipalité",
            f"la Municipalité de {p.place}",
            "Tunis",
            "le Ministère des Affaires Étrangères",
        ),
    )


def fr_divorce_tn(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "fr-tn", "fr-TN", "F"), person(r, "fr-tn", "fr-TN", "M")
    lines = [
        "^RÉPUBLIQUE TUNISIENNE",
        "^Ministère de la Justice",
        f"^Tribunal de première instance de {a.place}",
        "",
        "^# JUGEMENT DE DIVORCE",
        f"^Affaire n° {digits(r, 5)}",
        "---",
        f"Le Tribunal de première instance de {a.place}, statuant en matière de statut personnel, en son audience "
        f"publique du {long_date(after(c.issue, r, -90, -30), 'fr')},",
        "",
        f"Entre {a.full.upper()}, demanderesse, et {b.full.upper()}, défendeur,",
        "",
        f"PAR CES MOTIFS: prononce le divorce entre les époux, mariés le {num_date(after(a.birth, r, 8000, 9000), '/')} "
        f"à {a.place}; confie la garde des enfants à la mère; dit que le présent jugement sera mentionné en marge de "
        "l'acte de mariage.",
        "",
        f"Copie conforme délivrée à {a.place}, le {num_date(c.issue, '/')}",
        "~SIG",
        "Le Greffier en chef",
        "~STAMP TRIBUNAL DE PREMIERE|INSTANCE|" + a.place.upper(),
    ]
    return Draft(
        "fr",
        "divorce-decree",
        "TN",
        "JUGEMENT DE DIVORCE",
        [lines],
        c.issue,
        "Copie ... délivrée à X, le DD/MM/YYYY",
        apostille_style="fr",
        seal=_seal(
            "République Tunisienne",
            "le Greffier en chef",
            "Greffier en chef",
            f"le Tribunal de première instance de {a.place}",
            "Tunis",
            "le Ministère des Affaires Étrangères",
        ),
    )


def fr_death_fr(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "fr-fr", "fr-FR", c.sex, born=(1935, 1958))
    died = dt.date(r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28))
    lines = [
        "^RÉPUBLIQUE FRANÇAISE",
        f"^Mairie de {p.place}",
        "",
        "^# ACTE DE DÉCÈS",
        f"^N° {digits(r, 4)}",
        "---",
        f"Le {long_date(died, 'fr')}, à {r.randint(1, 23)} heures, est {'décédée' if p.sex == 'F' else 'décédé'} "
        f"à {p.place}, {p.given} {p.surname.upper()}, {'née' if p.sex == 'F' else 'né'} à {p.place} le "
        f"{long_date(p.birth, 'fr')}, retraité(e), fils/fille de {p.father} et de {p.mother}.",
        "",
        f"Dressé le {long_date(after(died, r, 1, 3), 'fr')} sur la déclaration de {person(r, 'fr-fr').full}, qui, "
        "lecture faite, a signé avec Nous, officier de l'état civil.",
        "",
        f"Délivré le {num_date(c.issue, '/')}, à {p.place}.",
        "~SIG",
        "L'officier de l'état civil",
        "~STAMP MAIRIE DE|" + p.place.upper(),
    ]
    return Draft(
        "fr",
        "death-certificate",
        "FR",
        "ACTE DE DÉCÈS",
        [lines],
        c.issue,
        "Délivré le DD/MM/YYYY",
        apostille_style="fr",
        seal=_seal(
            "France",
            "l'officier de l'état civil",
            "Officier de l'état civil",
            f"la Mairie de {p.place}",
            p.place,
            "la Cour d'appel",
        ),
    )


def fr_casier(c: Ctx) -> Draft:
    r = c.rng
    if c.variant % 2 == 0:
        p = person(r, "fr-fr", "fr-FR", c.sex)
        lines = [
            "^RÉPUBLIQUE FRANÇAISE",
            "^Ministère de la Justice",
            "^Casier judiciaire national",
            "",
            "^# BULLETIN N° 3 DU CASIER JUDICIAIRE",
            "^(Article 777 du Code de procédure pénale)",
            "---",
            f"Nom:\t{p.surname.upper()}",
            f"Prénoms:\t{p.given}",
            f"Date de naissance:\t{num_date(p.birth, '/')}",
            f"Lieu de naissance:\t{p.place}",
            f"Filiation:\t{p.father} et {p.mother}",
            "---",
            "^## NÉANT",
            "",
            "Ce bulletin ne comporte que les condamnations les plus graves. Il est délivré uniquement à la personne "
            "qu'il concerne et ne peut en aucun cas être délivré à un tiers.",
            "",
            f"Délivré le {num_date(c.issue, '/')} à Nantes",
            f"N° de demande: {digits(r, 10)}",
            "~STAMP CASIER JUDICIAIRE|NATIONAL|NANTES",
        ]
        return Draft(
            "fr",
            "criminal-record-certificate",
            "FR",
            "BULLETIN N° 3 DU CASIER JUDICIAIRE",
            [lines],
            c.issue,
            "Délivré le DD/MM/YYYY",
            apostille_style="fr",
            seal=_seal(
                "France",
                "le magistrat directeur",
                "Magistrat",
                "le Casier judiciaire national",
                "Nantes",
                "la Cour d'appel de Rennes",
            ),
        )
    p = person(r, "fr-ma", "fr-MA", c.sex)
    lines = [
        "^ROYAUME DU MAROC",
        "^Ministère de la Justice",
        f"^Tribunal de première instance de {p.place}",
        "",
        "^# EXTRAIT DU CASIER JUDICIAIRE",
        "^Bulletin n° 3",
        "---",
        f"Nom et prénom:\t{p.full.upper()}",
        f"Né(e) le:\t{num_date(p.birth, '/')} à {p.place}",
        f"Fils/fille de:\t{p.father} et de {p.mother}",
        f"CIN:\t{letters(r, 2)}{digits(r, 6)}",
        "---",
        "^## NÉANT",
        "",
        f"Fait à {p.place}, le {long_date(c.issue, 'fr')}",
        "~SIG",
        "Le greffier en chef",
        "~STAMP TRIBUNAL DE PREMIERE|INSTANCE|" + p.place.upper(),
    ]
    return Draft(
        "fr",
        "criminal-record-certificate",
        "MA",
        "EXTRAIT DU CASIER JUDICIAIRE",
        [lines],
        c.issue,
        "Fait à X, le D mois YYYY",
        apostille_style="fr",
        seal=_seal(
            "Royaume du Maroc",
            "le greffier en chef",
            "Greffier en chef",
            f"le Tribunal de première instance de {p.place}",
            "Rabat",
            "le Ministère des Affaires Étrangères",
        ),
    )


# --- German ---------------------------------------------------------------------


def de_birth(c: Ctx) -> Draft:
    r = c.rng
    if c.variant % 2 == 0:
        p = person(r, "de", "de-DE", c.sex)
        title = "Geburtsurkunde"
        head = [
            f"^Standesamt {p.place}",
            "",
            f"^# {title.upper()}",
            "",
            f"Registernummer G {digits(r, 4)}/{p.birth.year}",
        ]
        issue = (
            f"{p.place}, {num_date(c.issue)}" if c.variant % 4 == 0 else f"Ausgestellt am {long_date(c.issue, 'de')}"
        )
        wording = "Ort, TT.MM.JJJJ (no verb)" if c.variant % 4 == 0 else "Ausgestellt am D. Monat JJJJ"
        country, style, seal_country = "DE", "de", "Bundesrepublik Deutschland"
    else:  # Switzerland: outside the EU, needs an apostille
        p = person(r, "de", "de-CH", c.sex)
        title = "Geburtsschein"
        head = [
            "^Schweizerische Eidgenossenschaft",
            f"^Kanton {p.place}",
            f"^Zivilstandsamt {p.place}",
            "",
            f"^# {title.upper()}",
            "^(Auszug aus dem Personenstandsregister)",
            "",
        ]
        issue = f"Ausgestellt in {p.place}, {long_date(c.issue, 'de')}"
        wording = "Ausgestellt in X, D. Monat JJJJ"
        country, style, seal_country = "CH", "de", "Schweizerische Eidgenossenschaft"
    lines = head + [
        "---",
        f"Familienname:\t{p.surname}",
        f"Vornamen:\t{p.given}",
        f"Geschlecht:\t{'weiblich' if p.sex == 'F' else 'männlich'}",
        f"Geburtstag:\t{num_date(p.birth)}",
        f"Geburtsort:\t{p.place}",
        "",
        f"Vater:\t{p.father}",
        f"Mutter:\t{p.mother}",
        "---",
        "Die Übereinstimmung mit dem Eintrag im Geburtenregister wird beglaubigt.",
        "",
        "Änderungen: keine.",
        "",
        issue,
        "~SIG",
        "Der Standesbeamte / Die Standesbeamtin",
        "~STAMP STANDESAMT|" + p.place.upper(),
    ]
    return Draft(
        "de",
        "birth-certificate",
        country,
        title,
        [lines],
        c.issue,
        wording,
        apostille_style=style,
        seal=_seal(
            seal_country,
            "Standesbeamtin",
            "Standesbeamtin",
            f"des Standesamtes {p.place}",
            p.place,
            "die Staatskanzlei" if country == "CH" else "den Präsidenten des Landgerichts",
        ),
    )


def de_marriage(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "de", "de-DE", "M"), person(r, "de", "de-DE", "F")
    wed = dt.date(r.randint(2010, 2022), r.randint(1, 12), r.randint(1, 28))
    lines = [
        f"^Standesamt {a.place}",
        "",
        "^# EHEURKUNDE",
        "",
        f"Registernummer E {digits(r, 3)}/{wed.year}",
        "---",
        "## Ehegatte 1",
        f"Familienname:\t{a.surname}",
        f"Vornamen:\t{a.given}",
        f"Geburtstag, -ort:\t{num_date(a.birth)}, {a.place}",
        "## Ehegatte 2",
        f"Familienname:\t{b.surname}",
        f"Geburtsname:\t{b.surname}",
        f"Vornamen:\t{b.given}",
        f"Geburtstag, -ort:\t{num_date(b.birth)}, {b.place}",
        "",
        f"Tag der Eheschließung:\t{num_date(wed)}",
        f"Ort der Eheschließung:\t{a.place}",
        f"Name in der Ehe:\t{a.surname}",
        "---",
        f"{a.place}, den {num_date(c.issue)}",
        "~SIG",
        "Die Standesbeamtin",
        "~STAMP STANDESAMT|" + a.place.upper(),
    ]
    return Draft(
        "de",
        "marriage-certificate",
        "DE",
        "EHEURKUNDE",
        [lines],
        c.issue,
        "Ort, den TT.MM.JJJJ (no verb)",
        apostille_style="de",
        seal=_seal(
            "Bundesrepublik Deutschland",
            "Standesbeamtin",
            "Standesbeamtin",
            f"des Standesamtes {a.place}",
            a.place,
            "den Präsidenten des Landgerichts",
        ),
    )


def de_unmarried(c: Ctx) -> Draft:
    r = c.rng
    if c.variant % 2 == 0:
        p = person(r, "de", "de-AT", c.sex)
        lines = [
            "^REPUBLIK ÖSTERREICH",
            f"^Standesamt {p.place}",
            "",
            "^# LEDIGKEITSBESCHEINIGUNG",
            "",
            f"Zahl: {digits(r, 3)}/{c.issue.year}",
            "---",
            f"Es wird bescheinigt, dass {p.full}, geboren am {num_date(p.birth)} in {p.place}, österreichische "
            f"Staatsbürgerschaft, nach den Eintragungen im Zentralen Personenstandsregister ledig ist und keine "
            "eingetragene Partnerschaft begründet hat.",
            "",
            "Diese Bescheinigung wird zur Vorlage bei einer ausländischen Behörde ausgestellt.",
            "",
            f"{p.place}, am {num_date(c.issue)}",
            "~SIG",
            "Für den Bürgermeister: Die Standesbeamtin",
            "~STAMP REPUBLIK ÖSTERREICH|STANDESAMT|" + p.place.upper(),
        ]
        return Draft(
            "de",
            "unmarried-declaration",
            "AT",
            "LEDIGKEITSBESCHEINIGUNG",
            [lines],
            c.issue,
            "Ort, am TT.MM.JJJJ",
            apostille_style="de",
            seal=_seal(
                "Republik Österreich",
                "Standesbeamtin",
                "Standesbeamtin",
                f"des Standesamtes {p.place}",
                "Wien",
                "das Bundesministerium für europäische und internationale Angelegenheiten",
            ),
        )
    p = person(r, "de", "de-DE", c.sex)
    lines = [
        "^BUNDESREPUBLIK DEUTSCHLAND",
        f"^Standesamt {p.place}",
        "",
        "^# EHEFÄHIGKEITSZEUGNIS",
        "^für deutsche Staatsangehörige zur Eheschließung im Ausland",
        "",
        f"Nr. {digits(r, 3)}/{c.issue.year}",
        "---",
        f"Dem Eheschließenden {p.full}, geboren am {num_date(p.birth)} in {p.place}, Familienstand ledig, wohnhaft in "
        f"{p.place}, wird hiermit bescheinigt, dass der beabsichtigten Eheschließung mit {person(r, 'nl').full}, "
        "geboren in den Niederlanden, nach deutschem Recht kein Ehehindernis entgegensteht.",
        "",
        "Das Ehefähigkeitszeugnis verliert seine Gültigkeit, wenn die Ehe nicht binnen sechs Monaten seit der "
        "Ausstellung geschlossen wird.",
        "",
        f"Ausgestellt am {num_date(c.issue)}",
        "~SIG",
        "Der Standesbeamte",
        "~STAMP STANDESAMT|" + p.place.upper(),
    ]
    return Draft(
        "de",
        "unmarried-declaration",
        "DE",
        "EHEFÄHIGKEITSZEUGNIS",
        [lines],
        c.issue,
        "Ausgestellt am TT.MM.JJJJ",
        apostille_style="de",
        seal=_seal(
            "Bundesrepublik Deutschland",
            "Standesbeamter",
            "Standesbeamter",
            f"des Standesamtes {p.place}",
            p.place,
            "den Präsidenten des Landgerichts",
        ),
    )


def de_divorce(c: Ctx) -> Draft:
    r = c.rng
    a, b = person(r, "de", "de-DE", "F"), person(r, "de", "de-DE", "M")
    wed = dt.date(r.randint(2005, 2015), r.randint(1, 12), r.randint(1, 28))
    az = f"{digits(r, 3)} F {digits(r, 3)}/{c.issue.year % 100:02d}"
    lines = [
        f"^Amtsgericht {a.place}",
        "^- Familiengericht -",
        "",
        f"Aktenzeichen: {az}",
        "",
        "^# BESCHLUSS",
        "",
        "In der Familiensache",
        f"{a.full}, {a.place},\tAntragstellerin,",
        f"gegen {b.full}, {b.place},\tAntragsgegner,",
        "wegen Ehescheidung",
        "---",
        f"hat das Amtsgericht - Familiengericht - {a.place} durch die Richterin am Amtsgericht {person(r, 'de').full} "
        f"auf die mündliche Verhandlung vom {num_date(after(c.issue, r, -60, -20))} beschlossen:",
        "",
        f"1. Die am {num_date(wed)} vor dem Standesbeamten in {a.place} geschlossene Ehe der Beteiligten wird geschieden.",
        "2. Der Versorgungsausgleich findet nicht statt.",
        "3. Die Kosten des Verfahrens werden gegeneinander aufgehoben.",
        "",
        f"Der Beschluss ist seit dem {num_date(c.issue)} rechtskräftig.",
        "",
        f"{a.place}, {num_date(after(c.issue, r, 2, 10))}",
        "~SIG",
        "Urkundsbeamtin der Geschäftsstelle",
        "~STAMP AMTSGERICHT|" + a.place.upper(),
    ]
    return Draft(
        "de",
        "divorce-decree",
        "DE",
        "BESCHLUSS (Familiensache, wegen Ehescheidung)",
        [lines],
        None,
        None,
        apostille_style="de",
        seal=_seal(
            "Bundesrepublik Deutschland",
            "Urkundsbeamtin",
            "Urkundsbeamtin",
            f"des Amtsgerichts {a.place}",
            a.place,
            "den Präsidenten des Landgerichts",
        ),
    )


def de_death(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "de", "de-DE", c.sex, born=(1935, 1958))
    died = dt.date(r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28))
    lines = [
        f"^Standesamt {p.place}",
        "",
        "^# STERBEURKUNDE",
        "",
        f"Registernummer S {digits(r, 4)}/{died.year}",
        "---",
        f"Familienname:\t{p.surname}",
        f"Vornamen:\t{p.given}",
        f"Geburtstag, -ort:\t{num_date(p.birth)}, {p.place}",
        f"Sterbetag:\t{num_date(died)}",
        f"Sterbeort:\t{p.place}",
        "Familienstand:\tverheiratet",
        "---",
        f"{p.place}, {num_date(c.issue)}",
        "~SIG",
        "Der Standesbeamte",
        "~STAMP STANDESAMT|" + p.place.upper(),
    ]
    return Draft(
        "de",
        "death-certificate",
        "DE",
        "STERBEURKUNDE",
        [lines],
        c.issue,
        "Ort, TT.MM.JJJJ (no verb)",
        apostille_style="de",
        seal=_seal(
            "Bundesrepublik Deutschland",
            "Standesbeamter",
            "Standesbeamter",
            f"des Standesamtes {p.place}",
            p.place,
            "den Präsidenten des Landgerichts",
        ),
    )


def de_criminal(c: Ctx) -> Draft:
    r = c.rng
    if c.variant % 2 == 0:
        p = person(r, "de", "de-DE", c.sex)
        lines = [
            "^Bundesamt für Justiz",
            "^53094 Bonn",
            "",
            "^# FÜHRUNGSZEUGNIS",
            "",
            "Belegart: N (Führungszeugnis für private Zwecke)",
            f"Geschäftszeichen: {digits(r, 12)}",
            "---",
            f"Geburtsname:\t{p.surname}",
            f"Familienname:\t{p.surname}",
            f"Vornamen:\t{p.given}",
            f"Geburtsdatum:\t{num_date(p.birth)}",
            f"Geburtsort:\t{p.place}",
            "Staatsangehörigkeit:\tdeutsch",
            "---",
            "^## Inhalt: Keine Eintragung",
            "",
            f"Bonn, den {num_date(c.issue)}",
            "~SIG",
            "Bundesamt für Justiz - Im Auftrag",
            "~STAMP BUNDESAMT FÜR JUSTIZ|BONN",
        ]
        return Draft(
            "de",
            "criminal-record-certificate",
            "DE",
            "FÜHRUNGSZEUGNIS",
            [lines],
            c.issue,
            "Bonn, den TT.MM.JJJJ (no verb)",
            apostille_style="de",
            seal=_seal(
                "Bundesrepublik Deutschland",
                "im Auftrag",
                "Beschäftigte",
                "des Bundesamts für Justiz",
                "Bonn",
                "das Bundesamt für Justiz",
            ),
        )
    p = person(r, "de", "de-CH", c.sex)
    lines = [
        "^Schweizerische Eidgenossenschaft",
        "^Eidgenössisches Justiz- und Polizeidepartement EJPD",
        "^Bundesamt für Justiz BJ - Schweizerisches Strafregister",
        "",
        "^# PRIVATAUSZUG AUS DEM STRAFREGISTER",
        "",
        f"Auszugsnummer: {digits(r, 10)}",
        "---",
        f"Name:\t{p.surname}",
        f"Vorname(n):\t{p.given}",
        f"Geburtsdatum:\t{num_date(p.birth)}",
        f"Heimatort:\t{p.place}",
        "---",
        "^## Im Strafregister nicht verzeichnet",
        "",
        "Der Privatauszug enthält die Urteile wegen Verbrechen und Vergehen, sofern eine Strafe ausgesprochen wurde.",
        "",
        f"Bern, {long_date(c.issue, 'de')}",
        "~SIG",
        "Schweizerisches Strafregister",
        "~STAMP STRAFREGISTER|BERN",
    ]
    return Draft(
        "de",
        "criminal-record-certificate",
        "CH",
        "PRIVATAUSZUG AUS DEM STRAFREGISTER",
        [lines],
        c.issue,
        "Bern, D. Monat JJJJ (no verb)",
        apostille_style="de",
        seal=_seal(
            "Schweizerische Eidgenossenschaft",
            "Schweizerisches Strafregister",
            "Registerführerin",
            "des Bundesamts für Justiz",
            "Bern",
            "die Bundeskanzlei",
        ),
    )


# --- Dutch ----------------------------------------------------------------------


def nl_birth(c: Ctx) -> Draft:
    r = c.rng
    v = c.variant % 3
    if v == 0:  # Suriname: Dutch-language, not the Netherlands: needs an apostille
        p = person(r, "nl-sr", "nl-SR", c.sex)
        lines = [
            "^REPUBLIEK SURINAME",
            "^CENTRAAL BUREAU VOOR BURGERZAKEN",
            "",
            "^# UITTREKSEL UIT HET GEBOORTEREGISTER",
            "",
            f"Registernummer: {digits(r, 4)}/{p.birth.year}\tID-nummer: {letters(r, 2)}{digits(r, 6)}",
            "---",
            f"Geslachtsnaam:\t{p.surname}",
            f"Voornamen:\t{p.given}",
            f"Geslacht:\t{'vrouwelijk' if p.sex == 'F' else 'mannelijk'}",
            f"Geboortedatum:\t{long_date(p.birth, 'nl')}",
            f"Geboorteplaats:\t{p.place}",
            f"Vader:\t{p.father}",
            f"Moeder:\t{p.mother}",
            "---",
            "De ambtenaar van de burgerlijke stand verklaart dat dit uittreksel in overeenstemming is met het register "
            "van geboorten van het Centraal Bureau voor Burgerzaken.",
            "",
            f"Afgegeven te Paramaribo, {long_date(c.issue, 'nl')}",
            "~SIG",
            "Het Hoofd van het Centraal Bureau voor Burgerzaken",
            "~STAMP REPUBLIEK SURINAME|C.B.B.|PARAMARIBO",
        ]
        return Draft(
            "nl",
            "birth-certificate",
            "SR",
            "UITTREKSEL UIT HET GEBOORTEREGISTER",
            [lines],
            c.issue,
            "Afgegeven te X, D maand YYYY",
            apostille_style="nl",
            seal=_seal(
                "Republiek Suriname",
                "het Hoofd van het C.B.B.",
                "Hoofd Centraal Bureau voor Burgerzaken",
                "het Centraal Bureau voor Burgerzaken",
                "Paramaribo",
                "het Ministerie van Justitie en Politie",
            ),
        )
    if v == 1:
        p = person(r, "nl", "nl-NL", c.sex)
        lines = [
            f"^Gemeente {p.place}",
            "",
            "^# AFSCHRIFT VAN EEN AKTE VAN GEBOORTE",
            "",
            f"Aktenummer: 1A{digits(r, 4)}\tJaar: {p.birth.year}",
            "---",
            f"Op {long_date(p.birth, 'nl')} is te {p.place} geboren: {p.given} {p.surname}, van het "
            f"{'vrouwelijk' if p.sex == 'F' else 'mannelijk'} geslacht, kind van {p.father} en {p.mother}.",
            "",
            "Het voorgaande afschrift is gelijkluidend aan de akte in het register van geboorten.",
            "",
            f"{p.place}, {long_date(c.issue, 'nl')}",
            "~SIG",
            "De ambtenaar van de burgerlijke stand",
            "~STAMP GEMEENTE|" + p.place.upper() + "|BURGERLIJKE STAND",
        ]
        return Draft(
            "nl",
            "birth-certificate",
            "NL",
            "AFSCHRIFT VAN EEN AKTE VAN GEBOORTE",
            [lines],
            c.issue,
            "Den Haag, 12 januari 2025 (no verb)",
            apostille_style="nl",
            seal=_seal(
                "Nederland",
                "de ambtenaar van de burgerlijke stand",
                "ambtenaar van de burgerlijke stand",
                f"de gemeente {p.place}",
                "Den Haag",
                "de rechtbank",
            ),
        )
    p = person(r, "nl", "nl-BE", c.sex)
    lines = [
        f"^Stad {p.place}",
        "^Dienst Burgerzaken",
        "",
        "^# UITTREKSEL UIT DE AKTE VAN GEBOORTE",
        "",
        f"Aktenummer: {digits(r, 4)}\tJaar: {p.birth.year}",
        "---",
        f"Naam:\t{p.surname}",
        f"Voornamen:\t{p.given}",
        f"Geboren te:\t{p.place}",
        f"Op:\t{num_date(p.birth, '/')}",
        f"Vader:\t{p.father}",
        f"Moeder:\t{p.mother}",
        "---",
        f"Uitgereikt te {p.place} op {num_date(c.issue, '/')}",
        "~SIG",
        "De ambtenaar van de burgerlijke stand",
        "~STAMP STAD|" + p.place.upper() + "|BURGERZAKEN",
    ]
    return Draft(
        "nl",
        "birth-certificate",
        "BE",
        "UITTREKSEL UIT DE AKTE VAN GEBOORTE",
        [lines],
        c.issue,
        "Uitgereikt te X op DD/MM/YYYY",
        apostille_style="nl",
        seal=_seal(
            "Koninkrijk België",
            "de ambtenaar van de burgerlijke stand",
            "ambtenaar van de burgerlijke stand",
            f"de stad {p.place}",
            "Brussel",
            "de FOD Buitenlandse Zaken",
        ),
    )


def nl_unmarried_sr(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "nl-sr", "nl-SR", c.sex)
    lines = [
        "^REPUBLIEK SURINAME",
        "^CENTRAAL BUREAU VOOR BURGERZAKEN",
        "",
        "^# VERKLARING OMTRENT DE BURGERLIJKE STAAT",
        "",
        f"Nummer: {digits(r, 5)}/{c.issue.year}",
        "---",
        f"Het Hoofd van het Centraal Bureau voor Burgerzaken verklaart dat uit de basisadministratie blijkt dat "
        f"{p.full}, geboren op {long_date(p.birth, 'nl')} te {p.place}, van Surinaamse nationaliteit, "
        "ongehuwd is en nimmer een huwelijk heeft gesloten.",
        "",
        "Deze verklaring wordt afgegeven ten behoeve van een verblijfsaanvraag in het buitenland.",
        "",
        f"Paramaribo, {num_date(c.issue, '-')}",
        "~SIG",
        "Het Hoofd van het C.B.B.",
        "~STAMP REPUBLIEK SURINAME|C.B.B.",
    ]
    return Draft(
        "nl",
        "unmarried-declaration",
        "SR",
        "VERKLARING OMTRENT DE BURGERLIJKE STAAT",
        [lines],
        c.issue,
        "Paramaribo, DD-MM-YYYY (no verb)",
        apostille_style="nl",
        seal=_seal(
            "Republiek Suriname",
            "het Hoofd van het C.B.B.",
            "Hoofd Centraal Bureau voor Burgerzaken",
            "het Centraal Bureau voor Burgerzaken",
            "Paramaribo",
            "het Ministerie van Justitie en Politie",
        ),
    )


def nl_vog(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "nl", "nl-NL", c.sex)
    lines = [
        "^Ministerie van Justitie en Veiligheid",
        "^Justis",
        "",
        "^# VERKLARING OMTRENT HET GEDRAG",
        "",
        f"Aanvraagnummer: {digits(r, 8)}",
        "---",
        "De Minister van Justitie en Veiligheid verklaart dat, gelet op het onderzoek naar het gedrag van:",
        "",
        f"Naam:\t{p.full}",
        f"Geboortedatum:\t{num_date(p.birth, '-')}",
        f"Geboorteplaats:\t{p.place}",
        "",
        "uit het oogpunt van voorkoming van strafbare feiten tegen de betrokkene geen bezwaren zijn gebleken ten "
        "aanzien van het doel waarvoor deze verklaring is aangevraagd.",
        "",
        f"Den Haag, {long_date(c.issue, 'nl')}",
        "~SIG",
        "Namens de Minister, het hoofd van Justis",
    ]
    return Draft(
        "nl",
        "criminal-record-certificate",
        "NL",
        "VERKLARING OMTRENT HET GEDRAG",
        [lines],
        c.issue,
        "Den Haag, D maand YYYY (no verb)",
        apostille_style="nl",
        seal=_seal("Nederland", "het hoofd van Justis", "hoofd van Justis", "Justis", "Den Haag", "de rechtbank"),
    )


# --- Multilingual (CIEC Convention 16): no translation, no legalisation -------


def ciec_birth(c: Ctx) -> Draft:
    r = c.rng
    if c.variant % 2 == 0:
        p = person(r, "de", "de-DE", c.sex)
        head = [
            "^Bundesrepublik Deutschland - République fédérale d'Allemagne",
            f"^Standesamt {p.place}",
            "^# AUSZUG AUS DEM GEBURTSEINTRAG",
            "^Extrait d'acte de naissance - Extract from a birth record",
            "^Uittreksel uit een akte van geboorte - Estratto dell'atto di nascita - Formule A",
        ]
        country = "DE"
    else:
        p = person(r, "tr", "tr", c.sex)
        head = [
            "^Türkiye Cumhuriyeti - République de Turquie",
            f"^{p.place} Nüfus Müdürlüğü",
            "^# ULUSLARARASI DOĞUM KAYIT ÖRNEĞİ (FORMÜL A)",
            "^Extrait plurilingue d'acte de naissance - Auszug aus dem Geburtseintrag - Extract from a birth record",
        ]
        country = "TR"
    lines = head + [
        "---",
        f"1 Geburtstag / Date de naissance / Date of birth / Doğum tarihi:\t{num_date(p.birth)}",
        f"2 Geburtsort / Lieu / Place / Yeri:\t{p.place}",
        f"3 Name / Nom / Surname / Soyadı:\t{p.surname.upper()}",
        f"4 Vornamen / Prénoms / Forenames / Adı:\t{p.given}",
        f"5 Geschlecht / Sexe / Sex / Cinsiyeti:\t{p.sex}",
        f"6 Vater / Père / Father / Baba:\t{p.father}",
        f"7 Mutter / Mère / Mother / Ana:\t{p.mother}",
        "---",
        f"Tag der Ausstellung / Date de délivrance / Date of issue / Veriliş tarihi:\t{num_date(c.issue)}",
        "~SIG",
        "~STAMP " + ("STANDESAMT|" if country == "DE" else "NÜFUS MÜDÜRLÜĞÜ|") + p.place.upper(),
    ]
    return Draft(
        None,
        "birth-certificate",
        country,
        head[2][4:],
        [lines],
        c.issue,
        "multilingual 'Date of issue' label: DD.MM.YYYY",
        tabs_mm=(100.0,),
        apostille_style="de",
    )


# --- Employment, pay and bank papers ------------------------------------------------

PAYSLIP = {
    "nl": dict(
        titles=["Loonstrook", "Salarisspecificatie"],
        period="Periode",
        employee="Werknemer",
        number="Personeelsnummer",
        job="Functie",
        start="Datum in dienst",
        rows=[
            "Salaris",
            "Vakantietoeslag (reservering 8%)",
            "Reiskostenvergoeding",
            "Loonheffing",
            "Pensioenpremie werknemer",
        ],
        gross="Brutoloon",
        net="Nettoloon",
        paid="Uitbetaald op rekening",
        note="Het nettoloon wordt uiterlijk op de laatste werkdag van de maand overgemaakt. Vragen over deze loonstrook "
        "kunt u stellen aan de afdeling Salarisadministratie.",
        employer=("Noordkade Logistics B.V.", "Havenstraat 112, 3011 AB Rotterdam"),
        country="NL",
        person="nl",
    ),
    "en": dict(
        titles=["Payslip", "Earnings Statement"],
        period="Pay period",
        employee="Employee",
        number="Employee number",
        job="Job title",
        start="Start date",
        rows=["Basic salary", "Overtime", "Travel allowance", "Income tax (PAYE)", "National Insurance"],
        gross="Gross pay",
        net="Net pay",
        paid="Paid to account",
        note="This statement shows your earnings and deductions for the period. Please keep it for your records; "
        "contact Payroll if any detail is incorrect.",
        employer=("Harbourside Analytics Ltd", "14 Quay Street, Manchester M3 3JE"),
        country="GB",
        person="en-uk",
    ),
    "fr": dict(
        titles=["Bulletin de paie"],
        period="Période",
        employee="Salarié",
        number="Matricule",
        job="Emploi",
        start="Date d'entrée",
        rows=[
            "Salaire de base",
            "Heures supplémentaires",
            "Prime de transport",
            "Cotisations sociales salariales",
            "Prélèvement à la source",
        ],
        gross="Salaire brut",
        net="Net à payer",
        paid="Virement sur le compte",
        note="Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
        employer=("Atelier Rhône Numérique SAS", "8 rue de la Charité, 69002 Lyon"),
        country="FR",
        person="fr-fr",
    ),
    "de": dict(
        titles=["Entgeltabrechnung", "Verdienstabrechnung"],
        period="Abrechnungszeitraum",
        employee="Mitarbeiter",
        number="Personalnummer",
        job="Tätigkeit",
        start="Eintrittsdatum",
        rows=[
            "Grundgehalt",
            "Überstundenvergütung",
            "Fahrtkostenzuschuss",
            "Lohnsteuer",
            "Sozialversicherungsbeiträge",
        ],
        gross="Gesamtbrutto",
        net="Auszahlungsbetrag",
        paid="Überweisung auf Konto",
        note="Bitte prüfen Sie diese Abrechnung. Einwendungen sind innerhalb von drei Monaten "
        "bei der Personalabteilung geltend zu machen.",
        employer=("Rheinwerk Messtechnik GmbH", "Industriestraße 21, 50735 Köln"),
        country="DE",
        person="de",
    ),
    "es": dict(
        titles=["Recibo de salarios", "Nómina"],
        period="Periodo de liquidación",
        employee="Trabajador",
        number="Nº de afiliación",
        job="Categoría profesional",
        start="Antigüedad",
        rows=["Salario base", "Complemento de puesto", "Plus de transporte", "Retención IRPF", "Contingencias comunes"],
        gross="Total devengado",
        net="Líquido a percibir",
        paid="Transferencia a la cuenta",
        note="Recibí la cantidad neta a percibir. Este recibo se ajusta al modelo oficial "
        "de recibo individual justificativo del pago de salarios.",
        employer=("Distribuciones Levante S.L.", "Calle Colón 45, 46004 Valencia"),
        country="ES",
        person="es",
    ),
    "pt": dict(
        titles=["Recibo de vencimento"],
        period="Período",
        employee="Colaborador",
        number="Número mecanográfico",
        job="Categoria",
        start="Data de admissão",
        rows=["Vencimento base", "Subsídio de alimentação", "Trabalho suplementar", "Retenção IRS", "Segurança Social"],
        gross="Total ilíquido",
        net="Total líquido",
        paid="Transferência para o IBAN",
        note="O presente recibo discrimina as importâncias pagas e os descontos efetuados no mês indicado.",
        employer=("Tejo Software, Lda.", "Avenida da Liberdade 180, 1250-146 Lisboa"),
        country="PT",
        person="pt",
    ),
    "tr": dict(
        titles=["Ücret Bordrosu"],
        period="Dönem",
        employee="Personel",
        number="Sicil No",
        job="Görevi",
        start="İşe giriş tarihi",
        rows=["Brüt ücret", "Fazla mesai", "Yol yardımı", "Gelir vergisi", "SGK işçi payı"],
        gross="Toplam kazanç",
        net="Net ödenen",
        paid="Ödeme yapılan hesap",
        note="Bu bordro 4857 sayılı İş Kanunu uyarınca düzenlenmiştir. İtirazlarınızı insan kaynakları birimine iletiniz.",
        employer=("Marmara Lojistik A.Ş.", "Büyükdere Cad. No: 102, Şişli / İstanbul"),
        country="TR",
        person="tr",
    ),
}


def payslip_doc(c: Ctx, lang: str) -> Draft:
    L, r = PAYSLIP[lang], c.rng
    p = person(r, L["person"], sex=c.sex)
    title = L["titles"][c.variant % len(L["titles"])]
    period = dt.date(c.issue.year, c.issue.month, 1)
    base = r.randint(3200, 6200)
    amounts = [base, r.randint(0, 400), r.randint(60, 180), -round(base * 0.21), -round(base * 0.07)]
    gross = sum(a for a in amounts if a > 0)
    net = sum(amounts)
    fmt = (
        (lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
        if lang not in ("en",)
        else (lambda v: f"{v:,.2f}")
    )
    cur = {"en": "£", "tr": "TL "}.get(lang, "€ ")
    month_name = month(period, lang) if lang in MONTHS else str(period.month)
    lines = [
        f"## {L['employer'][0]}",
        L["employer"][1],
        "",
        f"# {title} {month_name} {period.year}",
        "---",
        f"{L['employee']}:\t{p.full}",
        f"{L['number']}:\t{digits(r, 5)}",
        f"{L['job']}:\t{r.choice(['Data Engineer', 'Logistics Planner', 'Software Developer', 'Account Manager'])}",
        f"{L['start']}:\t{num_date(after(c.issue, r, -1400, -200), '-')}",
        f"{L['period']}:\t{num_date(period, '-')} - {num_date(period.replace(day=28), '-')}",
        "---",
    ]
    for label, amount in zip(L["rows"], amounts, strict=False):
        lines.append(f"{label}\t\t{cur}{fmt(amount)}")
    lines += [
        "---",
        f"## {L['gross']}\t\t{cur}{fmt(gross)}",
        f"## {L['net']}\t\t{cur}{fmt(net)}",
        "",
        f"{L['paid']} {letters(r, 2)}{digits(r, 2)} {letters(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
        "",
        L["note"],
    ]
    return Draft(lang, "payslip", L["country"], title, [lines], None, None, tabs_mm=(60.0, 125.0), size_pt=10)


BANK = {
    "nl": dict(
        titles=["Rekeningafschrift"],
        bank="ING Bank N.V.",
        holder="Rekeninghouder",
        account="Rekeningnummer (IBAN)",
        period="Periode",
        opening="Beginsaldo",
        closing="Eindsaldo",
        ops=[
            "Salaris Noordkade Logistics",
            "Huur woning Kerkstraat",
            "Albert Heijn Rotterdam",
            "Zorgverzekering Zilveren Kruis",
            "Overboeking spaarrekening",
        ],
        note="Controleer dit afschrift. Klopt er iets niet, neem dan binnen 30 dagen contact met ons op.",
        person="nl",
        country="NL",
    ),
    "en": dict(
        titles=["Account Statement", "Statement of Account"],
        bank="Northern Counties Bank plc",
        holder="Account holder",
        account="Account number",
        period="Statement period",
        opening="Opening balance",
        closing="Closing balance",
        ops=[
            "Salary Harbourside Analytics",
            "Rent - Quay Lettings",
            "Tesco Stores",
            "Council Tax",
            "Transfer to savings",
        ],
        note="Please check this statement carefully and tell us about any entry you do not recognise.",
        person="en-uk",
        country="GB",
    ),
    "de": dict(
        titles=["Kontoauszug"],
        bank="Sparkasse KölnBonn",
        holder="Kontoinhaber",
        account="IBAN",
        period="Zeitraum",
        opening="Alter Kontostand",
        closing="Neuer Kontostand",
        ops=[
            "Gehalt Rheinwerk Messtechnik",
            "Miete Wohnung Lindenstraße",
            "REWE Markt Köln",
            "Lastschrift Krankenversicherung",
            "Dauerauftrag Sparplan",
        ],
        note="Bitte prüfen Sie diesen Kontoauszug. Einwendungen gegen Belastungen sind unverzüglich zu erheben.",
        person="de",
        country="DE",
    ),
    "fr": dict(
        titles=["Relevé de compte"],
        bank="Banque Populaire Auvergne Rhône Alpes",
        holder="Titulaire du compte",
        account="IBAN",
        period="Période",
        opening="Ancien solde",
        closing="Nouveau solde",
        ops=[
            "Virement salaire Atelier Rhône",
            "Prélèvement loyer",
            "Carte Monoprix Lyon",
            "Prélèvement assurance habitation",
            "Virement livret A",
        ],
        note="Nous vous remercions de vérifier les opérations de ce relevé et de nous signaler toute anomalie.",
        person="fr-fr",
        country="FR",
    ),
    "es": dict(
        titles=["Extracto de cuenta"],
        bank="Banco Mediterráneo S.A.",
        holder="Titular",
        account="IBAN",
        period="Periodo",
        opening="Saldo anterior",
        closing="Saldo final",
        ops=[
            "Nómina Distribuciones Levante",
            "Recibo alquiler vivienda",
            "Compra Mercadona Valencia",
            "Recibo seguro médico",
            "Traspaso a cuenta ahorro",
        ],
        note="Le rogamos compruebe los movimientos de este extracto y nos comunique cualquier discrepancia.",
        person="es",
        country="ES",
    ),
    "pt": dict(
        titles=["Extrato de conta"],
        bank="Banco Atlântico, S.A.",
        holder="Titular",
        account="IBAN",
        period="Período",
        opening="Saldo inicial",
        closing="Saldo final",
        ops=[
            "Transferência vencimento Tejo Software",
            "Débito direto renda",
            "Compra Pingo Doce Lisboa",
            "Seguro de saúde",
            "Transferência para poupança",
        ],
        note="Verifique os movimentos deste extrato e comunique-nos qualquer divergência no prazo de 30 dias.",
        person="pt",
        country="PT",
    ),
    "tr": dict(
        titles=["Hesap Ekstresi"],
        bank="Anadolu Bankası A.Ş.",
        holder="Hesap sahibi",
        account="IBAN",
        period="Dönem",
        opening="Devreden bakiye",
        closing="Kapanış bakiyesi",
        ops=[
            "Maaş ödemesi Marmara Lojistik",
            "Kira ödemesi",
            "Migros İstanbul alışveriş",
            "Elektrik faturası",
            "Birikim hesabına virman",
        ],
        note="Ekstrenizdeki işlemleri kontrol ediniz; itirazlarınızı 30 gün içinde şubemize bildiriniz.",
        person="tr",
        country="TR",
    ),
    "ru": dict(
        titles=["ВЫПИСКА ПО СЧЁТУ"],
        bank="АО «Северный Банк»",
        holder="Владелец счёта",
        account="Номер счёта",
        period="Период",
        opening="Входящий остаток",
        closing="Исходящий остаток",
        ops=[
            "Заработная плата ООО «Вектор»",
            "Оплата аренды квартиры",
            "Покупка в магазине «Перекрёсток»",
            "Оплата коммунальных услуг",
            "Перевод на накопительный счёт",
        ],
        note="Выписка сформирована автоматически и действительна без подписи и печати банка.",
        person="ru",
        country="RU",
    ),
}


def bank_doc(c: Ctx, lang: str) -> Draft:
    L, r = BANK[lang], c.rng
    p = person(r, L["person"], sex=c.sex)
    name = f"{p.surname} {p.given}" if lang == "ru" else p.full
    title = L["titles"][c.variant % len(L["titles"])]
    start = dt.date(c.issue.year, c.issue.month, 1)
    bal = r.randint(900, 9000) + r.randint(0, 99) / 100
    iban = f"{L['country']}{digits(r, 2)} {letters(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}"
    lines = [
        f"## {L['bank']}",
        "",
        f"# {title}",
        "",
        f"{L['holder']}:\t{name}",
        f"{L['account']}:\t{iban}",
        f"{L['period']}:\t{num_date(start)} - {num_date(start.replace(day=28))}",
        "---",
        f"{L['opening']}\t\t{bal:,.2f}",
    ]
    for i, op in enumerate(L["ops"]):
        amount = r.randint(3000, 5200) if i == 0 else -r.randint(20, 1400)
        bal += amount
        lines.append(f"{num_date(start + dt.timedelta(days=3 + 5 * i))}  {op}\t\t{amount:+,.2f}")
    lines += ["---", f"## {L['closing']}\t\t{bal:,.2f}", "", L["note"]]
    fam = "dejavu" if lang in ("ru", "tr") else "sans"
    return Draft(
        lang, "bank-statement", L["country"], title, [lines], None, None, family=fam, tabs_mm=(100.0, 135.0), size_pt=10
    )


CONTRACTS = {
    "nl": (
        "ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD",
        "NL",
        "nl",
        "De ondergetekenden: {employer}, gevestigd te Rotterdam, hierna "
        "te noemen de werkgever, en {name}, geboren op {birth}, hierna te noemen de werknemer, verklaren een "
        "arbeidsovereenkomst te zijn aangegaan onder de volgende voorwaarden.",
        [
            "Artikel 1 - Functie. De werknemer treedt in dienst in de functie van {job}. De werkzaamheden worden verricht "
            "op het kantoor van de werkgever te Rotterdam.",
            "Artikel 2 - Duur. De overeenkomst wordt aangegaan voor de duur van twaalf maanden, ingaande op {start}. Er geldt "
            "een proeftijd van één maand.",
            "Artikel 3 - Salaris. Het bruto maandsalaris bedraagt € {salary} bij een werkweek van 40 uur, te vermeerderen met "
            "8% vakantietoeslag.",
            "Artikel 4 - Vakantie. De werknemer heeft recht op 25 vakantiedagen per jaar met behoud van salaris.",
            "Artikel 5 - Toepasselijk recht. Op deze overeenkomst is Nederlands recht van toepassing.",
        ],
        "Aldus opgemaakt in tweevoud en ondertekend te Rotterdam op {signed}.",
    ),
    "en": (
        "EMPLOYMENT AGREEMENT",
        "GB",
        "en-uk",
        "This agreement is made between {employer} (the Employer) and {name}, born on "
        "{birth} (the Employee), and sets out the terms on which the Employee is employed.",
        [
            "1. Position. The Employee is employed as {job} and reports to the Head of Engineering.",
            "2. Commencement. Employment begins on {start}. The first three months are a probationary period.",
            "3. Salary. The Employer shall pay a gross annual salary of £{salary}0, payable monthly in arrears.",
            "4. Hours and leave. Normal working hours are 37.5 per week. The Employee is entitled to 28 days' paid holiday.",
            "5. Governing law. This agreement is governed by the laws of England and Wales.",
        ],
        "Signed on {signed} by both parties.",
    ),
    "fr": (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "FR",
        "fr-fr",
        "Entre les soussignés: la société {employer}, "
        "représentée par sa directrice générale, ci-après dénommée l'employeur, et {name}, né(e) le {birth}, ci-après "
        "dénommé(e) le salarié, il a été convenu ce qui suit.",
        [
            "Article 1 - Engagement. Le salarié est engagé en qualité de {job}, statut cadre, à compter du {start}.",
            "Article 2 - Période d'essai. Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de trois mois.",
            "Article 3 - Rémunération. Le salarié percevra une rémunération mensuelle brute de {salary} euros sur douze mois.",
            "Article 4 - Durée du travail. La durée hebdomadaire de travail est fixée à 35 heures.",
            "Article 5 - Convention collective. Le contrat est régi par la convention collective Syntec.",
        ],
        "Fait en deux exemplaires originaux, à Lyon, le {signed}.",
    ),
    "de": (
        "ARBEITSVERTRAG",
        "DE",
        "de",
        "Zwischen der {employer}, vertreten durch die Geschäftsführung, nachfolgend "
        "Arbeitgeber genannt, und {name}, geboren am {birth}, nachfolgend Arbeitnehmer genannt, wird folgender "
        "Arbeitsvertrag geschlossen.",
        [
            "§ 1 Beginn und Tätigkeit. Das Arbeitsverhältnis beginnt am {start}. Der Arbeitnehmer wird als {job} eingestellt.",
            "§ 2 Probezeit. Die ersten sechs Monate gelten als Probezeit, während der das Arbeitsverhältnis mit einer Frist "
            "von zwei Wochen gekündigt werden kann.",
            "§ 3 Vergütung. Der Arbeitnehmer erhält ein monatliches Bruttogehalt von {salary} Euro.",
            "§ 4 Arbeitszeit und Urlaub. Die regelmäßige Arbeitszeit beträgt 40 Stunden wöchentlich; der Urlaub beträgt 30 Arbeitstage.",
            "§ 5 Schlussbestimmungen. Änderungen dieses Vertrages bedürfen der Schriftform.",
        ],
        "Köln, den {signed}",
    ),
    "es": (
        "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO",
        "ES",
        "es",
        "De una parte, {employer}, y de otra, {name}, nacido/a "
        "el {birth}, ambas partes se reconocen capacidad legal suficiente para suscribir el presente contrato de trabajo.",
        [
            "PRIMERA. El/la trabajador/a prestará sus servicios como {job} en el centro de trabajo de Valencia.",
            "SEGUNDA. La duración del contrato será indefinida, iniciándose la relación laboral el {start}.",
            "TERCERA. Se establece un periodo de prueba de seis meses.",
            "CUARTA. El/la trabajador/a percibirá una retribución bruta mensual de {salary} euros, en catorce pagas.",
            "QUINTA. La jornada de trabajo será de cuarenta horas semanales, de lunes a viernes.",
        ],
        "Y en prueba de conformidad, firman el presente contrato en Valencia, a {signed}.",
    ),
    "pt": (
        "CONTRATO DE TRABALHO",
        "PT",
        "pt",
        "Entre {employer}, doravante designada por Primeira Outorgante, e {name}, "
        "nascido(a) em {birth}, doravante designado(a) por Segundo(a) Outorgante, é celebrado o presente contrato de "
        "trabalho, que se rege pelas cláusulas seguintes.",
        [
            "Cláusula 1.ª O(A) Segundo(a) Outorgante é admitido(a) para exercer as funções de {job}.",
            "Cláusula 2.ª O contrato tem início em {start} e é celebrado por tempo indeterminado.",
            "Cláusula 3.ª O período experimental é de cento e oitenta dias.",
            "Cláusula 4.ª A retribuição mensal ilíquida é de {salary} euros, paga catorze vezes por ano.",
            "Cláusula 5.ª O período normal de trabalho é de quarenta horas semanais.",
        ],
        "Lisboa, {signed}.",
    ),
    "tr": (
        "İŞ SÖZLEŞMESİ",
        "TR",
        "tr",
        "Bir tarafta {employer} (bundan sonra işveren olarak anılacaktır) ile diğer tarafta "
        "{name} (doğum tarihi {birth}; bundan sonra işçi olarak anılacaktır) arasında aşağıdaki şartlarla belirsiz süreli "
        "iş sözleşmesi akdedilmiştir.",
        [
            "Madde 1 - İşçi, işverenin İstanbul'daki işyerinde {job} olarak çalışacaktır.",
            "Madde 2 - Sözleşme {start} tarihinde yürürlüğe girer. Deneme süresi iki aydır.",
            "Madde 3 - İşçiye aylık brüt {salary} TL ücret ödenir.",
            "Madde 4 - Haftalık çalışma süresi 45 saattir. Yıllık ücretli izin İş Kanunu hükümlerine göre kullanılır.",
            "Madde 5 - Bu sözleşmede hüküm bulunmayan hallerde 4857 sayılı İş Kanunu uygulanır.",
        ],
        "İşbu sözleşme iki nüsha olarak {signed} tarihinde imza altına alınmıştır.",
    ),
    "ru": (
        "ТРУДОВОЙ ДОГОВОР",
        "RU",
        "ru",
        "Общество с ограниченной ответственностью «Вектор», именуемое в дальнейшем "
        "«Работодатель», с одной стороны, и {name}, {birth} года рождения, именуемый(ая) в дальнейшем «Работник», с другой "
        "стороны, заключили настоящий трудовой договор о нижеследующем.",
        [
            "1. Работник принимается на должность {job} в отдел разработки.",
            "2. Договор заключается на неопределённый срок. Дата начала работы: {start}.",
            "3. Работнику устанавливается испытательный срок продолжительностью три месяца.",
            "4. Работнику устанавливается должностной оклад в размере {salary}0 рублей в месяц.",
            "5. Работнику предоставляется ежегодный оплачиваемый отпуск продолжительностью 28 календарных дней.",
        ],
        "Договор составлен в двух экземплярах. Дата подписания: {signed}.",
    ),
}
EMPLOYERS = {
    "nl": "Noordkade Logistics B.V.",
    "en": "Harbourside Analytics Ltd",
    "fr": "Atelier Rhône Numérique SAS",
    "de": "Rheinwerk Messtechnik GmbH",
    "es": "Distribuciones Levante S.L.",
    "pt": "Tejo Software, Lda.",
    "tr": "Marmara Lojistik A.Ş.",
    "ru": "ООО «Вектор»",
}


def contract_doc(c: Ctx, lang: str) -> Draft:
    title, country, culture, intro, arts, closing = CONTRACTS[lang]
    r = c.rng
    p = person(r, culture, sex=c.sex)
    name = f"{p.surname} {p.given}" if lang == "ru" else p.full
    fill = dict(
        employer=EMPLOYERS[lang],
        name=name,
        birth=num_date(p.birth),
        job=r.choice(["Data Engineer", "Software Developer", "Logistics Planner"]),
        start=num_date(after(c.issue, r, 20, 60)),
        salary=f"{r.randint(42, 68)}00",
        signed=num_date(c.issue),
    )
    lines = [f"^# {title}", "", intro.format(**fill), ""]
    for a in arts:
        lines += [a.format(**fill), ""]
    lines += [closing.format(**fill), "~SIG", f"{EMPLOYERS[lang]}\t\t{name}"]
    fam = "dejavu" if lang in ("ru", "tr") else "serif" if c.variant % 2 else "sans"
    return Draft(lang, "employment-contract", country, title, [lines], None, None, family=fam, tabs_mm=(100.0, 110.0))


def employer_declaration(c: Ctx, lang: str) -> Draft:
    r = c.rng
    if lang == "nl":
        p = person(r, "nl-sr", sex=c.sex)
        lines = [
            "## Noordkade Logistics B.V.",
            "Havenstraat 112, 3011 AB Rotterdam",
            "",
            "^# WERKGEVERSVERKLARING",
            "---",
            f"Ondergetekende, mevrouw {person(r, 'nl').full}, HR-manager van Noordkade Logistics B.V., verklaart dat "
            f"{p.full}, geboren op {num_date(p.birth, '-')}, sinds {num_date(after(c.issue, r, -900, -200), '-')} bij "
            "ons in dienst is in de functie van Logistics Planner, op basis van een arbeidsovereenkomst voor onbepaalde tijd.",
            "",
            f"Het bruto maandsalaris bedraagt € {r.randint(38, 62)}00,00 exclusief 8% vakantietoeslag. De werknemer "
            "verkeert niet in een proeftijd en er is geen voornemen het dienstverband te beëindigen.",
            "",
            f"Aldus naar waarheid opgemaakt te Rotterdam op {long_date(c.issue, 'nl')}.",
            "~SIG",
            "HR-manager",
        ]
        return Draft(
            "nl",
            "employer-declaration",
            "NL",
            "WERKGEVERSVERKLARING",
            [lines],
            c.issue,
            "opgemaakt te X op D maand YYYY",
        )
    p = person(r, "en-in", sex=c.sex)
    lines = [
        "## Rheinwerk Messtechnik GmbH",
        "Industriestraße 21, 50735 Köln",
        "",
        "^# ARBEITGEBERBESCHEINIGUNG",
        "---",
        f"Hiermit bestätigen wir, dass {p.full}, geboren am {num_date(p.birth)}, seit dem "
        f"{num_date(after(c.issue, r, -900, -200))} in unserem Unternehmen als Softwareentwickler(in) in Vollzeit "
        "unbefristet beschäftigt ist.",
        "",
        f"Das monatliche Bruttogehalt beträgt {r.randint(45, 70)}00,00 Euro. Das Arbeitsverhältnis ist ungekündigt.",
        "",
        f"Köln, den {num_date(c.issue)}",
        "~SIG",
        "Personalabteilung",
    ]
    return Draft(
        "de", "employer-declaration", "DE", "ARBEITGEBERBESCHEINIGUNG", [lines], c.issue, "Köln, den TT.MM.JJJJ"
    )


def diploma_doc(c: Ctx, lang: str) -> Draft:
    r = c.rng
    if lang == "en":
        p = person(r, "en-in", sex=c.sex)
        lines = [
            "^## UNIVERSITY OF MUMBAI",
            "",
            "^This is to certify that",
            "",
            f"^# {p.full}",
            "",
            "^having fulfilled the requirements prescribed by the University and having passed the examination held "
            f"in May {c.issue.year}, has been admitted to the degree of",
            "",
            "^# BACHELOR OF ENGINEERING",
            "^(Computer Engineering)",
            "^with First Class with Distinction",
            "",
            f"^Given under the seal of the University on {long_date(c.issue, 'en')}",
            "~SIG",
            "^Vice-Chancellor",
            f"Seat No. {digits(r, 7)}\tRegistration No. {digits(r, 4)}/{c.issue.year - 4}",
        ]
        return Draft("en", "diploma", "IN", "BACHELOR OF ENGINEERING", [lines], None, None, family="serif")
    if lang == "es":
        p = person(r, "es", "es-CO", c.sex)
        lines = [
            "^REPÚBLICA DE COLOMBIA",
            "^## UNIVERSIDAD NACIONAL DE COLOMBIA",
            "",
            "^En nombre de la República de Colombia",
            "^y por autorización del Ministerio de Educación Nacional",
            "^confiere a",
            "",
            f"^# {p.full}",
            "",
            "^el título de",
            "^# INGENIERA DE SISTEMAS Y COMPUTACIÓN" if p.sex == "F" else "^# INGENIERO DE SISTEMAS Y COMPUTACIÓN",
            "",
            "^por haber cumplido con los requisitos académicos exigidos por la Universidad.",
            "",
            f"^Dado en Bogotá D.C., a {long_date(c.issue, 'es')}",
            "~SIG",
            "^Rector",
            f"Registro de diploma n.º {digits(r, 6)}",
        ]
        return Draft("es", "diploma", "CO", "TÍTULO (Ingeniero/a de Sistemas)", [lines], None, None, family="serif")
    if lang == "fr":
        p = person(r, "fr-ma", sex=c.sex)
        lines = [
            "^ROYAUME DU MAROC",
            "^Université Hassan II de Casablanca",
            "",
            "^# DIPLÔME DE MASTER",
            "",
            f"^Vu le dossier de {p.full}, {'née' if p.sex == 'F' else 'né'} le {num_date(p.birth, '/')} à {p.place},",
            "^et les résultats des examens, le diplôme de Master spécialité Génie logiciel",
            "^est délivré à l'intéressé(e)",
            "^avec la mention Bien.",
            "",
            f"^Fait à Casablanca, le {num_date(c.issue, '/')}",
            "~SIG",
            "^Le Président de l'Université",
        ]
        return Draft("fr", "diploma", "MA", "DIPLÔME DE MASTER", [lines], None, None, family="serif")
    p = person(r, "de", sex=c.sex)
    lines = [
        "^## Technische Universität Dresden",
        "",
        "^# ZEUGNIS ÜBER DIE BACHELORPRÜFUNG",
        "",
        f"^{p.full}",
        f"^geboren am {num_date(p.birth)} in {p.place}",
        "",
        "^hat die Bachelorprüfung im Studiengang Informatik mit der Gesamtnote",
        "^gut (1,8)",
        "^bestanden.",
        "",
        "Thema der Bachelorarbeit: Robuste Texterkennung in gescannten Verwaltungsdokumenten",
        "",
        f"Dresden, den {num_date(c.issue)}",
        "~SIG",
        "Vorsitzende des Prüfungsausschusses",
    ]
    return Draft("de", "diploma", "DE", "ZEUGNIS ÜBER DIE BACHELORPRÜFUNG", [lines], None, None, family="serif")


def ar_bank(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "ar", "ar-EG", c.sex)
    start = dt.date(c.issue.year, c.issue.month, 1)
    bal = r.randint(20000, 90000)
    lines = [
        "## البنك الأهلي المتحد",
        "",
        "# كشف حساب",
        "",
        f"اسم العميل:\t{p.full}",
        f"رقم الحساب:\t{digits(r, 12)}",
        f"الفترة:\t{_ar_num(start)} - {_ar_num(start.replace(day=28))}",
        "---",
        f"الرصيد الافتتاحي\t\t{bal:,}",
    ]
    for i, op in enumerate(
        ["راتب شهري", "سحب نقدي من الصراف الآلي", "دفع فاتورة الكهرباء", "تحويل إلى حساب آخر", "شراء بالبطاقة"]
    ):
        amount = r.randint(15000, 30000) if i == 0 else -r.randint(300, 6000)
        bal += amount
        lines.append(f"{_ar_num(start + dt.timedelta(days=2 + 5 * i))}  {op}\t\t{amount:+,}")
    lines += [
        "---",
        f"## الرصيد الختامي\t\t{bal:,}",
        "",
        "يرجى مراجعة هذا الكشف وإبلاغ البنك بأي ملاحظات خلال خمسة عشر يوما من تاريخه، وإلا اعتبر صحيحا.",
    ]
    return Draft(
        "ar",
        "bank-statement",
        "EG",
        "كشف حساب",
        [lines],
        None,
        None,
        family="ar",
        rtl=True,
        size_pt=12,
        tabs_mm=(95.0, 135.0),
    )


def zh_bank(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "zh", "zh", c.sex)
    start = dt.date(c.issue.year, c.issue.month, 1)
    bal = r.randint(20000, 90000) + 0.5
    lines = [
        "## 中国建设银行",
        "",
        "# 个人活期账户交易明细",
        "",
        f"户名：\t{p.surname}{p.given}",
        f"账号：\t6217 {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",
        f"起止日期：\t{start.isoformat()} 至 {start.replace(day=28).isoformat()}",
        "---",
        f"期初余额\t\t{bal:,.2f}",
    ]
    for i, op in enumerate(
        ["工资 北京数据科技有限公司", "房租 转账", "超市消费 北京华联", "水电燃气费", "转入定期存款"]
    ):
        amount = r.randint(15000, 30000) if i == 0 else -r.randint(300, 6000)
        bal += amount
        lines.append(f"{(start + dt.timedelta(days=2 + 5 * i)).isoformat()}  {op}\t\t{amount:+,.2f}")
    lines += ["---", f"## 期末余额\t\t{bal:,.2f}", "", "本明细仅供参考，如有疑问请致电客户服务热线或到当地网点查询。"]
    return Draft(
        "zh", "bank-statement", "CN", "个人活期账户交易明细", [lines], None, None, family="zh", tabs_mm=(95.0, 135.0)
    )


def zh_contract(c: Ctx) -> Draft:
    r, p = c.rng, person(c.rng, "zh", "zh", c.sex)
    lines = [
        "^# 劳动合同书",
        "",
        "甲方（用人单位）：北京数据科技有限公司",
        f"乙方（劳动者）：{p.surname}{p.given}",
        f"身份证号码：110108{p.birth.strftime('%Y%m%d')}{digits(r, 4)}",
        "",
        "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规的规定，甲乙双方遵循合法、公平、平等自愿、协商一致、诚实信用的原则，签订本合同。",
        "",
        f"第一条 合同期限：本合同为无固定期限劳动合同，自{c.issue.year}年{c.issue.month}月1日起履行。",
        "第二条 工作内容：乙方同意根据甲方工作需要，担任软件工程师岗位工作。",
        f"第三条 劳动报酬：甲方每月以货币形式支付乙方工资，月工资为人民币{r.randint(18, 35)}000元。",
        "第四条 工作时间：甲方安排乙方执行标准工时制度，每日工作八小时，每周工作四十小时。",
        "第五条 社会保险：甲乙双方应依法参加社会保险，按时缴纳各项社会保险费。",
        "",
        f"签订日期：{c.issue.year}年{c.issue.month}月{c.issue.day}日",
        "~SIG",
        "甲方（盖章）\t\t乙方（签字）",
        "~STAMP 北京数据科技有限公司|合同专用章",
    ]
    return Draft(
        "zh", "employment-contract", "CN", "劳动合同书", [lines], None, None, family="zh", tabs_mm=(100.0, 110.0)
    )


def municipal_letter(c: Ctx, lang: str) -> Draft:
    """A letter about documents that names the apostille without carrying one."""
    r = c.rng
    if lang == "nl":
        p = person(r, "nl-sr", sex=c.sex)
        lines = [
            "## Gemeente Rotterdam",
            "Cluster Publiekszaken, Postbus 70012, 3000 KP Rotterdam",
            "",
            f"Aan: {p.full}",
            f"Datum: {long_date(c.issue, 'nl')}",
            f"Kenmerk: PZ/{digits(r, 6)}",
            "",
            "## Onderwerp: ontbrekende documenten inschrijving",
            "",
            f"Geachte heer/mevrouw {p.surname},",
            "",
            "Voor uw inschrijving in de Basisregistratie Personen hebben wij een buitenlandse geboorteakte nodig. "
            "Deze akte moet voorzien zijn van een apostille (Verdrag van 's-Gravenhage van 5 oktober 1961) of "
            "gelegaliseerd zijn door het land van afgifte en de Nederlandse ambassade.",
            "",
            "Is de akte niet in het Nederlands, Engels, Frans of Duits opgesteld, dan moet u ook een vertaling door "
            "een beëdigd vertaler meesturen. Wij verzoeken u de documenten binnen vier weken aan te leveren.",
            "",
            "Met vriendelijke groet,",
            "~SIG",
            "Team Burgerzaken",
        ]
        return Draft("nl", "other", "NL", "(letter) Onderwerp: ontbrekende documenten", [lines], None, None)
    p = person(r, "en-ng", sex=c.sex)
    lines = [
        "## University of Groningen - International Service Desk",
        "",
        f"Dear {p.full},",
        "",
        "## Documents needed for your residence permit application",
        "",
        "Before we can file your application with the IND, please send us the following documents:",
        "",
        "1. A copy of the personal data page of your passport.",
        "2. Your birth certificate with an Apostille (Hague Convention of 5 October 1961) or, for countries that are "
        "not party to the Convention, legalised by the Ministry of Foreign Affairs and the Dutch embassy.",
        "3. Proof of sufficient financial means, such as a bank statement in your name.",
        "",
        "Certified copies are not sufficient: the apostille or legalisation stamp must be on the document itself or "
        "attached to it.",
        "",
        "Kind regards,",
        "~SIG",
        "International Service Desk",
        f"Groningen, {long_date(c.issue, 'en')}",
    ]
    return Draft(
        "en", "other", "NL", "(letter) Documents needed for your residence permit application", [lines], None, None
    )


# --- Sworn translations -----------------------------------------------------------

SOURCE_LANG = {
    "es": ("Spaans", "Spanish", "Spaanse"),
    "pt": ("Portugees", "Portuguese", "Portugese"),
    "tr": ("Turks", "Turkish", "Turkse"),
    "ru": ("Russisch", "Russian", "Russische"),
    "ar": ("Arabisch", "Arabic", "Arabische"),
    "zh": ("Chinees", "Chinese", "Chinese"),
}


#: The certifying paragraph every rendered document carries, as translators render it.
BODY_EN = (
    "The undersigned officer certifies that the above particulars agree with the entry in the register kept "
    "at this office, that the entry has not been amended or annulled, and that this document is issued at the "
    "request of the person concerned for use abroad."
)
BODY_NL = (
    "De ondergetekende ambtenaar verklaart dat de bovenstaande gegevens overeenstemmen met de inschrijving in "
    "het register dat bij deze dienst wordt bewaard, dat deze inschrijving niet is gewijzigd of vernietigd, en "
    "dat dit document op verzoek van de betrokkene is afgegeven voor gebruik in het buitenland."
)


def translation(orig: Draft, style: str, c: Ctx) -> Draft:
    """A sworn translation of ``orig`` (which carries a ``record``): the
    translator renders the content and adds a dated, stamped declaration.
    ``style``: "nl" / "en" (a sworn translator registered in the Netherlands,
    Wbtv/Rbtv), "en-es" / "en-pt" (a sworn translator abroad, declaration in
    the translator's own language: a translation made abroad)."""
    rec, r = orig.record, c.rng
    src_nl, src_en, src_adj = SOURCE_LANG[rec["source"]]
    tr_name = person(r, "nl").full if style in ("nl", "en") else person(r, style[-2:]).full
    rbtv = digits(r, 5)
    if style == "nl":
        lines = [
            "^# BEËDIGDE VERTALING",
            f"^uit het {src_nl} in het Nederlands",
            "---",
            f"[Vertaling van een document opgesteld in de {src_adj} taal]",
            "",
            f"^## {rec['title_nl']}",
            "",
        ]
        lines += [f"{nl}:\t{v}" for _, nl, v in rec["fields"]]
        lines += [
            "",
            BODY_NL,
            "[Kantmeldingen: geen]",
            "",
            rec["issued_nl"],
            "[Handtekening onleesbaar]",
            "[Stempel van de afgevende instantie]",
            "---",
            "## Verklaring van de vertaler",
            f"Ondergetekende, {tr_name}, beëdigd vertaler {src_nl}-Nederlands, ingeschreven in het Register "
            f"beëdigde tolken en vertalers (Rbtv) onder nummer {rbtv}, verklaart hierbij dat het voorgaande een "
            f"getrouwe en volledige vertaling is van het aan hem/haar ter vertaling aangeboden document in de "
            f"{src_adj} taal.",
            "",
            f"Amsterdam, {long_date(c.issue, 'nl')}",
            "~SIG",
            f"~STAMP BEËDIGD VERTALER|{tr_name.upper()}|RBTV {rbtv}",
        ]
        lang = "nl"
    elif style == "en":
        lines = [
            "^# SWORN TRANSLATION",
            f"^from {src_en} into English",
            "---",
            f"[Translation of a document drawn up in the {src_en} language]",
            "",
            f"^## {rec['title_en']}",
            "",
        ]
        lines += [f"{en}:\t{v}" for en, _, v in rec["fields"]]
        lines += [
            "",
            BODY_EN,
            "[Marginal notes: none]",
            "",
            rec["issued_en"],
            "[Illegible signature]",
            "[Seal of the issuing authority]",
            "---",
            "## Translator's statement",
            f"I, the undersigned, {tr_name}, sworn translator for the {src_en} and English languages, registered in "
            f"the Dutch Register of Sworn Interpreters and Translators (Rbtv) under number {rbtv}, hereby declare "
            f"that the above is a true and complete translation into English of the attached document in the "
            f"{src_en} language.",
            "",
            f"Utrecht, {long_date(c.issue, 'en')}",
            "~SIG",
            f"~STAMP SWORN TRANSLATOR|{tr_name.upper()}|RBTV {rbtv}",
        ]
        lang = "en"
    elif style == "en-es":
        lines = ["^# TRANSLATION", "---", f"^## {rec['title_en']}", ""]
        lines += [f"{en}:\t{v}" for en, _, v in rec["fields"]]
        lines += [
            "",
            BODY_EN,
            "[Marginal notes: none]",
            "",
            rec["issued_en"],
            "[Signature]",
            "[Stamp: Civil Registry]",
            "---",
            f"Doña {tr_name}, Traductora-Intérprete Jurada de inglés nombrada por el Ministerio de Asuntos "
            f"Exteriores, Unión Europea y Cooperación, certifica que la que antecede es traducción fiel y completa "
            f"al inglés de un documento redactado en español.",
            "",
            f"En Valencia, a {long_date(c.issue, 'es')}.",
            "~SIG",
            f"~STAMP TRADUCTORA-INTÉRPRETE JURADA|{tr_name.upper()}|Nº {rbtv}",
        ]
        lang = "en"
    elif style == "en-pt":
        lines = [
            "^# TRANSLATION",
            f"^Book {digits(r, 3)}, page {digits(r, 3)}, translation no. {digits(r, 5)}",
            "---",
            f"^## {rec['title_en']}",
            "",
        ]
        lines += [f"{en}:\t{v}" for en, _, v in rec["fields"]]
        lines += [
            "",
            BODY_EN,
            "[Marginal notes: none]",
            "",
            rec["issued_en"],
            "[Signature]",
            "[Seal of the Civil Registry]",
            "---",
            f"Eu, {tr_name}, Tradutora Pública e Intérprete Comercial do idioma inglês, matriculada na Junta "
            f"Comercial do Estado de São Paulo sob o n.º {rbtv}, certifico que a presente tradução é fiel ao "
            f"documento original que me foi apresentado, redigido em português.",
            "",
            f"São Paulo, {long_date(c.issue, 'pt')}.",
            "~SIG",
            f"~STAMP TRADUTORA PÚBLICA|{tr_name.upper()}|JUCESP {rbtv}",
        ]
        lang = "en"
    else:
        raise ValueError(style)
    return Draft(
        lang,
        "translation",
        "NL" if style in ("nl", "en") else style[-2:].upper(),
        lines[0].lstrip("^# "),
        [lines],
        None,
        None,
        tabs_mm=(70.0, 125.0),
        size_pt=10,
    )


# ===========================================================================
# Passports
# ===========================================================================

#: code, header lines (own language first), nationality as printed, people, personal number kind, number pattern
PASSPORT_STATES = [
    ("TUR", ["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"], "T.C.", "tr", "11", "U########"),
    ("IND", ["REPUBLIC OF INDIA"], "INDIAN", "en-in", "", "L#######"),
    ("CHN", ["中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA"], "中国 / CHINESE", "zh", "", "EL#######"),
    ("BRA", ["REPÚBLICA FEDERATIVA DO BRASIL"], "BRASILEIRO(A)", "pt", "", "LL######"),
    ("MEX", ["ESTADOS UNIDOS MEXICANOS"], "MEXICANA", "es", "", "G########"),
    ("NGA", ["FEDERAL REPUBLIC OF NIGERIA"], "NIGERIAN", "en-ng", "", "A########"),
    ("EGY", ["ARAB REPUBLIC OF EGYPT"], "EGYPTIAN", "ar", "14", "A########"),
    (
        "RUS",
        ["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "RUSSIAN FEDERATION"],
        "РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION",
        "ru",
        "",
        "#########",
    ),
    ("PHL", ["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"], "FILIPINO", "en-ph", "", "P#######L"),
    ("MAR", ["ROYAUME DU MAROC", "KINGDOM OF MOROCCO"], "MAROCAINE", "fr-ma", "", "LL#######"),
    ("USA", ["UNITED STATES OF AMERICA"], "UNITED STATES OF AMERICA", "en-us", "", "#########"),
    ("ZAF", ["REPUBLIC OF SOUTH AFRICA"], "SOUTH AFRICAN", "en-za", "13", "A########"),
    ("KEN", ["REPUBLIC OF KENYA"], "KENYAN", "en-ke", "", "AK#######"),
    ("COL", ["REPÚBLICA DE COLOMBIA"], "COLOMBIANA", "es", "10", "AV#######"),
    ("D", ["BUNDESREPUBLIK DEUTSCHLAND", "FEDERAL REPUBLIC OF GERMANY"], "DEUTSCH", "de", "", "CLLLL####"),
    ("UTO", ["REPUBLIC OF UTOPIA"], "UTOPIAN", "en-uk", "", "LL#######"),
    ("TUN", ["RÉPUBLIQUE TUNISIENNE"], "TUNISIENNE", "fr-tn", "8", "L#######"),
]


def _pattern(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice("0123456789") if ch == "#" else rng.choice("CFGHJKLMNPRTVWXYZ") if ch == "L" else ch
        for ch in pattern
    )


def mrz_for(p: dict) -> tuple[str, str]:
    """The two TD3 lines (ICAO 9303), check digits included; ``p["bad_check"]``
    names a check digit to get wrong on purpose."""
    ck = gen._mrz_check
    state = p["state"].ljust(3, "<")
    names = (p["mrz_surname"] + "<<" + p["mrz_given"]).ljust(39, "<")[:39]
    line1 = "P<" + state + names
    number = p["number"].ljust(9, "<")
    personal = p["personal"].ljust(14, "<")
    digits_ = {
        "document_number": ck(number),
        "birth_date": ck(p["dob"]),
        "expiry_date": ck(p["exp"]),
        "personal_number": ck(personal) if p["personal"] else "<",
    }
    bad = p.get("bad_check")
    if bad in digits_ and bad != "composite":
        digits_[bad] = str((int(digits_[bad]) + 1 + len(p["number"]) % 7) % 10)
    comp_field = (
        number
        + digits_["document_number"]
        + p["dob"]
        + digits_["birth_date"]
        + p["exp"]
        + digits_["expiry_date"]
        + personal
        + digits_["personal_number"]
    )
    composite = ck(comp_field)
    if bad == "composite":
        composite = str((int(composite) + 3) % 10)
    line2 = (
        number
        + digits_["document_number"]
        + state
        + p["dob"]
        + digits_["birth_date"]
        + p["sex"]
        + p["exp"]
        + digits_["expiry_date"]
        + personal
        + digits_["personal_number"]
        + composite
    )
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return line1, line2


_RL_FONTS: dict[str, str] = {}


def _rl_font(name: str) -> str:
    """Register a TTF with reportlab once; returns the name to draw with (Helvetica if unavailable)."""
    if name in _RL_FONTS:
        return _RL_FONTS[name]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "DejaVu": "dejavu",
        "DejaVu-Bold": "dejavu-bold",
        "MonoMRZ": "mono-bold",
        "DejaVuMono-Bold": None,
        "CJK": "zh",
    }
    try:
        if name == "DejaVuMono-Bold":
            path = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
        else:
            path = font_file(files[name])
        if name == "CJK":
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(name, path))
        _RL_FONTS[name] = name
    except Exception:  # noqa: BLE001 - a missing font only makes the specimen plainer
        _RL_FONTS[name] = "Helvetica"
    return _RL_FONTS[name]


def draw_passport(p: dict):
    """A reportlab ``draw`` callback painting the data page (ID-3, 125 x 88 mm)
    of passport ``p`` on an A4, modelled on samples/generate.py's specimen."""
    MM = gen.MM

    def draw(c, width, height):
        pw, ph = 125 * MM, 88 * MM
        x0, y0 = (width - pw) / 2 + p["dx_mm"] * MM, height - p["top_mm"] * MM - ph
        c.setFillColorRGB(*p["tint"])
        c.setStrokeColorRGB(0.35, 0.4, 0.5)
        c.setLineWidth(0.8)
        c.roundRect(x0, y0, pw, ph, 3 * MM, stroke=1, fill=1)
        c.setStrokeColorRGB(0.8, 0.84, 0.9)
        c.setLineWidth(0.3)
        for i in range(16):
            yy = y0 + 24 * MM + i * 3.5 * MM
            c.bezier(x0 + 3 * MM, yy, x0 + 40 * MM, yy + 7 * MM, x0 + 85 * MM, yy - 7 * MM, x0 + pw - 3 * MM, yy)
        gen._draw_photo(c, x0 + 6 * MM, y0 + 24 * MM, 32 * MM, 42 * MM)
        c.setFillColorRGB(0.1, 0.15, 0.3)
        head_font = _rl_font("CJK") if p["state"] == "CHN" else _rl_font("DejaVu-Bold")
        c.setFont(head_font, 9.5)
        c.drawString(x0 + 6 * MM, y0 + ph - 7 * MM, p["header"][0])
        if len(p["header"]) > 1:
            c.setFont(_rl_font("DejaVu-Bold"), 8)
            c.drawString(x0 + 6 * MM, y0 + ph - 11 * MM, p["header"][1])
        c.setFont(_rl_font("DejaVu"), 7)
        c.drawString(x0 + 6 * MM, y0 + ph - 14.5 * MM, p["doc_label"])
        fields = [
            ("Type / Type", "P", "Code", p["state"], "Passport No.", p["number"]),
            ("Surname / Nom", p["viz_surname"], None, None, None, None),
            ("Given names / Prénoms", p["viz_given"], None, None, None, None),
            ("Nationality / Nationalité", p["nationality"], None, None, None, None),
            ("Date of birth / Date de naissance", p["viz_dob"], "Sex / Sexe", p["sex"], None, None),
            ("Place of birth / Lieu de naissance", p["place"], None, None, None, None),
            (
                "Date of issue / Date de délivrance",
                p["viz_issue"],
                "Date of expiry / Date d'expiration",
                p["viz_exp"],
                None,
                None,
            ),
            ("Authority / Autorité", p["authority"], None, None, None, None),
        ]
        fx, fy = x0 + 44 * MM, y0 + ph - 19 * MM
        viz = _rl_font("CJK") if p["state"] == "CHN" else _rl_font("DejaVu-Bold")
        for label, value, l2, v2, l3, v3 in fields:
            c.setFillColorRGB(0.25, 0.3, 0.4)
            c.setFont(_rl_font("DejaVu"), 5.6)
            c.drawString(fx, fy + 3.2 * MM, label)
            if l2:
                c.drawString(fx + 38 * MM, fy + 3.2 * MM, l2)
            if l3:
                c.drawString(fx + 52 * MM, fy + 3.2 * MM, l3)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(viz, 8.8)
            c.drawString(fx, fy, value)
            if v2:
                c.drawString(fx + 38 * MM, fy, v2)
            if v3:
                c.drawString(fx + 52 * MM, fy, v3)
            fy -= 6.0 * MM
        l1, l2 = p["mrz"]
        c.setFillColorRGB(0.97, 0.98, 0.99)
        c.rect(x0 + 2 * MM, y0 + 2.5 * MM, pw - 4 * MM, 16 * MM, stroke=0, fill=1)
        if p["mrz_font"] == "ocrb":
            return  # drawn on the rendered image (draw_ocrb_mrz): reportlab cannot embed the CFF font
        c.setFillColorRGB(0, 0, 0)
        mfont = {"courier": "Courier-Bold", "dejavu": _rl_font("DejaVuMono-Bold"), "liberation": _rl_font("MonoMRZ")}[
            p["mrz_font"]
        ]
        c.setFont(mfont, 10.6 if p["mrz_font"] == "courier" else 10.2)
        c.drawString(x0 + 4 * MM, y0 + 11.5 * MM, l1)
        c.drawString(x0 + 4 * MM, y0 + 5 * MM, l2)

    return draw


OCRB_FONT = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"  # Debian fonts-ocr-b: the typeface of real MRZs


def draw_ocrb_mrz(img: Image.Image, p: dict, dpi: float) -> Image.Image:
    """The two MRZ lines in OCR-B at the standard pitch (10 characters per
    inch: 44 characters span 112 mm), where draw_passport left room for them."""
    from reportlab.lib.pagesizes import A4

    MM = gen.MM
    pw, ph = 125 * MM, 88 * MM
    x0, y0 = (A4[0] - pw) / 2 + p["dx_mm"] * MM, A4[1] - p["top_mm"] * MM - ph
    scale = dpi / 72
    probe = ImageFont.truetype(OCRB_FONT, 200)
    size = 200 * (2.54 / 25.4 * dpi) / probe.getlength("<")
    f = ImageFont.truetype(OCRB_FONT, max(8, int(round(size))))
    d = ImageDraw.Draw(img)
    for line, base_mm in zip(p["mrz"], (11.8, 4.8), strict=False):
        x, y = (x0 + 6.5 * MM) * scale, (A4[1] - (y0 + base_mm * MM)) * scale
        for k, ch in enumerate(line):  # fixed pitch, whatever the font's own advance
            d.text((x + k * 2.54 / 25.4 * dpi, y), ch, font=f, fill=(0, 0, 0), anchor="ls")
    return img


def make_passport(rng: random.Random, i: int, quality: str, bad_check: str | None) -> dict:
    state, header, nationality, culture, personal_kind, pattern = PASSPORT_STATES[i % len(PASSPORT_STATES)]
    pe = person(rng, culture, sex=rng.choice("FM"), born=(1965, 2004))
    surname = pe.latin_surname if culture in ("ru", "ar", "zh") else pe.surname
    given = pe.latin_given if culture in ("ru", "ar", "zh") else pe.given
    if rng.random() < 0.25 and culture not in ("zh",):  # a second given name
        given += " " + rng.choice(
            [_split(n)[1] for n in PEOPLE[culture][0 if pe.sex == "F" else 1] if _split(n)[1] not in given]
        )
    mrz_sur, mrz_given = latin(surname), latin(given)
    # expiry: mostly valid for years, some expired, some within six months
    kind = rng.choices(["valid", "expired", "soon"], weights=[7, 2, 1])[0]
    if kind == "valid":
        exp = dt.date(rng.randint(2027, 2035), rng.randint(1, 12), rng.randint(1, 28))
        if exp < SUBMISSION + dt.timedelta(days=200):
            exp = SUBMISSION + dt.timedelta(days=400)
    elif kind == "expired":
        exp = SUBMISSION - dt.timedelta(days=rng.randint(20, 700))
    else:
        exp = SUBMISSION + dt.timedelta(days=rng.randint(20, 170))
    issue = exp.replace(year=exp.year - 10)
    personal = digits(rng, int(personal_kind)) if personal_kind else ""
    fmt_viz = (
        (lambda d: f"{d.day:02d} {d.strftime('%b').upper()} {d.year}")
        if rng.random() < 0.6
        else (lambda d: num_date(d))
    )
    p = dict(
        state=state,
        header=header,
        nationality=nationality,
        number=_pattern(rng, pattern),
        personal=personal,
        mrz_surname=mrz_sur,
        mrz_given=mrz_given,
        viz_surname=(pe.surname if culture == "zh" else surname).upper(),
        viz_given=(pe.given if culture == "zh" else given).upper(),
        sex=pe.sex,
        dob=pe.birth.strftime("%y%m%d"),
        exp=exp.strftime("%y%m%d"),
        viz_dob=fmt_viz(pe.birth),
        viz_issue=fmt_viz(issue),
        viz_exp=fmt_viz(exp),
        place=(latin(pe.place).replace("<", " ") if culture != "zh" else pe.place),
        authority=rng.choice(
            ["MINISTRY OF INTERIOR", "MINISTRY OF FOREIGN AFFAIRS", "PASSPORT OFFICE", "IMMIGRATION SERVICE"]
        ),
        doc_label="PASAPORTE / PASSPORT / PASSEPORT" if culture in ("es",) else "PASSPORT / PASSEPORT",
        bad_check=bad_check,
        mrz_font=_mrz_font(rng.random()),
        tint=rng.choice([(0.93, 0.95, 0.97), (0.95, 0.93, 0.9), (0.92, 0.96, 0.93)]),
        dx_mm=rng.uniform(-12, 12),
        top_mm=rng.uniform(30, 70),
        quality=quality,
        expiry_kind=kind,
    )
    p["mrz"] = mrz_for(p)
    body = p["mrz"][0][5:].rstrip("<")
    sur, _, rest = body.partition("<<")
    p["truth"] = {
        "surname": sur.replace("<", " ").strip(),
        "given_names": rest.lstrip("<").partition("<<")[0].replace("<", " ").strip(),
        "birth_date": pe.birth.isoformat(),
        "expiry_date": exp.isoformat(),
        "document_number": p["number"],
        "nationality": state,
        "sex": pe.sex,
        "valid": bad_check is None,
        "bad_check": bad_check,
        "expired": exp < SUBMISSION,
        "expires_within_6_months": SUBMISSION <= exp < add_months(SUBMISSION, 6),
        "quality": quality,
        "mrz_font": p["mrz_font"],
        "lines": list(p["mrz"]),
    }
    return p


def _mrz_font(x: float) -> str:
    """OCR-B (as on real passports) for most, Courier or DejaVu Sans Mono for some."""
    ocrb = Path(OCRB_FONT).is_file()
    if x < 0.6:
        return "ocrb" if ocrb else "courier"
    return "courier" if x < 0.8 else "dejavu"


# ===========================================================================
# From drafts to scanned files: what is stamped on, how it is scanned, the truth
# ===========================================================================

#: Scanner settings: dpi, JPEG quality, noise (grey levels), blur (px), skew (degrees; None: 0.2-1.0 either way)
QUALITY = {
    "normal": dict(dpi=300, jpeg=75, noise=2.5, blur=0.5, skew=None),
    "good": dict(dpi=300, jpeg=85, noise=2.0, blur=0.4, skew=0.3),
    "low": dict(dpi=200, jpeg=45, noise=4.5, blur=0.8, skew=1.6),
    "fair": dict(dpi=300, jpeg=55, noise=3.5, blur=0.7, skew=1.1),
    "poor": dict(dpi=200, jpeg=40, noise=5.0, blur=0.9, skew=1.5),
    "poor150": dict(dpi=150, jpeg=60, noise=4.0, blur=0.6, skew=0.8),
}

#: A document's own note about apostilles: names it, is none.
APOSTILLE_NOTES = {
    "en": "NOTE: For use abroad this certificate must bear an Apostille issued under the Hague Convention of 5 October "
    "1961. The Apostille certifies only the signature and the seal, not the content of the document.",
    "es": "Nota: para que surta efectos en el extranjero, el presente documento deberá ser apostillado conforme al "
    "Convenio de La Haya de 5 de octubre de 1961 por la autoridad competente.",
    "pt": "Para produzir efeitos no exterior, esta certidão deverá ser apostilada nos termos da Convenção da Haia de "
    "5 de outubro de 1961.",
    "fr": "Pour être produit à l'étranger, le présent acte doit être revêtu de l'apostille prévue par la Convention de "
    "La Haye du 5 octobre 1961, délivrée par le Ministère des Affaires Étrangères.",
    "nl": "Voor gebruik in het buitenland kan dit uittreksel worden voorzien van een apostille (Verdrag van "
    "'s-Gravenhage van 5 oktober 1961).",
    "de": "Zur Verwendung im Ausland kann diese Urkunde mit einer Apostille nach dem Haager Übereinkommen vom "
    "5. Oktober 1961 versehen werden.",
}
EMBASSY = {
    "NG": ("Abuja", "en"),
    "KE": ("Nairobi", "en"),
    "EG": ("Cairo", "nl"),
    "SY": ("Beirut", "nl"),
    "CM": ("Yaoundé", "nl"),
    "CD": ("Kinshasa", "fr"),
    "CN": ("Beijing", "nl"),
    "DZ": ("Algiers", "fr"),
}
MINISTRY_LANG = {"NG": "en", "KE": "en", "EG": "ar", "SY": "ar", "CM": "fr", "CD": "fr", "CN": "zh", "DZ": "fr"}


@dataclass
class Doc:
    relpath: str  # inside its submission folder
    submission: str  # the folder docchk scans: "main" or "translations/set-N"
    pages: list[Page]
    passport: dict | None
    truth: dict
    quality: str
    colour: bool
    seed: int

    @property
    def key(self) -> str:
        return f"{self.submission}/{self.relpath}"


def _seed(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def issue_for(rng: random.Random, when: str) -> dt.date:
    """An issue date relative to the submission date (2026-11-23; six months before: 2026-05-23)."""
    if when == "fresh":
        return SUBMISSION - dt.timedelta(days=rng.randint(20, 170))
    if when == "old":
        return SUBMISSION - dt.timedelta(days=rng.randint(200, 620))
    if when == "edge-fresh":
        return dt.date(2026, 5, 27)
    if when == "edge-old":
        return dt.date(2026, 5, 19)
    return SUBMISSION - dt.timedelta(days=rng.randint(40, 1100))


def expected_legalisation(draft: Draft, apostille: bool, legalised: bool) -> str | None:
    if apostille:
        return "apostille"
    if legalised:
        return "legalised"
    if draft.type not in CIVIL_TYPES:
        return None
    if draft.lang is None or draft.country in EU:  # CIEC multilingual extract, or an EU (incl. Dutch) document
        return "not-needed"
    return "none"


def compose(
    draft: Draft,
    relpath: str,
    submission: str,
    rng: random.Random,
    seed: int,
    *,
    apostille: str | None = None,
    legalise: bool = False,
    lookalike: str | None = None,
    quality: str = "normal",
    colour: bool = False,
    style: str | None = None,
    extra: dict | None = None,
) -> Doc:
    """Stamp the draft (apostille on its own page, on an attached page or as a
    crooked rubber stamp; legalisation on the back; a notary's certification
    or a note about apostilles) and record the truth."""
    page_kw = dict(family=draft.family, rtl=draft.rtl, size_pt=draft.size_pt, tabs_mm=draft.tabs_mm)
    pages = [Page(list(lines), **page_kw) for lines in draft.pages]
    style = style or draft.apostille_style
    if apostille:
        s = dataclasses.replace(
            draft.seal,
            date=min(after(draft.issue_date, rng, 2, 25), SUBMISSION - dt.timedelta(days=3)),
            number=f"{letters(rng, 2)}-{draft.issue_date.year}-{digits(rng, 6)}",
        )
        lines = apostille_lines(style, s)
        if apostille == "own-page":
            pages[-1].boxes.append(Box(lines, x_mm=28, w_mm=150, size_pt=8.5))
        elif apostille == "stamp-rotated":
            angle = rng.choice([-1, 1]) * rng.uniform(4, 8)
            pages[-1].boxes.append(
                Box(lines, x_mm=62, w_mm=118, size_pt=7.5, rotate=angle, ink=(70, 40, 120), border=0.8)
            )
        elif apostille == "separate-page":
            pages.append(
                Page(
                    ["~STAMP " + "|".join(s.by.split()[:3]).upper()] if rng.random() < 0.5 else [],
                    boxes=[Box(lines, x_mm=38, y_mm=rng.uniform(35, 60), w_mm=134, size_pt=10)],
                    family="zh" if style == "zh" else "dejavu" if style in ("ru", "tr") else "sans",
                    top_mm=200,
                )
            )
        else:
            raise ValueError(apostille)
    if legalise:
        city, lang = EMBASSY[draft.country]
        ministry = ministry_authentication(
            MINISTRY_LANG[draft.country],
            draft.seal.signer if draft.seal else "the officer",
            city,
            after(draft.issue_date, rng, 3, 20),
            digits(rng, 6),
        )
        embassy = embassy_legalisation(
            lang,
            "the Ministry of Foreign Affairs official",
            city,
            min(after(draft.issue_date, rng, 25, 60), SUBMISSION - dt.timedelta(days=2)),
            f"{digits(rng, 4)}/{draft.issue_date.year}",
        )
        fam = {"ar": "ar", "zh": "zh"}.get(MINISTRY_LANG[draft.country], "sans")
        pages.append(
            Page(
                [],
                boxes=[
                    Box(
                        ministry,
                        x_mm=30,
                        y_mm=30,
                        w_mm=120,
                        size_pt=9.5,
                        rotate=rng.uniform(-3, 3),
                        ink=(50, 50, 130),
                        family=fam,
                    ),
                    Box(
                        embassy, x_mm=45, y_mm=140, w_mm=125, size_pt=9.5, rotate=rng.uniform(-3, 3), ink=(120, 30, 60)
                    ),
                ],
                top_mm=280,
                rtl=False,
            )
        )
    if lookalike:
        kind, _, lang = lookalike.partition(":")
        if kind == "apostille-note":
            pages[0].lines.insert(len(pages[0].lines) - 1, APOSTILLE_NOTES[lang])
        elif kind in ("notary", "municipal"):
            city = draft.seal.place if draft.seal else "the city"
            who = person(rng, {"en": "en-us", "fr": "fr-ma", "de": "de", "es": "es", "nl": "nl"}[lang]).full
            pages.append(
                Page(
                    [],
                    boxes=[
                        Box(
                            notary_copy(lang, who, city, after(draft.issue_date, rng, 1, 30), digits(rng, 5)),
                            x_mm=40,
                            y_mm=40,
                            w_mm=125,
                            size_pt=10,
                            rotate=rng.uniform(-2, 2),
                            ink=(30, 60, 120),
                        )
                    ],
                    top_mm=280,
                )
            )
        else:
            raise ValueError(lookalike)
    truth = {
        "file": relpath,
        "submission": submission,
        "language": draft.lang,
        "type": draft.type,
        "title": draft.title,
        "country": draft.country,
        "apostille": bool(apostille),
        "apostille_style": style if apostille else None,
        "apostille_placement": apostille,
        "legalised": legalise,
        "lookalike": lookalike,
        "legalisation": expected_legalisation(draft, bool(apostille), legalise),
        "issue_date": draft.issue_date.isoformat() if draft.issue_date else None,
        "date_wording": draft.date_wording,
        "outdated": (draft.issue_date < add_months(SUBMISSION, -6))
        if draft.type == "unmarried-declaration" and draft.issue_date
        else None,
        "mrz": None,
        "translation_of": None,
        "pairing": None,
        "made_in_nl": None,
        "quality": quality,
        "dpi": QUALITY[quality]["dpi"],
        "colour": colour,
        "pages": len(pages),
    }
    truth.update(extra or {})
    return Doc(relpath, submission, pages, None, truth, quality, colour, seed)


# ===========================================================================
# The corpus
# ===========================================================================

T = {  # template name -> (function, takes a language argument)
    "es_birth_mx": es_birth_mx,
    "es_birth_es": es_birth_es,
    "es_marriage_ar": es_marriage_ar,
    "es_unmarried": es_unmarried,
    "es_criminal_pe": es_criminal_pe,
    "es_death_cl": es_death_cl,
    "es_birth_co": es_birth_co,
    "pt_birth_br": pt_birth_br,
    "pt_marriage_br": pt_marriage_br,
    "pt_criminal_br": pt_criminal_br,
    "pt_birth_pt": pt_birth_pt,
    "tr_birth": tr_birth,
    "tr_marriage": tr_marriage,
    "tr_unmarried": tr_unmarried,
    "tr_criminal": tr_criminal,
    "ru_birth": ru_birth,
    "ru_marriage": ru_marriage,
    "ru_criminal": ru_criminal,
    "ru_unmarried": ru_unmarried,
    "ar_birth_eg": ar_birth_eg,
    "ar_marriage_sy": ar_marriage_sy,
    "ar_criminal_eg": ar_criminal_eg,
    "ar_unmarried_ma": ar_unmarried_ma,
    "zh_birth_notarial": zh_birth_notarial,
    "zh_birth_medical": zh_birth_medical,
    "zh_criminal": zh_criminal,
    "zh_unmarried": zh_unmarried,
    "en_birth_uk": en_birth_uk,
    "en_birth_ph": en_birth_ph,
    "en_birth_ng": en_birth_ng,
    "en_birth_in": en_birth_in,
    "en_marriage_us": en_marriage_us,
    "en_unmarried_uk": en_unmarried_uk,
    "en_unmarried_us": en_unmarried_us,
    "en_cenomar": en_cenomar,
    "en_divorce_uk": en_divorce_uk,
    "en_death_za": en_death_za,
    "en_adoption_ke": en_adoption_ke,
    "en_police": en_police,
    "fr_birth_ma": fr_birth_ma,
    "fr_birth_fr": fr_birth_fr,
    "fr_birth_cm": fr_birth_cm,
    "fr_birth_dz": fr_birth_dz,
    "fr_marriage_tn": fr_marriage_tn,
    "fr_marriage_cd": fr_marriage_cd,
    "fr_celibat": fr_celibat,
    "fr_divorce_tn": fr_divorce_tn,
    "fr_death_fr": fr_death_fr,
    "fr_casier": fr_casier,
    "de_birth": de_birth,
    "de_marriage": de_marriage,
    "de_unmarried": de_unmarried,
    "de_divorce": de_divorce,
    "de_death": de_death,
    "de_criminal": de_criminal,
    "nl_birth": nl_birth,
    "nl_unmarried_sr": nl_unmarried_sr,
    "nl_vog": nl_vog,
    "ciec_birth": ciec_birth,
    "payslip": payslip_doc,
    "bank": bank_doc,
    "contract": contract_doc,
    "employer": employer_declaration,
    "diploma": diploma_doc,
    "letter": municipal_letter,
    "ar_bank": ar_bank,
    "zh_bank": zh_bank,
    "zh_contract": zh_contract,
}

# Civil documents WITH an apostille: (template, variant, placement, issue date, scan quality)
WITH_APOSTILLE = [
    ("en_birth_ph", 0, "separate-page", "any", "normal"),
    ("en_birth_uk", 0, "separate-page", "any", "normal"),
    ("en_marriage_us", 0, "own-page", "any", "normal"),
    ("en_unmarried_uk", 0, "separate-page", "fresh", "normal"),
    ("en_cenomar", 0, "separate-page", "old", "low"),
    ("en_unmarried_us", 0, "own-page", "fresh", "normal"),
    ("en_divorce_uk", 0, "separate-page", "any", "normal"),
    ("en_death_za", 0, "own-page", "any", "low"),
    ("en_police", 0, "stamp-rotated", "any", "normal"),
    ("en_birth_in", 0, "stamp-rotated", "any", "normal"),
    ("fr_birth_ma", 0, "own-page", "any", "normal"),
    ("fr_marriage_tn", 0, "separate-page", "any", "normal"),
    ("fr_celibat", 0, "own-page", "old", "normal"),
    ("fr_celibat", 1, "separate-page", "fresh", "low"),
    ("fr_casier", 1, "separate-page", "any", "normal"),
    ("fr_divorce_tn", 0, "own-page", "any", "normal"),
    ("de_birth", 1, "separate-page", "any", "normal"),
    ("de_criminal", 1, "own-page", "any", "normal"),
    ("de_unmarried", 0, "separate-page", "edge-fresh", "normal"),
    ("es_birth_mx", 0, "own-page", "any", "normal"),
    ("es_birth_co", 0, "separate-page", "any", "low"),
    ("es_marriage_ar", 0, "separate-page", "any", "normal"),
    ("es_criminal_pe", 0, "own-page", "any", "normal"),
    ("es_death_cl", 0, "separate-page", "any", "normal"),
    ("es_unmarried", 1, "stamp-rotated", "fresh", "normal"),
    ("es_unmarried", 0, "separate-page", "old", "normal"),
    ("pt_birth_br", 0, "separate-page", "any", "normal"),
    ("pt_marriage_br", 1, "own-page", "any", "normal"),
    ("pt_criminal_br", 0, "separate-page", "any", "low"),
    ("tr_birth", 0, "separate-page", "any", "normal"),
    ("tr_unmarried", 0, "own-page", "fresh", "normal"),
    ("nl_birth", 0, "separate-page", "any", "normal"),
    ("nl_unmarried_sr", 0, "own-page", "old", "normal"),
    ("ru_birth", 0, "separate-page", "any", "normal"),
    ("nl_birth", 0, "own-page", "any", "low"),
    ("ru_criminal", 0, "separate-page", "any", "normal"),
    ("zh_birth_notarial", 0, "separate-page", "any", "normal"),
    ("ar_unmarried_ma", 0, "separate-page", "edge-old", "normal"),
]
# Civil documents WITHOUT one: (template, variant, legalised?, look-alike, issue date, quality)
WITHOUT_APOSTILLE = [
    ("en_birth_ng", 0, True, None, "any", "normal"),
    ("en_adoption_ke", 0, True, None, "any", "normal"),
    ("en_police", 1, True, None, "any", "normal"),
    ("ar_birth_eg", 0, True, None, "any", "normal"),
    ("ar_marriage_sy", 0, True, None, "any", "low"),
    ("fr_birth_cm", 0, True, None, "any", "normal"),
    ("fr_marriage_cd", 0, True, None, "any", "normal"),
    ("zh_birth_medical", 0, True, None, "any", "normal"),
    ("ar_criminal_eg", 0, True, None, "any", "normal"),
    ("de_birth", 0, False, None, "any", "normal"),
    ("de_birth", 2, False, None, "any", "low"),
    ("de_marriage", 0, False, None, "any", "normal"),
    ("de_death", 0, False, None, "any", "normal"),
    ("de_divorce", 0, False, None, "any", "normal"),
    ("de_unmarried", 1, False, None, "fresh", "normal"),
    ("de_unmarried", 2, False, "apostille-note:de", "old", "normal"),
    ("fr_birth_fr", 0, False, None, "any", "normal"),
    ("fr_death_fr", 0, False, None, "any", "normal"),
    ("es_birth_es", 0, False, None, "any", "normal"),
    ("es_birth_es", 1, False, None, "any", "normal"),
    ("es_birth_es", 2, False, None, "any", "low"),
    ("es_unmarried", 2, False, "apostille-note:es", "fresh", "normal"),
    ("pt_birth_pt", 0, False, None, "any", "normal"),
    ("nl_birth", 1, False, "apostille-note:nl", "any", "normal"),
    ("nl_birth", 2, False, None, "any", "normal"),
    ("ciec_birth", 0, False, None, "any", "normal"),
    ("ciec_birth", 1, False, None, "any", "normal"),
    ("fr_casier", 0, False, None, "any", "normal"),
    ("nl_vog", 0, False, None, "any", "normal"),
    ("en_birth_ph", 1, False, "apostille-note:en", "any", "normal"),
    ("en_birth_uk", 0, False, "notary:en", "any", "normal"),
    ("en_marriage_us", 0, False, None, "any", "low"),
    ("en_unmarried_us", 0, False, None, "old", "normal"),
    ("en_unmarried_uk", 0, False, None, "edge-old", "normal"),
    ("en_cenomar", 0, False, None, "fresh", "normal"),
    ("en_birth_in", 0, False, None, "any", "normal"),
    ("fr_birth_ma", 0, False, "municipal:fr", "any", "normal"),
    ("fr_birth_dz", 0, False, None, "any", "normal"),
    ("fr_celibat", 1, False, "apostille-note:fr", "old", "normal"),
    ("fr_marriage_tn", 1, False, None, "any", "normal"),
    ("es_birth_mx", 0, False, "apostille-note:es", "any", "normal"),
    ("es_birth_co", 0, False, "notary:es", "any", "normal"),
    ("es_marriage_ar", 0, False, None, "any", "normal"),
    ("es_unmarried", 1, False, None, "old", "normal"),
    ("es_criminal_pe", 1, False, None, "any", "normal"),
    ("pt_birth_br", 0, False, "apostille-note:pt", "any", "normal"),
    ("pt_marriage_br", 0, False, None, "any", "normal"),
    ("tr_birth", 1, False, None, "any", "normal"),
    ("tr_marriage", 0, False, None, "any", "normal"),
    ("tr_unmarried", 0, False, None, "old", "low"),
    ("tr_criminal", 0, False, None, "any", "normal"),
    ("nl_birth", 0, False, None, "any", "normal"),
    ("nl_unmarried_sr", 0, False, None, "fresh", "normal"),
    ("ru_birth", 0, False, None, "any", "normal"),
    ("ru_marriage", 0, False, None, "any", "normal"),
    ("ru_unmarried", 0, False, None, "fresh", "normal"),
    ("zh_birth_notarial", 0, False, None, "any", "normal"),
    ("zh_criminal", 0, False, None, "any", "normal"),
    ("zh_unmarried", 0, False, None, "old", "normal"),
    ("ar_unmarried_ma", 0, False, None, "fresh", "normal"),
    ("de_birth", 1, False, "notary:de", "any", "normal"),
    ("en_birth_ng", 0, False, "notary:en", "any", "low"),
]
# Employment, pay, bank and other papers: (template, language, variant, quality)
OTHER = [
    ("payslip", "nl", 0, "normal"),
    ("bank", "nl", 0, "normal"),
    ("contract", "nl", 0, "normal"),
    ("employer", "nl", 0, "normal"),
    ("letter", "nl", 0, "normal"),
    ("payslip", "nl", 1, "low"),
    ("payslip", "en", 0, "normal"),
    ("bank", "en", 0, "normal"),
    ("contract", "en", 1, "normal"),
    ("diploma", "en", 0, "normal"),
    ("letter", "en", 0, "normal"),
    ("payslip", "en", 1, "normal"),
    ("payslip", "fr", 0, "normal"),
    ("bank", "fr", 0, "low"),
    ("contract", "fr", 0, "normal"),
    ("diploma", "fr", 0, "normal"),
    ("payslip", "de", 0, "normal"),
    ("bank", "de", 0, "normal"),
    ("contract", "de", 1, "normal"),
    ("employer", "de", 0, "normal"),
    ("diploma", "de", 0, "normal"),
    ("payslip", "de", 1, "low"),
    ("payslip", "es", 0, "normal"),
    ("bank", "es", 0, "normal"),
    ("contract", "es", 0, "normal"),
    ("diploma", "es", 0, "normal"),
    ("payslip", "pt", 0, "normal"),
    ("bank", "pt", 0, "normal"),
    ("contract", "pt", 1, "normal"),
    ("payslip", "tr", 0, "normal"),
    ("bank", "tr", 0, "normal"),
    ("contract", "tr", 0, "low"),
    ("bank", "ru", 0, "normal"),
    ("contract", "ru", 0, "normal"),
    ("ar_bank", "ar", 0, "normal"),
    ("zh_bank", "zh", 0, "normal"),
    ("zh_contract", "zh", 0, "normal"),
]
# Passports: (quality, wrong check digit)
PASSPORTS = (
    [("good", None)] * 10
    + [("fair", None)] * 8
    + [("poor", None)] * 4
    + [("poor150", None)] * 3
    + [
        ("good", "birth_date"),
        ("good", "document_number"),
        ("fair", "expiry_date"),
        ("fair", "composite"),
        ("good", "expiry_date"),
    ]
)
# Translation sets: (original template, variant, original file, apostille, legalised, translation style, translation file, paired by)
TRANSLATION_SETS = [
    [
        ("es_birth_mx", 0, "geboorteakte.pdf", "separate-page", False, "nl", "geboorteakte.translation.pdf", "name"),
        ("tr_marriage", 0, "huwelijk-turkije.pdf", "own-page", False, "nl", "huwelijk-turkije-vertaling.pdf", "name"),
        ("pt_criminal_br", 0, "antecedentes.pdf", "separate-page", False, "en", "vertaling 0412.pdf", "content"),
        ("payslip", "en", "payslip-oct.pdf"),
    ],
    [
        ("ru_birth", 0, "birth_ru.pdf", "separate-page", False, "en", "birth_ru_translation.pdf", "name"),
        ("ar_marriage_sy", 0, "nikah.pdf", None, True, "nl", "nikah (vertaling).pdf", "name"),
        ("zh_birth_notarial", 0, "scan_0031.pdf", "separate-page", False, "en", "scan_0032.pdf", "content"),
        ("contract", "nl", "arbeidsovereenkomst.pdf"),
    ],
    [
        ("tr_criminal", 0, "adli-sicil.pdf", "separate-page", False, "en", "adli-sicil.en.pdf", "name"),
        (
            "pt_marriage_br",
            0,
            "certidao-casamento.pdf",
            "separate-page",
            False,
            "en-pt",
            "sworn-translation-marriage.pdf",
            "content",
        ),
        ("es_unmarried", 0, "soltera.pdf", None, False, "en-es", "soltera.translation.pdf", "name"),
        ("diploma", "en", "diploma.pdf"),
    ],
    [
        ("es_marriage_ar", 0, "acta-matrimonio.pdf", "separate-page", False, "en", "translation-2.pdf", "content"),
        ("tr_birth", 0, "dogum-belgesi.pdf", "own-page", False, "nl", "dogum-belgesi_vertaling.pdf", "name"),
        (
            "ru_marriage",
            0,
            "svidetelstvo-brak.pdf",
            "separate-page",
            False,
            "nl",
            "vertaling-huwelijksakte.pdf",
            "content",
        ),
        ("bank", "de", "kontoauszug-mei.pdf"),
    ],
]


def _slug(draft: Draft) -> str:
    return f"{draft.country.lower()}-{draft.type}"


def build_corpus(quick: bool) -> list[Doc]:
    docs: list[Doc] = []
    names: Counter = Counter()

    def name_for(draft: Draft, folder: str) -> str:
        base = _slug(draft)
        names[folder + base] += 1
        return f"{folder}/{base}-{names[folder + base]:02d}.pdf"

    def keep(i: int) -> bool:
        return not quick or i % 4 == 0

    for i, (tpl, variant, placement, when, quality) in enumerate(WITH_APOSTILLE):
        if not keep(i):
            continue
        seed = _seed(f"apostille-{i}")
        rng = random.Random(seed)
        draft = T[tpl](Ctx(rng, issue_for(rng, when), variant=variant))
        rel = name_for(draft, "civil")
        docs.append(compose(draft, rel, "main", rng, seed, apostille=placement, quality=quality, colour=i % 5 == 3))
    for i, (tpl, variant, legal, look, when, quality) in enumerate(WITHOUT_APOSTILLE):
        if not keep(i + 1):
            continue
        seed = _seed(f"plain-{i}")
        rng = random.Random(seed)
        draft = T[tpl](Ctx(rng, issue_for(rng, when), variant=variant))
        rel = name_for(draft, "civil")
        docs.append(
            compose(draft, rel, "main", rng, seed, legalise=legal, lookalike=look, quality=quality, colour=i % 6 == 2)
        )
    for i, (tpl, lang, variant, quality) in enumerate(OTHER):
        if not keep(i + 2):
            continue
        seed = _seed(f"other-{i}")
        rng = random.Random(seed)
        fn = T[tpl]
        ctx = Ctx(rng, issue_for(rng, "any"), variant=variant)
        draft = fn(ctx) if tpl in ("ar_bank", "zh_bank", "zh_contract") else fn(ctx, lang)
        rel = name_for(draft, "other")
        docs.append(compose(draft, rel, "main", rng, seed, quality=quality, colour=i % 6 == 1))
    for i, (quality, bad) in enumerate(PASSPORTS):
        if quick and not (i % 4 == 0 or i == len(PASSPORTS) - 4):
            continue
        seed = _seed(f"passport-{i}")
        rng = random.Random(seed)
        p = make_passport(rng, i, quality, bad)
        rel = f"passports/passport-{p['state'].lower()}-{i + 1:02d}.pdf"
        truth = {
            "file": rel,
            "submission": "main",
            "language": None,
            "type": "passport",
            "title": "passport data page",
            "country": p["state"],
            "apostille": False,
            "apostille_style": None,
            "apostille_placement": None,
            "legalised": False,
            "lookalike": None,
            "legalisation": None,
            "issue_date": None,
            "date_wording": None,
            "outdated": None,
            "mrz": p["truth"],
            "translation_of": None,
            "pairing": None,
            "made_in_nl": None,
            "quality": quality,
            "dpi": QUALITY[quality]["dpi"],
            "colour": i % 3 == 0,
            "pages": 1,
        }
        docs.append(Doc(rel, "main", [], p, truth, quality, i % 3 == 0, seed))
    for n, entries in enumerate(TRANSLATION_SETS, start=1):
        if quick and n > 1:
            continue
        sub = f"translations/set-{n}"
        for j, entry in enumerate(entries):
            seed = _seed(f"{sub}-{j}")
            rng = random.Random(seed)
            if len(entry) == 3:  # an untranslated paper in the same folder
                tpl, lang, file = entry
                draft = T[tpl](Ctx(rng, issue_for(rng, "any")), lang)
                docs.append(compose(draft, file, sub, rng, seed))
                continue
            tpl, variant, file, placement, legal, style, tfile, pairing = entry
            draft = T[tpl](Ctx(rng, issue_for(rng, "any"), variant=variant))
            docs.append(compose(draft, file, sub, rng, seed, apostille=placement, legalise=legal))
            tdate = min(after(draft.issue_date, rng, 30, 90), SUBMISSION - dt.timedelta(days=2))
            tdraft = translation(draft, style, Ctx(rng, tdate))
            docs.append(
                compose(
                    tdraft,
                    tfile,
                    sub,
                    rng,
                    seed + 1,
                    quality="good" if j % 2 else "normal",
                    extra={
                        "translation_of": file,
                        "pairing": pairing,
                        "made_in_nl": style in ("nl", "en"),
                        "source_language": draft.lang,
                    },
                )
            )
    return docs


# ===========================================================================
# Writing the files
# ===========================================================================

_DOCS: list[Doc] = []  # the corpus being written (module-level: forked workers read it)


def _render_doc_page(page: Page, dpi: float, seed: int) -> Image.Image:
    """Render, shrinking the type a little when a page's text and stamps do not fit."""
    for shrink in (0.0, 0.5, 1.0, 1.5, 2.0):
        p = dataclasses.replace(
            page,
            size_pt=page.size_pt - shrink,
            boxes=[dataclasses.replace(b, size_pt=b.size_pt - shrink * 0.6) for b in page.boxes],
        )
        try:
            return render_page(p, dpi, seed)
        except ValueError:
            continue
    raise ValueError(f"page does not fit even in small type (seed {seed})")


def write_doc(index: int, root: str) -> tuple[str, float]:
    """Render, write on, scan and save one document; returns (its key, seconds)."""
    t0 = time.perf_counter()
    doc = _DOCS[index]
    q = QUALITY[doc.quality]
    dpi = q["dpi"]
    rng = random.Random(doc.seed)
    if doc.passport is not None:
        images = gen.render_pages([gen.PageSpec([], draw=draw_passport(doc.passport))], dpi, grayscale=False)
        if doc.passport["mrz_font"] == "ocrb":
            images = [draw_ocrb_mrz(images[0], doc.passport, dpi)]
    else:
        images = [_render_doc_page(page, dpi, doc.seed + k) for k, page in enumerate(doc.pages)]
    out = []
    for k, img in enumerate(images):
        # the applicant writes the V-number in the top margin of every copy (with
        # the two pen-like fonts; femkeklaver draws hollow outlines, no pen does)
        img = gen.handwrite(
            img,
            V_NUMBER,
            dpi,
            xy_mm=(rng.uniform(125, 140), rng.uniform(6, 10)),
            size_mm=rng.uniform(5.0, 6.5),
            font=rng.choice(["dkg-bold", "dkg"]),
            angle_deg=rng.uniform(-2, 1),
        )
        skew = q["skew"]
        if skew is not None:
            skew = rng.choice([-1, 1]) * skew * rng.uniform(0.7, 1.0)
        out.append(
            gen.scan(
                img,
                dpi,
                seed=doc.seed + 7 * k,
                skew_deg=skew,
                noise=q["noise"],
                jpeg_quality=None,
                grayscale=not doc.colour,
                blur=q["blur"],
                speckles=rng.randint(4, 16),
            )
        )
    path = Path(root) / doc.submission / doc.relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    gen.images_to_pdf(out, path, dpi, quality=q["jpeg"])
    return doc.key, time.perf_counter() - t0


def _fingerprint(quick: bool) -> str:
    """Hash of what makes the corpus (this file up to the measuring code, and
    samples/generate.py): a changed report does not rewrite the corpus."""
    h = hashlib.sha256()
    h.update(Path(__file__).read_text(encoding="utf-8").split("# Scanning with docchk and measuring")[0].encode())
    h.update((ROOT / "samples" / "generate.py").read_bytes())
    h.update(b"quick" if quick else b"full")
    return h.hexdigest()[:16]


def write_corpus(docs: list[Doc], root: Path, quick: bool, jobs: int) -> tuple[float, bool]:
    """Write every document under ``root`` (reusing a corpus written by the
    same generator); returns (seconds, reused)."""
    truth_file = root / "truth.json"
    fp = _fingerprint(quick)
    if truth_file.is_file():
        old = json.loads(truth_file.read_text())
        if old.get("fingerprint") == fp and all((root / d.submission / d.relpath).is_file() for d in docs):
            return 0.0, True
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    t0 = time.perf_counter()
    _DOCS[:] = docs
    order = sorted(range(len(docs)), key=lambda i: -(len(docs[i].pages) or 1))  # long ones first
    if jobs > 1:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(jobs) as pool:
            for n, _ in enumerate(pool.imap_unordered(functools.partial(write_doc, root=str(root)), order), 1):
                if n % 25 == 0:
                    print(f"  written {n}/{len(docs)}", file=sys.stderr)
    else:
        for i in order:
            write_doc(i, str(root))
    truth_file.write_text(
        json.dumps(
            {
                "fingerprint": fp,
                "quick": quick,
                "submission_date": SUBMISSION.isoformat(),
                "v_number": V_NUMBER,
                "documents": {d.key: d.truth for d in docs},
            },
            ensure_ascii=False,
            indent=1,
        )
    )
    return time.perf_counter() - t0, False


# ===========================================================================
# Scanning with docchk and measuring
# ===========================================================================


def run_docchk(root: Path, docs: list[Doc], jobs: int) -> tuple[dict[str, dict], float]:
    """Scan each submission folder (the main one, each translation set) as
    docchk's users do; returns docchk's answers per document key and the time."""
    import docchk

    answers: dict[str, dict] = {}
    t0 = time.perf_counter()
    for sub in sorted({d.submission for d in docs}, key=lambda s: (s != "main", s)):
        report = docchk.scan(
            [root / sub], jobs=jobs, cache=False, submission_date=SUBMISSION.isoformat(), v_number=V_NUMBER
        )
        findings: dict[str, list] = defaultdict(list)
        for f in report.findings:
            findings[f.path].append([f.rule, f.severity.value, f.message])
        for d in report.documents:
            m = d.mrz
            answers[f"{sub}/{d.relpath}"] = {
                "type": d.type,
                "type_confidence": round(float(d.type_confidence or 0), 2),
                "language": d.language,
                "language_confidence": round(float(d.language_confidence or 0), 3),
                "legalisation": d.legalisation,
                "issue_date": d.issue_date.isoformat() if d.issue_date else None,
                "translation_of": d.translation_of,
                "mrz": None
                if m is None
                else {
                    "valid": bool(m.valid),
                    "surname": m.surname,
                    "given_names": m.given_names,
                    "birth_date": m.birth_date.isoformat() if m.birth_date else None,
                    "expiry_date": m.expiry_date.isoformat() if m.expiry_date else None,
                    "document_number": m.document_number,
                    "nationality": m.nationality,
                    "sex": m.sex,
                    "checks": dict(m.checks),
                    "lines": list(m.lines),
                },
                "findings": findings.get(d.relpath, []),
                "title_read": _title_read(d),
            }
        print(f"  scanned {sub}: {len(report.documents)} documents", file=sys.stderr)
    return answers, time.perf_counter() - t0


def _title_read(document) -> str:
    """The first lines docchk read on the first page (to report what a missed title looked like after OCR)."""
    for page in document.pages:
        if page.text and (page.text_source == "text-layer" or page.ocr_scope == "page"):
            lines = [ln.strip() for ln in page.text.splitlines() if ln.strip() and not ln.strip().isdigit()]
            return " / ".join(lines[:6])[:160]
    return ""


def _rate(a: int, b: int) -> str:
    return f"{a / b:.1%}" if b else "n/a"


def _has(answer: dict, rule: str, severity: str | None = None) -> bool:
    return any(r == rule and (severity is None or s == severity) for r, s, _ in answer["findings"])


def evaluate(docs: list[Doc], answers: dict[str, dict]) -> dict:
    """Figures per capability, and every document docchk got wrong."""
    from docchk.language import ACCEPTED

    truth = {d.key: d.truth for d in docs}
    ans = {k: answers.get(k) for k in truth}
    missing = [k for k, a in ans.items() if a is None]
    R: dict = {"missing": missing}

    # --- language -------------------------------------------------------
    rows, misses = {}, []
    for k, t in truth.items():
        if t["language"] is None or ans[k] is None:
            continue
        got = ans[k]["language"]
        row = rows.setdefault(t["language"], Counter())
        row["n"] += 1
        row["right" if got == t["language"] else "unknown" if got is None else "wrong"] += 1
        if got != t["language"]:
            misses.append((k, t["language"], got, ans[k]["language_confidence"], t["type"], t["quality"]))
    tot = sum(rows.values(), Counter())
    R["language"] = {"rows": rows, "total": tot, "misses": misses}

    # --- type -------------------------------------------------------------
    rows, misses, confusion, by_lang = {}, [], Counter(), {}
    for k, t in truth.items():
        if ans[k] is None:
            continue
        got = ans[k]["type"]
        ok = got == t["type"]
        row = rows.setdefault(t["type"], Counter())
        row["n"] += 1
        row["right"] += ok
        lang = t["language"] or ("multilingual" if t["type"] != "passport" else "passport")
        bl = by_lang.setdefault(lang, Counter())
        bl["n"] += 1
        bl["right"] += ok
        if not ok:
            confusion[(t["type"], got)] += 1
            misses.append((k, t["title"], t["type"], got, ans[k]["type_confidence"], ans[k]["title_read"]))
    R["type"] = {
        "rows": rows,
        "total": sum(rows.values(), Counter()),
        "confusion": confusion,
        "misses": misses,
        "by_language": by_lang,
    }

    # --- apostille and legalisation ----------------------------------------------
    ap = [k for k, t in truth.items() if t["apostille"] and ans[k]]
    hits = [k for k in ap if ans[k]["legalisation"] == "apostille"]
    by_style, by_place = defaultdict(Counter), defaultdict(Counter)
    for k in ap:
        t = truth[k]
        for table, key in ((by_style, t["apostille_style"]), (by_place, t["apostille_placement"])):
            table[key]["n"] += 1
            table[key]["found"] += ans[k]["legalisation"] == "apostille"
    civil_no = [
        k
        for k, t in truth.items()
        if not t["apostille"]
        and ans[k]
        and k.startswith("main/civil/")
        or (not t["apostille"] and ans[k] and k.startswith("translations/") and t["legalisation"] is not None)
    ]
    all_no = [k for k, t in truth.items() if not t["apostille"] and ans[k]]
    false_civil = [k for k in civil_no if ans[k]["legalisation"] == "apostille"]
    false_all = [k for k in all_no if ans[k]["legalisation"] == "apostille"]
    looks = defaultdict(Counter)
    for k in all_no:
        t = truth[k]
        kind = (t["lookalike"] or "").partition(":")[0] or ("embassy legalisation" if t["legalised"] else None)
        if kind:
            looks[kind]["n"] += 1
            looks[kind][ans[k]["legalisation"] or "None"] += 1
    leg = [k for k, t in truth.items() if t["legalised"] and ans[k]]
    four = Counter()
    four_miss = []
    for k, t in truth.items():
        if t["legalisation"] is None or ans[k] is None or t["type"] not in CIVIL_TYPES:
            continue
        got = ans[k]["legalisation"]
        four[(t["legalisation"], got)] += 1
        if got != t["legalisation"]:
            four_miss.append((k, t["country"], t["legalisation"], got, ans[k]["type"]))
    false_kind = {
        k: (
            truth[k]["type"],
            truth[k]["lookalike"] or ("embassy legalisation" if truth[k]["legalised"] else "nothing like an apostille"),
        )
        for k in false_all
    }
    named = {k for k, t in truth.items() if (t["lookalike"] or "").startswith("apostille-note") or t["type"] == "other"}
    R["apostille"] = {
        "false_kind": false_kind,
        "false_named": named,
        "n": len(ap),
        "found": len(hits),
        "missed": [
            (k, truth[k]["apostille_style"], truth[k]["apostille_placement"], ans[k]["legalisation"], ans[k]["type"])
            for k in ap
            if k not in hits
        ],
        "by_style": by_style,
        "by_place": by_place,
        "civil_without": len(civil_no),
        "false_civil": false_civil,
        "all_without": len(all_no),
        "false_all": false_all,
        "lookalikes": looks,
        "legalised_n": len(leg),
        "legalised_found": sum(ans[k]["legalisation"] == "legalised" for k in leg),
        "legalised_missed": [(k, ans[k]["legalisation"]) for k in leg if ans[k]["legalisation"] != "legalised"],
        "four": four,
        "four_miss": four_miss,
    }

    # --- MRZ ------------------------------------------------------------------------
    fields = ("surname", "given_names", "birth_date", "expiry_date", "document_number", "nationality", "sex")
    good = [k for k, t in truth.items() if t["mrz"] and t["mrz"]["valid"] and ans[k]]
    bad = [k for k, t in truth.items() if t["mrz"] and not t["mrz"]["valid"] and ans[k]]
    per_field = Counter()
    by_q = defaultdict(Counter)
    mrz_miss = []
    for k in good:
        t, m = truth[k]["mrz"], ans[k]["mrz"]
        q = by_q[t["quality"]]
        q["n"] += 1
        found, valid = m is not None, bool(m and m["valid"])
        q["found"] += found
        q["valid"] += valid
        right = {f: bool(m) and str(m[f]) == str(t[f]) for f in fields}
        for f, ok in right.items():
            per_field[f] += ok
        allright = all(right.values())
        q["fields"] += allright
        q["false_invalid"] += _has(ans[k], "passport.mrz-invalid")
        if not (valid and allright):
            mrz_miss.append(
                (
                    k,
                    t["quality"],
                    t["mrz_font"],
                    "not found"
                    if not found
                    else ("invalid: " + ", ".join(c for c, ok in m["checks"].items() if not ok))
                    if not valid
                    else "wrong " + ", ".join(f for f, ok in right.items() if not ok),
                    t["lines"],
                    m["lines"] if m else None,
                )
            )
    bad_rows = []
    for k in bad:
        t, m = truth[k]["mrz"], ans[k]["mrz"]
        failed = [c for c, ok in (m["checks"].items() if m else []) if not ok]
        bad_rows.append(
            (
                k,
                t["bad_check"],
                t["quality"],
                m is not None and not m["valid"],
                t["bad_check"] in failed,
                ", ".join(failed) or ("no MRZ read" if m is None else "none"),
                [s for r, s, _ in ans[k]["findings"] if r == "passport.mrz-invalid"],
            )
        )
    exp = Counter()
    exp_miss = []
    for k, t in truth.items():
        if not t["mrz"] or not ans[k] or not t["mrz"]["valid"]:
            continue
        want = "error" if t["mrz"]["expired"] else "warning" if t["mrz"]["expires_within_6_months"] else None
        got = next((s for r, s, _ in ans[k]["findings"] if r == "passport.expired"), None)
        exp[(want, got)] += 1
        if want != got:
            exp_miss.append((k, t["mrz"]["expiry_date"], want, got))
    R["mrz"] = {
        "n": len(good),
        "found": sum(bool(ans[k]["mrz"]) for k in good),
        "valid": sum(bool(ans[k]["mrz"] and ans[k]["mrz"]["valid"]) for k in good),
        "fields_all": sum(q["fields"] for q in by_q.values()),
        "per_field": per_field,
        "by_quality": by_q,
        "misses": mrz_miss,
        "bad": bad_rows,
        "expired": exp,
        "expired_miss": exp_miss,
        "typed_passport": sum(ans[k]["type"] == "passport" for k in good + bad),
        "n_all": len(good) + len(bad),
    }

    # --- issue dates and document.outdated -------------------------------------------
    rows, misses = defaultdict(Counter), []
    for k, t in truth.items():
        if not t["issue_date"] or not ans[k]:
            continue
        got = ans[k]["issue_date"]
        lang = t["language"] or "multilingual"
        rows[lang]["n"] += 1
        rows[lang]["right" if got == t["issue_date"] else "none" if got is None else "wrong"] += 1
        if got != t["issue_date"]:
            misses.append(
                (k, t["language"], t["date_wording"], t["issue_date"], got, ans[k]["type"], ans[k]["type"] == t["type"])
            )
    outd = Counter()
    outd_rows = []
    for k, t in truth.items():
        if t["outdated"] is None or not ans[k]:
            continue
        sev = next((s for r, s, _ in ans[k]["findings"] if r == "document.outdated"), None)
        actual = t["outdated"]
        if sev == "error":
            outd["tp" if actual else "fp"] += 1
        elif sev == "warning":
            outd["warn_true" if actual else "warn_false"] += 1
        else:
            outd["fn" if actual else "tn"] += 1
        if (sev == "error") != actual or sev == "warning":
            outd_rows.append((k, t["issue_date"], actual, sev or "-", ans[k]["issue_date"], ans[k]["type"]))
    R["dates"] = {
        "rows": rows,
        "total": sum(rows.values(), Counter()),
        "misses": misses,
        "outdated": outd,
        "outdated_rows": outd_rows,
    }

    # --- translations ---------------------------------------------------------------
    pairs = defaultdict(Counter)
    tr_rows = []
    for k, t in truth.items():
        if t["type"] != "translation" or not ans[k]:
            continue
        got = ans[k]["translation_of"]
        c = pairs[t["pairing"]]
        c["n"] += 1
        c["typed"] += ans[k]["type"] == "translation"
        c["right"] += got == t["translation_of"]
        c["wrong"] += got is not None and got != t["translation_of"]
        warned = _has(ans[k], "document.translation-not-legalised")
        c["abroad_n"] += not t["made_in_nl"]
        c["abroad_warned"] += (not t["made_in_nl"]) and warned
        c["nl_warned"] += bool(t["made_in_nl"]) and warned
        if got != t["translation_of"] or ans[k]["type"] != "translation":
            tr_rows.append((k, t["pairing"], t["translation_of"], got, ans[k]["type"], t["made_in_nl"]))
    lna = Counter()
    lna_rows = []
    translated = {f"{t['submission']}/{t['translation_of']}" for t in truth.values() if t["translation_of"]}
    for k, t in truth.items():
        if not ans[k] or t["language"] is None or t["type"] in ("passport", "translation"):
            continue
        want = t["language"] not in ACCEPTED and k not in translated
        got = _has(ans[k], "document.language-not-accepted")
        lna[("tp" if want else "fp") if got else ("fn" if want else "tn")] += 1
        if want != got:
            lna_rows.append((k, t["language"], want, got, ans[k]["language"]))
    R["translations"] = {"pairs": pairs, "misses": tr_rows, "language_rule": lna, "language_rule_rows": lna_rows}
    return R


# ===========================================================================
# The report
# ===========================================================================

LOOKALIKES = {
    "apostille-note": 'a sentence naming the apostille and the Convention ("must bear an Apostille under the '
    'Hague Convention of 5 October 1961")',
    "notary": "a notary's certified copy",
    "municipal": "a town hall's legalisation of signature",
    "embassy legalisation": "legalised by the foreign ministry and the Dutch embassy (truth: legalised)",
}
CAVEAT = (
    "The documents are generated, not real applicants' scans: real stamps overprint text, real paper is "
    "creased and photographed at an angle, and real issuers' layouts vary more; treat these figures as an upper "
    "bound until a labelled set of real (consented, redacted) documents is collected. The texts, titles and "
    "stamp wordings were written from how real documents are worded, not from docchk's keyword lists; "
    "titles and wordings that docchk learns from this report's misses measure the fit until they are checked "
    "on documents from outside this corpus."
)


def _cell(v) -> str:
    s = "-" if v is None else str(v)
    return s.replace("|", "\\|").replace("\n", " ")


def _table(head: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return out


def _met(value: float | None, target: float, lower_is_better: bool = False) -> str:
    if value is None:
        return "n/a"
    ok = value <= target if lower_is_better else value >= target
    return "yes" if ok else "**no**"


def _frac(a: int, b: int) -> float | None:
    return a / b if b else None


def render_report(R: dict, docs: list[Doc], meta: dict) -> list[str]:
    L, Ty, A, M, D, Tr = R["language"], R["type"], R["apostille"], R["mrz"], R["dates"], R["translations"]
    lang_acc = _frac(L["total"]["right"], L["total"]["n"])
    type_acc = _frac(Ty["total"]["right"], Ty["total"]["n"])
    ap_rec = _frac(A["found"], A["n"])
    ap_fa = _frac(len(A["false_civil"]), A["civil_without"])
    mrz_parse = _frac(M["valid"], M["n"])
    out = [
        MARK_BEGIN,
        "## Accuracy of document understanding",
        "",
        f"Measured on {meta['date']} by `{meta['command']}` (docchk {meta['version']}): {meta['documents']} generated, "
        f"scanned documents ({meta['pages']} pages) whose truth is known by construction; corpus written in "
        f"{meta['write_s']:.0f} s{' (reused)' if meta['reused'] else ''}, scanned by `docchk.scan(jobs=2, cache=False, "
        f'submission_date="{SUBMISSION}")` in {meta["scan_s"]:.0f} s; {meta["total_s"] / 60:.1f} min in all '
        f"({meta['cores']} cores).",
        "",
        CAVEAT,
        "",
    ]
    if meta.get("changed"):
        out += ["**docchk/ changed while this run was scanning: the figures mix two versions; run it again.**", ""]
    if R["missing"]:
        out += [
            f"**{len(R['missing'])} documents were not in docchk's report** (left out of every figure): "
            + ", ".join(R["missing"][:10]),
            "",
        ]
    out += ["### Summary", ""]
    out += _table(
        ["capability", "measure", "result", "target", "met"],
        [
            [
                "language",
                "right answers / documents with one main language (unknown counts as not right)",
                f"{_rate(L['total']['right'], L['total']['n'])} ({L['total']['right']}/{L['total']['n']}; wrong {L['total']['wrong']}, "
                f"unknown {L['total']['unknown']})",
                ">= 97%",
                _met(lang_acc, TARGETS["language"]),
            ],
            [
                "document type",
                "right type / all documents",
                f"{_rate(Ty['total']['right'], Ty['total']['n'])} ({Ty['total']['right']}/{Ty['total']['n']})",
                ">= 90%",
                _met(type_acc, TARGETS["type"]),
            ],
            [
                "apostille",
                "recall: apostille reported / documents with one",
                f"{_rate(A['found'], A['n'])} ({A['found']}/{A['n']})",
                ">= 95%",
                _met(ap_rec, TARGETS["apostille_recall"]),
            ],
            [
                "apostille",
                "false alarms: apostille reported / civil documents without one",
                f"{_rate(len(A['false_civil']), A['civil_without'])} ({len(A['false_civil'])}/{A['civil_without']}; all documents: "
                f"{len(A['false_all'])}/{A['all_without']}; on documents whose text only names the apostille and the "
                f"Convention: {sum(k in A['false_named'] for k in A['false_all'])})",
                "<= 2%",
                _met(ap_fa, TARGETS["apostille_false_alarms"], True),
            ],
            [
                "legalisation",
                "embassy legalisation reported as `legalised`",
                f"{_rate(A['legalised_found'], A['legalised_n'])} ({A['legalised_found']}/{A['legalised_n']})",
                "-",
                "-",
            ],
            [
                "passport MRZ",
                "parse rate: valid MRZ read / passports with right check digits",
                f"{_rate(M['valid'], M['n'])} ({M['valid']}/{M['n']}; any MRZ found {M['found']})",
                ">= 95%",
                _met(mrz_parse, TARGETS["mrz_parse"]),
            ],
            [
                "passport MRZ",
                "all 7 fields right (names, dates, number, nationality, sex)",
                f"{_rate(M['fields_all'], M['n'])} ({M['fields_all']}/{M['n']})",
                "-",
                "-",
            ],
            [
                "passport MRZ",
                "wrong check digit detected (MRZ invalid)",
                f"{sum(r[3] for r in M['bad'])}/{len(M['bad'])} (the right check named: {sum(r[4] for r in M['bad'])})",
                "-",
                "-",
            ],
            [
                "issue date",
                "right date / dated documents",
                f"{_rate(D['total']['right'], D['total']['n'])} "
                f"({D['total']['right']}/{D['total']['n']}; wrong {D['total']['wrong']}, none {D['total']['none']})",
                "-",
                "-",
            ],
            ["`document.outdated`", "precision / recall (errors only)", _pr(D["outdated"]), "-", "-"],
            ["translations", "paired with the right original", _pairs_total(Tr["pairs"]), "-", "-"],
        ],
    )

    # language
    out += ["", "### Language", ""]
    out += _table(
        ["language", "documents", "right", "wrong", "unknown", "accuracy"],
        [
            [f"{c} ({LANG_NAMES.get(c, c)})", r["n"], r["right"], r["wrong"], r["unknown"], _rate(r["right"], r["n"])]
            for c, r in sorted(L["rows"].items(), key=lambda kv: list(LANG_NAMES).index(kv[0]))
        ],
    )
    if L["misses"]:
        out += ["", "Not right:", ""]
        out += _table(
            ["file", "truth", "docchk", "confidence", "type", "scan"],
            [[k, t, g or "unknown", c, ty, q] for k, t, g, c, ty, q in sorted(L["misses"])],
        )

    # type
    out += ["", "### Document type", ""]
    out += _table(
        ["type", "documents", "right", "accuracy"],
        [[t, r["n"], r["right"], _rate(r["right"], r["n"])] for t, r in sorted(Ty["rows"].items())],
    )
    out += ["", "By language of the document:", ""]
    out += _table(
        ["language", "documents", "right", "accuracy"],
        [[lg, r["n"], r["right"], _rate(r["right"], r["n"])] for lg, r in sorted(Ty["by_language"].items())],
    )
    if Ty["confusion"]:
        out += [
            "",
            "Confusion (truth -> docchk): "
            + "; ".join(f"{a} -> {b}: {n}" for (a, b), n in Ty["confusion"].most_common()),
            "",
        ]
        out += _table(
            ["file", "title as printed", "truth", "docchk (confidence)", "first lines docchk read"],
            [[k, title, t, f"{g} ({c})", read] for k, title, t, g, c, read in sorted(Ty["misses"])],
        )

    # apostille
    out += ["", "### Apostille and legalisation", ""]
    out += _table(
        ["apostille wording", "documents", "found", "recall"],
        [[s, r["n"], r["found"], _rate(r["found"], r["n"])] for s, r in sorted(A["by_style"].items())],
    )
    out += [""]
    out += _table(
        ["where the apostille is", "documents", "found", "recall"],
        [[s, r["n"], r["found"], _rate(r["found"], r["n"])] for s, r in sorted(A["by_place"].items())],
    )
    if A["missed"]:
        out += ["", "Apostilles missed:", ""]
        out += _table(["file", "wording", "placement", "docchk's legalisation", "docchk's type"], sorted(A["missed"]))
    out += [
        "",
        f"False alarms (apostille reported, none there): {len(A['false_civil'])} of {A['civil_without']} civil "
        f"documents, {len(A['false_all'])} of {A['all_without']} documents in all"
        + (": " + ", ".join(sorted(A["false_all"])) if A["false_all"] else "")
        + ".",
        "",
        "Look-alikes (documents without an apostille that carry something like one):",
        "",
    ]
    out += _table(
        ["look-alike", "documents", "docchk's legalisation"],
        [
            [LOOKALIKES.get(kind, kind), c["n"], ", ".join(f"{k}: {v}" for k, v in sorted(c.items()) if k != "n")]
            for kind, c in sorted(A["lookalikes"].items())
        ],
    )
    if A["false_all"]:
        out += ["", "False alarms, with what is on them:", ""]
        out += _table(
            ["file", "type", "what it carries"],
            [[k, A["false_kind"][k][0], A["false_kind"][k][1]] for k in sorted(A["false_all"])],
        )
    out += [
        "",
        "`legalisation` of civil documents (birth, marriage, unmarried, divorce, death, court) against the truth "
        "(not-needed: an EU or Dutch document or a CIEC multilingual extract):",
        "",
    ]
    classes = ["apostille", "legalised", "not-needed", "none"]
    out += _table(
        ["truth \\ docchk"] + classes + ["None"],
        [[t] + [A["four"].get((t, g), 0) for g in classes + [None]] for t in classes],
    )
    if A["four_miss"]:
        out += ["", "Civil documents with the wrong `legalisation`:", ""]
        out += _table(["file", "issuer", "truth", "docchk", "docchk's type"], sorted(A["four_miss"]))

    # MRZ
    out += ["", "### Passport machine-readable zone", ""]
    qd = {
        q: f"{QUALITY[q]['dpi']} dpi, JPEG q{QUALITY[q]['jpeg']}, noise {QUALITY[q]['noise']}, blur {QUALITY[q]['blur']}, "
        f"skew {QUALITY[q]['skew'] or '0.2-1.0'} deg"
        for q in QUALITY
    }
    out += _table(
        ["scan quality", "passports", "MRZ found", "valid (parse rate)", "all fields right", "mrz-invalid reported"],
        [
            [
                f"{q} ({qd[q]})",
                r["n"],
                r["found"],
                f"{r['valid']} ({_rate(r['valid'], r['n'])})",
                r["fields"],
                r["false_invalid"],
            ]
            for q, r in sorted(M["by_quality"].items())
        ],
    )
    out += [
        "",
        "Fields right: "
        + ", ".join(f"{f} {n}/{M['n']}" for f, n in M["per_field"].items())
        + f". Typed as passport: {M['typed_passport']}/{M['n_all']}.",
        "",
    ]
    if M["misses"]:
        out += ["Passports not read right:", ""]
        out += _table(
            ["file", "quality", "MRZ font", "what went wrong", "printed MRZ", "docchk read"],
            [[k, q, f, w, " / ".join(tl), " / ".join(rl) if rl else "-"] for k, q, f, w, tl, rl in sorted(M["misses"])],
        )
        out += [""]
    out += ["Deliberately wrong check digit:", ""]
    out += _table(
        [
            "file",
            "wrong digit",
            "quality",
            "reported invalid",
            "right check named",
            "checks docchk failed",
            "`passport.mrz-invalid`",
        ],
        [[k, b, q, d, n, f, ", ".join(s) or "-"] for k, b, q, d, n, f, s in sorted(M["bad"])],
    )
    out += [
        "",
        "`passport.expired` (error: expired before the submission date; warning: expires within 6 months): "
        + "; ".join(
            f"truth {w or 'none'} -> docchk {g or 'none'}: {n}" for (w, g), n in sorted(M["expired"].items(), key=str)
        ),
        "",
    ]

    # dates
    out += ["### Issue dates and `document.outdated`", ""]
    out += _table(
        ["language", "dated documents", "right", "wrong", "none read", "accuracy"],
        [
            [lg, r["n"], r["right"], r["wrong"], r["none"], _rate(r["right"], r["n"])]
            for lg, r in sorted(D["rows"].items())
        ],
    )
    if D["misses"]:
        out += ["", "Issue dates not right (docchk reads a date only on documents it typed as a dated type):", ""]
        out += _table(
            ["file", "language", "how the date is written", "truth", "docchk", "docchk's type", "type right"],
            sorted(D["misses"], key=lambda r: (not r[6], r[0])),
        )
    o = D["outdated"]
    out += [
        "",
        f"`document.outdated` on unmarried declarations (older than 6 months: issued before 2026-05-23): "
        f"errors right {o['tp']}, errors wrong {o['fp']}, missed {o['fn']}, right silence {o['tn']}, "
        f"warnings (no date read) on outdated {o['warn_true']} and on fresh ones {o['warn_false']}; {_pr(o)}.",
        "",
    ]
    if D["outdated_rows"]:
        out += _table(
            ["file", "issued", "outdated", "docchk", "date docchk read", "docchk's type"], sorted(D["outdated_rows"])
        )

    # translations
    out += ["", "### Sworn translations", ""]
    out += _table(
        [
            "paired by",
            "translations",
            "typed translation",
            "paired right",
            "paired wrong",
            "made abroad: warned",
            "made in NL: warned (false)",
        ],
        [
            [k, c["n"], c["typed"], c["right"], c["wrong"], f"{c['abroad_warned']}/{c['abroad_n']}", c["nl_warned"]]
            for k, c in sorted(Tr["pairs"].items())
        ],
    )
    if Tr["misses"]:
        out += ["", "Not paired right:", ""]
        out += _table(
            ["translation", "paired by", "truth", "docchk", "docchk's type", "made in NL"], sorted(Tr["misses"])
        )
    lr = Tr["language_rule"]
    out += [
        "",
        f"`document.language-not-accepted` (should fire on a document in another language than nl/en/fr/de "
        f"without a translation in its folder): right {lr['tp']}, false alarms {lr['fp']}, missed {lr['fn']}, right "
        f"silence {lr['tn']}.",
        "",
    ]
    if Tr["language_rule_rows"]:
        out += _table(
            ["file", "language", "should fire", "fired", "docchk's language"], sorted(Tr["language_rule_rows"])
        )
        out += [""]

    # corpus
    c_lang = Counter(d.truth["language"] or ("passport" if d.passport else "multilingual") for d in docs)
    c_type = Counter(d.truth["type"] for d in docs)
    c_q = Counter(d.quality for d in docs)
    out += [
        "### The corpus",
        "",
        "Languages: " + ", ".join(f"{k} {n}" for k, n in sorted(c_lang.items())) + ".",
        "Types: " + ", ".join(f"{k} {n}" for k, n in sorted(c_type.items())) + ".",
        "Scan qualities: " + ", ".join(f"{k} {n} ({qd[k]})" for k, n in sorted(c_q.items())) + ".",
        "Passport MRZ fonts: "
        + ", ".join(f"{k} {n}" for k, n in sorted(Counter(d.passport["mrz_font"] for d in docs if d.passport).items()))
        + " (ocrb: OCR-B from Debian's fonts-ocr-b at the standard 10 characters per inch, the typeface of real "
        "MRZs; Courier takes its place where it is not installed).",
        f"Apostilles {sum(d.truth['apostille'] for d in docs)} (wordings: "
        + ", ".join(
            f"{k} {n}"
            for k, n in sorted(Counter(d.truth["apostille_style"] for d in docs if d.truth["apostille"]).items())
        )
        + f"), embassy legalisations {sum(d.truth['legalised'] for d in docs)}, look-alikes "
        + ", ".join(
            f"{k} {n}" for k, n in sorted(Counter(d.truth["lookalike"] for d in docs if d.truth["lookalike"]).items())
        )
        + ".",
        "Every page is an image-only PDF (no text layer) of a generated page scanned with paper tint, blur, noise, "
        "dust and skew, with the V-number handwritten in the top margin; civil documents carry a signature and a "
        "round stamp. Translation sets are scanned as separate submissions (each with 3 pairs and one untranslated "
        "paper); everything else as one. Truth per document: `"
        + meta["truth_file"]
        + "`; docchk's answers: `"
        + meta["results_file"]
        + "`.",
        MARK_END,
    ]
    return out


def _pr(c: Counter) -> str:
    tp, fp, fn = c["tp"], c["fp"], c["fn"] + c["warn_true"]
    p = f"{tp / (tp + fp):.2f}" if tp + fp else "n/a"
    r = f"{tp / (tp + fn):.2f}" if tp + fn else "n/a"
    return f"precision {p}, recall {r}"


def _pairs_total(pairs) -> str:
    n = sum(c["n"] for c in pairs.values())
    right = sum(c["right"] for c in pairs.values())
    parts = ", ".join(f"by {k} {c['right']}/{c['n']}" for k, c in sorted(pairs.items()))
    return f"{_rate(right, n)} ({right}/{n}; {parts})"


def write_section(lines: list[str], path: Path = ACCURACY_MD) -> None:
    """Put the section between the markers of ``path`` (appended when absent); the rest stays as it is."""
    section = "\n".join(lines)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARK_BEGIN in old and MARK_END in old:
        head, _, rest = old.partition(MARK_BEGIN)
        _, _, tail = rest.partition(MARK_END)
        new = head + section + tail
    else:
        new = old + ("\n" if old and not old.endswith("\n") else "") + ("\n" if old else "") + section + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")


# ===========================================================================


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _commit() -> str:
    """The checkout measured: commit, and whether docchk/ had changes not committed."""
    rev = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--", "docchk")
    return f", commit {rev}{' with uncommitted changes in docchk/' if dirty else ''}" if rev else ""


def _code_state() -> str:
    """Commit and uncommitted changes of docchk/: compared before and after the scan."""
    return hashlib.sha256(
        (
            _git("rev-parse", "HEAD") + _git("status", "--porcelain", "--", "docchk") + _git("diff", "--", "docchk")
        ).encode()
    ).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/docchk-understanding"),
        help="where the corpus, its truth and docchk's answers go (default: %(default)s)",
    )
    ap.add_argument("--quick", action="store_true", help="about a quarter of the corpus, for a fast look")
    ap.add_argument(
        "--out",
        type=Path,
        default=None,
        help="the Markdown file to put the section in (default: docs/accuracy.md; with --quick "
        "WORK/understanding-quick.md, so a fast look never replaces the full figures)",
    )
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = args.work / "understanding-quick.md" if args.quick else ACCURACY_MD
    t_start = time.perf_counter()
    import docchk

    missing_scripts = [s for s, ok in scripts_available().items() if not ok]
    if missing_scripts:
        print(
            f"fonts missing for {', '.join(missing_scripts)}: install fonts-noto-core / fonts-noto-cjk "
            "(or fonts-hosny-amiri, fonts-wqy-microhei)",
            file=sys.stderr,
        )
        return 2
    docs = build_corpus(args.quick)
    corpus = args.work / ("corpus-quick" if args.quick else "corpus")
    print(f"corpus: {len(docs)} documents in {corpus}", file=sys.stderr)
    write_s, reused = write_corpus(docs, corpus, args.quick, jobs=2)
    print(f"  {'reused' if reused else f'written in {write_s:.0f} s'}", file=sys.stderr)
    state = _code_state()
    answers, scan_s = run_docchk(corpus, docs, jobs=2)
    changed = _code_state() != state
    if changed:
        print("warning: docchk/ changed while it was being measured; run again", file=sys.stderr)
    R = evaluate(docs, answers)
    results_file = args.work / ("results-quick.json" if args.quick else "results.json")
    results_file.write_text(
        json.dumps(
            {"answers": answers, "truth": {d.key: d.truth for d in docs}}, ensure_ascii=False, indent=1, default=str
        )
    )
    total_s = time.perf_counter() - t_start
    meta = {
        "date": dt.date.today().isoformat(),
        "version": docchk.report.installed_version() + _commit(),
        "command": ".venv/bin/python benchmarks/understanding.py" + (" --quick" if args.quick else ""),
        "documents": len(docs),
        "pages": sum(len(d.pages) or 1 for d in docs),
        "write_s": write_s,
        "reused": reused,
        "scan_s": scan_s,
        "changed": changed,
        "total_s": total_s,
        "cores": os.cpu_count(),
        "truth_file": str(corpus / "truth.json"),
        "results_file": str(results_file),
    }
    lines = render_report(R, docs, meta)
    write_section(lines, args.out)
    summary = lines[lines.index("### Summary") : lines.index("### Language")]
    print("\n".join(summary))
    print(f"written to {args.out} ({total_s / 60:.1f} min)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
