"""Find and check the machine-readable zone (ICAO Doc 9303) of a passport
(TD3: 2 lines of 44 characters) or an identity card (TD1: 3 lines of 30) in
OCR text.

Why parse the MRZ at all? Its check digits let docchk tell a legible, complete
copy of a travel document from a cropped or blurred one without trusting the
visual inspection zone, and its fields (name, date of birth) can be compared
with the rest of the application.

The input is Tesseract's text of a whole scanned page, so the parser is
tolerant of what OCR does to an MRZ: spaces inside a line, ``«`` ``‹`` ``(``
``[`` ``{`` for ``<``, lower case, a filler or two lost or gained, ``K`` for
``<`` inside filler runs, and the letter/digit confusions O/0, I/1, S/5, B/8,
Z/2, G/6. Corrections follow the standard's field types only: letters become
digits in numeric fields (dates, check digits), digits become letters in
alphabetic fields (names, country codes), and in the document number (which
may hold both) letters become digits only when exactly one minimal correction
makes its check digit valid. Nothing else is guessed, so a damaged MRZ still
fails its checks and the caller can report it ("passport.mrz-invalid").
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, field

__all__ = ["Mrz", "check_digit", "find_mrz", "looks_like_mrz"]

#: Characters OCR reads instead of the filler ``<``.
_FILLER_LOOKALIKES = str.maketrans({c: "<" for c in "‹([{〈＜"})  # "«": see _line
#: Letter -> digit in numeric fields, digit -> letter in alphabetic ones
#: (Q and D are OCR's misreadings of 0 in OCR-B, seen on the understanding
#: benchmark's passports).
_TO_DIGIT = str.maketrans("OQDISBZG", "00015826")
_TO_LETTER = str.maketrans("015826", "OISBZG")
_MRZ_CHARS = re.compile(r"[A-Z0-9<]")
_NOT_MRZ = re.compile(r"[^A-Z0-9<]")
#: A "K" inside a filler run ("<<K<<") is a misread filler; in names only
#: when two fillers flank it on both sides (a lone initial K stays).
_K_IN_RUN = re.compile(r"(?<=<<)K+(?=<<)")
_K_IN_FILLER_FIELD = re.compile(r"(?<=<)K(?=<)")
#: Tesseract also reads the tail of a long filler run as lower-case "c"/"e"
#: ("<<<<<<<<cccecee<c<"). No name follows three fillers, so after "<<<" they
#: can only be fillers.
_CE_IN_RUN = re.compile(r"<{3,}[<ce]*")

_TD3_LEN, _TD2_LEN, _TD1_LEN = 44, 36, 30
#: How many characters a line may be too short or too long and still be tried.
_SLACK = 2
#: How many characters a line with a filler run may be too short: OCR reads
#: a long run of fillers as fewer (Tesseract, restricted to the MRZ's
#: characters, on OCR-B at 10 characters per inch: up to five lost). Only
#: fillers are put back, into runs that are there, and the check digits
#: must then hold.
_SHORT_SLACK = 8
#: Share of a line's (non-space) characters that must be MRZ characters
#: (lower case counts: OCR reads MRZ letters in lower case).
_MIN_MRZ_SHARE = 0.85


@dataclass(frozen=True)
class Mrz:
    """A parsed MRZ: the fields, which check digits hold, and the cleaned lines.

    The fields are returned even when checks fail, because the caller needs
    both: the name and date of birth to compare, and the failing check to
    report a copy whose MRZ is unreadable or tampered with.
    """

    format: str  # "TD3" (passport), "TD1", "TD2" (ID cards), "MRVA", "MRVB" (visas)
    document_code: str  # "P", "ID", ...
    issuing_state: str  # "NLD", "UTO" (fillers removed: Germany's "D<<" gives "D")
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: datetime.date | None
    sex: str  # "M", "F" or "X" (for "<" too)
    expiry_date: datetime.date | None
    checks: dict[str, bool] = field(hash=False)  # check name -> holds
    lines: tuple[str, ...]  # the cleaned, aligned lines
    #: Check digits that were unreadable (not a digit at all) and were
    #: computed instead, because every other check held (see _parse_td3).
    recomputed: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        """True when every check digit is right and both dates are real dates:
        only then can the MRZ be taken as read correctly."""
        return all(self.checks.values()) and self.birth_date is not None and self.expiry_date is not None

    @property
    def failed_checks(self) -> tuple[str, ...]:
        """Names of the checks that fail (for the report's message)."""
        return tuple(name for name, ok in self.checks.items() if not ok)


# --------------------------------------------------------------------------
# Check digits and field helpers
# --------------------------------------------------------------------------


def check_digit(field: str) -> str:
    """The ICAO 9303 check digit of ``field``: weights 7, 3, 1 repeating,
    ``<`` = 0, digits their value, A = 10 .. Z = 35, sum modulo 10.

    Raises ValueError on any other character: a field reaching this function
    has been cleaned, so anything else is a bug, not OCR noise.
    """
    total = 0
    for i, ch in enumerate(field.upper()):
        if ch == "<":
            value = 0
        elif "0" <= ch <= "9":
            value = ord(ch) - 48
        elif "A" <= ch <= "Z":
            value = ord(ch) - 55
        else:
            raise ValueError(f"not an MRZ character: {ch!r}")
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _digits(s: str) -> str:
    return s.translate(_TO_DIGIT)


def _letters(s: str) -> str:
    return s.translate(_TO_LETTER)


def _holds(field_: str, digit: str) -> bool:
    return digit.isdigit() and check_digit(field_) == digit


def _document_number(raw: str, digit: str) -> str:
    """The document number as read, or its one unambiguous correction.

    Document numbers mix letters and digits, so a letter may be a misread
    digit or a real letter. Following the standard's field types, only
    letters are turned into digits (O->0, I->1, S->5, B->8, Z->2, G->6), one
    and then two at a time, and a correction is accepted only if it is the
    only one of its size that makes the check digit valid. Digits are never
    turned into letters: a real misread digit elsewhere would then be
    "corrected" into a valid-looking wrong number about every other time.
    """
    if not digit.isdigit() or _holds(raw, digit):
        return raw
    letters = [i for i, ch in enumerate(raw) if ch in "OISBZG"]
    for size in (1, 2):
        found = []
        for positions in itertools.combinations(letters, size):
            chars = list(raw)
            for i in positions:
                chars[i] = _digits(chars[i])
            candidate = "".join(chars)
            if _holds(candidate, digit):
                found.append(candidate)
        if len(found) == 1:
            return found[0]
        if found:
            break  # ambiguous: keep the reading as it is (the check fails)
    return raw


def _filler_field(s: str) -> str:
    """An optional-data field with a K misread inside a filler run put back."""
    return _K_IN_FILLER_FIELD.sub("<", s)


#: "<K<" alone, where OCR read the surname's double filler as filler, K,
#: filler (Tesseract on OCR-B: "OKAFOR<K<LUCIA").
_K_SEPARATOR = re.compile(r"(?<![<])<K<(?![<])")


def _name_field(s: str) -> str:
    """A name field as the standard shapes it. Everything after three fillers
    is fillers: names are parted by one filler and the surname from the given
    names by two, so no name follows three, whatever OCR read there
    ("<<<KKEKSEE"). And a field with no double filler before a lone "<K<"
    gets it back there: a surname and given names are always parted by two."""
    at = s.find("<<<")
    s = s if at < 0 else s[:at] + "<" * (len(s) - at)
    m = _K_SEPARATOR.search(s)
    if m and "<<" not in s[: m.start()]:
        s = s[: m.start()] + "<<" + s[m.end() :] + "<"
    return s


def _birth_date(yymmdd: str, today: datetime.date) -> datetime.date | None:
    """The latest date with these digits that is not after ``today``."""
    if not (len(yymmdd) == 6 and yymmdd.isdigit()):
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    for century in (2000, 1900):
        try:
            day = datetime.date(century + yy, mm, dd)
        except ValueError:
            continue
        if day <= today:
            return day
    return None


def _expiry_date(yymmdd: str, today: datetime.date) -> datetime.date | None:
    """The date with these digits closest to ``today`` (so within +-50 years):
    expired documents are as possible as long-valid ones."""
    if not (len(yymmdd) == 6 and yymmdd.isdigit()):
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    options = []
    for century in (1900, 2000, 2100):
        try:
            options.append(datetime.date(century + yy, mm, dd))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - today).days), default=None)


