"""Masking what identifies a person in text that leaves docchk: log lines
and error messages (always, unless ``--verbose``).

docchk's own messages are written not to quote documents ("the V-number",
never the number; an exception's type, never its text). This module is the
net under that rule, for what a library or a plugin logs: long digit runs
(V-numbers, klantnummers, BSNs, account and passport numbers) and the
applicant's name and date of birth are replaced by placeholders.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

#: Seven or more digits, possibly grouped by spaces, dots or dashes
#: ("2719 283 746", "2719.283.746"): any identifier docchk handles.
_DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ .\-/]?\d){6,}(?![\d])")
NUMBER = "[number]"
NAME = "[name]"
BIRTH_DATE = "[birth date]"


def _date_forms(day: dt.date) -> list[str]:
    """How a date of birth is written on documents and in options."""
    d, m, y = day.day, day.month, day.year
    return [
        f"{y:04d}-{m:02d}-{d:02d}",
        f"{d:02d}-{m:02d}-{y:04d}",
        f"{d:02d}.{m:02d}.{y:04d}",
        f"{d:02d}/{m:02d}/{y:04d}",
        f"{d}-{m}-{y}",
        f"{d}.{m}.{y}",
        f"{d}/{m}/{y}",
    ]


def mask(text: str, applicant=None) -> str:
    """``text`` with identifiers replaced: the applicant's name (each part of
    three letters or more) and birth date, and every long digit run."""
    if applicant is not None:
        if applicant.birth_date:
            for form in _date_forms(applicant.birth_date):
                text = text.replace(form, BIRTH_DATE)
        for part in sorted(set(re.findall(r"\w{3,}", applicant.name or "")), key=len, reverse=True):
            text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", NAME, text, flags=re.IGNORECASE)
    return _DIGIT_RUN.sub(_number_unless_date, text)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")


def _number_unless_date(match: re.Match) -> str:
    """Other dates than the birth date (issue dates, expiry dates) say
    nothing about who the applicant is, and reports need them."""
    return match.group() if _DATE.fullmatch(match.group()) else NUMBER


class MaskingFilter(logging.Filter):
    """For a handler whose output others may read: passes docchk's own
    records only, masked (:func:`mask`) and without tracebacks, whose frames
    can quote a document. Records of plugins and libraries are held back
    and counted (``hidden``): docchk cannot tell whether they quote a
    document, and masking catches identifiers, not text."""

    def __init__(self, applicant=None):
        super().__init__()
        self.applicant = applicant
        self.hidden = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name != "docchk" and not record.name.startswith("docchk."):
            self.hidden += 1
            return False
        record.msg = mask(record.getMessage(), self.applicant)
        record.args = ()
        record.exc_info = record.exc_text = record.stack_info = None
        return True
