"""Identity documents as people photograph them, with the truth of their MRZ.

Renders passports (TD3), ID cards (TD1), older ID cards (TD2) and visas
(MRV-A, MRV-B) in OCR-B at the standard pitch (10 characters per inch) on a
card or data page with a tinted background, guilloche-like curves, a portrait,
visual-zone fields and a header, and then photographs or scans them:

* ``photo``: the document on a table, turned by 0/90/180/270 degrees plus a
  small skew, in perspective, under uneven light with glare, blurred, noisy,
  at 800-2400 pixels, as JPEG of quality 35-85, no resolution recorded;
* ``a4-scan``: the document placed on a white A4 at 150-300 dpi, slightly
  askew, as PNG, JPEG or an image-only PDF;
* ``card-scan``: the document alone, scanned at 150-200 dpi.

Two sets are made from different seeds *and* different parameter ranges
(``tune`` and ``check``), so a reader fitted to one is measured on the other.
Every image's MRZ truth is in ``labels.json``; check digits are computed here
with samples/generate.py's own function, never with docchk's.
"""

from __future__ import annotations

import json
import math
import random
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "samples"))
from generate import _mrz_check as ck  # noqa: E402

OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LIB_BOLD = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
LIB = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"

#: Document size in mm (ISO/IEC 7810 ID-1, ID-2, ID-3) and MRZ lines x length.
FORMATS = {
    "TD3": ((125.0, 88.0), 2, 44),
    "MRVA": ((125.0, 88.0), 2, 44),
    "TD2": ((105.0, 74.0), 2, 36),
    "MRVB": ((105.0, 74.0), 2, 36),
    "TD1": ((85.6, 54.0), 3, 30),
}
STATES = [
    "NLD",
    "D",
    "FRA",
    "ESP",
    "ITA",
    "POL",
    "TUR",
    "UKR",
    "IND",
    "CHN",
    "BRA",
    "PHL",
    "IRN",
    "EGY",
    "MAR",
    "IDN",
    "ROU",
    "GRC",
    "HUN",
    "CZE",
    "VNM",
    "SRB",
    "ARG",
    "PER",
    "NGA",
    "PAK",
    "USA",
    "GBR",
    "BEL",
    "PRT",
]
SURNAMES = [
    "DE<VRIES",
    "MUELLER",
    "OZTURK",
    "KOWALSKA",
    "ROSSI",
    "GARCIA<LOPEZ",
    "NGUYEN",
    "WANG",
    "SHARMA",
    "SANTOS<SILVA",
    "REYES",
    "HOSSEINI",
    "ELMASRY",
    "BENALI",
    "PETRENKO",
    "POPESCU",
    "PAPADOPOULOU",
    "NAGY",
    "NOVAKOVA",
    "JOVANOVIC",
    "FERNANDEZ",
    "OKAFOR",
    "KHAN",
    "SMITH",
    "DUBOIS",
    "PEREIRA",
]
GIVEN = [
    "ANNA<MARIA",
    "MEHMET",
    "PRIYA",
    "LI",
    "JOAO<PEDRO",
    "FATIMA<ZAHRA",
    "OLENA",
    "ANDREI",
    "ELENI",
    "ZSOFIA",
    "JAN",
    "MILOS",
    "LUCIA",
    "CHINEDU",
    "AISHA",
    "THOMAS",
    "MARIE<CLAIRE",
    "AHMED",
    "SITI",
]


@dataclass
class Specimen:
    file: str
    format: str  # TD1, TD2, TD3, MRVA, MRVB
    lines: list[str]
    scene: str  # photo, a4-scan, card-scan
    turn: int  # 0, 90, 180, 270
    skew: float
    pixels: str  # image size
    notes: str


def _pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def _date(rng: random.Random, y0: int, y1: int) -> str:
    return f"{rng.randint(y0, y1) % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def _number(rng: random.Random, n: int) -> str:
    letters = "CFGHJKLMNPRTVWXYZ"
    return "".join(rng.choice(letters) if i < rng.choice((0, 1, 2)) else str(rng.randint(0, 9)) for i in range(n))


