"""Sworn translations and their originals (document.translation-not-legalised).

IND rule 7 (shared/seeds/002 §4-5): a document in another language than
Dutch, English, French or German goes with a translation by a sworn
translator; a translation made abroad must itself be legalised.

A sworn translation is recognised by its translator's declaration (wording
in ``docchk/data/document_marks.json``), and paired with its original:

1. by docchk.toml: ``[files."x.translation.pdf"] translation_of = "x.pdf"``;
2. by file name: ``x.pdf`` with ``x.translation.pdf``, ``x-vertaling.pdf``,
   ``x_translation.pdf``, ``x (vertaling).pdf``, ...;
3. by content: the one untranslated document sharing the most numbers
   (certificate and registration numbers, dates in digits) with it.

A translation made in the Netherlands names the translator's Wbtv
registration or the court where they were sworn in; one without either was
made abroad and needs an apostille or legalisation of its own.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from docchk import facts
from docchk.builtin_plugins.legalisation import has_apostille, is_legalised
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity
from docchk.text import find, normalise
from docchk.understand import stated_facts

RULE = "document.translation-not-legalised"
#: What people append to an original's file name to name its translation.
SUFFIXES = (
    "translation",
    "translated",
    "vertaling",
    "vertaald",
    "ubersetzung",
    "übersetzung",
    "uebersetzung",
    "traduction",
    "traduccion",
    "traducción",
    "tr",
    "en",
    "nl",
    "de",
    "fr",
)
_SUFFIX = re.compile(r"[\s._-]*[(\[]?(?:" + "|".join(map(re.escape, SUFFIXES)) + r")[)\]]?$", re.I)
_NUMBER = re.compile(r"\d[\d/.-]{3,}\d")
_MIN_SHARED_NUMBERS = 2


def _marks() -> dict:
    return facts.load("document_marks")["sworn_translation"]


def is_sworn_translation(text: str) -> bool:
    return any(find(p, text) >= 0 for p in _marks()["declaration"])


def made_in_netherlands(text: str) -> bool:
    return any(find(p, text) >= 0 for p in _marks()["dutch_register"])


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.DOCUMENT, "sworn translation made abroad, not legalised"))


#: A translator's declaration closes the translation; a letter that only
#: mentions sworn translators does so anywhere.
_DECLARATION_LINES = 15


@hookimpl
def docchk_classify_document(document, config):
    """A translator's declaration at the end of the document makes it a
    translation (its title, "Translation", is the title classifier's)."""
    tail = "\n".join(document.edge_text.splitlines()[-_DECLARATION_LINES:])
    if is_sworn_translation(normalise(tail)):
        return [("translation", 0.95)]
    return None


def _stem(relpath: str) -> str:
    path = PurePosixPath(relpath)
    return str(path.with_name(path.stem)).casefold()


def _original_by_name(relpath: str, others: dict[str, object]) -> str | None:
    stem = _stem(relpath)
    base = _SUFFIX.sub("", stem)
    if base == stem:
        return None
    return next((rp for rp in others if _stem(rp) == base), None)


def _numbers(doc) -> set[str]:
    return {re.sub(r"\D", "", n) for n in _NUMBER.findall(doc.edge_text)}


def _original_by_content(translation, candidates) -> str | None:
    mine = _numbers(translation)
    scored = sorted(((len(mine & _numbers(d)), d.relpath) for d in candidates), reverse=True)
    if scored and scored[0][0] >= _MIN_SHARED_NUMBERS and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return None


@hookimpl
def docchk_understand_submission(submission, config):
    docs = {d.relpath: d for d in submission.documents}
    translations = []
    for doc in submission.documents:
        stated = stated_facts(config, doc).get("translation_of")
        if stated:
            doc.translation_of = stated
            if doc.type == "other":
                doc.type = "translation"
        if doc.type == "translation":
            translations.append(doc)
    originals = {rp: d for rp, d in docs.items() if d.type != "translation"}
    for doc in translations:
        if doc.translation_of is None:
            doc.translation_of = _original_by_name(doc.relpath, originals) or _original_by_content(
                doc, [d for d in originals.values() if d.pages]
            )
        original = docs.get(doc.translation_of or "")
        if original is not None:
            original.translations.append(doc.relpath)


@hookimpl
def docchk_check_document(document, config):
    if document.type != "translation" or not document.pages:
        return []
    text = normalise(document.edge_text)
    if made_in_netherlands(text) or has_apostille(text) or is_legalised(text):
        return []
    return [
        Finding(
            RULE,
            Severity.WARNING,
            document.relpath,
            None,
            _(
                "Could not confirm that this sworn translation was made in the Netherlands (no Wbtv "
                "registration or Dutch court is named) or that it is legalised."
            ),
            _(
                "A translation made abroad needs an apostille or legalisation of its own; a Dutch "
                "sworn translator (Wbtv register) needs none."
            ),
        )
    ]
