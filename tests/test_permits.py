"""Permit plugins and the completeness report, on real born-digital PDFs.

For every installed permit profile: a folder with every document the profile
requires is ready, and the same folder without one document reports exactly
that document missing.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys

import pytest

import docchk
from conftest import V_NUMBER, gen, plugin_added
from docchk import permits
from docchk.model import Applicant
from docchk.plugins import plugin_manager

SUBMITTED = dt.date(2026, 11, 23)
V = f"V-nummer: {V_NUMBER}"
PROFILES = permits.profiles(plugin_manager())


def _titles() -> dict[str, str]:
    from docchk.understand import document_types

    return {t: titles[0].lstrip("=") for t, titles in document_types(plugin_manager()).items()}


def _applicant(profile: dict) -> dict:
    """Facts that settle every condition of ``profile`` (married, every
    named fact true, a nationality the profile names, an age it allows)."""
    nationality = "IND"
    for req in profile["documents"]:
        nationality = (req.get("when", {}).get("nationality_in") or [nationality])[0]
    facts = {"has_children": True}
    for req in profile["documents"]:
        if "fact" in req.get("when", {}):
            facts[req["when"]["fact"]] = True
    marital_status = "married"
    for condition in profile.get("conditions", ()):  # the applicant meets the permit's own conditions
        if "fact" in condition["when"]:
            facts[condition["when"]["fact"]] = True
        if "not_fact" in condition["when"]:
            facts[condition["when"]["not_fact"]] = False
        marital_status = (condition["when"].get("marital_status") or [marital_status])[0]
        nationality = (condition["when"].get("nationality_in") or [nationality])[0]
        nationality = (condition["when"].get("nationality_in") or [nationality])[0]
    age = profile.get("age", {})
    years = age.get("min", 25) if age else 32
    years = min(years + 1, age["max"]) if "max" in age else years + 1
    born = dt.date(SUBMITTED.year - years, 1, 15)
    return {
        "nationality": nationality,
        "marital_status": marital_status,
        "birth_country": "IND",
        "facts": facts,
        "birth_date": born,
    }


def _document(doc_type: str, title: str) -> list[gen.PageSpec]:
    if doc_type == "passport":
        l1, l2 = gen.passport_mrz()
        return [gen.PageSpec(["^# PASSPORT", "Republic of Utopia", "", l1, l2], header=V)]
    return [
        gen.PageSpec(
            [
                f"^# {title.upper()}",
                "",
                "Gemeente Amsterdam. Dit document is opgesteld ten behoeve van de aanvraag bij de IND.",
                "Bruto maandsalaris: € 9.000,00",
                "Datum: 2 november 2026",
            ],
            header=V,
        )
    ]


def _folder(path, profile, applicant):
    titles = _titles()
    items = permits.needs(
        profile,
        Applicant(**{k: v for k, v in applicant.items() if k != "facts"}, facts=tuple(applicant["facts"].items())),
        SUBMITTED,
    )
    assert not [i for i in items if i.status == "unknown"], "the test applicant settles every condition"
    required = [i.requirement for i in items if i.status == "required"]
    path.mkdir()
    files = {}
    for req in required:
        doc_type = req["types"][0]
        name = f"{req['id']}.pdf"
        gen.text_pdf(path / name, _document(doc_type, titles[doc_type]))
        files[req["id"]] = name
    return files


def _scan(folder, profile, applicant):
    return docchk.scan(
        [folder],
        v_number=V_NUMBER,
        permit=profile["id"],
        submission_date=SUBMITTED,
        jobs=1,
        cache=False,
        nationality=applicant["nationality"],
        marital_status=applicant["marital_status"],
        birth_country=applicant["birth_country"],
        facts=applicant["facts"],
        birth_date=applicant["birth_date"],
    )


@pytest.mark.parametrize("permit_id", sorted(PROFILES))
def test_complete_folder_is_ready_and_a_removed_document_is_missing(permit_id, tmp_path):
    profile = PROFILES[permit_id]
    applicant = _applicant(profile)
    folder = tmp_path / "complete"
    files = _folder(folder, profile, applicant)
    assert files, f"{permit_id} requires no document at all"
    report = _scan(folder, profile, applicant)
    errors = [(f.rule, f.path, f.message) for f in report.findings if f.severity.value == "error"]
    assert report.ready, errors
    checklist = report.to_dict()["permit_checklist"]
    assert {r["id"] for r in checklist["requirements"] if r["status"] == "present"} == set(files)

    removed = next(iter(files))
    (folder / files[removed]).unlink()
    report = _scan(folder, profile, applicant)
    missing = [f for f in report.findings if f.rule == "submission.missing-document"]
    assert len(missing) == 1 and missing[0].severity.value == "error"
    description = next(r for r in profile["documents"] if r["id"] == removed)["description"]["en"]
    assert description in missing[0].message
    assert not report.ready


def test_conditions_decide_what_is_required_and_unknown_facts_are_said():
    profile = {
        "documents": [
            {
                "id": "marriage",
                "types": ["marriage-certificate"],
                "description": {"en": "Marriage certificate"},
                "when": {"marital_status": ["married"]},
                "source": "test",
            },
            {
                "id": "consent",
                "types": ["parental-consent"],
                "description": {"en": "Consent"},
                "when": {"max_age": 17},
                "source": "test",
            },
        ]
    }
    adult_married = Applicant(marital_status="married", birth_date=dt.date(1990, 1, 1))
    status = {n.requirement["id"]: n.status for n in permits.needs(profile, adult_married, SUBMITTED)}
    assert status == {"marriage": "required", "consent": "not-required"}
    unknown = {n.requirement["id"]: (n.status, n.reason) for n in permits.needs(profile, Applicant(), SUBMITTED)}
    assert unknown["marriage"] == ("unknown", "marital status married")


def test_income_criterion_in_force_by_date_and_age():
    profile = PROFILES["kennismigrant"]
    young = Applicant(birth_date=dt.date(2000, 5, 1))
    old = Applicant(birth_date=dt.date(1980, 5, 1))
    assert permits.income_criterion(profile, young, dt.date(2022, 6, 1))[0]["amount_eur"] == 3549
    assert permits.income_criterion(profile, old, dt.date(2022, 6, 1))[0]["amount_eur"] == 4840
    assert permits.income_criterion(profile, old, dt.date(2026, 6, 1))[0]["amount_eur"] == 5942
    graduate = Applicant(birth_date=dt.date(1980, 5, 1), facts=(("reduced_salary_criterion", True),))
    assert permits.income_criterion(profile, graduate, dt.date(2026, 6, 1))[0]["amount_eur"] == 3122
    row, note = permits.income_criterion(profile, old, dt.date(2026, 6, 1))
    assert "reduced" in note  # the lower criterion a stated fact would unlock


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Bruto maandsalaris: € 5.200,00", [5200.0]),
        ("Gross monthly salary EUR 5,200.00", [5200.0]),
        ("Bruto salaris per maand 4.840,- euro", [4840.0]),
        ("Bruttomonatsgehalt: 6.100 €", [6100.0]),
        ("Salaire brut mensuel : 3 549,00 €", [3549.0]),
        ("Netto maandsalaris: € 3.100,00", []),  # net, not gross
        ("IBAN NL91ABNA0417164300, bruto maandsalaris zie bijlage", []),
    ],
)
def test_gross_monthly_salary_is_read_only_where_the_text_says_so(text, expected):
    from docchk.money import monthly_salaries

    assert monthly_salaries(text) == expected


def test_income_below_the_criterion_is_an_error(tmp_path):
    folder = tmp_path / "low"
    folder.mkdir()
    gen.text_pdf(
        folder / "contract.pdf", [gen.PageSpec(["^# ARBEIDSOVEREENKOMST", "Bruto maandsalaris: € 3.000,00"], header=V)]
    )
    report = docchk.scan(
        [folder],
        v_number=V_NUMBER,
        permit="kennismigrant",
        birth_date="1980-05-01",
        submission_date=SUBMITTED,
        jobs=1,
        cache=False,
    )
    (income,) = [f for f in report.findings if f.rule == "submission.income-below-criterion"]
    assert income.severity.value == "error" and "3,000.00" in income.message and "5,942" in income.message


def test_age_outside_the_limits_is_an_error():
    profile = next((p for p in PROFILES.values() if p.get("age", {}).get("max")), None)
    if profile is None:
        pytest.skip("no installed permit has an upper age limit")
    from docchk.builtin_plugins.completeness import _age
    from docchk.model import Config

    too_old = Config(applicant=Applicant(birth_date=dt.date(1950, 1, 1)), submission_date=SUBMITTED)
    (finding,) = _age(profile, profile["names"]["en"], too_old)
    assert finding.severity.value == "error" and "76" in finding.message


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "docchk", *args], capture_output=True, text=True, timeout=120, env=env)


def test_permits_list_and_show_print_a_checklist():
    listed = _cli("permits", "list")
    assert listed.returncode == 0
    assert "kennismigrant" in listed.stdout and "Highly skilled migrant" in listed.stdout
    as_json = json.loads(_cli("permits", "list", "--json").stdout)
    assert {p["id"] for p in as_json} == set(PROFILES)
    shown = _cli("permits", "show", "kennismigrant")
    assert shown.returncode == 0
    for text in (
        "Filed by: the sponsor",
        "Documents to send:",
        "[ ] 1.",
        "Income criterion",
        "reduced_salary_criterion",
        "Sources:",
    ):
        assert text in shown.stdout
    unknown = _cli("permits", "show", "no-such-permit")
    assert unknown.returncode == 2 and "unknown permit" in unknown.stderr


def test_unknown_permit_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    result = _cli("scan", str(tmp_path), "--permit", "no-such-permit")
    assert result.returncode == 2 and "unknown permit 'no-such-permit'" in result.stderr


class _BrokenProfile:
    def docchk_permits(self):
        profile = json.loads(json.dumps(PROFILES["kennismigrant"]))
        profile["id"], profile["names"] = "broken", {"nl": "Kapot"}  # no English name
        return [profile]


class _Raises:
    def docchk_check_document(self, document, config):
        raise RuntimeError("a bug in somebody's plugin, quoting: Amira Haddad")


def test_an_invalid_profile_is_refused_whole_naming_plugin_and_field(tmp_path):
    with (
        plugin_added(_BrokenProfile(), "broken-permit"),
        pytest.raises(
            docchk.OptionError, match=r"plugin 'broken-permit': invalid permit profile at names: 'en' is a required"
        ),
    ):
        docchk.scan([tmp_path], v_number=V_NUMBER, permit="kennismigrant", jobs=1, cache=False)


def test_a_plugin_that_raises_is_a_finding_and_the_scan_goes_on(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    gen.text_pdf(folder / "contract.pdf", [gen.PageSpec(["^# ARBEIDSOVEREENKOMST", "x" * 30], header=V)])
    gen.text_pdf(folder / "letter.pdf", [gen.PageSpec(["Brief", "y" * 30], header=V)])
    with plugin_added(_Raises(), "raises"):
        report = docchk.scan([folder], v_number=V_NUMBER, jobs=1, cache=False)
    failed = [f for f in report.findings if f.rule == "submission.plugin-error"]
    assert {f.path for f in failed} == {"contract.pdf", "letter.pdf"}
    assert all("'raises'" in f.message and "RuntimeError" in f.message and "Haddad" not in f.message for f in failed)
    assert {d.type for d in report.documents} >= {"employment-contract"}  # the rest ran
    assert not report.ready


EXAMPLE = __import__("pathlib").Path(__file__).resolve().parent.parent / "examples" / "docchk-permit-ict"


def test_example_plugin_installs_into_a_fresh_venv_and_is_applied(tmp_path):
    """The example third-party permit package, pip-installed into a new
    virtual environment (docchk and its dependencies come from this one),
    is discovered, listed, applied -- and left out by DOCCHK_LOAD_PLUGINS."""
    import site
    import sysconfig
    import venv

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    (__import__("pathlib").Path(purelib) / "docchk-dev.pth").write_text(
        "".join(f"import site; site.addsitedir({p!r})\n" for p in dict.fromkeys(ours))
    )
    source = tmp_path / "src"
    shutil.copytree(EXAMPLE, source)
    install = subprocess.run(
        [py, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", "--quiet", str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr

    def run(*args, **env):
        return subprocess.run(
            [py, "-m", "docchk", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env={**__import__("os").environ, **env},
        )

    plugins = json.loads(run("plugins", "--json").stdout)
    ict = next(p for p in plugins if p["name"] == "permit-ict")
    assert ict["origin"] == "third-party" and ict["distribution"] == "docchk-permit-ict"
    assert "ict" in run("permits", "list").stdout
    folder = tmp_path / "s"
    folder.mkdir()
    gen.text_pdf(folder / "paspoort.pdf", _document("passport", "passport"))
    scanned = run(
        "scan",
        str(folder),
        "--v-number",
        V_NUMBER,
        "--permit",
        "ict",
        "--format",
        "json",
        "--submission-date",
        "2026-11-23",
        "--no-cache",
    )
    report = json.loads(scanned.stdout)
    missing = {f["message"] for f in report["findings"] if f["rule"] == "submission.missing-document"}
    assert scanned.returncode == 1 and any("intra-corporate" in m.lower() for m in missing)
    only_builtin = run("permits", "list", DOCCHK_LOAD_PLUGINS="builtin")
    assert only_builtin.returncode == 0 and "ict" not in only_builtin.stdout.split()
    assert "kennismigrant" in only_builtin.stdout
