"""Find the applicant's identifier on a page: V-number, klantnummer, or name
and date of birth.

Applicants write the V-number by hand, with spaces or dots, and OCR reads a
handwritten 7 as 1 or an O as 0. So a page's text is reduced to *digit runs*
(number-like tokens, letter/digit confusions mapped, neighbouring groups
joined: "V-nr 2719 283 746" -> "2719283746"), and the expected number is
matched against each run allowing a few edits. Measured on handwriting
(shared/FINDINGS.md): the right number is read within 1-2 edits, while pages
with another number or none never come closer than 3. Hence: <= 1 edit is
found, 2 edits is "could not confirm" (a warning), more is missing -- except
on a weak reading (:func:`weakly_read`: OCR of a page whose paper size is
not known from the file, or is not A4, such as a phone photo of a US-Letter
payslip), where 3 edits is still "could not confirm": a hand that is hard to
read there is doubt, not evidence of absence (issue #17).

Matching happens in the main process over all pages (:func:`resolve`), so
that with no identifier given, the V-number most pages carry can be inferred
and the pages without it flagged.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from docchk import facts, paper
from docchk.model import Applicant, PageFacts, Submission

_SEPARATORS = " .-/"


def _data() -> dict:
    return facts.load("identifiers")


_DIGIT = re.compile(r"\d")


def digit_runs(text: str) -> list[str]:
    """Number-like sequences of ``text`` with OCR confusions mapped to digits.

    A token counts as number-like when at least 60 % of its characters are
    digits and the rest are letters OCR confuses with digits. Neighbouring
    number-like tokens on one line are joined (each token is also kept on its
    own); runs of fewer than 4 digits are dropped.
    """
    return list(_digit_runs(text))


@functools.lru_cache(maxsize=32)
def _digit_runs(text: str) -> tuple[str, ...]:
    """digit_runs, kept for the last few texts: a page's text is asked
    about more than once (is the identifier settled? then its facts)."""
    confusions = _data()["digit_confusions"]
    runs: list[str] = []
    current = ""
    for token in re.split(r"(\s+)", text):
        if not token:
            continue
        if token.isspace():
            if "\n" in token:
                _flush(runs, current)
                current = ""
            continue
        core = token.strip(":;,()[]{}\"'").strip(_SEPARATORS)
        if not _DIGIT.search(core):  # most words: neither a number nor a glued one
            _flush(runs, current)
            current = ""
            continue
        pieces = [p for p in re.split(r"[./-]", core) if p]
        numeric = core and all(_is_numberlike(p) for p in pieces)
        if numeric:
            mapped = "".join(confusions.get(c, c) for c in core if c not in _SEPARATORS)
            _flush(runs, mapped)  # the token alone, and joined with its neighbours
            current += mapped
        else:
            # "V-nr:2719283746" or "nummer2719..." glue a label to the number.
            tail = re.search(r"[0-9OolI|SB]{6,}$", core)
            _flush(runs, current)
            current = ""
            if tail and sum(c.isdigit() for c in tail.group()) >= 0.6 * len(tail.group()):
                current = "".join(confusions.get(c, c) for c in tail.group())
    _flush(runs, current)
    return tuple(dict.fromkeys(runs))


def _is_numberlike(piece: str) -> bool:
    """Only digits and letters OCR mistakes for digits, mostly digits."""
    confusions = _data()["digit_confusions"]
    digits = sum(c.isdigit() for c in piece)
    return digits >= 0.6 * len(piece) and all(c.isdigit() or c in confusions for c in piece)


def _flush(runs: list[str], run: str) -> None:
    run = "".join(c for c in run if c.isdigit())
    if len(run) >= 4:
        runs.append(run)


def substring_distance(pattern: str, text: str) -> int:
    """Fewest edits turning ``pattern`` into some substring of ``text``."""
    if not pattern:
        return 0
    prev = [0] * (len(text) + 1)  # a match may start anywhere in text
    for i, pc in enumerate(pattern, 1):
        cur = [i] + [0] * len(text)
        for j, tc in enumerate(text, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (pc != tc))
        prev = cur
    return min(prev)


def number_distance(number: str, runs: Iterable[str]) -> int | None:
    """Fewest edits between ``number`` and the closest digit run, or None."""
    number = "".join(c for c in number if c.isdigit())
    best = None
    for run in runs:
        if len(run) < len(number) - 2:
            continue
        d = substring_distance(number, run)
        best = d if best is None else min(best, d)
    return best


def given_numbers(applicant: Applicant) -> list[str]:
    """The identifying numbers the applicant gave (V-number, klantnummer)."""
    return [n for n in (applicant.v_number, applicant.klantnummer) if n]


def closest(numbers: Iterable[str], runs: Iterable[str]) -> int | None:
    """Fewest edits between any of ``numbers`` and the digit runs, or None."""
    runs = list(runs)
    return min((d for n in numbers if (d := number_distance(n, runs)) is not None), default=None)


def is_found(distance: int | None) -> bool:
    """Close enough to count as found (see the module docstring)."""
    limit = facts.load("page_thresholds")["identifier"]["found_max_edits"]
    return distance is not None and distance <= limit


def v_number_candidates(runs: Iterable[str]) -> list[str]:
    """Digit runs that look like a V-number (exactly its length)."""
    n = _data()["v_number_digits"]
    return [r for r in runs if len(r) == n]


# --- name and date of birth --------------------------------------------------


def fold(text: str) -> str:
    """Lower case, no diacritics, punctuation as spaces: for lenient matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^\w]+", " ", text).strip()


