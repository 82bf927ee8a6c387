"""The permit rules an applicant can trust (issue #16, items 1, 2, 5, 6).

Each test is a regression test for one defect: an income criterion skipped
without a word, the exam abroad's 1-year limit applied to every integration
diploma, per-permit age and legalisation limits printed but never checked,
the permit's own conditions ignored, and the employer's declaration refused
where the profile accepts it. Real born-digital PDFs, the real scan and CLI.
"""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

import docchk
from conftest import V_NUMBER, gen
from docchk import permits
from docchk.cli import main
from docchk.model import Applicant
from docchk.plugins import plugin_manager

SUBMITTED = dt.date(2026, 11, 23)
V = f"V-nummer: {V_NUMBER}"
PROFILES = permits.profiles(plugin_manager())


def _pdf(folder, name: str, lines: list[str]) -> None:
    folder.mkdir(exist_ok=True)
    gen.text_pdf(folder / name, [gen.PageSpec(lines, header=V)])


def _scan(folder, **options):
    options.setdefault("submission_date", SUBMITTED)
    return docchk.scan([folder], v_number=V_NUMBER, jobs=1, cache=False, **options)


def _found(report, rule: str) -> list:
    return [f for f in report.findings if f.rule == rule]


# --- 1. an income criterion never skipped silently ------------------------------


def _contract(tmp_path):
    folder = tmp_path / "income"
    _pdf(folder, "contract.pdf", ["^# ARBEIDSOVEREENKOMST", "Bruto maandsalaris: € 9.000,00"])
    return folder


@pytest.mark.parametrize(
    "permit,day,last",
    [
        # family-partner: the seed's only row ends on 30 December 2022
        ("family-partner", dt.date(2022, 12, 31), ("1,756.20", "2022-12-30")),
        ("family-partner", SUBMITTED, ("1,756.20", "2022-12-30")),
        # kennismigrant: no figure for 2027 (after the last year)
        ("kennismigrant", dt.date(2027, 3, 1), ("5,942.00", "2026-12-31")),
        # essential start-up personnel: the pilot's 2022 figure only
        ("essential-start-up-personnel", dt.date(2025, 7, 1), ("2,543.00", "2022-12-31")),
    ],
)
def test_no_income_criterion_in_force_is_said_with_the_last_one_known(tmp_path, permit, day, last):
    report = _scan(
        _contract(tmp_path),
        permit=permit,
        submission_date=day,
        birth_date="1980-05-01",
        facts={"partner_aged_21_or_over": True} if permit == "family-partner" else None,
    )
    (finding,) = _found(report, "submission.income-not-checked")
    assert finding.severity.value == "warning"
    assert day.isoformat() in finding.message and all(part in finding.message for part in last)
    assert not _found(report, "submission.income-below-criterion")


def test_an_unchecked_income_is_never_called_ready_to_submit(tmp_path):
    """No error, but the income could not be checked: the report is not
    'confirmed', and no format says "Ready to submit"."""
    import io
    import json

    import jsonschema

    from conftest import ROOT

    report = _scan(
        _contract(tmp_path),
        permit="kennismigrant",
        submission_date=dt.date(2027, 3, 1),
        birth_date="1980-05-01",
        ignore=["submission.missing-document"],
    )
    assert report.ready and not report.confirmed
    data = report.to_dict()
    jsonschema.validate(data, json.loads((ROOT / "schemas" / "report.schema.json").read_text()))
    assert data["ready"] is True and data["confirmed"] is False
    formats = {}
    plugin_manager().hook.docchk_report_formats(register=lambda name, fn: formats.__setitem__(name, fn))
    for name in ("terminal", "markdown", "html"):
        out = io.StringIO()
        formats[name](report, out, {"no_color": True})
        assert "Ready to submit" not in out.getvalue() and "Not confirmed" in out.getvalue(), name
    in_force = _scan(
        _contract(tmp_path), permit="kennismigrant", birth_date="1980-05-01", ignore=["submission.missing-document"]
    )
    assert in_force.confirmed and in_force.verdict() == "Ready to submit"