def _names(field_: str) -> tuple[str, str]:
    """(surname, given names) from the name field; fillers become spaces.

    Names end at the first double filler after the given names: anything
    behind it is a misread filler run, not a name.
    """
    body = field_.rstrip("<")
    surname, _, rest = body.partition("<<")
    rest = rest.lstrip("<").partition("<<")[0]
    return surname.replace("<", " ").strip(), rest.replace("<", " ").strip()


def _sex(ch: str) -> str:
    return "X" if ch == "<" else ch


# --------------------------------------------------------------------------
# Parsing aligned lines
# --------------------------------------------------------------------------


#: The two-line formats: line length, the first letter of the document
#: code, and what follows the expiry date's check digit on the second line
#: (Doc 9303 parts 4, 6 and 7): (optional-data length, its own check digit,
#: composite check digit).
_TWO_LINE = {
    "TD3": (44, "P", 14, True, True),
    "MRVA": (44, "V", 16, False, False),
    "TD2": (36, "IAC", 7, False, True),
    "MRVB": (36, "V", 8, False, False),
}


def _two_line_format(length: int, code: str) -> str | None:
    for fmt, (n, first, *_rest) in _TWO_LINE.items():
        if n == length and code[:1] in first:
            return fmt
    return None


def _composite_digit(
    composite: str, digit: str, checks: dict[str, bool], codes: tuple[str, str]
) -> tuple[str, tuple[str, ...]]:
    """The composite check digit, entered in ``checks``, and whether it was
    computed instead of read.

    The last character of the line, read as no digit at all ("V", "<": the
    end of the line is where OCR fails), while every field's own check digit
    holds: the composite adds no check the fields have not passed, so it is
    computed rather than failing a well-read MRZ. A digit read wrong is never
    replaced: that is a failing check. Nor is it computed for a reading whose
    issuing state or nationality (``codes``) is not shaped as a country code:
    that reading is misaligned, and a field check holding is then chance.
    """
    recomputed: tuple[str, ...] = ()
    shaped = all(_COUNTRY.fullmatch(code) for code in codes)
    if not digit.isdigit() and all(checks.values()) and shaped:
        digit, recomputed = check_digit(composite), ("composite",)
    checks["composite"] = _holds(composite, digit)
    return digit, recomputed


