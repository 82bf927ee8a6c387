"""Titles, issue dates and the handwritten V-number on documents from the
countries large groups of applicants come from (issue #17, kinds 3, 5 and 6):
real PDFs and scans from the sample generator, real Tesseract.

The titles and wordings below are test material, as the issuing authorities
print them; what docchk recognises is in ``docchk/data/document_types.json``
and ``docchk/data/document_rules.json`` (issue_date_wording).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from conftest import V_NUMBER, gen
from docchk.dates import issue_date

SUBMITTED = "2026-11-23"
V = f"V-nummer: {V_NUMBER}"

FONTS = {  # reportlab name -> (file, subfont): scripts the generator's Helvetica lacks
    "T17Sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", None),
    "T17Arabic": ("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf", None),
    "T17Deva": ("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf", None),
    "T17CJK": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),  # TrueType outlines: reportlab reads them
}


def _font(name: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        path, sub = FONTS[name]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=sub) if sub is not None else TTFont(name, path))
    return name


def _typed(lines: list[str], font: str = "T17Sans"):
    """A born-digital page in a Unicode font: the first line is the title
    (large), the V-number at the top right."""

    def draw(c, width, height):
        c.setFont(_font("T17Sans"), 10)
        c.drawRightString(width - 70, height - 42, V)
        y = height - 110
        for i, line in enumerate(lines):
            c.setFont(_font(font), 16 if i == 0 else 10.5)
            # Right-to-left text goes on the page in visual order, as a
            # shaping PDF producer writes it; the text layer reads it back.
            c.drawString(70, y, line[::-1] if font == "T17Arabic" else line)
            y -= 26 if i == 0 else 15

    return gen.PageSpec([], draw=draw)


BODY_LATIN = [
    "Nazwisko / Cognome / Surname: Kowalska",
    "Imię / Nome / Name: Anna",
    "Data / Date: 3.04.1996",
    "Miejsce / Luogo / Place: Kraków",
]

#: (file, title lines, font, expected type): one born-digital document per language group.
TITLED = [
    (
        "pl-birth.pdf",
        ["ODPIS SKRÓCONY AKTU URODZENIA", "Urząd Stanu Cywilnego w Krakowie"],
        "T17Sans",
        "birth-certificate",
    ),
    (
        "pl-marriage.pdf",
        ["ODPIS ZUPEŁNY AKTU MAŁŻEŃSTWA", "Urząd Stanu Cywilnego w Gdańsku"],
        "T17Sans",
        "marriage-certificate",
    ),
    (
        "pl-criminal.pdf",
        ["INFORMACJA Z KRAJOWEGO REJESTRU KARNEGO", "Ministerstwo Sprawiedliwości"],
        "T17Sans",
        "criminal-record-certificate",
    ),
    (
        "it-birth.pdf",
        ["ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "Comune di Napoli - Stato Civile"],
        "T17Sans",
        "birth-certificate",
    ),
    (
        "it-unmarried.pdf",
        ["CERTIFICATO DI STATO LIBERO", "Comune di Torino - Anagrafe"],
        "T17Sans",
        "unmarried-declaration",
    ),
    ("tr-criminal.pdf", ["ADLİ SİCİL BELGESİ", "T.C. Adalet Bakanlığı"], "T17Sans", "criminal-record-certificate"),
    ("tr-birth.pdf", ["ULUSLARARASI DOĞUM KAYIT ÖRNEĞİ", "T.C. İçişleri Bakanlığı"], "T17Sans", "birth-certificate"),
    (
        "es-birth.pdf",
        ["CERTIFICACIÓN LITERAL DE NACIMIENTO", "Registro Civil de Madrid"],
        "T17Sans",
        "birth-certificate",
    ),
    ("pt-death.pdf", ["CERTIDÃO DE ÓBITO", "Conservatória do Registo Civil do Porto"], "T17Sans", "death-certificate"),
    ("ru-death.pdf", ["СВИДЕТЕЛЬСТВО О СМЕРТИ", "Отдел ЗАГС города Казани"], "T17Sans", "death-certificate"),
    ("uk-birth.pdf", ["СВІДОЦТВО ПРО НАРОДЖЕННЯ", "Відділ ДРАЦС у місті Львові"], "T17Sans", "birth-certificate"),
    ("el-birth.pdf", ["ΛΗΞΙΑΡΧΙΚΗ ΠΡΑΞΗ ΓΕΝΝΗΣΗΣ", "Δήμος Αθηναίων"], "T17Sans", "birth-certificate"),
    (
        "cs-criminal.pdf",
        ["VÝPIS Z REJSTŘÍKU TRESTŮ", "Rejstřík trestů, Praha"],
        "T17Sans",
        "criminal-record-certificate",
    ),
    ("hu-birth.pdf", ["SZÜLETÉSI ANYAKÖNYVI KIVONAT", "Budapest Főváros"], "T17Sans", "birth-certificate"),
    (
        "id-marriage.pdf",
        ["KUTIPAN AKTA PERKAWINAN", "Dinas Kependudukan dan Pencatatan Sipil"],
        "T17Sans",
        "marriage-certificate",
    ),
    (
        "ph-unmarried.pdf",
        ["CERTIFICATE OF NO MARRIAGE RECORD", "Philippine Statistics Authority"],
        "T17Sans",
        "unmarried-declaration",
    ),
    ("ar-death.pdf", ["شهادة وفاة", "وزارة الداخلية"], "T17Arabic", "death-certificate"),
    ("fa-unmarried.pdf", ["گواهی تجرد", "سازمان ثبت احوال کشور"], "T17Arabic", "unmarried-declaration"),
    ("zh-unmarried.pdf", ["未婚证明", "公证处"], "T17CJK", "unmarried-declaration"),
    ("hi-birth.pdf", ["जन्म प्रमाण पत्र", "नगर निगम"], "T17Deva", "birth-certificate"),
    # Arabic typed on a Persian keyboard (Persian yeh, as OCR also reads it)
    # and a Chinese title in traditional characters.
    ("sy-marriage.pdf", ["بیان زواج", "وزارة الداخلية"], "T17Arabic", "marriage-certificate"),
    ("tw-birth.pdf", ["出生醫學證明", "衛生局"], "T17CJK", "birth-certificate"),
    # The CIEC multilingual extract (Convention no. 16, formula A): the
    # title in every language of the form, one under the other.
    (
        "ciec-birth.pdf",
        [
            "Formule A",
            "Extrait plurilingue d'acte de naissance",
            "Auszug aus dem Geburtseintrag",
            "Estratto plurilingue dell'atto di nascita",
            "Uluslararası doğum kayıt örneği",
        ],
        "T17Sans",
        "birth-certificate",
    ),
    # A Chinese notarial certificate names its subject on the 公证事项 line
    # (the applicant's line above mentions the birth date: 出生).
    (
        "cn-notarial-unmarried.pdf",
        ["公证书", "（2026）京长安内民证字第1234号", "申请人：李晓燕，女，一九九〇年一月十六日出生", "公证事项：未婚"],
        "T17CJK",
        "unmarried-declaration",
    ),
    # Not only civil status: the papers of work in the same languages.
    ("it-payslip.pdf", ["BUSTA PAGA - Cedolino di ottobre 2026", "Rossi S.r.l., Milano"], "T17Sans", "payslip"),
    ("pl-contract.pdf", ["UMOWA O PRACĘ", "zawarta w dniu 1 października 2026 r."], "T17Sans", "employment-contract"),
    ("id-bank.pdf", ["REKENING KORAN", "Bank Mandiri"], "T17Sans", "bank-statement"),
    (
        "eu-form-marriage.pdf",
        ["MULTILINGUAL STANDARD FORM – MARRIAGE", "Annex to a public document, Regulation (EU) 2016/1191"],
        "T17Sans",
        "marriage-certificate",
    ),
]


def test_civil_status_titles_of_every_language_group(tmp_path, scan_folder):
    """Kind 3: Polish and Italian birth certificates came out "other"; so
    would most titles of the countries applicants come from."""
    for name, title, font, _ in TITLED:
        gen.text_pdf(tmp_path / name, [_typed(title + BODY_LATIN, font)])
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED)
    types = {d.relpath: d.type for d in report.documents}
    assert types == {name: expected for name, _, _, expected in TITLED}


DPI = 200


def _scanned_page(lines: list[str], seed: int) -> Image.Image:
    """An A4 page typeset at DPI in DejaVu (Polish and Italian letters) and scanned."""
    w, h = gen.a4_px(DPI)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONTS["T17Sans"][0], round(10.5 * DPI / 72))
    title = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", round(16 * DPI / 72))
    draw.text((w - gen.mm_to_px(25, DPI), gen.mm_to_px(12, DPI)), V, font=font, fill=0, anchor="ra")
    y = gen.mm_to_px(35, DPI)
    for i, line in enumerate(lines):
        f = title if i == 0 else font
        draw.text((gen.mm_to_px(28, DPI), y), line, font=f, fill=0)
        y += round(f.size * 1.5)
    return gen.scan(img, DPI, seed=seed)


def test_scanned_polish_and_italian_birth_certificates(tmp_path, scan_folder):
    """Kind 3 on scans: the title read by OCR (default languages, accents lost)."""
    gen.save_image(
        _scanned_page(
            [
                "ODPIS SKRÓCONY AKTU URODZENIA",
                "Urząd Stanu Cywilnego w Krakowie",
                "Nazwisko: Kowalska",
                "Imię: Anna",
                "Data urodzenia: 3 kwietnia 1996",
                "Miejsce urodzenia: Kraków",
            ],
            seed=31,
        ),
        tmp_path / "akt-urodzenia.png",
        dpi=DPI,
    )
    gen.save_tiff(
        [
            _scanned_page(
                [
                    "Certificato di nascita",
                    "Comune di Napoli - Ufficio dello Stato Civile",
                    "Cognome: Esposito",
                    "Nome: Marco",
                    "Data di nascita: 3 aprile 1996",
                    "Luogo di nascita: Napoli",
                ],
                seed=32,
            )
        ],
        tmp_path / "certificato.tif",
        dpi=DPI,
    )
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED)
    assert {d.relpath: d.type for d in report.documents} == {
        "akt-urodzenia.png": "birth-certificate",
        "certificato.tif": "birth-certificate",
    }


# --- issue dates (kind 5) ----------------------------------------------------


def _outdated(report, name):
    return {f.severity.value for f in report.findings if f.rule == "document.outdated" and f.path == name}


def test_turkish_unmarried_declaration_issued_long_ago_is_outdated(tmp_path, scan_folder):
    gen.text_pdf(
        tmp_path / "bekarlik.pdf",
        [
            _typed(
                [
                    "BEKÂRLIK BELGESİ",
                    "T.C. İçişleri Bakanlığı Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
                    "Adı Soyadı: Ayşe Demir",
                    "Doğum tarihi: 03.04.1996",
                    "Yukarıda kimliği yazılı kişinin bekâr olduğu nüfus kayıtlarından anlaşılmıştır.",
                    "Düzenlenme tarihi: 03.02.2026",
                ]
            )
        ],
    )
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED)
    doc = report.documents[0]
    assert doc.type == "unmarried-declaration"
    assert doc.issue_date == dt.date(2026, 2, 3)
    assert _outdated(report, "bekarlik.pdf") == {"error"}


def test_an_attached_apostilles_later_date_is_not_the_documents(tmp_path, scan_folder):
    """The apostille (or legalisation) attached to an old declaration is
    dated later: its "Fait à ..., le ..." must not make the document fresh."""
    gen.text_pdf(
        tmp_path / "bekarlik.pdf",
        [
            _typed(
                [
                    "BEKÂRLIK BELGESİ",
                    "T.C. İçişleri Bakanlığı Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
                    "Adı Soyadı: Ayşe Demir",
                    "Doğum tarihi: 03.04.1996",
                    "Yukarıda kimliği yazılı kişinin bekâr olduğu nüfus kayıtlarından anlaşılmıştır.",
                    "Düzenlenme tarihi: 03.02.2026",
                ]
            ),
            _typed(
                [
                    "APOSTILLE",
                    "(Convention de La Haye du 5 octobre 1961)",
                    "1. Pays: République de Turquie",
                    "Le présent acte public",
                    "2. a été signé par Mehmet Yılmaz",
                    "3. agissant en qualité de Directeur de l'état civil",
                    "4. est revêtu du sceau / timbre de la Direction de l'état civil d'Ankara",
                    "Attesté",
                    "5. à Ankara   6. le 20 octobre 2026",
                    "7. par le Gouvernorat d'Ankara",
                    "8. sous n° 2026/118734",
                    "9. Sceau / timbre   10. Signature",
                    "Fait à Ankara, le 20.10.2026",
                ]
            ),
        ],
    )
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED)
    doc = report.documents[0]
    assert doc.pages[1].attachment == "apostille"
    assert doc.issue_date == dt.date(2026, 2, 3)
    assert _outdated(report, "bekarlik.pdf") == {"error"}


def test_polish_unmarried_declaration_issued_recently_is_not_outdated(tmp_path, scan_folder):
    gen.text_pdf(
        tmp_path / "zaswiadczenie.pdf",
        [
            _typed(
                [
                    "ZAŚWIADCZENIE O STANIE CYWILNYM",
                    "Urząd Stanu Cywilnego w Poznaniu",
                    "Imię i nazwisko: Anna Kowalska",
                    "Data urodzenia: 3 kwietnia 1996",
                    "Stan cywilny: panna",
                    "Data wydania: 2 listopada 2026 r.",
                ]
            )
        ],
    )
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED)
    doc = report.documents[0]
    assert doc.type == "unmarried-declaration"
    assert doc.issue_date == dt.date(2026, 11, 2)
    assert _outdated(report, "zaswiadczenie.pdf") == set()


TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Düzenlenme tarihi: 03.02.2026", "tr", dt.date(2026, 2, 3)),
        ("DUZENLENME TARIHI 03.02.2026", None, dt.date(2026, 2, 3)),  # OCR without the accents
        ("Data wydania: 14 października 2026 r.", None, dt.date(2026, 10, 14)),  # Polish month, language unknown
        ("Data di rilascio: 12/10/2026", "it", dt.date(2026, 10, 12)),
        ("Milano, rilasciato il 5 ottobre 2026", None, dt.date(2026, 10, 5)),
        ("Data de emissão: 3 de outubro de 2026", "pt", dt.date(2026, 10, 3)),
        ("Fecha de expedición: 3 de octubre de 2026", "es", dt.date(2026, 10, 3)),
        ("Дата выдачи: 01.10.2026", "ru", dt.date(2026, 10, 1)),
        ("Дата видачі: 01.10.2026", "uk", dt.date(2026, 10, 1)),
        ("Tanggal dikeluarkan: 3 Oktober 2026", None, dt.date(2026, 10, 3)),
        ("Data wydania\n14.10.2026 r.", None, dt.date(2026, 10, 14)),  # a form's label above its value
        ("Data wydania\nData urodzenia: 01.01.1990", None, None),  # a birth date below is not it
        ("Fecha de expedición: 18 de junio de\n2026", "es", dt.date(2026, 6, 18)),  # the year wrapped
        ("Düzenlenme tarihi: 03.02.2026", "xx", dt.date(2026, 2, 3)),  # a language dateparser lacks
        ("签 发 日 期 ： 2025 年 11 月 23 日", None, dt.date(2025, 11, 23)),  # OCR spaces in a Chinese date
        # The closing place-and-date line, without an issue word.
        ("Den Haag, 12 januari 2025", None, dt.date(2025, 1, 12)),
        ("Wien, am 11.08.2025", "de", dt.date(2025, 8, 11)),
        ("Kraków, dnia 7 stycznia 2026 r.", None, dt.date(2026, 1, 7)),
        ("Tunis, le 19 avril 2024", None, dt.date(2024, 4, 19)),
        ("Guadalajara, Jalisco, a 21 de octubre de 2026.", "es", dt.date(2026, 10, 21)),
        ("Dikeluarkan di: Semarang\nPada tanggal: 3 Maret 2026", "id", dt.date(2026, 3, 3)),  # place, then date
        ("Dikeluarkan di: Semarang\nTempat/Tgl. Lahir: Semarang, 04.08.1978", "id", None),
        ("Geboren te Amsterdam, 3 april 1996", None, None),  # an event, not the issue
        ("Place of birth: Kraków, 3 April 1996", None, None),
        ("Miejsce i data urodzenia\nKraków, 03.04.1996", None, None),  # under a birth label
        (
            "Zgodnie z treścią aktu urodzenia wydaje się niniejszy odpis.\nKraków, 07.01.2026",
            None,
            dt.date(2026, 1, 7),
        ),  # under a sentence about the birth record
    ],
)
def test_issue_date_wording(text, language, expected):
    assert issue_date(text, language, TODAY) == expected


# --- the handwritten V-number on a US-Letter photo (kind 6) ----------------


def _payslip_photo(tmp_path, pagesize, dpi, name, v_number=V_NUMBER):
    """A payslip without its printed V-number, the number written by hand in
    the top margin (a hand OCR reads three digits off at this size), scanned
    and saved as a JPEG without resolution."""
    spec = dataclasses.replace(gen.payslip()[0], header=None)
    base = gen.render_pages([spec], dpi, pagesize=pagesize)[0]
    written = gen.handwrite(base, v_number, dpi, xy_mm=(120, 8), size_mm=7, font="breip")
    gen.save_image(gen.scan(written, dpi, seed=3), tmp_path / name, dpi=None)


def test_hard_handwriting_on_a_us_letter_photo_is_a_warning_not_an_error(tmp_path, scan_folder):
    _payslip_photo(tmp_path, letter, 110, "payslip-photo.jpg")
    report, found = scan_folder(tmp_path)
    page = report.documents[0].pages[0]
    assert page.identifier_status == "unconfirmed"
    assert ("page.missing-identifier", "payslip-photo.jpg", 1, "warning") in found
    assert ("page.missing-identifier", "payslip-photo.jpg", 1, "error") not in found
    message = next(f.message for f in report.findings if f.rule == "page.missing-identifier")
    assert message.startswith("Could not confirm the V-number on page 1")


def test_a_typed_number_three_digits_off_is_still_an_error(tmp_path, scan_folder):
    """The weak-reading allowance is for OCR of photos: a text layer that
    prints another number is evidence, not doubt."""
    spec = dataclasses.replace(gen.payslip()[0], header="V-nummer: 2719283000")
    gen.text_pdf(tmp_path / "typed.pdf", [spec], pagesize=A4)
    _, found = scan_folder(tmp_path)
    assert ("page.missing-identifier", "typed.pdf", 1, "error") in found
