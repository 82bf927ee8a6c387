"""Issue #20: a PDF other readers open is not called damaged.

Each kind of file pypdf alone refused is made here (tests/torture.py) --
nothing is downloaded -- and read through the reader chain of
docchk.readers.PdfDocument: pypdf, then a copy repaired in memory by qpdf,
then PDFium alone; "damaged" only when all of them fail, "password" only
when the file needs one.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile

import pypdf
import pytest
from reportlab.lib.pagesizes import LETTER

import docchk
import torture
from conftest import V_NUMBER, gen
from docchk import pdf_repair, readers
from docchk.discover import discover


def _open(tmp_path, data: bytes, name: str = "doc.pdf") -> readers.PdfDocument:
    path = tmp_path / name
    path.write_bytes(data)
    (source,) = discover([path])
    return readers.open_reader(source)


def _read(tmp_path, data: bytes) -> tuple[str, int, list[readers.Page]]:
    """Which reader read the file, its page count and every page, each drawn once."""
    doc = _open(tmp_path, data)
    try:
        pages = [doc.page(i) for i in range(doc.page_count)]
        for page in pages:
            assert page.render(40).size[0] > 0
        return doc.read_by, doc.page_count, pages
    finally:
        doc.close()


def _is_a4_with_text(page: readers.Page) -> None:
    assert (page.width_mm, page.height_mm) == pytest.approx((210, 297), abs=1)
    assert V_NUMBER in page.text_layer


# --- 1. structure pypdf cannot parse -----------------------------------------


def test_a_broken_cross_reference_table_is_read_from_a_copy_qpdf_repaired(tmp_path):
    data = torture.broken_xref_table()
    with pytest.raises(pypdf.errors.PdfReadError):
        len(pypdf.PdfReader(io.BytesIO(data), strict=False).pages)  # what pypdf alone says
    read_by, count, pages = _read(tmp_path, data)
    assert (read_by, count) == ("qpdf", 1)
    _is_a4_with_text(pages[0])


def test_objects_neither_pypdf_nor_qpdf_can_place_are_read_by_pdfium(tmp_path):
    read_by, count, pages = _read(tmp_path, torture.xref_stream_zeroed())
    assert (read_by, count) == ("pdfium", 1)
    _is_a4_with_text(pages[0])
    assert pages[0].rotation == 0


def test_page_trees_the_readers_count_differently_are_read_from_the_repaired_copy(tmp_path):
    """A null kid: pypdf sees one page, PDFium two (the first fails to
    load), so page 1 of the one was not page 1 of the other."""
    read_by, count, pages = _read(tmp_path, torture.null_kid())
    assert (read_by, count) == ("qpdf", 1)
    _is_a4_with_text(pages[0])


def test_a_page_pypdf_does_not_see_as_a_page_is_read(tmp_path):
    read_by, count, pages = _read(tmp_path, torture.page_named_pages())
    assert (read_by, count) == ("qpdf", 1)
    _is_a4_with_text(pages[0])


def test_a_page_pypdf_cannot_read_is_read_by_pdfium(tmp_path):
    """Page-level: pypdf opens the file but fails on the page's /Rotate;
    PDFium gives its size and text instead of "page damaged"."""
    read_by, _, pages = _read(tmp_path, torture.odd_rotate())
    assert read_by == "pypdf"
    _is_a4_with_text(pages[0])


def test_a_page_with_no_box_at_all_stays_damaged(tmp_path):
    """Every reader would show it as US Letter: a size docchk does not invent."""
    doc = _open(tmp_path, torture.no_mediabox())
    try:
        with pytest.raises(readers.ReadError, match="Page 1 is damaged"):
            doc.page(0)
    finally:
        doc.close()


def test_a_damaged_file_too_large_to_copy_is_read_by_pdfium_from_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_repair, "size_limit", lambda: 1000)
    read_by, _, pages = _read(tmp_path, torture.broken_xref_table())
    assert read_by == "pdfium"
    _is_a4_with_text(pages[0])


def test_the_users_file_is_untouched_and_no_temporary_file_is_made(tmp_path, monkeypatch):
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, make in [
        ("xref.pdf", torture.broken_xref_table),
        ("stream.pdf", torture.xref_stream_zeroed),
        ("tree.pdf", torture.null_kid),
    ]:
        (folder / name).write_bytes(make())
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in folder.iterdir()}
    for source in discover([folder]):
        doc = readers.open_reader(source)
        doc.page(0).render(40)
        doc.close()
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in folder.iterdir()} == before
    assert os.listdir(private_tmp) == []


def test_a_scan_reports_none_of_them_unreadable(tmp_path):
    for name, make in [
        ("xref.pdf", torture.broken_xref_table),
        ("stream.pdf", torture.xref_stream_zeroed),
        ("tree.pdf", torture.null_kid),
        ("rotate.pdf", torture.odd_rotate),
        ("background.pdf", torture.large_inline_background),
    ]:
        (tmp_path / name).write_bytes(make())
    report = docchk.scan([tmp_path], v_number=V_NUMBER, jobs=1, cache=False)
    assert [f for f in report.findings if f.rule == "document.unreadable"] == []
    assert all(d.pages and d.pages[0].identifier_found for d in report.documents)
    assert all(d.pages[0].text_source == "text-layer" for d in report.documents)


# --- 2. encryption -----------------------------------------------------------

#: Every revision of the standard security handler.
REVISIONS = [
    (2, False, "RC4-40"),
    (3, False, "RC4-128"),
    (4, False, "RC4-128"),
    (4, True, "AES-128"),
    (5, True, "AES-256"),
    (6, True, "AES-256"),
]


@pytest.mark.parametrize(("revision", "aes", "cipher"), REVISIONS, ids=lambda v: str(v))
def test_an_empty_user_password_opens_in_every_revision(tmp_path, revision, aes, cipher):
    read_by, _, pages = _read(tmp_path, torture.encrypted(torture._good_pdf(), revision, aes))
    assert read_by == "pypdf"
    _is_a4_with_text(pages[0])


@pytest.mark.parametrize(("revision", "aes", "cipher"), REVISIONS, ids=lambda v: str(v))
def test_a_user_password_is_asked_for_in_every_revision(tmp_path, revision, aes, cipher):
    with pytest.raises(readers.ReadError) as refused:
        _open(tmp_path, torture.encrypted(torture._good_pdf(), revision, aes, user="secret"))
    assert refused.value.reason == "The PDF is password-protected."
    assert "Remove the password" in refused.value.hint


def test_an_owner_password_with_restricted_permissions_opens(tmp_path):
    data = torture.encrypted(
        torture._good_pdf(), 6, True, extract=False, modify_other=False, print_highres=False, print_lowres=False
    )
    read_by, _, pages = _read(tmp_path, data)
    assert read_by == "pypdf"
    _is_a4_with_text(pages[0])


@pytest.mark.parametrize(
    "error",
    [
        pypdf.errors.DependencyError("cryptography is required for AES"),
        pypdf.errors.FileNotDecryptedError("File has not been decrypted"),
        NotImplementedError("unsupported /V"),
    ],
)
def test_an_encryption_pypdf_cannot_open_is_decrypted_by_qpdf(tmp_path, monkeypatch, error):
    """pypdf without its AES dependency, or with a handler it does not
    know: qpdf opens the file with the empty password and hands pypdf a
    decrypted copy."""

    def fail(self, password):
        raise error

    monkeypatch.setattr(pypdf.PdfReader, "decrypt", fail)
    read_by, _, pages = _read(tmp_path, torture.encrypted(torture._good_pdf(), 4, True))
    assert read_by == "qpdf"
    _is_a4_with_text(pages[0])


def test_an_encrypted_file_with_a_broken_cross_reference_table_opens(tmp_path):
    read_by, _, pages = _read(tmp_path, torture.broken_xref_table(torture.encrypted(torture._good_pdf(), 3, False)))
    assert read_by == "qpdf"
    _is_a4_with_text(pages[0])


def test_a_repair_that_loses_the_encryption_is_not_read_as_plain(tmp_path):
    """The trailer glued to the garbage before it: qpdf finds the catalog
    by scanning and knows nothing of /Encrypt, so its copy would show the
    ciphertext as the page (blank, no text). That copy is not used."""
    for user in ("", "secret"):
        data = torture.broken_xref_table(torture.encrypted(torture._good_pdf(), 4, True, user=user))
        data = data.replace(b"X\ntrailer", b"Xtrailer")
        with pytest.raises(readers.ReadError, match="damaged"):
            _open(tmp_path, data)


def test_a_password_is_still_a_password_when_the_structure_is_broken_too(tmp_path):
    data = torture.broken_xref_table(torture.encrypted(torture._good_pdf(), 4, True, user="secret"))
    with pytest.raises(readers.ReadError, match="password-protected"):
        _open(tmp_path, data)


# --- 3. a resource limit hit by an ordinary page -----------------------------


def test_a_large_inline_background_keeps_its_text_layer(tmp_path):
    """The page's content stream decodes to 104 MB, beyond pypdf's 75 MB
    limit (LimitReachedError): the text layer comes from PDFium instead of
    being lost. Bombs stay bounded by docchk's own limits (pixels per
    image, pages per file, time and memory per worker: test_torture.py)."""
    read_by, _, pages = _read(tmp_path, torture.large_inline_background())
    assert read_by == "pypdf"
    _is_a4_with_text(pages[0])


# --- what is still unreadable --------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n" + bytes(range(256)) * 8, torture._good_pdf()[:700]], ids=["garbage", "truncated"]
)
def test_what_no_reader_opens_is_still_damaged(tmp_path, data):
    with pytest.raises(readers.ReadError, match="damaged"):
        doc = _open(tmp_path, data)
        doc.page(0)


# --- docchk fix writes what the scan read ------------------------------------


def test_fix_copies_a_file_only_pdfium_reads_and_says_it_did_not_repair_it(tmp_path):
    """docchk writes PDFs with pypdf; a file only PDFium reads cannot be
    rewritten, so it is copied unchanged, the repair is said not done, and
    the run goes on (before, its ReadError ended the whole fix)."""
    folder = tmp_path / "in"
    folder.mkdir()
    letter = gen.text_pdf_bytes(
        [gen.PageSpec(["Bankafschrift", "rekening datum bedrag saldo " * 3], header=f"V-nummer: {V_NUMBER}")],
        pagesize=LETTER,
    )
    (folder / "letter.pdf").write_bytes(torture.xref_stream_zeroed(letter))
    gen.text_pdf(folder / "fine.pdf", [gen.PageSpec(["x"], header=f"V-nummer: {V_NUMBER}")], pagesize=LETTER)
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "docchk",
            "fix",
            str(folder),
            "--out",
            str(out),
            "--v-number",
            V_NUMBER,
            "--no-cache",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1, result.stderr  # the damaged file's page is still not A4
    log = {f["source"]: f for f in json.loads(result.stdout)["files"]}
    assert [c["action"] for c in log["letter.pdf"]["changes"]] == ["not-repaired"]
    assert (out / "letter.pdf").read_bytes() == (folder / "letter.pdf").read_bytes()
    assert [c["action"] for c in log["fine.pdf"]["changes"]] == ["to-a4"]


def test_fix_writes_a_damaged_file_from_the_repaired_copy(tmp_path):
    """A US Letter page with an overwritten cross-reference table: the scan
    reads it (qpdf's copy) and finds it is not A4, so fix must be able to
    write it. Before, fix opened the file with pypdf alone and its
    PdfReadError ended the whole run."""
    folder = tmp_path / "in"
    folder.mkdir()
    letter = gen.text_pdf_bytes(
        [gen.PageSpec(["Bankafschrift", "rekening datum bedrag saldo " * 3], header=f"V-nummer: {V_NUMBER}")],
        pagesize=LETTER,
    )
    (folder / "letter.pdf").write_bytes(torture.broken_xref_table(letter))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "docchk",
            "fix",
            str(folder),
            "--out",
            str(tmp_path / "out"),
            "--v-number",
            V_NUMBER,
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    fixed = pypdf.PdfReader(tmp_path / "out" / "letter.pdf")
    assert [round(float(v)) for v in fixed.pages[0].mediabox] == [0, 0, 595, 842]
    assert V_NUMBER in fixed.pages[0].extract_text()
