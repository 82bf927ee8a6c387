"""Understanding documents: type, language, apostille and legalisation,
translations, issue dates and passports -- on real PDFs and real OCR."""

from __future__ import annotations

import datetime as dt

import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import V_NUMBER, gen
from docchk.dates import add_months, issue_date
from docchk.mrz import check_digit
from docchk.text import find, normalise

SUBMITTED = "2026-11-23"
V = f"V-nummer: {V_NUMBER}"


def _pdf(folder, name, *pages):
    gen.text_pdf(folder / name, [gen.PageSpec(list(lines), header=V) for lines in pages])


def _doc_findings(report):
    return {(f.rule, f.path, f.severity.value) for f in report.findings if not f.rule.startswith("page.")}


APOSTILLE_ES = [
    "^# APOSTILLE",
    "^ (Convention de La Haye du 5 octobre 1961)",
    "1. País: República de Colombia",
    "El presente documento público",
    "2. ha sido firmado por Ana María Restrepo",
    "3. quien actúa en calidad de Registradora del Estado Civil",
    "4. y está revestido del sello / timbre de la Registraduría Nacional",
    "Certificado",
    "5. en Bogotá   6. el día 20 de enero de 2026",
    "7. por el Ministerio de Relaciones Exteriores   8. bajo el número A-2026-00412",
    "9. Sello / timbre   10. Firma",
]

BIRTH_ES = [
    "^ REPÚBLICA DE COLOMBIA",
    "^ Registraduría Nacional del Estado Civil",
    "^# REGISTRO CIVIL DE NACIMIENTO",
    "---",
    "Nombre:\tCarlos Andrés Gómez Pérez",
    "Fecha de nacimiento:\t3 de abril de 1996",
    "Lugar de nacimiento:\tMedellín, Antioquia",
    "Número de registro:\t4471-2290-13",
    "Padre:\tAndrés Gómez Ruiz",
    "Madre:\tLucía Pérez Mejía",
    "El registrador certifica que los datos anteriores corresponden a la inscripción original "
    "que reposa en los archivos de esta oficina y que no ha sido modificada.",
    "Expedido en Medellín el 15 de enero de 2026.",
]

TRANSLATION_EN = [
    "^# SWORN TRANSLATION",
    "^ from Spanish into English",
    "REPUBLIC OF COLOMBIA - National Registry of Civil Status",
    "BIRTH REGISTRATION",
    "Name: Carlos Andrés Gómez Pérez. Date of birth: 3 April 1996. Place of birth: Medellín.",
    "Registration number: 4471-2290-13. Father: Andrés Gómez Ruiz. Mother: Lucía Pérez Mejía.",
    "Issued at Medellín on 15 January 2026. Apostille no. A-2026-00412.",
    "",
    "I, the undersigned, J. de Vries, sworn translator for Spanish, registered in the Register of "
    "sworn interpreters and translators (Wbtv no. 10442), sworn in by the court (rechtbank) of "
    "Amsterdam, declare that this is a complete and faithful translation of the attached document.",
    "Amsterdam, 28 January 2026",
]

UNMARRIED_ES = [
    "^ REPÚBLICA DE COLOMBIA",
    "^ Notaría Tercera del Círculo de Bogotá",
    "^# CERTIFICADO DE SOLTERÍA",
    "---",
    "La suscrita notaria certifica que, según declaración juramentada rendida ante este despacho, "
    "la señora María Fernanda López Castro, identificada con cédula 52.118.903, nacida el 9 de "
    "julio de 1993, no ha contraído matrimonio civil ni religioso y su estado civil es soltera.",
    "Se expide a solicitud de la interesada para trámites migratorios en el exterior.",
    "Expedido en Bogotá el 5 de enero de 2026.",
]

BIRTH_DE = [
    "^ Bundesrepublik Deutschland",
    "^ Standesamt Berlin-Mitte",
    "^# Geburtsurkunde",
    "---",
    "Familienname:\tSchneider",
    "Vornamen:\tJonas Felix",
    "Geburtstag:\t12. Mai 1995",
    "Geburtsort:\tBerlin",
    "Mutter:\tAnna Schneider, geborene Wolf",
    "Vater:\tMichael Schneider",
    "Die Übereinstimmung mit dem Eintrag im Geburtenregister wird beglaubigt.",
    "Ausgestellt am 14. März 2023 in Berlin.",
]

