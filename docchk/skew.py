"""Second look at text OCR could not read because it is askew: rubber stamps.

An apostille or legalisation is often a rubber stamp, pressed by hand a few
degrees off the page's lines. Tesseract reads a page along its main text
lines; a stamp turned 4-8 degrees comes out in fragments ("This public do",
"by Regi") and its title and fields are lost -- the understanding benchmark
missed all three such apostilles (docs/accuracy.md).

:func:`reread_skewed_regions` finds ink that the whole-page reading did not
turn into confident words, groups it into regions, measures each region's
angle with a projection profile (the angle at which its rows of ink are
sharpest), and reads the regions that are askew again, turned straight.
It runs only on pages read whole, and costs a small read per askew region;
straight regions (tables, logos, signatures) are not read again.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from docchk import facts
from docchk.model import OcrResult


def _settings() -> dict:
    return facts.load("page_thresholds")["skewed_region"]


def regions(image: Image.Image, whole: OcrResult) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom; pixels of ``image``) of ink that the
    whole-page reading left unread or read with low confidence, largest first."""
    from scipy import ndimage

    s = _settings()
    dpi = image.info["dpi"][0]
    factor = max(1, round(dpi / s["analysis_dpi"]))
    small = image.reduce(factor) if factor > 1 else image
    ink = np.asarray(small) < s["ink_level"]
    for w in whole.words:
        if w.confidence >= s["confident_word"] and any(c.isalnum() for c in w.text):
            x, y, bw, bh = w.box
            ink[y // factor : (y + bh) // factor + 1, x // factor : (x + bw) // factor + 1] = False
    mm = s["analysis_dpi"] / 25.4
    grown = ndimage.binary_dilation(ink, iterations=max(1, round(s["join_mm"] * mm)))
    labels, count = ndimage.label(grown)
    if not count:
        return []
    min_area = s["min_area_mm2"] * mm * mm
    found = []
    for index, box in enumerate(ndimage.find_objects(labels), start=1):
        h = box[0].stop - box[0].start
        w = box[1].stop - box[1].start
        if w * h < min_area or min(w, h) < s["min_side_mm"] * mm:
            continue
        share = float(ink[box][labels[box] == index].mean())
        if share < s["min_ink_share"]:
            continue
        found.append(
            (w * h, (box[1].start * factor, box[0].start * factor, box[1].stop * factor, box[0].stop * factor))
        )
    found.sort(reverse=True)
    return [b for _, b in found[: s["max_regions"]]]


def skew_angle(region: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that straightens the text in
    ``region``: the turn at which its rows of ink are sharpest (the variance
    of the row sums of ink is largest)."""
    s = _settings()
    small = region.reduce(max(1, round(region.info.get("dpi", (300,))[0] / s["angle_dpi"])))
    ink = Image.fromarray(((np.asarray(small) < s["ink_level"]) * 255).astype(np.uint8))
    best, best_score = 0.0, -1.0
    limit, step = s["max_angle"], s["angle_step"]
    for angle in np.arange(-limit, limit + step / 2, step):
        rows = np.asarray(ink.rotate(float(angle), resample=Image.Resampling.NEAREST, expand=True)).sum(
            axis=1, dtype=np.int64
        )
        score = float(np.diff(rows).astype(np.float64).var())
        if score > best_score:
            best, best_score = float(angle), score
    return best


def reread_skewed_regions(image: Image.Image, whole: OcrResult, read) -> str:
    """The text of askew regions of the page, read again turned straight
    by ``read(image) -> OcrResult`` ("" when there are none)."""
    s = _settings()
    texts = []
    for left, top, right, bottom in regions(image, whole):
        pad = round(s["pad_mm"] * image.info["dpi"][0] / 25.4)
        crop = image.crop(
            (max(0, left - pad), max(0, top - pad), min(image.width, right + pad), min(image.height, bottom + pad))
        )
        crop.info["dpi"] = image.info["dpi"]
        angle = skew_angle(crop)
        if abs(angle) < s["min_angle"]:
            continue  # straight: the page reading saw it as well as it can be seen
        straight = crop.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        straight.info["dpi"] = image.info["dpi"]
        found = read(straight)
        # Only what was read with some confidence: a photo or a signature
        # turned straight gives a few junk "words".
        kept = OcrResult(tuple(w for w in found.words if w.confidence >= s["kept_word"]))
        texts.append(kept.text)
    return "\n".join(t for t in texts if t)
