"""Every hook docchk offers to plugins, in one place.

A reader learns the whole extension surface from this file. The pipeline is
one-way -- discover -> read pages -> analyse pages -> understand documents ->
check -> report -- and the hooks
sit at its seams:

* ``docchk_register_rules``   declare rule ids (once, at start-up)
* ``docchk_permits``          provide permit types (profiles: data)
* ``docchk_ocr_engine``       choose the OCR engine (strategy, first result wins)
* ``docchk_full_text_pages``  ask for the whole text of scanned pages
* ``docchk_title_pages``      ask for the top (title) of scanned pages
* ``docchk_read_document``    facts from a document's text (language, MRZ, stamps)
* ``docchk_document_types``   add document types' title keywords (data)
* ``docchk_classify_document`` say what type a document is, with a confidence
* ``docchk_understand_submission`` facts across documents (translations)
* ``docchk_check_page``       page findings, from a page's analysed facts
* ``docchk_check_document``   document findings, from a document and its pages
* ``docchk_check_submission`` findings about the folder as a whole
* ``docchk_report_formats``   add output formats (json, terminal, ...)

Rules of the house (enforced by :mod:`docchk.plugins`):

* every hook name starts with ``docchk_``; an implementation with another name,
  or a ``docchk_`` name that is not specified here, is refused when the plugin
  is registered, so a typo fails loudly instead of silently never running;
* plugins keep no state: worker processes rebuild the plugin manager from
  scratch, so anything a plugin remembers between calls is lost or, worse,
  differs between processes;
* check hooks never see pixels or files, only the facts the analyse stage
  recorded (:class:`docchk.model.PageFacts`, :class:`docchk.model.DocumentFacts`),
  which keeps checks cheap and lets them run in the main process.
"""

from __future__ import annotations

import pluggy

PROJECT = "docchk"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def docchk_register_rules(register):
    """Declare the rules this plugin can report.

    Called once when the plugin manager is built. Call
    ``register(docchk.model.Rule(...))`` once per rule. Rule ids are a public
    contract (DESIGN.md): add new ones, never rename. ``--select`` and
    ``--ignore`` only accept declared ids, and a finding with an undeclared
    rule id is a programming error.
    """


@hookspec(firstresult=True)
def docchk_ocr_engine(config, purpose):
    """Return the OCR engine for ``purpose``, or None to let another plugin decide.

    ``purpose`` is ``"page"`` (whole pages of print: the page text) or
    ``"margin"`` (thin strips along the top and bottom edge, where applicants
    write the V-number by hand). The first non-None result wins, and plugins
    are asked before docchk's built-in Tesseract engine, so a third party
    replaces it by answering. The engine must provide
    ``ocr(image, *, languages=..., psm=3) -> docchk.model.OcrResult`` and a
    ``name``, and keeps no per-page state. ``psm`` is Tesseract's page
    segmentation mode: an engine that uses it sets ``honours_psm = True`` and
    is then asked for a margin strip in more than one mode; others are asked
    once. An engine that sets ``honours_alphabet = True`` takes
    ``alphabet="ABC..."`` to read only those characters: a passport's
    machine-readable zone is then read again on its own. An engine may set
    ``preferred_dpi``: margin strips are then downscaled to it. Images carry their resolution in ``info["dpi"]``.
    Optionally ``version``, a string that changes when the engine's output
    may change: it is part of the analysis cache key. Optionally
    ``preload()``, which loads the models: docchk calls it in the main
    process before it forks the workers for a folder with scans, so they
    share one copy of the models instead of loading one each.

    :param config: the :class:`docchk.model.Config` of this run.
    :param purpose: ``"page"`` or ``"margin"``.
    """


@hookspec
def docchk_full_text_pages(document, page_count, config):
    """Return the 1-based numbers of pages whose whole text you need, or None.

    OCR is the cost of a scan, so docchk reads of a scanned page only what
    the checks need: the margins (for the identifier) and the densest band of
    text (for legibility), unless the identifier is not found there. A plugin
    that understands documents (type, language, dates) needs more of some
    pages -- typically the first -- and asks for them here. The answers of
    all plugins are combined. Pages with a text layer always have their
    whole text.

    Called in the main process, once per readable document, before its pages
    are analysed.

    :param document: :class:`docchk.model.DocumentFacts` (path, kind; no pages yet).
    :param page_count: the number of pages of the document.
    :param config: :class:`docchk.model.Config`.
    """


