"""``--format html``: one self-contained page an HR officer can look at.

A summary (ready or not, counts, the permit checklist), then per document a
strip of page thumbnails with each finding pinned to its page, and the
places where the applicant's identifier and the apostille or legalisation
were found outlined on the page (green and blue).
Everything is inline -- CSS, a few lines of script for the severity filter,
the thumbnails as data: URIs -- and a Content-Security-Policy forbids any
request, so the file can be mailed or attached to a case and opened
offline. Built from the same report object as every other format.

With ``--redact`` the report is masked before it gets here
(:meth:`docchk.report.Report.redacted`) and every thumbnail is blurred
whole, so that the page's layout stays visible and none of its text can be
read. Redaction fails closed: docchk never knows every place a page shows
the applicant's name, birth date, photo or number (a scan's OCR may miss a
handwritten number, a passport prints the name twice), so blurring only
the places it found would leak the ones it did not.
"""

from __future__ import annotations

import base64
import html
import io
import logging

from docchk import i18n, permits
from docchk.hookspec import hookimpl
from docchk.i18n import _

log = logging.getLogger(__name__)

#: Thumbnail resolution: an A4 page is 330 x 470 pixels, readable enough to
#: recognise a page, small enough for a report of hundreds of pages.
THUMB_DPI = 40
#: More pages than this in one document get no thumbnails beyond it.
MAX_THUMBS_PER_DOCUMENT = 60
#: Blur of a redacted thumbnail (Gaussian radius in thumbnail pixels, 0.64 mm
#: each): OCR reads nothing from a page blurred with radius 1.5, 28-point
#: headings included (tests/test_reports.py reads them back); 8 also leaves a
#: person who knows the name nothing to recognise in 28-point type.
REDACT_BLUR_RADIUS = 8

CSS = """
:root { --error: #b3261e; --warning: #9a6700; --info: #0b57d0; --ok: #1e7e34; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1b1b1b;
       background: #f6f6f4; }
header, main { max-width: 1100px; margin: 0 auto; padding: 12px 16px; }
header { background: #fff; border-bottom: 1px solid #ddd; position: sticky; top: 0; z-index: 2; }
h1 { font-size: 1.35em; margin: 0 0 4px; }
h1.ready { color: var(--ok); } h1.not-ready { color: var(--error); } h1.not-confirmed { color: var(--warning); }
h2 { font-size: 1.1em; margin: 0; word-break: break-all; }
.counts, .meta { color: #555; font-size: .92em; }
.filters label { margin-right: 14px; white-space: nowrap; }
section.document, section.checklist, section.submission, section.about, section.summary { background: #fff; border: 1px solid #ddd;
       border-radius: 8px; padding: 12px; margin: 14px 0; }
.pages { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 10px; }
figure.page { margin: 0; width: 190px; max-width: 46%; }
.thumb { position: relative; border: 1px solid #bbb; background: #fff; line-height: 0; }
.thumb img { width: 100%; height: auto; display: block; }
.thumb .region { position: absolute; border: 2px solid var(--ok); border-radius: 2px; }
.thumb .region.legalisation { border-color: var(--info); }
figure.page.has-error .thumb { outline: 3px solid var(--error); }
figure.page.has-warning .thumb { outline: 3px solid var(--warning); }
figcaption { font-size: .85em; color: #444; padding: 4px 0; line-height: 1.3; }
ul.findings { list-style: none; padding: 0; margin: 6px 0 0; }
ul.findings li { border-left: 4px solid; padding: 3px 8px; margin: 6px 0; background: #fafafa; }
li.error { border-color: var(--error) !important; } li.warning { border-color: var(--warning) !important; }
li.info { border-color: var(--info) !important; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .75em; }
.error .sev { color: var(--error); } .warning .sev { color: var(--warning); } .info .sev { color: var(--info); }
.rule { font-family: ui-monospace, monospace; font-size: .8em; color: #555; }
.hint { color: #444; font-size: .92em; }
table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 4px 6px;
       border-bottom: 1px solid #eee; vertical-align: top; }
.status-present { color: var(--ok); } .status-missing { color: var(--error); }
.status-maybe-missing { color: var(--warning); } .status-not-required { color: #777; }
.hidden-by-filter { display: none !important; }
.about dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
figure.page, section.document { scroll-margin-top: 120px; }  /* below the sticky header */
.about dt { color: #555; } .about dd { margin: 0; word-break: break-all; }
@media (max-width: 600px) { figure.page { width: 100%; max-width: 100%; } header { position: static; } }
"""

