"""page.blank: copies are single-sided, so no blank pages (IND rule 2)."""

from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity

RULE = "page.blank"


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.PAGE, "blank page: the back of a duplex scan, or an empty page"))


@hookimpl
def docchk_check_page(page, document, config):
    if not page.blank:
        return []
    if page.duplex_back:
        message = _("Page {n} is blank: the back of a double-sided (duplex) scan.").format(n=page.number)
        hint = _("Scan single-sided, or remove the blank pages.")
    else:
        message = _("Page {n} is blank.").format(n=page.number)
        hint = _("Remove the empty page.")
    return [Finding(RULE, Severity.ERROR, document.relpath, page.number, message, hint)]
