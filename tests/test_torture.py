"""Hostile and broken files (tests/torture.py): each gets a clear finding or
a correct reading, against that file only; the rest of the folder is checked."""

from __future__ import annotations

import json

import pytest

import docchk
from conftest import V_NUMBER, folder_state, gen
from torture import build


@pytest.fixture(scope="module")
def torture_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("torture")
    cases = build(folder)
    gen.text_pdf(
        folder / "good.pdf",
        [gen.PageSpec(["Bankafschrift", "rekening datum bedrag saldo " * 3], header=f"V-nummer: {V_NUMBER}")],
    )
    before = folder_state(folder)
    report = docchk.scan([folder], v_number=V_NUMBER, jobs=2, cache=False)
    assert folder_state(folder) == before  # nothing changed, added or removed, whatever the files did
    return cases, report


def test_every_hostile_file_gets_a_clear_finding_or_a_correct_reading(torture_report):
    cases, report = torture_report
    by_path = {d.relpath: d for d in report.documents}
    unreadable = {f.path: f for f in report.findings if f.rule == "document.unreadable"}
    assert len(by_path) == len(cases) + 1  # every file is in the report, none twice
    for case in cases:
        path = next(p for p in by_path if p == case.name or p.startswith(case.name.split("\udce9")[0]))
        if case.expect == "unreadable":
            finding = unreadable[path]
            assert finding.message and finding.hint, case.name  # says why and what to do
        else:
            assert path not in unreadable, (case.name, unreadable.get(path))
            assert by_path[path].pages, case.name


def test_the_good_file_is_still_checked(torture_report):
    _, report = torture_report
    good = next(d for d in report.documents if d.relpath == "good.pdf")
    assert good.pages and good.pages[0].identifier_found
    assert not [f for f in report.findings if f.path == "good.pdf"]


def test_the_report_is_written_whatever_the_file_names(torture_report):
    _, report = torture_report
    data = json.loads(report.to_json().encode("utf-8"))  # valid UTF-8, even for a Latin-1 name
    assert any("\\xe9" in d["path"] for d in data["documents"])


def test_a_file_that_is_slow_to_read_is_stopped_and_the_rest_is_checked(tmp_path):
    from torture import slow_pdf

    (tmp_path / "slow.pdf").write_bytes(slow_pdf())  # 200 s to draw
    gen.text_pdf(
        tmp_path / "good.pdf",
        [gen.PageSpec(["Bankafschrift", "rekening datum bedrag saldo " * 3], header=f"V-nummer: {V_NUMBER}")],
    )
    report = docchk.scan([tmp_path], v_number=V_NUMBER, jobs=1, cache=False, timeout=3)
    unreadable = {f.path: f for f in report.findings if f.rule == "document.unreadable"}
    assert set(unreadable) == {"slow.pdf"}
    assert "took longer than 3 s and was stopped" in unreadable["slow.pdf"].message
    assert "--timeout" in unreadable["slow.pdf"].hint
    good = next(d for d in report.documents if d.relpath == "good.pdf")
    assert good.pages and good.pages[0].identifier_found  # checked by the worker that replaced it


def test_files_and_folders_it_may_not_read_are_reported_not_skipped(tmp_path):
    """chmod 000 on a file and on a folder of documents. Root reads anything
    (the capabilities CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), so as root
    the scan runs with those two dropped from its capability bounding set."""
    import ctypes
    import os
    import subprocess
    import sys

    folder = tmp_path / "s"
    (folder / "civil").mkdir(parents=True)
    good = gen.text_pdf_bytes(
        [gen.PageSpec(["Bankafschrift", "rekening datum bedrag saldo " * 3], header=f"V-nummer: {V_NUMBER}")]
    )
    for name in ("good.pdf", "locked.pdf", "civil/birth-certificate.pdf"):
        (folder / name).write_bytes(good)
    (folder / "locked.pdf").chmod(0)
    (folder / "civil").chmod(0)

    def without_root_reading():
        pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (cap_dac_override, cap_dac_read_search):
            libc.prctl(pr_capbset_drop, cap, 0, 0, 0)  # needs CAP_SETPCAP; checked below

    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "docchk",
                "scan",
                str(folder),
                "--v-number",
                V_NUMBER,
                "--format",
                "json",
                "--no-cache",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            preexec_fn=without_root_reading if os.geteuid() == 0 else None,
        )
    finally:
        (folder / "civil").chmod(0o755)
        (folder / "locked.pdf").chmod(0o644)
    report = json.loads(result.stdout)
    if not any(f["path"] == "locked.pdf" for f in report["findings"]):
        pytest.skip("this machine does not let root give up reading everything (no CAP_SETPCAP)")
    assert result.returncode == 1, result.stderr
    unreadable = {f["path"]: f for f in report["findings"] if f["rule"] == "document.unreadable"}
    assert set(unreadable) == {"locked.pdf", "civil/"}
    assert "Permission denied" in unreadable["locked.pdf"]["message"]
    assert "were not checked" in unreadable["civil/"]["message"]
    assert "permission" in unreadable["civil/"]["hint"]
    good_doc = next(d for d in report["documents"] if d["path"] == "good.pdf")
    assert good_doc["pages"]
