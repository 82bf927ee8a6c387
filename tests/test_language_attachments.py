"""Issue #17, kinds 1 and 2: the language of a document is that of its own
content, and poor OCR gives "unknown" with a warning, never a confident
wrong language.

Real components: pages typeset (DejaVu: Turkish, Cyrillic), made to look
scanned (``gen.scan``), saved as image-only PDFs or TIFFs, read by real
Tesseract through ``docchk.scan``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from PIL import Image, ImageDraw, ImageFont

import docchk
from conftest import gen
from docchk import language
from docchk.language import ACCEPTED

SUBMITTED = dt.date(2026, 11, 2)
RULE = "document.language-not-accepted"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

BIRTH_TR = [
    "# TÜRKİYE CUMHURİYETİ",
    "# DOĞUM BELGESİ",
    "",
    "Nüfus Müdürlüğü: Ankara Çankaya İlçe Nüfus Müdürlüğü",
    "Çocuğun adı ve soyadı: Elif Yılmaz",
    "Doğum tarihi: 14 Mart 1994, doğum yeri: Ankara",
    "Babasının adı: Mehmet, annesinin adı: Ayşe",
    "Bu belge nüfus kayıtlarına uygun olarak düzenlenmiştir ve ilgilinin talebi üzerine verilmiştir.",
    "Düzenlenme tarihi: 2 Ekim 2026",
    "Nüfus Müdürü, imza ve mühür",
]
APOSTILLE_DE = [
    "# APOSTILLE",
    "(Convention de La Haye du 5 octobre 1961)",
    "",
    "1. Land: Republik Türkei",
    "Diese öffentliche Urkunde",
    "2. ist unterschrieben von Ayşe Demir",
    "3. in seiner Eigenschaft als Standesbeamtin der Stadtverwaltung",
    "4. sie ist versehen mit dem Siegel/Stempel des Standesamtes Ankara",
    "Bestätigt",
    "5. in Ankara 6. am 5. Oktober 2026",
    "7. durch das Gouverneursamt der Provinz Ankara",
    "8. unter Nr. 2026/4471",
    "9. Siegel/Stempel der Behörde 10. Unterschrift des Beamten",
    "Diese Apostille bestätigt nur die Echtheit der Unterschrift und die Eigenschaft, "
    "in welcher der Unterzeichner gehandelt hat.",
]
BIRTH_PT = [
    "# REPÚBLICA FEDERATIVA DO BRASIL",
    "# CERTIDÃO DE NASCIMENTO",
    "",
    "Registro Civil das Pessoas Naturais do 2.º Subdistrito de São Paulo.",
    "Certifico que no livro de registro de nascimentos consta o assento de João Pedro Almeida,",
    "nascido em doze de março de mil novecentos e noventa e dois, nesta cidade, filho de",
    "Carlos Almeida e de Maria da Conceição Souza. O referido é verdade e dou fé.",
    "São Paulo, dez de outubro de dois mil e vinte e seis. O oficial do registro civil.",
]
APOSTILLE_FR = [
    "# APOSTILLE",
    "(Convention de La Haye du 5 octobre 1961)",
    "",
    "1. Pays : République fédérative du Brésil",
    "Le présent acte public",
    "2. a été signé par Ana Lúcia Ferreira",
    "3. agissant en qualité de officier de l'état civil",
    "4. est revêtu du sceau / timbre de l'office d'état civil de São Paulo",
    "Attesté",
    "5. à São Paulo 6. le 12 octobre 2026",
    "7. par le Conseil national de justice",
    "8. sous n° 2026/88123",
    "9. Sceau / timbre 10. Signature",
    "Cette apostille atteste uniquement la véracité de la signature et la qualité en laquelle "
    "le signataire de l'acte a agi.",
]
BIRTH_DE = [
    "# BUNDESREPUBLIK DEUTSCHLAND",
    "# GEBURTSURKUNDE",
    "",
    "Standesamt Dortmund, Geburtenregister Nr. 1734/1991.",
    "Konstantin Bauer ist am 8. Februar 1991 in Dortmund geboren.",
    "Vater: Peter Bauer, wohnhaft in Dortmund. Mutter: Anna Bauer, geborene Schulz.",
    "Die Richtigkeit dieser Urkunde wird hiermit beglaubigt. Dortmund, den 1. Oktober 2026.",
    "Der Standesbeamte",
]
APOSTILLE_DE_FOR_DE = [
    line.replace("Republik Türkei", "Bundesrepublik Deutschland")
    .replace("Ankara", "Dortmund")
    .replace("Gouverneursamt der Provinz", "Bezirksregierung")
    for line in APOSTILLE_DE
]
#: a civil-registry form with labels in English and Turkish; the
#: document's own content (names, places, status) is Turkish
FORM_TR_EN = [
    "# REPUBLIC OF TURKEY / TÜRKİYE CUMHURİYETİ",
    "Extract from the civil registry of births of the district / Nüfus kayıt örneği",
    "Surname of the holder of this extract / Soyadı: Yılmaz",
    "Given names of the holder of this extract / Adı: Elif",
    "Place and date of birth of the holder / Doğum yeri ve tarihi: Ankara, 14.03.1994",
    "Name of the father of the holder / Baba adı: Mehmet",
    "Name of the mother of the holder / Ana adı: Ayşe",
    "Marital status of the holder on the date of issue / Medeni hali: Bekâr",
    "Sex of the holder / Cinsiyeti: Kadın",
    "Authority that issued this extract / Düzenleyen makam: Çankaya İlçe Nüfus Müdürlüğü",
    "Date of issue of this extract / Düzenlenme tarihi: 02.10.2026",
    "This extract is issued at the request of the holder / Bu belge talep üzerine verilmiştir.",
]
BIRTH_RU = [
    "# СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
    "",
    "Гражданин Иванов Сергей Петрович родился 12 апреля 1990 года в городе Москве.",
    "Отец: Иванов Пётр Николаевич, гражданин Российской Федерации.",
    "Мать: Иванова Мария Сергеевна, гражданка Российской Федерации.",
    "О чём в книге регистрации актов о рождении произведена запись.",
    "Место государственной регистрации: отдел ЗАГС города Москвы.",
    "Дата выдачи: 3 сентября 2026 года. Руководитель органа записи актов гражданского состояния.",
]
BIRTH_IT = [
    "# ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA",
    "",
    "Comune di Bologna, Ufficio dello Stato Civile.",
    "Dai registri degli atti di nascita di questo Comune risulta che il giorno dodici del mese di",
    "marzo dell'anno millenovecentonovantadue è nato a Bologna Rossi Marco, figlio di Rossi Giuseppe",
    "e di Bianchi Lucia. Il presente estratto viene rilasciato in carta libera per gli usi consentiti",
    "dalla legge. Bologna, lì quindici ottobre duemilaventisei. L'ufficiale dello stato civile.",
]


def page(lines: list[str], dpi: float, size_pt: float = 11) -> Image.Image:
    """An A4 page typeset in DejaVu ("# " lines large and bold)."""
    img = Image.new("L", gen.a4_px(dpi), 255)
    draw = ImageDraw.Draw(img)
    px = round(size_pt / 72 * dpi)
    body, title = ImageFont.truetype(FONT, px), ImageFont.truetype(BOLD, round(px * 1.4))
    x, y = round(22 / 25.4 * dpi), round(30 / 25.4 * dpi)
    for line in lines:
        font = title if line.startswith("# ") else body
        for part in textwrap.wrap(line.removeprefix("# "), 80) or [""]:
            draw.text((x, y), part, font=font, fill=0)
            y += round(font.size * 1.5)
    return img


def scanned_pdf(path, pages: list[list[str]], dpi: float = 200, **scan) -> None:
    images = [gen.scan(page(lines, dpi), dpi, seed=3 + i, **scan) for i, lines in enumerate(pages)]
    gen.images_to_pdf(images, path, dpi)


def _scan(folder):
    report = docchk.scan([folder], jobs=1, submission_date=SUBMITTED, select=["document."])
    return report, {d.relpath: d for d in report.documents}


def _language_findings(report, path):
    return [(f.severity.value, f.message) for f in report.findings if f.rule == RULE and f.path == path]


# --- kind 1: the attached apostille does not decide the language ----------------


@pytest.fixture(scope="module")
def attached(tmp_path_factory):
    folder = tmp_path_factory.mktemp("attached")
    scanned_pdf(folder / "dogum-belgesi.pdf", [BIRTH_TR, APOSTILLE_DE])
    gen.text_pdf(folder / "certidao-nascimento.pdf", [BIRTH_PT, APOSTILLE_FR])
    scanned_pdf(folder / "geburtsurkunde.pdf", [BIRTH_DE, APOSTILLE_DE_FOR_DE])
    return _scan(folder)


def test_turkish_scan_with_german_apostille_is_turkish(attached):
    report, docs = attached
    doc = docs["dogum-belgesi.pdf"]
    assert doc.language == "tr"
    assert doc.legalisation == "apostille"
    assert [(p.language, p.attachment) for p in doc.pages] == [("tr", None), ("de", "apostille")]
    found = _language_findings(report, "dogum-belgesi.pdf")
    assert [sev for sev, _ in found] == ["error"] and "Turkish" in found[0][1]
    pages = doc.to_dict()["pages"]
    assert (pages[0]["language"], pages[1]["language"], pages[1]["attachment"]) == ("tr", "de", "apostille")


def test_portuguese_with_french_apostille_is_portuguese(attached):
    report, docs = attached
    doc = docs["certidao-nascimento.pdf"]
    assert doc.language == "pt"
    assert [(p.language, p.attachment) for p in doc.pages] == [("pt", None), ("fr", "apostille")]
    assert [sev for sev, _ in _language_findings(report, "certidao-nascimento.pdf")] == ["error"]


def test_german_document_with_german_apostille_stays_accepted(attached):
    report, docs = attached
    doc = docs["geburtsurkunde.pdf"]
    assert doc.language == "de"
    assert _language_findings(report, "geburtsurkunde.pdf") == []


def test_report_with_page_languages_matches_the_schema(attached):
    import json
    from importlib import resources

    import jsonschema

    report, _ = attached
    schema = json.loads(resources.files("schemas").joinpath("report.schema.json").read_text("utf-8"))
    jsonschema.validate(report.to_dict(), schema)


def test_bilingual_form_labels_do_not_make_it_accepted(tmp_path):
    """English labels beside Turkish ones: the Turkish content is not
    outvoted into an accepted language."""
    scanned_pdf(tmp_path / "nufus-kayit.pdf", [FORM_TR_EN])
    report, docs = _scan(tmp_path)
    doc = docs["nufus-kayit.pdf"]
    assert doc.language == "tr"
    assert [sev for sev, _ in _language_findings(report, "nufus-kayit.pdf")] in (["warning"], ["error"])


def test_an_apostille_stamped_below_the_text_does_not_decide_it(tmp_path):
    """One page: the document's own text, then the apostille."""
    scanned_pdf(tmp_path / "dogum-tek-sayfa.pdf", [BIRTH_TR + [""] + APOSTILLE_DE])
    gen.text_pdf(tmp_path / "certidao-uma-pagina.pdf", [BIRTH_PT + [""] + APOSTILLE_FR])
    report, docs = _scan(tmp_path)
    assert (docs["dogum-tek-sayfa.pdf"].language, docs["certidao-uma-pagina.pdf"].language) == ("tr", "pt")
    assert docs["dogum-tek-sayfa.pdf"].pages[0].attachment == "apostille"
    assert [sev for sev, _ in _language_findings(report, "dogum-tek-sayfa.pdf")] == ["error"]


