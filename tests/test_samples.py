"""The sample folders give exactly their labelled findings, and are what the
generator makes (so the samples and the generator cannot drift apart)."""

from __future__ import annotations

import hashlib
import json

import jsonschema
import pytest

import docchk
from conftest import ROOT, SAMPLES, gen


def _expected(name):
    return {
        (f["rule"], f["path"], f["page"], f["severity"])
        for f in json.loads((SAMPLES / "expected" / f"{name}.json").read_text())
    }


@pytest.fixture(scope="module")
def reports():
    # Settings (the V-number) come from each folder's docchk.toml.
    return {name: docchk.scan([SAMPLES / name], jobs=2) for name in ("clean", "problems")}


@pytest.mark.parametrize("name", ["clean", "problems"])
def test_sample_gives_exactly_its_labelled_findings(reports, name):
    report = reports[name]
    assert {(f.rule, f.path, f.page, f.severity.value) for f in report.findings} == _expected(name)
    assert report.ready == (name == "clean")


@pytest.mark.parametrize("name", ["clean", "problems"])
def test_sample_report_validates_against_the_schema(reports, name):
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
    jsonschema.validate(json.loads(reports[name].to_json()), schema)


def test_every_finding_says_how_to_fix_it(reports):
    for f in reports["problems"].findings:
        assert f.message and f.hint, f


def test_pages_are_read_the_cheap_way(reports):
    """OCR reads only what the checks need (docs/performance.md)."""
    pages = {(d.relpath, p.number): p for r in reports.values() for d in r.documents for p in d.pages}
    assert pages[("employment-contract.pdf", 1)].text_source == "text-layer"
    assert pages[("employment-contract.pdf", 1)].ocr_scope is None
    # A short document is read whole: understanding it needs its text.
    passport = pages[("passport-copy.pdf", 1)]
    assert (passport.text_source, passport.ocr_scope) == ("ocr", "page")
    assert passport.identifier_found and passport.ocr_confidence > 60
    # Inside a longer one (first and last pages read whole), a page with the
    # number in its margin: the margins and a band of text for legibility.
    inner = pages[("duplex-scan.pdf", 3)]
    assert (inner.text_source, inner.margin_ocr, inner.ocr_scope) == ("ocr", True, "sample")
    assert inner.identifier_found and inner.ocr_confidence > 60
    assert pages[("duplex-scan.pdf", 2)].text_source == "none"  # blank: never OCR'd
    # Not in the margins: the whole page is read before calling it missing.
    missing = pages[("handwritten-missing.pdf", 2)]
    assert missing.margin_ocr and missing.ocr_scope == "page" and not missing.identifier_found


def _digests(folder):
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_committed_samples_are_what_the_generator_makes(tmp_path):
    gen.generate(tmp_path)
    for name in ("clean", "problems", "expected"):
        assert _digests(tmp_path / name) == _digests(SAMPLES / name), name