def test_a_year_between_two_known_criteria_is_said_unchecked():
    """A gap in the rows (kennismigrant had none for 2023): the last one before it is named."""
    from docchk.builtin_plugins.completeness import _income
    from docchk.model import Config, Submission

    profile = dict(PROFILES["kennismigrant"])
    profile["income"] = {"criteria": [r for r in profile["income"]["criteria"] if "2023" not in r["valid_from"]]}
    config = Config(applicant=Applicant(birth_date=dt.date(1980, 5, 1)), submission_date=dt.date(2023, 6, 1))
    (finding,) = _income(profile, "Highly skilled migrant", Submission([]), config)
    assert finding.rule == "submission.income-not-checked" and finding.severity.value == "warning"
    assert "4,840.00" in finding.message and "2022-12-31" in finding.message and "2023-06-01" in finding.message


def test_income_in_force_is_checked_and_not_said_unchecked(tmp_path):
    report = _scan(_contract(tmp_path), permit="kennismigrant", birth_date="1980-05-01")
    assert not _found(report, "submission.income-not-checked")
    assert not _found(report, "submission.income-below-criterion")  # € 9,000 meets € 5,942


def test_income_criterion_that_depends_on_an_unknown_fact_is_said_unchecked(tmp_path):
    # ex-privileged in 2022: € 1,756.20 or € 1,229.34 by the marital status, not given
    folder = tmp_path / "between"
    _pdf(folder, "contract.pdf", ["^# ARBEIDSOVEREENKOMST", "Bruto maandsalaris: € 1.500,00"])
    options = {"permit": "ex-privileged", "submission_date": dt.date(2022, 8, 1), "birth_date": "1980-05-01"}
    (finding,) = _found(_scan(folder, **options), "submission.income-not-checked")
    assert finding.severity.value == "warning" and "marital status" in finding.message
    assert not _found(_scan(_contract(tmp_path), **options), "submission.income-not-checked")  # € 9,000 meets both


@pytest.mark.parametrize("reduced,expected", [(None, "warning"), (False, "error"), (True, None)])
def test_a_salary_a_lower_criterion_may_meet_is_not_an_error(tmp_path, reduced, expected):
    """Before: € 4,000 at 35 was an error although the reduced criterion
    (€ 3,122, its fact not given) may apply."""
    folder = tmp_path / "mid"
    _pdf(folder, "contract.pdf", ["^# ARBEIDSOVEREENKOMST", "Bruto maandsalaris: € 4.000,00"])
    facts = {} if reduced is None else {"reduced_salary_criterion": reduced}
    report = _scan(folder, permit="kennismigrant", birth_date="1990-05-01", facts=facts)
    found = _found(report, "submission.income-below-criterion")
    assert [f.severity.value for f in found] == ([expected] if expected else [])
    if expected == "warning":
        assert "reduced" in found[0].message and "4,000.00" in found[0].message


def test_without_a_birth_date_a_salary_above_every_criterion_is_met(tmp_path):
    """Which age row applies is not known; € 9,000 meets each of them, € 3,000 none for sure."""
    report = _scan(_contract(tmp_path), permit="kennismigrant")
    assert not _found(report, "submission.income-not-checked")
    assert not _found(report, "submission.income-below-criterion")
    low = tmp_path / "low"
    _pdf(low, "contract.pdf", ["^# ARBEIDSOVEREENKOMST", "Bruto maandsalaris: € 3.000,00"])
    (finding,) = _found(_scan(low, permit="kennismigrant"), "submission.income-not-checked")
    assert finding.severity.value == "warning" and "30 years or older" in finding.message


def test_the_last_income_criterion_known_prefers_a_row_that_applies():
    profile = PROFILES["kennismigrant"]
    young = Applicant(birth_date=dt.date(2000, 5, 1))
    (last,) = permits.last_income_criteria(profile, young, dt.date(2027, 3, 1))
    assert last["amount_eur"] == 4357  # not the 30-and-over row, not the reduced one (its fact unknown)
    assert {r["valid_from"] for r in permits.last_income_criteria(profile, young, dt.date(2021, 3, 1))} == {
        "2022-01-01"
    }  # before the first row: the first one known
    unknown_age = permits.last_income_criteria(profile, Applicant(), dt.date(2027, 3, 1))
    assert [r["amount_eur"] for r in unknown_age] == [5942, 4357, 3122]  # which applies is not known


