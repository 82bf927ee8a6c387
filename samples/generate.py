#!/usr/bin/env python3
"""Generate the sample submission folders of docchk, deterministically.

    python samples/generate.py            # rewrites samples/clean, samples/problems, samples/expected
    python samples/generate.py --out DIR  # writes the same tree somewhere else

Every random choice comes from a fixed seed, reportlab canvases are written
with ``invariant=1`` and no file carries a timestamp, so two runs on the same
machine give byte-identical files. (Other versions of Pillow, libjpeg, pdfium
or reportlab may encode a few bytes differently; the content stays the same.)

The module is importable: tests build their own cases with the public
functions below (``text_pdf``, ``render_pdf_page``, ``render_pages``, ``scan``,
``blank_back``, ``handwrite``, ``images_to_pdf``, ``save_image``,
``save_tiff``, ``encrypted_pdf``, ``garbage_pdf``, ``zip_files``).

Only the paths under ``samples/`` are written; nothing here is imported by the
docchk package itself.
"""

# No "from __future__ import annotations": the dataclass below must also work
# when a test loads this file with importlib without registering it in
# sys.modules.
import argparse
import io
import json
import math
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, A5, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas as rl_canvas

# --------------------------------------------------------------------------
# The fictional applicant
# --------------------------------------------------------------------------

V_NUMBER = "2719283746"
OTHER_NUMBER = "5830017294"  # a different 10-digit number (handwritten-missing.pdf p2)
NAME = "Amira Haddad"
BIRTH_DATE = "1994-03-17"
V_LABEL = f"V-nummer: {V_NUMBER}"

DOCCHK_TOML = f"""[applicant]
v_number = "{V_NUMBER}"
name = "{NAME}"
birth_date = {BIRTH_DATE}
"""

MM = 72.0 / 25.4  # PDF points per millimetre
A4_MM = (210.0, 297.0)
ID1_MM = (85.6, 54.0)  # ISO/IEC 7810 ID-1 card, landscape

FONT_DIR = Path("/usr/share/fonts/truetype")
HANDWRITING_FONTS = {
    "dkg": FONT_DIR / "fifthhorseman" / "dkg.ttf",  # "DkgHandwriting", fine pen
    "dkg-bold": FONT_DIR / "fifthhorseman" / "dkgBd.ttf",  # the same hand, felt-tip pen
    "femkeklaver": FONT_DIR / "femkeklaver" / "femkeklaver.ttf",
    "breip": FONT_DIR / "breip" / "Breip.ttf",
}
#: The handwriting font the samples use (chosen because Tesseract reads its
#: digits; see samples/README.md).
DEFAULT_HANDWRITING = "dkg-bold"
#: Print-like font for small marks drawn straight onto images (page numbers).
PRINT_FONT = FONT_DIR / "liberation" / "LiberationSans-Regular.ttf"

PathLike = str | os.PathLike


def mm_to_px(mm: float, dpi: float) -> int:
    return int(round(mm * dpi / 25.4))


def a4_px(dpi: float) -> tuple[int, int]:
    """Pixel size of an A4 portrait page at ``dpi``."""
    return mm_to_px(A4_MM[0], dpi), mm_to_px(A4_MM[1], dpi)


# --------------------------------------------------------------------------
# Born-digital PDFs
# --------------------------------------------------------------------------


@dataclass
class PageSpec:
    """One page of a typed document.

    ``lines`` use a tiny markup: ``"# Title"`` (bold, large), ``"## Heading"``
    (bold), ``"^ text"`` (centred), ``"^# text"`` (centred, large bold),
    ``"a\\tb\\tc"`` (columns at ``tabs``), ``"---"`` (rule), ``""`` (half a
    blank line). Long lines wrap. ``header`` is printed at the top right (the
    usual place for "V-nummer: ..."), ``header_left`` at the top left,
    ``footer`` at the bottom centre. ``draw(canvas, width, height)`` may paint
    anything else (a passport page, a card) before the text.
    """

    lines: list[str] = field(default_factory=list)
    header: str | None = None
    header_left: str | None = None
    footer: str | None = None
    draw: Callable[[rl_canvas.Canvas, float, float], None] | None = None
    font_size: float = 10.5
    top_mm: float = 40.0
    margin_mm: float = 25.0
    tabs_mm: tuple[float, ...] = (70.0, 125.0)


def _as_spec(page: PageSpec | Sequence[str]) -> PageSpec:
    return page if isinstance(page, PageSpec) else PageSpec(lines=list(page))


def _draw_page(c: rl_canvas.Canvas, spec: PageSpec, width: float, height: float) -> None:
    scale = min(1.0, width / A4[0])  # smaller sheets get smaller margins
    margin = spec.margin_mm * MM * scale
    if spec.draw is not None:
        spec.draw(c, width, height)
    c.setFillColorRGB(0, 0, 0)
    if spec.header:
        c.setFont("Helvetica", 10)
        c.drawRightString(width - margin, height - 15 * MM * scale, spec.header)
    if spec.header_left:
        c.setFont("Helvetica", 9)
        c.drawString(margin, height - 15 * MM * scale, spec.header_left)
    if spec.footer:
        c.setFont("Helvetica", 9)
        c.drawCentredString(width / 2, 12 * MM * scale, spec.footer)

    size = spec.font_size
    leading = size * 1.42
    y = height - spec.top_mm * MM * scale
    usable = width - 2 * margin
    for raw in spec.lines:
        if raw == "":
            y -= leading * 0.5
            continue
        if raw == "---":
            c.setLineWidth(0.6)
            c.line(margin, y + leading * 0.3, width - margin, y + leading * 0.3)
            y -= leading * 0.5
            continue
        centred = raw.startswith("^")
        text = raw[1:].lstrip() if centred else raw
        font, fsize = "Helvetica", size
        if text.startswith("## "):
            font, fsize, text = "Helvetica-Bold", size + 1, text[3:]
        elif text.startswith("# "):
            font, fsize, text = "Helvetica-Bold", size + 5.5, text[2:]
        lead = fsize * 1.42
        if font == "Helvetica-Bold":
            y -= lead * 0.25
        c.setFont(font, fsize)
        if "\t" in text:
            cols = text.split("\t")
            c.drawString(margin, y, cols[0])
            for tab, col in zip(spec.tabs_mm, cols[1:], strict=False):
                c.drawString(margin + tab * MM * scale, y, col)
            y -= lead
            continue
        for part in simpleSplit(text, font, fsize, usable):
            if centred:
                c.drawCentredString(width / 2, y, part)
            else:
                c.drawString(margin, y, part)
            y -= lead


