"""The analysis cache and the worker pool must never change a report.

Every test here compares against a cold, single-job, uncached scan: the
reference a user would trust.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys

import pytest

import docchk
from conftest import SAMPLES, V_NUMBER, gen, plugin_added
from docchk import pipeline
from docchk.cache import AnalysisCache
from docchk.workers import WorkerPool


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("DOCCHK_CACHE_DIR", str(folder))
    return folder


def _count_analyses(monkeypatch) -> list:
    """Count the pages given to the workers to analyse (counted as they are
    handed over, in this process)."""
    calls = []
    real = WorkerPool.submit

    def counting(pool, fn, *args):
        if fn is pipeline.analyse_file_page:
            source, index = args[:2]
            calls.append((source.relpath, index + 1))
        return real(pool, fn, *args)

    monkeypatch.setattr(WorkerPool, "submit", counting)
    return calls


@pytest.fixture
def analysed(monkeypatch):
    return _count_analyses(monkeypatch)


def _scanned_page(path, text="Bankafschrift", seed=1, dpi=200):
    base = gen.render_pages([gen.PageSpec(lines=[f"{text} rekening datum bedrag saldo"] * 12)], dpi)[0]
    img = gen.scan(gen.handwrite(base, V_NUMBER, dpi, xy_mm=(120, 8), size_mm=7), dpi, seed=seed)
    gen.save_image(img, path, dpi=dpi)


def test_cached_and_parallel_reports_equal_a_cold_single_job_scan(cache_dir, monkeypatch):
    folder = SAMPLES / "problems"
    reference = docchk.scan([folder], jobs=1, cache=False).to_dict()
    cold_parallel = docchk.scan([folder], jobs=2).to_dict()  # fills the cache
    warm_parallel = docchk.scan([folder], jobs=2).to_dict()
    with monkeypatch.context() as patch:
        analysed = _count_analyses(patch)
        warm = docchk.scan([folder], jobs=1).to_dict()
    assert analysed == []  # every page came from the cache
    assert cold_parallel == reference
    assert warm == reference
    assert warm_parallel == reference


def test_the_cache_follows_content_and_applicant_not_names(cache_dir, analysed, tmp_path):
    folder = tmp_path / "submission"
    folder.mkdir()
    _scanned_page(folder / "a.png")
    _scanned_page(folder / "b.png", text="Loonstrook", seed=2)
    docchk.scan([folder], v_number=V_NUMBER, jobs=1)
    assert sorted(analysed) == [("a.png", 1), ("b.png", 1)]

    analysed.clear()
    (folder / "a.png").rename(folder / "renamed.png")  # same bytes, new name: a hit
    report = docchk.scan([folder], v_number=V_NUMBER, jobs=1)
    assert analysed == []
    assert [d.relpath for d in report.documents] == ["b.png", "renamed.png"]

    _scanned_page(folder / "b.png", text="Loonstrook", seed=3)  # new content: a miss
    docchk.scan([folder], v_number=V_NUMBER, jobs=1)
    assert analysed == [("b.png", 1)]

    analysed.clear()
    other = "5830017294"  # another applicant reads the pages differently: a miss
    report = docchk.scan([folder], v_number=other, jobs=1, select=["page."])
    assert sorted(analysed) == [("b.png", 1), ("renamed.png", 1)]
    assert {f.rule for f in report.findings} == {"page.missing-identifier"}


def test_no_cache_reads_and_writes_nothing(cache_dir, analysed, tmp_path):
    folder = tmp_path / "submission"
    folder.mkdir()
    _scanned_page(folder / "a.png")
    docchk.scan([folder], v_number=V_NUMBER, jobs=1, cache=False)
    docchk.scan([folder], v_number=V_NUMBER, jobs=1, cache=False)
    assert len(analysed) == 2
    assert not cache_dir.exists()


def test_the_cache_is_private_and_never_in_the_scanned_folder(cache_dir, tmp_path):
    folder = tmp_path / "submission"
    folder.mkdir()
    _scanned_page(folder / "a.png")
    before = sorted(p.name for p in folder.iterdir())
    docchk.scan([folder], v_number=V_NUMBER, jobs=1)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((cache_dir / "analysis.sqlite3").stat().st_mode) == 0o600
    # The key is a hash: no V-number in clear in the database's keys.
    with AnalysisCache() as store:
        keys = [k for (k,) in store._db.execute("SELECT key FROM pages")]
    assert keys and all(V_NUMBER not in k for k in keys)


def test_a_broken_cache_is_no_reason_to_fail(cache_dir, analysed, tmp_path):
    folder = tmp_path / "submission"
    folder.mkdir()
    _scanned_page(folder / "a.png")
    reference = docchk.scan([folder], v_number=V_NUMBER, jobs=1, cache=False).to_dict()
    docchk.scan([folder], v_number=V_NUMBER, jobs=1)
    with AnalysisCache() as store:  # a damaged entry is analysed again
        store._db.execute("UPDATE pages SET facts = x'00ff'")
    analysed.clear()
    assert docchk.scan([folder], v_number=V_NUMBER, jobs=1).to_dict() == reference
    assert analysed == [("a.png", 1)]
    shutil.rmtree(cache_dir)  # not a database at all: scan without a cache
    cache_dir.mkdir()
    (cache_dir / "analysis.sqlite3").write_bytes(b"not a database" * 100)
    assert docchk.scan([folder], v_number=V_NUMBER, jobs=1).to_dict() == reference


def test_cache_info_and_clear_commands(cache_dir, tmp_path):
    folder = tmp_path / "submission"
    folder.mkdir()
    _scanned_page(folder / "a.png")
    docchk.scan([folder], v_number=V_NUMBER, jobs=1)
    env = {**os.environ, "DOCCHK_CACHE_DIR": str(cache_dir)}

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "docchk", "cache", *args], env=env, capture_output=True, text=True, timeout=60
        )

    info = cli("info")
    assert info.returncode == 0 and "1 pages, 1 documents" in info.stdout and str(cache_dir) in info.stdout
    assert "remembered answers" in info.stdout
    cleared = cli("clear")
    assert cleared.returncode == 0 and "Removed 1 cached page analyses, 1 documents" in cleared.stdout
    assert list(cache_dir.iterdir()) == []  # everything it kept is gone, not just emptied
    assert "0 pages, 0 documents, 0 remembered answers (languages, dates):" in cli("info").stdout


def test_plugins_can_ask_for_a_pages_whole_text(cache_dir, tmp_path):
    """docchk_full_text_pages: what document understanding asks for (here
    with docchk's own classifier switched off, so the test plugin asks alone)."""
    from docchk.hookspec import hookimpl

    folder = tmp_path / "submission"
    folder.mkdir()
    _scanned_page(folder / "a.png")

    class WantsPageOne:
        @hookimpl
        def docchk_full_text_pages(self, document, page_count, config):
            return [1]

    off = ("document-type",)
    sampled = docchk.scan([folder], v_number=V_NUMBER, jobs=1, disable_plugins=off)
    assert sampled.documents[0].pages[0].ocr_scope == "sample"
    with plugin_added(WantsPageOne(), "wants-page-one", off):
        whole = docchk.scan([folder], v_number=V_NUMBER, jobs=1, disable_plugins=off)
    page = whole.documents[0].pages[0]
    assert page.ocr_scope == "page" and page.text.count("Bankafschrift") >= 10
    assert {f.rule for f in whole.findings} == {f.rule for f in sampled.findings}


def test_plugins_can_ask_for_a_pages_title_only(cache_dir, tmp_path):
    """docchk_title_pages: the top band of the page is read (a third of the
    cost of the whole page) and serves as its legibility sample."""
    from docchk.hookspec import hookimpl

    folder = tmp_path / "submission"
    folder.mkdir()
    dpi = 200
    lines = ["^# JAAROPGAVE 2025"] + [f"Regel {n}: rekening datum bedrag saldo" for n in range(1, 41)]
    base = gen.render_pages([gen.PageSpec(lines)], dpi)[0]
    gen.save_image(
        gen.scan(gen.handwrite(base, V_NUMBER, dpi, xy_mm=(120, 8), size_mm=7), dpi, seed=4), folder / "a.png", dpi=dpi
    )

    class WantsTitle:
        @hookimpl
        def docchk_title_pages(self, document, page_count, config):
            return [1]

    off = ("document-type",)
    with plugin_added(WantsTitle(), "wants-title", off):
        report = docchk.scan([folder], v_number=V_NUMBER, jobs=1, disable_plugins=off)
    page = report.documents[0].pages[0]
    assert page.ocr_scope == "top" and page.read_top and not page.read_whole
    assert "JAAROPGAVE" in page.text and "Regel 3:" in page.text
    assert "Regel 40:" not in page.text  # the bottom of the page was not read
    assert page.ocr_confidence is not None and page.identifier_found


def test_a_rerun_answers_language_and_issue_date_from_the_cache(cache_dir, tmp_path, monkeypatch):
    """Loading the language model (0.8 s) and dateparser (1 s) is most of a
    cached re-run's cost: their answers are kept by a hash of the text."""
    from docchk import language

    folder = tmp_path / "submission"
    folder.mkdir()
    gen.text_pdf(
        folder / "geburtsurkunde.pdf",
        [
            gen.PageSpec(
                [
                    "^# GEBURTSURKUNDE",
                    "Name: Amira Haddad",
                    "Geburtsdatum: 17. März 1994",
                    "Die Richtigkeit der vorstehenden Angaben wird hiermit bestätigt. Die Urkunde "
                    "wurde aus dem Geburtenregister des Standesamtes erstellt.",
                    "Ausgestellt am 14. Oktober 2026",
                ],
                header=f"V-nummer: {V_NUMBER}",
            )
        ],
    )
    reference = docchk.scan([folder], jobs=1, cache=False).to_dict()
    assert reference["documents"][0]["language"] == "de"
    assert reference["documents"][0]["issue_date"] == "2026-10-14"

    ranked = []
    real_rank = language.rank
    monkeypatch.setattr(language, "rank", lambda piece: ranked.append(piece) or real_rank(piece))
    assert docchk.scan([folder], jobs=1).to_dict() == reference  # fills the cache
    assert ranked
    ranked.clear()
    import dateparser.search

    monkeypatch.setattr(dateparser.search, "search_dates", None)  # would fail if called
    assert docchk.scan([folder], jobs=1).to_dict() == reference
    assert ranked == []
    with AnalysisCache() as store:  # kept by a hash: no text, no name in the cache
        rows = list(store._db.execute("SELECT key, facts FROM answers"))
    assert rows and not any("Haddad" in k or "Haddad" in v for k, v in rows)


def test_the_language_model_is_kept_unpacked_in_the_cache_folder(cache_dir):
    """Unpacking py3langid's model is 0.75 s of every cold scan: it is kept
    as plain arrays (owner-only) in the cache folder, and gives the same
    answers read back."""
    from docchk import language

    text = "Dit is een verklaring van de werkgever over het bruto maandsalaris van de werknemer."
    try:
        language.unpacked_dir = cache_dir
        language._model.cache_clear()
        first = language.rank(text)
        (kept,) = cache_dir.glob("langid-*.npz")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        language._model.cache_clear()
        assert language.rank(text) == first and first[0][0] == "nl"
        with AnalysisCache() as store:
            store.clear()
        assert not list(cache_dir.glob("langid-*.npz"))
    finally:
        language.unpacked_dir = None
        language._model.cache_clear()
