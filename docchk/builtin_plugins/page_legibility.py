"""page.illegible: copies must be complete and clearly legible (IND rule 3)."""

from docchk import legibility
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule

RULE = "page.illegible"


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.PAGE, "too low resolution, too dark/blurred, or OCR confidence too low"))


@hookimpl
def docchk_check_page(page, document, config):
    problem = legibility.assess(page)
    if problem is None:
        return []
    severity, message = problem
    hint = _("Scan the page again at 300 dpi, in good light, and check it is sharp.")
    return [Finding(RULE, severity, document.relpath, page.number, message, hint)]
