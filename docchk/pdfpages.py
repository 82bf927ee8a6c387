"""Page surgery for ``docchk fix``: A4 placement, scans as PDF pages, and
the applicant's identifier stamped as real text in free space.

Nothing is rasterised. A vector page keeps its content stream; it is
wrapped in a scale-and-translate so that its visible box sits centred on an
A4 page (pypdf transformations). An image becomes a PDF page that draws its
pixels unchanged: a JPEG's own bytes (DCTDecode, no re-encoding), anything
else losslessly (FlateDecode). The identifier is Helvetica text in the page
content, so text extractors read it, and at 10 pt OCR reads it too.
"""

from __future__ import annotations

import io
import unicodedata
import zlib
from dataclasses import dataclass

import pypdf
from PIL import Image, ImageOps
from pypdf.generic import NameObject, RectangleObject

PT_PER_MM = 72 / 25.4
A4_MM = (210.0, 297.0)
A4_PT = (A4_MM[0] * PT_PER_MM, A4_MM[1] * PT_PER_MM)

#: The stamp: Helvetica at this size, at least this far from the paper's
#: edge (printers and scanners clip the outer few millimetres).
STAMP_PT = 10.0
STAMP_MIN_PT = 8.0
EDGE_MM = 7.0
#: A pixel this light (0-255) counts as empty paper when looking for room.
PAPER_LEVEL = 225


def a4_size(landscape: bool) -> tuple[float, float]:
    w, h = A4_PT
    return (h, w) if landscape else (w, h)


def _visible_box(page) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of what a viewer shows, normalised."""
    box = page.cropbox
    xs = sorted((float(box.left), float(box.right)))
    ys = sorted((float(box.bottom), float(box.top)))
    return xs[0], ys[0], xs[1], ys[1]


def place_on_a4(page, upscale: bool = True) -> str:
    """Scale (never crop) and centre ``page`` on A4, portrait or landscape
    as its content is; returns what was done, in words."""
    page.transfer_rotation_to_content()
    unit = float(page.user_unit or 1)
    left, bottom, right, top = _visible_box(page)
    w, h = (right - left) * unit, (top - bottom) * unit
    if w <= 0 or h <= 0:
        raise ValueError("the page has no area")
    width, height = a4_size(landscape=w > h)
    scale = min(width / w, height / h)
    if not upscale:
        scale = min(scale, 1.0)
    scale_user = scale * unit
    tx = (width - w * scale) / 2 - left * scale_user
    ty = (height - h * scale) / 2 - bottom * scale_user
    matrix = pypdf.Transformation().scale(scale_user, scale_user).translate(tx, ty)
    page.add_transformation(matrix)
    for annot in page.get("/Annots") or []:  # links and form fields move with the content
        annot = annot.get_object()
        if "/Rect" in annot:
            x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
            (ax, ay), (bx, by) = matrix.apply_on((x1, y1)), matrix.apply_on((x2, y2))
            annot[NameObject("/Rect")] = RectangleObject([ax, ay, bx, by])
    if "/UserUnit" in page:
        del page["/UserUnit"]
    a4 = RectangleObject([0, 0, width, height])
    page.mediabox = a4
    page.cropbox = a4
    for name in ("/TrimBox", "/BleedBox", "/ArtBox"):
        if name in page:
            page[NameObject(name)] = a4
    orientation = "landscape" if w > h else "portrait"
    return f"{w / PT_PER_MM:.0f} x {h / PT_PER_MM:.0f} mm placed on A4 {orientation}" + (
        f", scaled {scale:.0%}" if abs(scale - 1) > 0.005 else ""
    )


# --- images as PDF pages ------------------------------------------------------


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (1-based numbering, 1 is the catalog)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(head: bytes, data: bytes) -> bytes:
    return b"<< " + head + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


@dataclass(frozen=True)
class _Pixels:
    """One image, encoded for a PDF image XObject."""

    width: int
    height: int
    colour: bytes  # /DeviceGray or /DeviceRGB
    filter: bytes
    data: bytes


def _encode(frame: Image.Image, jpeg: bytes | None) -> _Pixels:
    if jpeg is not None and frame.mode in ("L", "RGB"):
        return _Pixels(
            frame.width, frame.height, b"/DeviceGray" if frame.mode == "L" else b"/DeviceRGB", b"/DCTDecode", jpeg
        )
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        frame = Image.new("RGB", rgba.size, "white")
        frame.paste(rgba, mask=rgba.getchannel("A"))
    elif frame.mode not in ("L", "RGB"):
        frame = frame.convert("L" if frame.mode in ("1", "I", "I;16", "F") else "RGB")
    return _Pixels(
        frame.width,
        frame.height,
        b"/DeviceGray" if frame.mode == "L" else b"/DeviceRGB",
        b"/FlateDecode",
        zlib.compress(frame.tobytes(), 6),
    )


def placement(width_px: int, height_px: int, dpi: float | None) -> tuple[float, float, float, float, float, float]:
    """Where an image goes on A4, in points: (page width, page height,
    x, y, drawn width, drawn height).

    At its true size when its resolution is known and it fits; otherwise
    scaled to fit inside the margins. Portrait or landscape A4 as the image is.
    """
    width, height = a4_size(landscape=width_px > height_px)
    room_w, room_h = width - 2 * EDGE_MM * PT_PER_MM, height - 2 * EDGE_MM * PT_PER_MM
    if dpi:
        w, h = width_px / dpi * 72, height_px / dpi * 72
        if w > width or h > height:
            s = min(room_w / w, room_h / h)
            w, h = w * s, h * s
    else:
        s = min(room_w / width_px, room_h / height_px)
        w, h = width_px * s, height_px * s
    return width, height, (width - w) / 2, (height - h) / 2, w, h


def image_file_to_pdf(path, dpi_of) -> tuple[bytes, list[str]]:
    """Every frame of the image at ``path`` as an A4 page; ``dpi_of(frame
    index)`` is the resolution docchk's reader found (None: unknown).
    Returns the PDF and what was done to each page, in words."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids, notes = [], []
    with Image.open(path) as img:
        frames = getattr(img, "n_frames", 1)
        for index in range(frames):
            img.seek(index)
            frame = img.copy()
            jpeg = None
            if index == 0:
                turned = ImageOps.exif_transpose(frame)
                if img.format == "JPEG" and turned.size == frame.size and _exif_orientation(img) in (None, 1):
                    jpeg = path.read_bytes()  # its own bytes: not re-encoded
                frame = turned
            pixels = _encode(frame, jpeg)
            dpi = dpi_of(index)
            width, height, x, y, w, h = placement(pixels.width, pixels.height, dpi)
            n = len(objects) + 1  # page, image, content
            objects.append(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] "
                b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (width, height, n + 1, n + 2)
            )
            objects.append(
                _stream(
                    b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                    b"/BitsPerComponent 8 /Filter %s" % (pixels.width, pixels.height, pixels.colour, pixels.filter),
                    pixels.data,
                )
            )
            objects.append(_stream(b"", b"q %.4f 0 0 %.4f %.4f %.4f cm /Im0 Do Q" % (w, h, x, y)))
            kids.append(b"%d 0 R" % n)
            size = "true size" if dpi and abs(w - pixels.width / dpi * 72) < 0.5 else "fitted"
            notes.append(f"image placed on A4 {'landscape' if width > height else 'portrait'} ({size})")
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    return raw_pdf(objects), notes


