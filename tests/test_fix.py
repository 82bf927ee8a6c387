"""`docchk fix`: a corrected copy that a rescan finds nothing repairable
in, with the originals' text and pixels kept and the originals untouched.
Real PDFs (reportlab, pypdf), real rendering (PDFium), real OCR."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import numpy as np
import pypdf
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4, A5, landscape, letter

import docchk
from conftest import SAMPLES, V_NUMBER, folder_state, gen
from docchk import fix, pipeline
from docchk.api import build_config

REPAIRABLE = set(fix.REPAIRABLE)


def _cli(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "docchk", *args], capture_output=True, text=True, timeout=600, **kwargs
    )


def _render(path, index=0, scale=1.0) -> np.ndarray:
    doc = pdfium.PdfDocument(str(path))
    try:
        return np.asarray(doc[index].render(scale=scale, grayscale=True).to_pil().convert("L"), dtype=np.int16)
    finally:
        doc.close()


def _text(path, index=0) -> str:
    return pypdf.PdfReader(path).pages[index].extract_text()


@pytest.fixture(scope="module")
def fixed_problems(tmp_path_factory):
    """samples/problems fixed with the CLI (a copy: the samples stay pristine)."""
    base = tmp_path_factory.mktemp("fix")
    folder = base / "problems"
    shutil.copytree(SAMPLES / "problems", folder)
    before = folder_state(folder)
    result = _cli("fix", str(folder), "--out", str(base / "fixed"))
    return folder, base / "fixed", result, before


def test_fix_leaves_nothing_repairable_and_lists_what_is_left(fixed_problems):
    folder, out, result, before = fixed_problems
    assert result.returncode == 1, result.stderr  # low-resolution.jpg is still illegible: a finding
    assert folder_state(folder) == before  # the originals are untouched
    rescan = docchk.scan([out], jobs=2)
    assert not [f for f in rescan.findings if f.rule in REPAIRABLE]
    left = {(f.rule, f.path) for f in rescan.findings if f.severity.value == "error"}
    assert left == {("page.illegible", "low-resolution.pdf")}
    assert "Still to do" in result.stdout and "page.illegible" in result.stdout
    # Unreadable and unsupported files are named, not copied.
    for name in ("broken.pdf", "encrypted.pdf", "empty.pdf", "scans.zip"):
        assert f"{name}: not written" in result.stdout
        assert not (out / name).exists()
    assert (out / "docchk.toml").read_bytes() == (folder / "docchk.toml").read_bytes()  # no file renamed in it


def test_per_file_facts_follow_an_image_that_becomes_a_pdf(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    page = gen.render_pages([gen.PageSpec(["Verklaring", "tekst " * 10], header=f"V-nummer: {V_NUMBER}")], 150)[0]
    gen.save_image(page, folder / "letter.png", dpi=150)
    (folder / "docchk.toml").write_text('[files."letter.png"]\ntype = "employer-declaration"\n', "utf-8")
    result = _cli("fix", str(folder), "--out", str(tmp_path / "out"), "--v-number", V_NUMBER, "--format", "json")
    log = json.loads(result.stdout)
    assert '[files."letter.pdf"]' in (tmp_path / "out" / "docchk.toml").read_text("utf-8")
    assert not [f for f in log["still_to_do"] if f["rule"] == "submission.unclassified-document"]
    assert docchk.scan([tmp_path / "out"]).documents[0].type == "employer-declaration"


def test_the_change_log_records_every_change(fixed_problems):
    _, out, _, _ = fixed_problems
    log = json.loads((out / fix.LOG_NAME).read_text("utf-8"))
    changes = {(f["source"], c["page"], c["action"]) for f in log["files"] for c in f["changes"]}
    assert changes == {
        ("a5-notice.pdf", 1, "to-a4"),
        ("letter-size.pdf", 1, "to-a4"),
        ("id-card-photo.jpg", None, "to-pdf"),
        ("id-card-photo.jpg", 1, "to-a4"),
        ("low-resolution.jpg", None, "to-pdf"),
        ("duplex-scan.pdf", 2, "removed-blank"),
        ("duplex-scan.pdf", 4, "removed-blank"),
        ("missing-vnumber.pdf", 2, "stamped-identifier"),
        ("handwritten-missing.pdf", 2, "stamped-identifier"),
    }
    outputs = {f["source"]: f["output"] for f in log["files"]}
    assert outputs["id-card-photo.jpg"] == "id-card-photo.pdf" and outputs["broken.pdf"] is None
    assert log["ready"] is False and {f["rule"] for f in log["still_to_do"]} >= {"page.illegible"}
    assert V_NUMBER not in json.dumps(log)  # the log quotes no identifier


def test_vector_pages_keep_their_text_and_their_look(fixed_problems):
    folder, out, _, _ = fixed_problems
    for name, size_mm in (("letter-size.pdf", (215.9, 279.4)), ("a5-notice.pdf", (148, 210))):
        page = pypdf.PdfReader(out / name).pages[0]
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        assert _text(out / name).replace("\n", " ").split() == _text(folder / name).replace("\n", " ").split()
        assert not page.images  # not rasterised
        # The original drawn at the fix's scale matches the centred region of the output.
        scale = min(210 / size_mm[0], 297 / size_mm[1])
        original = _render(folder / name, scale=scale * 2)
        fixed = _render(out / name, scale=2)
        top = (fixed.shape[0] - original.shape[0]) // 2
        left = (fixed.shape[1] - original.shape[1]) // 2
        region = fixed[top : top + original.shape[0], left : left + original.shape[1]]
        assert np.abs(region - original).mean() < 3, name


def test_images_become_pdfs_with_their_pixels_unchanged(fixed_problems):
    folder, out, _, _ = fixed_problems
    page = pypdf.PdfReader(out / "id-card-photo.pdf").pages[0]
    [xobject] = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
    assert xobject["/Filter"] == "/DCTDecode"
    assert xobject.get_data() == (folder / "id-card-photo.jpg").read_bytes()  # the JPEG itself, not re-encoded
    # At its true size (85.6 x 54 mm at 300 dpi), centred on A4 landscape.
    assert float(page.mediabox.width) > float(page.mediabox.height)
    pdf = pdfium.PdfDocument(str(out / "id-card-photo.pdf"))
    [obj] = list(pdf[0].get_objects())
    left, bottom, right, top = obj.get_bounds()
    assert abs((right - left) / 72 * 25.4 - 85.6) < 1 and abs((top - bottom) / 72 * 25.4 - 54) < 1


def test_a_lossless_image_keeps_every_pixel(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    page = gen.render_pages([gen.PageSpec(["Bankafschrift", "rekening datum bedrag saldo"])], 150)[0]
    page = page.resize((page.width * 148 // 210, page.height * 148 // 210))  # an A5 scan
    gen.save_image(page, folder / "statement.png", dpi=150)
    report = docchk.scan([folder], v_number=V_NUMBER, jobs=1)
    config = build_config([folder], v_number=V_NUMBER, jobs=1)
    plan = fix.plan([folder], config)
    fix.execute([folder], plan, tmp_path / "out", config)
    [image] = pypdf.PdfReader(tmp_path / "out" / "statement.pdf").pages[0].images
    assert np.array_equal(
        np.asarray(image.image.convert("L")), np.asarray(Image.open(folder / "statement.png").convert("L"))
    )
    assert "page.size-not-a4" in {f.rule for f in report.findings}  # A5 before, A4 after:
    assert not {f.rule for f in docchk.scan([tmp_path / "out"], v_number=V_NUMBER, jobs=1).findings} & REPAIRABLE


def test_rotated_and_mixed_size_pages_all_become_a4(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    writer = pypdf.PdfWriter()
    for size, lines in (
        (A4, ["Pagina een"]),
        (letter, ["Pagina twee"]),
        (landscape(A5), ["Pagina drie"]),
        (letter, ["Pagina vier gedraaid"]),
    ):
        buffer = io.BytesIO()
        gen.text_pdf(buffer, [gen.PageSpec(lines + ["tekst " * 12], header=f"V-nummer: {V_NUMBER}")], pagesize=size)
        writer.append(pypdf.PdfReader(io.BytesIO(buffer.getvalue())))
    writer.pages[3].rotate(90)  # shown as landscape Letter
    with open(folder / "mixed.pdf", "wb") as fh:
        writer.write(fh)
    before = [_text(folder / "mixed.pdf", i) for i in range(4)]
    result = _cli("fix", str(folder), "--out", str(tmp_path / "out"), "--v-number", V_NUMBER, "--no-progress")
    assert result.returncode == 0, result.stdout + result.stderr
    fixed = pypdf.PdfReader(tmp_path / "out" / "mixed.pdf")
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)), p.rotation) for p in fixed.pages]
    assert sizes == [(595, 842, 0), (595, 842, 0), (842, 595, 0), (842, 595, 0)]
    for i in range(4):
        assert _text(tmp_path / "out" / "mixed.pdf", i).split() == before[i].split()
    assert "page 1:" not in result.stdout  # the A4 page is left alone


def test_the_stamp_is_text_and_ocr_reads_it_back(fixed_problems):
    """On a scanned page, the stamped V-number is in the text layer and
    Tesseract reads it from the rendered page."""
    _, out, _, _ = fixed_problems
    path = out / "handwritten-missing.pdf"
    assert V_NUMBER in _text(path, 1)
    config = build_config([out])
    engine = pipeline._engine(config, "page")
    image = pdfium.PdfDocument(str(path))[1].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    image.info["dpi"] = (300, 300)
    top = image.crop((0, 0, image.width, image.height // 6))  # the stamp went in the top margin
    assert V_NUMBER in engine.ocr(top).text.replace(" ", "")


def test_fixing_a_fixed_folder_changes_nothing(fixed_problems, tmp_path):
    _, out, _, _ = fixed_problems
    again = tmp_path / "again"
    result = _cli("fix", str(out), "--out", str(again), "--no-progress", "--format", "json")
    log = json.loads(result.stdout)
    assert [f["changes"] for f in log["files"]] == [[]] * len(log["files"])
    for f in log["files"]:
        assert (again / f["output"]).read_bytes() == (out / f["source"]).read_bytes()


def test_dry_run_writes_nothing_and_says_what_would_change(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES / "problems", folder)
    result = _cli("fix", str(folder), "--out", str(tmp_path / "out"), "--dry-run", "--no-progress")
    assert result.returncode == 0
    assert not (tmp_path / "out").exists()
    assert "letter-size.pdf:\n  page 1: to-a4" in result.stdout
    assert "duplex-scan.pdf:\n  page 2: removed-blank" in result.stdout
    assert "would change 7 of 11 file(s)" in result.stdout


def test_fix_prints_names_with_brackets_as_they_are(tmp_path):
    """Rich markup in a file name ("[red]", "[2]") is printed, not eaten."""
    from reportlab.lib.pagesizes import letter

    folder = tmp_path / "in"
    folder.mkdir()
    gen.text_pdf(
        folder / "scan [2] [bold]x.pdf", [gen.PageSpec(["x"], header=f"V-nummer: {V_NUMBER}")], pagesize=letter
    )
    result = _cli("fix", str(folder), "--out", str(tmp_path / "out"), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "scan [2] [bold]x.pdf:" in result.stdout


def test_an_output_folder_that_would_touch_the_input_is_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    gen.text_pdf(folder / "a.pdf", [gen.PageSpec(["x"], header=f"V-nummer: {V_NUMBER}")])
    before = folder_state(tmp_path)
    inside = _cli("fix", str(folder), "--out", str(folder / "fixed"))
    assert inside.returncode == 2 and "inside the folder being fixed" in inside.stderr
    around = _cli("fix", str(folder), "--out", str(tmp_path))
    assert around.returncode == 2 and "inside the folder being fixed" not in around.stderr
    assert folder_state(tmp_path) == before  # nothing created or removed
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    refused = _cli("fix", str(folder), "--out", str(busy))
    assert refused.returncode == 2 and "--force" in refused.stderr
    # A dry run refuses what the real run refuses (it promised a run that would fail).
    for out in (folder / "fixed", busy):
        dry = _cli("fix", str(folder), "--out", str(out), "--dry-run")
        assert dry.returncode == 2 and "--out" in dry.stderr, dry.stderr
    assert (busy / "keep.txt").read_text() == "mine"
    forced = _cli("fix", str(folder), "--out", str(busy), "--force", "--no-progress")
    assert forced.returncode == 0, forced.stderr
    assert sorted(p.name for p in busy.iterdir()) == ["a.pdf", fix.LOG_NAME]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".docchk-fix-")]


def test_a_failed_run_leaves_no_output_folder(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES / "problems", folder)
    config = build_config([folder], jobs=1)
    plan = fix.plan([folder], config)
    written = []
    real = fix._write_file

    def fails_on_the_third(*args):
        written.append(args[0].source)
        if len(written) == 3:
            raise OSError(28, "No space left on device")
        return real(*args)

    monkeypatch.setattr(fix, "_write_file", fails_on_the_third)
    with pytest.raises(OSError):
        fix.execute([folder], plan, tmp_path / "out", config)
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no staging folder left


def test_a_killed_run_leaves_no_partial_output_folder(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES / "problems", folder)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "docchk", "fix", str(folder), "--out", str(out), "--no-cache"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(tmp_path.glob(".docchk-fix-out-*/*.pdf")):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # mid-way through writing or rescanning
    proc.wait()
    assert not out.exists()
    again = _cli("fix", str(folder), "--out", str(out), "--no-progress")
    assert again.returncode == 1 and (out / fix.LOG_NAME).exists()
    assert not list(tmp_path.glob(".docchk-fix-*"))  # the killed run's staging folder is cleared


def test_merge_writes_one_pdf_per_document_type(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES / "clean", folder)
    result = _cli("fix", str(folder), "--out", str(tmp_path / "out"), "--merge", "--no-progress")
    assert result.returncode == 0, result.stdout + result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(
        [
            "birth-certificate.pdf",
            "diploma.pdf",
            "docchk.toml",
            fix.LOG_NAME,
            "employment-contract.pdf",
            "passport.pdf",
            "payslip.pdf",
        ]
    )
    assert len(pypdf.PdfReader(tmp_path / "out" / "diploma.pdf").pages) == 2


@pytest.mark.parametrize("name", ["missing-vnumber.pdf", "handwritten-missing.pdf"])
def test_the_stamp_covers_no_content(fixed_problems, name):
    """Everything the stamp changed on the page was empty paper before."""
    folder, out, _, _ = fixed_problems
    before, after = _render(folder / name, 1, scale=2), _render(out / name, 1, scale=2)
    assert before.shape == after.shape
    rows, cols = np.nonzero(np.abs(after - before) > 40)
    assert len(rows), "nothing was stamped"
    box = before[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    assert box.min() >= 200  # paper (a scan's paper is not pure white)
    assert (rows.max() - rows.min()) / 2 < 12 * 1.6  # one line of 10 pt text, in points