SCRIPT = """
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.querySelectorAll('li.' + box.value).forEach(function (item) {
      item.classList.toggle('hidden-by-filter', !box.checked);
    });
  });
});
"""

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)


def _e(text) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def _finding(f) -> str:
    hint = f'<div class="hint">{_e(f.hint)}</div>' if f.hint else ""
    return (
        f'<li class="{f.severity.value}" data-rule="{_e(f.rule)}"><span class="sev">{_e(i18n.severity(f.severity.value))}</span> '
        f'<span class="rule">{_e(f.rule)}</span><div class="message">{_e(f.message)}</div>{hint}</li>'
    )


def _thumbnails(doc) -> dict[int, object]:
    """{page number: PIL image} at THUMB_DPI; pages that cannot be drawn
    are left out (the report still lists their findings)."""
    from docchk.model import SourceFile
    from docchk.readers import ReadError, open_document

    out = {}
    try:
        with open_document(SourceFile(doc.path, doc.relpath, doc.kind)) as reader:
            for page in doc.pages[:MAX_THUMBS_PER_DOCUMENT]:
                try:
                    out[page.number] = reader.page(page.number - 1).render(THUMB_DPI)
                except (ReadError, MemoryError):
                    continue
    except ReadError:
        pass
    except Exception:  # noqa: BLE001 -- a thumbnail is never worth a failed report
        log.debug("no thumbnails for a document", exc_info=True)
    return out


#: Words that mark a legalisation on a page: outlined in the report.
MARK_WORDS = ("apostille", "legalis", "legaliz", "convention de la haye")
IDENTIFIER, LEGALISATION = "identifier", "legalisation"


def _regions(doc, page, numbers: list[str]) -> list[tuple[str, tuple[float, float, float, float]]]:
    """What to outline on ``page``, as (kind, (left, top, width, height) in
    fractions of the page): where the applicant's identifier was read, and
    where the apostille or legalisation is. From the PDF's text layer, else
    from the OCR'd words kept for the page; nothing when not known."""
    wanted = []
    if page.identifier_found and numbers:
        wanted.append((IDENTIFIER, numbers))
    if doc.legalisation in ("apostille", "legalised", "e-apostille"):
        wanted.append((LEGALISATION, list(MARK_WORDS)))
    out = []
    for kind, needles in wanted:
        boxes = []
        if doc.kind == "pdf" and page.text_source == "text-layer" and not page.rotation:
            boxes = _text_layer_regions(doc.path, page.number - 1, needles)
        if not boxes and page.words and page.width_mm and page.height_mm:
            boxes = _word_regions(page, needles, digits=kind == IDENTIFIER)
        out += [(kind, box) for box in boxes]
    return out


def _word_regions(page, needles: list[str], digits: bool):
    from docchk import facts

    dpi = facts.load("page_thresholds")["ocr_dpi"]
    width_px, height_px = page.width_mm / 25.4 * dpi, page.height_mm / 25.4 * dpi
    found = []
    for w in page.words:
        if digits:
            run = "".join(c for c in w.text if c.isdigit())
            hit = len(run) >= 6 and any(run in n or n in run for n in needles)
        else:
            hit = any(n in w.text.lower() for n in needles if " " not in n)
        if hit:
            left, top, width, height = w.box
            found.append((left / width_px, top / height_px, width / width_px, height / height_px))
    return found


def _text_layer_regions(path, index: int, numbers: list[str]):
    import pypdfium2 as pdfium

    found = []
    try:
        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[index]
            width, height = page.get_size()
            text = page.get_textpage()
            for number in numbers:
                searcher = text.search(number, match_case=False, match_whole_word=False)
                hit = searcher.get_next()
                while hit is not None:
                    start, count = hit
                    boxes = [text.get_charbox(i) for i in range(start, start + count)]
                    left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
                    right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
                    found.append((left / width, 1 - top / height, (right - left) / width, (top - bottom) / height))
                    hit = searcher.get_next()
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001 -- no outline is better than no report
        log.debug("identifier not located in the text layer", exc_info=True)
    return found


