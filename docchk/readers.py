"""Stage 2: open a document and hand out its pages.

A reader gives, per page, what can be known without OCR: the physical size
(from the PDF page box, ``/Rotate`` and ``UserUnit``, or from an image's pixel
count and resolution metadata), the text layer, the effective resolution of
the scanned image on the page, and pixels on demand (:meth:`Page.render`).

PDF structure and text come from pypdf; pixels and image placement come from
PDFium (pypdfium2), a maintained renderer that copes with the PDFs scanners
and phones really produce. A scanner's page -- one JPEG drawn over the whole
page at the resolution asked for -- is not rendered but decoded: the same
pixels without resampling, in a tenth of the time (:func:`_scan_image`).
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import logging
import os
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageOps

from docchk import facts
from docchk.i18n import _
from docchk.model import SourceFile

log = logging.getLogger(__name__)
# pypdf logs every repair it makes to a damaged file ("EOF marker not found")
# as a warning; docchk reports damage as a finding instead, and logs must
# never carry document content.
logging.getLogger("pypdf").setLevel(logging.ERROR)

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0
#: Never render more pixels than this for one page (a huge page box would
#: otherwise ask for gigabytes); the resolution is lowered instead.
MAX_RENDER_PIXELS = 60_000_000
#: Resolution metadata that cameras and screenshot tools write by default.
#: When it would make the picture larger than any paper, it is not a scan
#: resolution and is treated as missing.
DEFAULT_SCREEN_DPI = {72, 96}

# Pillow refuses larger images with DecompressionBombError instead of
# allocating them; 200 Mpx is an A4 page at 1,800 dpi (page_thresholds.json).
Image.MAX_IMAGE_PIXELS = facts.load("page_thresholds")["max_image_pixels"]


def _check_page_count(count: int) -> None:
    """A file with more pages than any document of an application (a page
    tree bomb: 10,000 pages in 1 MB) is refused before its pages are read."""
    limit = facts.load("page_thresholds")["max_pages_per_document"]
    if count > limit:
        raise ReadError(
            _("The file has {count} pages; docchk reads at most {limit} pages in one file.").format(
                count=f"{count:,}", limit=f"{limit:,}"
            ),
            _("Split it into the documents it holds and scan each one."),
        )


class ReadError(Exception):
    """A file that cannot be read; ``reason`` and ``hint`` are for the user."""

    def __init__(self, reason: str, hint: str):
        super().__init__(reason)
        self.reason = reason
        self.hint = hint


@dataclass
class Page:
    """One page as the reader sees it (no analysis yet)."""

    number: int
    width_mm: float | None
    height_mm: float | None
    rotation: int
    text_layer: str
    #: Resolution of the page's scanned image: from metadata for image files,
    #: from the image's placement for PDFs; None when there is no image.
    image_dpi: float | None
    dpi_source: str | None
    _render: Callable[[float], Image.Image]  # dpi -> the page in mode "L"

    def render(self, dpi: float) -> Image.Image:
        """The page as a grayscale image at ``dpi`` (lowered for huge pages)."""
        with _damaged_page(self.number - 1, "drawn"):
            return self._render(dpi)


@contextlib.contextmanager
def _damaged_page(index: int, what: str = "read"):
    """Whatever a library raises on a damaged page becomes a ReadError for
    that page: a reader raises nothing else (tests/test_fuzz.py). A
    MemoryError passes: the pipeline reports it as the memory limit."""
    try:
        yield
    except (ReadError, MemoryError):
        raise
    except Exception as exc:
        log.debug("page %d cannot be %s", index + 1, what, exc_info=True)
        message = (
            _("Page {n} is damaged and cannot be read ({error}).")
            if what == "read"
            else _("Page {n} is damaged and cannot be drawn ({error}).")
        )
        raise ReadError(
            message.format(n=index + 1, error=type(exc).__name__), _("Export or scan the document again.")
        ) from exc


def _grayscale(img: Image.Image) -> Image.Image:
    """Flatten any mode (alpha, palette, CMYK, 16-bit) to 8-bit gray on white."""
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        img = img.convert("RGBA")
        white = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(white, img)
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.point(lambda v: v / 256).convert("L")
    return img.convert("L")


def _capped_dpi(width_mm: float, height_mm: float, dpi: float) -> float:
    px = (width_mm / MM_PER_INCH * dpi) * (height_mm / MM_PER_INCH * dpi)
    if px > MAX_RENDER_PIXELS:
        dpi *= (MAX_RENDER_PIXELS / px) ** 0.5
    return dpi


# --- PDF -------------------------------------------------------------------


#: How many pages one PDFium document object serves before it is reopened.
_PDFIUM_PAGES_PER_OPEN = 32


class _PasswordNeeded(Exception):
    """pypdf cannot decrypt the file with the empty user password."""


class _NoPages(Exception):
    """The reader found no page in the file."""


def _pypdf_reader(stream) -> pypdf.PdfReader:
    """pypdf's reader for a PDF with at least one page, decrypted with the
    empty password. Many PDFs (bank statements) are encrypted with an empty
    user password only to forbid editing; those open like any other."""
    reader = pypdf.PdfReader(stream, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise _PasswordNeeded()
    if len(reader.pages) == 0:
        raise _NoPages()
    return reader


def _unreadable(failures: list[Exception]) -> ReadError:
    """What to tell the user about a PDF that no reader of the chain opened.
    A password any reader asked for is the reason (the user can remove it);
    otherwise the first reader's error names the damage, by type only."""
    from docchk import pdf_repair

    if any(
        isinstance(f, (_PasswordNeeded, pdf_repair.PasswordNeeded))
        or getattr(f, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD
        for f in failures
    ):
        return ReadError(
            _("The PDF is password-protected."), _("Remove the password (print to a new PDF) and scan again.")
        )
    first = failures[0]
    if isinstance(first, _NoPages):
        return ReadError(_("The PDF has no pages."), _("Export or scan the document again."))
    if isinstance(first, NotImplementedError):
        return ReadError(
            _("The PDF uses an unsupported encryption ({error}).").format(error=first),
            _("Print it to a new PDF without protection."),
        )
    return ReadError(
        _("The PDF is damaged and cannot be read ({error}).").format(error=type(first).__name__),
        _("Export or scan the document again."),
    )


def _pypdf_geometry(p) -> tuple[float, float, int, float]:
    """Width and height in points of the shown (crop) box before rotation,
    ``/Rotate`` and ``UserUnit``, from pypdf's page."""
    box = p.cropbox
    unit = float(p.user_unit or 1)
    return abs(float(box.width)) * unit, abs(float(box.height)) * unit, int(p.rotation or 0) % 360, unit


#: The size PDFium gives a page whose box is missing or unusable (US Letter).
_PDFIUM_DEFAULT_SIZE = (612.0, 792.0)


class PdfDocument:
    """A PDF, read through a chain of readers, so that a file other PDF
    readers open is not called damaged (issue #20; docs/reliability.md):

    1. pypdf on the file itself: every sound file, and nothing else runs
       (PDFium, which draws the pages anyway, confirms the page count);
    2. when pypdf fails, or pypdf and PDFium count different pages (a page
       tree with null or dangling kids): pypdf and PDFium on a copy qpdf
       repaired in memory (:mod:`docchk.pdf_repair`);
    3. when that fails too: PDFium alone, for page boxes, rotation, text and
       pixels;
    4. only then a :class:`ReadError`: password-protected, or damaged.

    A page pypdf cannot read in a file it opened is read by PDFium the same
    way, and so is a text layer pypdf gives up on (its 75 MB limit on a
    decoded content stream, hit by a large inline background image).
    ``read_by`` says which reader read the file: "pypdf", "qpdf" or "pdfium".
    """

    def __init__(self, path: Path):
        self.path = path
        self._reader: pypdf.PdfReader | None = None  # None: PDFium reads alone
        # The repaired copy PDFium reads (a view of pypdf's), if any.
        self._data: ctypes.Array[ctypes.c_char] | None = None
        self._pdfium: pdfium.PdfDocument | None = None
        self._pages_served = 0
        # An open file, not a path: given a path, pypdf reads the whole file
        # into memory, and a 300-page scan is hundreds of megabytes.
        try:
            self._file = open(path, "rb")  # noqa: SIM115 -- closed in close()
        except OSError as exc:
            raise ReadError(
                _("The file cannot be opened ({error}).").format(error=exc.strerror or exc),
                _("Check the file's permissions."),
            ) from exc
        try:
            self._open()
            _check_page_count(self.page_count)
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        """Run the reader chain; set ``page_count`` and ``read_by``."""
        failures: list[Exception] = []
        try:
            self._reader = _pypdf_reader(self._file)
        except Exception as exc:  # noqa: BLE001 -- any failure moves to the next reader
            log.debug("pypdf cannot read the file (%s)", type(exc).__name__)
            failures.append(exc)
        else:
            _check_page_count(len(self._reader.pages))  # a page-tree bomb goes no further
        if self._reader is not None and self._page_trees_agree(self._reader):
            self.page_count, self.read_by = len(self._reader.pages), "pypdf"
            return
        if self._read_repaired(failures):
            return
        if self._reader is not None:  # pypdf read it and qpdf could not do better: pypdf's reading stands
            self.page_count, self.read_by = len(self._reader.pages), "pypdf"
            return
        try:
            self._pdfium = self._open_pdfium()  # raises on a file without pages too
        except pdfium.PdfiumError as exc:
            failures.append(exc)
            raise _unreadable(failures) from failures[0]
        log.debug("PDFium reads the file alone")
        self.page_count, self.read_by = len(self._pdfium), "pdfium"

    def _page_trees_agree(self, reader: pypdf.PdfReader) -> bool:
        """Do pypdf and PDFium see as many pages? When a page tree holds a
        null or dangling kid, one reader skips it and the other counts it,
        and page N of the one is not page N of the other."""
        try:
            return len(self._pdfium_doc()) == len(reader.pages)
        except ReadError:  # PDFium cannot open the file: a repaired copy may help it
            return False

    def _read_repaired(self, failures: list[Exception]) -> bool:
        """Read a copy qpdf repaired in memory, with pypdf and PDFium; False
        when qpdf or pypdf fails on it, or the file is too large to copy."""
        from docchk import pdf_repair

        if os.fstat(self._file.fileno()).st_size > pdf_repair.size_limit():
            log.debug("too large to repair in memory: PDFium reads the file itself")
            return False
        try:
            copy = pdf_repair.repaired(self.path)
            reader = _pypdf_reader(copy)
        except Exception as exc:  # noqa: BLE001 -- qpdf could not repair it: the next reader
            log.debug("no repaired copy (%s)", type(exc).__name__)
            failures.append(exc)
            return False
        self._close_pdfium()
        view = copy.getbuffer()  # PDFium reads pypdf's copy: the file is held once
        self._data, self._reader = (ctypes.c_char * view.nbytes).from_buffer(view), reader
        self.page_count, self.read_by = len(reader.pages), "qpdf"
        log.debug("read from a copy repaired by qpdf")
        return True

    def _open_pdfium(self):
        return pdfium.PdfDocument(self._data if self._data is not None else str(self.path), password="")

    def _pdfium_doc(self):
        if self._pdfium is None:
            try:
                self._pdfium = self._open_pdfium()
            except pdfium.PdfiumError as exc:
                raise ReadError(
                    _("The PDF cannot be rendered ({error}).").format(error=exc),
                    _("Export or scan the document again."),
                ) from exc
        return self._pdfium

    def _close_pdfium(self) -> None:
        if self._pdfium is not None:
            self._pdfium.close()
            self._pdfium = None

    def page(self, index: int) -> Page:
        with _damaged_page(index):
            return self._page(index)

    def _page(self, index: int) -> Page:
        self._pages_served += 1
        if self._pages_served % _PDFIUM_PAGES_PER_OPEN == 0:
            # PDFium keeps every object it parsed, decoded images included,
            # for the life of the document (1 MB a page on a scan); reopening
            # (5-10 ms) keeps a worker's memory flat on a 300-page scan.
            self._close_pdfium()
        p = geometry = failure = None
        if self._reader is not None:
            try:
                p = self._reader.pages[index]
                geometry = _pypdf_geometry(p)
            except Exception as exc:  # noqa: BLE001 -- an odd page: PDFium may read it
                log.debug("pypdf cannot read page %d (%s)", index + 1, type(exc).__name__)
                p, failure = None, exc
        if geometry is None:
            geometry = self._pdfium_geometry(index)
            if geometry is None:
                raise failure or ValueError("no usable page box")
        w_pt, h_pt, rotation, unit = geometry
        if rotation in (90, 270):
            w_pt, h_pt = h_pt, w_pt
        width_mm = round(w_pt / PT_PER_INCH * MM_PER_INCH, 1)
        height_mm = round(h_pt / PT_PER_INCH * MM_PER_INCH, 1)
        text = self._text(p, index)
        dpi = self._image_dpi(index, w_pt * h_pt, unit)

        def render(target_dpi: float) -> Image.Image:
            target_dpi = _capped_dpi(width_mm, height_mm, target_dpi)
            if p is not None and dpi and abs(dpi / target_dpi - 1) <= _SCAN_DPI_TOLERANCE:
                scan = self._forgetting_images(lambda: _scan_image(p, unit))
                if scan is not None:
                    return scan
            page = self._pdfium_doc()[index]
            try:
                # PDFium ignores UserUnit, so the scale carries it.
                bitmap = page.render(scale=target_dpi / PT_PER_INCH * unit, grayscale=True)
                return bitmap.to_pil().convert("L")
            finally:
                page.close()

        return Page(index + 1, width_mm, height_mm, rotation, text, dpi, "pdf-image" if dpi else None, render)

    def _pdfium_geometry(self, index: int) -> tuple[float, float, int, float] | None:
        """The page's geometry as PDFium reads it (UserUnit is 1: PDFium
        ignores it), or None when PDFium has no usable box either: it then
        shows the page as US Letter, a size docchk must not report."""
        page = self._pdfium_doc()[index]
        try:
            rotation = page.get_rotation() % 360
            w_pt, h_pt = page.get_size()  # the shown box, turned by /Rotate
            if rotation in (90, 270):
                w_pt, h_pt = h_pt, w_pt
            box = page.get_mediabox(fallback_ok=False)
            if (w_pt, h_pt) == _PDFIUM_DEFAULT_SIZE and (box is None or box[2] <= box[0] or box[3] <= box[1]):
                return None
            return w_pt, h_pt, rotation, 1.0
        finally:
            page.close()

    def has_signature_fields(self) -> bool:
        """Does the PDF have signature form fields (/FT /Sig)? A cheap look
        at the form before the signature library is loaded."""
        try:
            if self._reader is None:
                return pdfium_c.FPDF_GetSignatureCount(self._pdfium_doc().raw) > 0
            form = cast(pypdf.generic.DictionaryObject, self._reader.trailer["/Root"]).get("/AcroForm")
            todo = list(form.get_object().get("/Fields", [])) if form else []
            for _ in range(10_000):  # bounded: a hostile form may loop
                if not todo:
                    return False
                field = todo.pop().get_object()
                if field.get("/FT") == "/Sig":
                    return True
                todo += list(field.get("/Kids", []))
        except Exception:  # noqa: BLE001 -- a damaged form is no signature
            return False
        return False

    def _text(self, p, index: int) -> str:
        """The page's text layer: pypdf's, or PDFium's where pypdf gives up
        (a broken content stream; one beyond pypdf's 75 MB limit, which a
        page with a large inline background image reaches). "" when neither
        reads it: a broken content stream may still have pixels.

        pypdf keeps every object it resolves for the life of the reader, the
        page's image streams included (a scan's page image is its largest
        object). The images this page resolved are forgotten afterwards, so
        memory does not grow with page count; fonts, shared by the pages,
        are kept."""
        if p is not None:
            try:
                return self._forgetting_images(p.extract_text) or ""
            except Exception as exc:  # noqa: BLE001 -- PDFium may read it
                log.debug("pypdf cannot extract the text of page %d (%s)", index + 1, type(exc).__name__)
        page = self._pdfium_doc()[index]
        try:
            textpage = page.get_textpage()
            try:
                return textpage.get_text_bounded().replace("\r\n", "\n")
            finally:
                textpage.close()
        except Exception as exc:  # noqa: BLE001
            log.debug("PDFium cannot extract the text of page %d (%s)", index + 1, type(exc).__name__)
            return ""
        finally:
            page.close()

    def _forgetting_images(self, read):
        """``read()``, then drop the image streams it made pypdf resolve."""
        assert self._reader is not None  # only pages pypdf read get here
        cache = self._reader.resolved_objects
        before = set(cache)
        try:
            return read()
        finally:
            for key in set(cache) - before:
                obj = cache[key]
                if isinstance(obj, pypdf.generic.StreamObject) and obj.get("/Subtype") == "/Image":
                    del cache[key]

    def _image_dpi(self, index: int, page_area_pt2: float, unit: float) -> float | None:
        """Resolution of the largest image covering at least half the page.
        Refuses a page with an image beyond the pixel limit of image files."""
        if page_area_pt2 <= 0:
            return None
        page = self._pdfium_doc()[index]
        best = None
        try:
            for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
                px_w, px_h = obj.get_px_size()  # from the image's dictionary: nothing is decoded
                if px_w * px_h > Image.MAX_IMAGE_PIXELS:
                    # PDFium would decode it whole, and on a failed allocation
                    # draw a blank page instead of failing: refuse it first.
                    raise ReadError(
                        _(
                            "Page {n} holds an image of {width} x {height} pixels, far too large to be a scanned page."
                        ).format(n=index + 1, width=f"{px_w:,}", height=f"{px_h:,}"),
                        _("Scan the page again at 200-300 dpi."),
                    )
                left, bottom, right, top = obj.get_bounds()
                w_in = (right - left) * unit / PT_PER_INCH
                h_in = (top - bottom) * unit / PT_PER_INCH
                if w_in <= 0 or h_in <= 0:
                    continue
                if (w_in * h_in * PT_PER_INCH**2) < 0.5 * page_area_pt2:
                    continue
                # Rotated placement swaps the axes; the smaller figure is safe.
                dpi = (
                    min(px_w / w_in, px_h / h_in)
                    if abs((w_in / h_in) - (px_w / px_h)) < 0.2
                    else min(px_h / w_in, px_w / h_in)
                )
                if best is None or w_in * h_in > best[0]:
                    best = (w_in * h_in, dpi)
        finally:
            page.close()
        return round(best[1], 1) if best else None

    def close(self) -> None:
        self._close_pdfium()
        self._reader = self._data = None
        self._file.close()


def pypdf_reader(path: Path) -> pypdf.PdfReader:
    """pypdf's reader of the PDF at ``path`` as the reader chain reads it --
    the file itself, or qpdf's repaired and decrypted copy -- for ``docchk
    fix``, which writes with pypdf: a file the scan read is written from the
    same pages. The file is read into memory (a writer reads it whole
    anyway). Raises :class:`ReadError` for a file only PDFium reads."""
    doc = PdfDocument(path)
    try:
        if doc.read_by == "qpdf":
            assert doc._reader is not None  # qpdf's copy is read by pypdf
            return doc._reader  # reads the copy in memory; close() only lets go of it
        if doc.read_by == "pypdf":
            return _pypdf_reader(io.BytesIO(path.read_bytes()))
        raise _unreadable([PdfiumOnly()])
    finally:
        doc.close()


class PdfiumOnly(Exception):
    """Neither pypdf nor qpdf can read the file; PDFium can (no pypdf reader)."""


#: A scan's own resolution is used as it is when it is this close to the one asked for.
_SCAN_DPI_TOLERANCE = 0.03
# "q W 0 0 H X Y cm /Name Do Q": one image drawn upright over the page.
_ONE_IMAGE = re.compile(
    rb"\s*q\s+([-\d.]+)\s+0\s+0\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+cm\s+"
    rb"/([^\s/\[\]()<>]+)\s+Do\s+Q\s*"
)


def _scan_image(p, unit: float) -> Image.Image | None:
    """The page's pixels straight from its JPEG, or None to render instead.

    Scanners and OCRmyPDF write a scanned page as one JPEG drawn over the
    whole page. Decoding it (0.02-0.05 s at 300 dpi) gives the pixels a
    render would give, without PDFium's resampling (0.2-0.25 s). Anything
    else -- other content, a mask, annotations, an unusual colour space,
    a partial or skewed placement -- is rendered, so the result is always
    what a viewer shows.
    """
    try:
        if p.get("/Annots") or int(p.get("/UserUnit", 1) or 1) != 1 or unit != 1:
            return None
        contents = p.get_contents()
        data = contents.get_data() if contents is not None else b""
        m = _ONE_IMAGE.fullmatch(data) if len(data) < 300 else None
        if m is None:
            return None
        a, d, e, f = (float(x) for x in m.group(1, 2, 3, 4))
        box = p.mediabox  # the image must cover the page box that is shown
        shown = p.cropbox
        if any(abs(float(x) - float(y)) > 1 for x, y in zip(box, shown, strict=True)):
            return None
        if (
            abs(a - float(box.width)) > 1
            or abs(d - float(box.height)) > 1
            or abs(e - float(box.left)) > 1
            or abs(f - float(box.bottom)) > 1
        ):
            return None
        image = p["/Resources"]["/XObject"][f"/{m.group(5).decode('latin-1')}"].get_object()
        filters = image.get("/Filter")
        if filters not in ("/DCTDecode", ["/DCTDecode"]) or image.get("/Subtype") != "/Image":
            return None
        if any(k in image for k in ("/SMask", "/Mask", "/Decode", "/ImageMask")):
            return None
        if image.get("/ColorSpace") not in ("/DeviceGray", "/DeviceRGB") or image.get("/BitsPerComponent") != 8:
            return None
        img: Image.Image = Image.open(io.BytesIO(image._data))
        if img.format != "JPEG" or img.mode not in ("L", "RGB"):
            return None
        if img.size != (int(image["/Width"]), int(image["/Height"])):
            return None
        img = img.convert("L")
    except Exception as exc:  # noqa: BLE001 -- anything odd is rendered instead
        log.debug("page image not decoded directly (%s)", type(exc).__name__)
        return None
    rotation = int(p.rotation or 0) % 360
    return img.rotate(-rotation, expand=True) if rotation else img


# --- Images ------------------------------------------------------------------


class ImageDocument:
    def __init__(self, path: Path):
        self.path = path
        try:
            with warnings.catch_warnings():  # the size is judged just below
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                self._img = Image.open(path)
            limit = Image.MAX_IMAGE_PIXELS  # None: Pillow's limit is off
            if limit is not None and self._img.width * self._img.height > limit:
                # Pillow only warns up to twice its limit: refuse before decoding.
                raise Image.DecompressionBombError(f"{self._img.width} x {self._img.height} pixels")
            self._img.load()
            self.page_count = getattr(self._img, "n_frames", 1)
            _check_page_count(self.page_count)
        except ReadError:
            raise
        except Image.DecompressionBombError as exc:
            raise ReadError(
                _("The image is far too large to be a scanned page."), _("Scan the page again at 200-300 dpi.")
            ) from exc
        except Exception as exc:
            raise ReadError(
                _("The image is damaged and cannot be read ({error}).").format(error=type(exc).__name__),
                _("Scan the page again or save the image once more."),
            ) from exc

    def page(self, index: int) -> Page:
        with _damaged_page(index):
            return self._page(index)

    def _page(self, index: int) -> Page:
        img = self._img
        if self.page_count > 1:
            img.seek(index)
        frame = ImageOps.exif_transpose(img.copy()) if index == 0 else img.copy()
        px_w, px_h = frame.size
        dpi, source = self._dpi(frame)
        if dpi is None and _a4_proportions(px_w, px_h):
            # No (believable) resolution, but A4 proportions: a page scanned or
            # exported as A4; its resolution follows from the A4 width.
            dpi = min(px_w, px_h) / (210 / MM_PER_INCH)
            source = "assumed-a4"
        width_mm = round(px_w / dpi * MM_PER_INCH, 1) if dpi else None
        height_mm = round(px_h / dpi * MM_PER_INCH, 1) if dpi else None
        gray = _grayscale(frame)

        def render(target_dpi: float) -> Image.Image:
            if not dpi:
                return gray
            if width_mm and height_mm:
                target_dpi = _capped_dpi(width_mm, height_mm, target_dpi)
            scale = target_dpi / dpi
            if abs(scale - 1) < 0.02:
                return gray
            size = (max(1, round(px_w * scale)), max(1, round(px_h * scale)))
            return gray.resize(size, Image.Resampling.LANCZOS if scale > 1 else Image.Resampling.BOX)

        return Page(index + 1, width_mm, height_mm, 0, "", round(dpi, 1) if dpi else None, source, render)

    def _dpi(self, frame: Image.Image) -> tuple[float | None, str | None]:
        raw = self._img.info.get("dpi") or frame.info.get("dpi")
        if not raw:
            return None, None
        try:
            x, y = (float(v) for v in raw)
        except (TypeError, ValueError):
            return None, None
        dpi = min(x, y)
        if dpi < 20 or dpi > 4800:
            return None, None
        px = max(frame.size)
        if round(dpi) in DEFAULT_SCREEN_DPI and px / dpi * MM_PER_INCH > 500:
            return None, None  # a camera or screenshot default, not a scan
        return dpi, "metadata"

    def close(self) -> None:
        self._img.close()


def _a4_proportions(w: float, h: float) -> bool:
    short, long_ = sorted((w, h))
    return abs(long_ / short - 297 / 210) < 0.02


def open_reader(source: SourceFile) -> PdfDocument | ImageDocument:
    """Open ``source`` for reading (close it when done); raises :class:`ReadError`."""
    if source.kind == "pdf":
        return PdfDocument(source.path)
    if source.kind == "image":
        return ImageDocument(source.path)
    if source.detail.startswith("empty file"):
        raise ReadError(_("The file is empty (0 bytes)."), _unsupported_hint(source.detail))
    raise ReadError(_("Not a PDF or image: {what}.").format(what=source.detail), _unsupported_hint(source.detail))


@contextlib.contextmanager
def open_document(source: SourceFile):
    """:func:`open_reader` as a context manager."""
    doc = open_reader(source)
    try:
        yield doc
    finally:
        doc.close()


def _unsupported_hint(detail: str) -> str:
    if "archive" in detail.lower() or "ZIP" in detail:
        return _("The IND does not accept archives: extract the files and add them one by one.")
    if "Word" in detail or "Office" in detail or "text" in detail:
        return _("Save or print the document as PDF.")
    if "empty" in detail:
        return _("Export or scan the document again.")
    if "link" in detail:
        return _("Copy the file itself into the folder.")
    return _("Save the document as PDF, or scan it to PDF, JPEG, PNG or TIFF.")
