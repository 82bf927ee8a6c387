""" "Did you mean ...?" for names a user types: permit ids, plugin names,
facts, form fields. A typo must be refused with the likely name, never
accepted silently (``-p no:tesseract-ocr`` disabling nothing, say)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice ``word`` most likely means: the same name in another case,
    the one name it begins ("kennis" -> "kennismigrant"), or the nearest
    by spelling; None when nothing is close."""
    choices = list(choices)
    folded = {c.casefold(): c for c in choices}
    key = word.strip().casefold()
    if key in folded:
        return folded[key]
    starting = [c for f, c in folded.items() if f.startswith(key)] if len(key) >= 3 else []
    if len(starting) == 1:
        return starting[0]
    near = difflib.get_close_matches(key, list(folded), n=1, cutoff=0.6)
    return folded[near[0]] if near else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ " Did you mean 'x'?" (with its leading space), or "" when nothing is close."""
    found = closest(word, choices)
    return f" Did you mean {found!r}?" if found else ""