def text_pdf(
    path: PathLike | io.BytesIO,
    pages: Sequence[PageSpec | Sequence[str]],
    pagesize: tuple[float, float] = A4,
    title: str | None = None,
) -> None:
    """Write a born-digital PDF (Helvetica text layer), one page per entry.

    ``pages`` holds PageSpec objects or plain lists of lines. ``path`` may
    also be a BytesIO. Output is deterministic (``invariant=1``).
    """
    target = path if isinstance(path, io.BytesIO) else str(path)
    c = rl_canvas.Canvas(target, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setAuthor("docchk samples")
    c.setCreator("docchk samples/generate.py")
    if title:
        c.setTitle(title)
    width, height = pagesize
    for page in pages:
        _draw_page(c, _as_spec(page), width, height)
        c.showPage()
    c.save()


def text_pdf_bytes(
    pages: Sequence[PageSpec | Sequence[str]],
    pagesize: tuple[float, float] = A4,
    title: str | None = None,
) -> bytes:
    buf = io.BytesIO()
    text_pdf(buf, pages, pagesize=pagesize, title=title)
    return buf.getvalue()


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def render_pdf_page(path: PathLike | bytes, index: int, dpi: float, grayscale: bool = False) -> Image.Image:
    """Render page ``index`` (0-based) of a PDF file (or PDF bytes) with pdfium."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path if isinstance(path, bytes) else str(path))
    try:
        page = pdf[index]
        bitmap = page.render(scale=dpi / 72.0, grayscale=grayscale)
        img = bitmap.to_pil().copy()
        page.close()
    finally:
        pdf.close()
    return img.convert("L") if grayscale else img.convert("RGB")


def render_pages(
    pages: Sequence[PageSpec | Sequence[str]],
    dpi: float,
    pagesize: tuple[float, float] = A4,
    grayscale: bool = True,
) -> list[Image.Image]:
    """Typeset ``pages`` like text_pdf and render each at ``dpi``."""
    data = text_pdf_bytes(pages, pagesize=pagesize)
    return [render_pdf_page(data, i, dpi, grayscale=grayscale) for i in range(len(pages))]


# --------------------------------------------------------------------------
# Scanner effects
# --------------------------------------------------------------------------

GRAY_PAPER = 244
RGB_PAPER = (248, 245, 236)


def _paper_array(tint, mode: str) -> np.ndarray:
    if mode == "L":
        return np.array(tint if isinstance(tint, (int, float)) else GRAY_PAPER, dtype=np.float64)
    if isinstance(tint, (int, float)):
        tint = (tint, tint, tint)
    return np.array(tint, dtype=np.float64).reshape(1, 1, 3)


def _to_image(arr: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8))


def _jpeg_roundtrip(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=int(quality))
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out


def _edge_shadow(
    arr: np.ndarray, dpi: float, rng: np.random.Generator, edge: str, width_mm: float = 4.0, darkness: float = 150.0
) -> None:
    """Darken a strip along one edge in place (lid/scanner-glass shadow)."""
    h, w = arr.shape[:2]
    n = max(2, mm_to_px(width_mm, dpi))
    ramp = np.linspace(1.0, 0.0, n) ** 1.6 * darkness  # darkest at the very edge
    # a slowly wavering strip, like a sheet that does not lie flat
    length = h if edge in ("left", "right") else w
    waver = 1.0 + 0.15 * np.sin(np.linspace(0, rng.uniform(2, 5) * math.pi, length) + rng.uniform(0, 6))
    strip = ramp[None, :] * waver[:, None]  # (length, n)
    if edge == "left":
        sl, s = (slice(None), slice(0, n)), strip
    elif edge == "right":
        sl, s = (slice(None), slice(w - n, w)), strip[:, ::-1]
    elif edge == "top":
        sl, s = (slice(0, n), slice(None)), strip.T
    else:
        sl, s = (slice(h - n, h), slice(None)), strip.T[::-1, :]
    if arr.ndim == 3:
        s = s[:, :, None]
    arr[sl] = arr[sl] - s


def _speckles(arr: np.ndarray, rng: np.random.Generator, count: int, dpi: float) -> None:
    """A few small dark dust specks (at most ~0.3 mm across)."""
    h, w = arr.shape[:2]
    max_r = max(1, mm_to_px(0.15, dpi))
    yy, xx = np.ogrid[-max_r - 1 : max_r + 2, -max_r - 1 : max_r + 2]
    for _ in range(count):
        cy, cx = int(rng.integers(max_r + 2, h - max_r - 2)), int(rng.integers(max_r + 2, w - max_r - 2))
        r = rng.uniform(0.6, max_r + 0.4)
        level = rng.uniform(40, 120)
        mask = (yy**2 + xx**2) <= r * r
        win = arr[cy - max_r - 1 : cy + max_r + 2, cx - max_r - 1 : cx + max_r + 2]
        win[mask] = np.minimum(win[mask], level)  # also right for RGB (all channels)


def scan(
    image: Image.Image,
    dpi: float,
    seed: int,
    skew_deg: float | None = None,
    noise: float = 2.5,
    jpeg_quality: int | None = 75,
    grayscale: bool = True,
    tint: float | tuple[int, int, int] | None = None,
    speckles: int = 12,
    edge_shadow: str | None = None,
    blur: float = 0.5,
    ink: float = 28.0,
) -> Image.Image:
    """Make a clean rendering look scanned.

    Paper tint (ink stays dark, white becomes paper), a slight rotation
    (``skew_deg``; by default 0.2-1.0 degrees either way, filled with paper),
    a little optical blur, gaussian noise of ``noise`` gray levels, a few
    dust ``speckles``, an optional dark shadow strip along ``edge_shadow``
    ("left", "right", "top", "bottom") and a JPEG round trip at
    ``jpeg_quality`` (None skips it). The pixel size never changes.
    """
    rng = np.random.default_rng(seed)
    mode = "L" if grayscale else "RGB"
    src = image.convert(mode)
    paper = _paper_array(tint if tint is not None else (GRAY_PAPER if grayscale else RGB_PAPER), mode)
    a = np.asarray(src, dtype=np.float64) / 255.0
    arr = ink + (paper - ink) * a
    img = _to_image(arr)
    if skew_deg is None:
        skew_deg = float(rng.uniform(0.2, 1.0) * rng.choice([-1.0, 1.0]))
    fill = int(paper) if mode == "L" else tuple(int(v) for v in paper.ravel())
    if skew_deg:
        img = img.rotate(skew_deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img, dtype=np.float64).copy()
    if noise:
        shape = arr.shape[:2]
        n = rng.normal(0.0, noise, shape)
        arr = arr + (n[:, :, None] if arr.ndim == 3 else n)
    if speckles:
        _speckles(arr, rng, speckles, dpi)
    if edge_shadow:
        _edge_shadow(arr, dpi, rng, edge_shadow)
    out = _to_image(arr)
    if jpeg_quality:
        out = _jpeg_roundtrip(out, jpeg_quality)
    return out


def blank_back(
    dpi: float,
    seed: int,
    bleed_through: Image.Image | None = None,
    punch_holes: bool = False,
    page_number: str | int | None = None,
    edge_shadow: bool | str = False,
    size_mm: tuple[float, float] = A4_MM,
    grayscale: bool = True,
    noise: float = 3.0,
    speckles: int = 25,
    jpeg_quality: int | None = 75,
    size_px: tuple[int, int] | None = None,
) -> Image.Image:
    """The back of a sheet in a duplex scan: no content, but not white either.

    Paper tint, noise and dust specks; optionally a faint mirrored
    ``bleed_through`` of the front (15-35 gray levels darker than paper at
    most), two ``punch_holes`` (dark circles, 6 mm, 12 mm from the left edge,
    80 mm apart, vertically centred), a lone ``page_number`` (e.g. ``"4"`` or
    ``"- 2 -"``, ~10 pt, bottom centre) and an ``edge_shadow`` (True = left,
    or an edge name). The sheet is ``size_mm`` (A4) at ``dpi``, or exactly
    ``size_px`` (e.g. the front's ``image.size``) when given.
    """
    rng = np.random.default_rng(seed)
    w, h = size_px or (mm_to_px(size_mm[0], dpi), mm_to_px(size_mm[1], dpi))
    paper = float(rng.uniform(236, 246))
    arr = np.full((h, w), paper, dtype=np.float64)
    # uneven illumination: a very gentle gradient across the sheet
    gy = np.linspace(-1, 1, h)[:, None]
    gx = np.linspace(-1, 1, w)[None, :]
    arr += rng.uniform(-3, 3) * gy + rng.uniform(-3, 3) * gx
    if bleed_through is not None:
        ghost = bleed_through.convert("L").resize((w, h), Image.BILINEAR)
        ghost = ghost.transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(dpi / 100.0))
        g = 1.0 - np.asarray(ghost, dtype=np.float64) / 255.0
        g = g / max(g.max(), 1e-6)
        strength = float(rng.uniform(18, 32))  # never more than 35 levels below paper
        arr -= g * strength
    if punch_holes:
        r = mm_to_px(3.0, dpi)
        cx = mm_to_px(12.0, dpi)
        yy, xx = np.ogrid[:h, :w]
        for dy_mm in (-40.0, 40.0):
            cy = h / 2 + dy_mm * dpi / 25.4
            d = np.sqrt((yy - cy) ** 2 + (xx - cx) ** 2)
            # dark hole with a soft rim (the lid/background seen through it)
            hole = np.clip((r + 1.0 - d) / 2.0, 0.0, 1.0)
            level = rng.uniform(30, 55)
            arr = arr * (1 - hole) + level * hole
    if page_number is not None:
        img = _to_image(arr)
        draw = ImageDraw.Draw(img)
        font = ImageFont.truetype(str(PRINT_FONT), max(6, int(round(10 * dpi / 72.0))))
        text = str(page_number)
        box = draw.textbbox((0, 0), text, font=font)
        x = (w - (box[2] - box[0])) / 2 - box[0]
        y = h - mm_to_px(14.0, dpi) - box[3]
        draw.text((x, y), text, fill=35, font=font)
        arr = np.asarray(img.filter(ImageFilter.GaussianBlur(0.4)), dtype=np.float64).copy()
    if noise:
        arr += rng.normal(0.0, noise, arr.shape)
    if speckles:
        _speckles(arr, rng, speckles, dpi)
    if edge_shadow:
        _edge_shadow(arr, dpi, rng, edge_shadow if isinstance(edge_shadow, str) else "left")
    out = _to_image(arr)
    if not grayscale:
        out = out.convert("RGB")
    if jpeg_quality:
        out = _jpeg_roundtrip(out, jpeg_quality)
    return out


# --------------------------------------------------------------------------
# Handwriting
# --------------------------------------------------------------------------


def handwrite(
    image: Image.Image,
    text: str,
    dpi: float,
    xy_mm: tuple[float, float],
    size_mm: float,
    font: str | PathLike = DEFAULT_HANDWRITING,
    angle_deg: float = -1.5,
    ink: tuple[int, int, int] = (22, 32, 96),
    pen_mm: float = 0.0,
) -> Image.Image:
    """Return a copy of ``image`` with ``text`` written on it by hand.

    ``xy_mm`` is the top-left corner of the writing, ``size_mm`` the height of
    the digits, ``font`` a key of HANDWRITING_FONTS or a TTF path. The ink is
    dark blue (gray ~40 on grayscale images), the line slightly rotated;
    ``pen_mm`` thickens the strokes (a broader pen).
    """
    path = HANDWRITING_FONTS.get(str(font), font)
    target_px = size_mm * dpi / 25.4
    probe = ImageFont.truetype(str(path), 200)
    b = probe.getbbox("0123456789")
    digit_h = b[3] - b[1]
    f = ImageFont.truetype(str(path), max(6, int(round(200 * target_px / digit_h))))
    box = f.getbbox(text)
    pad = int(target_px)
    tw, th = box[2] - box[0] + 2 * pad, box[3] - box[1] + 2 * pad
    mask = Image.new("L", (tw, th), 0)
    stroke = int(round(pen_mm * dpi / 25.4 / 2))
    ImageDraw.Draw(mask).text(
        (pad - box[0], pad - box[1]), text, fill=255, font=f, stroke_width=stroke, stroke_fill=255
    )
    # pen pressure is not even: soften the stroke edges a little
    mask = mask.filter(ImageFilter.GaussianBlur(dpi / 300.0 * 0.6))
    mask = mask.rotate(angle_deg, resample=Image.BICUBIC, expand=True)
    out = image.copy()
    color: int | tuple[int, int, int]
    if out.mode == "L":
        color = int(round(0.299 * ink[0] + 0.587 * ink[1] + 0.114 * ink[2]))
    else:
        out = out.convert("RGB")
        color = ink
    layer = Image.new(out.mode, mask.size, color)
    x, y = mm_to_px(xy_mm[0], dpi) - pad, mm_to_px(xy_mm[1], dpi) - pad
    out.paste(layer, (x, y), mask)
    return out


# --------------------------------------------------------------------------
# Writing files
# --------------------------------------------------------------------------


def _fresh(images: Sequence[Image.Image]) -> tuple[Image.Image, list[Image.Image]]:
    """Plain copies: an image saved before keeps its old encoder settings
    (e.g. a JPEG quality) in ``encoderinfo``, which Pillow would reuse for
    appended pages."""
    copies = [im.copy() for im in images]
    return copies[0], copies[1:]


def images_to_pdf(images: Sequence[Image.Image], path: PathLike, dpi: float, quality: int = 75) -> None:
    """Write an image-only PDF (no text layer), one JPEG-compressed page per
    image, each page sized from the pixel size and ``dpi``. Deterministic:
    Pillow's PDF writer without title or dates."""
    first, rest = _fresh(images)
    first.save(
        str(path),
        "PDF",
        save_all=True,
        append_images=rest,
        resolution=float(dpi),
        quality=int(quality),
        title=None,
        creationDate=None,
        modDate=None,
        producer=None,
        creator=None,
    )


def save_image(image: Image.Image, path: PathLike, dpi: float | None, quality: int = 75) -> None:
    """Save a JPEG or PNG (by extension), with DPI metadata unless dpi is None."""
    suffix = Path(path).suffix.lower()
    kwargs: dict = {}
    if dpi:
        kwargs["dpi"] = (float(dpi), float(dpi))
    if suffix in (".jpg", ".jpeg"):
        image.save(str(path), "JPEG", quality=int(quality), optimize=True, **kwargs)
    elif suffix == ".png":
        image.save(str(path), "PNG", optimize=True, **kwargs)
    else:
        raise ValueError(f"save_image writes .jpg/.jpeg/.png, not {suffix!r}")


def save_tiff(
    images: Sequence[Image.Image], path: PathLike, dpi: float | None, compression: str = "tiff_adobe_deflate"
) -> None:
    """Save a (multi-page) TIFF with DPI metadata unless dpi is None."""
    kwargs: dict = {"compression": compression}
    if dpi:
        kwargs["dpi"] = (float(dpi), float(dpi))
    first, rest = _fresh(images)
    first.save(str(path), "TIFF", save_all=True, append_images=rest, **kwargs)


def clean_background(image: Image.Image, level: int = 226) -> Image.Image:
    """A scanner's "background removal": everything lighter than ``level``
    becomes white. Keeps lossless files (PNG, TIFF) small."""
    lut = [255 if v >= level else v for v in range(256)]
    if image.mode == "RGB":
        lut = lut * 3
    return image.point(lut)


def encrypted_pdf(path: PathLike, pdf_bytes: bytes, user_password: str = "secret") -> None:
    """Encrypt a PDF with pypdf (RC4-128) deterministically: the file ID
    that the key derives from is fixed instead of random."""
    import hashlib

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    fixed = ByteStringObject(hashlib.md5(pdf_bytes).digest())
    writer._ID = ArrayObject((fixed, fixed))
    writer.encrypt(user_password=user_password, owner_password=user_password + "-owner", algorithm="RC4-128")
    writer._ID = ArrayObject((fixed, fixed))  # encrypt() draws a random 2nd ID
    with open(path, "wb") as fh:
        writer.write(fh)


def garbage_pdf(path: PathLike, seed: int, size: int = 24_000) -> None:
    """``%PDF-1.7`` followed by pseudo-random bytes: looks like a PDF, is not."""
    rng = np.random.default_rng(seed)
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.integers(0, 256, size, dtype=np.uint8).tobytes()
    Path(path).write_bytes(data)


def zip_files(path: PathLike, members: Iterable[tuple[str, bytes]]) -> None:
    """A deterministic zip archive (fixed dates and permissions)."""
    with zipfile.ZipFile(str(path), "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, data)


def image_bytes(image: Image.Image, fmt: str, dpi: float | None, quality: int = 75) -> bytes:
    buf = io.BytesIO()
    kwargs: dict = {"dpi": (float(dpi), float(dpi))} if dpi else {}
    if fmt.upper() == "JPEG":
        kwargs.update(quality=quality, optimize=True)
    image.save(buf, fmt, **kwargs)
    return buf.getvalue()


# --------------------------------------------------------------------------
# Document content
# --------------------------------------------------------------------------


def _mrz_check(s: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        else:
            v = 0
        total += v * weights[i % 3]
    return str(total % 10)


def passport_mrz() -> tuple[str, str]:
    """The two 44-character MRZ lines of the fictional passport (ICAO 9303,
    with real check digits; UTO is ICAO's specimen country Utopia)."""
    line1 = ("P<UTOHADDAD<<AMIRA").ljust(44, "<")
    number, nat, dob, sex, exp, personal = "XR4827153", "UTO", "940317", "F", "310821", "".ljust(14, "<")
    part = number + _mrz_check(number)
    d = dob + _mrz_check(dob)
    e = exp + _mrz_check(exp)
    p = personal + "<"  # no personal number: fillers, check digit "<"
    composite = part + d + e + p
    line2 = part + nat + d + sex + e + p + _mrz_check(composite)
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return line1, line2


def _draw_photo(c: rl_canvas.Canvas, x: float, y: float, w: float, h: float) -> None:
    """A neutral portrait placeholder (head and shoulders), clipped to its frame."""
    c.saveState()
    c.setFillColorRGB(0.78, 0.8, 0.83)
    c.rect(x, y, w, h, stroke=0, fill=1)
    clip = c.beginPath()
    clip.rect(x, y, w, h)
    c.clipPath(clip, stroke=0, fill=0)
    c.setFillColorRGB(0.45, 0.47, 0.52)
    c.circle(x + w / 2, y + h * 0.62, w * 0.26, stroke=0, fill=1)
    c.ellipse(x + w * 0.1, y - h * 0.25, x + w * 0.9, y + h * 0.36, stroke=0, fill=1)
    c.restoreState()
    c.setStrokeColorRGB(0.5, 0.5, 0.55)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)


def _draw_passport(c: rl_canvas.Canvas, width: float, height: float) -> None:
    """A passport data page (ID-3, 125 x 88 mm) on the upper half of an A4."""
    pw, ph = 125 * MM, 88 * MM
    x0, y0 = (width - pw) / 2, height - 45 * MM - ph
    c.setFillColorRGB(0.93, 0.95, 0.97)
    c.setStrokeColorRGB(0.35, 0.4, 0.5)
    c.setLineWidth(0.8)
    c.roundRect(x0, y0, pw, ph, 3 * MM, stroke=1, fill=1)
    # guilloche-like background lines
    c.setStrokeColorRGB(0.82, 0.86, 0.92)
    c.setLineWidth(0.3)
    for i in range(14):
        yy = y0 + 30 * MM + i * 3.6 * MM
        c.bezier(x0 + 3 * MM, yy, x0 + 40 * MM, yy + 6 * MM, x0 + 80 * MM, yy - 6 * MM, x0 + pw - 3 * MM, yy)
    # photo
    _draw_photo(c, x0 + 6 * MM, y0 + 24 * MM, 32 * MM, 42 * MM)
    # header
    c.setFillColorRGB(0.1, 0.15, 0.3)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0 + 6 * MM, y0 + ph - 8 * MM, "REPUBLIC OF UTOPIA")
    c.setFont("Helvetica", 8)
    c.drawString(x0 + 6 * MM, y0 + ph - 12 * MM, "PASSPORT / PASSEPORT")
    fields = [
        ("Type", "P", "Code", "UTO", "Passport No.", "XR4827153"),
        ("Surname / Nom", "HADDAD", None, None, None, None),
        ("Given names / Prénoms", "AMIRA", None, None, None, None),
        ("Nationality", "UTOPIAN", None, None, None, None),
        ("Date of birth", "17 MAR 1994", "Sex", "F", None, None),
        ("Place of birth", "PORT SERENO", None, None, None, None),
        ("Date of issue", "22 AUG 2021", "Date of expiry", "21 AUG 2031", None, None),
        ("Authority", "MINISTRY OF INTERIOR", None, None, None, None),
    ]
    fx = x0 + 44 * MM
    fy = y0 + ph - 17 * MM
    for label, value, l2, v2, l3, v3 in fields:
        c.setFillColorRGB(0.25, 0.3, 0.4)
        c.setFont("Helvetica", 6.5)
        c.drawString(fx, fy + 3.4 * MM, label)
        if l2:
            c.drawString(fx + 34 * MM, fy + 3.4 * MM, l2)
        if l3:
            c.drawString(fx + 52 * MM, fy + 3.4 * MM, l3)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(fx, fy, value)
        if v2:
            c.drawString(fx + 34 * MM, fy, v2)
        if v3:
            c.drawString(fx + 52 * MM, fy, v3)
        fy -= 6.4 * MM
    # MRZ
    l1, l2 = passport_mrz()
    c.setFillColorRGB(0.97, 0.98, 0.99)
    c.rect(x0 + 2 * MM, y0 + 2.5 * MM, pw - 4 * MM, 16 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Courier-Bold", 10.6)
    c.drawString(x0 + 4 * MM, y0 + 11.5 * MM, l1)
    c.drawString(x0 + 4 * MM, y0 + 5 * MM, l2)


def _draw_id_card(c: rl_canvas.Canvas, width: float, height: float) -> None:
    """An ID-1 identity card filling the whole (85.6 x 54 mm) page."""
    c.setFillColorRGB(0.86, 0.92, 0.95)
    c.rect(0, 0, width, height, stroke=0, fill=1)
    c.setFillColorRGB(0.16, 0.33, 0.52)
    c.rect(0, height - 9 * MM, width, 9 * MM, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(4 * MM, height - 5.2 * MM, "REPUBLIC OF UTOPIA")
    c.setFont("Helvetica", 6.5)
    c.drawString(4 * MM, height - 8 * MM, "IDENTITY CARD / CARTE D'IDENTITE")
    # photo
    _draw_photo(c, 4 * MM, 9 * MM, 21 * MM, 27 * MM)
    rows = [
        ("Surname", "HADDAD"),
        ("Given names", "AMIRA"),
        ("Date of birth", "17.03.1994"),
        ("Sex / Nationality", "F   UTO"),
        ("Document no.", "IDU 5527 1184"),
        ("Date of expiry", "04.11.2029"),
    ]
    y = height - 13.5 * MM
    for label, value in rows:
        c.setFillColorRGB(0.25, 0.3, 0.38)
        c.setFont("Helvetica", 5.5)
        c.drawString(29 * MM, y + 2.3 * MM, label)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(29 * MM, y, value)
        y -= 5.6 * MM
    # the applicant's label with the V-number, stuck on the card
    c.setFillColorRGB(1, 1, 1)
    c.rect(29 * MM, 2 * MM, 52 * MM, 6.5 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(31 * MM, 4.2 * MM, V_LABEL)


def employment_contract() -> list[PageSpec]:
    common = dict(header=V_LABEL, header_left="Noordkade Logistics B.V. - Employment contract A. Haddad")
    p1 = [
        "# EMPLOYMENT CONTRACT",
        "Contract number: NL-HR-2025-0412",
        "",
        "## The undersigned",
        "1. Noordkade Logistics B.V., having its registered office at Havenstraat 112, 3011 AB Rotterdam, "
        "the Netherlands, registered with the Chamber of Commerce under number 74125896, duly represented "
        'by Mr J.P. van den Berg, HR Director, hereinafter referred to as "the Employer"; and',
        "2. Ms Amira Haddad, born on 17 March 1994 in Port Sereno, Republic of Utopia, residing at "
        'Laan van Meerdervoort 211, 2563 AB Den Haag, hereinafter referred to as "the Employee";',
        "",
        "have agreed as follows:",
        "",
        "## Article 1 - Position",
        "The Employee enters the service of the Employer in the position of Senior Logistics Planner in the "
        "department Supply Chain Planning. The Employee reports to the Head of Planning. The duties that "
        "belong to this position are described in the job profile attached to this contract.",
        "",
        "## Article 2 - Commencement and duration",
        "This contract is entered into for an indefinite period of time and commences on 1 April 2025. "
        "The first two months of employment are a probationary period within the meaning of article 7:652 "
        "of the Dutch Civil Code, during which each party may terminate the contract with immediate effect.",
        "",
        "## Article 3 - Place of work",
        "The Employee will perform the work primarily at the office of the Employer in Rotterdam. The "
        "Employer may, after consulting the Employee, designate another place of work in the Netherlands.",
        "",
        "## Article 4 - Working hours",
        "The working week consists of 40 hours, normally worked from Monday to Friday between 08:00 and "
        "17:30. The Employee may work from home for at most two days a week in consultation with the manager.",
    ]
    p2 = [
        "## Article 5 - Salary",
        "The gross monthly salary amounts to EUR 4,850.00 (four thousand eight hundred and fifty euros) on "
        "the basis of a full-time working week. The salary is paid before the 25th day of each month into "
        "a bank account in the name of the Employee. The salary is reviewed once a year in January.",
        "",
        "## Article 6 - Holiday allowance",
        "The Employee is entitled to a holiday allowance of 8% of the gross annual salary, which is paid "
        "out in May of each year. In the first year of employment the allowance is paid pro rata.",
        "",
        "## Article 7 - Holidays",
        "The Employee is entitled to 25 days of paid holiday per calendar year on the basis of a full-time "
        "working week. Holidays are taken in consultation with the Employer, taking into account the "
        "interests of the company.",
        "",
        "## Article 8 - Pension",
        "The Employee participates in the pension scheme of the Employer from the start of employment. The "
        "Employee contributes 4.8% of the pensionable salary; the remainder of the premium is paid by the "
        "Employer.",
        "",
        "## Article 9 - Illness",
        "In case of illness the Employee informs the manager before 09:00 on the first day of absence. "
        "During illness the Employer continues to pay 100% of the salary in the first year and 70% in the "
        "second year, in accordance with article 7:629 of the Dutch Civil Code.",
        "",
        "## Article 10 - Travel expenses",
        "The Employer reimburses commuting costs by public transport in full, or EUR 0.23 per kilometre "
        "for travel by car or bicycle, up to a maximum of EUR 150.00 per month.",
    ]
    p3 = [
        "## Article 11 - Confidentiality",
        "The Employee shall not disclose to third parties any information concerning the business of the "
        "Employer, its clients or suppliers, which the Employee knows or should reasonably know to be "
        "confidential, both during and after the employment.",
        "",
        "## Article 12 - Termination",
        "After the probationary period, either party may terminate this contract in writing with due "
        "observance of the statutory notice period. The contract ends by operation of law on the day the "
        "Employee reaches the state pension age.",
        "",
        "## Article 13 - Residence permit",
        "This contract is conditional upon the Employee holding a valid residence permit that allows work "
        "in the Netherlands. The Employer acts as recognised sponsor with the Immigration and "
        "Naturalisation Service (IND) for the application as highly skilled migrant.",
        "",
        "## Article 14 - Applicable law",
        "This contract is governed by Dutch law. Disputes are submitted to the competent court in Rotterdam.",
        "",
        "Signed in duplicate in Rotterdam on 3 February 2025.",
        "",
        "",
        "For the Employer:\tThe Employee:",
        "",
        "",
        "_______________________\t_______________________",
        "J.P. van den Berg, HR Director\tA. Haddad",
    ]
    return [
        PageSpec(p1, footer="Page 1 of 3", **common),
        PageSpec(p2, footer="Page 2 of 3", **common),
        PageSpec(p3, footer="Page 3 of 3", tabs_mm=(85.0,), **common),
    ]


def passport_copy() -> list[PageSpec]:
    """The passport data page on an A4, with a typed note below it."""
    lines = [
        "## Copy of passport, page with personal data",
        "Holder: Amira Haddad, born 17 March 1994 in Port Sereno.",
        "Passport number XR4827153, issued 22 August 2021, valid until 21 August 2031.",
        "Issuing authority: Ministry of Interior, Republic of Utopia.",
        "I declare that this is a true and complete copy of my passport.",
        "",
        "Den Haag, 10 February 2025",
    ]
    return [
        PageSpec(lines, header=V_LABEL, header_left="Kopie paspoort - A. Haddad", draw=_draw_passport, top_mm=150.0)
    ]


def birth_certificate() -> list[PageSpec]:
    lines = [
        "^# EXTRACT FROM THE REGISTER OF BIRTHS",
        "^ Republic of Utopia - Civil Registry Office, Port Sereno District",
        "^ Certificate No. 1994/PS/003172",
        "",
        "---",
        "Full name of the child:\tAmira Haddad",
        "Sex:\tFemale",
        "Date of birth:\t17 March 1994",
        "Time of birth:\t06:40",
        "Place of birth:\tSt. Lucas Hospital, Port Sereno",
        "",
        "Name of the father:\tKarim Haddad",
        "Nationality of the father:\tUtopian",
        "Name of the mother:\tLeila Haddad, born Mansour",
        "Nationality of the mother:\tUtopian",
        "",
        "Date of registration:\t24 March 1994",
        "Registration number:\tPS-003172-94",
        "Declared by:\tKarim Haddad, father",
        "---",
        "",
        "I, the undersigned Registrar of Births, certify that the above particulars are a true extract "
        "of the entry in the Register of Births kept at the Civil Registry Office of the Port Sereno "
        "District, and that the entry has not been amended or annulled.",
        "",
        "Issued at Port Sereno on 9 January 2025.",
        "",
        "The Registrar,",
        "",
        "N. Farouk",
        "",
        "## APOSTILLE (Convention de La Haye du 5 octobre 1961)",
        "1. Country: Republic of Utopia",
        "2. This public document has been signed by N. Farouk",
        "3. acting in the capacity of Registrar of Births",
        "4. bears the seal of the Civil Registry Office, Port Sereno",
        "5. Certified at Port Sereno   6. on 14 January 2025",
        "7. by the Ministry of Foreign Affairs   8. No. AP-2025-01187",
    ]
    return [PageSpec(lines, tabs_mm=(62.0,))]


def payslip() -> list[PageSpec]:
    lines = [
        "# Salarisstrook maart 2025",
        "Noordkade Logistics B.V., Havenstraat 112, 3011 AB Rotterdam",
        "Loonheffingennummer: 8541.22.367.L01",
        "---",
        "Werknemer:\tA. Haddad",
        "Personeelsnummer:\t10482",
        "Functie:\tSenior Logistics Planner",
        "Datum in dienst:\t01-04-2025 (proeftijd t/m 31-05-2025)",
        "Periode:\t01-03-2025 t/m 31-03-2025",
        "Uren per week:\t40,00",
        "---",
        "## Omschrijving\tUren\tBedrag",
        "Salaris\t173,33\tEUR 4.850,00",
        "Reiskostenvergoeding (onbelast)\t\tEUR 96,00",
        "Pensioenpremie werknemer 4,8%\t\tEUR -232,80",
        "Loonheffing (tabel wit, met korting)\t\tEUR -1.176,53",
        "---",
        "## Netto uit te betalen\t\tEUR 3.536,67",
        "",
        "Uitbetaald op 25-03-2025 op rekening NL91 ABNA 0417 1643 00 t.n.v. A. Haddad.",
        "",
        "## Cumulatieven 2025",
        "Fiscaal loon\t\tEUR 14.215,20",
        "Ingehouden loonheffing\t\tEUR 3.529,59",
        "Reservering vakantiegeld 8%\t\tEUR 1.164,00",
        "Saldo vakantiedagen\t\t14,5 dagen",
        "",
        "Vragen over deze strook? Neem contact op met salarisadministratie@noordkade.example.",
    ]
    return [PageSpec(lines, header=V_LABEL, tabs_mm=(78.0, 118.0))]


def diploma() -> list[PageSpec]:
    p1 = [
        "^# UNIVERSITY OF PORT SERENO",
        "^ Faculty of Engineering",
        "",
        "",
        "^ The Board of the University hereby certifies that",
        "",
        "^# Amira Haddad",
        "",
        "^ born on 17 March 1994 in Port Sereno,",
        "^ having fulfilled all requirements prescribed by the Faculty of Engineering,",
        "^ has been awarded the degree of",
        "",
        "^# Bachelor of Science in Industrial Engineering",
        "",
        "^ with all the rights and privileges pertaining thereto.",
        "",
        "^ Conferred at Port Sereno on 28 June 2016.",
        "",
        "",
        "The Rector\t\tThe Dean of the Faculty",
        "",
        "Prof. dr. S. Rahimi\t\tProf. dr. ir. H. Aziz",
        "",
        "",
        "Diploma number: UPS-ENG-2016-0871",
        "Registered in the national register of higher education diplomas under number 16-0871-IE.",
    ]
    p2 = [
        "# Transcript of Records",
        "University of Port Sereno - Bachelor of Science in Industrial Engineering",
        "Student: Amira Haddad, born 17 March 1994   Student number: 2012-04417",
        "---",
        "## Course\tCredits (ECTS)\tGrade",
        "Calculus I and II\t12\t8.0",
        "Linear Algebra\t6\t7.5",
        "Probability and Statistics\t6\t8.5",
        "Operations Research\t7.5\t9.0",
        "Production Planning and Control\t7.5\t8.0",
        "Supply Chain Management\t6\t8.5",
        "Quality Engineering\t6\t7.0",
        "Logistics Systems Design\t7.5\t8.0",
        "Simulation of Discrete Systems\t6\t7.5",
        "Engineering Economics\t6\t7.0",
        "Ergonomics and Work Design\t4.5\t7.5",
        "Internship (Port Sereno Container Terminal)\t15\t8.5",
        "Bachelor Thesis\t15\t8.5",
        "---",
        "## Total\t180\tGPA 8.1",
        "",
        "Grading scale: 10 (excellent) to 1 (very poor); 6 is the lowest pass mark.",
        "The programme has a nominal duration of three years (180 ECTS).",
        "Issued by the Registrar of the University of Port Sereno on 12 July 2016.",
    ]
    return [
        PageSpec(p1, header=V_LABEL, tabs_mm=(60.0, 100.0), top_mm=50.0),
        PageSpec(p2, header=V_LABEL, tabs_mm=(95.0, 135.0)),
    ]


def reference_letter_us() -> list[PageSpec]:
    lines = [
        "Brightwater Analytics Inc.",
        "410 Market Street, Suite 900",
        "San Francisco, CA 94111, USA",
        "",
        "January 20, 2025",
        "",
        "## To whom it may concern",
        "",
        "This letter confirms that Ms. Amira Haddad, born March 17, 1994, was employed by Brightwater "
        "Analytics Inc. as a Supply Chain Analyst from September 1, 2019 through December 31, 2024.",
        "",
        "In this role Ms. Haddad was responsible for demand forecasting and inventory optimization for our "
        "clients in the retail and logistics sectors. She led a team of four analysts and designed the "
        "planning models that reduced transport costs for two major clients by more than twelve percent.",
        "",
        "Ms. Haddad worked full time, forty hours per week. Her final annual base salary was USD 96,500. "
        "She left the company at her own request to accept a position in the Netherlands.",
        "",
        "We have always found Ms. Haddad to be diligent, reliable and an excellent colleague. We recommend "
        "her without reservation to any future employer.",
        "",
        "Please do not hesitate to contact me should you require further information.",
        "",
        "Sincerely,",
        "",
        "",
        "Daniel R. Whitfield",
        "Director of Human Resources",
        "hr@brightwater-analytics.example",
    ]
    return [PageSpec(lines, header=V_LABEL)]


def arbeitszeugnis() -> list[PageSpec]:
    p1 = [
        "# Arbeitszeugnis",
        "Rheinfracht Spedition GmbH, Hafenstraße 41, 47119 Duisburg",
        "",
        "Frau Amira Haddad, geboren am 17. März 1994 in Port Sereno, war vom 1. Februar 2017 bis zum "
        "31. August 2019 in unserem Unternehmen als Disponentin in der Abteilung Kontraktlogistik tätig.",
        "",
        "Die Rheinfracht Spedition GmbH ist ein mittelständisches Logistikunternehmen mit rund 350 "
        "Mitarbeiterinnen und Mitarbeitern an vier Standorten in Nordrhein-Westfalen.",
        "",
        "## Aufgaben",
        "Zu den Aufgaben von Frau Haddad gehörten insbesondere:",
        "- die Planung und Steuerung der täglichen Nahverkehrstouren,",
        "- die Disposition von bis zu 40 Fahrzeugen und externen Frachtführern,",
        "- die Abstimmung mit Kunden aus dem Handel und der Industrie,",
        "- die Auswertung von Kennzahlen und die Erstellung monatlicher Berichte,",
        "- die Einarbeitung neuer Kolleginnen und Kollegen in die Dispositionssoftware.",
        "",
        "## Leistung",
        "Frau Haddad verfügt über ein umfassendes und fundiertes Fachwissen, das sie stets sicher und "
        "zielgerichtet in der Praxis einsetzte. Sie arbeitete sich schnell in neue Aufgabengebiete ein und "
        "fand auch für schwierige Probleme stets gute Lösungen.",
        "",
        "Sie arbeitete stets sehr selbstständig, sorgfältig und zuverlässig. Auch bei hohem Arbeitsaufkommen "
        "behielt sie jederzeit den Überblick.",
    ]
    p2 = [
        "## Verhalten",
        "Ihr Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie Kunden war stets vorbildlich. "
        "Sie wurde wegen ihrer freundlichen und hilfsbereiten Art allseits sehr geschätzt.",
        "",
        "Frau Haddad hat ihre Aufgaben stets zu unserer vollsten Zufriedenheit erfüllt.",
        "",
        "## Beendigung",
        "Das Arbeitsverhältnis endet auf eigenen Wunsch von Frau Haddad, die eine neue berufliche "
        "Herausforderung im Ausland annimmt. Wir bedauern ihr Ausscheiden sehr, danken ihr für die stets "
        "sehr gute Zusammenarbeit und wünschen ihr für ihre berufliche und private Zukunft alles Gute und "
        "weiterhin viel Erfolg.",
        "",
        "Duisburg, den 31. August 2019",
        "",
        "Rheinfracht Spedition GmbH",
        "",
        "",
        "i. A. Petra Schwarzkopf",
        "Leiterin Personal",
        "",
        "Rheinfracht Spedition GmbH - Sitz: Duisburg - Amtsgericht Duisburg HRB 20417",
        "Geschäftsführer: Markus Brandt, Dr. Elke Sommer",
        "Telefon +49 203 555 0140 - personal@rheinfracht.example",
    ]
    return [
        PageSpec(p1, header=V_LABEL, footer="Seite 1 von 2"),
        PageSpec(p2, header=V_LABEL, footer="Seite 2 von 2"),
    ]


def rental_agreement(v_on_page2: bool = False) -> list[PageSpec]:
    p1 = [
        "# Huurovereenkomst woonruimte",
        "",
        "## Ondergetekenden",
        "1. Stichting Haagse Woningen, gevestigd te Den Haag, Prinsegracht 19, 2512 EW Den Haag, "
        'hierna te noemen "verhuurder", en',
        '2. mevrouw A. Haddad, geboren op 17 maart 1994 te Port Sereno, hierna te noemen "huurder",',
        "",
        "zijn het volgende overeengekomen:",
        "",
        "## Artikel 1 - Het gehuurde",
        "Verhuurder verhuurt aan huurder de zelfstandige woonruimte aan de Laan van Meerdervoort 211, "
        "2563 AB Den Haag, bestaande uit een woonkamer, een slaapkamer, een keuken, een badkamer en een "
        "berging, met een totale gebruiksoppervlakte van 54 m2.",
        "",
        "## Artikel 2 - Duur",
        "Deze overeenkomst is aangegaan voor onbepaalde tijd, ingaande op 1 maart 2025.",
        "",
        "## Artikel 3 - Huurprijs",
        "De huurprijs bedraagt bij aanvang EUR 1.125,00 per maand. Daarnaast is huurder een voorschot "
        "servicekosten verschuldigd van EUR 65,00 per maand. De totale betaling van EUR 1.190,00 dient "
        "vóór de eerste dag van iedere maand te zijn voldaan.",
        "",
        "## Artikel 4 - Waarborgsom",
        "Huurder betaalt bij ondertekening een waarborgsom van EUR 2.250,00. De waarborgsom wordt binnen "
        "veertien dagen na het einde van de huur terugbetaald, na verrekening van eventuele vorderingen.",
    ]
    p2 = [
        "## Artikel 5 - Gebruik",
        "Huurder zal het gehuurde uitsluitend gebruiken als woonruimte voor zichzelf. Het is huurder niet "
        "toegestaan het gehuurde geheel of gedeeltelijk aan derden in gebruik te geven.",
        "",
        "## Artikel 6 - Onderhoud",
        "Kleine herstellingen zoals bedoeld in het Besluit kleine herstellingen komen voor rekening van "
        "huurder. Overige onderhoud en herstel komen voor rekening van verhuurder.",
        "",
        "## Artikel 7 - Inschrijving",
        "Huurder is verplicht zich binnen vijf dagen na aanvang van de huur in te schrijven in de "
        "Basisregistratie Personen van de gemeente Den Haag op het adres van het gehuurde.",
        "",
        "## Artikel 8 - Opzegging",
        "Huurder kan de overeenkomst opzeggen met inachtneming van een termijn van ten minste één maand. "
        "Opzegging door verhuurder is alleen mogelijk op de gronden genoemd in de wet.",
        "",
        "Aldus opgemaakt en in tweevoud ondertekend te Den Haag op 14 februari 2025.",
        "",
        "",
        "Verhuurder:\tHuurder:",
        "",
        "",
        "_______________________\t_______________________",
        "R. de Wit, Stichting Haagse Woningen\tA. Haddad",
    ]
    return [
        PageSpec(p1, header=V_LABEL, footer="pagina 1 van 2"),
        PageSpec(p2, header=V_LABEL if v_on_page2 else None, footer="pagina 2 van 2", tabs_mm=(85.0,)),
    ]


def bank_statement() -> list[PageSpec]:
    lines = [
        "# Rekeningoverzicht",
        "ABN AMRO Bank N.V. - Betaalrekening NL91 ABNA 0417 1643 00",
        "Rekeninghouder: A. Haddad, Laan van Meerdervoort 211, 2563 AB Den Haag",
        "Periode: 1 maart 2025 t/m 31 maart 2025",
        "---",
        "## Datum\tOmschrijving\tBedrag",
        "01-03-2025\tBeginsaldo\tEUR 2.418,35",
        "01-03-2025\tStichting Haagse Woningen, huur maart\tEUR -1.190,00",
        "03-03-2025\tAlbert Heijn 1422 Den Haag\tEUR -64,27",
        "05-03-2025\tNS Groep, reizen op rekening\tEUR -96,00",
        "07-03-2025\tVattenfall, energie\tEUR -118,00",
        "10-03-2025\tZilveren Kruis, zorgverzekering\tEUR -142,95",
        "14-03-2025\tJumbo Den Haag Centrum\tEUR -48,10",
        "18-03-2025\tOdido, mobiel abonnement\tEUR -22,50",
        "21-03-2025\tBol.com, bestelling 40211\tEUR -35,99",
        "25-03-2025\tNoordkade Logistics B.V., salaris maart\tEUR 3.536,67",
        "27-03-2025\tGemeente Den Haag, afvalstoffenheffing\tEUR -29,80",
        "31-03-2025\tEindsaldo\tEUR 4.207,41",
        "---",
        "",
        "Dit overzicht is automatisch aangemaakt en daarom niet ondertekend.",
        "Controleer uw af- en bijschrijvingen. Klopt er iets niet? Neem binnen 13 maanden contact op.",
        "ABN AMRO Bank N.V., Gustav Mahlerlaan 10, 1082 PP Amsterdam.",
    ]
    return [PageSpec(lines, header=V_LABEL, tabs_mm=(28.0, 118.0), font_size=10.5)]


def municipal_notice() -> list[PageSpec]:
    lines = [
        "# Gemeente Den Haag",
        "Bevestiging van inschrijving in de Basisregistratie Personen (BRP)",
        "---",
        "Naam:\tA. Haddad",
        "Geboortedatum:\t17-03-1994",
        "Adres:\tLaan van Meerdervoort 211",
        "\t2563 AB Den Haag",
        "Datum inschrijving:\t3 maart 2025",
        "---",
        "Geachte mevrouw Haddad,",
        "Wij hebben uw inschrijving op het bovenstaande adres verwerkt. Uw burgerservicenummer "
        "ontvangt u in een aparte brief. Bewaar deze bevestiging goed.",
        "",
        "Met vriendelijke groet,",
        "Burgerzaken, gemeente Den Haag",
    ]
    return [PageSpec(lines, header=V_LABEL, tabs_mm=(45.0,), font_size=9.5, top_mm=34.0)]


def police_certificate() -> list[PageSpec]:
    p1 = [
        "^# CERTIFICATE OF NO CRIMINAL RECORD",
        "^ Republic of Utopia - Ministry of Justice - Central Criminal Records Office",
        "^ Certificat de non-condamnation",
        "---",
        "Certificate number:\tCR-2025-118734",
        "Surname:\tHADDAD",
        "Given names:\tAMIRA",
        "Date of birth:\t17 March 1994",
        "Place of birth:\tPort Sereno",
        "Father's name:\tKarim Haddad",
        "Mother's name:\tLeila Mansour",
        "Passport number:\tXR4827153",
        "---",
        "",
        "The Central Criminal Records Office certifies that, after a search of the national criminal "
        "records, no convictions have been recorded in the name of the above-mentioned person as of the "
        "date of issue of this certificate.",
        "",
        "This certificate is issued at the request of the person concerned for the purpose of an "
        "application for a residence permit abroad and is valid for six months from the date of issue.",
        "",
        "Issued at Port Sereno on 6 January 2025.",
        "",
        "The Head of the Central Criminal Records Office",
        "",
        "M. El-Amin",
    ]
    p2 = [
        "## LEGALISATION / APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        "",
        "1. Country: Republic of Utopia",
        "This public document",
        "2. has been signed by M. El-Amin",
        "3. acting in the capacity of Head of the Central Criminal Records Office",
        "4. bears the seal/stamp of the Ministry of Justice",
        "",
        "Certified",
        "5. at Port Sereno",
        "6. on 8 January 2025",
        "7. by the Ministry of Foreign Affairs, Department of Consular Affairs",
        "8. under number AP-2025-00932",
        "9. Seal/stamp: Ministry of Foreign Affairs",
        "10. Signature: R. Benali",
        "",
        "---",
        "Verification of this apostille is possible in the electronic register of the Ministry of "
        "Foreign Affairs of the Republic of Utopia, using the number and date stated above.",
        "",
        "Note: this certificate only relates to convictions recorded in the Republic of Utopia. It does "
        "not relate to the content of the document for which it was issued.",
    ]
    return [PageSpec(p1, tabs_mm=(60.0,)), PageSpec(p2)]


# --------------------------------------------------------------------------
# Sample folders
# --------------------------------------------------------------------------

#: Handwriting used for the V-number on the samples: font, digit height, text.
HW_FONT = DEFAULT_HANDWRITING
HW_SIZE_MM = 8.0
HW_XY_MM = (110.0, 13.0)


def _handwritten_top(image: Image.Image, dpi: float, text: str, angle: float = -1.2) -> Image.Image:
    return handwrite(image, text, dpi, HW_XY_MM, HW_SIZE_MM, HW_FONT, angle_deg=angle)


def build_clean(out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "docchk.toml").write_text(DOCCHK_TOML, encoding="utf-8")

    text_pdf(out / "employment-contract.pdf", employment_contract(), title="Employment contract")

    # passport copy: colour scan, 300 dpi, image-only PDF
    [page] = render_pages(passport_copy(), 300, grayscale=False)
    img = scan(page, 300, seed=101, grayscale=False, noise=2.0, jpeg_quality=None)
    images_to_pdf([img], out / "passport-copy.pdf", 300, quality=70)

    # birth certificate: typed, V-number handwritten in the top margin, 300 dpi JPEG
    [page] = render_pages(birth_certificate(), 300)
    page = _handwritten_top(page, 300, f"V-nr. {V_NUMBER}", angle=-0.4)
    img = scan(page, 300, seed=102, noise=2.0, jpeg_quality=None)
    save_image(img, out / "birth-certificate.jpg", 300, quality=70)

    # payslip: 200 dpi PNG (scanner with background removal)
    [page] = render_pages(payslip(), 200)
    img = clean_background(scan(page, 200, seed=103, noise=2.0, jpeg_quality=None, speckles=6))
    save_image(img, out / "payslip.png", 200)

    # diploma: 2-page TIFF at 200 dpi
    pages = render_pages(diploma(), 200)
    imgs = [
        clean_background(scan(p, 200, seed=104 + i, noise=2.0, jpeg_quality=None, speckles=6))
        for i, p in enumerate(pages)
    ]
    save_tiff(imgs, out / "diploma.tiff", 200)
    return []


def build_problems(out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "docchk.toml").write_text(DOCCHK_TOML, encoding="utf-8")
    expected: list[dict] = []

    def expect(rule: str, path: str, page: int | None, severity: str = "error") -> None:
        expected.append({"rule": rule, "path": path, "page": page, "severity": severity})

    # US Letter
    text_pdf(out / "letter-size.pdf", reference_letter_us(), pagesize=letter, title="Reference letter")
    expect("page.size-not-a4", "letter-size.pdf", 1)
    # a reference letter: not one of the IND's document types (a note, not a problem)
    expect("submission.unclassified-document", "letter-size.pdf", None, "info")

    # duplex scan with two blank backs
    dpi = 200
    fronts = render_pages(arbeitszeugnis(), dpi)
    p1 = scan(fronts[0], dpi, seed=201, jpeg_quality=None)
    p3 = scan(fronts[1], dpi, seed=203, jpeg_quality=None)
    p2 = blank_back(
        dpi, seed=202, bleed_through=fronts[0], punch_holes=True, edge_shadow="left", jpeg_quality=None, size_px=p1.size
    )
    p4 = blank_back(
        dpi,
        seed=204,
        bleed_through=fronts[1],
        page_number="4",
        edge_shadow="bottom",
        jpeg_quality=None,
        size_px=p3.size,
    )
    images_to_pdf([p1, p2, p3, p4], out / "duplex-scan.pdf", dpi, quality=70)
    expect("page.blank", "duplex-scan.pdf", 2)
    expect("page.blank", "duplex-scan.pdf", 4)
    # an Arbeitszeugnis (a reference) is not one of the IND's document types
    expect("submission.unclassified-document", "duplex-scan.pdf", None, "info")

    # V-number on page 1 only
    text_pdf(out / "missing-vnumber.pdf", rental_agreement(v_on_page2=False), title="Huurovereenkomst")
    expect("page.missing-identifier", "missing-vnumber.pdf", 2)
    expect("submission.unclassified-document", "missing-vnumber.pdf", None, "info")

    # 100 dpi scan
    [page] = render_pages(bank_statement(), 100)
    img = scan(page, 100, seed=205, noise=2.0, jpeg_quality=None, blur=0.3, speckles=4)
    save_image(img, out / "low-resolution.jpg", 100, quality=75)
    expect("page.illegible", "low-resolution.jpg", 1)
    if not LOW_RES_V_NUMBER_READABLE:
        expect("page.missing-identifier", "low-resolution.jpg", 1, "warning")

    # A5
    text_pdf(out / "a5-notice.pdf", municipal_notice(), pagesize=A5, title="Bevestiging inschrijving")
    expect("page.size-not-a4", "a5-notice.pdf", 1)
    expect("submission.unclassified-document", "a5-notice.pdf", None, "info")

    # ID card photo, 300 dpi
    card = render_pages(
        [PageSpec([], draw=_draw_id_card)], 300, pagesize=(ID1_MM[0] * MM, ID1_MM[1] * MM), grayscale=False
    )[0]
    img = scan(
        card,
        300,
        seed=206,
        grayscale=False,
        tint=(250, 248, 242),
        noise=2.5,
        skew_deg=0.4,
        jpeg_quality=None,
        speckles=3,
    )
    save_image(img, out / "id-card-photo.jpg", 300, quality=80)
    expect("page.size-not-a4", "id-card-photo.jpg", 1)
    # the front of an ID card: its machine-readable zone is on the back
    expect("passport.mrz-invalid", "id-card-photo.jpg", None, "warning")

    # handwritten V-number on page 1, another number on page 2
    pages = render_pages(police_certificate(), 300)
    h1 = _handwritten_top(pages[0], 300, f"V-nr. {V_NUMBER}", angle=-1.6)
    h2 = _handwritten_top(pages[1], 300, f"V-nr. {OTHER_NUMBER}", angle=0.9)
    imgs = [
        scan(h1, 300, seed=207, noise=2.0, jpeg_quality=None),
        scan(h2, 300, seed=208, noise=2.0, jpeg_quality=None),
    ]
    images_to_pdf(imgs, out / "handwritten-missing.pdf", 300, quality=65)
    expect("page.missing-identifier", "handwritten-missing.pdf", 2)

    # unreadable documents
    garbage_pdf(out / "broken.pdf", seed=209)
    expect("document.unreadable", "broken.pdf", None)
    encrypted_pdf(out / "encrypted.pdf", text_pdf_bytes(municipal_notice(), pagesize=A4))
    expect("document.unreadable", "encrypted.pdf", None)
    (out / "empty.pdf").write_bytes(b"")
    expect("document.unreadable", "empty.pdf", None)
    scans = render_pages(bank_statement(), 120)
    zimg = scan(scans[0], 120, seed=210, noise=1.5, jpeg_quality=None, speckles=2)
    zip_files(out / "scans.zip", [("scan-001.jpg", image_bytes(zimg, "JPEG", 120, quality=60))])
    expect("document.unreadable", "scans.zip", None)

    expected.sort(key=lambda f: (f["path"], f["page"] or 0, f["rule"]))
    return expected


#: Whether Tesseract reads the printed V-number on the 100 dpi page
#: (low-resolution.jpg); decides the optional warning in problems.json.
#: Measured with tesseract 5.3.0 - see samples/README.md.
LOW_RES_V_NUMBER_READABLE = True


def write_expected(path: Path, findings: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(findings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def generate(out: Path) -> None:
    clean = build_clean(out / "clean")
    problems = build_problems(out / "problems")
    write_expected(out / "expected" / "clean.json", clean)
    write_expected(out / "expected" / "problems.json", problems)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="folder to write clean/, problems/ and expected/ into (default: samples/)",
    )
    args = parser.parse_args(argv)
    generate(args.out)
    print(f"samples written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
