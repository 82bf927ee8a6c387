import datetime as dt

import pytest

from docchk import identifiers
from docchk.model import Applicant, DocumentFacts, PageFacts, Submission

V = "2719283746"


@pytest.mark.parametrize(
    "text",
    [
        "V-nummer: 2719283746",
        "V-nummer: 2719 283 746",
        "V-nr. 2719.283.746",
        "V-nr:2719283746",
        "vnummer 27I9283746",  # I read for 1
        "v-number 2719283 746\n",
        "header\n2719-2837-46 footer",
    ],
)
def test_written_forms_of_the_v_number_are_found(text):
    assert identifiers.number_distance(V, identifiers.digit_runs(text)) == 0


def test_ocr_slips_count_as_edits():
    assert identifiers.number_distance(V, identifiers.digit_runs("V 2719288746")) == 1
    assert identifiers.number_distance(V, identifiers.digit_runs("V 2719288740")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Telefoon 0612345678, geboren 17-03-1994",
        "Another applicant: V-nummer 5830017294",
        "Invoice 2026-0042, amount 1.234,56",
        "no numbers here at all",
    ],
)
def test_other_numbers_are_not_taken_for_the_v_number(text):
    d = identifiers.number_distance(V, identifiers.digit_runs(text))
    assert d is None or d >= 3


def test_numbers_on_separate_lines_are_not_joined():
    runs = identifiers.digit_runs("Datum 17 03\n2719283746")
    assert "2719283746" in runs and "17032719283746" not in runs


def test_letters_are_not_read_as_digits_inside_words():
    assert identifiers.digit_runs("Bolsio Isolde sold oil") == []


@pytest.mark.parametrize(
    "text",
    [
        "Name: AMIRA HADDAD, born 17-03-1994",
        "Naam: Amira Haddad, geboren op 17 maart 1994",
        "Amira Haddád, geboren am 17. März 1994",
        "Haddad Amira née le 17 mars 1994",
        "Amira Haddad, date of birth: March 17, 1994",
        "Amira Haddad 1994-03-17",
    ],
)
def test_name_and_birth_date_in_common_forms(text):
    assert identifiers.has_name_and_birth_date(text, "Amira Haddad", dt.date(1994, 3, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Amira Haddad, born 17-03-1995",  # another date
        "Amira Jansen, born 17-03-1994",  # another surname
        "Born 17-03-1994",  # no name
    ],
)
def test_name_and_birth_date_both_required(text):
    assert not identifiers.has_name_and_birth_date(text, "Amira Haddad", dt.date(1994, 3, 17))


def _submission(*page_texts):
    pages = [
        PageFacts(number=i + 1, width_mm=210, height_mm=297, text=t, digit_runs=tuple(identifiers.digit_runs(t)))
        for i, t in enumerate(page_texts)
    ]
    return Submission([DocumentFacts(None, "a.pdf", None, "pdf", pages)])


def test_given_v_number_decides_found_unconfirmed_missing():
    sub = _submission("V-nr 2719283746", "V-nr 2719288740", "V-nr 5830017294", "nothing")
    identifiers.resolve(sub, Applicant(v_number=V))
    assert [p.identifier_status for p in sub.documents[0].pages] == ["found", "unconfirmed", "missing", "missing"]
    assert [p.identifier_found for p in sub.documents[0].pages] == [True, False, False, False]


def test_v_number_is_inferred_when_not_given():
    sub = _submission("V-nr 2719283746", "V-nummer 2719 283 746", "no number")
    identifiers.resolve(sub, Applicant())
    assert sub.inferred_v_number == V
    assert [p.identifier_status for p in sub.documents[0].pages] == ["found", "found", "missing"]


def test_no_inference_from_a_tie_and_status_is_unknown():
    sub = _submission("V-nr 2719283746", "V-nr 5830017294")
    identifiers.resolve(sub, Applicant())
    assert sub.inferred_v_number is None
    assert {p.identifier_status for p in sub.documents[0].pages} == {"unknown"}


def test_blank_pages_are_not_checked_for_the_identifier():
    sub = _submission("")
    sub.documents[0].pages[0].blank = True
    identifiers.resolve(sub, Applicant(v_number=V))
    assert sub.documents[0].pages[0].identifier_status == "not-checked"
