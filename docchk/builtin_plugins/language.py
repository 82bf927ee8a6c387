"""The main language of each document (document.language-not-accepted).

IND rule 7 (shared/seeds/002 §4-5): every document is in Dutch, English,
French or German, or goes with a sworn translation. The language is
identified from the pages read whole (:mod:`docchk.language`, chosen by the
comparison in docs/language-identification.md); too little or too garbled
text gives "unknown", and an unknown language is never reported.

Passports, ID cards and residence permits are exempt: they are bilingual by
design and the IND reads them from their machine-readable zone. A language
stated for the file in docchk.toml wins.

The language of a document is that of its own content: pages that are
attached to it -- an apostille, a legalisation, a translator's declaration
(:func:`attachment`, asking the legalisation and translation plugins) --
are identified apart and left out, so a Turkish birth certificate with a
German apostille is Turkish. Where pages differ, each page's language is
reported. A document with enough text whose language is unknown (poor OCR,
no clear winner) gets a "could not confirm" warning, never an answer.
"""

from __future__ import annotations

from docchk import facts
from docchk.hookspec import hookimpl
from docchk.i18n import N_, _
from docchk.language import ACCEPTED
from docchk.model import Finding, Level, Rule, Severity
from docchk.text import find, normalise
from docchk.understand import stated_facts

RULE = "document.language-not-accepted"

EXEMPT_TYPES = frozenset({"passport", "id-card", "visa", "residence-permit", "translation"})
NAMES = {
    "nl": N_("Dutch"),
    "en": N_("English"),
    "fr": N_("French"),
    "de": N_("German"),
    "es": N_("Spanish"),
    "pt": N_("Portuguese"),
    "tr": N_("Turkish"),
    "ru": N_("Russian"),
    "ar": N_("Arabic"),
    "zh": N_("Chinese"),
    "it": N_("Italian"),
    "pl": N_("Polish"),
    "id": N_("Indonesian"),
    "uk": N_("Ukrainian"),
    "fa": N_("Persian"),
}


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.DOCUMENT, "not in nl/en/fr/de and no sworn translation with it"))


def attachment(page) -> str | None:
    """What attached page ``page`` is -- "apostille", "legalisation",
    "translator-declaration" -- or None for the document's own content
    (asked of :func:`docchk.marks.attestation` and the translation plugin's
    declaration wording, so every part of docchk judges a mark alike)."""
    from docchk.builtin_plugins.translation import is_sworn_translation
    from docchk.marks import attestation

    # As read, line breaks kept: an apostille's numbered fields are told by
    # the lines they start (docchk.marks); the legalisation plugin reads it so.
    read = "\n".join(filter(None, (page.text, page.reread_text)))
    kind = attestation(read)
    if kind:
        return kind
    return "translator-declaration" if is_sworn_translation(normalise(read)) else None


def own_text(document) -> tuple[str, bool]:
    """The text of the document's own content, and whether it is OCR'd:
    its pages read at its edges, attached pages left out. When every page
    is attached, the text above an apostille's title on its page (the
    apostille stamped below the document's own text); failing that, all
    of them (an apostille in a file of its own)."""
    from docchk.language import enough_text

    pages = document.edge_pages
    own = [(p, _text(p)) for p in pages if not p.attachment]
    if not own:
        heads = [(p, _above_title(_text(p))) for p in pages if p.attachment == "apostille"]
        own = [(p, t) for p, t in heads if enough_text(t)] or [(p, _text(p)) for p in pages]
    return "\n".join(t for _, t in own), any(p.text_source == "ocr" for p, _ in own)


def _above_title(text: str) -> str:
    """The lines above the first that holds an apostille's title."""
    titles = facts.load("document_marks")["apostille"]["titles"]
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if any(find(t, normalise(line)) >= 0 for t in titles):
            return "\n".join(lines[:i])
    return text


def _text(page) -> str:
    """The page's text to tell its language by: of an OCR'd page, the words
    read surely (:func:`docchk.language.sure_words`)."""
    from docchk.language import sure_words

    return sure_words(page.words) if page.text_source == "ocr" and page.words else page.text


def _language_of(text: str, ocr: bool) -> tuple[str | None, float]:
    from docchk.language import identify

    return identify(text, ocr)  # positional arguments: identify is memoised by them