CONTRACT_EN = [
    "^# EMPLOYMENT CONTRACT",
    "The undersigned, Brightwater Analytics B.V., Amsterdam (the employer), and Ms Amira Haddad "
    "(the employee), agree as follows.",
    "1. The employee enters the employer's service as Senior Data Engineer from 1 February 2026 "
    "for an indefinite period, with a probation period of one month.",
    "2. The gross monthly salary is EUR 6,250.00, paid before the end of each month.",
    "3. The working week is 40 hours. The employee is entitled to 25 days of paid leave a year.",
]


@pytest.fixture(scope="module")
def folder_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("understanding")
    _pdf(folder, "acta-nacimiento.pdf", BIRTH_ES, APOSTILLE_ES)
    _pdf(folder, "acta-nacimiento.translation.pdf", TRANSLATION_EN)
    _pdf(folder, "certificado-solteria.pdf", UNMARRIED_ES)
    _pdf(folder, "geburtsurkunde.pdf", BIRTH_DE)
    _pdf(folder, "contract.pdf", CONTRACT_EN)
    _pdf(folder, "notes.pdf", ["Things to bring on Monday: the folder, two pens and the receipt of the fee."])
    _pdf(folder, "mystery.pdf", ["Certified extract, see overleaf."])
    (folder / "docchk.toml").write_text(
        f'[applicant]\nv_number = "{V_NUMBER}"\n\n[files."mystery.pdf"]\ntype = "diploma"\n'
    )
    import docchk

    report = docchk.scan([folder], jobs=1, submission_date=SUBMITTED)
    return report, {d.relpath: d for d in report.documents}


def test_types_come_from_titles_and_docchk_toml(folder_report):
    _, docs = folder_report
    assert docs["acta-nacimiento.pdf"].type == "birth-certificate"
    assert docs["certificado-solteria.pdf"].type == "unmarried-declaration"
    assert docs["geburtsurkunde.pdf"].type == "birth-certificate"
    assert docs["contract.pdf"].type == "employment-contract"
    assert docs["acta-nacimiento.translation.pdf"].type == "translation"
    assert docs["notes.pdf"].type == "other"
    assert (docs["mystery.pdf"].type, docs["mystery.pdf"].type_confidence, docs["mystery.pdf"].type_source) == (
        "diploma",
        1.0,
        "docchk.toml",
    )
    assert docs["contract.pdf"].type_confidence >= 0.9


def test_languages(folder_report):
    _, docs = folder_report
    assert {
        n: docs[n].language
        for n in ("acta-nacimiento.pdf", "certificado-solteria.pdf", "geburtsurkunde.pdf", "contract.pdf")
    } == {
        "acta-nacimiento.pdf": "es",
        "certificado-solteria.pdf": "es",
        "geburtsurkunde.pdf": "de",
        "contract.pdf": "en",
    }


def test_legalisation_and_exemptions(folder_report):
    _, docs = folder_report
    assert docs["acta-nacimiento.pdf"].legalisation == "apostille"
    assert docs["certificado-solteria.pdf"].legalisation == "none"
    assert docs["geburtsurkunde.pdf"].legalisation == "not-needed"  # EU public document
    assert docs["contract.pdf"].legalisation is None  # not a civil document


def test_translation_is_paired_with_its_original(folder_report):
    _, docs = folder_report
    assert docs["acta-nacimiento.translation.pdf"].translation_of == "acta-nacimiento.pdf"
    assert docs["acta-nacimiento.pdf"].translations == ["acta-nacimiento.translation.pdf"]


def test_issue_dates(folder_report):
    _, docs = folder_report
    assert docs["certificado-solteria.pdf"].issue_date == dt.date(2026, 1, 5)
    assert docs["acta-nacimiento.pdf"].issue_date == dt.date(2026, 1, 15)
    assert docs["geburtsurkunde.pdf"].issue_date == dt.date(2023, 3, 14)


def test_document_findings_fire_on_evidence_only(folder_report):
    report, _ = folder_report
    assert _doc_findings(report) == {
        # Spanish, no translation; no apostille, names a non-EU country; 10 months old.
        ("document.language-not-accepted", "certificado-solteria.pdf", "error"),
        ("document.not-legalised", "certificado-solteria.pdf", "error"),
        ("document.outdated", "certificado-solteria.pdf", "error"),
        ("submission.unclassified-document", "notes.pdf", "info"),
    }


def test_report_carries_the_new_fields(folder_report):
    import json

    import jsonschema

    from conftest import ROOT

    report, _ = folder_report
    data = json.loads(report.to_json())
    jsonschema.validate(data, json.loads((ROOT / "schemas" / "report.schema.json").read_text()))
    doc = next(d for d in data["documents"] if d["path"] == "acta-nacimiento.translation.pdf")
    assert doc["translation_of"] == "acta-nacimiento.pdf"


