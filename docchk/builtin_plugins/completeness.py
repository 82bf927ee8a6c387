"""Completeness against the chosen permit (``--permit``): documents, age, income, conditions.

Without ``--permit`` nothing here runs. With it, the permit's profile
(:mod:`docchk.permits`) says what this applicant must send; every required
document type not found in the folder is a ``submission.missing-document``
error that says which conditions made it required. Where a condition needs
a fact nobody stated (marital status, nationality), docchk does not guess:
the document is reported as a warning ("could not confirm") with the fact
to state. Age limits are checked against the birth date and the income
criterion in force on the submission date against the gross monthly salary
read from the employment contract, employer's declaration or payslips;
when no criterion known applies on that date, ``submission.income-not-checked``
says so (a check that never ran is never silent). The permit's own
conditions (``conditions``: an au pair is unmarried) are errors when the
facts given fail them and warnings when a fact is missing. The permit's
limits on a document (``max_age_months``, ``legalised``) are checked by the
plugins of those rules, :mod:`~docchk.builtin_plugins.freshness` and
:mod:`~docchk.builtin_plugins.legalisation`.
"""

from __future__ import annotations

from docchk import i18n, permits
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity
from docchk.money import monthly_salaries

MISSING = "submission.missing-document"
AGE = "submission.age-out-of-range"
INCOME = "submission.income-below-criterion"
INCOME_NOT_CHECKED = "submission.income-not-checked"
CONDITION = "submission.permit-condition-not-met"
#: Documents that state the salary.
SALARY_TYPES = ("employment-contract", "employer-declaration", "payslip")


@hookimpl
def docchk_register_rules(register):
    register(Rule(MISSING, Level.SUBMISSION, "a document the permit requires is not in the folder"))
    register(Rule(AGE, Level.SUBMISSION, "the applicant's age is outside the permit's limits"))
    register(Rule(INCOME, Level.SUBMISSION, "the salary is below the permit's income criterion"))
    register(
        Rule(
            INCOME_NOT_CHECKED,
            Level.SUBMISSION,
            "the permit has an income criterion but none known applies on the submission date",
            unchecked=True,
        )
    )
    register(Rule(CONDITION, Level.SUBMISSION, "the applicant does not meet a condition of the permit itself"))


@hookimpl
def docchk_check_submission(submission, config):
    profile = permits.chosen(config)
    if profile is None:
        return []
    name = i18n.pick(profile["names"])
    return [
        *_missing(profile, name, submission, config),
        *_age(profile, name, config),
        *_income(profile, name, submission, config),
        *_conditions(profile, name, config),
    ]


def _missing(profile, name, submission, config) -> list[Finding]:
    out = []
    for item in permits.checklist(profile, submission, config.applicant, config.submission_date):
        req = item.need.requirement
        what = i18n.pick(req["description"])
        types = " or ".join(req["types"])
        if item.status == "missing":
            message = (
                _("Missing: {document}. No document of type {types} is in the folder.")
                if item.need.reason == "always"
                else _(
                    "Missing: {document}. No document of type {types} is in the folder (required because: {reason})."
                )
            )
            out.append(
                Finding(
                    MISSING,
                    Severity.ERROR,
                    None,
                    None,
                    message.format(document=what, types=types, reason=item.need.reason),
                    _(
                        "Add it to the folder. If it is there, state its type in docchk.toml: "
                        '[files."NAME.pdf"] type = "{type}".'
                    ).format(type=req["types"][0]),
                )
            )
        elif item.status == "maybe-missing":
            out.append(
                Finding(
                    MISSING,
                    Severity.WARNING,
                    None,
                    None,
                    _(
                        "Could not confirm whether this is needed for {permit}: {document}. It depends on "
                        "{reason}, which was not given, and no document of type {types} is in the folder."
                    ).format(permit=name, document=what, reason=item.need.reason, types=types),
                    _(
                        "State the fact under [applicant] in docchk.toml (`docchk permits show {permit}` "
                        "lists them), or add the document."
                    ).format(permit=profile["id"]),
                )
            )
    return out


def _age(profile, name, config) -> list[Finding]:
    limits = profile.get("age")
    if not limits:
        return []
    birth = config.applicant.birth_date
    low, high = limits.get("min"), limits.get("max")
    span = (
        _("{low} to {high}")
        if low is not None and high is not None
        else _("{low} or older")
        if low is not None
        else _("{high} or younger")
    ).format(low=low, high=high)
    if birth is None:
        return [
            Finding(
                AGE,
                Severity.WARNING,
                None,
                None,
                _("Could not check the age limit of {permit} ({span}): no birth date was given.").format(
                    permit=name, span=span
                ),
                _(
                    "Give the applicant's birth date (birth_date under [applicant] in docchk.toml, or the "
                    "birth date option or field)."
                ),
            )
        ]
    age = permits.age_on(birth, config.submission_date)
    if (low is not None and age < low) or (high is not None and age > high):
        return [
            Finding(
                AGE,
                Severity.ERROR,
                None,
                None,
                _("The applicant is {age} on the submission date; {permit} is for ages {span}.").format(
                    age=age, permit=name, span=span
                ),
                _("Check the birth date and the permit type chosen."),
            )
        ]
    return []