def _exif_orientation(img: Image.Image) -> int | None:
    try:
        return img.getexif().get(0x0112)
    except Exception:  # noqa: BLE001 -- unreadable EXIF: no rotation asked
        return None


# --- the identifier stamp -------------------------------------------------------

#: Helvetica advance widths (1/1000 em) of the characters a stamp uses;
#: others count as the widest.
_WIDTHS = {**dict.fromkeys("0123456789", 556), " ": 278, ":": 278, "-": 333, ",": 278, ".": 278}


def text_width(text: str, size: float) -> float:
    def width(c: str) -> int:
        if c in _WIDTHS:
            return _WIDTHS[c]
        return 722 if c.isupper() else 556

    return sum(width(c) for c in text) * size / 1000


def latin1(text: str) -> str:
    """``text`` in the characters Helvetica's WinAnsi encoding has:
    letters outside it lose their accents (the identifier check folds
    accents too)."""
    out = []
    for c in text:
        try:
            c.encode("cp1252")
            out.append(c)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode()
            out.append(base or "?")
    return "".join(out)


def find_room(gray: Image.Image, scale: float, width_pt: float, height_pt: float) -> tuple[float, float] | None:
    """Bottom-left corner (points) of a free rectangle of the given size on
    a page rendered in ``gray`` at ``scale`` pixels per point: the top
    margin first (right, centre, left), then the bottom margin, then any
    free place from the top. None: there is no room."""
    import numpy as np

    ink = np.asarray(gray) < PAPER_LEVEL
    rows, cols = ink.shape
    edge = int(EDGE_MM * PT_PER_MM * scale)
    w, h = int(width_pt * scale) + 1, int(height_pt * scale) + 1
    if w + 2 * edge > cols or h + 2 * edge > rows:
        return None
    # Summed-area table: the ink in any rectangle in constant time.
    table = np.zeros((rows + 1, cols + 1), dtype=np.int64)
    table[1:, 1:] = ink.cumsum(0).cumsum(1)

    def free(top: int, left: int) -> bool:
        b, r = top + h, left + w
        return table[b, r] - table[top, r] - table[b, left] + table[top, left] == 0

    lefts = [cols - edge - w, (cols - w) // 2, edge]
    tops = [edge, rows - edge - h]
    candidates = [(t, l) for t in tops for l in lefts]
    step = max(1, h // 2)
    candidates += [
        (t, l)
        for t in range(edge, rows - edge - h + 1, step)
        for l in range(cols - edge - w, edge - 1, -max(1, w // 8))
    ]
    for top, left in candidates:
        if free(top, left):
            return left / scale, (rows - top - h) / scale
    return None


def stamp(page, text: str, x: float, y: float, size: float) -> None:
    """Write ``text`` on ``page`` (no /Rotate) with its box's bottom-left
    at (x, y) points from the visible box's bottom-left corner."""
    left, bottom, _, _ = _visible_box(page)
    x, y = x + left, y + bottom
    text = latin1(text)
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")
    width, height = abs(float(page.mediabox.width)), abs(float(page.mediabox.height))
    baseline = y + 0.22 * size  # Helvetica's descender sits below the baseline
    content = b"BT /F1 %.2f Tf 0 g %.3f %.3f Td (%s) Tj ET" % (size, x, baseline, escaped)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    pdf = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>" % (width, height),
            font,
            _stream(b"", content),
        ]
    )
    page.merge_page(pypdf.PdfReader(io.BytesIO(pdf)).pages[0])
