"""The one-way pipeline: discover -> read pages -> analyse -> understand -> check -> report.

The readers and the analysis (PDF, image and OCR libraries) are imported in
the functions that use them, so a fully cached re-run never loads them.

Reading and analysing pages is the expensive part and runs in a pool of
worker processes, one task per page, so the pages of one long scan are spread
over all cores. Each worker rebuilds the plugin manager and OCR engine once
(plugins are stateless) and keeps the last few documents it opened.
Everything after analysis -- identifier resolution across the submission,
the checks, the report -- is cheap and runs in the main process, so results
do not depend on ``--jobs``.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import gc
import hashlib
import logging
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from docchk import blank, cache, i18n, identifiers
from docchk.builtin_plugins.tesseract_ocr import OcrUnavailable
from docchk.cache import AnalysisCache
from docchk.cache import fingerprint as cache_fingerprint
from docchk.discover import UNLISTABLE_FOLDER, discover
from docchk.i18n import _
from docchk.model import (
    READ_SAMPLE,
    READ_TOP,
    READ_WHOLE,
    Config,
    DocumentFacts,
    Finding,
    PageFacts,
    Severity,
    Signature,
    SourceFile,
    Submission,
    Unreadable,
)
from docchk.plugins import NO_DOCUMENTS, call_each, plugin_infos, plugin_manager, rules, select_rules
from docchk.report import Report
from docchk.understand import understand
from docchk.workers import Task, TaskFailed, WorkerPool

if TYPE_CHECKING:
    from docchk.readers import ImageDocument, PdfDocument

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


# --- worker side ------------------------------------------------------------

_open_docs: OrderedDict[Path, PdfDocument | ImageDocument] = OrderedDict()
_OPEN_DOCS_KEPT = 2


def _reader(source: SourceFile):
    """An open reader for ``source``, reused across the pages of one file."""
    from docchk.readers import open_reader

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


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclasses.dataclass(frozen=True)
class Inspection:
    """What is known of a file before its pages are read."""

    page_count: int
    signatures: tuple[Signature, ...] = ()
    #: An image, or a PDF whose first page has no usable text layer (None:
    #: not known, the inspection came from the cache).
    scanned: bool | None = None

    def to_cache(self) -> dict:
        return {"page_count": self.page_count, "signatures": [s.to_dict() for s in self.signatures]}

    @classmethod
    def from_cache(cls, d: dict) -> Inspection:
        return cls(d["page_count"], tuple(Signature(**s) for s in d.get("signatures", ())))


def inspect_file(source: SourceFile, lang: str = "en") -> Inspection | Unreadable:
    """Count a file's pages, read its digital signatures and tell whether
    it looks scanned; or say why it cannot be read (in ``lang``)."""
    with i18n.language(lang):
        return _inspect_file(source)


def _inspect_file(source: SourceFile) -> Inspection | Unreadable:
    from docchk.readers import ReadError, open_document
    from docchk.signatures import pdf_signatures
    from docchk.text import usable_text

    try:
        with open_document(source) as doc:
            scanned = source.kind != "pdf" or not usable_text(identifiers.without_stamp(doc.page(0).text_layer))
            count = doc.page_count
            signed = source.kind == "pdf" and doc.has_signature_fields()
    except ReadError as exc:
        return Unreadable(exc.reason, exc.hint)
    except Exception as exc:  # noqa: BLE001 -- a reader's bug must not end the scan
        log.debug("inspecting %s failed", source.relpath, exc_info=True)
        return Unreadable(
            _("The file cannot be read ({error}).").format(error=type(exc).__name__),
            _("Export or scan the document again."),
        )
    signatures = tuple(pdf_signatures(source.path)) if signed else ()
    return Inspection(count, signatures, scanned)


@functools.cache
def _libc():
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: nothing to trim
        return None


def _give_memory_back() -> None:
    """Return freed memory to the system after a page. glibc keeps what the
    OCR engines freed (onnxruntime frees ~200 MB of buffers per call) for
    reuse, and a worker's footprint would stay at its worst page's."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def analyse_file_page(source: SourceFile, index: int, config: Config, read: str) -> PageFacts | Unreadable:
    with i18n.language(config.lang):
        return _analyse_file_page(source, index, config, read)