def _parse_two_lines(l1: str, l2: str, fmt: str, today: datetime.date) -> Mrz:
    """Two aligned lines of a passport (TD3), an ID card (TD2) or a visa
    (MRV-A, MRV-B) -> Mrz, fields at ICAO's fixed positions. The second
    line's first 28 characters are the same in all four formats."""
    length, _, optional_len, optional_cd, has_composite = _TWO_LINE[fmt]
    code = l1[0] + _letters(l1[1])
    state = _letters(l1[2:5])
    names = _name_field(_letters(_K_IN_RUN.sub("<", l1[5:length])))
    number_cd = _digits(l2[9])
    number = _document_number(l2[0:9], number_cd)
    nationality = _letters(l2[10:13])
    birth, birth_cd = _digits(l2[13:19]), _digits(l2[19])
    sex = l2[20]
    expiry, expiry_cd = _digits(l2[21:27]), _digits(l2[27])
    personal = _filler_field(_K_IN_RUN.sub("<", l2[28 : 28 + optional_len]))
    at = 28 + optional_len
    personal_cd = ""
    if optional_cd:
        personal_cd = l2[at] if l2[at] == "<" else _digits(l2[at])
        at += 1
        if personal_cd == "<":
            # "<" as the check digit marks an empty personal number: letters
            # in it are OCR's reading of fillers ("<<<K<<<<K"). Were it a
            # real number with its digit misread, the composite still fails.
            personal = "<" * optional_len

    checks = {
        "document_number": _holds(number, number_cd),
        "birth_date": _holds(birth, birth_cd),
        "expiry_date": _holds(expiry, expiry_cd),
    }
    if optional_cd and personal.strip("<"):
        checks["personal_number"] = _holds(personal, personal_cd)
    # An empty personal number may carry "<" as its check digit: it counts as 0.
    composite = number + number_cd + birth + birth_cd + expiry + expiry_cd + personal + personal_cd
    recomputed: tuple[str, ...] = ()
    composite_cd = ""
    if has_composite:
        composite_cd, recomputed = _composite_digit(composite, _digits(l2[at]), checks, (state, nationality))

    surname, given = _names(names)
    line2 = (
        number
        + number_cd
        + nationality
        + birth
        + birth_cd
        + sex
        + expiry
        + expiry_cd
        + personal
        + personal_cd
        + composite_cd
    )
    return Mrz(
        fmt,
        code.rstrip("<"),
        state.replace("<", ""),
        surname,
        given,
        number.replace("<", ""),
        nationality.replace("<", ""),
        _birth_date(birth, today),
        _sex(sex),
        _expiry_date(expiry, today),
        checks,
        (code + state + names, line2),
        recomputed,
    )


