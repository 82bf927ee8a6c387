"""Each page rule on real generated pages: cases that must fire, cases that must not."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.lib.pagesizes import A4, A5, landscape, legal, letter

from conftest import V_NUMBER, gen

BODY = [
    "# Employment contract",
    "Between Acme Software B.V., Amsterdam, and the employee named below.",
    "The employee will work 40 hours per week as a software engineer.",
    "The gross monthly salary is EUR 5,200 excluding holiday allowance.",
    "This contract starts on 1 December 2026 and is entered into for an indefinite period.",
    "The probation period is one month. Notice periods follow the collective agreement.",
    "Signed in Amsterdam on 1 October 2026.",
]


def page(header=f"V-nummer: {V_NUMBER}", lines=BODY):
    return gen.PageSpec(lines=list(lines), header=header)


# --- page.size-not-a4 -------------------------------------------------------


@pytest.mark.parametrize("size,name", [(letter, "US Letter"), (legal, "US Legal"), (A5, "A5")])
def test_size_fires_for_other_paper_and_names_it(tmp_path, scan_folder, size, name):
    gen.text_pdf(tmp_path / "doc.pdf", [page()], pagesize=size)
    report, found = scan_folder(tmp_path)
    assert found == {("page.size-not-a4", "doc.pdf", 1, "error")}
    assert name in report.findings[0].message


def test_size_accepts_a4_in_both_orientations(tmp_path, scan_folder):
    gen.text_pdf(tmp_path / "portrait.pdf", [page()], pagesize=A4)
    gen.text_pdf(tmp_path / "landscape.pdf", [page()], pagesize=landscape(A4))
    _, found = scan_folder(tmp_path)
    assert found == set()


def test_size_honours_rotate_and_user_unit(tmp_path, scan_folder):
    """A4 page stored landscape + /Rotate 90, and an A4 page in UserUnit 2 (half-size box)."""
    writer = pypdf.PdfWriter()
    reader = pypdf.PdfReader(io.BytesIO(gen.text_pdf_bytes([page()], pagesize=A4)))
    rotated = writer.add_page(reader.pages[0])
    rotated.rotate(90)
    writer.write(tmp_path / "rotated.pdf")

    writer = pypdf.PdfWriter()
    p = writer.add_blank_page(width=A4[0] / 2, height=A4[1] / 2)
    p[pypdf.generic.NameObject("/UserUnit")] = pypdf.generic.FloatObject(2)
    writer.write(tmp_path / "unit.pdf")
    report, found = scan_folder(tmp_path, select=["page.size-not-a4"])
    assert found == set()
    sizes = {d.relpath: (d.pages[0].width_mm, d.pages[0].height_mm) for d in report.documents}
    assert sizes["unit.pdf"] == (210.0, 297.0)
    assert sizes["rotated.pdf"] == (297.0, 210.0)


def test_size_of_images_from_their_resolution(tmp_path, scan_folder):
    img = gen.render_pages([page()], dpi=200)[0]
    gen.save_image(img, tmp_path / "a4.png", dpi=200)
    gen.save_image(img, tmp_path / "wrong-dpi.png", dpi=150)  # 280 x 396 mm
    gen.save_image(img.crop((0, 0, img.width, img.width)), tmp_path / "square.png", dpi=None)
    report, found = scan_folder(tmp_path, select=["page.size-not-a4"])
    assert found == {("page.size-not-a4", "wrong-dpi.png", 1, "error"), ("page.size-not-a4", "square.png", 1, "error")}
    square = next(f for f in report.findings if f.path == "square.png")
    assert "without resolution information" in square.message


def test_a4_image_without_resolution_is_taken_as_a4(tmp_path, scan_folder):
    img = gen.render_pages([page()], dpi=200)[0]
    gen.save_image(img, tmp_path / "nodpi.jpg", dpi=None)
    report, found = scan_folder(tmp_path)
    assert found == set()
    assert report.documents[0].pages[0].size_name == "A4"
    assert report.to_dict()["documents"][0]["pages"][0]["dpi_source"] == "assumed-a4"


# --- page.blank -------------------------------------------------------------


def _blank_variants(dpi=150):
    front = gen.render_pages([page()], dpi=dpi)[0]
    return {
        "noise": gen.blank_back(dpi, seed=1),
        "bleed": gen.blank_back(dpi, seed=2, bleed_through=front),
        "holes": gen.blank_back(dpi, seed=3, punch_holes=True),
        "shadow": gen.blank_back(dpi, seed=4, edge_shadow=True),
        "pagenumber": gen.blank_back(dpi, seed=5, page_number="- 2 -"),
        "everything": gen.blank_back(
            dpi, seed=6, bleed_through=front, punch_holes=True, page_number=7, edge_shadow=True
        ),
    }


def test_blank_fires_on_scanner_backs(tmp_path, scan_folder):
    for name, img in _blank_variants().items():
        gen.save_image(img, tmp_path / f"{name}.png", dpi=150)
    _, found = scan_folder(tmp_path)
    assert found == {("page.blank", f"{n}.png", 1, "error") for n in _blank_variants()}


def test_blank_does_not_fire_on_sparse_content(tmp_path, scan_folder):
    """One short line, a signature-sized scribble, or a stamp is content."""
    dpi = 150
    one_line = gen.scan(
        gen.render_pages(
            [gen.PageSpec(lines=["Akte van ontvangst, 1 oktober 2026"], header=f"V-nummer: {V_NUMBER}")], dpi
        )[0],
        dpi,
        seed=7,
    )
    signature = gen.handwrite(gen.blank_back(dpi, seed=8), f"V {V_NUMBER}  A. Haddad", dpi, xy_mm=(60, 150), size_mm=8)
    gen.save_image(one_line, tmp_path / "one-line.png", dpi=dpi)
    gen.save_image(signature, tmp_path / "handwriting.png", dpi=dpi)
    report, found = scan_folder(tmp_path, select=["page.blank"])
    assert found == set()
    assert not any(p.blank for d in report.documents for p in d.pages)


def test_duplex_backs_are_named(tmp_path, scan_folder):
    dpi = 150
    fronts = gen.render_pages([page(), page()], dpi=dpi)
    pages = [
        gen.scan(fronts[0], dpi, seed=1),
        gen.blank_back(dpi, seed=2, bleed_through=fronts[0]),
        gen.scan(fronts[1], dpi, seed=3),
        gen.blank_back(dpi, seed=4),
    ]
    gen.images_to_pdf(pages, tmp_path / "duplex.pdf", dpi=dpi)
    report, found = scan_folder(tmp_path)
    assert found == {("page.blank", "duplex.pdf", 2, "error"), ("page.blank", "duplex.pdf", 4, "error")}
    assert all("duplex" in f.message for f in report.findings)


# --- page.illegible -----------------------------------------------------------


def test_illegible_fires_below_150_dpi_and_not_at_200(tmp_path, scan_folder):
    for dpi in (100, 200):
        img = gen.scan(gen.render_pages([page()], dpi=dpi)[0], dpi, seed=dpi)
        gen.save_image(img, tmp_path / f"scan-{dpi}.jpg", dpi=dpi)
    report, found = scan_folder(tmp_path, select=["page.illegible"])
    assert found == {("page.illegible", "scan-100.jpg", 1, "error")}
    assert "100 dpi" in report.findings[0].message


def test_illegible_uses_the_image_resolution_inside_a_pdf(tmp_path, scan_folder):
    img = gen.scan(gen.render_pages([page()], dpi=100)[0], 100, seed=3)
    gen.images_to_pdf([img], tmp_path / "lowres.pdf", dpi=100)
    report, found = scan_folder(tmp_path, select=["page.illegible"])
    assert found == {("page.illegible", "lowres.pdf", 1, "error")}
    assert report.documents[0].pages[0].dpi == pytest.approx(100, abs=2)


def test_illegible_fires_on_a_dark_page(tmp_path, scan_folder):
    from PIL import ImageEnhance

    img = gen.scan(gen.render_pages([page()], dpi=200)[0], 200, seed=4)
    dark = ImageEnhance.Brightness(img).enhance(0.3)
    gen.save_image(dark, tmp_path / "dark.jpg", dpi=200)
    _, found = scan_folder(tmp_path, select=["page.illegible", "page.blank"])
    assert found == {("page.illegible", "dark.jpg", 1, "error")}


def test_born_digital_pages_are_never_illegible(tmp_path, scan_folder):
    gen.text_pdf(tmp_path / "doc.pdf", [page()])
    _, found = scan_folder(tmp_path, select=["page.illegible"])
    assert found == set()


# --- page.missing-identifier ------------------------------------------------


def test_identifier_on_scans_and_text_pages(tmp_path, scan_folder):
    gen.text_pdf(tmp_path / "text.pdf", [page(), page(header=None)])
    img = gen.scan(gen.render_pages([page(header=None)], 300)[0], 300, seed=9)
    gen.save_image(img, tmp_path / "scan-without.jpg", dpi=300)
    img = gen.scan(gen.render_pages([page(header="V-nr. 2719 283 746")], 300)[0], 300, seed=10)
    gen.save_image(img, tmp_path / "scan-with.jpg", dpi=300)
    _, found = scan_folder(tmp_path)
    assert found == {
        ("page.missing-identifier", "text.pdf", 2, "error"),
        ("page.missing-identifier", "scan-without.jpg", 1, "error"),
    }


def test_handwritten_identifier_in_the_margin_is_read(tmp_path, scan_folder):
    """A fine-pen hand that full-page Tesseract misreads: the margin reader finds it."""
    dpi = 300
    base = gen.render_pages([page(header=None)], dpi)[0]
    written = gen.handwrite(base, V_NUMBER, dpi, xy_mm=(120, 8), size_mm=7, font="dkg")
    gen.save_image(gen.scan(written, dpi, seed=11), tmp_path / "handwritten.jpg", dpi=dpi)
    report, found = scan_folder(tmp_path)
    assert found == set()
    assert report.documents[0].pages[0].margin_ocr


def test_name_and_birth_date_when_there_is_no_v_number(tmp_path, scan_folder):
    gen.text_pdf(tmp_path / "doc.pdf", [page(header="Amira Haddad, 17-03-1994"), page(header=None)])
    _, found = scan_folder(tmp_path, v_number=None, name="Amira Haddad", birth_date="1994-03-17")
    assert found == {("page.missing-identifier", "doc.pdf", 2, "error")}


def test_inferred_v_number_flags_the_pages_without_it(tmp_path, scan_folder):
    gen.text_pdf(tmp_path / "doc.pdf", [page(), page(), page(header=None)])
    report, found = scan_folder(tmp_path, v_number=None)
    assert found == {("page.missing-identifier", "doc.pdf", 3, "error")}
    assert report.submission.inferred_v_number == V_NUMBER


def test_no_identifier_anywhere_is_one_warning(tmp_path, scan_folder):
    gen.text_pdf(tmp_path / "doc.pdf", [page(header=None), page(header=None)])
    report, found = scan_folder(tmp_path, v_number=None)
    assert found == {("page.missing-identifier", None, None, "warning")}
    assert report.ready


# --- document.unreadable ----------------------------------------------------


def test_unreadable_files_are_findings_and_the_scan_goes_on(tmp_path, scan_folder):
    good = gen.text_pdf_bytes([page()])
    (tmp_path / "good.pdf").write_bytes(good)
    (tmp_path / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    (tmp_path / "empty.pdf").write_bytes(b"")
    gen.encrypted_pdf(tmp_path / "locked.pdf", good, user_password="secret")
    gen.zip_files(tmp_path / "scans.zip", [("a.pdf", good)])
    (tmp_path / "notes.txt").write_text("hello")
    report, found = scan_folder(tmp_path)
    assert found == {
        ("document.unreadable", n, None, "error")
        for n in ["truncated.pdf", "empty.pdf", "locked.pdf", "scans.zip", "notes.txt"]
    }
    messages = {f.path: f.message for f in report.findings}
    assert "password" in messages["locked.pdf"]
    assert "empty" in messages["empty.pdf"]
    assert "ZIP" in messages["scans.zip"]
    good_doc = next(d for d in report.documents if d.relpath == "good.pdf")
    assert good_doc.pages and good_doc.error is None


def test_pdf_with_only_an_owner_password_is_readable(tmp_path, scan_folder):
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(gen.text_pdf_bytes([page()])))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    writer.write(tmp_path / "statement.pdf")
    report, found = scan_folder(tmp_path)
    assert found == set()
    assert report.documents[0].pages[0].text_source == "text-layer"