def _analyse_file_page(source: SourceFile, index: int, config: Config, read: str) -> PageFacts | Unreadable:
    from docchk.analyse import analyse_page
    from docchk.readers import ReadError

    try:
        page = _reader(source).page(index)
        facts = analyse_page(page, config, _engine(config, "page"), _engine(config, "margin"), read)
        _give_memory_back()
        return facts
    except ReadError as exc:
        return Unreadable(exc.reason, exc.hint)
    except MemoryError:
        limit = config.limits.memory_mb
        message = (
            _("Page {n} needs more memory than docchk allows one worker ({limit} MB).")
            if limit
            else _("Page {n} needs more memory than this machine has.")
        )
        return Unreadable(
            message.format(n=index + 1, limit=limit),
            _("Export or scan the document again. If the file is sound, raise the limit with --max-memory."),
        )
    except RecursionError:
        return Unreadable(
            _("Page {n} is too complex to read (nested too deeply).").format(n=index + 1),
            _("Export or scan the document again."),
        )
    except OcrUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001 -- a bad page must not end the scan
        log.debug("page %d of %s failed", index + 1, source.relpath, exc_info=True)
        return Unreadable(
            _("Page {n} cannot be read ({error}).").format(n=index + 1, error=type(exc).__name__),
            _("Export or scan the document again."),
        )


# --- main side --------------------------------------------------------------


def _jobs(config: Config) -> int:
    return config.jobs if config.jobs > 0 else (os.cpu_count() or 1)


def _preload(config: Config) -> None:
    """Load what every worker needs -- the analysis code and the OCR models
    (engines with a ``preload`` method) -- once, in the main process, before
    the workers fork: they then share those pages copy-on-write instead of
    each loading its own copy (docs/performance.md)."""
    import scipy.ndimage  # noqa: F401 -- the blank analysis

    import docchk.analyse  # noqa: F401 -- imported for the workers

    for purpose in ("page", "margin"):
        preload = getattr(_engine(config, purpose), "preload", None)
        if preload:
            preload()
    # Keep the garbage collector from touching (and so copying) every
    # inherited object in every worker.
    gc.freeze()


class _Runner:
    """Runs tasks in worker processes (:mod:`docchk.workers`), started only
    when there is work: a fully cached re-run starts none. Even ``--jobs 1``
    reads in a worker, so the time and memory limits hold there too.

    Loading the OCR models takes about a second, worth it only when there
    are scans: ``expect_ocr`` then loads them in the main process and forks
    the workers afterwards (replacing the pool that inspected the files), so
    they share one copy instead of loading one each.
    """

    def __init__(self, jobs: int, config: Config):
        self.jobs = jobs
        self.config = config
        self.pool: WorkerPool | None = None
        self.preload = False

    def expect_ocr(self) -> None:
        if self.preload:
            return
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        self.preload = True

    def submit(self, fn, *args):
        if self.pool is None:
            if self.preload:
                _preload(self.config)
            self.pool = WorkerPool(self.jobs, self.config.limits)
        return self.pool.submit(fn, *args)

    def close(self) -> None:
        if self.pool:
            self.pool.close()
        for doc in list(_open_docs.values()):
            doc.close()
        _open_docs.clear()


def _outcome(task, what: str):
    """A task's result, or why it has none (a worker that was stopped or died)."""
    try:
        return task.result()
    except TaskFailed as exc:
        if exc.kind == "timeout":
            return Unreadable(
                _("Reading {what} took longer than {seconds} s and was stopped.").format(
                    what=what, seconds=f"{exc.seconds:g}"
                ),
                _(
                    "Export or scan the document again; a file built to be slow to read is "
                    "refused. Raise the limit with --timeout if the file is sound but huge."
                ),
            )
        return Unreadable(
            _("Reading {what} ended the worker process ({how}); docchk went on with a new one.").format(
                what=what, how=exc.detail
            ),
            _("Export or scan the document again. If the file is sound, raise the memory limit with --max-memory."),
        )


