"""Stage 4: understand documents -- what each one is and what it says.

After every page was analysed (stage 3, in the workers), docchk works out
per document, in the main process and from the recorded text only:

1. facts read from the text (``docchk_read_document``): language, a
   passport's machine-readable zone, apostille and legalisation marks, dates;
2. the type (``docchk_classify_document``): a type stated for the file in
   ``docchk.toml`` wins; otherwise the most confident candidate, or
   ``"other"`` when nobody is confident enough;
3. facts across documents (``docchk_understand_submission``): which
   translation belongs to which original.

The checks (stage 5) then judge these facts.
"""

from __future__ import annotations

import functools

from docchk import facts
from docchk.model import Config, DocumentFacts, Submission
from docchk.plugins import call_each


def _settings() -> dict:
    return facts.load("document_types")


@functools.lru_cache(maxsize=8)
def document_types(pm) -> dict[str, tuple[str, ...]]:
    """Title keywords per document type: docchk's data file plus what plugins add."""
    merged: dict[str, list[str]] = {t: list(titles) for t, titles in _settings()["types"].items()}
    for answer in pm.hook.docchk_document_types():
        for doc_type, titles in (answer or {}).items():
            merged.setdefault(doc_type, []).extend(titles)
    return {t: tuple(dict.fromkeys(titles)) for t, titles in merged.items()}


def stated_facts(config: Config, document: DocumentFacts) -> dict[str, str]:
    """What ``docchk.toml`` says about this file (``[files."NAME"]``)."""
    return dict(dict(config.file_facts).get(document.relpath, ()))


def classify(document: DocumentFacts, config: Config, pm, failures: list | None = None) -> None:
    stated = stated_facts(config, document).get("type")
    if stated:
        document.type, document.type_confidence = stated, _settings()["confidence"]["stated"]
        document.type_source = "docchk.toml"
        return
    answers = call_each(
        pm,
        "docchk_classify_document",
        failures if failures is not None else [],
        document.relpath,
        document=document,
        config=config,
    )
    candidates = [c for answer in answers for c in (answer or ())]
    document.type_source = "content"
    best = max(candidates, key=lambda c: c[1], default=None)
    if best and best[1] >= _settings()["min_confidence"]:
        document.type, document.type_confidence = best[0], float(best[1])
    else:
        document.type, document.type_confidence = "other", float(best[1]) if best else 0.0


def understand(submission: Submission, config: Config, pm) -> None:
    failures = submission.plugin_failures
    for document in submission.documents:
        if not document.pages:  # unreadable, or every page failed
            continue
        call_each(pm, "docchk_read_document", failures, document.relpath, document=document, config=config)
        classify(document, config, pm, failures)
    call_each(pm, "docchk_understand_submission", failures, submission=submission, config=config)
