"""Messages in English and Dutch from a standard gettext catalogue: every
message in the source has a Dutch translation with the same placeholders,
the compiled catalogue matches its .po, and a Dutch scan says every
finding in Dutch while its rule ids stay the same."""

from __future__ import annotations

import gettext
import io
import re
import subprocess
import sys

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import docchk
from conftest import ROOT, SAMPLES
from docchk import i18n

PO = ROOT / "docchk" / "locale" / "nl" / "LC_MESSAGES" / "docchk.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def _source_messages() -> set[str | tuple[str, str]]:
    found = set()
    for folder in ("docchk", "plugins"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / folder, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            found.add(message)
    return found


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text))


def test_every_message_has_a_dutch_translation_with_the_same_placeholders():
    catalogue = read_po(PO.open("rb"))
    messages = _source_messages()
    assert len(messages) > 100

    def translated(m) -> bool:
        entry = catalogue.get(m[0] if isinstance(m, tuple) else m)
        if entry is None or not entry.string:
            return False
        return all(entry.string) if isinstance(m, tuple) else True

    missing = sorted(map(str, (m for m in messages if not translated(m))))
    assert missing == [], "translate these in docchk.po (CONTRIBUTING.md: Translations)"
    for m in messages:
        entry = catalogue[m[0] if isinstance(m, tuple) else m]
        assert not entry.fuzzy, m
        if isinstance(m, tuple):  # a plural: every form keeps the plural's placeholders
            assert entry.id == m, f"{m}: the catalogue's plural is {entry.id}"
            assert all(_placeholders(form) == _placeholders(m[1]) for form in entry.string), m
        else:
            assert _placeholders(entry.string) == _placeholders(m), m


def test_the_compiled_catalogue_is_the_po_file():
    compiled = io.BytesIO()
    write_mo(compiled, read_po(PO.open("rb")))
    compiled.seek(0)
    fresh = gettext.GNUTranslations(compiled)
    with MO.open("rb") as fh:
        shipped = gettext.GNUTranslations(fh)
    assert shipped._catalog == fresh._catalog, "run: pybabel compile -d docchk/locale -D docchk"


def test_a_dutch_scan_says_every_finding_in_dutch(tmp_path):
    english = docchk.scan([SAMPLES / "problems"], permit="kennismigrant", jobs=2, lang="en")
    dutch = docchk.scan([SAMPLES / "problems"], permit="kennismigrant", jobs=2, lang="nl")
    assert [(f.rule, f.path, f.page, f.severity) for f in dutch.findings] == [
        (f.rule, f.path, f.page, f.severity) for f in english.findings
    ]
    rules = {f.rule for f in english.findings}
    assert {
        "page.size-not-a4",
        "page.blank",
        "page.missing-identifier",
        "page.illegible",
        "document.unreadable",
        "submission.missing-document",
    } <= rules
    for en, nl in zip(english.findings, dutch.findings, strict=True):
        assert nl.message != en.message, en.message
        assert nl.hint != en.hint, en.hint
    assert "Pagina 1 is A5 (148 x 210 mm), geen A4." in [f.message for f in dutch.findings]
    # Plurals and severity words follow the language too.
    with i18n.language("nl"):
        assert dutch.counts_text().startswith(f"{len(dutch.documents)} documenten, ")
        assert i18n.severity("warning") == "waarschuwing" and i18n.severity("info") == "opmerking"
        assert i18n.ngettext("{n} page", "{n} pages", 1).format(n=1) == "1 pagina"
    with i18n.language("en"):
        assert i18n.ngettext("{n} error", "{n} errors", 1).format(n=1) == "1 error"


def test_the_language_follows_the_locale_and_lang_overrides_it(tmp_path):
    import os

    env = {**os.environ, "LANGUAGE": "nl_NL:nl", "LC_ALL": "C.UTF-8"}
    folder = SAMPLES / "problems"
    nl = subprocess.run(
        [sys.executable, "-m", "docchk", "scan", str(folder), "--select", "page.size-not-a4", "--format", "markdown"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert "Nog niet klaar om in te dienen" in nl.stdout and "geen A4" in nl.stdout
    en = subprocess.run(
        [
            sys.executable,
            "-m",
            "docchk",
            "scan",
            str(folder),
            "--select",
            "page.size-not-a4",
            "--format",
            "markdown",
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert "Not ready to submit" in en.stdout and "not A4" in en.stdout
    assert i18n.LANGUAGES == ("en", "nl")