# --- 2. the 1-year limit only for the exam abroad -------------------------------


@pytest.mark.parametrize("title", ["INBURGERINGSDIPLOMA", "DIPLOMA INBURGERINGSEXAMEN"])
@pytest.mark.parametrize("permit", ["ex-privileged", "humanitarian-non-temporary", None])
def test_an_in_country_integration_diploma_of_2015_is_not_outdated(tmp_path, permit, title):
    folder = tmp_path / "exam"
    _pdf(
        folder, "diploma.pdf", [f"^# {title}", "Dienst Uitvoering Onderwijs", "Afgegeven te Groningen op 12 maart 2015"]
    )
    asked = permit and "after_3_years_family_stay" in permits.fact_names(PROFILES[permit])
    report = _scan(
        folder, permit=permit, birth_date="1980-05-01", facts={"after_3_years_family_stay": True} if asked else None
    )
    (doc,) = report.documents
    assert doc.type == "integration-exam-certificate"
    assert not _found(report, "document.outdated")


@pytest.mark.parametrize(
    "title", ["UITSLAG BASISEXAMEN INBURGERING BUITENLAND", "CIVIC INTEGRATION EXAMINATION ABROAD"]
)
def test_a_14_month_old_exam_abroad_is_outdated(tmp_path, title):
    folder = tmp_path / "abroad"
    _pdf(folder, "exam.pdf", [f"^# {title}", "Nederlandse ambassade", "Examendatum: 15 september 2025"])
    report = _scan(folder)
    (doc,) = report.documents
    assert doc.type == "integration-exam-abroad" and doc.issue_date == dt.date(2025, 9, 15)
    (finding,) = _found(report, "document.outdated")
    assert finding.severity.value == "error" and "12 months" in finding.message


def test_family_partner_asks_for_the_exam_abroad_and_reports_it_once(tmp_path):
    profile = PROFILES["family-partner"]
    exam = next(r for r in profile["documents"] if r["id"] == "integration-exam")
    assert exam["types"] == ["integration-exam-abroad"] and exam["max_age_months"] == 12
    folder = tmp_path / "abroad"
    _pdf(folder, "exam.pdf", ["^# UITSLAG BASISEXAMEN INBURGERING BUITENLAND", "Examendatum: 15 september 2025"])
    report = _scan(folder, permit="family-partner", birth_date="1990-01-01", nationality="IND")
    assert len([f for f in _found(report, "document.outdated") if f.path == "exam.pdf"]) == 1


# --- 3. per-requirement limits are checked ---------------------------------------


def _diploma(folder, when: str, country: str = "University of Port Sereno", extra: tuple = ()):
    _pdf(
        folder,
        "diploma.pdf",
        [
            "^# DEGREE CERTIFICATE",
            f"^ {country}",
            "^ Bachelor of Science",
            *([f"Conferred at Port Sereno on {when}."] if when else []),
            *extra,
        ],
    )


def test_a_diploma_older_than_the_orientation_years_3_years_is_outdated(tmp_path):
    folder = tmp_path / "old"
    _diploma(folder, "28 June 2022")
    report = _scan(folder, permit="orientation-year")
    (finding,) = _found(report, "document.outdated")
    assert finding.severity.value == "error" and finding.path == "diploma.pdf"
    assert "36 months" in finding.message and "Orientation year" in finding.message
    # the same diploma without --permit: no limit applies
    assert not _found(_scan(folder), "document.outdated")


def test_a_recent_diploma_is_not_outdated_and_an_undated_one_is_not_confirmed(tmp_path):
    recent = tmp_path / "recent"
    _diploma(recent, "28 June 2025")
    assert not _found(_scan(recent, permit="orientation-year"), "document.outdated")
    undated = tmp_path / "undated"
    _diploma(undated, "")
    (finding,) = _found(_scan(undated, permit="orientation-year"), "document.outdated")
    assert finding.severity.value == "warning" and finding.message.startswith("Could not confirm")


