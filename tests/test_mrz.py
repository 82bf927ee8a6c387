"""docchk.mrz: ICAO 9303 specimens, OCR noise, failing checks, and real OCR
of the sample passport page."""

from __future__ import annotations

import datetime

import pytest

from conftest import gen
from docchk.mrz import Mrz, check_digit, find_mrz, looks_like_mrz

TODAY = datetime.date(2025, 6, 1)

# ICAO Doc 9303 specimens (Part 4, Appendix A; Part 5, Appendix A)
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")

ALL_TD3_CHECKS = {"document_number", "birth_date", "expiry_date", "personal_number", "composite"}


def td3(number="XR4827153", dob="940317", exp="310821", personal="", surname="HADDAD", given="AMIRA"):
    """Two TD3 lines with check digits from check_digit (verified on the specimens)."""
    line1 = f"P<UTO{surname}<<{given}".ljust(44, "<")
    num = number.ljust(9, "<") + check_digit(number.ljust(9, "<"))
    pers = personal.ljust(14, "<")
    pers += check_digit(pers) if personal else "<"
    composite = num + dob + check_digit(dob) + exp + check_digit(exp) + pers
    line2 = num + "UTO" + dob + check_digit(dob) + "F" + exp + check_digit(exp) + pers + check_digit(composite)
    assert len(line1) == len(line2) == 44
    return line1, line2


# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------


def test_check_digit_on_the_published_specimens():
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("ZE184226B<<<<<") == "1"
    assert check_digit("L898902C36" + "7408122" + "1204159" + "ZE184226B<<<<<1") == "0"
    assert check_digit("D23145890") == "7"
    assert check_digit(TD1[0][5:30] + TD1[1][0:7] + TD1[1][8:15] + TD1[1][18:29]) == "6"
    assert check_digit("<<<") == "0" and check_digit("l898902c3") == "6"


def test_check_digit_agrees_with_the_sample_generator():
    for field in ("XR4827153", "940317", "310821", "<<<<<<<<<<<<<<", "AZ09<<QQ", "D23145890"):
        assert check_digit(field) == gen._mrz_check(field)


def test_check_digit_rejects_non_mrz_characters():
    with pytest.raises(ValueError):
        check_digit("AB-12")


# --------------------------------------------------------------------------
# specimens
# --------------------------------------------------------------------------


def test_td3_specimen():
    mrz = find_mrz("\n".join(TD3), today=TODAY)
    assert isinstance(mrz, Mrz) and mrz.valid
    assert mrz.checks == dict.fromkeys(ALL_TD3_CHECKS, True)
    assert (mrz.format, mrz.document_code, mrz.issuing_state, mrz.nationality) == ("TD3", "P", "UTO", "UTO")
    assert (mrz.surname, mrz.given_names, mrz.document_number, mrz.sex) == ("ERIKSSON", "ANNA MARIA", "L898902C3", "F")
    assert mrz.birth_date == datetime.date(1974, 8, 12)
    assert mrz.expiry_date == datetime.date(2012, 4, 15)
    assert mrz.lines == TD3


def test_td1_specimen():
    mrz = find_mrz("\n".join(TD1), today=TODAY)
    assert mrz is not None and mrz.valid
    assert mrz.checks == dict.fromkeys(["document_number", "birth_date", "expiry_date", "composite"], True)
    assert (mrz.format, mrz.document_code, mrz.issuing_state, mrz.nationality) == ("TD1", "I", "UTO", "UTO")
    assert (mrz.surname, mrz.given_names, mrz.document_number, mrz.sex) == ("ERIKSSON", "ANNA MARIA", "D23145890", "F")
    assert (mrz.birth_date, mrz.expiry_date) == (datetime.date(1974, 8, 12), datetime.date(2012, 4, 15))
    assert mrz.lines == TD1


def test_sample_generator_passport_lines():
    mrz = find_mrz("\n".join(gen.passport_mrz()), today=TODAY)
    assert mrz is not None and mrz.valid, mrz
    assert mrz.checks == dict.fromkeys(["document_number", "birth_date", "expiry_date", "composite"], True)
    assert (mrz.surname, mrz.given_names, mrz.document_number) == ("HADDAD", "AMIRA", "XR4827153")
    assert (mrz.birth_date, mrz.expiry_date) == (datetime.date(1994, 3, 17), datetime.date(2031, 8, 21))
    assert mrz.lines == gen.passport_mrz()


# --------------------------------------------------------------------------
# OCR noise
# --------------------------------------------------------------------------