def _open_cache(config: Config):
    if not config.cache:
        return None
    try:
        store = AnalysisCache()
        store.prune()
        return store
    except (OSError, sqlite3.Error) as exc:
        log.warning("analysis cache unavailable (%s); scanning without it", exc)
        return None


def analyse_submission(
    paths: list[Path], config: Config, progress: Progress | None = None, store: AnalysisCache | None = None
) -> Submission:
    """Read and analyse every page of every file under ``paths``.

    Every page is one task, so the pages of all documents share the cores;
    results are collected in document and page order, so the outcome does not
    depend on ``--jobs`` or on what came from the cache. ``store`` is the
    analysis cache (None: read everything, keep nothing).
    """
    sources = discover([Path(p) for p in paths])
    documents = [DocumentFacts(s.path, s.relpath, None, s.kind) for s in sources]
    pm = plugin_manager(config.disabled_plugins)
    fp = (
        cache_fingerprint(config, [_engine(config, "page"), _engine(config, "margin")], plugin_infos(pm))
        if store
        else ""
    )
    runner = _Runner(_jobs(config), config)
    try:
        counts: list[Task | _Done | None] = []
        for doc, source in zip(documents, sources, strict=True):
            if source.kind == UNLISTABLE_FOLDER:
                doc.error = Unreadable(
                    _("The folder cannot be opened ({error}); the documents in it were not checked.").format(
                        error=source.detail
                    ),
                    _("Give docchk permission to read the folder, or move its files out of it."),
                )
                counts.append(None)
                continue
            try:
                doc.sha256 = sha256(source.path)
            except OSError as exc:
                doc.error = Unreadable(
                    _("The file cannot be opened ({error}).").format(error=exc.strerror or exc),
                    _("Check the file's permissions."),
                )
                counts.append(None)
                continue
            cached = store.document(fp, doc.sha256) if store else None
            counts.append(
                _Done(Inspection.from_cache(cached))
                if cached is not None
                else runner.submit(inspect_file, source, config.lang)
            )
        inspected = [_outcome(c, _("the file")) if c else None for c in counts]
        if any(isinstance(i, Inspection) and i.scanned for i in inspected):
            runner.expect_ocr()
        tasks = []
        for doc, source, found in zip(documents, sources, inspected, strict=True):
            if isinstance(found, Unreadable):
                doc.error = found
            if not isinstance(found, Inspection):
                continue
            digest = doc.sha256
            assert digest is not None  # only the files that were hashed are inspected
            count = found.page_count
            doc.signatures = list(found.signatures)
            if store:
                store.put_document(fp, digest, found.to_cache())
            reads = _reads(pm, doc, count, config)
            futures = []
            for i in range(count):
                read = reads.get(i + 1, READ_SAMPLE)
                hit = store.page(fp, digest, i, read) if store else None
                futures.append(
                    (
                        i,
                        read,
                        hit is not None,
                        _Done(hit) if hit is not None else runner.submit(analyse_file_page, source, i, config, read),
                    )
                )
            tasks.append((doc, digest, futures))
        _warm_up(pm, pages_to_read=sum(not hit for _, _, futs in tasks for _, _, hit, _ in futs))
        total = sum(len(futs) for _, _, futs in tasks)
        done = 0
        if progress:
            progress(0, total)
        for doc, digest, futures in tasks:
            for index, read, from_cache, fut in futures:
                result = _outcome(fut, _("page {n}").format(n=index + 1))
                if isinstance(result, Unreadable):
                    doc.error = doc.error or result
                else:
                    if store and not from_cache:
                        store.put_page(fp, digest, index, read, result)
                    doc.pages.append(result)
                done += 1
                if progress:
                    progress(done, total)
    finally:
        runner.close()
    submission = Submission(documents, roots=tuple(str(p) for p in paths))
    for doc in documents:
        blank.mark_duplex_backs(doc.pages)
    return submission


