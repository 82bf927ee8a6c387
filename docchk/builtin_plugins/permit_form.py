"""The right form for the chosen permit (``--permit``): ``submission.form-check``.

002 Bijlage 1 ("Welk formulier hebt u nodig?"): only with the right form
does the IND take the application into treatment. Where the applicant's
facts (nationality, ``has_mvv``, ``in_netherlands``, ``extension`` ... and
the profile's own facts) decide which of the permit's forms fits
(:func:`docchk.permits.forms_for`), an application form in the folder that
names another of the permit's forms is a warning naming the one that fits.
So is being in the Netherlands without the mvv one needs (002 Hoofdstuk 5:
the application is refused). When the facts do not decide, nothing is said:
the checklist in the report says which facts would.
"""

from __future__ import annotations

import re

from docchk import i18n, permits
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity
from docchk.plugins import plugin_manager

FORM_CHECK = "submission.form-check"


@hookimpl
def docchk_register_rules(register):
    register(
        Rule(
            FORM_CHECK,
            Level.SUBMISSION,
            "the applicant's facts point to another form (or to the mvv procedure) than the one in the folder",
        )
    )


def forms_in(profile: dict, document) -> list[dict]:
    """The permit's forms an application form names, by number (a whole
    four-digit word) or by full title."""
    text = document.full_text
    low = text.lower()
    return [
        f
        for f in permits.all_forms(profile)
        if (f.get("number") and re.search(rf"(?<!\d){f['number']}(?!\d)", text))
        or (f.get("name") and f["name"].lower() in low)
    ]


@hookimpl
def docchk_check_submission(submission, config):
    if not config.permit:
        return []
    profile = permits.get(plugin_manager(config.disabled_plugins), config.permit)
    applicant, day = config.applicant, config.submission_date
    out = []
    refusal = permits.mvv_refusal(applicant)
    if refusal:
        out.append(
            Finding(
                FORM_CHECK,
                Severity.WARNING,
                None,
                None,
                refusal,
                _(
                    "Apply for the mvv from abroad first, or check the facts given (nationality, "
                    "has_mvv, has_residence_permit, in_netherlands)."
                ),
            )
        )
    fitting, why = permits.forms_for(profile, applicant, day)
    if len(fitting) != 1 or len(permits.all_forms(profile)) < 2:
        return out
    want = fitting[0]
    for doc in submission.documents:
        if doc.error is not None or doc.type != "application-form":
            continue
        named = forms_in(profile, doc)
        if named and want not in named:
            out.append(
                Finding(
                    FORM_CHECK,
                    Severity.WARNING,
                    doc.relpath,
                    None,
                    _(
                        "{document} is form {found}, but the facts given point to form {form} for {permit} ({why})."
                    ).format(
                        document=doc.relpath,
                        found=", ".join(permits.form_label(f) for f in named),
                        form=" - ".join(x for x in (want.get("number"), want.get("name")) if x),
                        permit=i18n.pick(profile["names"]),
                        why=why,
                    ),
                    _(
                        "Use form {form} (a wrong form delays the application), or check the facts given "
                        "(`docchk permits which --permit {permit}`)."
                    ).format(form=permits.form_label(want), permit=profile["id"]),
                )
            )
    return out
