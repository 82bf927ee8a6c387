"""Find the machine-readable zone on an image by its shape, and read it.

A passport or ID card is photographed on a table, turned a quarter, askew,
or placed small on an A4 scan; read whole, such a page gives Tesseract no
line it can make sense of. The MRZ is found here without reading anything:
it is two or three parallel lines of the same length, each a dense row of
same-height monospaced glyphs, close together and alone (no fourth line like
them: a justified paragraph is not an MRZ). :func:`find_zones` finds such
blocks on the image by morphology (OpenCV), in either direction and with
small skew, at five scales so that a card filling a phone photo and a
passport on a 150 dpi A4 scan are both found.

:func:`read_mrz_image` first asks whether a block's glyphs stand at one
fixed pitch, as an MRZ's do (a few milliseconds; a paragraph of proportional
text is let go unread). It cuts each block out straight, enlarges it to the
size Tesseract reads best, and reads it with the MRZ's 37 characters only; it
tries the block both ways up (a photo may be upside down), then an
Otsu-binarised copy, and keeps the reading whose check digits hold
(:mod:`docchk.mrz`). Which readings are tried, and in what order, is what
``benchmarks/mrz_photos.py`` measures against PassportEye.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass

import numpy as np

from docchk.mrz import Mrz, find_mrz, looks_like_mrz

__all__ = ["MRZ_ALPHABET", "Zone", "ZoneReading", "find_zones", "read_mrz_image"]

#: The characters of a machine-readable zone (ICAO Doc 9303).
MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
#: Long sides of the working images; the morphology is sized for glyphs of
#: about _GLYPH px, so together they cover glyphs from about 6 to 60 px.
_SCALES = (2000, 1400, 1000, 700, 500)
_GLYPH = 12
#: Length / thickness of one MRZ line after its glyphs are joined: 30 glyphs
#: (TD1) give about 30, 44 (TD3) about 45; blur and skew thicken a line.
_MIN_ELONGATION = 12.0
#: Glyph height the band is enlarged to before it is read.
_READ_GLYPH = 34
#: Check digits that must hold before a reading counts as an MRZ at all:
#: text that is no MRZ, read with the MRZ's characters, can come out shaped
#: like one, but two of its check digits hold by chance once in 100.
_MIN_CHECKS = 2
#: At most this many blocks are read per image (the most MRZ-like first).
_MAX_ZONES = 3
#: An MRZ line is a row of glyphs at one fixed pitch, fillers included: at
#: least this many glyphs in a row, this share of the steps between them
#: within a quarter of the usual step, in at least two rows of about the
#: same count. On the benchmarks' pages 2 of 156 text blocks shaped like an
#: MRZ pass and every MRZ does (docs/performance.md, "MRZ by shape").
_ROW_GLYPHS = 24
_ROW_REGULARITY = 0.8


@dataclass(frozen=True)
class Zone:
    """A block of 2 or 3 MRZ-like lines: its centre, size and angle in the
    original image's pixels (as OpenCV's rotated rectangle), the number of
    lines and their thickness (the glyph height)."""

    center: tuple[float, float]
    size: tuple[float, float]  # along the lines, across them
    angle: float  # degrees; the lines run along this direction
    lines: int
    glyph: float


@dataclass(frozen=True)
class ZoneReading:
    """The best reading of a zone: the OCR text and the MRZ parsed from it."""

    text: str
    mrz: Mrz
    zone: Zone


def _gray(image) -> np.ndarray:
    return np.asarray(image.convert("L"))


def _line_boxes(mask: np.ndarray, glyph: float):
    """Rotated rectangles of the joined-up lines in ``mask`` that are shaped
    like an MRZ line: long, thin, as thick as a glyph."""
    import cv2

    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes = []
    for c in contours:
        (cx, cy), (w, h), angle = cv2.minAreaRect(c)
        if w < h:
            w, h, angle = h, w, angle + 90
        angle = (angle + 90) % 180 - 90  # the line's direction, in (-90, 90]
        if h < 0.45 * glyph or h > 2.6 * glyph or w < _MIN_ELONGATION * h:
            continue
        boxes.append(((cx, cy), (w, h), angle, cv2.contourArea(c) / max(1.0, w * h)))
    return boxes


def _blocks(boxes) -> list[tuple[list, float]]:
    """Groups of 2 or 3 boxes that lie as the lines of an MRZ: parallel,
    of nearly the same length, side by side, 1.2-3.4 line thicknesses apart,
    and with no further such line next to them."""

    def direction(a):
        t = math.radians(a)
        return math.cos(t), math.sin(t)

    def neighbours(i):
        (cx, cy), (w, h), a, _ = boxes[i]
        ux, uy = direction(a)
        out = []
        for j, ((dx, dy), (w2, h2), a2, _) in enumerate(boxes):
            if j == i or abs((a - a2 + 90) % 180 - 90) > 4 or min(w, w2) < 0.7 * max(w, w2):
                continue
            along = (dx - cx) * ux + (dy - cy) * uy
            across = -(dx - cx) * uy + (dy - cy) * ux
            thick = max(h, h2)
            if abs(along) < 0.12 * max(w, w2) and 1.2 * thick <= abs(across) <= 3.4 * thick:
                out.append((j, across))
        return out

    found, seen = [], set()
    for i in range(len(boxes)):
        near = neighbours(i)
        members = tuple(sorted([i] + [j for j, _ in near]))
        if members in seen or not 2 <= len(members) <= 3:
            continue
        # alone: no member has a like line outside the block
        if any(j not in members for m in members for j, _ in neighbours(m)):
            continue
        seen.add(members)
        fill = sum(boxes[m][3] for m in members) / len(members)
        found.append(([boxes[m] for m in members], fill))
    return found


def find_zones(image) -> list[Zone]:
    """The blocks on ``image`` (a PIL image) that are shaped like an MRZ,
    most MRZ-like (densest) first, in the image's own pixel coordinates."""
    import cv2

    gray = _gray(image)
    zones: list[tuple[float, Zone]] = []
    done_native = False
    for long_side in _SCALES:
        scale = min(1.0, long_side / max(gray.shape))
        if scale == 1.0 and done_native:
            continue  # the image is no larger than this scale: read once as it is
        done_native = scale == 1.0
        work = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1.0 else gray
        k = int(_GLYPH * 1.8) | 1
        dark = cv2.morphologyEx(work, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
        _, ink = cv2.threshold(dark, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        ink = cv2.bitwise_and(ink, (dark > 25).astype(np.uint8) * 255)  # no faint guilloche
        for kernel in ((int(_GLYPH * 1.1), 1), (1, int(_GLYPH * 1.1))):  # lines across, lines down
            joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
            for members, fill in _blocks(_line_boxes(joined, _GLYPH)):
                pts = np.concatenate([cv2.boxPoints(b[:3]) for b in members]) / scale
                (cx, cy), (w, h), angle = cv2.minAreaRect(pts.astype(np.float32))
                if w < h:
                    w, h, angle = h, w, angle + 90
                glyph = float(np.median([b[1][1] for b in members])) / scale
                zone = Zone((cx, cy), (w, h), (angle + 90) % 180 - 90, len(members), glyph)
                if not any(_same(zone, z) for _, z in zones):
                    zones.append((fill, zone))
    zones.sort(key=lambda fz: -fz[0])
    return [z for _, z in zones[:_MAX_ZONES]]


def _same(a: Zone, b: Zone) -> bool:
    return math.dist(a.center, b.center) < 0.5 * max(a.size[1], b.size[1])


def _straight_crop(gray: np.ndarray, zone: Zone) -> np.ndarray:
    """The zone cut out level, with room around it, enlarged so its glyphs
    are _READ_GLYPH px high."""
    import cv2

    factor = min(4.0, max(0.25, _READ_GLYPH / max(zone.glyph, 1.0)))
    w = zone.size[0] + 5.0 * zone.glyph
    # a 2-line block may be a TD1 whose third line was joined to its
    # neighbour and missed: room for one more line on either side
    h = zone.size[1] + (2.2 * zone.size[1] / zone.lines if zone.lines == 2 else 2.2 * zone.glyph)
    m = cv2.getRotationMatrix2D(zone.center, zone.angle, factor)
    m[0, 2] += w * factor / 2 - zone.center[0]
    m[1, 2] += h * factor / 2 - zone.center[1]
    size = (max(8, int(w * factor)), max(8, int(h * factor)))
    return cv2.warpAffine(gray, m, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)


def _monospaced(crop: np.ndarray) -> bool:
    """Whether the crop holds two rows of evenly spaced glyphs of about the
    same count, as MRZ lines are; proportional text has word gaps and glyphs
    of every width. Costs a few milliseconds, where reading costs hundreds."""
    import cv2

    _, ink = cv2.threshold(cv2.GaussianBlur(crop, (3, 3), 0), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    g = _READ_GLYPH
    glyphs = sorted(
        (int(y) + h / 2, x + w / 2)
        for x, y, w, h in (stats[i, :4] for i in range(1, n))
        if 0.5 * g <= h <= 1.6 * g and w <= 1.5 * g
    )
    rows: list[list[float]] = []
    last_y = -g
    for y, x in glyphs:
        if rows and y - last_y < 0.5 * g:
            rows[-1].append(x)
        else:
            rows.append([x])
        last_y = y
    counts = []
    for xs in rows:
        if len(xs) < _ROW_GLYPHS:
            continue
        steps = np.diff(sorted(xs))
        usual = float(np.median(steps))
        if usual > 0 and float(np.mean(np.abs(steps - usual) < 0.25 * usual)) >= _ROW_REGULARITY:
            counts.append(len(xs))
    counts.sort()
    return any(a >= 0.8 * b for a, b in zip(counts, counts[1:], strict=False))


def _readings(crop: np.ndarray):
    """The crop as Tesseract will see it: both ways up, then binarised,
    then smaller (glyphs of 24 px), until a reading's check digits hold."""
    import cv2

    yield crop
    yield cv2.rotate(crop, cv2.ROTATE_180)
    _, binary = cv2.threshold(cv2.GaussianBlur(crop, (3, 3), 0), 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    yield binary
    yield cv2.rotate(binary, cv2.ROTATE_180)
    smaller = cv2.resize(crop, None, fx=0.7, fy=0.7, interpolation=cv2.INTER_AREA)  # another scale
    yield smaller
    yield cv2.rotate(smaller, cv2.ROTATE_180)


def _score(m: Mrz) -> tuple[int, int]:
    return (m.valid, sum(m.checks.values()))


def read_mrz_image(image, engine, today: datetime.date | None = None) -> ZoneReading | None:
    """The best MRZ found on ``image`` by shape, or None when no block on it
    looks like one or none reads as an MRZ. Stops at the first reading whose
    check digits all hold. ``engine`` must honour an alphabet (Tesseract)."""
    from PIL import Image

    if not getattr(engine, "honours_alphabet", False):
        return None
    zones = find_zones(image)
    if not zones:
        return None
    gray = _gray(image)
    best: ZoneReading | None = None
    for zone in zones:
        crop = _straight_crop(gray, zone)
        if not _monospaced(crop):
            continue  # a paragraph shaped like an MRZ: not worth six readings
        for arr in _readings(crop):
            band = Image.fromarray(arr)
            band.info["dpi"] = (300, 300)
            text = engine.ocr(band, languages=("eng",), psm=6, alphabet=MRZ_ALPHABET).text
            if not looks_like_mrz(text):
                continue
            mrz = find_mrz(text, today=today)
            if mrz is None or sum(mrz.checks.values()) < _MIN_CHECKS:
                continue  # no MRZ: a block of other text read as one
            if best is None or _score(mrz) > _score(best.mrz):
                best = ZoneReading(text, mrz, zone)
            if mrz.valid:
                return best
    return best