#: Above this many pages to read, the language model is loaded after the
#: workers are done rather than beside them: on a long scan the 0.8 s it
#: hides is lost in minutes of OCR, and the 90 MB it holds would add to the
#: workers' peak (docs/performance.md).
WARM_UP_MAX_PAGES = 64


def _reads(pm, doc: DocumentFacts, count: int, config: Config) -> dict[int, str]:
    """How much of each page the plugins need beyond the checks' sample:
    {page number: READ_TOP or READ_WHOLE}; whole wins."""
    reads: dict[int, str] = {}
    for answer in pm.hook.docchk_title_pages(document=doc, page_count=count, config=config):
        reads.update(dict.fromkeys(answer or (), READ_TOP))
    for answer in pm.hook.docchk_full_text_pages(document=doc, page_count=count, config=config):
        reads.update(dict.fromkeys(answer or (), READ_WHOLE))
    return {n: r for n, r in reads.items() if 1 <= n <= count}


def _warm_up(pm, pages_to_read: int) -> None:
    """Load the language model in a thread while the workers read pages
    (all workers are forked by now: no fork follows this thread). A fully
    cached re-run, a long scan (:data:`WARM_UP_MAX_PAGES`) or a run without
    the language plugin loads it when needed, or never."""
    if 0 < pages_to_read <= WARM_UP_MAX_PAGES and pm.get_plugin("language") is not None:
        from docchk import language

        # Not a daemon: on Ctrl-C or an error the interpreter waits (< 1 s)
        # for it to finish, so the unpacked model it may be writing is never
        # left half-written in the cache folder.
        threading.Thread(target=language.load, name="docchk-language-model").start()


class _Done:
    """A finished future (a cached result)."""

    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


def check(submission: Submission, config: Config) -> Report:
    """Run every check hook and keep the findings of the selected rules."""
    pm = plugin_manager(config.disabled_plugins)
    declared = rules(pm)
    selected = select_rules(declared, config.select, config.ignore)
    findings: list[Finding] = []
    failures = submission.plugin_failures
    for doc in submission.documents:
        for batch in call_each(pm, "docchk_check_document", failures, doc.relpath, document=doc, config=config):
            findings += batch or []
        for page in doc.pages:
            for batch in call_each(
                pm, "docchk_check_page", failures, doc.relpath, page=page, document=doc, config=config
            ):
                findings += batch or []
    for batch in call_each(pm, "docchk_check_submission", failures, submission=submission, config=config):
        findings += batch or []
    findings += [f.finding() for f in dict.fromkeys(failures)]
    if not submission.documents:
        findings.append(
            Finding(
                NO_DOCUMENTS.id,
                Severity.ERROR,
                None,
                None,
                _("No document was found: nothing was checked, so this is not ready to submit."),
                _(
                    "Put the application's PDFs and scans (PDF, JPEG, PNG or TIFF) in the folder, or check the "
                    "path given."
                ),
            )
        )
    for f in findings:
        if f.rule not in declared:
            raise ValueError(f"a plugin reported the undeclared rule {f.rule!r}")
    findings = sorted((f for f in findings if f.rule in selected), key=lambda f: (f.path or "", f.page or 0, f.rule))
    return Report(submission, findings, config, frozenset(r.id for r in declared.values() if r.unchecked))


def scan(paths: list[Path], config: Config, progress: Progress | None = None) -> Report:
    with i18n.language(config.lang):
        return _scan(paths, config, progress)


def _scan(paths: list[Path], config: Config, progress: Progress | None) -> Report:
    store = _open_cache(config)
    from docchk import language

    # The language model is kept unpacked in the cache folder (not with --no-cache).
    language.unpacked_dir = store.folder if store else None
    try:
        submission = analyse_submission(paths, config, progress, store)
        with cache.active(store):
            understand(submission, config, plugin_manager(config.disabled_plugins))
    finally:
        if store:
            store.close()
    identifiers.resolve(submission, identifiers.applicant_for_pages(submission, config.applicant))
    return check(submission, config)
