"""Messages in the user's language: English (the source text) and Dutch.

Standard gettext: every user-facing message is written as
``_("Page {n} is blank.").format(n=...)`` -- the template is translated,
then filled in -- and the translations live in a catalogue per language,
``docchk/locale/<lang>/LC_MESSAGES/docchk.po`` (compiled to ``.mo``, which
is what runs). Rule ids never change with the language. Adding a language
is adding a catalogue (CONTRIBUTING.md: "Translations").

The language is chosen per run (``--lang``, else the locale) and held in a
context variable, so two scans in one process (the HTTP service) can speak
different languages; worker processes set it from the run's config.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext
import os
from pathlib import Path

DOMAIN = "docchk"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: Languages with a catalogue; English is the source and needs none.
LANGUAGES = ("en", "nl")

_current: contextvars.ContextVar[str] = contextvars.ContextVar("docchk_language", default="en")


@functools.cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


def _(message: str) -> str:
    """``message`` in the current language (itself when there is no translation)."""
    return _catalogue(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` things in the current language
    (``ngettext("{n} page", "{n} pages", n).format(n=n)``): languages differ
    in their plural rules, so the catalogue, not the code, decides."""
    return _catalogue(_current.get()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet (a
    table of names translated where it is used: ``_(NAMES[code])``)."""
    return message


#: The severity words readers see (the JSON report keeps the values).
SEVERITIES = {"error": N_("error"), "warning": N_("warning"), "info": N_("note")}


def severity(value: str) -> str:
    """The word for a finding's severity (``Severity.value``) in the current language."""
    return _(SEVERITIES[value])


def pick(texts: dict) -> str:
    """From data that carries its own translations ({"en": ..., "nl": ...},
    as permit profiles do), the text in the current language, else English."""
    return texts.get(current()) or texts["en"]


def current() -> str:
    return _current.get()


@contextlib.contextmanager
def language(lang: str):
    """Speak ``lang`` in this block."""
    token = _current.set(lang if lang in LANGUAGES else "en")
    try:
        yield
    finally:
        _current.reset(token)


def default_language() -> str:
    """The locale's language if docchk speaks it, else English (the order
    gettext itself follows: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"