def test_ywep_holds_the_canadian_diploma_to_one_year(tmp_path):
    folder = tmp_path / "ywep"
    _diploma(folder, "28 June 2025")
    report = _scan(folder, permit="ywep", nationality="CAN", birth_date="2000-01-01")
    (finding,) = _found(report, "document.outdated")
    assert finding.severity.value == "error" and "12 months" in finding.message


def test_a_diploma_the_permit_wants_legalised_without_an_apostille(tmp_path):
    named = tmp_path / "named"
    _diploma(named, "28 June 2025", country="Republic of Utopia")
    (finding,) = _found(_scan(named, permit="orientation-year"), "document.not-legalised")
    assert finding.severity.value == "error" and "Orientation year" in finding.message
    unnamed = tmp_path / "unnamed"
    _diploma(unnamed, "28 June 2025")
    (finding,) = _found(_scan(unnamed, permit="orientation-year"), "document.not-legalised")
    assert finding.severity.value == "warning" and finding.message.startswith("Could not confirm")
    # without --permit a diploma is not a civil document: nothing to say
    assert not _found(_scan(named), "document.not-legalised")


def test_a_diploma_with_an_apostille_or_from_the_eu_is_not_reported(tmp_path):
    stamped = tmp_path / "stamped"
    _diploma(
        stamped,
        "28 June 2025",
        country="Republic of Utopia",
        extra=(
            "APOSTILLE (Convention de La Haye du 5 octobre 1961)",
            "1. Country: Republic of Utopia",
            "2. This public document has been signed by N. Farouk",
            "3. acting in the capacity of Registrar",
            "4. bears the seal of the University",
            "5. at Port Sereno 6. the 2 July 2025",
            "7. by the Ministry of Foreign Affairs 8. No. AP-2025-01187",
        ),
    )
    report = _scan(stamped, permit="orientation-year")
    assert report.documents[0].legalisation == "apostille" and not _found(report, "document.not-legalised")
    eu = tmp_path / "eu"
    _diploma(eu, "28 June 2025", country="Universität Wien, Republik Österreich")
    assert not _found(_scan(eu, permit="orientation-year"), "document.not-legalised")


def test_the_permit_limits_are_checked_by_the_plugins_of_their_rules(tmp_path):
    """Without the legalisation or freshness plugin, no finding of their rule
    (a rule nobody declared would stop the scan)."""
    folder = tmp_path / "old"
    _diploma(folder, "28 June 2020", country="Republic of Utopia")
    report = _scan(folder, permit="orientation-year", disable_plugins=("legalisation", "freshness"))
    assert not _found(report, "document.not-legalised") and not _found(report, "document.outdated")


def test_an_unmarried_declaration_is_reported_outdated_once_with_a_permit(tmp_path):
    folder = tmp_path / "decl"
    _pdf(
        folder,
        "decl.pdf",
        ["^# VERKLARING VAN ONGEHUWD ZIJN", "Republic of Utopia", "Issued at Port Sereno on 9 January 2025."],
    )
    report = _scan(folder, permit="family-partner", marital_status="unmarried", birth_date="1990-01-01")
    assert len(_found(report, "document.outdated")) == 1


# --- 4. the permit's own conditions ------------------------------------------------


@pytest.mark.parametrize(
    "marital_status,expected",
    [("married", "error"), ("registered-partner", "error"), (None, "warning"), ("unmarried", None), ("divorced", None)],
)
def test_the_au_pair_must_be_unmarried(marital_status, expected):
    from docchk.builtin_plugins.completeness import _conditions
    from docchk.model import Config

    config = Config(
        applicant=Applicant(marital_status=marital_status, facts=(("cares_for_children", False),)),
        submission_date=SUBMITTED,
    )
    found = _conditions(PROFILES["au-pair"], "Au pair", config)
    assert [f.severity.value for f in found] == ([expected] if expected else [])
    assert all(f.rule == "submission.permit-condition-not-met" for f in found)


@pytest.mark.parametrize("cares,expected", [(True, "error"), (None, "warning"), (False, None)])
def test_the_au_pair_has_not_the_care_of_children(cares, expected):
    from docchk.builtin_plugins.completeness import _conditions
    from docchk.model import Config

    facts = () if cares is None else (("cares_for_children", cares),)
    config = Config(applicant=Applicant(marital_status="unmarried", facts=facts), submission_date=SUBMITTED)
    found = _conditions(PROFILES["au-pair"], "Au pair", config)
    assert [f.severity.value for f in found] == ([expected] if expected else [])
    assert all("care of children" in f.message for f in found)