def _income(profile, name, submission, config) -> list[Finding]:
    """The salary read against the income criterion in force. An error only
    when the salary is below every criterion that may apply: when a lower
    one depends on a fact not given (the reduced criterion), or which one
    applies does (no birth date), a salary between them is not an error."""
    day = config.submission_date
    fits, maybe = permits.income_rows(profile, config.applicant, day)
    salaries = [s for doc in submission.documents if doc.type in SALARY_TYPES for s in monthly_salaries(doc.full_text)]
    best = max(salaries, default=None)
    row = min(fits, key=lambda r: r["amount_eur"], default=None)
    if row is None:
        if maybe and best is not None and best >= max(r["amount_eur"] for r, _ in maybe):
            return []  # met, whichever of them applies
        return _income_not_checked(profile, name, config, permits.unknown_rows_note(maybe))
    need = row["amount_eur"]
    lower = [(r, words) for r, words in maybe if r["amount_eur"] < need]
    criterion = _("€ {amount} gross a month ({label}, in force on {date})").format(
        amount=f"{need:,.0f}", label=row.get("label", name), date=day
    )
    if best is None:
        return [
            Finding(
                INCOME,
                Severity.WARNING,
                None,
                None,
                _(
                    "Could not confirm the income criterion of {permit}, {criterion}: no gross monthly "
                    "salary was read in an employment contract, employer's declaration or payslip."
                ).format(permit=name, criterion=criterion),
                _("Add the employment contract or a recent payslip that states the gross monthly salary."),
            )
        ]
    if best >= need:
        return []
    if any(best >= r["amount_eur"] for r, _ in lower):
        return [
            Finding(
                INCOME,
                Severity.WARNING,
                None,
                None,
                _(
                    "Could not confirm the income criterion of {permit}: the gross monthly salary read, "
                    "€ {salary}, is below {criterion}, but a lower criterion may apply: {condition}."
                ).format(
                    permit=name, salary=f"{best:,.2f}", criterion=criterion, condition=permits.unknown_rows_note(lower)
                ),
                _(
                    "State the fact under [applicant] in docchk.toml (`docchk permits show {permit}` lists them)."
                ).format(permit=profile["id"]),
            )
        ]
    return [
        Finding(
            INCOME,
            Severity.ERROR,
            None,
            None,
            _("The gross monthly salary read, € {salary}, is below {criterion}.").format(
                salary=f"{best:,.2f}", criterion=criterion
            ),
            _("Check the salary in the contract, or the permit type and submission date."),
        )
    ]


def _income_not_checked(profile, name, config, unknown: str) -> list[Finding]:
    """Why no income criterion was applied, when the profile has some: a
    fact that decides which one applies is not given, or no figure is
    known for the submission date (the seeds give some years only). Said,
    so that a folder is never taken for checked on a criterion nobody applied."""
    day = config.submission_date
    if not profile.get("income"):
        return []
    if unknown:
        return [
            Finding(
                INCOME_NOT_CHECKED,
                Severity.WARNING,
                None,
                None,
                _(
                    "Could not tell which income criterion of {permit} applies on {date}: it depends on "
                    "{condition}, which was not given. The income was not checked."
                ).format(permit=name, date=day.isoformat(), condition=unknown),
                _(
                    "State the fact under [applicant] in docchk.toml (`docchk permits show {permit}` lists them)."
                ).format(permit=profile["id"]),
            )
        ]
    if permits.in_force(profile, day):
        return []  # criteria are in force, and none is for this applicant (by the facts given)
    last = permits.last_income_criteria(profile, config.applicant, day)
    if not last:
        return []
    amounts = ", ".join(
        _("€ {amount} gross a month ({label})").format(amount=f"{r['amount_eur']:,.2f}", label=r.get("label", name))
        for r in last
    )
    known = (
        _("the last one known, valid until {valid_to}: {amounts}")
        if last[0]["valid_to"] < day.isoformat()
        else _("the first one known, valid from {valid_from}: {amounts}")
    ).format(valid_to=last[0]["valid_to"], valid_from=last[0]["valid_from"], amounts=amounts)
    return [
        Finding(
            INCOME_NOT_CHECKED,
            Severity.WARNING,
            None,
            None,
            _(
                "The income was not checked: docchk knows no income criterion of {permit} for the "
                "submission date {date}; {known}."
            ).format(permit=name, date=day.isoformat(), known=known),
            _("Look up the criterion in force on that date (www.ind.nl) and check the salary against it yourself."),
        )
    ]


def _conditions(profile, name, config) -> list[Finding]:
    """The conditions of the permit itself (``conditions`` of the profile):
    an error when the facts given fail one, a warning when a fact is missing."""
    out = []
    for condition, holds, reason in permits.conditions(profile, config.applicant, config.submission_date):
        what = i18n.pick(condition["description"])
        if holds is False:
            out.append(
                Finding(
                    CONDITION,
                    Severity.ERROR,
                    None,
                    None,
                    _(
                        "The applicant does not meet a condition of {permit}: {condition}. The facts given fail it "
                        "(it needs: {reason})."
                    ).format(permit=name, condition=what, reason=reason),
                    _(
                        "Check the facts stated (docchk.toml [applicant], or the options or fields given) and the "
                        "permit type chosen."
                    ),
                )
            )
        elif holds is None:
            out.append(
                Finding(
                    CONDITION,
                    Severity.WARNING,
                    None,
                    None,
                    _(
                        "Could not confirm a condition of {permit}: {condition}. It depends on a fact not given "
                        "({reason})."
                    ).format(permit=name, condition=what, reason=reason),
                    _(
                        "State it under [applicant] in docchk.toml (a yes/no fact under [applicant.facts]); "
                        "`docchk permits show {permit}` lists the facts."
                    ).format(permit=profile["id"]),
                )
            )
    return out
