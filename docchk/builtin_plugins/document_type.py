"""What type each document is, from its title (and submission.unclassified-document).

Civil documents, contracts and statements say what they are in a title near
the top of the first page, in the issuing country's language: "Geburtsurkunde",
"Acte de naissance", "Loonstrook". The titles are data
(``docchk/data/document_types.json``, and the ``docchk_document_types``
hook), matched on the first and last pages read whole.

Confidence: a title in the first lines of the first page is strong evidence
(0.9), lowered to 0.7 when another type is named further down those lines
("Passport number: ..."); a title read with one letter wrong (OCR's
confusions) or only in the body is weaker (0.6: a payslip mentions the
employment contract); two types named on one title
line contest each other (0.5). Passports, ID cards and sworn translations
are also recognised by their own plugins from stronger evidence (the
machine-readable zone, the translator's declaration).
"""

from __future__ import annotations

import functools
import re

from docchk import facts
from docchk.hookspec import hookimpl
from docchk.i18n import _
from docchk.model import Finding, Level, Rule, Severity
from docchk.plugins import plugin_manager
from docchk.text import SIMPLIFIED, find_any, normalise, usable_text
from docchk.understand import document_types

RULE = "submission.unclassified-document"


def _settings() -> dict:
    return facts.load("document_types")


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.SUBMISSION, "a file whose document type could not be determined"))


@hookimpl
def docchk_full_text_pages(document, page_count, config):
    """The last page (an attached apostille or a translator's declaration)
    of every document. Short documents (civil certificates, up to 3 pages)
    are read whole: an apostille may be stamped on any page, and the issue
    date may be anywhere."""
    if page_count <= 3:
        return set(range(1, page_count + 1))
    return {page_count}


@hookimpl
def docchk_title_pages(document, page_count, config):
    """The first page's title: enough to tell a 12-page contract or a
    year of bank statements by (their first page is otherwise read whole
    for nothing)."""
    return {1}


def title_area(document) -> str:
    """The first lines of the first page whose top was read."""
    for page in document.pages:
        if page.read_top:
            lines = [ln for ln in page.text.splitlines() if ln.strip()]
            return "\n".join(lines[: _settings()["title_lines"]])
    return ""


#: Letters OCR reads as their neighbours, folded on both sides before a title
#: is looked for (``normalise`` already drops accents, hamza and madda):
#: Polish l-stroke, Croatian d-stroke and Danish o-slash read plain by Latin
#: models; in Arabic script the dots (Arabic OCR reads "العزوية" for
#: "العزوبة", "الخالة" for "الحالة", the Persian yeh and kaf for the Arabic
#: ones), so letters that differ only in their dots count as one (their
#: skeleton, as Arabic OCR post-correction does); in Chinese the traditional
#: forms of the title characters (Tesseract's chi_sim+chi_tra mix them:
#: "出生醫學證明"). A colon counts as a space: a Chinese notarial certificate
#: (公证书) names what it certifies on its "公证事项：出生" line.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ø": "o",
        ":": " ",
        **dict.fromkeys("بتثنيىیپ", "ٮ"),
        **dict.fromkeys("جحخچ", "ح"),
        "ذ": "د",
        **dict.fromkeys("رزژ", "ر"),
        "ش": "س",
        "ض": "ص",
        "ظ": "ط",
        "غ": "ع",
        "ق": "ف",
        **dict.fromkeys("كکگ", "ك"),
        **dict.fromkeys("ةۀھ", "ه"),
        **SIMPLIFIED,
    }
)


def _plain(text: str) -> str:
    return normalise(text).translate(_FOLD)


