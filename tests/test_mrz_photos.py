"""Identity documents as people photograph them (issue #19): the failure
kinds of benchmarks/mrz_photos.py, kept as regression tests on real
Tesseract and images rendered by benchmarks/mrz_specimens.py.

Before the MRZ was found by its shape, a passport turned a quarter on a
table, a card upside down, or a passport small on a 150 dpi A4 gave no MRZ
(the whole-page reading finds no line), and the document was typed `other`.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import mrz_specimens as spec  # noqa: E402

from docchk.builtin_plugins.tesseract_ocr import TesseractEngine  # noqa: E402
from docchk.mrz import check_digit, find_mrz  # noqa: E402
from docchk.mrz_zone import find_zones, read_mrz_image  # noqa: E402

TODAY = dt.date(2026, 12, 1)
STYLE = dict(spec.SETS["tune"]["style"], header="REPUBLIC OF UTOPIA")
pytestmark = pytest.mark.skipif(not Path(spec.OCRB).is_file(), reason="needs Debian's fonts-ocr-b")


def _with_check(field: str) -> str:
    return field + check_digit(field)


def td3() -> list[str]:
    number, dob, exp = "NX4827153", "940317", "310821"
    head = _with_check(number) + "UTO" + _with_check(dob) + "F" + _with_check(exp)
    personal = "<" * 14
    composite = _with_check(number) + _with_check(dob) + _with_check(exp) + personal + "<"
    return ["P<UTOHADDAD<<AMIRA<NOOR".ljust(44, "<"), head + personal + "<" + check_digit(composite)]


def td1() -> list[str]:
    l1 = "I<UTO" + _with_check("D23145890") + "<" * 15
    l2 = _with_check("740812") + "F" + _with_check("320415") + "UTO" + "<" * 11
    l2 += check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, "ERIKSSON<<ANNA<MARIA".ljust(30, "<")]


def mrva() -> list[str]:
    head = _with_check("VN1234567") + "UTO" + _with_check("880101") + "M" + _with_check("270630")
    return ["V<NLDOKAFOR<<CHINEDU".ljust(44, "<"), head + "<" * 16]


@pytest.fixture(scope="module")
def engine():
    return TesseractEngine()


def _read(image, engine):
    reading = read_mrz_image(image, engine, today=TODAY)
    assert reading is not None, "no MRZ found"
    return reading.mrz


def test_passport_photographed_turned_a_quarter_and_askew(engine):
    rng = random.Random(5)
    lines = td3()
    photo = spec.photograph(spec.render_document("TD3", lines, rng, STYLE), rng, STYLE, 90, 3.0)
    mrz = _read(photo, engine)
    assert mrz.valid and mrz.format == "TD3"
    assert (mrz.document_number, mrz.birth_date, mrz.expiry_date) == (
        "NX4827153",
        dt.date(1994, 3, 17),
        dt.date(2031, 8, 21),
    )


def test_id_card_photographed_upside_down(engine):
    rng = random.Random(8)
    photo = spec.photograph(spec.render_document("TD1", td1(), rng, STYLE), rng, STYLE, 180, -2.0)
    mrz = _read(photo, engine)
    assert mrz.valid and mrz.format == "TD1" and mrz.document_number == "D23145890"


def test_passport_small_on_an_a4_scan_at_150_dpi(engine):
    rng = random.Random(11)
    page = spec.scan_on_a4(spec.render_document("TD3", td3(), rng, STYLE), rng, STYLE, 150, 0, 1.2)
    page.info["dpi"] = (150, 150)
    mrz = _read(page, engine)
    assert mrz.valid and mrz.surname == "HADDAD"


def test_a_page_of_text_has_no_mrz(engine):
    """A justified letter and a table of figures are lines of like length:
    they are not an MRZ, and nothing is typed a passport for them."""
    font = ImageFont.truetype(spec.SANS, 34)
    page = Image.new("RGB", (2480, 3508), "white")
    d = ImageDraw.Draw(page)
    words = ["the", "applicant", "declares", "that", "the", "documents", "enclosed", "are", "complete", "and", "true"]
    for row in range(40):
        line = " ".join(words[(row + k) % len(words)] for k in range(12))
        d.text((200, 300 + row * 60), line.upper() if row % 7 == 0 else line, font=font, fill="black")
    for row in range(8):  # a table of amounts
        d.text(
            (200, 2900 + row * 55), f"2025-{row + 1:02d}-28   4.210,00   1.893,12   2.316,88", font=font, fill="black"
        )
    page.info["dpi"] = (300, 300)
    assert read_mrz_image(page, engine, today=TODAY) is None


class _CountingEngine:
    """The real engine, counting how often it is asked to read."""

    honours_alphabet = True

    def __init__(self, engine):
        self.engine, self.calls = engine, 0

    def ocr(self, image, **kwargs):
        self.calls += 1
        return self.engine.ocr(image, **kwargs)


def test_a_text_block_shaped_like_an_mrz_is_not_read(engine):
    """A contract's paragraph ends in two lines of like length, alone: shaped
    like an MRZ, but its glyphs are not at one pitch, so it costs no reading
    (six readings of each such block made a scanned page 1.5 s slower)."""
    pdf = pdfium.PdfDocument(str(ROOT / "samples" / "clean" / "employment-contract.pdf"))
    page = pdf[0].render(scale=300 / 72).to_pil().convert("L")
    assert find_zones(page), "the sample no longer has an MRZ-shaped block: pick another"
    counting = _CountingEngine(engine)
    assert read_mrz_image(page, counting, today=TODAY) is None
    assert counting.calls == 0


def test_zone_shape_is_found_without_reading(engine):
    """The shape search alone (no OCR) finds the block, across or down."""
    rng = random.Random(3)
    doc = spec.render_document("TD3", td3(), rng, STYLE)
    for turn in (0, 90):
        zones = find_zones(doc.rotate(turn, expand=True))
        assert zones and zones[0].lines in (2, 3)
        assert abs(abs(zones[0].angle) - turn) < 3


# --- the parser, on the readings Tesseract gave on the benchmark ---------------


def test_two_line_formats_td2_and_visas_parse():
    number, dob, exp = "FT1622440", "620406", "290827"
    head = _with_check(number) + "GBR" + _with_check(dob) + "F" + _with_check(exp)
    optional = "<" * 7
    composite = _with_check(number) + _with_check(dob) + _with_check(exp) + optional
    td2 = ["IDGBRSMITH<<JANE".ljust(36, "<"), head + optional + check_digit(composite)]
    m = find_mrz("\n".join(td2), today=TODAY)
    assert m is not None and m.valid and m.format == "TD2" and m.surname == "SMITH"
    mrvb = ["V<GBRSMITH<<JANE".ljust(36, "<"), head + "<" * 8]
    m = find_mrz("\n".join(mrvb), today=TODAY)
    assert m is not None and m.valid and m.format == "MRVB"
    m = find_mrz("\n".join(mrva()), today=TODAY)
    assert m is not None and m.valid and m.format == "MRVA" and m.given_names == "CHINEDU"


def test_lost_fillers_are_put_back_and_only_there():
    """Tesseract read long filler runs as fewer fillers (5 lost). Put back
    into the runs they came from, the check digits hold; a digit lost is
    still a failing check."""
    l1, l2 = td3()
    short = l2[:28] + "<" * 9 + l2[42:]
    m = find_mrz(l1[:38] + "\n" + short, today=TODAY)
    assert m is not None and m.valid and m.lines[1] == l2
    m = find_mrz(l1 + "\n" + l2[:3] + l2[4:], today=TODAY)  # a digit of the number lost
    assert m is None or not m.valid


def test_filler_junk_in_an_empty_personal_number_and_name_tails():
    """Read on the benchmark: '<<<<<<<<K<<<<K<8' (an empty personal number,
    its check digit '<'), 'HADDAD<<AMIRA<<<<KKEKSEE' and 'OKAFOR<K<CHINEDU'."""
    l1, l2 = td3()
    junk2 = l2[:36] + "K<<<<K" + l2[42:]
    m = find_mrz("P<UTOHADDAD<<AMIRA<NOOR<<<<KKEKSEEK<<<<<<<<<\n" + junk2, today=TODAY)
    assert m is not None and m.valid and m.lines == (l1, l2)
    v1, v2 = mrva()
    m = find_mrz("V<NLDOKAFOR<K<CHINEDU".ljust(44, "<") + "\n" + v2, today=TODAY)
    assert m is not None and (m.surname, m.given_names) == ("OKAFOR", "CHINEDU")


def test_td1_composite_lost_at_the_line_end_is_computed():
    l1, l2, l3 = td1()
    m = find_mrz("\n".join([l1, l2[:29], l3]), today=TODAY)
    assert m is not None and m.valid and m.recomputed == ("composite",)
    wrong = str((int(l2[29]) + 1) % 10)
    m = find_mrz("\n".join([l1, l2[:29] + wrong, l3]), today=TODAY)
    assert m is not None and not m.valid and m.failed_checks == ("composite",)


def test_scan_types_photos_by_their_mrz_and_exempts_visas_from_language(tmp_path, scan_folder):
    rng = random.Random(21)
    spec.photograph(spec.render_document("TD3", td3(), rng, STYLE), rng, STYLE, 270, -1.5).save(
        tmp_path / "IMG_0412.jpg", quality=70
    )
    spec.photograph(spec.render_document("MRVA", mrva(), rng, STYLE), rng, STYLE, 0, 2.0).save(
        tmp_path / "IMG_0413.jpg", quality=70
    )
    report, findings = scan_folder(tmp_path)
    types = {d.relpath: d.type for d in report.documents}
    assert types == {"IMG_0412.jpg": "passport", "IMG_0413.jpg": "visa"}
    assert not any(rule == "document.language-not-accepted" for rule, *_ in findings)
    assert not any(rule == "passport.mrz-invalid" for rule, *_ in findings)
