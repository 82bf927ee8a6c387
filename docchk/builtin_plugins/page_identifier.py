"""page.missing-identifier: the V-number (or klantnummer, or name and date of
birth) on every copy (IND rule 4, shared/seeds/003).

The evidence is weighed (see :mod:`docchk.identifiers`): a clear absence is an
error; a near reading (a little further off on a weak reading: a photo
whose paper size is unknown or not A4, :func:`docchk.identifiers.weakly_read`),
or an absence on a page too poor to read, is a "could not confirm" warning;
no identifier to look for at all is one warning for the whole submission
rather than one per page.
"""

from docchk import facts, identifiers, legibility
from docchk.hookspec import hookimpl
from docchk.i18n import _, ngettext
from docchk.model import Finding, Level, Rule, Severity

RULE = "page.missing-identifier"


def _hint() -> str:
    return _(
        "Write the V-number (or klantnummer; if you have neither, your name and date "
        "of birth) on every page, e.g. in the top margin, or run `docchk fix`."
    )


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.PAGE, "no V-number / klantnummer (or name and date of birth) on the page"))


def _what(config) -> str:
    a = config.applicant
    if a.v_number or not (a.klantnummer or a.name):
        return _("the V-number")
    if a.klantnummer:
        return _("the klantnummer")
    return _("the applicant's name and date of birth")


def _three_off(page, config) -> bool:
    """Was the page unconfirmed only because its reading is weak (a number
    more than two digits off, see identifiers.weakly_read)? With an inferred
    V-number (none given), a weak reading says so whatever the distance."""
    numbers = identifiers.given_numbers(config.applicant)
    distance = identifiers.closest(numbers, page.digit_runs) if numbers else None
    two = facts.load("page_thresholds")["identifier"]["unconfirmed_max_edits"]
    if distance is None:  # an inferred V-number: told by the reading alone
        return identifiers.weakly_read(page)
    return distance > two


@hookimpl
def docchk_check_page(page, document, config):
    n = page.number
    what = _what(config)
    if page.identifier_status == "unconfirmed":
        if _three_off(page, config):
            message = _(
                "Could not confirm {what} on page {n}: only a number close to it was read, "
                "on a photo or scan whose paper size is not known or not A4 "
                "(handwriting hard to read?)."
            )
        else:
            message = _(
                "Could not confirm {what} on page {n}: a number that differs in two digits was read (handwriting?)."
            )
        return [
            Finding(
                RULE,
                Severity.WARNING,
                document.relpath,
                n,
                message.format(what=what, n=n),
                _("Check that the number on the page is complete and clearly written."),
            )
        ]
    if page.identifier_status != "missing":
        return []
    if legibility.assess(page):
        return [
            Finding(
                RULE,
                Severity.WARNING,
                document.relpath,
                n,
                _("Could not confirm {what} on page {n}: the page is too poor to read.").format(what=what, n=n),
                _hint(),
            )
        ]
    return [
        Finding(
            RULE,
            Severity.ERROR,
            document.relpath,
            n,
            _("Page {n} does not show {what}.").format(n=n, what=what),
            _hint(),
        )
    ]


@hookimpl
def docchk_check_submission(submission, config):
    pages = [p for d in submission.documents for p in d.pages if p.identifier_status == "unknown"]
    if not pages:
        return []
    return [
        Finding(
            RULE,
            Severity.WARNING,
            None,
            None,
            ngettext(
                "Could not check {count} page for the applicant's identifier: none was "
                "given and no V-number appears on it.",
                "Could not check {count} pages for the applicant's identifier: none was "
                "given and no V-number appears on the pages.",
                len(pages),
            ).format(count=len(pages)),
            _(
                "Give the V-number (or the klantnummer, or the name and date of birth), as an option or "
                "field or in docchk.toml, so docchk can check every page."
            ),
        )
    ]
