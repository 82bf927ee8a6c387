"""docchk.language: the main language of a document, or "unknown".

The paragraphs here are not the benchmark's (benchmarks/langid.py chose the
library and thresholds on its own corpus): they check that the choice holds
on text it never saw.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import unicodedata
from importlib import resources

import pytest

from conftest import ROOT, gen
from docchk import language
from docchk.language import ACCEPTED, identify, prepare

PARAGRAPHS = {
    "nl": """Uittreksel basisregistratie personen, gemeente Eindhoven.
Mevrouw Noor van den Heuvel, geboren op 12 mei 1993 te Eindhoven, staat sinds 4 januari 2021
ingeschreven op het adres Stratumseind 31. Zij is ongehuwd en heeft de Nederlandse nationaliteit.
Dit uittreksel is aangevraagd voor een procedure bij de Immigratie- en Naturalisatiedienst.""",
    "en": """Reference letter. To whom it may concern: Mr Tomasz Zielinski has worked for Harbour
Freight Services Ltd in Felixstowe since 3 April 2019 as a warehouse supervisor. He is employed on a
permanent contract of 40 hours per week and his annual salary is GBP 34,200. We have always found him
reliable and honest, and we would employ him again without hesitation.""",
    "fr": """Attestation d'emploi. Nous soussignés, société Transports Duval SARL, certifions que
Madame Aïcha Benmoussa est employée dans notre entreprise depuis le 15 septembre 2020 en qualité de
comptable, sous contrat à durée indéterminée. Son salaire mensuel brut s'élève à 2 780 euros.
La présente attestation est délivrée à l'intéressée pour servir et valoir ce que de droit.""",
    "de": """Meldebescheinigung. Hiermit wird bestätigt, dass Herr Konstantin Bauer, geboren am
8. Februar 1991 in Dortmund, seit dem 1. März 2022 mit alleiniger Wohnung in der Hansastraße 17,
44137 Dortmund, gemeldet ist. Die Bescheinigung wird auf Antrag des Betroffenen erteilt und ist
ohne Unterschrift gültig.""",
    "es": """Certificado de empadronamiento. El Ayuntamiento de Granada certifica que doña Carmen
Ruiz Ortega, con documento nacional de identidad 44556677-Z, figura inscrita en el padrón municipal
de habitantes en la calle Reyes Católicos número 9 desde el día 2 de marzo de 2018. Se expide el
presente certificado a petición de la interesada para su presentación ante las autoridades.""",
    "pt": """Atestado de residência. A Junta de Freguesia de Arroios, em Lisboa, atesta que o senhor
João Pedro Almeida, portador do cartão de cidadão n.º 12345678, reside na Rua Morais Soares, n.º 54,
desde o ano de 2017. O presente atestado destina-se a ser apresentado junto das autoridades
neerlandesas e é válido por seis meses a contar da data da sua emissão.""",
    "tr": """İkametgah belgesi. Aşağıda kimlik bilgileri yazılı Kemal Arslan, İzmir ili Karşıyaka
ilçesi Bostanlı mahallesi Cemal Gürsel Caddesi numara 112 adresinde 2019 yılından beri ikamet
etmektedir. Bu belge kişinin kendi talebi üzerine Hollanda makamlarına sunulmak üzere
düzenlenmiştir ve elektronik imza ile imzalanmıştır.""",
    "ru": """Справка с места работы. Дана Соколовой Ирине Павловне в том, что она действительно
работает в акционерном обществе «Северный порт» в должности главного бухгалтера с 10 мая 2018 года
по настоящее время. Средняя заработная плата за последние шесть месяцев составляет 98 000 рублей.
Справка выдана для представления в посольство Королевства Нидерландов.""",
    "ar": """شهادة عمل. تشهد شركة النور للتجارة العامة بأن السيد حسام الدين يوسف يعمل لديها بوظيفة
محاسب منذ الأول من مارس عام 2019 وحتى تاريخه، وأنه يتقاضى راتبا شهريا قدره خمسة آلاف دينار.
وقد أعطيت له هذه الشهادة بناء على طلبه لتقديمها إلى سفارة مملكة هولندا دون أدنى مسؤولية على الشركة.""",
    "zh": """在职证明。兹证明李建华同志，身份证号码110105198806124512，自2016年7月起在我公司
担任财务经理职务，至今仍在职。其月平均收入为人民币二万三千元。该同志工作认真负责，遵纪守法。
特此证明，本证明仅用于向荷兰王国驻华使馆申请签证。北京华信科技有限公司人力资源部。""",
}

