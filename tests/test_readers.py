"""Reading PDFs: memory does not grow with the number of pages."""

from __future__ import annotations

import io
import random

import pypdf
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from docchk import readers
from docchk.discover import discover


def _scanned_pdf(path, pages: int) -> None:
    """A scan-like PDF: one distinct full-page JPEG per page, no text layer."""
    rng = random.Random(7)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(pages):
        img = Image.new("L", (620, 877), 255)
        img.paste(rng.randrange(0, 200), (rng.randrange(500), rng.randrange(800), 600, 860))
        buf = io.BytesIO()
        img.save(buf, "JPEG")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, *A4)
        c.showPage()
    c.save()


def test_page_images_are_not_kept_after_their_page(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "_PDFIUM_PAGES_PER_OPEN", 8)
    opened = []
    real_open = readers.pdfium.PdfDocument
    monkeypatch.setattr(readers.pdfium, "PdfDocument", lambda *a, **k: opened.append(1) or real_open(*a, **k))
    _scanned_pdf(tmp_path / "scan.pdf", 20)
    (source,) = discover([tmp_path])
    doc = readers.open_reader(source)
    try:
        for i in range(doc.page_count):
            page = doc.page(i)
            assert page.dpi_source == "pdf-image"  # the image was looked at
            assert page.render(50).size[0] > 0
            images = [o for o in doc._reader.resolved_objects.values()
                      if isinstance(o, pypdf.generic.StreamObject) and o.get("/Subtype") == "/Image"]
            assert images == [], f"page {i + 1}: pypdf still holds {len(images)} page image(s)"
        # PDFium's document (which keeps what it parsed) was reopened along the way.
        assert len(opened) == 3
    finally:
        doc.close()
