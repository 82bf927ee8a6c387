"""Tell a blank page from a page with content, on scanner output.

A plain ink threshold fails on real scans: paper tint and sensor noise,
speckles of dust, faint bleed-through of the other side, punch holes, the
dark shadow along a scanner's edge, and a lone page number all darken
pixels on a page that is, for the IND, empty. The approach:

1. Estimate the local paper brightness (a grey-level closing: the maximum
   over a few millimetres, smoothed). Only pixels much darker than the paper
   around them are ink. Bleed-through and tint are only slightly darker, and
   wide dark areas (shadows, holes) become "paper" themselves, leaving at
   most their outline.
2. Drop what is not content: marks in a border band, tiny specks, round
   blobs of punch-hole size near an edge, long thin lines along an edge.
3. What is left is content unless it is a trace (a few mm² of ink) or fits
   in one small box (a lone page number).

All sizes are in millimetres and live in ``page_thresholds.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from docchk import facts

if TYPE_CHECKING:
    from PIL import Image

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class BlankResult:
    blank: bool
    ink_mm2: float  # ink left after cleaning
    paper_level: float  # median paper brightness (0-255), for "too dark"
    #: Ink pixels per image row (content only, at the analysis resolution):
    #: where the text is, so OCR can sample the densest part of a page.
    row_ink: tuple[int, ...] = ()


def analyse(img: Image.Image, dpi: float) -> BlankResult:
    # numpy and scipy (0.5 s to import) only where pages are analysed: a
    # cached re-run, which only marks duplex backs, never loads them.
    import numpy as np
    from scipy import ndimage

    t = facts.load("page_thresholds")["blank"]
    px_per_mm = dpi / MM_PER_INCH
    gray = np.asarray(img.convert("L"), dtype=np.int16)
    h, w = gray.shape
    if h < 8 or w < 8:
        return BlankResult(True, 0.0, float(np.median(gray)) if gray.size else 255.0)

    k = max(3, int(round(3 * px_per_mm)))
    paper = ndimage.uniform_filter(ndimage.maximum_filter(gray, size=k), size=k)
    ink = (paper - gray) > t["ink_contrast"]

    border = int(round(t["ignore_border_mm"] * px_per_mm))
    if border:
        ink[:border, :] = ink[-border:, :] = False
        ink[:, :border] = ink[:, -border:] = False

    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    if count == 0:
        return BlankResult(True, 0.0, float(np.median(paper)))
    sizes = ndimage.sum_labels(ink, labels, index=np.arange(1, count + 1))
    boxes = ndimage.find_objects(labels)

    min_px = t["min_component_mm2"] * px_per_mm**2
    zone = t["punch_hole_zone_mm"] * px_per_mm
    d_lo, d_hi = (d * px_per_mm for d in t["punch_hole_diameter_mm"])
    kept = []
    for size, (ys, xs) in zip(sizes, boxes, strict=True):
        bh, bw = ys.stop - ys.start, xs.stop - xs.start
        if size < min_px:
            continue  # dust and noise
        near_edge = xs.start < zone or xs.stop > w - zone or ys.start < zone or ys.stop > h - zone
        roundish = 0.75 < bw / bh < 1.33 if bh else False
        if near_edge and roundish and d_lo <= max(bw, bh) <= d_hi:
            continue  # a punch hole (or its outline)
        if near_edge and (bh > 0.3 * h and bw < 3 * px_per_mm or bw > 0.3 * w and bh < 3 * px_per_mm):
            continue  # the edge of a scanner shadow or a fold line
        kept.append((size, ys, xs))

    ink_mm2 = sum(s for s, _, _ in kept) / px_per_mm**2
    paper_level = float(np.median(paper))
    if not kept or ink_mm2 < t["trace_ink_mm2"]:
        return BlankResult(True, ink_mm2, paper_level)
    rows = np.zeros(h, dtype=np.int64)
    for _, ys, xs in kept:
        rows[ys] += ink[ys, xs].sum(axis=1)
    top = min(ys.start for _, ys, _ in kept)
    bottom = max(ys.stop for _, ys, _ in kept)
    left = min(xs.start for _, _, xs in kept)
    right = max(xs.stop for _, _, xs in kept)
    box_w, box_h = t["lone_mark_box_mm"]
    lone_mark = (right - left) <= box_w * px_per_mm and (bottom - top) <= box_h * px_per_mm
    return BlankResult(lone_mark, ink_mm2, paper_level, tuple(int(v) for v in rows))


def mark_duplex_backs(pages) -> None:
    """Mark blank pages that follow a page with content in a front/back rhythm.

    A duplex scan of single-sided originals puts a blank back after every
    front: pages 2, 4, 6 ... are blank. Knowing this lets the report say
    "the back of a duplex scan" and suggest scanning single-sided.
    """
    blanks = [p for p in pages if p.blank]
    if not blanks:
        return
    evens = [p for p in pages if p.number % 2 == 0]
    rhythm = len(pages) >= 2 and all(p.blank for p in evens) and not any(p.blank for p in pages if p.number % 2 == 1)
    for p in blanks:
        p.duplex_back = rhythm
