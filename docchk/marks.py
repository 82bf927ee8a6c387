"""Apostilles and legalisation stamps: is this text (a page, a document) one?

A core module, not a plugin, so that every part of docchk asks the same
question the same way: the legalisation plugin (is the document
apostilled?), the translation plugin (is the translation legalised?) and
language identification (is this page an attachment whose language is not
the document's?: :func:`attestation`).

The wording is data (``docchk/data/document_marks.json``, ``apostille`` and
``legalisation``). An apostille is the Hague Convention's model certificate:
the title "Apostille" and ten numbered fields whose labels the Convention
fixes, printed in the issuing authority's language (1 Country, 2 has been
signed by, 3 acting in the capacity of, 4 bears the seal/stamp of, 5 at,
6 the [date], 7 by, 8 No [number], 9 seal/stamp, 10 signature). The
evidence, in :func:`apostille_evidence`:

* the title with at least ``min_fields`` field labels (the Convention's name
  counts as one), ``min_numbered_with_title`` field numbers in order, and
  the number (8) or the date (6) filled in. OCR may read a framed
  certificate's columns apart -- the numbers alone on their lines, then the
  labels, then the values -- so with the text's line breaks a number alone
  on its line counts as its field, and a value after its field's label
  ("sous n° 463/2024") or alone on a line ("601/2026/59269", "1 August
  2026") as filled in;
* a field's label starting a line counts as that field's label even
  when OCR lost its number (". 签字人"), and the value after it as filled
  in (only distinctive labels: CJK ones, or of four letters or more);
* without a title (OCR garbled "Apostille (Convention de La Haye ...)"):
  ``min_numbered_without_title`` numbered fields in the Convention's order,
  with both the number and the date filled in.

A letter or an instruction sheet that explains apostilles names the title,
the Convention and some labels, but prints no filled-in number and date
fields: it is not an apostille.

:func:`looks_like_certificate` and :func:`starts_like_certificate` are the
layout tests the analysis stage uses to read a page whole that it would
otherwise read only in part: a framed block on the page image (the model
certificate is a framed square of at least 9 cm), or an apostille's title
over field numbers starting lines in one column in the word boxes of the
title band.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from docchk import facts
from docchk.text import SIMPLIFIED, find, normalise

#: Letters :func:`docchk.text.normalise` keeps that OCR with Latin models
#: reads plain: Polish "ł", Croatian "đ", Danish "ø".
#: And traditional Chinese characters as simplified (:data:`docchk.text.SIMPLIFIED`).
_FOLD = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss"} | SIMPLIFIED)


def _marks() -> dict:
    return facts.load("document_marks")


def fold(text: str) -> str:
    """``normalise`` and the letters OCR reads plain made plain."""
    return normalise(text).translate(_FOLD)


def _any(phrases, text: str) -> bool:
    return any(find(fold(p), text) >= 0 for p in phrases)


def _labels(field: int) -> set[str]:
    """Field ``field``'s labels in every language, as the data gives them."""
    return {lab for fields in _marks()["apostille"]["numbered_fields"].values() for lab in fields[field - 1]}


def _label_pattern(label: str) -> str:
    words = fold(label).split(" ")
    body = r"\s?".join(re.escape(w) for w in words)
    if any("\u3040" <= c <= "\u9fff" for c in label):  # no spaces between words
        return r"\s*".join(re.escape(c) for c in fold(label) if not c.isspace())
    return body + r"(?!\w)"


@functools.cache
def _field_patterns() -> tuple[tuple[int, re.Pattern], ...]:
    """One pattern per numbered field: its number, then (after at most a
    few words OCR garbled or the value, as Turkish puts it first) one of its
    labels in any language."""
    m = _marks()["apostille"]
    junk = m["junk_words_before_label"]
    out = []
    for n in range(1, 11):
        labels = sorted(_labels(n), key=len, reverse=True)
        alternatives = "|".join(_label_pattern(lab) for lab in labels)
        out.append((n, re.compile(rf"(?<![\w.,/-]){n}\s?[.,)]?\s?(?:[^\s\d]\S*\s){{0,{junk}}}\(?(?:{alternatives})")))
    return tuple(out)


