"""Stage 3: turn a page into facts (size, blank, text, resolution, numbers).

This is where the expensive work happens, in worker processes, one page at a
time. OCR reads only what the checks need (docs/performance.md measures it):

* a page with a usable text layer is never OCR'd;
* a blank page is recognised at low resolution and never OCR'd;
* the identifier is looked for first in the top and bottom margins, where
  applicants write or print it; only when the margins do not settle it is
  the whole page read;
* legibility needs a confidence, not the text: when the page was not read
  whole, the densest band of text is read as a sample;
* plugins that need a page's whole text (document understanding) ask for it
  with ``docchk_full_text_pages``, and then the page is read whole first;
  a plugin that needs only a page's title asks with ``docchk_title_pages``,
  and its top band is read (and serves as the legibility sample);
* a page that looks like a certificate (a framed block, as an apostille is
  printed: ``docchk.marks.looks_like_certificate``, a layout test on the
  image) is read whole, wherever it is in the document;
* a scanned page is searched for a machine-readable zone by its shape
  (``docchk.mrz_zone``: 60 ms on an A4 at 300 dpi), and a zone found is read
  on its own, straightened, with only the MRZ's characters;
* a page read whole gets a second look where its reading shows a
  machine-readable zone the shape search missed, or ink
  left unread askew (a rubber stamp, read again turned straight:
  ``docchk.skew``).
"""

from __future__ import annotations

import numpy as np

from docchk import blank, facts, identifiers, marks, mrz_zone, paper, skew
from docchk.model import READ_SAMPLE, READ_TOP, READ_WHOLE, Config, OcrResult, PageFacts
from docchk.readers import MM_PER_INCH, Page
from docchk.text import usable_text


def _thresholds() -> dict:
    return facts.load("page_thresholds")


def _effective_dpi(img, page: Page) -> float:
    """Resolution of a rendered image, from the page's physical width."""
    if page.width_mm:
        return img.width / (page.width_mm / MM_PER_INCH)
    # Unknown physical size: suppose the long side is an A4 page's.
    return max(img.size) / (297 / MM_PER_INCH)


def _render(page: Page, dpi: float):
    """Render and record the true resolution in ``info["dpi"]`` for the OCR engine."""
    img = page.render(dpi)
    eff = _effective_dpi(img, page)
    img.info["dpi"] = (eff, eff)
    return img