def test_translation_made_abroad_paired_by_content(tmp_path, scan_folder):
    original = [
        "^ REPÚBLICA FEDERATIVA DO BRASIL",
        "^# CERTIDÃO DE NASCIMENTO",
        "Nome: Beatriz Almeida Santos. Data de nascimento: 21/08/1997.",
        "Matrícula: 118455 01 55 2019 1 00042 117 0063321-40.",
        "Cartório do 2º Ofício de Registro Civil de São Paulo.",
    ]
    translation = [
        "^# CERTIFIED TRANSLATION",
        "FEDERATIVE REPUBLIC OF BRAZIL - BIRTH CERTIFICATE",
        "Name: Beatriz Almeida Santos. Date of birth: 21/08/1997.",
        "Registration: 118455 01 55 2019 1 00042 117 0063321-40.",
        "I, Paulo Moreira, sworn translator (tradutor público juramentado) in São Paulo, certify "
        "that this is a true translation of the original in Portuguese.",
    ]
    _pdf(tmp_path, "certidao.pdf", original)
    _pdf(tmp_path, "english-version.pdf", translation)
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, select=["document."])
    docs = {d.relpath: d for d in report.documents}
    assert docs["english-version.pdf"].translation_of == "certidao.pdf"
    found = _doc_findings(report)
    assert ("document.translation-not-legalised", "english-version.pdf", "warning") in found
    assert not any(r == "document.language-not-accepted" for r, *_ in found)


def _td3(surname, given, number, nationality, born, sex, expiry):
    line1 = f"P<{nationality}{surname}<<{given.replace(' ', '<')}".ljust(44, "<")
    opt = "<" * 14
    body = (
        number
        + check_digit(number)
        + nationality
        + born
        + check_digit(born)
        + sex
        + expiry
        + check_digit(expiry)
        + opt
        + check_digit(opt)
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return line1, body + check_digit(composite)


@pytest.mark.parametrize(
    "expiry, rule_severity",
    [
        ("240301", ("passport.expired", "error")),
        ("270315", ("passport.expired", "warning")),  # within 6 months of submission
        ("320101", None),
    ],
)
def test_passport_expiry_from_the_mrz(tmp_path, scan_folder, expiry, rule_severity):
    l1, l2 = _td3("GOMEZ", "CARLOS ANDRES", "AB1234567", "COL", "960403", "M", expiry)
    _pdf(tmp_path, "passport.pdf", ["^# PASAPORTE / PASSPORT", "República de Colombia", "", l1, l2])
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, select=["passport."])
    (doc,) = report.documents
    assert doc.type == "passport" and doc.mrz.valid
    expected = {("passport.expired", "passport.pdf", rule_severity[1])} if rule_severity else set()
    assert _doc_findings(report) == expected


def test_wrong_check_digit_in_a_text_layer_is_an_error(tmp_path, scan_folder):
    l1, l2 = _td3("GOMEZ", "CARLOS", "AB1234567", "COL", "960403", "M", "320101")
    l2 = l2[:19] + str((int(l2[19]) + 1) % 10) + l2[20:]  # the birth date's check digit
    _pdf(tmp_path, "passport.pdf", ["PASSPORT", l1, l2])
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, select=["passport."])
    assert _doc_findings(report) == {("passport.mrz-invalid", "passport.pdf", "error")}
    assert "birth date" in report.findings[0].message


def test_passport_holder_is_looked_for_when_no_identifier_is_given(tmp_path):
    import docchk

    l1, l2 = _td3("HADDAD", "AMIRA", "XR4827153", "UTO", "940317", "F", "310821")
    gen.text_pdf(
        tmp_path / "passport.pdf",
        [gen.PageSpec(["PASSPORT", "Surname: HADDAD", "Given names: AMIRA", "Date of birth: 17.03.1994", l1, l2])],
    )
    gen.text_pdf(
        tmp_path / "letter.pdf",
        [gen.PageSpec(["Dear Sir or Madam, please find my documents enclosed.", "Amira Haddad, born 17-03-1994"])],
    )
    gen.text_pdf(tmp_path / "other.pdf", [gen.PageSpec(["Dear Sir or Madam, my documents."])])
    report = docchk.scan([tmp_path], jobs=1, submission_date=SUBMITTED, select=["page.missing-identifier"])
    status = {d.relpath: d.pages[0].identifier_status for d in report.documents}
    assert status == {"letter.pdf": "found", "other.pdf": "missing", "passport.pdf": "found"}