@hookimpl
def docchk_read_document(document, config):
    pages = document.edge_pages
    for page in pages:
        page.attachment = attachment(page)
    stated = stated_facts(config, document).get("language")
    if stated:
        document.language, document.language_confidence = stated, 1.0
        return
    text, ocr = own_text(document)
    document.language, document.language_confidence = _language_of(text, ocr)
    foreign = _foreign_part(text) if document.language in ACCEPTED else None
    if foreign:
        document.language, document.language_confidence = foreign
    if len(pages) > 1:
        each = [_language_of(_text(p), p.text_source == "ocr")[0] for p in pages]
        if len(set(each)) > 1 or any(p.attachment for p in pages):
            for page, lang in zip(pages, each, strict=False):
                page.language = lang


def _foreign_part(text: str) -> tuple[str, float] | None:
    """A language outside nl/en/fr/de with at least ``foreign_share`` of
    the text's letters, and that share: labels in two languages (a Turkish
    form with English labels) or a paragraph of another language must not
    make the document accepted. Its share is below ``sure_confidence``, so
    this is a "could not confirm" warning."""
    from docchk.language import bilingual_sides, shares

    least = facts.load("language")["foreign_share"]
    for part in (text, *bilingual_sides(text)):
        for lang, share in shares(part):
            if lang not in ACCEPTED and share >= least:
                return lang, round(share, 3)
    return None


def multilingual_extract(document) -> bool:
    """A CIEC multilingual extract or an EU multilingual standard form:
    made to be read without a translation (shared/DOMAIN.md)."""
    text = normalise(document.edge_text)
    return any(find(p, text) >= 0 for p in facts.load("document_marks")["exempt"]["multilingual_extract"])


def _doubtful(document) -> bool:
    """Unknown, but not for want of text: the document's own pages have
    enough letters (poor OCR, no clear winner), or only an attached page
    could be read."""
    from docchk.language import enough_text

    pages = document.edge_pages
    own = [p for p in pages if not p.attachment]
    return enough_text("\n".join(p.text for p in own or pages)) or (bool(own) and len(own) < len(pages))


@hookimpl
def docchk_check_document(document, config):
    from docchk.language import ACCEPTED

    lang = document.language
    if document.type in EXEMPT_TYPES or document.translations or multilingual_extract(document):
        return []
    if not lang:
        if not document.pages or document.error or not _doubtful(document):
            return []
        return [
            Finding(
                RULE,
                Severity.WARNING,
                document.relpath,
                None,
                _(
                    "Could not confirm the language of this document: its own text was not read clearly enough "
                    "to tell, and no sworn translation of it is in the folder."
                ),
                _(
                    "If it is not in Dutch, English, French or German, add a sworn translation; if it "
                    'is, state it in docchk.toml (language = "nl").'
                ),
            )
        ]
    if lang in ACCEPTED:
        return []
    name = _(NAMES[lang]) if lang in NAMES else _("the language '{code}'").format(code=lang)
    # Below sure_confidence a foreign language is a "could not confirm"
    # warning: close languages (Afrikaans and Dutch) are told apart less surely.
    if document.language_confidence < facts.load("language")["sure_confidence"]:
        return [
            Finding(
                RULE,
                Severity.WARNING,
                document.relpath,
                None,
                _(
                    "Could not confirm the language of this document: it reads most like {language} "
                    "(confidence {confidence}), and no sworn translation of it is in the folder."
                ).format(language=name, confidence=f"{document.language_confidence:.0%}"),
                _(
                    "If it is not in Dutch, English, French or German, add a sworn translation; if it "
                    'is, state it in docchk.toml (language = "nl").'
                ),
            )
        ]
    return [
        Finding(
            RULE,
            Severity.ERROR,
            document.relpath,
            None,
            _("This document is in {language}, and no sworn translation of it is in the folder.").format(language=name),
            _(
                "Add a translation by a sworn translator into Dutch, English, French or German, "
                "named after the original (e.g. {example}), or state it in docchk.toml with "
                'translation_of = "..." on the translation.'
            ).format(example=_translation_name(document.relpath)),
        )
    ]


def _translation_name(relpath: str) -> str:
    stem, dot, ext = relpath.rpartition(".")
    return f"{stem}.translation.{ext}" if dot else f"{relpath}.translation"