def _data_uri(image, redact: bool) -> str:
    """The thumbnail as a JPEG data: URI; blurred whole when ``redact``."""
    from PIL import ImageFilter

    image = image.convert("L")
    if redact:
        image = image.filter(ImageFilter.GaussianBlur(REDACT_BLUR_RADIUS))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _page_figure(doc, page, thumb, findings, numbers, redact: bool) -> str:
    levels = {f.severity.value for f in findings}
    state = "has-error" if "error" in levels else "has-warning" if "warning" in levels else ""
    # Redacted: the identifier is not looked for, so it is never pointed at.
    regions = _regions(doc, page, [] if redact else numbers)
    picture = ""
    if thumb is not None:
        marks = "".join(
            f'<span class="region {kind}" title="{kind}" style="left:{l * 100:.2f}%;'
            f'top:{t * 100:.2f}%;width:{w * 100:.2f}%;height:{h * 100:.2f}%"></span>'
            for kind, (l, t, w, h) in regions
        )
        picture = f'<div class="thumb"><img alt="page {page.number}" src="{_data_uri(thumb, redact)}">{marks}</div>'
    size = page.size_name or (f"{page.width_mm:.0f} x {page.height_mm:.0f} mm" if page.width_mm else _("size unknown"))
    found = _("identifier found")
    caption = (
        _e(_("p. {n}").format(n=page.number)) + f" · {_e(size)}" + (f" · {_e(found)}" if page.identifier_found else "")
    )
    items = "".join(_finding(f) for f in findings)
    return (
        f'<figure class="page {state}" id="{_e(doc.relpath)}-p{page.number}">{picture}'
        f'<figcaption>{caption}</figcaption><ul class="findings">{items}</ul></figure>'
    )


def _about(report, redact: bool) -> str:
    """Which application this is: applicant, submission date, what was
    scanned, permit and docchk version (a printed report stands alone)."""
    from docchk.plugins import installed_version

    a = report.config.applicant
    who = [
        w
        for w in (
            _("V-number {n}").format(n=a.v_number) if a.v_number else "",
            _("klantnummer {n}").format(n=a.klantnummer) if a.klantnummer else "",
            a.name or "",
            _("born {date}").format(date=a.birth_date.isoformat()) if a.birth_date else "",
        )
        if w
    ]
    applicant = (_("[redacted]") if redact and who else ", ".join(who)) or _("not given")
    rows = [
        (_("Applicant"), applicant),
        (_("Submission date"), report.config.submission_date.isoformat()),
        (_("Scanned"), ", ".join(report.submission.roots) or "-"),
        (_("Permit type"), report.config.permit or _("none (page and document checks only)")),
        (_("Checked by"), f"docchk {installed_version()}"),
    ]
    return (
        '<section class="about"><dl>'
        + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows)
        + "</dl></section>"
    )


def _summary(report) -> str:
    """What to fix, one line per rule, most severe first, each with links to
    the pages it concerns: the page to read before the details."""
    if not report.findings:
        return ""
    order = {"error": 0, "warning": 1, "info": 2}
    by_rule: dict[str, list] = {}
    for f in report.findings:
        by_rule.setdefault(f.rule, []).append(f)
    items = []
    for rule, found in sorted(by_rule.items(), key=lambda kv: (min(order[f.severity.value] for f in kv[1]), kv[0])):
        worst = min((f.severity.value for f in found), key=order.__getitem__)
        places = []
        for f in found:
            if f.path is None:
                continue
            target = f"{f.path}-p{f.page}" if f.page else f.path
            label = f"{f.path} p.{f.page}" if f.page else f.path
            places.append(f'<a href="#{_e(target)}">{_e(label)}</a>')
        where = (": " + ", ".join(dict.fromkeys(places))) if places else ""
        count = i18n.ngettext("{n} finding", "{n} findings", len(found)).format(n=len(found))
        items.append(
            f'<li class="{worst}"><span class="sev">{_e(i18n.severity(worst))}</span> '
            f'<span class="rule">{_e(rule)}</span> ({_e(count)}){where}</li>'
        )
    heading = _("What to fix")
    return f'<section class="summary"><h2>{_e(heading)}</h2><ul class="findings">{"".join(items)}</ul></section>'