def mrz_lines(fmt: str, rng: random.Random) -> list[str]:
    """The MRZ of a random holder, check digits right (ICAO Doc 9303 parts 4-7)."""
    state = rng.choice(STATES)
    nat = state if rng.random() < 0.9 else rng.choice(STATES)
    name = rng.choice(SURNAMES) + "<<" + rng.choice(GIVEN)
    number = _number(rng, rng.choice((8, 9)))
    dob, exp, sex = _date(rng, 1955, 2006), _date(rng, 2027, 2036), rng.choice("MF")
    num9 = _pad(number, 9)
    if fmt in ("TD3", "MRVA"):
        code = "P<" if fmt == "TD3" else "V<"
        line1 = code + _pad(state, 3) + _pad(name, 39)
        head = num9 + ck(num9) + _pad(nat, 3) + dob + ck(dob) + sex + exp + ck(exp)
        if fmt == "TD3":
            personal = _pad(_number(rng, 10) if rng.random() < 0.4 else "", 14)
            pcd = ck(personal) if personal.strip("<") else "<"
            composite = num9 + ck(num9) + dob + ck(dob) + exp + ck(exp) + personal + pcd
            line2 = head + personal + pcd + ck(composite)
        else:
            line2 = head + _pad("", 16)
        return [line1, line2]
    if fmt in ("TD2", "MRVB"):
        code = rng.choice(("ID", "I<", "AC")) if fmt == "TD2" else "V<"
        line1 = code + _pad(state, 3) + _pad(name, 31)
        head = num9 + ck(num9) + _pad(nat, 3) + dob + ck(dob) + sex + exp + ck(exp)
        if fmt == "TD2":
            optional = _pad("", 7)
            composite = num9 + ck(num9) + dob + ck(dob) + exp + ck(exp) + optional
            line2 = head + optional + ck(composite)
        else:
            line2 = head + _pad("", 8)
        return [line1, line2]
    code = rng.choice(("ID", "I<", "IR", "AC"))
    opt1 = _pad(_number(rng, 6) if rng.random() < 0.3 else "", 15)
    line1 = code + _pad(state, 3) + num9 + ck(num9) + opt1
    opt2 = _pad("", 11)
    line2 = dob + ck(dob) + sex + exp + ck(exp) + _pad(nat, 3) + opt2
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line2 += ck(composite)
    line3 = _pad(name, 30)
    return [line1, line2, line3]


# --------------------------------------------------------------------------
# The document itself, at 12 px/mm
# --------------------------------------------------------------------------

PX_MM = 12.0


def _font(path: str, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, max(6, int(round(size))))


def _ocrb_size() -> int:
    probe = ImageFont.truetype(OCRB, 200)
    return int(round(200 * (2.54 * PX_MM) / probe.getlength("<")))