RUSSIAN = [
    "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
    "Гражданин Иванов Сергей Петрович родился 14 февраля 1992 года",
    "в городе Новосибирске Российской Федерации, о чём составлена запись",
    "акта о рождении номер 1187. Отец: Иванов Пётр Николаевич, гражданин",
    "России. Мать: Иванова Елена Викторовна, гражданка России. Место",
    "государственной регистрации: отдел записи актов гражданского",
    "состояния Новосибирской области. Дата выдачи: 3 марта 2025 года.",
]


def test_cyrillic_scan_is_read_in_its_script(tmp_path, scan_folder):
    """Real Tesseract: Latin models read Cyrillic as gibberish; script
    detection (osd) switches to the Russian models, so the language is known."""
    dpi = 300
    img = Image.new("L", gen.a4_px(dpi), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 42)
    draw.text((250, 150), V, font=font, fill=0)
    for i, line in enumerate(RUSSIAN):
        draw.text((250, 500 + i * 90), line, font=font, fill=0)
    gen.images_to_pdf([gen.scan(img, dpi, seed=5, noise=2.0, jpeg_quality=None)], tmp_path / "ru.pdf", dpi)
    report, _ = scan_folder(tmp_path, submission_date=SUBMITTED, select=["document.", "page.illegible"])
    (doc,) = report.documents
    assert doc.pages[0].script == "Cyrillic"
    assert doc.language == "ru" and doc.type == "birth-certificate"
    assert _doc_findings(report) >= {("document.language-not-accepted", "ru.pdf", "error")}
    assert not any(f.rule == "page.illegible" for f in report.findings)


# --- units -------------------------------------------------------------------


def test_find_matches_whole_words_whatever_case_and_accents():
    text = normalise("EXTRAIT D'ACTE DE NAISSANCE\nCertificat de célibat")
    assert find("acte de naissance", text) >= 0
    assert find("certificat de celibat", text) >= 0
    assert find("naiss", text) == -1  # not inside a word
    assert find("出生证明", normalise("公证书 出生 证明")) >= 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Issued at Port Sereno on 6 January 2025.", dt.date(2025, 1, 6)),
        ("Den Haag, afgegeven op 12 januari 2025", dt.date(2025, 1, 12)),
        ("Fait à Lyon, le 3 février 2024", dt.date(2024, 2, 3)),
        ("Ausgestellt am 14. März 2023", dt.date(2023, 3, 14)),
        ("Datum van afgifte: 12.03.2025", dt.date(2025, 3, 12)),
        ("This certificate is valid for six months from the date of issue.", None),
        ("Date of birth: 17 March 1994", None),
        ("", None),
    ],
)
def test_issue_date_only_where_the_document_says_so(text, expected):
    assert issue_date(text, None, dt.date(2026, 11, 23)) == expected


def test_add_months_clamps_to_the_month_end():
    assert add_months(dt.date(2026, 8, 31), -6) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 23), 6) == dt.date(2027, 5, 23)


