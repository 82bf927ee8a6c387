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
from docchk.i18n import N_, _
from docchk.model import Finding, Level, Rule, Severity
from docchk.understand import stated_facts

RULE = "document.language-not-accepted"

EXEMPT_TYPES = frozenset({"passport", "id-card", "residence-permit", "translation"})
NAMES = {"nl": N_("Dutch"), "en": N_("English"), "fr": N_("French"), "de": N_("German"), "es": N_("Spanish"),
         "pt": N_("Portuguese"), "tr": N_("Turkish"), "ru": N_("Russian"), "ar": N_("Arabic"),
         "zh": N_("Chinese"), "it": N_("Italian"), "pl": N_("Polish"), "id": N_("Indonesian"),
         "uk": N_("Ukrainian"), "fa": N_("Persian")}


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
    name = _(NAMES[lang]) if lang in NAMES else _("the language '{code}'").format(code=lang)
    # Below sure_confidence a foreign language is a "could not confirm"
    # warning: close languages (Afrikaans and Dutch) are told apart less surely.
    if document.language_confidence < facts.load("language")["sure_confidence"]:
        return [Finding(
            RULE, Severity.WARNING, document.relpath, None,
            _("Could not confirm the language of this document: it reads most like {language} "
              "(confidence {confidence}), and no sworn translation of it is in the folder.").format(
                language=name, confidence=f"{document.language_confidence:.0%}"),
            _("If it is not in Dutch, English, French or German, add a sworn translation; if it "
              'is, state it in docchk.toml (language = "nl").'))]
    return [Finding(
        RULE, Severity.ERROR, document.relpath, None,
        _("This document is in {language}, and no sworn translation of it is in the folder.").format(language=name),
        _("Add a translation by a sworn translator into Dutch, English, French or German, "
          "named after the original (e.g. {example}), or state it in docchk.toml with "
          'translation_of = "..." on the translation.').format(example=_translation_name(document.relpath)))]


def _translation_name(relpath: str) -> str:
    stem, dot, ext = relpath.rpartition(".")
    return f"{stem}.translation.{ext}" if dot else f"{relpath}.translation"