def analyse_page(page: Page, config: Config, engine, margin_engine, read: str = READ_SAMPLE) -> PageFacts:
    t = _thresholds()
    facts_ = PageFacts(
        number=page.number,
        width_mm=page.width_mm,
        height_mm=page.height_mm,
        size_name=paper.size_name(page.width_mm, page.height_mm),
        rotation=page.rotation,
        dpi=page.image_dpi,
        dpi_source=page.dpi_source,
    )
    texts = [page.text_layer]  # everything read on the page so far
    rereads: list[str] = []  # regions read a second time (PageFacts.reread_text)

    def settled(*more: str) -> bool:
        return _satisfied("\n".join([*texts, *more]), config)

    if usable_text(identifiers.without_stamp(page.text_layer)):
        facts_.text_source = "text-layer"
        if not settled():
            # A typed page the applicant printed, wrote the number on, and
            # scanned back in with its text layer intact.
            texts += _read_margins(_render(page, t["ocr_dpi"]), margin_engine, settled)
            facts_.margin_ocr = True
        return _with_text(facts_, texts)

    # Decoding a scan's image is most of a render's cost whatever the
    # resolution, so render once and shrink for the blank analysis.
    image = _render(page, t["ocr_dpi"])
    factor = max(1, round(image.info["dpi"][0] / t["blank"]["analysis_dpi"]))
    small = image.reduce(factor) if factor > 1 else image
    found = blank.analyse(small, image.info["dpi"][0] / factor)
    facts_.too_dark = found.paper_level < t["too_dark_background"]
    if found.blank and not facts_.too_dark:
        facts_.blank = True
        return facts_

    facts_.text_source = "ocr"
    whole: OcrResult | None = None
    # A passport or ID card photographed askew, turned or small on the page:
    # its MRZ found by shape and read on its own (docchk.mrz_zone).
    zone = mrz_zone.read_mrz_image(image, engine, today=config.submission_date)
    if zone is not None:
        rereads.append(zone.text)

    def read_whole() -> OcrResult:
        result, script = ocr_in_its_script(image, engine)
        facts_.script = script or facts_.script
        if top is not None:  # the whole page holds the title band: keep its text once
            texts.remove(top.text)
        texts.append(result.text)
        if zone is None or not zone.mrz.valid:
            rereads.append(reread_mrz(image, result, engine))
        # Rubber stamps askew, read in their own script (a Russian apostille).
        rereads.append(skew.reread_skewed_regions(image, result, lambda img: ocr_in_its_script(img, engine)[0]))
        return result

    top: OcrResult | None = None
    if read == READ_WHOLE:
        whole = read_whole()
    elif read == READ_TOP:
        band = image.crop((0, 0, image.width, max(1, int(image.height * t["title_band_fraction"]))))
        band.info["dpi"] = image.info["dpi"]
        top, script = ocr_in_its_script(band, engine)
        facts_.script = script or facts_.script
        texts.append(top.text)
    if not settled():
        texts += _read_margins(image, margin_engine, settled)
        facts_.margin_ocr = True
    if whole is None and not settled():
        whole = read_whole()  # the identifier may be anywhere on the page
    if whole is None and (
        marks.looks_like_certificate(small, image.info["dpi"][0] / factor)
        or (top is not None and marks.starts_like_certificate(top.text, top.words, image.info["dpi"][0]))
    ):
        # A certificate (an apostille, a legalisation) on a page read only
        # in part: framed, or its title band shows the title and numbered
        # field lines; its fields are further down (docchk.marks).
        whole = read_whole()
    if whole is None and top is not None and _confidence(top) is not None:
        # The title band holds enough words to judge legibility by.
        facts_.ocr_scope = READ_TOP
        facts_.ocr_confidence = _confidence(top)
    elif whole is None:
        sample = _legibility_sample(image, found.row_ink, engine)
        if sample is None:  # too little text in the band to judge
            whole = read_whole()
        else:
            facts_.ocr_confidence, facts_.script = sample
            facts_.ocr_scope = READ_TOP if top is not None else READ_SAMPLE
    if whole is not None:
        facts_.ocr_scope = READ_WHOLE
        facts_.words = whole.words
        facts_.ocr_confidence = _confidence(whole)
    facts_.reread_text = "\n".join(filter(None, rereads))
    return _with_text(facts_, texts)


def reread_mrz(image, whole: OcrResult, engine) -> str:
    """The machine-readable zone of a passport or ID card on the page, read
    again on its own with only the MRZ's 37 characters allowed; "" when the
    whole-page reading shows no MRZ-like line.

    Read with the rest of the page, an MRZ comes out with its filler runs
    as letters ("<<<KKK EEE") or a letter doubled ("CMIJWY"): the parse rate
    was 68 % on the understanding benchmark (docs/accuracy.md). The band
    alone, with the alphabet restricted, reads right far more often; it
    costs one small read, on passport pages only. Both readings are kept in
    the page text and the MRZ parser takes the one that checks out.
    """
    if not getattr(engine, "honours_alphabet", False):
        return ""
    from docchk.mrz import looks_like_mrz

    lines: dict[int, list] = {}
    for w in whole.words:
        lines.setdefault(w.line, []).append(w)
    boxes = [w.box for words in lines.values() if looks_like_mrz(" ".join(w.text for w in words)) for w in words]
    if not boxes:
        return ""
    pad = 3 * max(h for _, _, _, h in boxes)  # room for a line the page reading missed
    left = max(0, min(x for x, _, _, _ in boxes) - pad)
    top = max(0, min(y for _, y, _, _ in boxes) - pad)
    right = min(image.width, max(x + w for x, _, w, _ in boxes) + pad)
    bottom = min(image.height, max(y + h for _, y, _, h in boxes) + pad)
    band = image.crop((left, top, right, bottom))
    band.info["dpi"] = image.info["dpi"]
    return engine.ocr(band, psm=6, alphabet=mrz_zone.MRZ_ALPHABET).text