def _value(text: str, n: int, digits: int) -> list[int]:
    """Offsets of field ``n`` holding a value with ``digits`` digits in a
    row (a date's day or year, an apostille's number): the number printed,
    then the value on the same line before the next field (its number and
    label: "6. am 5. Oktober 2026 7. durch")."""
    following = dict(_field_patterns()).get(n + 1)
    out = []
    for m in re.finditer(rf"(?<![\w.,/-]){n}\s?[.,)]\s?", text):
        rest = text[m.end() : m.end() + 60].split("\n", 1)[0]
        nxt = following.search(rest) if following else None
        if re.search(rf"\d{{{digits},}}", rest[: nxt.start()] if nxt else rest):
            out.append(m.start())
    return out


#: A field's number alone on its line: OCR read the certificate's columns
#: (numbers, labels, values) one after the other.
_BARE_NUMBER = re.compile(r"(?m)^[ .,]*(\d{1,2})\s?[.,)]?[ ]*$")
#: A line holding only an apostille's number ("601/2026/59269",
#: "AP-2025-01187": normalised, "/" and "-" are spaces): two groups of digits at least.
_NUMBER_LINE = re.compile(r"(?m)^[ ]*[a-z]{0,3}[ ]?\d+(?:[ ]\d+)+[ ]*$")
#: A line holding only a date ("1 august 2026", "14 de maio de 2026", "24.10.2024", "2026 08 01").
_DATE_LINE = re.compile(
    r"(?m)^[ ]*(?:\d{1,2}\.?(?:[ ]+[^\W\d]{1,12}){1,3}[ ,]+\d{4}|\d{1,2}[.]\d{1,2}[.]\d{4}"
    r"|\d{4}[ .]\d{2}[ .]\d{2}|\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日)[ ]*(?:r\.?|г\.?|года?)?[ ]*$"
)


#: A date as a field's value: day, month and year in digits or a month's name, or a CJK date ("2025年5月18日").
_DATE_VALUE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}[ ./-]+(?:\d{1,2}|[^\W\d]{3,12})[ ./-]+\d{4}|\d{4}[ ./-]\d{1,2}[ ./-]\d{1,2}"
)


def numbered_fields(text: str, bare: bool = False) -> list[int]:
    """The numbered fields found in the Convention's order (each after the
    one before it in ``text``, normalised with :func:`fold`), as their
    numbers. A field whose label was garbled but whose number and value
    read (a date, a number) counts for fields 6 and 8; with ``bare``, so
    does a field number alone on its line (the columns read apart)."""
    m = _marks()["apostille"]
    found = {n: [x.start() for x in p.finditer(text)] for n, p in _field_patterns()}
    if bare:
        for x in _BARE_NUMBER.finditer(text):
            if 1 <= int(x.group(1)) <= 10:
                found[int(x.group(1))].append(x.start())
    found[m["date_field"]] = sorted(set(found[m["date_field"]]) | set(_value(text, m["date_field"], 1)))
    found[m["number_field"]] = sorted(set(found[m["number_field"]]) | set(_value(text, m["number_field"], 3)))
    # The longest run of fields whose numbers rise as the text goes on.
    hits = sorted((pos, n) for n, positions in found.items() for pos in positions)
    best: list[list[int]] = []  # best[i]: the longest chain ending with hits[i]
    for i, (_, n) in enumerate(hits):
        before = [best[j] for j in range(i) if hits[j][1] < n]
        best.append(max(before, key=len, default=[]) + [n])
    return max(best, key=len, default=[])


