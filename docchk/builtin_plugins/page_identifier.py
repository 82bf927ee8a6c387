"""page.missing-identifier: the V-number (or klantnummer, or name and date of
birth) on every copy (IND rule 4, shared/seeds/003).

The evidence is weighed (see :mod:`docchk.identifiers`): a clear absence is an
error; a near reading, or an absence on a page too poor to read, is a
"could not confirm" warning; no identifier to look for at all is one warning
for the whole submission rather than one per page.
"""

from docchk import legibility
from docchk.hookspec import hookimpl
from docchk.i18n import _, ngettext
from docchk.model import Finding, Level, Rule, Severity

RULE = "page.missing-identifier"
def _hint() -> str:
    return _("Write the V-number (or klantnummer; if you have neither, your name and date "
             "of birth) on every page, e.g. in the top margin, or run `docchk fix`.")


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.PAGE,
                  "no V-number / klantnummer (or name and date of birth) on the page"))


def _what(config) -> str:
    a = config.applicant
    if a.v_number or not (a.klantnummer or a.name):
        return _("the V-number")
    if a.klantnummer:
        return _("the klantnummer")
    return _("the applicant's name and date of birth")


@hookimpl
def docchk_check_page(page, document, config):
    n = page.number
    what = _what(config)
    if page.identifier_status == "unconfirmed":
        return [Finding(
            RULE, Severity.WARNING, document.relpath, n,
            _("Could not confirm {what} on page {n}: a number that differs in two digits "
              "was read (handwriting?).").format(what=what, n=n),
            _("Check that the number on the page is complete and clearly written."))]
    if page.identifier_status != "missing":
        return []
    if legibility.assess(page):
        return [Finding(
            RULE, Severity.WARNING, document.relpath, n,
            _("Could not confirm {what} on page {n}: the page is too poor to read.").format(what=what, n=n),
            _hint())]
    return [Finding(RULE, Severity.ERROR, document.relpath, n,
                    _("Page {n} does not show {what}.").format(n=n, what=what), _hint())]


@hookimpl
def docchk_check_submission(submission, config):
    pages = [p for d in submission.documents for p in d.pages if p.identifier_status == "unknown"]
    if not pages:
        return []
    return [Finding(
        RULE, Severity.WARNING, None, None,
        ngettext("Could not check {count} page for the applicant's identifier: none was "
                 "given and no V-number appears on it.",
                 "Could not check {count} pages for the applicant's identifier: none was "
                 "given and no V-number appears on the pages.", len(pages)).format(count=len(pages)),
        _("Give the V-number (or the klantnummer, or the name and date of birth), as an option or "
          "field or in docchk.toml, so docchk can check every page."))]