def ocr_in_its_script(image, engine) -> tuple[OcrResult, str | None]:
    """OCR ``image`` with the engine's default (Latin-script) languages; if
    the result is poor, ask the engine which script the text is in and, if
    it is another one, read it again with that script's languages
    (``docchk/data/ocr_scripts.json``). The better reading wins. Returns it
    and the script when another one was used.

    Script detection costs 0.3 s, so it runs only where Latin OCR failed:
    a Russian or Arabic page read with Latin models gives low confidences.
    """
    result = engine.ocr(image)
    rules = facts.load("ocr_scripts")
    conf = result.mean_confidence
    detect = getattr(engine, "detect_script", None)
    if detect is None or (conf is not None and conf >= rules["retry_below_confidence"]):
        return result, None
    found = detect(_at_dpi(image, image.info["dpi"][0], rules["osd_dpi"]))
    if not found or found[1] < rules["min_script_confidence"] or found[0] not in rules["languages"]:
        return result, None
    other = engine.ocr(image, languages=tuple(rules["languages"][found[0]]))
    if (other.mean_confidence or 0.0) > (conf or 0.0):
        return other, found[0]
    return result, None


def _with_text(facts_: PageFacts, texts: list[str]) -> PageFacts:
    facts_.text = "\n".join(filter(None, texts))
    facts_.digit_runs = tuple(identifiers.digit_runs(facts_.text))
    return facts_


def _confidence(result: OcrResult) -> float | None:
    """Mean word confidence, or None when there are too few words to judge."""
    words = [w for w in result.words if any(c.isalnum() for c in w.text)]
    if len(words) < _thresholds()["min_words_for_confidence"]:
        return None
    return result.mean_confidence


def _satisfied(text: str, config: Config) -> bool:
    """Does the text read so far settle the identifier question for this page?"""
    applicant = config.applicant
    numbers = identifiers.given_numbers(applicant)
    runs = identifiers.digit_runs(text)
    if numbers:
        return identifiers.is_found(identifiers.closest(numbers, runs))
    if applicant.name and applicant.birth_date:
        return identifiers.has_name_and_birth_date(text, applicant.name, applicant.birth_date)
    return bool(identifiers.v_number_candidates(runs))


def _read_margins(image, engine, settled) -> list[str]:
    """Text of the top and bottom margins, where the V-number is written.

    Full-page OCR misses handwriting in a margin (1 of 14 pages in
    shared/FINDINGS.md); the strips alone do far better. Tesseract gets two
    tries per strip, as one block (psm 6) and as sparse text (psm 11); an
    engine that does not declare ``honours_psm`` is asked once. An engine
    that declares a ``preferred_dpi`` below the page's gets a smaller strip
    (RapidOCR reads handwritten digits as well at 150 dpi, in half the time).
    Stops as soon as ``settled(text so far)`` says the identifier is found.
    """
    fraction = _thresholds()["identifier"]["margin_strip_fraction"]
    h = image.height
    strip_h = max(1, int(h * fraction))
    strips = [image.crop((0, 0, image.width, strip_h)), image.crop((0, h - strip_h, image.width, h))]
    texts: list[str] = []
    modes = (6, 11) if getattr(engine, "honours_psm", False) else (6,)
    for strip in strips:
        strip = _at_dpi(strip, image.info["dpi"][0], getattr(engine, "preferred_dpi", None))
        for psm in modes:
            texts.append(engine.ocr(strip, psm=psm).text)
            if settled(*texts):
                return texts
    return texts


def _at_dpi(image, dpi: float, wanted: float | None):
    if not wanted or wanted >= dpi * 0.95:
        return image
    scale = wanted / dpi
    small = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))))
    small.info["dpi"] = (wanted, wanted)
    return small


def _legibility_sample(image, row_ink: tuple[int, ...], engine) -> tuple[float, str | None] | None:
    """OCR confidence of the densest band of text, as the page's legibility,
    and the script it was read in (None: the default, Latin).

    The band is chosen on the blank analysis' ink profile (no extra work),
    between the margin strips. Returns None when the band holds too few words
    to judge, so the caller reads the whole page instead.
    """
    t = _thresholds()
    if not row_ink:
        return None
    n = len(row_ink)
    margin = int(n * t["identifier"]["margin_strip_fraction"])
    band = max(1, int(n * t["legibility_sample_fraction"]))
    body = row_ink[margin : n - margin]
    if len(body) < band:
        return None
    sums = np.convolve(body, np.ones(band, dtype=np.int64), mode="valid")  # ink per band position
    best_at = int(np.argmax(sums))
    scale = image.height / n
    top = int((margin + best_at) * scale)
    bottom = min(image.height, int((margin + best_at + band) * scale))
    band = image.crop((0, top, image.width, bottom))
    band.info["dpi"] = image.info["dpi"]
    result, script = ocr_in_its_script(band, engine)
    confidence = _confidence(result)
    return None if confidence is None else (confidence, script)