def date_renderings(date) -> list[str]:
    """The ways a date is written in nl/en/de/fr documents, folded."""
    d, m, y = date.day, date.month, date.year
    out = {
        f"{d:02d} {m:02d} {y}",
        f"{d} {m} {y}",
        f"{y} {m:02d} {d:02d}",
        f"{d:02d}{m:02d}{y}",
        f"{m:02d} {d:02d} {y}",
        f"{d:02d} {m:02d} {y % 100:02d}",
    }
    for names in _data()["month_names"].values():
        for name in names[m - 1]:
            name = fold(name)
            out |= {
                f"{d} {name} {y}",
                f"{d:02d} {name} {y}",
                f"{name} {d} {y}",
                f"{d}th {name} {y}",
                f"{d}er {name} {y}",
            }
    return sorted(out)


def has_name_and_birth_date(text: str, name: str, birth_date) -> bool:
    folded = f" {fold(text)} "
    parts = [p for p in fold(name).split() if len(p) >= 2]
    if not parts or not all(f" {p} " in folded for p in parts):
        return False
    return any(f" {r} " in folded for r in date_renderings(birth_date))


# --- resolving over a submission --------------------------------------------


def infer_v_number(pages: Iterable[PageFacts]) -> str | None:
    """The V-number the submission's pages carry, if one stands out.

    Chosen when it appears on at least two pages, or on the only page that
    carries any candidate, and on more pages than any other candidate.
    """
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update(set(v_number_candidates(page.digit_runs)))
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [(None, 0)]
    runner_up = rest[0][1]
    if n > runner_up and (n >= 2 or len(counts) == 1):
        return best
    return None


def applicant_for_pages(submission: Submission, applicant: Applicant) -> Applicant:
    """Who to look for on the pages: the applicant as given, or -- when
    neither a number nor name and birth date was given, and no V-number can
    be inferred from the pages -- the holder of the one passport in the
    folder whose machine-readable zone is valid (IND rule 4 allows name and
    date of birth when there is no V-number)."""
    if given_numbers(applicant) or (applicant.name and applicant.birth_date):
        return applicant
    if infer_v_number(p for d in submission.documents for p in d.pages):
        return applicant
    holders = {
        (m.given_names, m.surname, m.birth_date)
        for d in submission.documents
        if (m := d.mrz) is not None and m.valid and m.birth_date
    }
    if len(holders) != 1:
        return applicant
    given, surname, born = holders.pop()
    return replace(applicant, name=f"{given} {surname}".title().strip(), birth_date=born)


def resolve(submission: Submission, applicant: Applicant) -> None:
    """Set ``identifier_status`` on every page of ``submission``.

    found       the identifier is on the page (<= 1 edit)
    unconfirmed a near reading only (2 edits; 3 on a weak reading): a warning, not an error
    missing     the identifier is known and not on the page
    unknown     no identifier given and none could be inferred
    not-checked blank pages (they are reported as blank instead)
    """
    t = facts.load("page_thresholds")["identifier"]
    numbers = given_numbers(applicant)
    if not numbers and not (applicant.name and applicant.birth_date):
        submission.inferred_v_number = infer_v_number(p for d in submission.documents for p in d.pages)
        if submission.inferred_v_number:
            numbers = [submission.inferred_v_number]
    for document in submission.documents:
        for page in document.pages:
            page.identifier_status = _status(page, numbers, applicant, t)
            page.identifier_found = page.identifier_status == "found"


def _status(page: PageFacts, numbers: list[str], applicant: Applicant, t: dict) -> str:
    if page.blank:
        return "not-checked"
    if numbers:
        best = closest(numbers, page.digit_runs)
        if is_found(best):
            return "found"
        if best is not None and best <= t["unconfirmed_max_edits"]:
            return "unconfirmed"
        if best is not None and best <= t["weak_reading_max_edits"] and weakly_read(page):
            return "unconfirmed"
        return "missing"
    if applicant.name and applicant.birth_date:
        found = has_name_and_birth_date(page.text, applicant.name, applicant.birth_date)
        return "found" if found else "missing"
    return "unknown"


def weakly_read(page: PageFacts) -> bool:
    """Is the page's reading weak evidence that the identifier is absent?

    The page is a scan or photo read by OCR (not a text layer, whose numbers
    are what they are), and its paper size is not known from the file -- an
    image without a resolution, whose size docchk could not tell or only
    assumed from A4 proportions -- or is not A4 (a photo of a US-Letter
    page). There the scale the OCR read at is a guess: a near miss in
    handwriting is doubt.
    """
    if page.text_source != "ocr":
        return False
    size_unknown = page.width_mm is None or page.dpi_source == "assumed-a4"
    return size_unknown or not paper.is_required_size(page.width_mm, page.height_mm)


# --- the stamp `docchk fix` writes ----------------------------------------------

#: The lines ``docchk fix`` stamps, and only those (see :func:`stamp_text`).
_STAMP_LINE = re.compile(r"^(?:V-nummer: \d{10}|Klantnummer: \d+|Naam: .+, geboren \d{2}-\d{2}-\d{4})$", re.M)


def stamp_text(applicant: Applicant) -> str | None:
    """What ``docchk fix`` writes on a page that lacks the identifier: the
    V-number, else the klantnummer, else name and date of birth (the IND's
    order of preference); None when none is known."""
    if applicant.v_number:
        return f"V-nummer: {applicant.v_number}"
    if applicant.klantnummer:
        return f"Klantnummer: {applicant.klantnummer}"
    if applicant.name and applicant.birth_date:
        return f"Naam: {applicant.name}, geboren {applicant.birth_date:%d-%m-%Y}"
    return None


def without_stamp(text: str) -> str:
    """A text layer without the line ``docchk fix`` stamped: a scanned page
    that carries only the stamp as text is still a scan, to be OCR'd."""
    return _STAMP_LINE.sub("", text)
