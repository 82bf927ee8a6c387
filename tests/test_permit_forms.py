"""The fee, the form and the deadlines that apply to this applicant (#16).

Fees and forms carry structured conditions (``applies``, ``situation``,
``form``) next to the words the seeds give; ``permits.fee_for`` and
``permits.forms_for`` pick the row for the applicant's facts, ``docchk
permits which`` asks for them, and ``docchk scan --permit`` puts the form,
the fee and the deadlines in the report's checklist and warns
(``submission.form-check``) when the folder's application form is not the
one the facts point to. Real profiles, real PDFs, the real CLI.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import docchk
from conftest import V_NUMBER, gen
from docchk import facts, permits
from docchk.cli import main
from docchk.model import Applicant
from docchk.plugins import plugin_manager

SEEDS = Path("/work/shared/seeds")
PROFILES = permits.profiles(plugin_manager())
DAY = dt.date(2026, 11, 23)
V = f"V-nummer: {V_NUMBER}"


def _fee(permit_id, day=DAY, **applicant):
    return permits.fee_for(PROFILES[permit_id], Applicant(**applicant), day)


SEED = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")


def _quoted_in_seed(cite: str, *figures: str) -> bool:
    """The cite starts with a seed file, a quoted excerpt holds one of
    ``figures``, and every excerpt is in the seed named before it
    (whitespace aside; `...` joins two pieces)."""
    if not SEED.match(cite):
        return False
    quotes = []
    names, parts = SEED.findall(cite), SEED.split(cite)[1:]
    for name, part in zip(names, parts, strict=False):
        seed = " ".join((SEEDS / name).read_text("utf-8").split())
        for quote in re.findall(r"'([^']{4,})'", part):
            quotes.append(quote)
            if not all(" ".join(p.split()) in seed for p in quote.split("...") if p.strip()):
                return False
    return any(f in q for q in quotes for f in figures)


# --- fees ---------------------------------------------------------------------


def test_kennismigrant_fee_is_380_from_2024_as_000_says():
    row, why = _fee("kennismigrant", dt.date(2024, 3, 1))
    assert row["amount_eur"] == 380 and row["valid_from"] == "2024-01-01"
    assert _quoted_in_seed(row["source"], "380")
    assert "standard" in why
    before, why = _fee("kennismigrant", dt.date(2023, 6, 1))
    assert before is None and "2024-01-01" in why


def test_a_turkish_applicant_pays_the_turkish_rate():
    assert _fee("family-partner", nationality="TUR")[0]["amount_eur"] == 68
    row, why = _fee("family-partner", nationality="IND")
    assert row["amount_eur"] == 174 and "partner turkish" in why
    row, why = _fee("family-partner")  # nationality not given: the standard fee, and what would change it
    assert row["amount_eur"] == 174 and "TUR" in why
    assert _fee("ex-privileged", nationality="TUR")[0]["amount_eur"] == 58
    assert _fee("minor-child", nationality="TUR")[0]["amount_eur"] == 68
    assert _fee("family-partner", nationality="ISR")[0]["amount_eur"] == 0


def test_hague_child_protection_mvv_application_is_free():
    row, why = _fee("hague-child-protection", nationality="IND", facts=(("has_residence_permit", False),))
    assert row["amount_eur"] == 0 and row["form"] == "7055"
    assert _quoted_in_seed(row["source"], "€ 0")
    # no mvv needed: the residence permit's form decides the fee
    until_adult = (("placement_until_adult", True),)
    assert _fee("hague-child-protection", nationality="USA", facts=until_adult)[0]["amount_eur"] == 1057
    row, why = _fee("hague-child-protection", nationality="USA")
    assert row is None and "placement" in why


def test_exemptions_and_reduced_rates_follow_the_facts():
    minor = dict(birth_date=dt.date(2012, 1, 1), facts=(("after_family_stay", True),))
    assert _fee("humanitarian-non-temporary", **minor)[0]["amount_eur"] == 58
    assert (
        _fee("humanitarian-non-temporary", facts=(("after_family_stay", True),), birth_date=dt.date(1990, 1, 1))[0][
            "amount_eur"
        ]
        == 174
    )
    row, why = _fee("domestic-violence")
    assert row is None and "has residence permit" in why
    assert _fee("domestic-violence", facts=(("has_residence_permit", False),))[0]["amount_eur"] == 391
    assert _fee("family-partner", facts=(("article_8_fee_exemption", True),))[0]["amount_eur"] == 0


def test_every_fee_amount_from_a_seed_is_quoted_from_it():
    for pid, profile in PROFILES.items():
        for row in profile["fees"]:
            if row["source"].startswith("not in the seeds"):
                continue
            amount = f"{row['amount_eur']:g}"
            free = ("geen kosten", "geen leges") if row["amount_eur"] == 0 else ()
            assert _quoted_in_seed(row["source"], amount, *free), (pid, row)


# --- forms ----------------------------------------------------------------------


def _which(*args):
    result = CliRunner().invoke(main, ["permits", "which", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_which_picks_the_form_with_or_without_mvv_by_nationality():
    needs_mvv = json.loads(_which("--permit", "hague-child-protection", "--nationality", "IND", "--json"))
    assert needs_mvv["mvv_required"] is True
    assert needs_mvv["form"]["number"] == "7055" and needs_mvv["fee"]["amount"] == 0
    exempt = json.loads(
        _which(
            "--permit", "hague-child-protection", "--nationality", "USA", "--fact", "temporary_placement=yes", "--json"
        )
    )
    assert exempt["mvv_required"] is False
    assert exempt["form"]["number"] == "7026" and exempt["fee"]["amount"] == 0
    # a Dutch residence permit also frees from the mvv (002 Hoofdstuk 3)
    holder = json.loads(
        _which(
            "--permit",
            "hague-child-protection",
            "--nationality",
            "IND",
            "--has-permit",
            "--fact",
            "placement_until_adult=yes",
            "--json",
        )
    )
    assert holder["form"]["number"] == "7027" and holder["fee"]["amount"] == 1057
    text = _which("--permit", "hague-child-protection", "--nationality", "IND")
    assert "Form: 7055" in text and "Fee: € 0" in text
    assert "IND, Andere redenen" in text and "003_" not in text  # cited by title, not file name


def test_which_says_what_is_not_decided_and_warns_of_a_missing_mvv():
    undecided = _which("--permit", "article-8-echr")
    assert "not decided" in undecided and "family_life" in undecided
    warned = _which("--permit", "family-partner", "--nationality", "IND", "--in-netherlands", "--no-mvv")
    assert "Warning:" in warned and "afgewezen" in warned
    assert "Warning:" not in _which("--permit", "family-partner", "--nationality", "USA", "--in-netherlands")


def test_which_without_a_permit_is_a_usage_error():
    result = CliRunner().invoke(main, ["permits", "which", "--no-input"])
    assert result.exit_code == 2 and "--permit" in result.output


def _folder(path: Path, form_text: str) -> Path:
    path.mkdir()
    l1, l2 = gen.passport_mrz()
    gen.text_pdf(path / "passport.pdf", [gen.PageSpec(["^# PASSPORT", "Republic of Utopia", "", l1, l2], header=V)])
    gen.text_pdf(path / "form.pdf", [gen.PageSpec(["^# AANVRAAGFORMULIER", "", form_text], header=V)])
    (path / "docchk.toml").write_text('[files."form.pdf"]\ntype = "application-form"\n', "utf-8")
    return path


def _form_checks(folder, **options):
    report = docchk.scan(
        [folder],
        v_number=V_NUMBER,
        permit="hague-child-protection",
        submission_date=DAY,
        jobs=1,
        cache=False,
        **options,
    )
    return report, [f for f in report.findings if f.rule == "submission.form-check"]


def test_scan_warns_when_the_form_in_the_folder_is_not_the_one_the_facts_point_to(tmp_path):
    folder = _folder(tmp_path / "f", "Aanvraag voor een machtiging tot voorlopig verblijf, formulier 7055")
    _, found = _form_checks(folder, nationality="USA", facts={"temporary_placement": True})
    assert len(found) == 1 and found[0].severity.value == "warning" and found[0].path == "form.pdf"
    assert "7026" in found[0].message and "7055" in found[0].message
    # the facts point to the form in the folder: nothing to say
    assert not _form_checks(folder, nationality="IND", facts={"has_residence_permit": False})[1]
    # the facts do not decide the form: silent
    assert not _form_checks(folder)[1]


def test_scan_warns_when_in_the_netherlands_without_a_needed_mvv(tmp_path):
    folder = _folder(tmp_path / "f", "formulier 7055")
    _, found = _form_checks(
        folder, nationality="IND", facts={"in_netherlands": True, "has_mvv": False, "has_residence_permit": False}
    )
    assert any(f.path is None and "mvv" in f.message for f in found)
    assert all(f.severity.value == "warning" for f in found)


# --- deadlines ------------------------------------------------------------------


def test_deadlines_come_from_the_seeds():
    general = facts.load("deadlines")["deadlines"]
    assert {"report-to-police", "tb-test", "objection", "decision"} <= {d["id"] for d in general}
    for d in [*general, *(d for p in PROFILES.values() for d in p.get("deadlines", ()))]:
        assert _quoted_in_seed(d["source"], f"{d['amount']:g}", *(("drie",) if d["amount"] == 3 else ())), d["id"]
        assert d["text"]["en"] and d["text"]["nl"]


def test_deadlines_in_permits_show():
    result = CliRunner().invoke(main, ["permits", "show", "kennismigrant"])
    assert result.exit_code == 0
    assert "Deadlines and waiting times:" in result.output
    assert "3 working days" in result.output and "within 90 days" in result.output
    assert "Fee: € 380  (from 2024-01-01)" in result.output


def test_the_json_report_checklist_has_the_fee_form_and_deadlines_in_its_language(tmp_path):
    folder = _folder(tmp_path / "f", "formulier 7055")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        main,
        [
            "scan",
            str(folder),
            "--v-number",
            V_NUMBER,
            "--permit",
            "kennismigrant",
            "--submission-date",
            DAY.isoformat(),
            "--nationality",
            "USA",
            "--format",
            "json",
            "--output",
            str(out),
            "--lang",
            "nl",
            "--jobs",
            "1",
            "--no-cache",
            "--no-progress",
        ],
    )
    assert result.exit_code in (0, 1), result.output
    report = json.loads(out.read_text("utf-8"))
    jsonschema.validate(report, facts.schema("report.schema.json"))
    checklist = report["permit_checklist"]
    assert checklist["fee"]["amount"] == 380
    texts = {d["id"]: d["text"] for d in checklist["deadlines"]}
    assert "werkdagen" in texts["report-to-police"] and "90 dagen" in texts["decision-usual"]


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_the_report_formats_print_the_fee_and_the_deadlines(tmp_path, fmt):
    folder = _folder(tmp_path / "f", "formulier 7055")
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(
        main,
        [
            "scan",
            str(folder),
            "--v-number",
            V_NUMBER,
            "--permit",
            "kennismigrant",
            "--submission-date",
            DAY.isoformat(),
            "--format",
            fmt,
            "--output",
            str(out),
            "--lang",
            "en",
            "--jobs",
            "1",
            "--no-cache",
            "--no-progress",
        ],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code in (0, 1), result.output
    text = out.read_text("utf-8")
    assert "Fee for this applicant" in text and "380" in text
    assert "3 working days" in text


def test_general_forms_by_situation_from_002_bijlage_1():
    for form in facts.load("general_forms")["forms"]:
        assert _quoted_in_seed(form["source"], form["name"].split(" (")[0]) or "mvv" in form["name"], form
        assert _quoted_in_seed(form["source"], "")  # every excerpt verbatim
    pick = {
        args: json.loads(_which("--permit", "medical-treatment", *args, "--json"))["form"]["name"]
        for args in [
            ("--nationality", "IND"),
            ("--nationality", "IND", "--has-mvv"),
            ("--nationality", "USA"),
            ("--nationality", "IND", "--extension"),
            ("--nationality", "USA", "--change-of-purpose"),
        ]
    }
    assert pick == {
        ("--nationality", "IND"): "Aanvraagformulier mvv (bij de Nederlandse ambassade of het consulaat)",
        ("--nationality", "IND", "--has-mvv"): "Aanvraag verblijfsvergunning regulier met mvv",
        ("--nationality", "USA"): "Aanvraag verblijfsvergunning regulier zonder mvv of wijziging verblijfsdoel",
        ("--nationality", "IND", "--extension"): "Aanvraag verlenging verblijfsvergunning regulier",
        (
            "--nationality",
            "USA",
            "--change-of-purpose",
        ): "Aanvraag verblijfsvergunning regulier zonder mvv of wijziging verblijfsdoel",
    }
    shown = CliRunner().invoke(main, ["permits", "show", "medical-treatment"]).output
    assert "Form: Aanvraag verlenging verblijfsvergunning regulier  (extension)" in shown
    assert "has_mvv" in shown  # among the facts to state


def test_show_marks_the_form_and_fee_for_the_applicant_given():
    shown = CliRunner().invoke(main, ["permits", "show", "family-partner", "--nationality", "TUR"]).output
    marked = [line for line in shown.splitlines() if line.endswith("<- for this applicant")]
    assert len(marked) == 2 and marked[0].startswith("Form: 7018") and marked[1].startswith("Fee: € 68")
    plain = CliRunner().invoke(main, ["permits", "show", "family-partner"]).output
    assert "<- for this applicant" not in plain


def test_deadlines_that_cannot_concern_the_applicant_are_left_out():
    def ids(permit_id, **applicant):
        return {d["id"] for d in permits.deadlines(PROFILES[permit_id], Applicant(**applicant), DAY)}

    unknown = ids("family-partner")  # nothing known: every deadline that may apply
    assert {"apply-after-arrival", "mvv-assessment", "tb-test", "civic-integration-abroad"} <= unknown
    american = ids("family-partner", nationality="USA")  # mvv-exempt and TB-test-exempt (002 Hoofdstuk 3)
    assert not {"apply-after-arrival", "mvv-assessment", "tb-test"} & american and "objection" in american
    # the integration exam abroad only where the permit asks for it
    assert "civic-integration-abroad" not in ids("kennismigrant")


def test_which_asks_the_deciding_questions_in_a_terminal():
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "docchk", "permits", "which", "--permit", "hague-child-protection"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    os.close(slave)
    os.write(master, b"IND\n" + b"n\n" * 8)  # nationality, then no to every yes/no question
    out, _ = proc.communicate(timeout=60)
    os.close(master)
    assert proc.returncode == 0, out
    assert "Nationality" in out and "Does the applicant hold a Dutch residence permit?" in out
    assert "Form: 7055" in out