def test_td3_in_page_text_with_ocr_noise():
    # spaces, "«"/"‹"/"(" for "<", lower case, O for 0 in dates, a filler lost
    # at the end of line 1 and one inside line 2's filler run, a "|" from the
    # page edge, "<<K<<" in a filler run, "0" for "O" in the nationality
    text = (
        "Kopie paspoort - A. Eriksson\n"
        "Date of birth 12 AUG 1974\n"
        "\n"
        "p« uto eriks5on<<anna<maria <<<<<<<<<<<K<<<<<\n"
        "| L898902C36 UT074O8122F12O4159ZE184226B‹((<10\n"
        "I declare that this is a true copy of my passport.\n"
    )
    assert looks_like_mrz(text)
    mrz = find_mrz(text, today=TODAY)
    assert mrz is not None and mrz.valid, mrz
    assert (mrz.surname, mrz.given_names, mrz.nationality) == ("ERIKSSON", "ANNA MARIA", "UTO")
    assert mrz.birth_date == datetime.date(1974, 8, 12)
    assert mrz.lines == TD3


def test_td1_with_ocr_noise():
    text = (
        "Identity card\n"
        "1<UTO D23145890 7<<<<<<<<<<<<<<\n"  # 1 for I, one filler lost
        "74O8122F12O4159UT0<<<<<<<<<<<6\n"  # O for 0, 0 for O
        "eriksson« anna<maria<<<<<<<<<\n"
    )  # lower case, filler lost
    mrz = find_mrz(text, today=TODAY)
    assert mrz is not None and mrz.valid, mrz
    assert mrz.lines == TD1


def test_extra_character_in_line_two_is_aligned_by_the_check_digits():
    # Tesseract doubling a glyph: "UT0O9403..." (seen on a real band read)
    l1, l2 = gen.passport_mrz()
    mrz = find_mrz(l1 + "\n" + l2[:12] + "0" + l2[12:], today=TODAY)
    assert mrz is not None and mrz.valid and mrz.lines == (l1, l2)


def test_document_number_confusion_is_corrected_only_when_the_check_digit_confirms_it():
    l1, l2 = TD3
    mrz = find_mrz(l1 + "\n" + l2.replace("L898902C3", "L8989O2C3"), today=TODAY)
    assert mrz.valid and mrz.document_number == "L898902C3"
    # a 7 for the 9 is no OCR ambiguity: the number stays as read, and fails
    mrz = find_mrz(l1 + "\n" + l2.replace("L898902C3", "L878902C3"), today=TODAY)
    assert not mrz.valid and mrz.document_number == "L878902C3"
    assert mrz.failed_checks == ("document_number", "composite")


# --------------------------------------------------------------------------
# failing checks and dates
# --------------------------------------------------------------------------


def test_wrong_check_digit_is_found_but_invalid():
    l1, l2 = TD3
    mrz = find_mrz(l1 + "\n" + l2[:19] + "3" + l2[20:], today=TODAY)  # birth date check 2 -> 3
    assert mrz is not None and not mrz.valid
    assert mrz.checks["birth_date"] is False and mrz.checks["composite"] is False
    assert mrz.failed_checks == ("birth_date", "composite")
    assert mrz.surname == "ERIKSSON"

    mrz = find_mrz(l1 + "\n" + l2[:43] + "7", today=TODAY)  # only the composite
    assert mrz.failed_checks == ("composite",)
    mrz = find_mrz("\n".join([TD1[0], TD1[1][:29] + "5", TD1[2]]), today=TODAY)
    assert mrz.format == "TD1" and mrz.failed_checks == ("composite",)


def test_impossible_date_gives_none_and_invalid():
    mrz = find_mrz("\n".join(td3(dob="941317")), today=TODAY)
    assert mrz is not None and all(mrz.checks.values())
    assert mrz.birth_date is None and not mrz.valid


@pytest.mark.parametrize(
    "dob, born",
    [
        ("240101", datetime.date(2024, 1, 1)),
        ("250601", datetime.date(2025, 6, 1)),
        ("250602", datetime.date(1925, 6, 2)),
        ("300101", datetime.date(1930, 1, 1)),
    ],
)
def test_birth_date_is_the_latest_date_not_in_the_future(dob, born):
    assert find_mrz("\n".join(td3(dob=dob)), today=TODAY).birth_date == born


@pytest.mark.parametrize(
    "exp, until",
    [
        ("310821", datetime.date(2031, 8, 21)),
        ("700101", datetime.date(2070, 1, 1)),
        ("800101", datetime.date(1980, 1, 1)),
        ("120415", datetime.date(2012, 4, 15)),
    ],
)
def test_expiry_date_within_fifty_years_of_today(exp, until):
    assert find_mrz("\n".join(td3(exp=exp)), today=TODAY).expiry_date == until


