"""Whether documents are fresh enough (document.outdated).

IND rules 8 and 9 (shared/seeds/002 §2, §4): an unmarried declaration may be
at most 6 months old when submitted, a civic integration exam result is
valid for 1 year. The limits are data (``docchk/data/document_rules.json``,
``max_age_months``). The issue date comes from the document's own wording
(:mod:`docchk.dates`); when none is read, the finding is a "could not
confirm" warning, never a guess.
"""

from __future__ import annotations

from docchk import facts
from docchk.dates import add_months, issue_date
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity

RULE = "document.outdated"


def _rules() -> dict:
    return facts.load("document_rules")


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.DOCUMENT, "older than its permitted age (e.g. unmarried declaration > 6 months)"))


@hookimpl
def docchk_understand_submission(submission, config):
    dated = set(_rules()["dated_types"]) | set(_rules()["max_age_months"])
    for doc in submission.documents:
        if doc.pages and doc.type in dated:
            doc.issue_date = issue_date(doc.edge_text, doc.language, config.submission_date)


@hookimpl
def docchk_check_document(document, config):
    limit = _rules()["max_age_months"].get(document.type)
    if limit is None or not document.pages:
        return []
    kind = document.type
    submitted = config.submission_date
    if document.issue_date is None:
        return [Finding(
            RULE, Severity.WARNING, document.relpath, None,
            _("Could not confirm that this document ({kind}) is at most {limit} months old: no issue date "
              "was read.").format(kind=kind, limit=limit),
            _("Check the date on the document; it must be issued at most {limit} months before the "
              "submission date ({date}).").format(limit=limit, date=submitted.isoformat()))]
    oldest = add_months(submitted, -limit)
    if document.issue_date >= oldest:
        return []
    return [Finding(
        RULE, Severity.ERROR, document.relpath, None,
        _("This document ({kind}) was issued on {issued}: more than {limit} months before the submission "
          "date {date}.").format(kind=kind, issued=document.issue_date.isoformat(), limit=limit,
                                 date=submitted.isoformat()),
        _("Request a new one, issued on or after {date}.").format(date=oldest.isoformat()))]
