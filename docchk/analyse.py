"""Stage 3: turn a page into facts (size, blank, text, resolution, numbers).

This is where the expensive work happens, in worker processes, one page at a
time. OCR runs only where it is needed:

* a page with a usable text layer is never OCR'd for its text;
* a blank page is recognised at low resolution and never OCR'd;
* the margins are OCR'd separately (where applicants write the V-number by
  hand) only when the page text does not already carry the identifier.
"""

from __future__ import annotations

from docchk import blank, facts, identifiers, paper
from docchk.model import Config, PageFacts
from docchk.readers import MM_PER_INCH, Page


def _thresholds() -> dict:
    return facts.load("page_thresholds")


def _usable_text(text: str) -> bool:
    return sum(c.isalnum() for c in text) >= _thresholds()["usable_text_layer_chars"]


def _effective_dpi(img, page: Page) -> float:
    """Resolution of a rendered image, from the page's physical width."""
    if page.width_mm:
        return img.width / (page.width_mm / MM_PER_INCH)
    # Unknown physical size: suppose the long side is an A4 page's.
    return max(img.size) / (297 / MM_PER_INCH)


def analyse_page(page: Page, config: Config, engine, margin_engine) -> PageFacts:
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
    image = None
    if _usable_text(page.text_layer):
        facts_.text_source = "text-layer"
        facts_.text = page.text_layer
    else:
        small = page.render(t["blank"]["analysis_dpi"])
        found = blank.analyse(small, _effective_dpi(small, page))
        facts_.too_dark = found.paper_level < t["too_dark_background"]
        if found.blank and not facts_.too_dark:
            facts_.blank = True
            return facts_
        image = page.render(t["ocr_dpi"])
        result = engine.ocr(image)
        facts_.text_source = "ocr"
        facts_.words = result.words
        facts_.text = "\n".join(filter(None, (page.text_layer, result.text)))
        words = [w for w in result.words if any(c.isalnum() for c in w.text)]
        if len(words) >= t["min_words_for_confidence"]:
            facts_.ocr_confidence = result.mean_confidence

    runs = identifiers.digit_runs(facts_.text)
    if not _satisfied(runs, config):
        image = image or page.render(t["ocr_dpi"])
        runs += _margin_runs(image, margin_engine, config)
        facts_.margin_ocr = True
    facts_.digit_runs = tuple(dict.fromkeys(runs))
    return facts_


def _satisfied(runs: list[str], config: Config) -> bool:
    """Does the text read so far settle the identifier question for this page?"""
    applicant = config.applicant
    numbers = identifiers.given_numbers(applicant)
    if numbers:
        return identifiers.is_found(identifiers.closest(numbers, runs))
    if applicant.name and applicant.birth_date:
        return True  # handwritten names are beyond OCR; the page text decides
    return bool(identifiers.v_number_candidates(runs))


def _margin_runs(image, engine, config: Config) -> list[str]:
    """Digit runs from the top and bottom margins, where numbers are handwritten.

    Full-page OCR misses handwriting in a margin (1 of 14 pages in
    shared/FINDINGS.md); the strips alone do far better. Tesseract gets two
    tries per strip, as one block (psm 6) and as sparse text (psm 11); an
    engine that does not declare ``honours_psm`` is asked once.
    """
    fraction = _thresholds()["identifier"]["margin_strip_fraction"]
    h = image.height
    strip_h = max(1, int(h * fraction))
    strips = [image.crop((0, 0, image.width, strip_h)), image.crop((0, h - strip_h, image.width, h))]
    runs: list[str] = []
    modes = (6, 11) if getattr(engine, "honours_psm", False) else (6,)
    for strip in strips:
        for psm in modes:
            runs += identifiers.digit_runs(engine.ocr(strip, psm=psm).text)
            if _satisfied(runs, config):
                return runs
    return runs