def test_personal_number_check_and_sex_filler():
    l1, l2 = td3(personal="123456789")
    mrz = find_mrz(l1 + "\n" + l2.replace("F", "<", 1), today=TODAY)
    assert mrz.valid and mrz.checks["personal_number"] and mrz.sex == "X"


# --------------------------------------------------------------------------
# nothing to find
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "The employee shall receive a gross monthly salary of EUR 4,250.\nArticle 2 - Duration",
        "<" * 44,
        "<" * 44 + "\n" + "<" * 44,
        "x7#@!k 99 <> ;; qq\n%%%% 12 <<",
        "Kenmerk: 2719283746\nV-nummer 2719283746",
    ],
)
def test_no_mrz(text):
    assert find_mrz(text, today=TODAY) is None
    assert not looks_like_mrz(text)


def test_looks_like_mrz_on_a_partial_line():
    assert looks_like_mrz("some text\nP<UTOHADDAD<<AMIRA<<<<<<\nmore")  # truncated: worth a re-read
    assert find_mrz("P<UTOHADDAD<<AMIRA<<<<<<", today=TODAY) is None


# --------------------------------------------------------------------------
# real OCR of the sample passport page
# --------------------------------------------------------------------------


def _mm(mm: float) -> int:
    return gen.mm_to_px(mm, 300)


@pytest.fixture(scope="module")
def passport_scan():
    """The sample passport copy as samples/generate.py scans it (colour, 300 dpi)."""
    from docchk.builtin_plugins.tesseract_ocr import OcrUnavailable, TesseractEngine

    try:
        engine = TesseractEngine()
        engine.preload()
    except OcrUnavailable as exc:
        pytest.skip(str(exc))
    [page] = gen.render_pages(gen.passport_copy(), 300, grayscale=False)
    image = gen.scan(page, 300, seed=101, grayscale=False, noise=2.0, jpeg_quality=None)
    image.info["dpi"] = (300, 300)
    return engine, image


def _assert_sample_passport(mrz):
    assert mrz is not None and mrz.valid, mrz
    assert (mrz.surname, mrz.given_names, mrz.document_number) == ("HADDAD", "AMIRA", "XR4827153")
    assert mrz.birth_date == datetime.date(1994, 3, 17)
    assert mrz.expiry_date == datetime.date(2031, 8, 21)


def test_real_ocr_whole_page(passport_scan):
    engine, image = passport_scan
    text = engine.ocr(image).text
    assert looks_like_mrz(text)
    _assert_sample_passport(find_mrz(text, today=TODAY))


def test_real_ocr_bottom_band_of_the_passport(passport_scan):
    # the MRZ band of the data page (116-130 mm from the top of the A4), psm 6
    engine, image = passport_scan
    band = image.crop((0, _mm(108), image.width, _mm(136)))
    band.info["dpi"] = (300, 300)
    _assert_sample_passport(find_mrz(engine.ocr(band, psm=6).text, today=TODAY))


def test_filler_run_read_as_letters_at_the_end_of_the_name_line():
    """Tesseract reads OCR-B's long filler run as "SSSSSS" or "KKKK" and the
    name line comes out too long or short; the second line still decides."""
    line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    for junk in ("SSSSSSSSSSSSSSSSSSSSSSSSS", "KKKKKKKKKK", "ZZ<ZZZZZZZZAIZLZ"):
        mrz = find_mrz(f"P<UTOERIKSSON<<ANNA<MARIA{junk}\n{line2}", today=datetime.date(2010, 1, 1))
        assert mrz is not None and mrz.valid, junk
        assert mrz.surname == "ERIKSSON" and mrz.given_names.startswith("ANNA MARIA")
    assert find_mrz("P<UTOERIKSSON<<ANNA<MARIASSSSSSSSS\nnot a second line at all") is None


def test_an_unreadable_composite_digit_is_computed_only_when_every_field_checks():
    l1, l2 = gen.passport_mrz()
    today = datetime.date(2026, 11, 23)
    unread = find_mrz(f"{l1}\n{l2[:43]}V", today)
    assert unread.valid and unread.recomputed == ("composite",) and unread.lines[1] == l2
    wrong_digit = str((int(l2[43]) + 1) % 10)
    assert not find_mrz(f"{l1}\n{l2[:43]}{wrong_digit}", today).valid  # a digit read wrong stays wrong
    bad_birth = l2[:19] + str((int(l2[19]) + 1) % 10) + l2[20:43] + "V"
    assert not find_mrz(f"{l1}\n{bad_birth}", today).valid  # another check fails: nothing computed