def _parse_td1(l1: str, l2: str, l3: str, today: datetime.date) -> Mrz:
    """Three aligned 30-character lines -> Mrz.

    A document number longer than nine characters continues in the optional
    data: its check digit position holds "<", and the number's last
    character before the next filler is the check digit (Doc 9303-5, 4.2.4).
    """
    code = l1[0] + _letters(l1[1])
    state = _letters(l1[2:5])
    optional1 = _filler_field(_K_IN_RUN.sub("<", l1[15:30]))
    if l1[14] == "<" and optional1[:1] not in ("", "<"):
        tail = optional1.split("<", 1)[0]
        number_cd = _digits(tail[-1])
        number = _document_number(l1[5:14] + tail[:-1], number_cd)
        rest1 = number[9:] + number_cd + optional1[len(tail) :]
        field1 = number[:9] + "<" + rest1
    else:
        number_cd = _digits(l1[14])
        number = _document_number(l1[5:14], number_cd)
        field1 = number + number_cd + optional1
    birth, birth_cd = _digits(l2[0:6]), _digits(l2[6])
    sex = l2[7]
    expiry, expiry_cd = _digits(l2[8:14]), _digits(l2[14])
    nationality = _letters(l2[15:18])
    optional2 = _filler_field(_K_IN_RUN.sub("<", l2[18:29]))
    composite_cd = _digits(l2[29])
    names = _name_field(_letters(_K_IN_RUN.sub("<", l3)))

    checks = {
        "document_number": _holds(number, number_cd),
        "birth_date": _holds(birth, birth_cd),
        "expiry_date": _holds(expiry, expiry_cd),
    }
    composite = field1 + birth + birth_cd + expiry + expiry_cd + optional2
    composite_cd, recomputed = _composite_digit(composite, composite_cd, checks, (state, nationality))

    surname, given = _names(names)
    line2 = birth + birth_cd + sex + expiry + expiry_cd + nationality + optional2 + composite_cd
    return Mrz(
        "TD1",
        code.rstrip("<"),
        state.replace("<", ""),
        surname,
        given,
        number.replace("<", ""),
        nationality.replace("<", ""),
        _birth_date(birth, today),
        _sex(sex),
        _expiry_date(expiry, today),
        checks,
        (code + state + field1, line2, names),
        recomputed,
    )


_COUNTRY = re.compile(r"[A-Z]{3}|[A-Z]{2}<|[A-Z]<<")
_NAME_FIELD = re.compile(r"[A-Z]+(<[A-Z]+)*(<<[A-Z]+(<[A-Z]+)*)?<*")


def _score(mrz: Mrz) -> int:
    """How well a reading holds together: check digits that hold, real dates,
    and (for the lines without check digits) letters-only country codes and
    a name field shaped SURNAME<<GIVEN<NAMES. Used only to choose among
    alignments of the same text."""
    two_lines = mrz.format != "TD1"
    nationality = mrz.lines[1][10:13] if two_lines else mrz.lines[1][15:18]
    shape = (_COUNTRY.fullmatch(mrz.lines[0][2:5]) is not None) + (_COUNTRY.fullmatch(nationality) is not None)
    names = mrz.lines[0][5:] if two_lines else mrz.lines[2]
    shape += _NAME_FIELD.fullmatch(names) is not None and ("<<" in names.rstrip("<") or "<" not in names.rstrip("<"))
    return 2 * sum(mrz.checks.values()) + 2 * (mrz.birth_date is not None) + 2 * (mrz.expiry_date is not None) + shape