@pytest.mark.parametrize(
    "permit,nationality,expected",
    [
        ("ywep", "IND", "error"),
        ("ywep", None, "warning"),
        ("ywep", "CAN", None),
        ("working-holiday", "USA", "error"),
        ("working-holiday", "NZL", None),
        ("dutch-american-friendship-treaty", "CAN", "error"),
        ("dutch-american-friendship-treaty", "USA", None),
        ("dutch-japanese-trade-treaty", "CHN", "error"),
        ("dutch-japanese-trade-treaty", "JPN", None),
    ],
)
def test_the_nationality_routes_are_for_their_nationals_only(permit, nationality, expected):
    """Before: a non-Canadian's YWEP folder was ready (the Canadian diploma was
    then "not required" and nothing else looked at the nationality)."""
    from docchk.builtin_plugins.completeness import _conditions
    from docchk.model import Config

    config = Config(applicant=Applicant(nationality=nationality), submission_date=SUBMITTED)
    found = _conditions(PROFILES[permit], permit, config)
    assert [f.severity.value for f in found] == ([expected] if expected else [])


def test_the_sponsoring_partner_must_be_21_or_over(tmp_path):
    folder = tmp_path / "partner"
    _pdf(folder, "contract.pdf", ["^# ARBEIDSOVEREENKOMST", "Bruto maandsalaris: € 9.000,00"])
    common = {"permit": "family-partner", "birth_date": "1990-01-01"}
    (young,) = _found(
        _scan(folder, facts={"partner_aged_21_or_over": False}, **common), "submission.permit-condition-not-met"
    )
    assert young.severity.value == "error" and "21 or older" in young.message
    (unknown,) = _found(_scan(folder, **common), "submission.permit-condition-not-met")
    assert unknown.severity.value == "warning" and "partner aged 21 or over" in unknown.message
    assert not _found(
        _scan(folder, facts={"partner_aged_21_or_over": True}, **common), "submission.permit-condition-not-met"
    )


def test_permits_show_prints_the_conditions():
    result = CliRunner().invoke(main, ["permits", "show", "au-pair"])
    assert result.exit_code == 0, result.output
    assert "Conditions the applicant must meet" in result.output and "The au pair is not married" in result.output
    result = CliRunner().invoke(main, ["permits", "show", "family-partner"])
    assert "partner_aged_21_or_over" in result.output


# --- 5. alternatives ----------------------------------------------------------------


def test_the_highly_skilled_migrant_may_bring_the_employers_declaration(tmp_path):
    folder = tmp_path / "decl"
    _pdf(folder, "werkgeversverklaring.pdf", ["^# WERKGEVERSVERKLARING", "Bruto maandsalaris: € 9.000,00"])
    report = _scan(folder, permit="kennismigrant", birth_date="1980-05-01")
    assert report.documents[0].type == "employer-declaration"
    checklist = {r["id"]: r["status"] for r in report.to_dict()["permit_checklist"]["requirements"]}
    assert checklist["employment-contract"] == "present"
    assert not [f for f in _found(report, "submission.missing-document") if "Employment contract" in f.message]


def test_every_requirement_that_offers_an_alternative_accepts_it():
    """A description saying "X (or Y)" where Y is a document type of its own
    lists both types (the kennismigrant contract said so and refused Y)."""
    alternatives = {
        "employer's declaration": "employer-declaration",
        "payslip": "payslip",
        "bank statement": "bank-statement",
        "identity card": "id-card",
    }
    for pid, profile in PROFILES.items():
        for req in profile["documents"]:
            words = req["description"]["en"].lower()
            for phrase, doc_type in alternatives.items():
                if (
                    f"or the {phrase}" in words
                    or f"or {phrase}" in words
                    or f"or an {phrase}" in words
                    or f"(or the {phrase}" in words
                ):
                    assert doc_type in req["types"], (pid, req["id"], phrase)
