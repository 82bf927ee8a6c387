"""Apostilles found on scans and in the wording of every Convention member
(issue #17, kind 4): real scanned pages, real Tesseract.

The wordings below are the national versions of the Hague model
certificate's ten numbered fields as these countries print them (test
material: what docchk recognises is in ``docchk/data/document_marks.json``).
"""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import V_NUMBER, gen
from docchk import marks
from docchk.text import normalise

SUBMITTED = "2026-11-23"
V = f"V-nummer: {V_NUMBER}"
DPI = 200

TITLE = ["^# APOSTILLE", "^ (Convention de La Haye du 5 octobre 1961)"]

APOSTILLE = {
    "en": TITLE
    + [
        "1. Country: United States of America",
        "This public document",
        "2. has been signed by John A. Smith",
        "3. acting in the capacity of County Clerk",
        "4. bears the seal/stamp of the County of Travis",
        "Certified",
        "5. at Austin, Texas   6. the 12th day of January, 2026",
        "7. by the Secretary of State of Texas",
        "8. No. 2026-118734",
        "9. Seal/stamp:   10. Signature:",
    ],
    "pl": TITLE
    + [
        "1. Państwo: Rzeczpospolita Polska",
        "Niniejszy dokument urzędowy",
        "2. został podpisany przez Annę Nowak",
        "3. działającą w charakterze Kierownika Urzędu Stanu Cywilnego",
        "4. opatrzony jest pieczęcią / stemplem Urzędu Stanu Cywilnego w Krakowie",
        "Poświadczono",
        "5. w Warszawie   6. dnia 12.01.2026",
        "7. przez Ministra Spraw Zagranicznych",
        "8. pod numerem 2026/01/118734",
        "9. Pieczęć / stempel   10. Podpis",
    ],
    "tr": [
        "^# APOSTİL",
        "^ (Convention de La Haye du 5 octobre 1961)",
        "1. Ülke: Türkiye Cumhuriyeti",
        "İşbu resmi belge",
        "2. Mehmet Yılmaz tarafından imzalanmıştır",
        "3. Nüfus Müdürü sıfatıyla hareket eden",
        "4. Çankaya İlçe Nüfus Müdürlüğü mühür / damgasını taşımaktadır",
        "Onaylanmıştır",
        "5. Ankara'da   6. 12.01.2026 tarihinde",
        "7. Ankara Valiliği tarafından",
        "8. 2026/118734 sayı ile",
        "9. Mühür / Damga   10. İmza",
    ],
    "pt": TITLE
    + [
        "1. País: Portugal",
        "O presente documento público",
        "2. foi assinado por Maria da Conceição Silva",
        "3. na qualidade de Conservadora do Registo Civil",
        "4. tem aposto o selo / carimbo da Conservatória do Registo Civil de Lisboa",
        "Reconhecido",
        "5. em Lisboa   6. a 12/01/2026",
        "7. pela Procuradoria-Geral da República",
        "8. sob o n.º 118734/2026",
        "9. Selo / carimbo   10. Assinatura",
    ],
    "es": TITLE
    + [
        "1. País: República de Colombia",
        "El presente documento público",
        "2. ha sido firmado por Ana María Restrepo",
        "3. quien actúa en calidad de Registradora del Estado Civil",
        "4. y está revestido del sello / timbre de la Registraduría Nacional",
        "Certificado",
        "5. en Bogotá   6. el día 12/01/2026",
        "7. por el Ministerio de Relaciones Exteriores",
        "8. bajo el número A-2026-118734",
        "9. Sello / timbre   10. Firma",
    ],
    "it": TITLE
    + [
        "1. Paese: Italia",
        "Il presente atto pubblico",
        "2. è stato firmato da Giulia Bianchi",
        "3. in qualità di Ufficiale dello Stato Civile",
        "4. è munito del sigillo / timbro del Comune di Milano",
        "Certificato",
        "5. a Milano   6. il 12/01/2026",
        "7. dalla Prefettura di Milano",
        "8. al n. 2026/118734",
        "9. Sigillo / timbro   10. Firma",
    ],
    "ru": [
        "^# АПОСТИЛЬ",
        "^ (Convention de La Haye du 5 octobre 1961)",
        "1. Страна: Российская Федерация",
        "Настоящий официальный документ",
        "2. подписан Ивановой Анной Сергеевной",
        "3. выступающей в качестве начальника отдела ЗАГС",
        "4. скреплен печатью / штампом Управления ЗАГС города Москвы",
        "Удостоверено",
        "5. в Москве   6. 12.01.2026",
        "7. Главным управлением ЗАГС Московской области",
        "8. за № 77-2026-118734",
        "9. Печать / штамп   10. Подпись",
    ],
}

