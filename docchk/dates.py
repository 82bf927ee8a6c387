"""Dates in documents: when a document was issued, and month arithmetic.

The issue date is read only where the document says it ("Issued at ... on
9 January 2025", "Den Haag, afgegeven op 12 januari 2025", "Fait à Lyon,
le 3 février 2024", "Ausgestellt am 14. März 2023"): lines carrying issue
wording (``docchk/data/document_rules.json``) are searched for a full date
(day, month and year) with dateparser, a maintained parser of month names
and numeric formats in 200 languages, rather than hand-written patterns.
A birth date elsewhere on a birth certificate is never taken for the issue
date. When several issue lines carry dates, the latest counts (an extract
is dated after the event it records). Also read: the date on the line below
a form's label, a date whose end wrapped onto the next line, and the closing
place-and-date line without an issue word ("Den Haag, 12 januari 2025"),
unless it records an event ("Geboren te ...": ``event_wording``).
"""

from __future__ import annotations

import datetime as dt
import re

from docchk import facts
from docchk.cache import memoised
from docchk.text import find, normalise

#: Languages dates are parsed in when the document's own is unknown (or one
#: dateparser does not know): those of the issue-date wording in
#: ``docchk/data/document_rules.json``. Numeric dates parse in any of them;
#: month names only in their own ("14 października 2026").
FALLBACK_LANGUAGES = ("en", "nl", "de", "fr", "es", "pt", "it", "pl", "tr", "ru", "uk", "id", "ar", "zh")


def _languages(language: str | None) -> list[str]:
    from dateparser.data.languages_info import language_order

    if language and language in language_order:
        return list(dict.fromkeys([language, "en"]))
    return list(FALLBACK_LANGUAGES)


#: The place-and-date line a civil document closes with, without an issue
#: word: "Den Haag, 12 januari 2025", "Wien, am 11.08.2025", "Kraków, dnia
#: 7 stycznia 2026 r.", "Tunis, le 19 avril 2024", "Guadalajara, Jalisco, a
#: 21 de octubre de 2026.". A place of one to four words (no label: "Place of birth: Kraków, 3 April 1996" has a colon), a
#: comma, at most one short word, then the date and nothing else; not a line
#: that records an event ("Geboren te Amsterdam, 3 april 1996": the
#: ``event_wording`` of ``docchk/data/document_rules.json``).
_PLACE_DATE = re.compile(r"^\s*[^\W\d_]+(?:[ .,'’-]+[^\W\d_]+){0,3}\s*,\s*(?:[^\W\d_]{1,5}\s+)?(?P<date>\d.{5,30})$")

#: Spaces OCR puts between the characters of a Chinese date ("2025 年 11 月 23 日").
_CJK_DATE_SPACE = re.compile(r"(?<=[\d年月日〇零○一二三四五六七八九十])\s+(?=[\d年月日〇零○一二三四五六七八九十])")


#: Chinese numerals in a date ("二〇二五年五月十八日", the way notarial
#: certificates write their own date): the year digit by digit, month and
#: day with 十 for ten. OCR reads 〇 as a circle or the letter O.
_CJK_DIGITS = (
    {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
    | {"零": "0", "○": "0", "O": "0", "o": "0"}
    | {str(i): str(i) for i in range(10)}
)
_CJK_YEAR = re.compile(r"((?=[0-9]*[〇零○Oo一二三四五六七八九])[〇零○Oo0-9一二三四五六七八九]{4})(?=\s*年)")
_CJK_NUMBER = re.compile(r"([一二三四五六七八九十]{1,3})(?=\s*[月日号])")


def _cjk_number(numeral: str) -> str:
    tens, ten, units = numeral.partition("十")
    if not ten:
        return "".join(_CJK_DIGITS[c] for c in numeral)
    return str(int(_CJK_DIGITS.get(tens, "1") if tens else 1) * 10 + int(_CJK_DIGITS.get(units, "0") if units else 0))


def arabic_numerals(line: str) -> str:
    """``line`` with the Chinese numerals of its dates written in digits."""
    line = _CJK_YEAR.sub(lambda m: "".join(_CJK_DIGITS[c] for c in m.group(1)), line)
    return _CJK_NUMBER.sub(lambda m: _cjk_number(m.group(1)), line)


def _alone(said: str, text: str, label: int = 3) -> bool:
    """Is ``text`` the date ``said`` and little else ("r." after a Polish
    date; with ``label``, a short label: "Pada tanggal: 3 Maret 2026")?"""
    return sum(c.isalpha() for c in text.replace(said, "")) <= label


def _dates(line: str, languages: list[str], today: dt.date) -> list[tuple[str, dt.date]]:
    from dateparser.search import search_dates  # 0.3 s to import: only when a date is needed

    line = arabic_numerals(_CJK_DATE_SPACE.sub("", line))
    hits = (
        search_dates(
            line,
            languages=languages,
            settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"},
        )
        or []
    )
    # Only dates written out with their year: dateparser also turns
    # "valid for six months from the date of issue" into a date.
    return [(said, d.date()) for said, d in hits if str(d.year) in said and dt.date(1900, 1, 1) <= d.date() <= today]


@memoised(dump=lambda d: d and d.isoformat(), load=lambda s: s and dt.date.fromisoformat(s))
def issue_date(text: str, language: str | None, today: dt.date) -> dt.date | None:
    rules = facts.load("document_rules")
    wording, events = rules["issue_date_wording"], rules["event_wording"]
    languages = _languages(language)
    found, closings = [], []
    lines = [line for line in text.splitlines() if line.strip()]
    for n, line in enumerate(lines):
        plain = normalise(line)
        if not any(find(w, plain) >= 0 for w in wording):
            closing = _PLACE_DATE.match(line)
            # A form's label above it ("Place and date of birth"), not a sentence.
            above = normalise(lines[n - 1]) if n and len(lines[n - 1].strip()) <= 40 else ""
            if closing and not any(find(w, plain) >= 0 or find(w, above) >= 0 for w in events):
                closings += [
                    d for said, d in _dates(closing["date"], languages, today) if _alone(said, closing["date"])
                ]
            continue
        dates = _dates(line, languages, today)
        if not dates and n + 1 < len(lines):
            # A form's label above its value ("Data wydania" / "14.10.2026"),
            # or the place of issue above its date ("Dikeluarkan di: Semarang"
            # / "Pada tanggal: 3 Maret 2026"): OCR reads them as two lines.
            # Only a line that is the date alone or under a short label that
            # records no event (not "Date of birth: ...").
            below = lines[n + 1]
            quiet = not any(find(w, normalise(below)) >= 0 for w in events)
            dates = [
                (said, d) for said, d in _dates(below, languages, today) if _alone(said, below, 15 if quiet else 3)
            ]
            if not dates and len(below.strip()) <= 12:
                # The end of the date wrapped onto the next line
                # ("Fecha de expedición: 18 de junio de" / "2026").
                dates = _dates(f"{line} {below}", languages, today)
        found += [d for _said, d in dates]
    # A closing line without issue wording counts only when no line says
    # "issued" (a legalisation stamp's "Kinshasa, le 27 décembre 2025" is
    # not the document's own date).
    return max(found or closings, default=None)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` (negative: back), clamped to the month's end."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")
