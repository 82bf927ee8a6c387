"""Is a page legible? Shared by the legibility check and the identifier check
(a missing identifier on an illegible page is "could not confirm", not an error).
"""

from __future__ import annotations

from docchk import facts
from docchk.i18n import _
from docchk.model import PageFacts, Severity


def assess(page: PageFacts) -> tuple[Severity, str] | None:
    """The worst legibility problem of a page as (severity, message), or None."""
    t = facts.load("page_thresholds")
    n = page.number
    if page.blank or page.text_source == "text-layer":
        return None
    if page.dpi and page.dpi < t["min_dpi"]:
        return Severity.ERROR, _(
            "Page {n} is scanned at {dpi} dpi, below the {min_dpi} dpi needed for a clearly legible copy."
        ).format(n=n, dpi=f"{page.dpi:.0f}", min_dpi=t["min_dpi"])
    if page.too_dark:
        return Severity.ERROR, _("Page {n} is too dark to read.").format(n=n)
    conf = page.ocr_confidence
    if conf is not None and conf < t["min_ocr_confidence"]:
        return Severity.ERROR, _("Page {n} is hard to read (text recognition confidence {confidence}%).").format(
            n=n, confidence=f"{conf:.0f}"
        )
    if conf is not None and conf < t["warn_ocr_confidence"]:
        return Severity.WARNING, _("Page {n} may be hard to read (text recognition confidence {confidence}%).").format(
            n=n, confidence=f"{conf:.0f}"
        )
    return None
