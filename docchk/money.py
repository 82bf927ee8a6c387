"""Euro amounts in documents: the gross monthly salary of a contract or payslip.

Amounts are written the Dutch way ("€ 5.200,00", "5.200,-"), the English way
("EUR 5,200.00") or bare ("5200 euro"). Only lines that say what the amount
is -- gross monthly salary wording in ``docchk/data/document_rules.json`` --
are read, so an IBAN, a date or a net amount is never taken for a salary.
"""

from __future__ import annotations

import re

from docchk import facts
from docchk.text import find, normalise

_AMOUNT = re.compile(
    r"(?:€|\beur\b|\beuro\b)\s*(?P<a>\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,-)?"
    r"|(?P<b>\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,-)?\s*(?:€|\beur\b|\beuros?\b)",
    re.IGNORECASE,
)


def parse_amount(text: str) -> float | None:
    """ "5.200,00" -> 5200.0, "5,200.00" -> 5200.0, "5200" -> 5200.0, "5.200" -> 5200.0."""
    s = text.replace(" ", "").replace("\u00a0", "")
    if not s or not any(c.isdigit() for c in s):
        return None
    last_dot, last_comma = s.rfind("."), s.rfind(",")
    decimal = None
    if last_dot >= 0 and last_comma >= 0:
        decimal = "." if last_dot > last_comma else ","
    elif last_dot >= 0 or last_comma >= 0:
        sep = "." if last_dot >= 0 else ","
        tail = s[s.rfind(sep) + 1 :]
        decimal = sep if len(tail) in (1, 2) and s.count(sep) == 1 else None
    if decimal:
        whole, _, cents = s.rpartition(decimal)
        whole = whole.replace(".", "").replace(",", "")
        return float(f"{whole}.{cents}")
    return float(s.replace(".", "").replace(",", ""))


def amounts(line: str) -> list[float]:
    found = []
    for m in _AMOUNT.finditer(line):
        value = parse_amount(m.group("a") or m.group("b"))
        if value is not None:
            found.append(value)
    return found


def monthly_salaries(text: str) -> list[float]:
    """Gross monthly salaries stated in ``text``: the amounts on lines (and
    the line after) that carry gross-monthly-salary wording."""
    wording = facts.load("document_rules")["salary_wording"]
    lines = text.splitlines()
    found = []
    for i, line in enumerate(lines):
        plain = normalise(line)
        if not any(find(w, plain) >= 0 for w in wording):
            continue
        values = amounts(line) or (amounts(lines[i + 1]) if i + 1 < len(lines) else [])
        found += [v for v in values if v >= 100]  # not an hour rate or a percentage
    return found
