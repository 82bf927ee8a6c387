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
