"""Completeness against the chosen permit (``--permit``): documents, age, income.

Without ``--permit`` nothing here runs. With it, the permit's profile
(:mod:`docchk.permits`) says what this applicant must send; every required
document type not found in the folder is a ``submission.missing-document``
error that says which conditions made it required. Where a condition needs
a fact nobody stated (marital status, nationality), docchk does not guess:
the document is reported as a warning ("could not confirm") with the fact
to state. Age limits are checked against the birth date and the income
criterion in force on the submission date against the gross monthly salary
read from the employment contract, employer's declaration or payslips.
"""

from __future__ import annotations

from docchk import i18n, permits
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity
from docchk.money import monthly_salaries
from docchk.plugins import plugin_manager

MISSING = "submission.missing-document"
AGE = "submission.age-out-of-range"
INCOME = "submission.income-below-criterion"
#: Documents that state the salary.
SALARY_TYPES = ("employment-contract", "employer-declaration", "payslip")


@hookimpl
def docchk_register_rules(register):
    register(Rule(MISSING, Level.SUBMISSION, "a document the permit requires is not in the folder"))
    register(Rule(AGE, Level.SUBMISSION, "the applicant's age is outside the permit's limits"))
    register(Rule(INCOME, Level.SUBMISSION, "the salary is below the permit's income criterion"))


def _profile(config) -> dict | None:
    if not config.permit:
        return None
    return permits.get(plugin_manager(config.disabled_plugins), config.permit)


@hookimpl
def docchk_check_submission(submission, config):
    profile = _profile(config)
    if profile is None:
        return []
    name = i18n.pick(profile["names"])
    return [*_missing(profile, name, submission, config), *_age(profile, name, config),
            *_income(profile, name, submission, config)]


def _missing(profile, name, submission, config) -> list[Finding]:
    out = []
    for item in permits.checklist(profile, submission, config.applicant, config.submission_date):
        req = item.need.requirement
        what = i18n.pick(req["description"])
        types = " or ".join(req["types"])
        if item.status == "missing":
            message = (_("Missing: {document}. No document of type {types} is in the folder.")
                       if item.need.reason == "always" else
                       _("Missing: {document}. No document of type {types} is in the folder (required "
                         "because: {reason})."))
            out.append(Finding(
                MISSING, Severity.ERROR, None, None,
                message.format(document=what, types=types, reason=item.need.reason),
                _('Add it to the folder. If it is there, state its type in docchk.toml: '
                  '[files."NAME.pdf"] type = "{type}".').format(type=req["types"][0])))
        elif item.status == "maybe-missing":
            out.append(Finding(
                MISSING, Severity.WARNING, None, None,
                _("Could not confirm whether this is needed for {permit}: {document}. It depends on "
                  "{reason}, which was not given, and no document of type {types} is in the folder.").format(
                    permit=name, document=what, reason=item.need.reason, types=types),
                _("State the fact under [applicant] in docchk.toml (`docchk permits show {permit}` "
                  "lists them), or add the document.").format(permit=profile["id"])))
    return out


def _age(profile, name, config) -> list[Finding]:
    limits = profile.get("age")
    if not limits:
        return []
    birth = config.applicant.birth_date
    low, high = limits.get("min"), limits.get("max")
    span = (_("{low} to {high}") if low is not None and high is not None
            else _("{low} or older") if low is not None else _("{high} or younger")).format(low=low, high=high)
    if birth is None:
        return [Finding(AGE, Severity.WARNING, None, None,
                        _("Could not check the age limit of {permit} ({span}): no birth date was given.").format(
                            permit=name, span=span),
                        _("Give --birth-date or birth_date under [applicant] in docchk.toml."))]
    age = permits.age_on(birth, config.submission_date)
    if (low is not None and age < low) or (high is not None and age > high):
        return [Finding(AGE, Severity.ERROR, None, None,
                        _("The applicant is {age} on the submission date; {permit} is for ages {span}.").format(
                            age=age, permit=name, span=span),
                        _("Check the birth date and the permit type chosen (--permit)."))]
    return []


def _income(profile, name, submission, config) -> list[Finding]:
    row, unknown = permits.income_criterion(profile, config.applicant, config.submission_date)
    if row is None:
        return []
    salaries = [s for doc in submission.documents if doc.type in SALARY_TYPES
                for s in monthly_salaries(doc.full_text)]
    need = row["amount_eur"]
    criterion = _("€ {amount} gross a month ({label}, in force on {date})").format(
        amount=f"{need:,.0f}", label=row.get("label", name), date=config.submission_date)
    also = (" " + _("A lower criterion may apply: {condition}; state it under [applicant.facts].").format(
        condition=unknown)) if unknown else ""
    if not salaries:
        return [Finding(INCOME, Severity.WARNING, None, None,
                        _("Could not confirm the income criterion of {permit}, {criterion}: no gross monthly "
                          "salary was read in an employment contract, employer's declaration or payslip.").format(
                            permit=name, criterion=criterion),
                        _("Add the employment contract or a recent payslip that states the gross monthly salary."))]
    best = max(salaries)
    if best < need:
        return [Finding(INCOME, Severity.ERROR, None, None,
                        _("The gross monthly salary read, € {salary}, is below {criterion}.").format(
                            salary=f"{best:,.2f}", criterion=criterion) + also,
                        _("Check the salary in the contract, or the permit type and submission date."))]
    return []
