"""Report formats, all made from one report object: Markdown, JUnit XML,
and the HTML report checked in a real headless Chromium (Debian's), which
loads it with every network request blocked and recorded."""

from __future__ import annotations

import io
import json
import os
from xml.etree import ElementTree as ET

import pytest

import docchk
from conftest import ROOT, SAMPLES, V_NUMBER, gen
from docchk.plugins import plugin_manager

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def problems():
    return docchk.scan([SAMPLES / "problems"], jobs=2)


def _render(report, fmt: str, **options) -> str:
    formats = {}
    plugin_manager().hook.docchk_report_formats(register=lambda name, fn: formats.__setitem__(name, fn))
    out = io.StringIO()
    formats[fmt](report, out, {"no_color": True, **options})
    return out.getvalue()


def test_markdown_lists_every_finding(problems):
    text = _render(problems, "markdown")
    assert text.startswith("## docchk: ❌ **Not ready to submit**")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) == len(problems.findings)
    for f in problems.findings:
        assert f"`{f.rule}`" in text and f.message.replace("|", "\\|") in text
    assert all(row.count(" | ") == 4 for row in rows)  # no cell breaks its row


def test_junit_has_one_case_per_rule_and_document(problems):
    root = ET.fromstring(_render(problems, "junit"))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {d.relpath for d in problems.documents} | {"(submission)"}
    failures = [(c.get("classname"), c.get("name")) for c in root.iter("testcase") if c.find("failure") is not None]
    errors = {(f.path or "(submission)", f.rule) for f in problems.findings if f.severity.value == "error"}
    assert set(failures) == errors
    assert int(root.get("failures")) == len(failures)
    assert int(root.get("tests")) == sum(1 for _ in root.iter("testcase"))
    broken = suites["broken.pdf"]
    assert broken.find("testcase[@name='page.blank']/skipped") is not None  # not checked, not "passed"


def test_redact_masks_identifiers_in_every_format(tmp_path):
    folder = tmp_path / "Amira Haddad 2719283746"
    folder.mkdir()
    import shutil

    shutil.copy(SAMPLES / "problems" / "letter-size.pdf", folder / "haddad-2719283746.pdf")
    report = docchk.scan([folder], v_number=V_NUMBER, name="Amira Haddad", birth_date="1994-03-17", jobs=1).redacted()
    for fmt in ("json", "markdown", "junit", "terminal", "html"):
        text = _render(report, fmt, redact=True)
        assert V_NUMBER not in text and "Haddad" not in text and "haddad" not in text, fmt
    assert json.loads(report.to_json())["documents"][0]["path"] == "[name]-[number].pdf"


playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: scripts/setup.sh --test installs Debian's chromium")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield chromium
        chromium.close()


def _open(browser, path, width=1100):
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    page.goto(path.as_uri())
    return page, requests