def render(report, stream, options):
    from docchk import identifiers

    redact = bool(options.get("redact"))
    numbers = identifiers.given_numbers(identifiers.applicant_for_pages(report.submission, report.config.applicant))
    by_page: dict[tuple[str | None, int | None], list] = {}
    for f in report.findings:
        by_page.setdefault((f.path, f.page), []).append(f)
    out = [
        f'<!DOCTYPE html><html lang="{i18n.current()}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>docchk report: {'ready' if report.ready else 'not ready'}</title>",
        f"<style>{CSS}</style></head><body>",
    ]
    verdict = report.verdict()
    state = "not-ready" if not report.ready else "ready" if report.confirmed else "not-confirmed"
    counts = report.counts_text() + "."
    show = _("Show:")
    labels = (("error", _("errors")), ("warning", _("warnings")), ("info", _("notes")))
    as_a_whole = _("The submission as a whole")
    out.append(
        f'<header><h1 class="{state}">{_e(verdict)}</h1>'
        f'<div class="counts">{_e(counts)}</div><div class="filters">{_e(show)} '
        + "".join(f'<label><input type="checkbox" value="{v}" checked> {_e(label)}</label>' for v, label in labels)
        + "</div></header><main>"
    )
    out.append(_about(report, redact) + _summary(report))
    checklist = report.permit_checklist()
    if checklist:
        forms = ", ".join(checklist["forms"]) or _("not in docchk's sources")
        form = _("form {forms}").format(forms=forms)
        head = (_("status"), _("document"), _("found in"))
        rows = "".join(
            f'<tr><td class="status-{_e(i["status"])}">{_e(i["status"])}</td><td>{_e(i["description"])}</td>'
            f"<td>{_e(', '.join(i['documents']))}</td></tr>"
            for i in checklist["requirements"]
        )
        out.append(
            f'<section class="checklist"><h2>{_e(i18n.pick(checklist["names"]))} ({_e(checklist["id"])}), '
            f'{_e(form)}</h2><ul class="for-applicant">'
            + "".join(f"<li><b>{_e(label)}:</b> {_e(text)}</li>" for label, text in permits.applicant_lines(checklist))
            + "</ul><table><tr>"
            + "".join(f"<th>{_e(h)}</th>" for h in head)
            + "</tr>"
            f"{rows}</table></section>"
        )
    general = by_page.get((None, None), [])
    if general:
        out.append(
            f'<section class="submission"><h2>{_e(as_a_whole)}</h2><ul class="findings">'
            + "".join(_finding(f) for f in general)
            + "</ul></section>"
        )
    for doc in report.documents:
        whole = [f for (path, page), fs in by_page.items() if path == doc.relpath and page is None for f in fs]
        meta = [doc.type if doc.type != "other" else _("type not known")]
        if doc.language:
            meta.append(_("language {code}").format(code=doc.language))
        meta.append(i18n.ngettext("{n} page", "{n} pages", len(doc.pages)).format(n=len(doc.pages)))
        thumbs = _thumbnails(doc) if doc.error is None else {}
        figures = "".join(
            _page_figure(doc, p, thumbs.get(p.number), by_page.get((doc.relpath, p.number), []), numbers, redact)
            for p in doc.pages
        )
        out.append(
            f'<section class="document" id="{_e(doc.relpath)}"><h2>{_e(doc.relpath)}</h2>'
            f'<div class="meta">{_e(" · ".join(meta))}</div>'
            f'<ul class="findings">{"".join(_finding(f) for f in whole)}</ul>'
            f'<div class="pages">{figures}</div></section>'
        )
    out.append(f"</main><script>{SCRIPT}</script></body></html>\n")
    stream.write("".join(out))


@hookimpl
def docchk_report_formats(register):
    register("html", render)