def test_an_apostille_alone_in_its_file_has_its_own_language(tmp_path):
    gen.text_pdf(tmp_path / "apostille.pdf", [APOSTILLE_FR])
    _, docs = _scan(tmp_path)
    assert docs["apostille.pdf"].language == "fr"


# --- kind 2: no confident wrong language on poor OCR -----------------------------


def test_poor_cyrillic_scan_is_never_a_latin_language(tmp_path):
    """Read with Latin models (osd does not see the script on a blurred
    90 dpi page), Cyrillic comes out as Latin letter soup, which the model
    named Dutch (accepted: a translation missed). Now: unknown, warned."""
    dpi = 90
    img = gen.scan(page(BIRTH_RU * 2, dpi, 9), dpi, seed=99, noise=8, blur=1.6, jpeg_quality=40)
    gen.images_to_pdf([img], tmp_path / "svidetelstvo.pdf", dpi)
    report, docs = _scan(tmp_path)
    doc = docs["svidetelstvo.pdf"]
    assert doc.language in ("ru", None)
    found = _language_findings(report, "svidetelstvo.pdf")
    if doc.language is None:
        assert [sev for sev, _ in found] == ["warning"] and found[0][1].startswith("Could not confirm")


def test_poor_italian_tiff_is_italian_or_unknown_with_a_warning(tmp_path):
    dpi = 75
    img = gen.scan(page(BIRTH_IT * 2, dpi, 9), dpi, seed=84, noise=8, blur=1.6, jpeg_quality=40)
    gen.save_tiff([img], tmp_path / "estratto.tif", dpi)
    report, docs = _scan(tmp_path)
    doc = docs["estratto.tif"]
    assert doc.language in ("it", None)
    found = _language_findings(report, "estratto.tif")
    assert [sev for sev, _ in found] == (
        ["error"] if doc.language == "it" and doc.language_confidence >= 0.6 else ["warning"]
    )
    if doc.language is None:
        assert found[0][1].startswith("Could not confirm")


