"""Dates in documents: when a document was issued, and month arithmetic.

The issue date is read only where the document says it ("Issued at ... on
9 January 2025", "Den Haag, afgegeven op 12 januari 2025", "Fait à Lyon,
le 3 février 2024", "Ausgestellt am 14. März 2023"): lines carrying issue
wording (``docchk/data/document_rules.json``) are searched for a full date
(day, month and year) with dateparser, a maintained parser of month names
and numeric formats in 200 languages, rather than hand-written patterns.
A birth date elsewhere on a birth certificate is never taken for the issue
date. When several issue lines carry dates, the latest counts (an extract
is dated after the event it records).
"""

from __future__ import annotations

import datetime as dt

from docchk import facts
from docchk.cache import memoised
from docchk.text import find, normalise

#: Languages dates are parsed in when the document's own is unknown.
FALLBACK_LANGUAGES = ("en", "nl", "de", "fr", "es", "pt", "tr", "ru", "ar", "zh")


@memoised(dump=lambda d: d and d.isoformat(), load=lambda s: s and dt.date.fromisoformat(s))
def issue_date(text: str, language: str | None, today: dt.date) -> dt.date | None:
    from dateparser.search import search_dates  # 0.3 s to import: only when a date is needed

    wording = facts.load("document_rules")["issue_date_wording"]
    languages = list(dict.fromkeys([language, "en"])) if language else list(FALLBACK_LANGUAGES)
    found = []
    for line in text.splitlines():
        plain = normalise(line)
        if not any(find(w, plain) >= 0 for w in wording):
            continue
        hits = search_dates(line, languages=languages,
                            settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
                                      "PREFER_DATES_FROM": "past"}) or []
        # Only dates written out with their year: dateparser also turns
        # "valid for six months from the date of issue" into a date.
        found += [d.date() for said, d in hits
                  if str(d.year) in said and dt.date(1900, 1, 1) <= d.date() <= today]
    return max(found, default=None)


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