def render_document(fmt: str, lines: list[str], rng: random.Random, style: dict) -> Image.Image:
    (w_mm, h_mm), n_lines, _ = FORMATS[fmt]
    w, h = int(w_mm * PX_MM), int(h_mm * PX_MM)
    tint = tuple(int(c) for c in np.clip(np.array(style["tint"]) + rng.uniform(-12, 12), 150, 255))
    img = Image.new("RGB", (w, h), tint)
    d = ImageDraw.Draw(img)
    # background gradient and guilloche-like curves
    for y in range(0, h, 4):
        shade = int(14 * math.sin(y / h * math.pi))
        d.line([(0, y), (w, y)], fill=tuple(max(0, c - shade) for c in tint), width=4)
    curve = tuple(max(0, c - style["guilloche_depth"]) for c in tint)
    for k in range(style["curves"]):
        phase, amp, freq = rng.uniform(0, 6.3), rng.uniform(3, 12) * PX_MM, rng.uniform(1.5, 4.5)
        y0 = rng.uniform(0.1, 0.9) * h
        pts = [(x, y0 + amp * math.sin(freq * x / w * 2 * math.pi + phase)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=curve, width=1 + (k % 2))
    # portrait
    px, py, pw, ph = int(5 * PX_MM), int(h_mm * 0.18 * PX_MM), int(w_mm * 0.24 * PX_MM), int(h_mm * 0.45 * PX_MM)
    portrait = Image.new("RGB", (pw, ph), (rng.randint(170, 215),) * 3)
    pd = ImageDraw.Draw(portrait)
    skin = (rng.randint(90, 200), rng.randint(70, 160), rng.randint(50, 130))
    pd.ellipse([pw * 0.25, ph * 0.12, pw * 0.75, ph * 0.58], fill=skin)
    pd.ellipse([pw * 0.05, ph * 0.6, pw * 0.95, ph * 1.3], fill=(40, 45, 60))
    img.paste(portrait, (px, py))
    # header and visual-zone fields
    bold, regular = (SANS_BOLD, SANS) if style["viz_font"] == "dejavu" else (LIB_BOLD, LIB)
    d.text((px, int(2.5 * PX_MM)), style["header"], font=_font(bold, 3.2 * PX_MM), fill=(20, 30, 70))
    fx = px + pw + int(5 * PX_MM)
    fy = py
    surname, _, given = lines[-1 if fmt == "TD1" else 0][0 if fmt == "TD1" else 5 :].partition("<<")
    values = [surname.replace("<", " "), given.strip("<").replace("<", " "), "01.01.1990", "NLD", "12.03.2031"]
    labels = ["Surname / Nom", "Given names / Prénoms", "Date of birth", "Nationality", "Date of expiry"]
    step = (h_mm * 0.5 * PX_MM) / len(values)
    for label, value in zip(labels, values, strict=True):
        d.text((fx, fy), label, font=_font(regular, 1.8 * PX_MM), fill=(70, 70, 90))
        d.text((fx, fy + 2.0 * PX_MM), value, font=_font(bold, 2.8 * PX_MM), fill=(10, 10, 10))
        fy += step
    # the MRZ: OCR-B, 10 characters per inch, lines 4.2-6.5 mm apart, 3-5 mm from the foot
    f = _font(OCRB, _ocrb_size())
    pitch = 2.54 * PX_MM
    spacing = rng.uniform(*style["line_spacing_mm"]) * PX_MM
    bottom = h - rng.uniform(3.0, 5.0) * PX_MM
    left = (w - pitch * len(lines[0])) / 2 + rng.uniform(-1.5, 1.5) * PX_MM
    if style.get("mrz_band"):
        d.rectangle([0, bottom - spacing * n_lines - 2 * PX_MM, w, h], fill=tuple(min(255, c + 18) for c in tint))
    ink = style["ink"]
    for i, line in enumerate(lines):
        y = bottom - spacing * (n_lines - 1 - i)
        for k, ch in enumerate(line):
            d.text((left + k * pitch, y), ch, font=f, fill=ink, anchor="ls")
    return img


# --------------------------------------------------------------------------
# Photographing and scanning
# --------------------------------------------------------------------------


def _glare(img: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.12, 0.3) * max(w, h)
    blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))[..., None] * strength
    light = np.linspace(rng.uniform(0.75, 1.0), rng.uniform(0.9, 1.1), w)[None, :, None]
    arr = np.asarray(img, dtype=np.float32) * light
    arr = arr + (255 - arr) * blob
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _perspective(img: Image.Image, rng: random.Random, amount: float, fill) -> Image.Image:
    import cv2

    w, h = img.size
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jitter = np.float32([[rng.uniform(-amount, amount) * w, rng.uniform(-amount, amount) * h] for _ in range(4)])
    dst = src + jitter
    dst -= dst.min(axis=0)
    size = (int(dst[:, 0].max()) + 1, int(dst[:, 1].max()) + 1)
    m = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(np.asarray(img), m, size, borderValue=fill)
    return Image.fromarray(out)


