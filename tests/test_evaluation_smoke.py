"""benchmarks/evaluation.py keeps working: its data builds ten applications
within the issue's bounds, and a part of one application is written, scanned
by docchk and scored (a few seconds; the full run is the benchmark)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import evaluation as E  # noqa: E402

E._load()


def test_the_ten_applications_are_within_the_issues_bounds():
    docs = E.build()
    pages: dict[str, int] = {}
    for d in docs:
        pages[d["app"]] = pages.get(d["app"], 0) + len(d["pages"])
    assert len(pages) == 10
    assert all(8 <= n <= 15 for n in pages.values()), pages
    assert 100 <= sum(pages.values()) <= 130
    languages = {d["truth"]["language"] for d in docs}
    assert {"tr", "pt", "pl", "it", "ru", "uk", "es", "ar", "zh", "id", "nl", "en", "de", "fr"} <= languages
    formats = {d["truth"]["format"] for d in docs}
    assert {"digital", "pdf-scan", "tiff", "png", "jpeg", "photo"} <= formats
    # apostilles in another language than the document's own content
    assert any(
        d["truth"]["apostille"] and d["truth"]["apostille_language"].split("-")[0] != d["truth"]["language"]
        for d in docs
    )
    # a translated original needs no accepted language; an untranslated one does
    assert any(d["truth"]["language_not_accepted"] for d in docs)
    assert not any(
        d["truth"]["language_not_accepted"] for d in docs if d["entry"]["file"].endswith("dogum-belgesi.pdf")
    )


def test_the_heldout_set_builds(monkeypatch):
    monkeypatch.setattr(E, "SET", "heldout")
    docs = E.build()
    assert len({d["app"] for d in docs}) == 3 and sum(len(d["pages"]) for d in docs) >= 20
    assert all(d["template"]["pages"] for d in docs)


def test_part_of_an_application_is_written_scanned_and_scored(tmp_path):
    docs = [d for d in E.build(["a06-mx"]) if d["entry"]["file"] in ("loonstrook-nov.png", "employment-agreement.pdf")]
    assert len(docs) == 2
    E.write_all(docs, tmp_path)
    answers, _ = E.run_docchk(docs, tmp_path, jobs=1)
    truth = {f"{d['app']}/{d['entry']['file']}": d["truth"] for d in docs}
    R = E.score(truth, answers)
    assert not R["missing"]
    assert R["measures"]["n"] == 2 and R["measures"]["type_n"] == 2
    assert sum(R["rules"]["page.blank"].values()) == 1 + 3  # one page and three: every page is scored
    lines = E.render(
        R,
        {
            "date": "2026-12-03",
            "version": "test",
            "command": "test",
            "applications": 1,
            "documents": 2,
            "pages": 4,
            "write_s": 0.0,
            "scan_s": 0.0,
            "total_s": 0.0,
            "cores": 1,
            "truth_file": "-",
            "results_file": "-",
        },
        None,
        docs,
    )
    assert lines[0] == E.MARK_BEGIN and lines[-1] == E.MARK_END