#: what Tesseract often makes of print: the letters it confuses
_OCR_CONFUSIONS = {
    "rn": "m",
    "m": "rn",
    "l": "1",
    "I": "l",
    "e": "c",
    "o": "0",
    "a": "o",
    "о": "o",
    "е": "e",
    "р": "p",
    "с": "c",
    "ا": "ل",
    "ي": "ى",
    "的": "白",
    "证": "正",
}


def ocr_noise(text: str, seed: int) -> str:
    """A deterministic OCR-like mess: confused and dropped letters, lost
    accents, specks, a stamp line and a page number."""
    rng = random.Random(seed)
    out = []
    i = 0
    while i < len(text):
        two, one = text[i : i + 2], text[i]
        if two in _OCR_CONFUSIONS and rng.random() < 0.3:
            out.append(_OCR_CONFUSIONS[two])
            i += 2
            continue
        r = rng.random()
        if one in _OCR_CONFUSIONS and r < 0.12:
            out.append(_OCR_CONFUSIONS[one])
        elif r < 0.03:
            pass  # a dropped character
        elif r < 0.06 and one.isalpha():
            out.append(unicodedata.normalize("NFD", one)[0])  # a lost accent
        elif r < 0.08 and one == " ":
            out.append(rng.choice([" | ", " ~ ", " . ", " ‚ ", " » "]))
        else:
            out.append(one)
        i += 1
    lines = "".join(out).splitlines()
    lines.insert(len(lines) // 2, "ii ,. ~~ 12/03/2024 N° 4471 ||")
    lines.append("COPIE CONFORME  —  Pag. 1/2  —  P<NLDDOE<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<")
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_realistic_paragraph(lang):
    got, confidence = identify(PARAGRAPHS[lang])
    assert got == lang
    assert 0.5 <= confidence <= 1.0


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_the_same_paragraph_after_noisy_ocr(lang):
    noisy = ocr_noise(PARAGRAPHS[lang], seed=sum(map(ord, lang)))
    assert noisy != PARAGRAPHS[lang]
    got, confidence = identify(noisy)
    assert got == lang, noisy
    assert confidence > 0


def test_a_paragraph_of_another_language_does_not_win():
    """A Dutch page with an English apostille sentence and an Arabic stamp line."""
    page = "\n".join(
        [
            PARAGRAPHS["nl"],
            "This public document has been signed by the civil registrar acting in that capacity.",
            "ختم البلدية الرسمي وزارة الخارجية",
            "Het uittreksel is kosteloos verstrekt en is drie maanden geldig vanaf de datum van afgifte.",
        ]
    )
    assert identify(page)[0] == "nl"


def test_chinese_text_with_a_latin_letterhead():
    page = "Beijing Huaxin Technology Co., Ltd. — Human Resources Department\n" + PARAGRAPHS["zh"]
    assert identify(page)[0] == "zh"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "0123456789",
        "12-03-2024  4.500,00  NL91 ABNA 0417 1643 00  +31 6 12345678  2719283746",
        "P<NLDBAKKER<<JOHANNA<MARIA<<<<<<<<<<<<<<<<<<<\nNW12345670NLD9103148F3109025<<<<<<<<<<<<<<02",
        "Handtekening:",
        "Page 1 of 4",
        "|| ~ . ,, l1 I| .:; ' ` -- __ == ° » « | l l ii ; rn ,",
        "info@gemeente.nl https://www.example.org/formulier?id=12",
    ],
)
def test_too_little_evidence_is_unknown(text):
    assert identify(text) == (None, 0.0)


def test_letter_soup_is_unknown():
    rng = random.Random(7)
    for _ in range(5):
        soup = " ".join(
            "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(1, 9))) for _ in range(60)
        )
        assert identify(soup) == (None, 0.0), soup


