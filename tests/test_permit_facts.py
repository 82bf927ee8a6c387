"""Facts stay honest (issue #16 item 3): nationality exemptions from one
data file, the TB declaration asked only where the seed asks it, income
figures only where they are known, and users shown source titles, never
the internal seed file names (issue #23).

Real components: born-digital PDFs from samples/generate.py, docchk.scan,
the CLI through click's runner.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from click.testing import CliRunner

import docchk
from conftest import V_NUMBER, gen, plugin_added
from docchk import permits
from docchk.cli import main
from docchk.model import Applicant
from docchk.plugins import plugin_manager

SUBMITTED = dt.date(2026, 11, 23)
V = f"V-nummer: {V_NUMBER}"
PROFILES = permits.profiles(plugin_manager())
NOT_A_NEEDED_FACT = ("holds_no_eea_residence_permit", True)  # holds no EU/EEA/Swiss permit: nationality decides


def _work_folder(path):
    """A highly skilled migrant's folder: passport, contract, antecedents -- no TB declaration."""
    path.mkdir()
    l1, l2 = gen.passport_mrz()
    gen.text_pdf(path / "paspoort.pdf", [gen.PageSpec(["^# PASSPORT", "Republic of Utopia", "", l1, l2], header=V)])
    gen.text_pdf(
        path / "contract.pdf",
        [
            gen.PageSpec(
                ["^# ARBEIDSOVEREENKOMST", "", "Bruto maandsalaris: € 9.000,00", "Datum: 2 november 2026"], header=V
            )
        ],
    )
    return path


def _tb_findings(report):
    return [f for f in report.findings if f.rule == "submission.missing-document" and "tuberculosis" in f.message]


def _scan(folder, permit, **applicant):
    return docchk.scan(
        [folder],
        v_number=V_NUMBER,
        permit=permit,
        submission_date=SUBMITTED,
        jobs=1,
        cache=False,
        birth_date="1985-03-01",
        **applicant,
    )


@pytest.mark.parametrize("permit", ["kennismigrant", "eu-blue-card"])
def test_an_exempt_nationality_is_not_asked_for_a_tb_declaration(permit, tmp_path):
    """Regression: kennismigrant and eu-blue-card asked every applicant for
    the TB declaration, a false missing-document error for an American."""
    folder = _work_folder(tmp_path / "f")
    for nationality in ("USA", "CAN", "JPN", "AUS"):
        report = _scan(folder, permit, nationality=nationality, facts=dict([NOT_A_NEEDED_FACT]))
        assert _tb_findings(report) == [], nationality
    (required,) = _tb_findings(_scan(folder, permit, nationality="IND", facts=dict([NOT_A_NEEDED_FACT])))
    assert required.severity.value == "error"


def test_without_a_nationality_the_tb_declaration_is_a_warning(tmp_path):
    """Regression (issue #23 item 5): no nationality given is 'could not
    confirm', never a missing-document error."""
    folder = _work_folder(tmp_path / "f")
    (finding,) = _tb_findings(_scan(folder, "kennismigrant", facts=dict([NOT_A_NEEDED_FACT])))
    assert finding.severity.value == "warning" and "Could not confirm" in finding.message
    assert "exempt from the tuberculosis test" in finding.message
    # a residence permit of another EU state exempts too (002 Hoofdstuk 3): not stated, not an error
    (finding,) = _tb_findings(_scan(folder, "kennismigrant", nationality="IND"))
    assert finding.severity.value == "warning"


def test_every_profile_takes_the_tb_exemption_from_the_shared_set():
    asked = {pid: [r for r in p["documents"] if "tb-declaration" in r["types"]] for pid, p in PROFILES.items()}
    asked = {pid: reqs for pid, reqs in asked.items() if reqs}
    assert {"kennismigrant", "eu-blue-card", "study", "family-partner"} <= set(asked)
    american = Applicant(nationality="USA", facts=(NOT_A_NEEDED_FACT,))
    indian = Applicant(nationality="IND", facts=(NOT_A_NEEDED_FACT,))
    for pid, reqs in asked.items():
        for req in reqs:
            when = req.get("when", {})
            assert when.get("nationality_not_in_set") == "tb-test-exempt" and "nationality_not_in" not in when, pid
        status = {n.requirement["id"]: n.status for n in permits.needs(PROFILES[pid], american, SUBMITTED)}
        assert all(status[r["id"]] == "not-required" for r in reqs), pid
        status = {n.requirement["id"]: n.status for n in permits.needs(PROFILES[pid], indian, SUBMITTED)}
        assert all(status[r["id"]] in ("required", "unknown") for r in reqs), pid


def test_nationality_sets_hold_what_the_seed_lists_and_say_what_they_add():
    tb, mvv = permits.nationality_set("tb-test-exempt"), permits.nationality_set("mvv-exempt")
    assert {"USA", "CAN", "JPN", "AUS", "ISR", "SUR", "CHE", "LIE", "DEU", "GBR"} <= tb and "IND" not in tb
    assert {"USA", "KOR", "VAT", "CHE", "DEU"} <= mvv and not {"ISR", "SUR", "TUR", "IND"} & mvv
    sets = json.loads(
        (__import__("pathlib").Path(permits.__file__).parent / "data" / "nationality_sets.json").read_text("utf-8")
    )["values"]
    for name, entry in sets.items():
        assert "HRV" in entry["added"]["codes"] and "HRV" not in entry["codes"], name  # not in the seed's lists
        assert entry["added"]["source"].startswith("not in the seeds:")


