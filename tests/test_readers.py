"""Reading PDFs: memory does not grow with the number of pages."""

from __future__ import annotations

import io
import random

import numpy as np
import pypdf
from PIL import Image
from pypdf.annotations import FreeText
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
            images = [
                o
                for o in doc._reader.resolved_objects.values()
                if isinstance(o, pypdf.generic.StreamObject) and o.get("/Subtype") == "/Image"
            ]
            assert images == [], f"page {i + 1}: pypdf still holds {len(images)} page image(s)"
        # PDFium's document (which keeps what it parsed) was reopened along the way.
        assert len(opened) == 3
    finally:
        doc.close()


def test_a_scanners_page_is_decoded_not_rendered_and_looks_the_same(tmp_path, monkeypatch):
    """A page that is one JPEG over the whole page is decoded, not rendered
    (ten times faster); upright or turned by /Rotate, it gives the pixels a
    render gives. Anything more on the page (an annotation) is rendered."""
    from PIL import ImageDraw

    img = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((200, 150, 900, 400), fill=0)  # a mark in the top left: shows the orientation
    draw.rectangle((1800, 3000, 2300, 3300), fill=90)
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=300.0, save_all=True, append_images=[img.copy(), img.copy()])
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(buf.getvalue())))
    writer.pages[1].rotate(90)
    writer.add_annotation(2, FreeText(text="note", rect=(50, 50, 200, 100)))
    with open(tmp_path / "scan.pdf", "wb") as f:
        writer.write(f)

    decoded = []
    real = readers._scan_image
    monkeypatch.setattr(readers, "_scan_image", lambda *a: decoded.append(real(*a)) or decoded[-1])
    (source,) = discover([tmp_path])
    doc = readers.open_reader(source)
    try:
        fast = [doc.page(i).render(300) for i in range(3)]
        monkeypatch.setattr(readers, "_scan_image", lambda *a: None)
        rendered = [doc.page(i).render(300) for i in range(3)]
    finally:
        doc.close()
    assert [d is not None for d in decoded] == [True, True, False]
    assert fast[1].size == (3508, 2480)  # turned a quarter like a viewer shows it
    for a, b in zip(fast, rendered, strict=True):
        assert abs(a.width - b.width) <= 1 and abs(a.height - b.height) <= 1
        w, h = min(a.width, b.width), min(a.height, b.height)
        diff = np.abs(np.asarray(a.crop((0, 0, w, h)), float) - np.asarray(b.crop((0, 0, w, h)), float))
        assert diff.mean() < 3