def test_prepare_removes_what_misleads():
    text = (
        "P<NLDBAKKER<<JOHANNA<MARIA<<<<<<<<<<\n"
        "Zie www.utrecht.nl of mail burgerzaken@utrecht.nl, IBAN NL91ABNA0417164300.\n"
        "Bedrag: € 3.250,00 ---- |||| NL BV\n"
        "GEMEENTE UTRECHT"
    )
    clean = prepare(text)
    for gone in ("<", "utrecht.nl", "@", "NL91", "3.250", "||", "--", " NL ", " BV"):
        assert gone not in f" {clean} "
    assert "gemeente utrecht" in clean  # capitals lower-cased, kept
    assert clean.splitlines()[0] == "Zie of mail iban"


def test_accepted_languages():
    assert frozenset({"nl", "en", "fr", "de"}) == ACCEPTED


def test_thresholds_are_data_with_their_source():
    doc = json.loads(resources.files("docchk.data").joinpath("language.json").read_text("utf-8"))
    assert "docs/language-identification.md" in doc["source"]
    assert doc["date"] == "2026-11-23"
    values = doc["values"]
    for key in ("min_letters", "min_confidence", "min_margin", "chunk_letters", "languages"):
        assert key in values
    assert set(values["languages"]) >= ACCEPTED
    assert (ROOT / "docs" / "language-identification.md").is_file()


def _python(code: str, tmp_path, *, no_network: bool = False) -> subprocess.CompletedProcess:
    prelude = ""
    if no_network:
        prelude = (
            "import socket\n"
            "def _refuse(*a, **k): raise OSError('no network in this test')\n"
            "socket.socket.connect = _refuse\n"
            "socket.create_connection = _refuse\n"
        )
    env = {**os.environ, "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-c", prelude + code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_nothing_is_loaded_at_import(tmp_path):
    r = _python(
        "import sys, docchk, docchk.language\n"
        "heavy = [m for m in ('py3langid', 'numpy') if m in sys.modules]\n"
        "print(heavy)\n",
        tmp_path,
    )
    assert r.returncode == 0, r.stderr
    assert "py3langid" not in r.stdout


def test_works_without_network(tmp_path):
    r = _python(
        f"from docchk.language import identify\nprint(identify({PARAGRAPHS['de']!r})[0])\n", tmp_path, no_network=True
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "de"


@pytest.fixture(scope="module")
def tesseract():
    from docchk.builtin_plugins.tesseract_ocr import TesseractEngine

    return TesseractEngine()


def _scanned_page(lines: list[str], seed: int):
    dpi = 300
    [page] = gen.render_pages([gen.PageSpec(lines=lines, font_size=11)], dpi)
    # the text block only (a whole empty A4 only costs OCR time)
    page = page.crop((0, 0, page.width, int(page.height * 0.45)))
    image = gen.scan(page, dpi, seed=seed)
    image.info["dpi"] = (dpi, dpi)
    return image


@pytest.mark.parametrize(
    "lang, lines",
    [
        (
            "es",
            [
                "CERTIFICADO DE EMPADRONAMIENTO",
                "El Ayuntamiento de Granada certifica que doña Carmen Ruiz Ortega, con documento",
                "nacional de identidad 44556677-Z, figura inscrita en el padrón municipal de habitantes",
                "en la calle Reyes Católicos número 9 desde el día 2 de marzo de 2018.",
                "Se expide el presente certificado a petición de la interesada.",
                "Granada, a 14 de octubre de 2024        SELLO DEL AYUNTAMIENTO",
            ],
        ),
        (
            "de",
            [
                "MELDEBESCHEINIGUNG",
                "Hiermit wird bestätigt, dass Herr Konstantin Bauer, geboren am 8. Februar 1991",
                "in Dortmund, seit dem 1. März 2022 mit alleiniger Wohnung in der Hansastraße 17,",
                "44137 Dortmund, gemeldet ist. Die Bescheinigung wird auf Antrag erteilt.",
                "Dortmund, den 3. November 2024        Im Auftrag, Schulte",
            ],
        ),
    ],
)
def test_real_tesseract_on_a_scanned_page(tesseract, lang, lines):
    """Render, scan and read a page with docchk's own Tesseract engine
    (eng+nld+deu+fra, as for every page), then name its language."""
    text = tesseract.ocr(_scanned_page(lines, seed=len(lang) + len(lines))).text
    assert len(text) > 150, text
    got, confidence = identify(text)
    assert got == lang, text
    assert (got in ACCEPTED) == (lang in ACCEPTED)
    assert confidence >= language.settings()["min_confidence"]