def test_only_languages_of_the_texts_script_can_win():
    assert "es" not in language.written_in("CYRILLIC") and "ru" in language.written_in("CYRILLIC")
    assert "ru" not in language.written_in("LATIN") and {"es", "tr", "sr"} <= language.written_in("LATIN")
    assert language.written_in("ARABIC") >= {"ar", "fa"} and not language.written_in("ARABIC") & ACCEPTED


def test_ocr_text_needs_a_clear_winner():
    """The same weak answer is taken from a text layer and refused on OCR'd text."""
    nl = "Dit uittreksel uit de basisregistratie personen is aangevraagd voor een procedure bij de dienst."
    it = "Il presente estratto viene rilasciato in carta libera per gli usi consentiti dalla legge italiana."
    es = "El presente certificado se expide a peticion de la interesada para su presentacion ante autoridades."
    mixed = "\n".join([nl, it, es, nl, it, es, nl])
    lang, share = language.identify(mixed)
    assert lang == "nl" and share < language.settings()["ocr_min_confidence"]
    assert language.identify(mixed, True) == (None, 0.0)


def test_each_side_of_a_bilingual_form_is_asked_apart():
    form = "\n".join(line.removeprefix("# ") for line in FORM_TR_EN)
    assert language.shares(form)[0][0] == "en"
    english, turkish = language.bilingual_sides(form)
    assert language.identify(english)[0] == "en" and language.identify(turkish)[0] == "tr"
    assert language.bilingual_sides("Dit is een brief.\nDatum / Date: 1 mei") == []


