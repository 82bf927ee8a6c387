"""Every route the sources name is a permit docchk knows (issue #16 "Missing
routes"), each new profile holds only what the seeds say, and docs/permits.md
is the page the installed profiles generate.

Real components: the installed plugins, the CLI in a subprocess, born-digital
PDFs scanned by docchk.scan (as tests/test_permits.py does).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import docchk
from conftest import V_NUMBER, gen
from docchk import facts, permits
from docchk.model import Applicant
from docchk.plugins import plugin_manager

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
SUBMITTED = dt.date(2026, 11, 23)
V = f"V-nummer: {V_NUMBER}"

#: The routes issue #16 lists as missing, each with the seed words that name
#: it (seed file prefix, verbatim line).
MISSING_ROUTES = {
    "paid-employment": ("002", "U wilt werken als werknemer in loondienst"),
    "intern": ("002", "U wilt werken als stagiair"),
    "trainee": ("002", "U wilt werken als practicant"),
    "guest-lecturer": ("002", "U wilt werken als gastdocent"),
    "researcher-paid": ("002", "U wilt werken als bezoldigd wetenschappelijk onderzoeker"),
    "researcher-unpaid": ("002", "U wilt werken als onbezoldigd wetenschappelijk onderzoeker"),
    "researcher-directive": (
        "002",
        "U wilt werken als wetenschappelijk onderzoeker in de zin van richtlijn 2005/71/EG",
    ),
    "religious-leader": ("002", "U wilt werken als geestelijk voorganger of als godsdienstleraar"),
    "self-employed": ("002", "U wilt werken als zelfstandige"),
    "eu-action-programme": ("001", "Aanvraag verblijfsvergunning actieprogramma van de Europese Unie"),
    "arts-and-culture": ("001", "Inkomen specifieke beroepen kunst en cultuur"),
    "study-secondary-vocational": (
        "002",
        "U wilt een opleiding volgen aan een instelling voor voortgezet of beroepsonderwijs",
    ),
    "family-adult-child": ("002", "U bent een meerderjarig kind en uw ouder woont in Nederland"),
    "family-elderly-parent": (
        "002",
        "U bent de vader of moeder van een kind dat in Nederland woont én u bent 65 jaar of ouder én alleenstaand",
    ),
    "family-foster-child": ("002", "U bent een pleegkind en uw pleegouder woont in Nederland"),
    "family-adoptive-child": (
        "002",
        "U bent een aspirant adoptief kind en uw aspirant adoptief ouder woont in Nederland",
    ),
    "family-visit": (
        "002",
        "U wilt een familielid in Nederland bezoeken (voor langer dan 3 maanden en maximaal 6 maanden)",
    ),
    "permanent-residence": ("002", "kunt u een verblijfsvergunning voor onbepaalde tijd aanvragen"),
    "eu-family-member": (
        "002",
        "Als u wordt aangemerkt als gezinslid van een burger van de Unie, ontvangt u een EU/EER-verblijfsdocument.",
    ),
    "asylum-family-reunification": (
        "000",
        "De referent is de persoon die het gezinslid (nareiziger) naar Nederland laat komen.",
    ),
    "terminal-illness": ("003", "Terminale fase van een ziekte"),
    "foreign-investor": ("003", "Buitenlandse investeerder"),
    "german-establishment-treaty": ("003", "Nederlands-Duits Vestigingsverdrag"),
    "benelux-treaty": (
        "003",
        "Via dit verdrag kunnen Belgen en Luxemburgers meteen een verblijfsvergunning voor onbepaalde tijd aanvragen.",
    ),
    "jfc-brunssum-family": ("003", "Gezinsleden militairen Joint Force Command Headquarters"),
    "aachen-student-kerkrade": ("003", "Studeren in Aken en wonen in Kerkrade of Heerlen"),
    "dutch-american-treaty-key-personnel": (
        "003",
        "Amerikaans sleutelpersoneel kan ook een verblijfsvergunning krijgen op grond van dit verdrag.",
    ),
    "dutch-japanese-treaty-key-personnel": (
        "003",
        "Japans sleutelpersoneel kan ook een verblijfsvergunning krijgen op grond van dit verdrag.",
    ),
}

#: The profile files of these routes (one plugin module each).
ROUTE_FILES = (
    "family_members",
    "study_secondary",
    "employment",
    "permanent_residence",
    "eu_family_member",
    "asylum_family",
    "special_routes",
    "treaty_routes",
)


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return " ".join(path.read_text("utf-8").split())


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "docchk", *args], capture_output=True, text=True, timeout=120)


def test_every_missing_route_of_issue_16_is_in_permits_list():
    listed = {p["id"] for p in json.loads(_cli("permits", "list", "--json").stdout)}
    for permit_id, (prefix, line) in MISSING_ROUTES.items():
        assert line in _seed(prefix), f"{permit_id}: the seed line is not in seed {prefix}"
        assert permit_id in listed, f"{permit_id} ({line!r}) is not in `docchk permits list`"


def test_every_route_the_sources_name_has_a_permit_or_says_why_not():
    """docchk/data/permit_routes.json: the inventory of the seeds' routes
    (its quotes are checked verbatim by tests/test_permit_sources.py)."""
    routes = facts.load("permit_routes")["routes"]
    installed = {p["id"] for path in (ROOT / "plugins").glob("*.json") for p in permits.load_file(path)}
    for route in routes:
        if route["permits"]:
            assert set(route["permits"]) <= set(installed), route["name"]["en"]
            assert "not_covered" not in route
        else:
            assert route.get("not_covered"), f"{route['name']['en']}: no permit and no reason"
    covered = {pid for r in routes for pid in r["permits"]}
    assert set(MISSING_ROUTES) <= covered
    assert covered == set(installed), "a permit that no route of the sources names, or the reverse"


@pytest.mark.parametrize("name", ROUTE_FILES)
def test_each_new_profile_file_validates_and_is_a_registered_plugin(name):
    found = permits.load_file(ROOT / "plugins" / f"{name}.json")
    installed = permits.profiles(plugin_manager())
    assert found and all(installed[p["id"]] == p for p in found)
    for profile in found:
        assert profile["documents"][0]["types"] == ["passport"], "002 Hoofdstuk 3: a valid passport, always"
        for req in profile["documents"]:
            if req["types"] == ["tb-declaration"]:  # one shared exemption list (issue #16 item 3)
                assert req["when"] == {"nationality_not_in_set": "tb-test-exempt"}
        if {t for req in profile["documents"] for t in req["types"]} <= {"passport", "tb-declaration"}:
            # a route the seeds only name: its notes say that docchk checks only the general rules
            assert any("list none of its documents" in note for note in profile["notes"]), profile["id"]


def test_needs_follow_the_seed_conditions_of_the_new_routes():
    profiles = permits.profiles(plugin_manager())

    def status(pid, **kw):
        return {n.requirement["id"]: n.status for n in permits.needs(profiles[pid], Applicant(**kw), SUBMITTED)}

    adult = dict(birth_date=dt.date(1995, 1, 1), birth_country="MAR")
    # the exam abroad: mvv-required nationals aged 18-64 only (002 Hoofdstuk 2)
    assert status("family-adult-child", nationality="MAR", **adult)["integration-exam-abroad"] == "required"
    assert status("family-adult-child", nationality="USA", **adult)["integration-exam-abroad"] == "not-required"
    assert (
        status("religious-leader", nationality="MAR", birth_date=dt.date(1950, 1, 1))["integration-exam-abroad"]
        == "not-required"
    )
    # TB: the shared exemption set
    assert status("paid-employment", nationality="CAN")["tb-declaration"] == "not-required"
    assert status("paid-employment", nationality="IND")["tb-declaration"] == "required"
    assert status("paid-employment")["tb-declaration"] == "unknown"
    # the guest lecturer's work permit only beyond 1 year (002 Bijlage 6)
    assert (
        status("guest-lecturer", facts=(("works_longer_than_one_year", False),))["work-permit-application"]
        == "not-required"
    )
    assert status("guest-lecturer")["work-permit-application"] == "unknown"


def _pdf(folder: Path, name: str, title: str, *body: str):
    gen.text_pdf(folder / name, [gen.PageSpec([f"^# {title}", "", *body, "Datum: 2 november 2026"], header=V)])


def _paid_employment_folder(folder: Path):
    folder.mkdir()
    l1, l2 = gen.passport_mrz()
    gen.text_pdf(folder / "paspoort.pdf", [gen.PageSpec(["^# PASSPORT", "Republic of Utopia", "", l1, l2], header=V)])
    _pdf(folder, "contract.pdf", "ARBEIDSOVEREENKOMST", "Werkgever: Voorbeeld B.V.", "Bruto maandsalaris: € 3.100,00")
    _pdf(folder, "twv.pdf", "AANVRAAG TEWERKSTELLINGSVERGUNNING", "Ingediend bij UWV door Voorbeeld B.V.")
    _pdf(folder, "tbc.pdf", "TBC-TEST", "Ik ben bereid een tbc-onderzoek te ondergaan.")


def _scan(folder, permit, **applicant):
    return docchk.scan(
        [folder], v_number=V_NUMBER, permit=permit, submission_date=SUBMITTED, jobs=1, cache=False, **applicant
    )


def test_paid_employment_folder_is_ready_and_without_the_twv_application_reports_it(tmp_path):
    folder = tmp_path / "work"
    _paid_employment_folder(folder)
    report = _scan(folder, "paid-employment", nationality="IND", birth_date="1990-03-01")
    assert {d.type for d in report.documents} == {
        "passport",
        "employment-contract",
        "work-permit-application",
        "tb-declaration",
    }
    assert report.ready, [(f.rule, f.message) for f in report.findings if f.severity.value == "error"]
    (folder / "twv.pdf").unlink()
    report = _scan(folder, "paid-employment", nationality="IND", birth_date="1990-03-01")
    (missing,) = [f for f in report.findings if f.rule == "submission.missing-document"]
    assert missing.severity.value == "error" and "work permit" in missing.message and not report.ready


def test_a_us_employee_needs_no_tb_declaration_and_a_nationality_condition_is_checked(tmp_path):
    folder = tmp_path / "work"
    _paid_employment_folder(folder)
    (folder / "tbc.pdf").unlink()
    assert _scan(folder, "paid-employment", nationality="USA", birth_date="1990-03-01").ready
    report = _scan(folder, "dutch-american-treaty-key-personnel", nationality="IND")
    (failed,) = [f for f in report.findings if f.rule == "submission.permit-condition-not-met"]
    assert failed.severity.value == "error" and not report.ready
    report = _scan(folder, "dutch-american-treaty-key-personnel")  # nationality not given: a warning
    (unsure,) = [f for f in report.findings if f.rule == "submission.permit-condition-not-met"]
    assert unsure.severity.value == "warning"


def test_the_elderly_parent_route_checks_age_and_being_single(tmp_path):
    folder = tmp_path / "parent"
    _paid_employment_folder(folder)
    report = _scan(
        folder, "family-elderly-parent", nationality="USA", birth_date="1970-01-01", marital_status="married"
    )
    rules = {(f.rule, f.severity.value) for f in report.findings}
    assert {("submission.age-out-of-range", "error"), ("submission.permit-condition-not-met", "error")} <= rules


def test_an_internship_agreement_is_read_and_its_allowance_held_to_the_2022_amount(tmp_path):
    folder = tmp_path / "intern"
    _paid_employment_folder(folder)
    (folder / "contract.pdf").unlink()
    _pdf(folder, "stage.pdf", "STAGEOVEREENKOMST", "Stagebedrijf: Voorbeeld B.V.", "Bruto maandsalaris: € 600,00")
    report = docchk.scan(
        [folder],
        v_number=V_NUMBER,
        permit="intern",
        submission_date="2022-09-01",
        jobs=1,
        cache=False,
        nationality="IND",
        birth_date="2000-03-01",
    )
    assert "employment-contract" in {d.type for d in report.documents}
    (low,) = [f for f in report.findings if f.rule == "submission.income-below-criterion"]
    assert low.severity.value == "error" and "878" in low.message


def test_docs_permits_md_is_the_generated_page():
    """Re-run `python scripts/permits_doc.py` after changing a profile."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "permits_doc.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = (ROOT / "docs" / "permits.md").read_text("utf-8")
    for pid in permits.profiles(plugin_manager()):
        assert f'<a id="{pid}"></a>' in text
    assert "002_a6fa46f249cf92cc.txt" not in text, "sources are cited by title"
    assert re.search(r"\| Asylum \| Asiel \| none: ", text)
