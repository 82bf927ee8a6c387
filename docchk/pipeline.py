"""The one-way pipeline: discover -> read pages -> analyse -> check -> report.

Reading and analysing pages is the expensive part and runs in a pool of
worker processes, one task per page, so the pages of one long scan are spread
over all cores. Each worker rebuilds the plugin manager and OCR engine once
(plugins are stateless) and keeps the last few documents it opened.
Everything after analysis -- identifier resolution across the submission,
the checks, the report -- is cheap and runs in the main process, so results
do not depend on ``--jobs``.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from docchk import blank, identifiers
from docchk.analyse import analyse_page
from docchk.builtin_plugins.tesseract_ocr import OcrUnavailable
from docchk.discover import discover
from docchk.model import Config, DocumentFacts, Finding, PageFacts, SourceFile, Submission, Unreadable
from docchk.plugins import plugin_manager, rules, select_rules
from docchk.readers import ReadError, open_document, open_reader
from docchk.report import Report

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


# --- worker side ------------------------------------------------------------

_open_docs: OrderedDict[Path, object] = OrderedDict()
_OPEN_DOCS_KEPT = 2


def _reader(source: SourceFile):
    """An open reader for ``source``, reused across the pages of one file."""
    doc = _open_docs.pop(source.path, None)
    if doc is None:
        doc = open_reader(source)
    _open_docs[source.path] = doc
    while len(_open_docs) > _OPEN_DOCS_KEPT:
        _open_docs.popitem(last=False)[1].close()
    return doc


@functools.cache
def _engine(config: Config, purpose: str):
    return plugin_manager(config.disabled_plugins).hook.docchk_ocr_engine(config=config, purpose=purpose)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def inspect_file(source: SourceFile) -> tuple[str | None, int | Unreadable]:
    """Hash a file and count its pages, or say why it cannot be read."""
    try:
        digest = _sha256(source.path)
    except OSError as exc:
        return None, Unreadable(f"The file cannot be opened ({exc.strerror or exc}).",
                                "Check the file's permissions.")
    try:
        with open_document(source) as doc:
            return digest, doc.page_count
    except ReadError as exc:
        return digest, Unreadable(exc.reason, exc.hint)


def analyse_file_page(source: SourceFile, index: int, config: Config) -> PageFacts | Unreadable:
    try:
        page = _reader(source).page(index)
        return analyse_page(page, config, _engine(config, "page"), _engine(config, "margin"))
    except ReadError as exc:
        return Unreadable(exc.reason, exc.hint)
    except (MemoryError, RecursionError) as exc:
        return Unreadable(f"Page {index + 1} is too complex to read ({type(exc).__name__}).",
                          "Export or scan the document again.")
    except OcrUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001 -- a bad page must not end the scan
        log.debug("page %d of %s failed", index + 1, source.relpath, exc_info=True)
        return Unreadable(f"Page {index + 1} cannot be read ({type(exc).__name__}).",
                          "Export or scan the document again.")


# --- main side --------------------------------------------------------------


def _jobs(config: Config) -> int:
    return config.jobs if config.jobs > 0 else (os.cpu_count() or 1)


def analyse_submission(paths: list[Path], config: Config, progress: Progress | None = None) -> Submission:
    """Read and analyse every page of every file under ``paths``."""
    sources = discover([Path(p) for p in paths])
    documents = [DocumentFacts(s.path, s.relpath, None, s.kind) for s in sources]
    jobs = _jobs(config)
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
    submit = pool.submit if pool else _Done
    try:
        inspected = [submit(inspect_file, s) for s in sources]
        tasks = []
        for doc, source, fut in zip(documents, sources, inspected, strict=True):
            doc.sha256, count = fut.result()
            if isinstance(count, Unreadable):
                doc.error = count
                continue
            tasks.append((doc, [submit(analyse_file_page, source, i, config) for i in range(count)]))
        total = sum(len(futs) for _, futs in tasks)
        done = 0
        if progress:
            progress(0, total)
        for doc, futures in tasks:
            for fut in futures:
                result = fut.result()
                if isinstance(result, Unreadable):
                    doc.error = doc.error or result
                else:
                    doc.pages.append(result)
                done += 1
                if progress:
                    progress(done, total)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
        else:
            for doc in list(_open_docs.values()):
                doc.close()
            _open_docs.clear()
    submission = Submission(documents)
    for doc in documents:
        blank.mark_duplex_backs(doc.pages)
    identifiers.resolve(submission, config.applicant)
    return submission


class _Done:
    """A finished future, for running tasks in the main process (--jobs 1)."""

    def __init__(self, fn, *args):
        self._value = fn(*args)

    def result(self):
        return self._value


def check(submission: Submission, config: Config) -> list[Finding]:
    """Run every check hook and keep the findings of the selected rules."""
    pm = plugin_manager(config.disabled_plugins)
    declared = rules(pm)
    selected = select_rules(declared, config.select, config.ignore)
    findings: list[Finding] = []
    for doc in submission.documents:
        for batch in pm.hook.docchk_check_document(document=doc, config=config):
            findings += batch or []
        for page in doc.pages:
            for batch in pm.hook.docchk_check_page(page=page, document=doc, config=config):
                findings += batch or []
    for batch in pm.hook.docchk_check_submission(submission=submission, config=config):
        findings += batch or []
    for f in findings:
        if f.rule not in declared:
            raise ValueError(f"a plugin reported the undeclared rule {f.rule!r}")
    findings = [f for f in findings if f.rule in selected]
    return sorted(findings, key=lambda f: (f.path or "", f.page or 0, f.rule))


def scan(paths: list[Path], config: Config, progress: Progress | None = None) -> Report:
    submission = analyse_submission(paths, config, progress)
    return Report(submission, check(submission, config), config)
