"""The data that flows through the pipeline.

Plain dataclasses, picklable, so worker processes can send them back to the
main process. Each stage only adds to what the previous stage produced:
``discover`` makes :class:`SourceFile`, ``read``/``analyse`` make
:class:`PageFacts` and :class:`DocumentFacts`, checks make :class:`Finding`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docchk.limits import Limits

if TYPE_CHECKING:
    from docchk.mrz import Mrz


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Level(str, Enum):
    """What a rule is about; decides whether a finding carries a page."""

    PAGE = "page"
    DOCUMENT = "document"
    SUBMISSION = "submission"


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    summary: str
    plugin: str = ""
    #: A finding of this rule says a check could not be made (an income
    #: criterion not known for the date): a folder with one is never called
    #: "ready" without a word, even though it is a warning (Report.confirmed).
    unchecked: bool = False


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    path: str | None
    page: int | None
    message: str
    hint: str = ""

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "path": self.path,
            "page": self.page,
            "message": self.message,
            "hint": self.hint,
        }


@dataclass(frozen=True)
class Applicant:
    """Who the documents are about; any field may be unknown."""

    v_number: str | None = None
    klantnummer: str | None = None
    name: str | None = None
    birth_date: dt.date | None = None
    # What a permit's requirements depend on (docchk.permits).
    #: ISO 3166 alpha-3, upper case ("TUR").
    nationality: str | None = None
    #: unmarried, married, registered-partner, partner, divorced, widowed
    marital_status: str | None = None
    #: ISO 3166 alpha-3 of the country of birth ("NLD": a Dutch record exists).
    birth_country: str | None = None
    #: Yes/no facts a permit profile's conditions name, as (name, value) pairs.
    facts: tuple[tuple[str, bool], ...] = ()

    @property
    def has_identifier(self) -> bool:
        return bool(self.v_number or self.klantnummer or (self.name and self.birth_date))

    def fact(self, name: str) -> bool | None:
        """A stated yes/no fact, or None when it was not stated."""
        return dict(self.facts).get(name)


@dataclass(frozen=True)
class Config:
    """Everything a run depends on. Picklable: it travels to the workers."""

    applicant: Applicant = field(default_factory=Applicant)
    permit: str | None = None
    submission_date: dt.date = field(default_factory=dt.date.today)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    jobs: int = 0  # 0: all cores
    file_facts: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    disabled_plugins: tuple[str, ...] = ()
    cache: bool = True  # reuse page analyses of earlier runs (docchk.cache)
    limits: Limits = Limits()  # time per page or plugin call, memory per worker
    lang: str = "en"  # the language of messages and hints (docchk.i18n)


# --- OCR -------------------------------------------------------------------

#: How much of a scanned page is read beyond the margins, as asked by the
#: plugins: a sample band (legibility), its top band (a title), or all of it.
#: Once read, ``PageFacts.ocr_scope`` says which.
READ_SAMPLE, READ_TOP, READ_WHOLE = "sample", "top", "page"


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float  # 0-100, as Tesseract reports it
    box: tuple[int, int, int, int]  # left, top, width, height in image pixels
    line: int = 0  # words on one text line share this number


@dataclass(frozen=True)
class OcrResult:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        """The words, one text line per line."""
        lines: dict[int, list[str]] = {}
        for w in self.words:
            lines.setdefault(w.line, []).append(w.text)
        return "\n".join(" ".join(ws) for ws in lines.values())

    @property
    def mean_confidence(self) -> float | None:
        """Mean confidence of the words that carry letters or digits."""
        scored = [w.confidence for w in self.words if any(c.isalnum() for c in w.text)]
        return sum(scored) / len(scored) if scored else None


# --- Discovery and facts -----------------------------------------------------


@dataclass(frozen=True)
class SourceFile:
    path: Path  # absolute path on disk
    relpath: str  # relative to the scanned folder, "/" separators
    kind: str  # "pdf", "image", "unsupported", or "unlistable-folder" (discover.py)
    detail: str = ""  # what the content sniffing found (e.g. "zip archive")


@dataclass(frozen=True)
class Unreadable:
    """Why a file could not be read, in words for the applicant."""

    reason: str
    hint: str


@dataclass(frozen=True)
class Signature:
    """A digital signature in a PDF (an e-Apostille is one)."""

    signer: str  # the certificate's subject, as people read it
    intact: bool  # the signed bytes are unchanged
    covers_whole_file: bool  # nothing was added after signing

    def to_dict(self) -> dict:
        return {"signer": self.signer, "intact": self.intact, "covers_whole_file": self.covers_whole_file}


@dataclass
class PageFacts:
    number: int
    width_mm: float | None
    height_mm: float | None
    size_name: str | None = None  # "A4", "US Letter", ...; None if unknown size
    rotation: int = 0
    text_source: str = "none"  # "text-layer", "ocr", "none"
    dpi: float | None = None  # effective resolution of the page image, if any
    dpi_source: str | None = None  # "metadata", "assumed-a4", "pdf-image"
    blank: bool = False
    duplex_back: bool = False
    ocr_confidence: float | None = None
    too_dark: bool = False
    margin_ocr: bool = False  # the page margins were OCR'd for a handwritten number
    #: How much of a scanned page was OCR'd: "page" (all of it) or "sample"
    #: (margins and the densest band of text: all the checks needed).
    ocr_scope: str | None = None
    #: The script the page was OCR'd in when it is not Latin ("Cyrillic",
    #: "Arabic", "Han", ...: Tesseract's script detection).
    script: str | None = None
    #: The language of this page's own text (ISO 639-1), set where a
    #: document's pages differ (an attached apostille); None otherwise.
    language: str | None = None
    #: What kind of attached page this is when it is not the document's own
    #: content: "apostille", "legalisation" or "translator-declaration".
    attachment: str | None = None
    #: "found", "unconfirmed", "missing", "unknown", "not-checked" (see identifiers.resolve)
    identifier_status: str = "not-checked"
    identifier_found: bool = False
    # Personal data: kept in memory for the checks, never written to reports.
    digit_runs: tuple[str, ...] = field(default=(), repr=False)
    text: str = field(default="", repr=False)
    #: Text read a second time from regions of a page read whole: an MRZ
    #: band with only the MRZ's characters, rubber stamps askew turned
    #: straight. For the plugins that look for those marks; not part of
    #: ``text``, so it does not count twice towards the page's language.
    reread_text: str = field(default="", repr=False)
    #: OCR'd words with their boxes (pixels at ``ocr_dpi``) and confidences.
    words: tuple[Word, ...] = field(default=(), repr=False)

    @property
    def read_whole(self) -> bool:
        """Is ``text`` the page's whole text (a text layer, or OCR of the
        whole page), not just its margins and a sample band?"""
        return bool(self.text) and (self.text_source == "text-layer" or self.ocr_scope == "page")

    @property
    def read_top(self) -> bool:
        """Is the top of the page -- its title -- in ``text`` (the page read
        whole, or its top band read for ``docchk_title_pages``)?"""
        return self.read_whole or (bool(self.text) and self.ocr_scope == "top")

    def to_dict(self) -> dict:
        out = {
            "number": self.number,
            "width_mm": self.width_mm,
            "height_mm": self.height_mm,
            "size_name": self.size_name,
            "rotation": self.rotation,
            "text_source": self.text_source,
            "dpi": round(self.dpi, 1) if self.dpi else None,
            "dpi_source": self.dpi_source,
            "ocr_confidence": round(self.ocr_confidence, 1) if self.ocr_confidence is not None else None,
            "ocr_scope": self.ocr_scope,
            "script": self.script,
            "blank": self.blank,
            "identifier_found": self.identifier_found,
            "identifier_status": self.identifier_status,
        }
        if self.language:
            out["language"] = self.language
        if self.attachment:
            out["attachment"] = self.attachment
        return out


@dataclass
class DocumentFacts:
    path: Path
    relpath: str
    sha256: str | None
    kind: str
    pages: list[PageFacts] = field(default_factory=list)
    error: Unreadable | None = None
    # What the document is (docchk.understand fills these in).
    type: str = "other"
    type_confidence: float = 0.0
    #: "docchk.toml" when the folder's settings state the type, else "content".
    type_source: str | None = None
    language: str | None = None
    language_confidence: float = 0.0
    legalisation: str | None = None
    #: The parsed machine-readable zone (:class:`docchk.mrz.Mrz`) of a
    #: passport or ID card. Personal data: only its checks, the expiry date
    #: and the nationality reach the report.
    mrz: Mrz | None = field(default=None, repr=False)
    #: The date the document was issued, where its wording says so.
    issue_date: dt.date | None = None
    #: Digital signatures of a PDF (docchk.signatures).
    signatures: list[Signature] = field(default_factory=list)
    #: relpath of the document this one is a translation of.
    translation_of: str | None = None
    #: relpaths of the translations that accompany this document.
    translations: list[str] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        """The text of the pages read whole (text layer or whole-page OCR),
        in page order. Pages read only in part (margins and a sample band)
        are left out: a margin note is not the document's language."""
        return "\n".join(p.text for p in self.pages if p.read_whole)

    @property
    def edge_text(self) -> str:
        """The text of the first two and last two pages read whole or in
        their top band: where a document's title, apostille, translator's
        declaration and issue date are. Understanding reads this rather
        than all of a 100-page statement's text."""
        return "\n".join(p.text for p in self._edge_pages())

    @property
    def marks_text(self) -> str:
        """``edge_text`` with what was read again from those pages' regions
        (an MRZ band, stamps askew): where apostilles, legalisation stamps
        and a passport's machine-readable zone are looked for."""
        return "\n".join(filter(None, (t for p in self._edge_pages() for t in (p.text, p.reread_text))))

    @property
    def edge_pages(self) -> list[PageFacts]:
        """The pages ``edge_text`` and ``marks_text`` are read from."""
        return self._edge_pages()

    def _edge_pages(self) -> list[PageFacts]:
        # A page whose own reading is empty may still have a region read
        # again (an MRZ found by its shape on a photo turned a quarter).
        read = [p for p in self.pages if p.read_top or p.reread_text]
        return read if len(read) <= 4 else read[:2] + read[-2:]

    def to_dict(self) -> dict:
        out: dict[str, Any] = {
            "path": self.relpath,
            "sha256": self.sha256,
            "type": self.type,
            "type_confidence": round(self.type_confidence, 2),
            "type_source": self.type_source,
            "language": self.language,
            "language_confidence": round(self.language_confidence, 2),
            "legalisation": self.legalisation,
            "translation_of": self.translation_of,
            "issue_date": self.issue_date.isoformat() if self.issue_date else None,
            "signatures": [sig.to_dict() for sig in self.signatures],
            "readable": self.error is None,
            "pages": [p.to_dict() for p in self.pages],
        }
        if self.mrz is not None:
            m = self.mrz
            out["passport"] = {
                "mrz_format": m.format,
                "mrz_valid": m.valid,
                "failed_checks": sorted(k for k, ok in m.checks.items() if not ok),
                "issuing_state": m.issuing_state,
                "nationality": m.nationality,
                "expiry_date": m.expiry_date.isoformat() if m.expiry_date else None,
            }
        return out


@dataclass
class Submission:
    documents: list[DocumentFacts]
    #: The folders and files that were scanned, as given (shown in reports).
    roots: tuple[str, ...] = ()
    inferred_v_number: str | None = None
    #: Plugins that raised while understanding or checking this submission
    #: (docchk.plugins.call_each); reported as submission.plugin-error.
    plugin_failures: list = field(default_factory=list)