def test_the_lead_is_over_languages_not_close_to_the_winner(monkeypatch):
    """Indonesian with Malay close behind is Indonesian; Dutch with Italian close behind is doubt."""
    monkeypatch.setattr(language, "shares", lambda text: [("id", 0.55), ("ms", 0.4), ("en", 0.05)])
    assert language.identify("x", True) == ("id", 0.55)
    monkeypatch.setattr(language, "shares", lambda text: [("nl", 0.55), ("it", 0.4), ("en", 0.05)])
    assert language.identify("x", True) == (None, 0.0)


def test_a_multilingual_extract_needs_no_translation(tmp_path):
    """CIEC multilingual extracts are made to be read without a translation
    (shared/DOMAIN.md): their labels in many languages ask for none."""
    gen.text_pdf(
        tmp_path / "extrait.pdf",
        [
            [
                "# EXTRAIT PLURILINGUE D'ACTE DE NAISSANCE",
                "Formule A. Izvod iz matične knjige rođenih / Auszug aus dem Geburtseintrag / Extract from a birth record",
                "Estratto dell'atto di nascita / Extracto de acta de nacimiento / Doğum kaydı örneği",
                "1 Date de naissance / Geburtsdatum / Date of birth / Fecha de nacimiento / Doğum tarihi: 14.03.1994",
                "2 Lieu de naissance / Geburtsort / Place of birth / Lugar de nacimiento / Doğum yeri: Ankara",
                "3 Nom / Familienname / Surname / Apellidos / Soyadı: Yılmaz",
                "4 Prénoms / Vornamen / Forenames / Nombre / Adı: Elif",
                "5 Père / Vater / Father / Padre / Baba: Mehmet Yılmaz",
                "6 Mère / Mutter / Mother / Madre / Ana: Ayşe Yılmaz",
            ]
        ],
    )
    report, _ = _scan(tmp_path)
    assert _language_findings(report, "extrait.pdf") == []
