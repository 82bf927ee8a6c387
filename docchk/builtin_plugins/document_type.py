"""What type each document is, from its title (and submission.unclassified-document).

Civil documents, contracts and statements say what they are in a title near
the top of the first page, in the issuing country's language: "Geburtsurkunde",
"Acte de naissance", "Loonstrook". The titles are data
(``docchk/data/document_types.json``, and the ``docchk_document_types``
hook), matched on the first and last pages read whole.

Confidence: a title in the first lines of the first page is strong evidence
(0.9); a title further down is weaker (0.6: a payslip mentions the employment
contract); two types with titles in the first lines contest each other
(0.5). Passports, ID cards and sworn translations are recognised by their
own plugins from stronger evidence (the machine-readable zone, the
translator's declaration).
"""

from __future__ import annotations

from docchk import facts
from docchk.hookspec import hookimpl
from docchk.model import Finding, Level, Rule, Severity
from docchk.plugins import plugin_manager
from docchk.text import find, normalise
from docchk.understand import document_types

RULE = "submission.unclassified-document"


def _settings() -> dict:
    return facts.load("document_types")


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.SUBMISSION, "a file whose document type could not be determined"))


@hookimpl
def docchk_full_text_pages(document, page_count, config):
    """The first page (title) and the last (an attached apostille or a
    translator's declaration): what understanding a document needs."""
    return {1, page_count}


def title_area(document) -> str:
    """The first lines of the first page read whole."""
    for page in document.pages:
        if page.text and (page.text_source == "text-layer" or page.ocr_scope == "page"):
            lines = [ln for ln in page.text.splitlines() if ln.strip()]
            return "\n".join(lines[: _settings()["title_lines"]])
    return ""


def candidates(document, types: dict[str, tuple[str, ...]]) -> list[tuple[str, float]]:
    head = normalise(title_area(document))
    body = normalise(document.full_text)
    conf = _settings()["confidence"]
    in_title: dict[str, int] = {}
    in_body: set[str] = set()
    for doc_type, titles in types.items():
        for title in titles:
            at = find(title, head) if head else -1
            if at >= 0:
                in_title[doc_type] = min(at, in_title.get(doc_type, at))
            elif find(title, body) >= 0:
                in_body.add(doc_type)
    if in_title:
        first = min(in_title, key=in_title.get)  # the topmost title is the document's
        score = conf["title"] if len(in_title) == 1 else conf["contested"]
        return [(first, score)] + [(t, conf["contested"] * 0.9) for t in in_title if t != first]
    if len(in_body) == 1:
        return [(in_body.pop(), conf["body"])]
    return [(t, conf["contested"] * 0.9) for t in sorted(in_body)]


@hookimpl
def docchk_classify_document(document, config):
    return candidates(document, document_types(plugin_manager(config.disabled_plugins)))


@hookimpl
def docchk_check_submission(submission, config):
    findings = []
    for doc in submission.documents:
        if doc.pages and doc.type == "other" and doc.type_source == "content":
            findings.append(Finding(
                RULE, Severity.WARNING, doc.relpath, None,
                f"Could not tell what kind of document {doc.relpath} is (no known title was read).",
                f'State it in docchk.toml: [files."{doc.relpath}"] type = "birth-certificate" '
                "(or the right type; `docchk rules` lists the rules, DESIGN.md the types)."))
    return findings
