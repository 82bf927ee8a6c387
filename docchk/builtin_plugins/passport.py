"""Passports and ID cards: the machine-readable zone (passport.mrz-invalid,
passport.expired).

The two (TD3, TD2, visas) or three (TD1) lines at the foot of the data page carry the
holder, nationality, birth and expiry dates, each guarded by a check digit
(ICAO Doc 9303, :mod:`docchk.mrz`). A zone that parses with every check
digit right is the strongest evidence docchk gets: it makes the document a
passport or ID card, and gives the expiry date and -- when no V-number was
given -- the name and birth date to look for on every page.

Evidence is weighed: a wrong check digit read by OCR is more likely a
misread than a bad passport, so on a scan it is a "could not confirm"
warning; in a text layer it is an error. An expiry date is judged only when
its own check digit is right.
"""

from __future__ import annotations

from docchk import facts
from docchk.dates import add_months
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity

MRZ_RULE = "passport.mrz-invalid"
EXPIRED_RULE = "passport.expired"
HOLDER_TYPES = ("passport", "id-card", "visa")
#: The document type of each MRZ format (ICAO Doc 9303 parts 4-7).
TYPE_OF_FORMAT = {"TD3": "passport", "TD1": "id-card", "TD2": "id-card", "MRVA": "visa", "MRVB": "visa"}


@hookimpl
def docchk_register_rules(register):
    register(Rule(MRZ_RULE, Level.DOCUMENT, "machine-readable zone unreadable or check digits wrong"))
    register(Rule(EXPIRED_RULE, Level.DOCUMENT, "passport expired, or expires before the permit could start"))


@hookimpl
def docchk_read_document(document, config):
    from docchk.mrz import find_mrz

    document.mrz = find_mrz(document.marks_text, today=config.submission_date)


@hookimpl
def docchk_classify_document(document, config):
    m = document.mrz
    if m is None:
        return None
    doc_type = TYPE_OF_FORMAT[m.format]
    return [(doc_type, 0.98 if m.valid else 0.8)]


@hookimpl
def docchk_check_document(document, config):
    if document.type not in HOLDER_TYPES or not document.pages:
        return []
    what = {"passport": _("passport"), "id-card": _("ID card"), "visa": _("visa")}[document.type]
    m = document.mrz
    from_text_layer = all(p.text_source == "text-layer" for p in document.pages if not p.blank)
    if m is None:
        return [
            Finding(
                MRZ_RULE,
                Severity.WARNING,
                document.relpath,
                None,
                _(
                    "Could not read the machine-readable zone of this document ({what}): the lines of "
                    "'<' characters at the foot of the data page."
                ).format(what=what),
                _("Copy the whole data page, including the two lines at the bottom, sharp and straight.")
                if document.type != "id-card"
                else _(
                    "Copy the whole data page, including the two lines at the bottom, sharp and straight; "
                    "an ID card carries them on the back: copy both sides."
                ),
            )
        ]
    findings = []
    failed = sorted(name.replace("_", " ") for name, ok in m.checks.items() if not ok)
    if failed:
        severity = Severity.ERROR if from_text_layer else Severity.WARNING
        message = (
            _("The machine-readable zone of this document ({what}): the check digit of {fields} does not match.")
            if from_text_layer
            else _(
                "Could not confirm the machine-readable zone of this document ({what}): the check digit "
                "of {fields} does not match."
            )
        )
        findings.append(
            Finding(
                MRZ_RULE,
                severity,
                document.relpath,
                None,
                message.format(what=what, fields=", ".join(failed)),
                _(
                    "Copy the data page again, sharp and complete; if the copy is sharp, "
                    "check the document with its issuing authority."
                ),
            )
        )
    if document.type == "visa" or m.expiry_date is None or not m.checks.get("expiry_date", False):
        return findings  # a visa's end date is not the passport's
    submitted = config.submission_date
    margin = facts.load("document_rules")["passport_warn_within_months"]
    if m.expiry_date < submitted:
        findings.append(
            Finding(
                EXPIRED_RULE,
                Severity.ERROR,
                document.relpath,
                None,
                _("The document ({what}) expired on {expiry}, before the submission date {date}.").format(
                    what=what, expiry=m.expiry_date.isoformat(), date=submitted.isoformat()
                ),
                _("Apply for a new passport first; the IND cannot place a residence sticker in an expired one."),
            )
        )
    elif m.expiry_date < add_months(submitted, margin):
        findings.append(
            Finding(
                EXPIRED_RULE,
                Severity.WARNING,
                document.relpath,
                None,
                _(
                    "The document ({what}) expires on {expiry}, within {months} months of the submission date {date}."
                ).format(what=what, expiry=m.expiry_date.isoformat(), months=margin, date=submitted.isoformat()),
                _("Renew the passport soon: the residence permit cannot be valid past its expiry."),
            )
        )
    return findings