CIVIL = {
    "en": [
        "^ STATE OF TEXAS",
        "^ Department of State Health Services",
        "^# CERTIFICATE OF BIRTH",
        "---",
        "Name:\tJohn Carter",
        "Date of birth:\t3 April 1996",
        "Place of birth:\tAustin, Travis County",
        "Father:\tMark Carter",
        "Mother:\tJane Carter, born Miller",
        "I certify that this is a true and correct copy of the record on file in this office.",
        "Issued at Austin on 5 January 2026.",
    ],
    "pl": [
        "^ RZECZPOSPOLITA POLSKA",
        "^ Urząd Stanu Cywilnego w Krakowie",
        "^# ODPIS ZUPEŁNY AKTU URODZENIA",
        "---",
        "Nazwisko:\tKowalski",
        "Imię (imiona):\tJan Piotr",
        "Data urodzenia:\t3 kwietnia 1996",
        "Miejsce urodzenia:\tKraków",
        "Imię ojca:\tPiotr",
        "Imię i nazwisko rodowe matki:\tMaria Nowak",
        "Stwierdza się zgodność niniejszego odpisu z treścią aktu stanu cywilnego.",
        "Kraków, dnia 7 stycznia 2026 r.",
    ],
    "tr": [
        "^ TÜRKİYE CUMHURİYETİ",
        "^ İçişleri Bakanlığı Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
        "^# DOĞUM BELGESİ",
        "---",
        "Adı:\tAyşe",
        "Soyadı:\tDemir",
        "Doğum tarihi:\t3 Nisan 1996",
        "Doğum yeri:\tAnkara",
        "Baba adı:\tAli",
        "Ana adı:\tFatma",
        "Bu belge nüfus kayıtlarına uygun olarak düzenlenmiştir.",
        "Düzenlenme tarihi: 7 Ocak 2026",
    ],
    "pt": [
        "^ REPÚBLICA PORTUGUESA",
        "^ Conservatória do Registo Civil de Lisboa",
        "^# CERTIDÃO DE NASCIMENTO",
        "---",
        "Nome:\tJoão Pedro Santos",
        "Data de nascimento:\t3 de abril de 1996",
        "Local de nascimento:\tLisboa",
        "Pai:\tManuel Santos",
        "Mãe:\tAna Ferreira",
        "Certifico que a presente certidão está conforme com o assento de nascimento original.",
        "Lisboa, 7 de janeiro de 2026.",
    ],
    "es": [
        "^ REPÚBLICA DE COLOMBIA",
        "^ Registraduría Nacional del Estado Civil",
        "^# REGISTRO CIVIL DE NACIMIENTO",
        "---",
        "Nombre:\tCarlos Andrés Gómez Pérez",
        "Fecha de nacimiento:\t3 de abril de 1996",
        "Lugar de nacimiento:\tMedellín, Antioquia",
        "Padre:\tAndrés Gómez Ruiz",
        "Madre:\tLucía Pérez Mejía",
        "El registrador certifica que los datos anteriores corresponden a la inscripción original.",
        "Expedido en Medellín el 7 de enero de 2026.",
    ],
    "it": [
        "^ REPUBBLICA ITALIANA",
        "^ Comune di Milano - Ufficio dello Stato Civile",
        "^# ESTRATTO DELL'ATTO DI NASCITA",
        "---",
        "Cognome:\tRossi",
        "Nome:\tMarco",
        "Data di nascita:\t3 aprile 1996",
        "Luogo di nascita:\tMilano",
        "Padre:\tLuca Rossi",
        "Madre:\tGiulia Bianchi",
        "Si rilascia il presente estratto conforme alle risultanze dei registri dello stato civile.",
        "Milano, 7 gennaio 2026",
    ],
    "ru": [
        "^ РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        "^# СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
        "---",
        "Фамилия:\tИванов",
        "Имя:\tСергей",
        "Отчество:\tПетрович",
        "Дата рождения:\t3 апреля 1996 года",
        "Место рождения:\tгород Москва",
        "Отец:\tИванов Пётр Сергеевич",
        "Мать:\tИванова Анна Сергеевна",
        "Место государственной регистрации: Отдел ЗАГС города Москвы.",
        "Дата выдачи: 7 января 2026 года",
    ],
}

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _page(lines, *, frame: bool = False, top_mm: float = 35.0):
    """An A4 page at DPI, typeset with a Unicode font (Polish, Turkish and
    Cyrillic letters; the generator's Helvetica has none): ``^`` centres a
    line, ``# `` makes it a bold title. ``frame``: the Convention's model
    certificate, a framed square block with a round seal."""
    w, h = gen.a4_px(DPI)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)

    def px(mm: float) -> int:
        return gen.mm_to_px(mm, DPI)

    body = ImageFont.truetype(FONT, round(10.5 * DPI / 72))
    title = ImageFont.truetype(BOLD, round(16 * DPI / 72))
    draw.text((w - px(25), px(12)), V, font=ImageFont.truetype(FONT, round(10 * DPI / 72)), fill=0, anchor="ra")
    y = px(top_mm)
    for raw in lines:
        centred = raw.startswith("^")
        text = raw.lstrip("^ ")
        font = title if text.startswith("# ") else body
        text = text.removeprefix("# ")
        x = w // 2 if centred else px(28)
        label, _, value = text.partition("\t")  # a value in its own column, 95 mm from the edge
        draw.text((x, y), label, font=font, fill=0, anchor="ma" if centred else "la")
        if value:
            draw.text((px(95), y), value, font=font, fill=0)
        y += round(font.size * 1.5)
    if frame:
        draw.rectangle((px(20), px(top_mm - 8), w - px(20), y + px(30)), outline=0, width=px(0.6))
        draw.rectangle((px(22), px(top_mm - 6), w - px(22), y + px(28)), outline=0, width=px(0.25))
        cx, cy, r = w - px(55), y + px(8), px(14)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=60, width=px(0.5))
    return img