def _table(rng: random.Random, size: tuple[int, int], dark: bool) -> Image.Image:
    base = np.array(
        [rng.randint(60, 120), rng.randint(40, 90), rng.randint(20, 60)] if dark else [rng.randint(180, 235)] * 3,
        dtype=np.float32,
    )
    h, w = size[1], size[0]
    grain = np.sin(np.linspace(0, rng.uniform(20, 60), w))[None, :] * 10 + np.random.default_rng(
        rng.randint(0, 10**6)
    ).normal(0, 6, (h, w))
    arr = np.clip(base[None, None, :] + grain[..., None], 0, 255).astype(np.uint8)
    return Image.fromarray(arr)


def _noise(img: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32)
    arr += np.random.default_rng(rng.randint(0, 10**6)).normal(0, sigma, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def photograph(doc: Image.Image, rng: random.Random, style: dict, turn: int, skew: float) -> Image.Image:
    doc = _glare(doc, rng, rng.uniform(*style["glare"]))
    alpha = Image.new("L", doc.size, 255).rotate(turn + skew, expand=True)
    doc = doc.rotate(turn + skew, expand=True, resample=Image.Resampling.BICUBIC)
    w, h = doc.size
    margin = rng.uniform(0.05, 0.3)
    table = _table(rng, (int(w * (1 + 2 * margin)), int(h * (1 + 2 * margin))), dark=rng.random() < 0.7)
    table.paste(doc, (int(w * margin), int(h * margin)), alpha)
    shot = _perspective(table, rng, rng.uniform(*style["perspective"]), fill=(30, 30, 30))
    shot = shot.filter(ImageFilter.GaussianBlur(rng.uniform(*style["blur"])))
    long_side = rng.randint(*style["photo_pixels"])
    scale = long_side / max(shot.size)
    shot = shot.resize((max(1, int(shot.width * scale)), max(1, int(shot.height * scale))), Image.Resampling.LANCZOS)
    return _noise(shot, rng, rng.uniform(2, 7))


def scan_on_a4(doc: Image.Image, rng: random.Random, style: dict, dpi: int, turn: int, skew: float) -> Image.Image:
    px_mm = dpi / 25.4
    page = Image.new("RGB", (int(210 * px_mm), int(297 * px_mm)), (250, 250, 248))
    doc = doc.resize((int(doc.width * px_mm / PX_MM), int(doc.height * px_mm / PX_MM)), Image.Resampling.LANCZOS)
    doc = doc.rotate(turn + skew, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=(250, 250, 248))
    x = rng.randint(int(10 * px_mm), max(int(10 * px_mm) + 1, page.width - doc.width - int(10 * px_mm)))
    y = rng.randint(int(15 * px_mm), max(int(15 * px_mm) + 1, page.height - doc.height - int(15 * px_mm)))
    page.paste(doc, (x, y))
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    return _noise(page, rng, rng.uniform(2, 5))


def scan_card(doc: Image.Image, rng: random.Random, dpi: int, turn: int, skew: float) -> Image.Image:
    px_mm = dpi / 25.4
    doc = doc.resize((int(doc.width * px_mm / PX_MM), int(doc.height * px_mm / PX_MM)), Image.Resampling.LANCZOS)
    doc = doc.rotate(turn + skew, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=(245, 245, 245))
    return _noise(doc.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8))), rng, rng.uniform(2, 5))


# --------------------------------------------------------------------------
# The two sets
# --------------------------------------------------------------------------