def _sign(src, out):
    """Sign ``src`` with a throw-away certificate, as an authority signs an e-Apostille."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ministry of Foreign Affairs of Colombia")])
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        cert_registry=None,
    )
    with open(src, "rb") as inf, open(out, "wb") as outf:
        signers.sign_pdf(
            IncrementalPdfFileWriter(inf),
            signers.PdfSignatureMetadata(field_name="Apostille"),
            signer=signer,
            output=outf,
        )


def test_e_apostille_signature_is_reported_and_checked(tmp_path, scan_folder):
    work = tmp_path / "work"
    folder = tmp_path / "submission"
    work.mkdir()
    folder.mkdir()
    _pdf(work, "unsigned.pdf", BIRTH_ES, APOSTILLE_ES)
    _sign(work / "unsigned.pdf", folder / "e-apostille.pdf")
    signed = bytearray((folder / "e-apostille.pdf").read_bytes())
    at = signed.index(b"docchk samples")  # the document's /Creator, inside the signed bytes
    signed[at] = ord("D")
    (folder / "changed.pdf").write_bytes(bytes(signed))
    report, _ = scan_folder(folder, submission_date=SUBMITTED, select=["document.not-legalised"])
    docs = {d.relpath: d for d in report.documents}
    assert docs["e-apostille.pdf"].legalisation == "e-apostille"
    (sig,) = docs["e-apostille.pdf"].signatures
    assert sig.intact and sig.covers_whole_file and "Colombia" in sig.signer
    assert not docs["changed.pdf"].signatures[0].intact
    assert _doc_findings(report) == {("document.not-legalised", "changed.pdf", "error")}


APOSTILLE_EN = [
    "APOSTILLE",
    "(Convention de La Haye du 5 octobre 1961)",
    "1. Country: Republic of Colombia",
    "This public document",
    "2. has been signed by Ana Maria Restrepo",
    "3. acting in the capacity of Registrar of Civil Status",
    "4. bears the seal/stamp of the National Civil Registry",
    "Certified",
    "5. at Bogota   6. the 20 January 2026",
    "7. by the Ministry of Foreign Affairs",
    "8. No. A-2026-00412",
    "9. Seal/stamp   10. Signature",
]


def _rubber_stamp(lines, dpi: float, angle: float) -> Image.Image:
    """An apostille pressed by hand: a bordered box of 8 pt text, askew."""
    font = ImageFont.truetype(str(gen.PRINT_FONT), round(8 * dpi / 72))
    lead = round(font.size * 1.4)
    box = Image.new("L", (gen.mm_to_px(105, dpi), lead * (len(lines) + 1)), 255)
    draw = ImageDraw.Draw(box)
    for i, line in enumerate(lines):
        draw.text((lead // 2, lead // 2 + i * lead), line, font=font, fill=50)
    draw.rectangle((0, 0, box.width - 1, box.height - 1), outline=50, width=5)
    return box.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)


def test_skew_angle_of_a_stamp_is_measured():
    from docchk.skew import skew_angle

    for angle in (-7.0, 5.0):
        stamp = _rubber_stamp(APOSTILLE_EN, 300, angle)
        stamp.info["dpi"] = (300, 300)
        assert skew_angle(stamp) == pytest.approx(-angle, abs=1.0)


def test_an_apostille_stamped_askew_is_read_turned_straight(tmp_path, scan_folder, monkeypatch):
    """A rubber stamp 6 degrees off the page's lines: the whole-page reading
    gets fragments of it; the askew region read again straight gives the
    apostille. Without that second look the same page has none."""
    from PIL import ImageChops

    from docchk import skew

    dpi = 300
    page = gen.render_pages([gen.PageSpec(BIRTH_ES, header=V)], dpi)[0].convert("L")
    stamp = _rubber_stamp(APOSTILLE_EN, dpi, 6.0)
    layer = Image.new("L", page.size, 255)
    layer.paste(stamp, (gen.mm_to_px(70, dpi), gen.mm_to_px(175, dpi)))
    scanned = gen.scan(ImageChops.darker(page, layer), dpi, seed=11)
    gen.images_to_pdf([scanned], tmp_path / "registro-civil.pdf", dpi, quality=85)

    report, findings = scan_folder(tmp_path, submission_date=SUBMITTED, cache=False)
    (doc,) = report.documents
    assert doc.type == "birth-certificate"
    assert doc.legalisation == "apostille"
    assert not {f for f in findings if f[0] == "document.not-legalised"}

    monkeypatch.setattr(skew, "reread_skewed_regions", lambda *a: "")
    report, findings = scan_folder(tmp_path, submission_date=SUBMITTED, cache=False)
    assert report.documents[0].legalisation != "apostille"
    assert {f[0] for f in findings} >= {"document.not-legalised"}


def test_a_machine_readable_zone_is_read_again_on_its_own(tmp_path):
    """The MRZ band is read a second time with only the MRZ's characters;
    a page without an MRZ costs no second read."""
    import docchk
    from docchk import analyse, mrz_zone, pipeline
    from docchk.mrz import find_mrz

    dpi = 300
    l1, l2 = gen.passport_mrz()
    passport, letter = (
        img.convert("L")
        for img in gen.render_pages(
            [gen.PageSpec(["^# PASSPORT", "Republic of Colombia", "", l1, l2]), gen.PageSpec(BIRTH_ES)], dpi
        )
    )
    engine = pipeline._engine(docchk.build_config([tmp_path], cache=False), "page")
    calls = []

    class Counting:
        honours_alphabet = True

        def ocr(self, image, **options):
            calls.append(options)
            return engine.ocr(image, **options)

    for img in (passport, letter):
        img.info["dpi"] = (dpi, dpi)
    again = analyse.reread_mrz(passport, engine.ocr(passport), Counting())
    mrz = find_mrz(again, dt.date(2026, 11, 23))
    assert mrz is not None and mrz.valid and mrz.lines == (l1, l2)
    assert calls == [{"psm": 6, "alphabet": mrz_zone.MRZ_ALPHABET}]
    calls.clear()
    assert analyse.reread_mrz(letter, engine.ocr(letter), Counting()) == ""
    assert calls == []