def _apostille(lang: str, lines=None, top_mm: float = 35.0):
    return _page(lines or APOSTILLE[lang], frame=True, top_mm=top_mm)


def _scanned(pages, seed: int):
    return [gen.scan(im, DPI, seed=seed + i) for i, im in enumerate(pages)]


@pytest.mark.parametrize("lang", ["pl", "tr", "pt", "es", "it", "ru"])
def test_an_apostille_attached_in_its_countrys_wording_is_found(tmp_path, scan_folder, lang):
    """The civil document scanned with its apostille on the second page, the
    apostille's field labels in the issuing country's language only."""
    pages = _scanned([_page(CIVIL[lang]), _apostille(lang)], seed=40)
    gen.images_to_pdf(pages, tmp_path / f"civil-{lang}.pdf", DPI, quality=80)
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, cache=False)
    (doc,) = report.documents
    assert doc.legalisation in ("apostille", "not-needed") and marks.has_apostille(normalise(doc.marks_text)), (
        doc.marks_text
    )


@pytest.mark.parametrize("layout", ["framed, below a letterhead", "unframed, at the top"])
def test_an_english_apostille_on_a_scanned_multi_page_tiff_is_found(tmp_path, scan_folder, layout):
    """A US apostille stapled on top of a four-page scanned TIFF: its first
    page is read for its title only unless it is seen to be a certificate
    (a frame; or numbered lines under an apostille's title in the band
    read). Framed below a letterhead, the title band holds no field at all;
    unframed, it holds the title and the first fields but not the number
    and date that make it an apostille."""
    body = ["The court has considered the petition and the evidence and finds as follows."] * 6
    letterhead = ["^# THE STATE OF TEXAS", "^ Secretary of State", "^ Authentications Unit"]
    first = (
        _page(letterhead + [""] * 12 + APOSTILLE["en"], frame=True)
        if layout.startswith("framed")
        else _page(APOSTILLE["en"], top_mm=60)
    )
    pages = [first, _page(CIVIL["en"]), _page(body), _page(["Certified by the Clerk of the Court."] + body)]
    gen.save_tiff(_scanned(pages, seed=60), tmp_path / "decree.tiff", DPI)
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, cache=False)
    (doc,) = report.documents
    assert doc.legalisation == "apostille", [(p.number, p.ocr_scope) for p in doc.pages]
    assert doc.pages[0].ocr_scope == "page"


def test_an_apostille_inside_a_longer_scan_is_read_whole(tmp_path, scan_folder):
    """The apostille on page 2 of a five-page scan (neither first nor last
    page): the certificate's layout gets it read whole."""
    body = ["The parties agree to the terms set out in the schedule to this judgment."] * 8
    pages = [_page(CIVIL["pl"]), _apostille("pl")] + [_page(body)] * 3
    gen.images_to_pdf(_scanned(pages, seed=70), tmp_path / "wyrok.pdf", DPI, quality=80)
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, cache=False)
    (doc,) = report.documents
    assert doc.pages[1].ocr_scope == "page"
    assert doc.pages[2].ocr_scope != "page"  # plain text pages are not read whole for nothing
    assert marks.has_apostille(normalise(doc.marks_text))


def test_numbered_clauses_without_an_apostilles_title_are_not_read_whole(tmp_path, scan_folder):
    """A four-page contract whose first page has numbered clauses: no
    apostille's title, no frame, so its first page is read for its title
    only (reading it whole would cost a second of OCR for nothing)."""
    clauses = ["^# EMPLOYMENT CONTRACT", "Between Brightwater Analytics B.V. and Ms Amira Haddad."] + [
        f"{n}. The employee and the employer agree to clause {n} of the terms." for n in range(1, 9)
    ]
    body = ["The parties agree to the terms set out in the schedule to this contract."] * 8
    gen.images_to_pdf(
        _scanned([_page(clauses, top_mm=60)] + [_page(body)] * 3, seed=85), tmp_path / "contract.pdf", DPI
    )
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, cache=False)
    (doc,) = report.documents
    assert doc.pages[0].ocr_scope == "top" and doc.legalisation is None