@hookspec
def docchk_title_pages(document, page_count, config):
    """Return the 1-based numbers of pages whose top -- the title -- is all
    you need, or None.

    Such a page has its top band (``title_band_fraction`` of
    ``docchk/data/page_thresholds.json``) read instead of a sample band: a
    third of the cost of reading it whole. A page that any plugin asks for
    with ``docchk_full_text_pages`` is read whole. The text read is in
    ``page.text`` (``page.ocr_scope == "top"``) and in the document's
    ``edge_text``.

    Called like :func:`docchk_full_text_pages`.
    """


@hookspec
def docchk_read_document(document, config):
    """Record facts read from one document's text on ``document``.

    The first step of understanding a document, called in the main process
    once per readable document after all pages of the submission were
    analysed: language, a passport's machine-readable zone, apostille and
    legalisation marks, dates. Each plugin sets the fields it owns on the
    :class:`docchk.model.DocumentFacts` (``document.full_text`` is the text of
    the pages read whole, ``document.edge_text`` that of the first two and
    last two of them, where titles, stamps and declarations are) and returns nothing. Facts read here must not
    depend on another plugin's facts: that is what the next step is for.
    """


@hookspec
def docchk_document_types():
    """Return title keywords of document types, to add to docchk's own.

    A mapping ``{type: [title, ...]}``; ``type`` is one of the vocabulary of
    DESIGN.md (``birth-certificate``, ``payslip``, ...) and a title is matched
    case- and accent-insensitively on whole words. docchk's own list is
    ``docchk/data/document_types.json``.
    """


@hookspec
def docchk_classify_document(document, config):
    """Return ``(type, confidence)`` candidates for ``document``, or None.

    Called after ``docchk_read_document`` (so the facts read are there). The
    candidate with the highest confidence (0-1) wins; a type stated for the
    file in ``docchk.toml`` wins over every candidate. A document nobody
    claims is ``"other"``.
    """


@hookspec
def docchk_understand_submission(submission, config):
    """Record facts that need several documents: which translation belongs
    to which original, whether an explanation for missing legalisation is
    present. Called once, after every document was classified.
    """


@hookspec
def docchk_check_page(page, document, config):
    """Return findings (a list of :class:`docchk.model.Finding`) for one page.

    Called for every page of every readable document, after all pages of the
    submission were analysed (so submission-wide facts such as an inferred
    V-number are already on ``page``).

    :param page: :class:`docchk.model.PageFacts` of the page.
    :param document: :class:`docchk.model.DocumentFacts` the page belongs to.
    :param config: :class:`docchk.model.Config`.
    """


@hookspec
def docchk_check_document(document, config):
    """Return findings for one document (readable or not).

    :param document: :class:`docchk.model.DocumentFacts`; ``document.error``
        is set when the file could not be read.
    """


@hookspec
def docchk_check_submission(submission, config):
    """Return findings about the submission as a whole.

    :param submission: :class:`docchk.model.Submission` (all documents).
    """


@hookspec
def docchk_report_formats(register):
    """Add report formats.

    Call ``register(name, render)`` once per format, where
    ``render(report, stream, options)`` writes a :class:`docchk.report.Report`
    to a text stream. ``--format NAME`` picks one; a later registration of the
    same name replaces an earlier one.
    """


@hookspec
def docchk_permits():
    """Return permit profiles: a list of dicts valid against
    ``schemas/permit.schema.json``.

    A profile says what one residence-permit type asks for: forms and fees,
    who files it, age limits, income criteria and the documents to send,
    each with the condition that makes it apply and the text it comes from.
    ``--permit ID`` picks one; ``docchk permits list`` and ``show`` print
    them. Profiles are validated when loaded: an invalid one, or an id two
    plugins provide, stops the run with exit status 2 and names the plugin.
    The built-in permits (``plugins/``) use this hook exactly as a third
    party's would; ``docchk_permits.permit_plugin(__file__)`` builds the
    hook from a JSON file next to the module.
    """