# --------------------------------------------------------------------------
# Finding the lines in page text
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One text line reduced to MRZ characters, with readings to try."""

    variants: tuple[tuple[str, int], ...]  # (characters, edits made to get them)

    def fits(self, length: int) -> bool:
        return any(-_SLACK <= length - len(v) <= _slack(v) for v, _ in self.variants)


def _clean_token(token: str) -> str:
    return _NOT_MRZ.sub("", token.upper().replace("|", "I"))


def _line(raw: str) -> _Line | None:
    """Reduce a text line to its MRZ characters; None if it is no MRZ line.

    Spaces are dropped (OCR inserts them), tokens with no MRZ character at
    all (a "|" from the document's edge) are dropped, and a short stray token
    at either end is tried both with and without it. A "«" may stand for one
    filler or two ("<<" read as one glyph): both readings are tried, and line
    length and check digits choose.
    """
    raw = raw.translate(_FILLER_LOOKALIKES)
    tokens = [t for t in raw.split() if _MRZ_CHARS.search(t.upper().replace("«", "<"))]
    if not tokens:
        return None
    text = "".join(tokens).upper().replace("«", "<")
    share = len(_MRZ_CHARS.findall(text)) / len(text)
    if share < _MIN_MRZ_SHARE:
        return None
    variants: list[tuple[str, int]] = []
    for filler in ("<", "<<") if "«" in raw else ("<",):
        cleaned = [_clean_token(_CE_IN_RUN.sub(_ce_to_fillers, t.replace("«", filler))) for t in tokens]
        variants.append(("".join(cleaned), 0))
        if len(cleaned) > 1 and len(cleaned[0]) <= 2:
            variants.append(("".join(cleaned[1:]), len(cleaned[0])))
        if len(cleaned) > 1 and len(cleaned[-1]) <= 2:
            variants.append(("".join(cleaned[:-1]), len(cleaned[-1])))
    return _Line(tuple(dict.fromkeys(variants)))


def _ce_to_fillers(match: re.Match) -> str:
    return re.sub("[ce]", "<", match.group())


def _slack(s: str) -> int:
    """How many characters ``s`` may be short of its length (see _SHORT_SLACK)."""
    return _SHORT_SLACK if "<<" in s else _SLACK


def _runs(s: str) -> list[int]:
    """Start index of every filler run, and the end of the string."""
    return [m.start() for m in re.finditer(r"<+", s)] + [len(s)]


def _aligned(s: str, length: int, fixed_fields: bool, _undoubled: bool = False) -> list[tuple[str, int]]:
    """Readings of ``s`` with exactly ``length`` characters, with their edits.

    Lost or extra characters are almost always fillers, so fillers are added
    to or removed from filler runs (or the end). A line of fixed numeric
    fields tries every run (its check digits pick the right one) and, when
    one character too long, also without any one character (OCR doubles a
    glyph: "UT0O"); the check digits must then confirm the choice, and five
    of them rarely agree by chance. A name line has no check digits and is
    only padded or cut at the end.
    """
    diff = length - len(s)
    if diff == 0:
        return [(s, 0)]
    if diff < -_SLACK or diff > _slack(s):
        return []
    out = [((s + "<" * diff)[:length], abs(diff))]
    if not fixed_fields:
        if diff < 0 and s[length:].strip("<"):
            # the extras are not all trailing fillers: try dropping fillers at the end
            trimmed = re.sub(rf"<{{{-diff}}}(?=[^<]*$)", "", s, count=1)
            if len(trimmed) == length:
                out.append((trimmed, -diff))
        return out
    seen = {out[0][0]}
    for starts in itertools.combinations_with_replacement(_runs(s), abs(diff)):
        chars = list(s)
        ok = True
        for start in sorted(starts, reverse=True):
            if diff > 0:
                chars.insert(start, "<")
            elif start < len(chars) and chars[start] == "<":
                del chars[start]
            else:
                ok = False
        candidate = "".join(chars)
        if ok and len(candidate) == length and candidate not in seen:
            seen.add(candidate)
            out.append((candidate, abs(diff)))
    if diff == -1:
        for i in range(len(s)):
            candidate = s[:i] + s[i + 1 :]
            if candidate not in seen:
                seen.add(candidate)
                # after filler edits when scores tie; a doubled glyph ("0O") first
                doubled = any(0 <= j < len(s) and _digits(s[j]) == _digits(s[i]) for j in (i - 1, i + 1))
                out.append((candidate, 2 if doubled else 3))
    if diff > 0 and not _undoubled:
        # fillers lost *and* a glyph doubled ("UTO0D231" for "UTOD231"): the
        # doubled glyph dropped, then the fillers put back
        for i in range(1, len(s)):
            if s[i] != "<" and _digits(s[i - 1]) == _digits(s[i]) and s[i - 1] != s[i]:
                for candidate, edits in _aligned(s[:i] + s[i + 1 :], length, True, _undoubled=True):
                    if candidate not in seen:
                        seen.add(candidate)
                        out.append((candidate, edits + 2))
    return out


#: Three or more of one letter in a row: no name has that; it is OCR's
#: reading of the filler run at the end of a name line ("SSSSSS", "KKK").
_JUNK_RUN = re.compile(r"([A-Z])\1{2,}")


def _without_junk_tail(text: str, length: int) -> str | None:
    """A name line whose trailing fillers OCR read as a run of one letter,
    with that tail turned back into fillers; None when there is no such run.
    The name line carries no check digit, so this costs nothing but the
    junk; the second line's check digits still decide validity."""
    m = _JUNK_RUN.search(text, 5)
    if not m:
        return None
    return (text[: m.start()].rstrip("<") + "<" * length)[:length]


def _line_readings(line: _Line, length: int, fixed_fields: bool, first: str = "") -> list[tuple[str, int]]:
    readings = []
    for text, edits in line.variants:
        if "I" in first and text.startswith("1"):
            text = "I" + text[1:]  # an ID card's code starts with a letter
        if first and (not text or text[0] not in first):
            continue
        text = _K_IN_RUN.sub("<", text) if fixed_fields else text
        readings += [(r, e + edits) for r, e in _aligned(text, length, fixed_fields)]
        if not fixed_fields and "P" in first:
            repaired = _without_junk_tail(text, length)
            if repaired:
                readings.append((repaired, edits + 3))
    return readings


def _lines(text: str) -> list[_Line | None]:
    return [_line(raw) for raw in text.splitlines() if raw.strip()]


def _best(candidates) -> Mrz | None:
    """Highest score (checks passing, dates real), then fewest edits, then first."""
    best, best_key = None, None
    for mrz, edits in candidates:
        key = (_score(mrz), -edits)
        if best_key is None or key > best_key:
            best, best_key = mrz, key
    return best


def _two_line_blocks(lines: list[_Line | None], today: datetime.date):
    for length in (_TD3_LEN, _TD2_LEN):
        firsts_allowed = "".join(first for n, first, *_ in _TWO_LINE.values() if n == length)
        for a, b in zip(lines, lines[1:], strict=False):
            if a is None or b is None or not b.fits(length):
                continue
            if not a.fits(length) and not any(_JUNK_RUN.search(v, 5) for v, _ in a.variants):
                continue
            firsts = _line_readings(a, length, False, first=firsts_allowed)
            firsts = [(r, e) for r, e in firsts if r.count("<") >= 2]
            if not firsts:
                continue
            seconds = _line_readings(b, length, True)
            for (r1, e1), (r2, e2) in itertools.product(firsts, seconds):
                fmt = _two_line_format(length, r1)
                if fmt is None:
                    continue
                mrz = _parse_two_lines(r1, r2, fmt, today)
                # A passport's MRZ read with every check failing is still
                # reported (unreadable copy); a TD2 or visa shape with none
                # holding is more likely two lines of other text.
                if fmt == "TD3" or any(mrz.checks.values()):
                    yield mrz, e1 + e2


def _td1_blocks(lines: list[_Line | None], today: datetime.date):
    for a, b, c in zip(lines, lines[1:], lines[2:], strict=False):
        if a is None or b is None or c is None:
            continue
        if not (a.fits(_TD1_LEN) and b.fits(_TD1_LEN) and c.fits(_TD1_LEN)):
            continue
        firsts = _line_readings(a, _TD1_LEN, True, first="IAC")
        firsts = [(r, e) for r, e in firsts if r.count("<") >= 2]
        if not firsts:
            continue
        seconds = _line_readings(b, _TD1_LEN, True)
        thirds = [(r, e) for r, e in _line_readings(c, _TD1_LEN, False) if "<" in r]
        for (r1, e1), (r2, e2), (r3, e3) in itertools.product(firsts, seconds, thirds):
            yield _parse_td1(r1, r2, r3, today), e1 + e2 + e3


def find_mrz(text: str, today: datetime.date | None = None) -> Mrz | None:
    """The MRZ in ``text`` (OCR of a page or of a band of one), or None.

    None means no MRZ-like block was found at all. A block that is found but
    does not check out is still returned, with the failing checks False, so
    the caller can tell "no passport page" from "MRZ unreadable/invalid".
    ``today`` fixes the century of the dates (default: the current date).
    """
    today = today or datetime.date.today()
    lines = _lines(text)
    return _best(itertools.chain(_two_line_blocks(lines, today), _td1_blocks(lines, today)))


def looks_like_mrz(text: str) -> bool:
    """Cheap test: does ``text`` hold a line that looks like part of an MRZ?

    Meant to decide whether a band of the page is worth reading again (with
    another segmentation) when find_mrz found nothing or a failing MRZ. A
    line qualifies with at least three fillers, four letters or digits and
    fifteen characters, nearly all of them MRZ characters.
    """
    for raw in text.splitlines():
        line = _line(raw)
        if line is None:
            continue
        s = line.variants[0][0]
        if len(s) >= 15 and s.count("<") >= 3 and len(s) - s.count("<") >= 4:
            return True
    return False