def test_the_html_report_renders_the_problems_folder(browser, problems, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(_render(problems, "html"), "utf-8")
    page, requests = _open(browser, path)
    assert requests == [path.as_uri()]  # self-contained: nothing else is fetched
    assert page.locator("h1").inner_text() == "Not ready to submit"
    # It names the application, and starts with what to fix, linked to the pages.
    about = page.locator("section.about").inner_text()
    assert str(SAMPLES / "problems") in about and problems.config.submission_date.isoformat() in about
    from docchk.plugins import installed_version

    assert f"docchk {installed_version()}" in about and "2719283746" in about  # from the folder's docchk.toml
    summary = page.locator("section.summary li")
    assert summary.count() == len({f.rule for f in problems.findings})
    assert "page.missing-identifier" in summary.first.inner_text() or summary.first.get_attribute("class") == "error"
    for link in page.locator("section.summary a").all():
        assert page.locator(f'[id="{link.get_attribute("href")[1:]}"]').count() == 1
    documents = page.locator("section.document")
    assert documents.count() == len(problems.documents)
    # Each page finding is pinned to its page's figure, under its thumbnail.
    for f in problems.findings:
        if f.path and f.page:
            figure = page.locator(f'figure[id="{f.path}-p{f.page}"]')
            assert f.message in figure.inner_text(), f.message
            if f.severity.value == "error":
                assert "has-error" in figure.get_attribute("class")
    thumbs = page.locator("figure.page img")
    readable_pages = sum(len(d.pages) for d in problems.documents if d.error is None)
    assert thumbs.count() == readable_pages
    assert all(
        page.evaluate("img => img.complete && img.naturalWidth > 100", thumbs.nth(i).element_handle())
        for i in range(thumbs.count())
    )
    # The identifier's place is outlined where the text layer holds it.
    assert page.locator('figure[id="letter-size.pdf-p1"] .region.identifier').count() >= 1
    # ... and the apostille on a scanned page, from the words OCR read.
    assert page.locator('figure[id="handwritten-missing.pdf-p2"] .region.legalisation').count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-html-problems.png"), full_page=True)
    # The severity filter hides what is unticked.
    blank = page.locator('figure[id="duplex-scan.pdf-p2"] li.error')
    assert blank.is_visible()
    page.locator('.filters input[value="error"]').uncheck()
    assert not blank.is_visible()
    assert page.locator("li.warning").first.is_visible()
    page.close()


def test_the_html_report_reads_on_a_phone(browser, problems, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(_render(problems, "html"), "utf-8")
    page, _ = _open(browser, path, width=390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    width = page.locator("figure.page").first.bounding_box()["width"]
    assert width > 300  # one page per row, at full width
    page.screenshot(path=str(ARTIFACTS / "report-html-phone.png"))
    page.close()


def test_the_html_report_of_a_permit_shows_the_checklist(browser, tmp_path):
    report = docchk.scan([SAMPLES / "clean"], permit="kennismigrant", jobs=2)
    path = tmp_path / "report.html"
    path.write_text(_render(report, "html"), "utf-8")
    page, _ = _open(browser, path)
    rows = page.locator("section.checklist tr")
    assert rows.count() == len(report.permit_checklist()["requirements"]) + 1
    assert "passport" in page.locator("section.checklist").inner_text().lower()
    page.close()


def _thumbnail_texts(html_text: str) -> dict[str, str]:
    """{figure id: what Tesseract reads in its thumbnail}, each thumbnail
    enlarged four times first (a reader zooming in)."""
    import base64
    import re

    import tesserocr
    from PIL import Image

    from docchk.builtin_plugins.tesseract_ocr import TESSDATA_DIRS

    tessdata = next(d for d in TESSDATA_DIRS if os.path.isdir(d))
    found = {}
    for fid, data in re.findall(
        r'<figure class="page[^"]*" id="([^"]+)"><div class="thumb"><img alt="[^"]*" '
        r'src="data:image/jpeg;base64,([^"]+)"',
        html_text,
    ):
        image = Image.open(io.BytesIO(base64.b64decode(data)))
        image = image.resize((image.width * 4, image.height * 4), Image.LANCZOS)
        found[fid] = tesserocr.image_to_text(image, lang="eng", path=tessdata + "/")
    return found


def _shows_identifier(text: str) -> bool:
    from docchk.identifiers import is_found, substring_distance

    digits = "".join(c for c in text if c.isdigit())
    folded = " ".join(text.lower().split())
    return (
        is_found(substring_distance(V_NUMBER, digits))
        or "haddad" in folded
        or "amira" in folded
        or "1994" in digits
        or "17-03" in folded
        or "17.03" in folded
    )


def test_redacted_thumbnails_of_scans_cannot_be_read_back(browser, tmp_path):
    """--redact fails closed: the V-number of a scanned page (found by OCR,
    or not) and the name printed large on a scan are not readable in the
    thumbnails, which OCR reads fine when the report is not redacted."""
    import shutil

    folder = tmp_path / "s"
    folder.mkdir()
    for name in ("birth-certificate.jpg", "diploma.tiff"):
        shutil.copy(SAMPLES / "clean" / name, folder / name)
    shutil.copy(SAMPLES / "problems" / "letter-size.pdf", folder / "letter.pdf")
    # A scan whose identifier is where docchk does not look for it: the name
    # and birth date in 28-point type mid-page, no V-number.
    page = gen.PageSpec(["^# CERTIFICATE OF RESIDENCE", "", "", "^# AMIRA HADDAD", "", "^# 17-03-1994"], font_size=22)
    image = gen.scan(gen.render_pages([page], 150)[0], 150, seed=3)
    gen.images_to_pdf([image], folder / "residence-scan.pdf", 150)
    report = docchk.scan([folder], v_number=V_NUMBER, name="Amira Haddad", birth_date="1994-03-17", jobs=2)
    plain, masked = _render(report, "html"), _render(report.redacted(), "html", redact=True)
    readable = {fid for fid, text in _thumbnail_texts(plain).items() if _shows_identifier(text)}
    # The test can fail: unredacted, OCR reads the identifier off the scans.
    assert {"birth-certificate.jpg-p1", "residence-scan.pdf-p1"} <= readable, readable
    masked_texts = _thumbnail_texts(masked)
    assert len(masked_texts) == sum(len(d.pages) for d in report.documents)
    leaks = {fid: text for fid, text in masked_texts.items() if _shows_identifier(text)}
    assert leaks == {}
    assert 'class="region identifier"' in plain and "region identifier" not in masked
    assert "Amira Haddad" in plain and "[redacted]" in masked  # the application's header too
    path = tmp_path / "masked.html"
    path.write_text(masked, "utf-8")
    shown, _ = _open(browser, path)
    assert shown.locator(".region.identifier").count() == 0  # no outline pointing at it either
    assert shown.locator("figure.page img").count() == len(masked_texts)
    ARTIFACTS.mkdir(exist_ok=True)
    shown.screenshot(path=str(ARTIFACTS / "report-html-redacted.png"), full_page=True)
    shown.close()