@functools.cache
def _labelled_value_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The number field's and the date field's labels of more than one word
    ("sous n", "pod numerem", "el dia"), followed on their line by a value
    with digits: a filled-in field whose number OCR lost."""
    m = _marks()["apostille"]

    def pattern(field: int, digits: int) -> re.Pattern:
        labels = sorted(
            {lab for lab in _labels(field) if " " in fold(lab)},
            key=len,
            reverse=True,
        )
        return re.compile(
            rf"(?<!\w)(?:{'|'.join(_label_pattern(lab) for lab in labels)})"
            rf"[ .:°º#]*[a-z]{{0,3}}[ -]?\d{{{digits},}}"
        )

    return pattern(m["number_field"], 3), pattern(m["date_field"], 1)


def _distinctive(label: str) -> bool:
    """A label that starting a line says something: CJK labels, and others of
    four letters or more (not "at", "the", "by", "No", which start any English line)."""
    plain = fold(label).replace(" ", "")
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in plain) or len(plain) >= 4


@functools.cache
def _line_label_patterns() -> tuple[tuple[int, re.Pattern], ...]:
    """Per numbered field, its labels (any language) starting a line, after
    at most its number or what OCR left of it (". 签字人": a CJK certificate's
    field numbers are often lost), and the value on the rest of the line."""
    out = []
    for n in range(1, 11):
        labels = sorted(filter(_distinctive, _labels(n)), key=len, reverse=True)
        alternatives = "|".join(_label_pattern(lab) for lab in labels)
        out.append((n, re.compile(rf"(?m)^[ .,:;·•]*(?:{n}\s?[.,)]?\s?)?(?:{alternatives})(?P<value>.*)$")))
    return tuple(out)


def _line_labels(lines: str) -> dict[int, list[str]]:
    """The fields whose label starts a line, with the values read after it."""
    found: dict[int, list[str]] = {}
    for n, p in _line_label_patterns():
        for x in p.finditer(lines):
            found.setdefault(n, []).append(x.group("value"))
    return found


def _lines(text: str) -> tuple[str, str]:
    """``text`` folded line by line: (its lines joined by spaces, by line
    breaks); both the same length, so offsets agree."""
    lines = [fold(line) for line in text.splitlines()]
    return " ".join(lines), "\n".join(lines)


def apostille_evidence(text: str) -> dict:
    """What of an apostille ``text`` (as read: line breaks tell a field
    number or a value alone on its line; an already normalised text works
    too, without that) shows:
    title, Convention, label phrases, numbered fields in order (``numbered``:
    labelled; ``columns``: also field numbers alone on their lines), a
    filled-in number and date (``number``, ``date``: in a numbered field;
    ``any_number``, ``any_date``: also after a label of the field, or alone
    on a line). :func:`has_apostille` judges it."""
    m = _marks()["apostille"]
    flat, lines = _lines(text)
    number, date = bool(_value(flat, m["number_field"], 3)), bool(_value(flat, m["date_field"], 1))
    labelled_number, labelled_date = _labelled_value_patterns()
    starting = _line_labels(lines)
    number = number or any(re.search(r"\d{3,}", v) for v in starting.get(m["number_field"], []))
    date = date or any(_DATE_VALUE.search(v) for v in starting.get(m["date_field"], []))
    return {
        "title": _any(m["titles"], flat),
        "convention": _any(m["convention"], flat),
        "labels": max(sum(find(fold(f), flat) >= 0 for f in m["fields"]), len(starting)),
        "numbered": numbered_fields(lines),
        "columns": numbered_fields(lines, bare=True),
        "number": number,
        "date": date,
        "any_number": number or bool(labelled_number.search(flat) or _NUMBER_LINE.search(lines)),
        "any_date": date or bool(labelled_date.search(flat) or _DATE_LINE.search(lines)),
    }


def has_apostille(text: str) -> bool:
    """Is there an apostille in ``text``: a page's or a document's text as
    read (best: its line breaks are evidence) or already normalised?"""
    m = _marks()["apostille"]
    e = apostille_evidence(text)
    numbered = len(e["numbered"])
    if e["title"]:
        # The columns of a certificate may be read apart: numbers alone on
        # their lines, the values after the labels.
        columns = len(e["columns"])
        labels = max(e["labels"], columns) + e["convention"]
        if labels >= m["min_fields"] and columns >= m["min_numbered_with_title"] and (e["any_number"] or e["any_date"]):
            return True
    return numbered >= m["min_numbered_without_title"] and e["number"] and e["date"]


def is_legalised(text: str) -> bool:
    """A legalisation: the Dutch embassy's or consulate's name with legalisation wording."""
    m = _marks()["legalisation"]
    text = fold(text)
    return _any(m["embassy"], text) and _any(m["wording"], text)


def attestation(text: str) -> str | None:
    """Is this page's text an attachment that attests the document rather
    than being it: "apostille", "legalisation", or None. Its language is the
    attesting authority's, not the document's."""
    if has_apostille(text):
        return "apostille"
    if is_legalised(text):
        return "legalisation"
    return None


_FIELD_NUMBER = re.compile(r"^(\d{1,2})[.,)]?$")


def numbered_lines(words, dpi: float) -> list[int]:
    """The field numbers that start text lines, top to bottom, when they
    rise and stand in one column: the layout of the model certificate's
    numbered fields ("1. Country", "2. has been signed by", ...), from
    OCR'd word boxes (:class:`docchk.model.Word`, pixels at ``dpi``)."""
    t = _marks()["certificate_frame"]
    lines: dict[int, list] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    starts = []
    for ws in lines.values():
        first = min(ws, key=lambda w: w.box[0])
        m = _FIELD_NUMBER.match(first.text.strip())
        if m and 1 <= int(m.group(1)) <= 10:
            starts.append((first.box[1], first.box[0], int(m.group(1))))
    starts.sort()
    column = t["number_column_mm"] * dpi / 25.4
    out: list[int] = []
    for _, left, n in starts:
        if out and n <= out[-1]:
            continue
        if out and abs(left - starts[0][1]) > column:
            continue
        out.append(n)
    return out


