"""page.size-not-a4: every copy must be A4 (IND rule 2, shared/seeds/003)."""

from docchk import paper
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity

RULE = "page.size-not-a4"


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.PAGE, "page is not A4 (210 x 297 mm +-2 mm, either orientation)"))


@hookimpl
def docchk_check_page(page, document, config):
    if paper.is_required_size(page.width_mm, page.height_mm):
        return []
    n = page.number
    if page.width_mm is None:
        message = _(
            "Page {n} is an image without resolution information whose "
            "proportions are not those of an A4 page (a photo?)."
        ).format(n=n)
        hint = _("Place the picture on an A4 page, or scan the document on A4.")
    else:
        size = f"{page.width_mm:.0f} x {page.height_mm:.0f} mm"
        named = f"{page.size_name} ({size})" if page.size_name else size
        message = _("Page {n} is {size}, not A4.").format(n=n, size=named)
        if page.size_name == "ID-1 card" or max(page.width_mm, page.height_mm) < 150:
            hint = _("A picture of a card is not an A4 copy: place it on an A4 page.")
        else:
            hint = _("Print or scan the page on A4 (210 x 297 mm).")
    return [Finding(RULE, Severity.ERROR, document.relpath, n, message, hint)]