SETS = {
    "tune": {
        "seed": 19001,
        "count": 30,
        "formats": {"TD3": 12, "TD1": 9, "TD2": 3, "MRVA": 3, "MRVB": 3},
        "scenes": {"photo": 0.5, "a4-scan": 0.35, "card-scan": 0.15},
        "style": {
            "tint": (222, 228, 238),
            "guilloche_depth": 40,
            "curves": 30,
            "viz_font": "dejavu",
            "line_spacing_mm": (4.3, 6.0),
            "ink": (15, 15, 20),
            "glare": (0.0, 0.35),
            "perspective": (0.0, 0.04),
            "blur": (0.3, 1.0),
            "photo_pixels": (1000, 2400),
            "skew": 4.0,
        },
    },
    "check": {
        "seed": 73313,
        "count": 30,
        "formats": {"TD3": 10, "TD1": 10, "TD2": 4, "MRVA": 3, "MRVB": 3},
        "scenes": {"photo": 0.6, "a4-scan": 0.25, "card-scan": 0.15},
        "style": {
            "tint": (236, 222, 205),
            "guilloche_depth": 60,
            "curves": 45,
            "viz_font": "liberation",
            "line_spacing_mm": (4.0, 6.5),
            "ink": (35, 30, 45),
            "glare": (0.1, 0.5),
            "perspective": (0.01, 0.06),
            "blur": (0.5, 1.4),
            "photo_pixels": (800, 2000),
            "skew": 6.0,
            "mrz_band": True,
        },
    },
}
HEADERS = [
    "REPUBLIC OF UTOPIA",
    "KONINKRIJK DER NEDERLANDEN",
    "REPUBLIQUE FRANCAISE",
    "BUNDESREPUBLIK",
    "REPUBLIC OF INDIA",
    "TÜRKİYE CUMHURİYETİ",
    "ROMÂNIA",
    "ESTADOS UNIDOS MEXICANOS",
]


def build(name: str, out: Path) -> list[Specimen]:
    """Write set ``name``'s images and labels.json into ``out``; returns the labels."""
    spec = SETS[name]
    rng = random.Random(spec["seed"])
    out.mkdir(parents=True, exist_ok=True)
    formats = [f for f, n in spec["formats"].items() for _ in range(n)]
    rng.shuffle(formats)
    scenes, weights = zip(*spec["scenes"].items(), strict=True)
    made = []
    for i, fmt in enumerate(formats[: spec["count"]]):
        style = dict(spec["style"], header=rng.choice(HEADERS))
        lines = mrz_lines(fmt, rng)
        doc = render_document(fmt, lines, rng, style)
        scene = rng.choices(scenes, weights)[0]
        turn = rng.choice((0, 0, 90, 180, 270)) if scene == "photo" else rng.choice((0, 0, 0, 180))
        skew = round(rng.uniform(-style["skew"], style["skew"]) if scene == "photo" else rng.uniform(-2, 2), 1)
        notes = ""
        if scene == "photo":
            img = photograph(doc, rng, style, turn, skew)
            ext, save = "jpg", {"quality": rng.randint(35, 85)}
            notes = f"jpeg q{save['quality']}"
        elif scene == "a4-scan":
            dpi = rng.choice((150, 200, 300))
            img = scan_on_a4(doc, rng, style, dpi, turn, skew)
            ext = rng.choice(("png", "jpg", "pdf"))
            save = (
                {"dpi": (dpi, dpi)}
                | ({"quality": 70} if ext == "jpg" else {})
                | ({"resolution": dpi} if ext == "pdf" else {})
            )
            notes = f"{dpi} dpi"
        else:
            dpi = rng.choice((150, 200))
            img = scan_card(doc, rng, dpi, turn, skew)
            ext, save = "png", {"dpi": (dpi, dpi)}
            notes = f"{dpi} dpi"
        file = f"{name}-{i:02d}-{fmt.lower()}-{scene}.{ext}"
        img.save(out / file, **save)
        made.append(Specimen(file, fmt, lines, scene, turn, skew, f"{img.width}x{img.height}", notes))
    (out / "labels.json").write_text(json.dumps([asdict(s) for s in made], indent=1))
    return made


if __name__ == "__main__":
    for set_name in sys.argv[1:] or list(SETS):
        build(set_name, Path("/tmp/docchk-mrz") / set_name)
        print(set_name, "written to", Path("/tmp/docchk-mrz") / set_name)