def test_set_conditions_say_could_not_confirm_without_a_nationality():
    profile = {
        "documents": [
            {
                "id": "x",
                "types": ["other"],
                "description": {"en": "X"},
                "when": {"nationality_in_set": "mvv-exempt"},
                "source": "test",
            }
        ]
    }
    status = {a: permits.needs(profile, Applicant(nationality=a), SUBMITTED)[0].status for a in ("USA", "IND", None)}
    assert status == {"USA": "required", "IND": "not-required", None: "unknown"}
    assert permits.needs(profile, Applicant(), SUBMITTED)[0].reason == "nationality exempt from the mvv (entry visa)"


class _UnknownSet:
    def docchk_permits(self):
        profile = json.loads(json.dumps(PROFILES["kennismigrant"]))
        profile["id"] = "unknown-set"
        profile["documents"][0]["when"] = {"nationality_not_in_set": "no-such-set"}
        return [profile]


def test_an_unknown_set_name_is_refused_naming_the_plugin(tmp_path):
    with pytest.raises(
        permits.PermitError,
        match=r"plugin 'x': invalid permit profile at documents/0/when/"
        r"nationality_not_in_set: unknown nationality set 'no-such-set'",
    ):
        permits.validate(_UnknownSet().docchk_permits()[0], "plugin 'x'")
    with (
        plugin_added(_UnknownSet(), "unknown-set-plugin"),
        pytest.raises(docchk.OptionError, match=r"plugin 'unknown-set-plugin'.*unknown nationality set 'no-such-set'"),
    ):
        docchk.scan([tmp_path], v_number=V_NUMBER, permit="kennismigrant", jobs=1, cache=False)


def test_the_blue_card_has_its_own_figures_and_none_where_none_is_known():
    """Regression: the 2024-2026 Blue Card rows copied the highly skilled
    migrant figures; the Blue Card criterion differs (DOMAIN.md)."""
    blue, hsm = PROFILES["eu-blue-card"], PROFILES["kennismigrant"]
    adult = Applicant(birth_date=dt.date(1980, 5, 1))
    assert permits.income_criterion(blue, adult, dt.date(2022, 6, 1))[0]["amount_eur"] == 5670
    assert permits.income_criterion(blue, adult, dt.date(2024, 3, 1))[0]["amount_eur"] == 6245
    for day in (dt.date(2023, 6, 1), dt.date(2024, 6, 12), dt.date(2025, 6, 1), SUBMITTED):
        assert permits.income_criterion(blue, adult, day)[0] is None, day
    hsm_amounts = {r["amount_eur"] for r in hsm["income"]["criteria"] if r["valid_from"] >= "2024"}
    assert not hsm_amounts & {r["amount_eur"] for r in blue["income"]["criteria"]}


def test_the_2023_highly_skilled_migrant_figures():
    hsm = PROFILES["kennismigrant"]
    day = dt.date(2023, 6, 1)
    old, young = Applicant(birth_date=dt.date(1980, 5, 1)), Applicant(birth_date=dt.date(2000, 5, 1))
    graduate = Applicant(birth_date=dt.date(1980, 5, 1), facts=(("reduced_salary_criterion", True),))
    assert [permits.income_criterion(hsm, a, day)[0]["amount_eur"] for a in (old, young, graduate)] == [
        5008,
        3672,
        2631,
    ]


def test_a_blue_card_salary_is_not_judged_by_the_highly_skilled_migrant_figure(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    gen.text_pdf(
        folder / "contract.pdf", [gen.PageSpec(["^# ARBEIDSOVEREENKOMST", "Bruto maandsalaris: € 5.500,00"], header=V)]
    )
    report = docchk.scan(
        [folder],
        v_number=V_NUMBER,
        permit="eu-blue-card",
        birth_date="1980-05-01",
        submission_date="2026-06-01",
        jobs=1,
        cache=False,
    )
    income = [f for f in report.findings if f.rule == "submission.income-below-criterion"]
    assert all(f.severity.value != "error" for f in income), [f.message for f in income]


SEED_NAME = re.compile(r"_[0-9a-f]{16}\.txt")


def test_permits_show_names_sources_by_title_never_by_seed_file():
    runner = CliRunner()
    shown = runner.invoke(main, ["permits", "show", "kennismigrant"])
    assert shown.exit_code == 0, shown.output
    assert not SEED_NAME.search(shown.output)
    assert (
        "IND, Verblijf in Nederland, Hoofdstuk 3" in shown.output
        and "Sources: IND, Verblijf in Nederland" in shown.output
    )
    leaks = [pid for pid in PROFILES if SEED_NAME.search(runner.invoke(main, ["permits", "show", pid]).output)]
    assert leaks == []


def test_source_title_names_each_seed_as_the_text_names_itself():
    assert (
        permits.source_title("002_a6fa46f249cf92cc.txt, Bijlage 6: 'x'") == "IND, Verblijf in Nederland, Bijlage 6: 'x'"
    )
    assert permits.source_title("not in the seeds: the form; 002 Hoofdstuk 3 says 'y' (003)") == (
        "not in the seeds: the form; IND, Verblijf in Nederland, Hoofdstuk 3 says 'y' (IND, Andere redenen)"
    )
    assert permits.source_title("004_2c9ff9d3090ee5a5.txt") == "IND, International students and the IND"
    assert permits.source_title("€ 1.000 in 2024, 100,000 a year") == "€ 1.000 in 2024, 100,000 a year"