def _bare(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", _plain(text)).split())


_bare_title = functools.lru_cache(maxsize=4096)(_bare)


class _TitleLine:
    """A title line, normalised once for all the titles looked for on it."""

    def __init__(self, line: str):
        self.plain = _plain(line)
        self.parts = {_bare(part) for part in [line, *line.split("/")]}

    def names_any(self, titles: tuple[str, ...]) -> bool:
        """Is one of ``titles`` on this line? A title marked with a leading
        "=" must be the whole line or one of its "/"-separated parts
        ("PASSPORT / PASSEPORT"), not a word in it ("Regional Passport
        Office"); the others may be anywhere in it."""
        whole, anywhere = _split_titles(titles)
        return find_any(anywhere, self.plain) or any(_bare_title(t) in self.parts for t in whole)

    def names_any_nearly(self, titles: tuple[str, ...]) -> bool:
        """Is one of ``titles`` on this line with one letter misread (OCR
        reads Arabic medial "ه" as "ب": "شبادة ميلاد")? Only titles of
        ``fuzzy_min_letters`` letters or more: a short one nearly matches
        too many words."""
        anywhere, whole = _nearly(titles)
        return any(p.search(self.plain) for p in anywhere) or any(
            p.fullmatch(part) for p in whole for part in self.parts
        )


@functools.lru_cache(maxsize=256)
def _nearly(titles: tuple[str, ...]) -> tuple[tuple, tuple]:
    """Fuzzy patterns (the ``regex`` module's, at most one edit) of the long
    titles: (those that may be anywhere in a line, those that must be a
    whole line or part, as in :meth:`names_any`)."""
    import regex

    shortest = _settings()["fuzzy_min_letters"]
    whole, anywhere = _split_titles(titles)

    def patterns(found: tuple[str, ...], plain) -> tuple:
        return tuple(
            regex.compile(rf"(?<!\w)(?:{regex.escape(plain(t))}){{e<=1}}(?!\w)", regex.BESTMATCH)
            for t in sorted(set(found))
            if sum(c.isalpha() for c in plain(t)) >= shortest
        )

    return patterns(anywhere, str), patterns(whole, _bare)


@functools.lru_cache(maxsize=256)
def _split_titles(titles: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles that must be a whole line, without their "=", the others)."""
    return (
        tuple(t[1:] for t in titles if t.startswith("=")),
        tuple(_plain(t) for t in titles if not t.startswith("=")),
    )


def candidates(document, types: dict[str, tuple[str, ...]]) -> list[tuple[str, float]]:
    conf = _settings()["confidence"]
    lines = [_TitleLine(line) for line in title_area(document).splitlines()]
    first_line: dict[str, int] = {}  # type -> first title line naming it
    for doc_type, titles in types.items():
        for n, line in enumerate(lines):
            if line.names_any(titles):
                first_line[doc_type] = n
                break
    if not first_line:
        # No title as written: one misread letter (OCR's) is the next best
        # evidence, weaker than a title read right.
        nearly: dict[str, int] = {}
        for doc_type, titles in types.items():
            at = next((n for n, line in enumerate(lines) if line.names_any_nearly(titles)), None)
            if at is not None:
                nearly[doc_type] = at
        if nearly:
            top = min(nearly.values())
            tied = sorted(t for t, n in nearly.items() if n == top)
            return [(t, conf["body"] if len(tied) == 1 else conf["contested"]) for t in tied]
    if first_line:
        ranked = sorted(first_line, key=first_line.__getitem__)
        top = first_line[ranked[0]]
        tied = [t for t in ranked if first_line[t] == top]
        if len(tied) > 1:  # two types named on one line: no telling
            return [(t, conf["contested"]) for t in tied]
        # The topmost title is the document's; a type named further down
        # ("Passport number: ...") lowers the confidence a little.
        score = conf["title"] if len(ranked) == 1 else (conf["title"] + conf["contested"]) / 2
        return [(ranked[0], score)] + [(t, conf["contested"] * 0.9) for t in ranked[1:]]
    body = _plain(document.edge_text)
    in_body = sorted(t for t, titles in types.items() if find_any(_split_titles(titles)[1], body))
    if len(in_body) == 1:
        return [(in_body[0], conf["body"])]
    return [(t, conf["contested"] * 0.9) for t in in_body]


@hookimpl
def docchk_classify_document(document, config):
    return candidates(document, document_types(plugin_manager(config.disabled_plugins)))


@hookimpl
def docchk_check_submission(submission, config):
    findings = []
    for doc in submission.documents:
        if (
            doc.pages and doc.type == "other" and doc.type_source == "content" and usable_text(doc.edge_text)
        ):  # a blank or unreadable scan is reported as such
            # Said as a note (info): an unknown type is not an error in itself;
            # a permit's checklist (submission.missing-document) says what is missing.
            findings.append(
                Finding(
                    RULE,
                    Severity.INFO,
                    doc.relpath,
                    None,
                    _("Could not tell what kind of document {file} is (no known title was read).").format(
                        file=doc.relpath
                    ),
                    _(
                        'If it matters for the application, state it in docchk.toml: [files."{file}"] '
                        'type = "birth-certificate" (or the right type; the README lists them; "other" '
                        "silences this note)."
                    ).format(file=doc.relpath),
                )
            )
    return findings