def test_a_polish_apostille_with_a_garbled_title_is_found_by_its_numbered_fields(tmp_path, scan_folder):
    """OCR got "Apostille (Convention de La Haye du 5 octobre 1961)" wrong;
    the numbered fields, with a number and a date, are there in order."""
    garbled = ["^# APQSTlLIE", "^ (Conventlon de Ia Hayc du S octobrc l96l)"] + APOSTILLE["pl"][2:]
    pages = _scanned([_page(CIVIL["pl"]), _apostille("pl", garbled)], seed=80)
    gen.images_to_pdf(pages, tmp_path / "akt.pdf", DPI, quality=80)
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, cache=False)
    (doc,) = report.documents
    assert doc.legalisation in ("apostille", "not-needed")
    assert marks.has_apostille(normalise(doc.marks_text)), doc.marks_text


LETTER = [
    "^# Checklist for your application",
    "Dear applicant,",
    "Your foreign birth certificate needs an apostille (Convention de La Haye",
    "du 5 octobre 1961). An apostille is a certificate with ten numbered fields:",
    "1. the country, 2. by whom the document has been signed, 3. in what capacity,",
    "4. whose seal or stamp it bears, 5. where and 6. when it was certified,",
    "7. by which authority, 8. its number, 9. the seal and 10. the signature.",
    "This public document must be certified by the competent authority of the",
    "country that issued it. It bears the seal/stamp of that authority.",
    "Please send us a copy of the apostille with the document before 1 March 2026.",
    "Kind regards, the IND desk",
]


def test_a_letter_about_apostilles_is_not_apostilled(tmp_path, scan_folder):
    gen.images_to_pdf(_scanned([_page(LETTER)], seed=90), tmp_path / "letter.pdf", DPI)
    gen.text_pdf(tmp_path / "letter-typed.pdf", [gen.PageSpec(LETTER, header=V)])
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, cache=False)
    for doc in report.documents:
        assert doc.legalisation is None or doc.legalisation not in ("apostille", "e-apostille"), doc.relpath
        assert not marks.has_apostille(normalise(doc.marks_text))


def test_numbered_fields_are_evidence_only_in_order_and_with_a_number_or_date():
    text = normalise("\n".join(APOSTILLE["pl"][2:]))  # no title
    assert marks.has_apostille(text)
    shuffled = normalise("\n".join(reversed(APOSTILLE["pl"][2:])))
    assert not marks.has_apostille(shuffled)
    bare = normalise("\n".join(line.split(" 6.")[0].split("8. pod numerem")[0] for line in APOSTILLE["pl"][2:]))
    assert marks.numbered_fields(bare) and not marks.has_apostille(bare)


#: Tesseract's reading of a scanned apostille whose labels and values stand
#: in two columns (benchmarks/evaluation.py, a Philippine CENOMAR's English
#: apostille): the field numbers came out alone on their lines, the labels
#: after them, the values last -- no field holds its value on its line.
COLUMNS_READ_APART = """1
This public document
2. has been signed by
3. acting in the capacity of
4. bears the seal / stamp of
5,
6
7
8.
9
. Country:
at
. the
. by
No
. Seal / stamp:
APOSTILLE
(Convention de La Haye du 5 octobre 1961)
Republic of the Philippines
Gloria P. Santos
Civil Registrar General
Certified
Manila
1 August 2026
Department of Foreign Affairs
601/2026/59269
10. Signature:"""


def test_an_apostille_whose_columns_ocr_read_apart_is_found():
    assert marks.has_apostille(COLUMNS_READ_APART)
    # the same reading without its values (no number, no date) is no apostille
    unfilled = "\n".join(ln for ln in COLUMNS_READ_APART.splitlines() if not ln[:1].isdigit() or len(ln) < 4)
    assert not marks.has_apostille(unfilled)
    # nor is the letter, read with its line breaks
    assert not marks.has_apostille("\n".join(LETTER))


def test_a_french_civil_document_whose_cedilla_ocr_read_as_g_is_still_from_the_eu():
    """Tesseract's reading of "RÉPUBLIQUE FRANÇAISE" at the top of a scanned
    French birth certificate (benchmarks/evaluation.py): exempt from
    legalisation as an EU document, not an error for a missing apostille."""
    from docchk.builtin_plugins.legalisation import eu_country

    assert eu_country(normalise("REPUBLIQUE FRANGAISE\nMairie de Lyon\nEXTRAIT D'ACTE DE NAISSANCE")) == "FR"
