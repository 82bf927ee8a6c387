"""Matching words in OCR'd text, whatever the case, accents or line breaks.

Titles and keywords are data (``docchk/data/*.json``) in many languages and
scripts; the text they are looked for in comes from OCR. Both sides are
normalised the same way: case folded, Latin accents dropped (OCR often
loses them: "Geburtsurkunde"/"Geburtsurkunde", "célibat"/"celibat"), dotless
and dotted Turkish i made plain, hyphens and runs of white space made one
space. Non-Latin scripts keep their letters.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACE = re.compile(r"[\s\-‐‑–—_/]+")

#: Traditional Chinese forms of the characters of the titles and apostille
#: labels docchk looks for, as their simplified forms: Tesseract's
#: chi_sim+chi_tra mixes the two ("出生醫學證明", "1. 國家", "地點").
SIMPLIFIED = dict(
    zip(
        "證記錄無結離書單醫學婚姻齡國點處簽蓋編號機關發員",
        "证记录无结离书单医学婚姻龄国点处签盖编号机关发员",
        strict=True,
    )
)


def normalise(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACE.sub(" ", unicodedata.normalize("NFC", stripped).casefold()).strip()


def _spaceless(phrase: str) -> bool:
    """Scripts written without spaces between words (Chinese, Japanese)."""
    return any("\u3040" <= c <= "\u9fff" for c in phrase)


@functools.lru_cache(maxsize=4096)
def _pattern(phrase: str) -> re.Pattern:
    if _spaceless(phrase):  # OCR puts spaces between characters, or not
        return re.compile(r"\s*".join(re.escape(c) for c in normalise(phrase) if not c.isspace()))
    words = [re.escape(w) for w in normalise(phrase).split(" ")]
    return re.compile(r"(?<!\w)" + r" ?".join(words) + r"(?!\w)")


def find(phrase: str, normalised_text: str) -> int:
    """Offset of ``phrase`` as whole words in already normalised text, or -1.

    Words of the phrase may be run together in the text (OCR drops spaces:
    "acte denaissance"), never split inside a word.
    """
    m = _pattern(phrase).search(normalised_text)
    return m.start() if m else -1


@functools.lru_cache(maxsize=256)
def _any_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{_pattern(p).pattern})" for p in phrases))


def find_any(phrases: tuple[str, ...], normalised_text: str) -> bool:
    """Is any of ``phrases`` in the text (as :func:`find` matches)? One
    search for the lot: a classifier asks for hundreds of titles per line."""
    return bool(phrases) and _any_pattern(tuple(phrases)).search(normalised_text) is not None


def usable_text(text: str) -> bool:
    """Is there enough text in a text layer (or an OCR reading) to read the
    page from it? (Here, not in docchk.analyse, so that checks can ask
    without importing the analysis stack on a cached re-run.)"""
    from docchk import facts

    return sum(c.isalnum() for c in text) >= facts.load("page_thresholds")["usable_text_layer_chars"]
