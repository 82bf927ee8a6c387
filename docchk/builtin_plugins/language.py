"""The main language of each document (document.language-not-accepted).

IND rule 7 (shared/seeds/002 §4-5): every document is in Dutch, English,
French or German, or goes with a sworn translation. The language is
identified from the pages read whole (:mod:`docchk.language`, chosen by the
comparison in docs/language-identification.md); too little or too garbled
text gives "unknown", and an unknown language is never reported.

Passports, ID cards and residence permits are exempt: they are bilingual by
design and the IND reads them from their machine-readable zone. A language
stated for the file in docchk.toml wins.
"""

from __future__ import annotations

from docchk import facts
from docchk.hookspec import hookimpl
from docchk.model import Finding, Level, Rule, Severity
from docchk.understand import stated_facts

RULE = "document.language-not-accepted"

EXEMPT_TYPES = frozenset({"passport", "id-card", "residence-permit", "translation"})
NAMES = {"nl": "Dutch", "en": "English", "fr": "French", "de": "German", "es": "Spanish",
         "pt": "Portuguese", "tr": "Turkish", "ru": "Russian", "ar": "Arabic", "zh": "Chinese",
         "it": "Italian", "pl": "Polish", "id": "Indonesian", "uk": "Ukrainian", "fa": "Persian"}


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.DOCUMENT, "not in nl/en/fr/de and no sworn translation with it"))


@hookimpl
def docchk_read_document(document, config):
    stated = stated_facts(config, document).get("language")
    if stated:
        document.language, document.language_confidence = stated, 1.0
        return
    from docchk.language import identify

    document.language, document.language_confidence = identify(document.edge_text)


@hookimpl
def docchk_check_document(document, config):
    from docchk.language import ACCEPTED

    lang = document.language
    if not lang or lang in ACCEPTED or document.type in EXEMPT_TYPES or document.translations:
        return []
    name = NAMES.get(lang, f"language '{lang}'")
    # Below sure_confidence a foreign language is a "could not confirm"
    # warning: close languages (Afrikaans and Dutch) are told apart less surely.
    if document.language_confidence < facts.load("language")["sure_confidence"]:
        return [Finding(
            RULE, Severity.WARNING, document.relpath, None,
            f"Could not confirm the language of this document: it reads most like {name} "
            f"(confidence {document.language_confidence:.0%}), and no sworn translation of it "
            "is in the folder.",
            "If it is not in Dutch, English, French or German, add a sworn translation; if it "
            'is, state it in docchk.toml (language = "nl").')]
    return [Finding(
        RULE, Severity.ERROR, document.relpath, None,
        f"This document is in {name}, and no sworn translation of it is in the folder.",
        "Add a translation by a sworn translator into Dutch, English, French or German, "
        f"named after the original (e.g. {_translation_name(document.relpath)}), or state "
        'it in docchk.toml with translation_of = "..." on the translation.')]


def _translation_name(relpath: str) -> str:
    stem, dot, ext = relpath.rpartition(".")
    return f"{stem}.translation.{ext}" if dot else f"{relpath}.translation"