def starts_like_certificate(text: str, words, dpi: float) -> bool:
    """Does the part of a page read so far (its title band) show an
    apostille's or a legalisation's beginning: the title (or legalisation
    wording) in the text and numbered field lines in one column in the
    word boxes? Then the page is read whole (its number and date fields
    are further down)."""
    m = _marks()
    text = fold(text)
    heading = _any(m["apostille"]["titles"], text) or _any(m["apostille"]["convention"], text)
    return heading and len(numbered_lines(words, dpi)) >= m["certificate_frame"]["min_numbered_lines"]


def looks_like_certificate(image, dpi: float) -> bool:
    """Does the page show a framed block, as the Convention's model
    certificate is printed (a framed square of at least 9 cm a side)? A
    layout test on the page image (grayscale, at ``dpi``; a low resolution
    will do), not on its text: two long vertical rules far enough apart,
    joined by long horizontal ones. A scan's slight skew is allowed for
    (rules are followed within a few millimetres). Costs milliseconds."""
    t = _marks()["certificate_frame"]
    gray = np.asarray(image.convert("L"), dtype=np.uint8)
    step = max(1, round(dpi / t["analysis_dpi"]))  # keep the darkest pixel of each block: thin rules stay
    h, w = (gray.shape[0] // step) * step, (gray.shape[1] // step) * step
    if not h or not w:
        return False
    ink = gray[:h, :w].reshape(h // step, step, w // step, step).min(axis=(1, 3)) < t["ink_level"]
    px_per_mm = dpi / step / 25.4
    slack = max(1, round(t["skew_slack_mm"] * px_per_mm))

    def spread(a: np.ndarray, axis: int) -> np.ndarray:
        out = a.copy()
        for k in range(1, slack + 1):
            shifted = np.zeros_like(a)
            if axis == 1:
                shifted[:, k:] = a[:, :-k]
            else:
                shifted[k:, :] = a[:-k, :]
            out |= shifted
        return out

    def lines(a: np.ndarray, length: float) -> np.ndarray:
        """Indices of the rows of ``a`` holding a run of ink at least ``length`` long."""
        out = []
        for i in np.flatnonzero(a.sum(axis=1) >= length):
            d = np.diff(np.concatenate(([0], a[i].astype(np.int8), [0])))
            if (np.flatnonzero(d == -1) - np.flatnonzero(d == 1)).max(initial=0) >= length:
                out.append(i)
        return np.asarray(out, dtype=int)

    min_w, min_h = t["min_width_mm"] * px_per_mm, t["min_height_mm"] * px_per_mm
    verticals = lines(spread(ink, 1).T, min_h)
    if len(verticals) < 2 or verticals.max() - verticals.min() < min_w:
        return False
    horizontals = lines(spread(ink, 0), min_w)
    return len(horizontals) >= 2 and bool(horizontals.max() - horizontals.min() >= min_h)
