"""Whether documents are fresh enough (document.outdated).

IND rules 8 and 9 (shared/seeds/002 Hoofdstuk 2, 4): an unmarried
declaration may be at most 6 months old when submitted, the basic civic
integration exam abroad (basisexamen inburgering buitenland) is valid for 1
year; the in-country civic integration diploma has no such limit. These
limits hold for every folder and are data (``docchk/data/document_rules.json``,
``max_age_months``). With ``--permit``, the permit's own limit on a
requirement (``max_age_months``: the orientation year's diploma at most 3
years old) is checked too, on the documents of that requirement's types,
and said with the permit's name; a document the general limit already
reports is reported once. The issue date comes from the document's own
wording (:mod:`docchk.dates`); when none is read, the finding is a "could
not confirm" warning, never a guess.
"""

from __future__ import annotations

import datetime as dt

from docchk import facts, i18n, permits
from docchk.dates import add_months, issue_date
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity

RULE = "document.outdated"


def _rules() -> dict:
    return facts.load("document_rules")


def _permit_limits(config) -> tuple[dict[str, int], str]:
    """The chosen permit's age limit per document type (months), and its name."""
    profile = permits.chosen(config)
    if profile is None:
        return {}, ""
    limits = permits.limits(profile, config.applicant, config.submission_date)
    return ({t: v["max_age_months"] for t, v in limits.items() if "max_age_months" in v}, i18n.pick(profile["names"]))


@hookimpl
def docchk_register_rules(register):
    register(
        Rule(
            RULE,
            Level.DOCUMENT,
            "older than its permitted age (e.g. unmarried declaration > 6 months; "
            "with --permit, the permit's own limits)",
        )
    )


@hookimpl
def docchk_understand_submission(submission, config):
    dated = set(_rules()["dated_types"]) | set(_rules()["max_age_months"]) | set(_permit_limits(config)[0])
    for doc in submission.documents:
        if doc.pages and doc.type in dated:
            # The document's own pages: an attached apostille or legalisation
            # carries its own, later date (page.attachment, set on reading).
            own = "\n".join(p.text for p in doc._edge_pages() if not p.attachment)
            doc.issue_date = issue_date(own or doc.edge_text, doc.language, config.submission_date)


@hookimpl
def docchk_check_document(document, config):
    if not document.pages:
        return []
    limit = _rules()["max_age_months"].get(document.type)
    found = outdated(document, limit, config.submission_date) if limit else []
    if found:
        return found  # the permit's limit would report the same document again
    by_permit, permit = _permit_limits(config)
    limit = by_permit.get(document.type)
    return outdated(document, limit, config.submission_date, permit) if limit else []


def outdated(document, limit: int, submitted: dt.date, permit: str = "") -> list[Finding]:
    """``document`` against an age limit of ``limit`` months on ``submitted``
    (``permit``: the permit whose requirement sets the limit, named in the message)."""
    kind = document.type
    if document.issue_date is None:
        message = (
            _(
                "Could not confirm that this document ({kind}) is at most {limit} months old, as {permit} "
                "requires: no issue date was read."
            )
            if permit
            else _(
                "Could not confirm that this document ({kind}) is at most {limit} months old: no issue date was read."
            )
        )
        return [
            Finding(
                RULE,
                Severity.WARNING,
                document.relpath,
                None,
                message.format(kind=kind, limit=limit, permit=permit),
                _(
                    "Check the date on the document; it must be issued at most {limit} months before the "
                    "submission date ({date})."
                ).format(limit=limit, date=submitted.isoformat()),
            )
        ]
    oldest = add_months(submitted, -limit)
    if document.issue_date >= oldest:
        return []
    message = (
        _(
            "This document ({kind}) was issued on {issued}: more than {limit} months before the submission "
            "date {date}, the limit of {permit}."
        )
        if permit
        else _(
            "This document ({kind}) was issued on {issued}: more than {limit} months before the submission date {date}."
        )
    )
    return [
        Finding(
            RULE,
            Severity.ERROR,
            document.relpath,
            None,
            message.format(
                kind=kind,
                issued=document.issue_date.isoformat(),
                limit=limit,
                date=submitted.isoformat(),
                permit=permit,
            ),
            (
                _(
                    "{permit} accepts it only when issued on or after {date}: check the date read, and the permit type "
                    "chosen."
                )
                if permit
                else _("Request a new one, issued on or after {date}.")
            ).format(date=oldest.isoformat(), permit=permit),
        )
    ]
