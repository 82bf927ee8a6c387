"""The fixed corpus of the performance benchmark.

Deterministic (fixed seeds), so runs on different days compare. Three parts:

* ``scanned/``: 42 scanned A4 pages at 300 dpi in 9 documents, the way an
  applicant sends them: the V-number handwritten at the top of most pages,
  printed on some, and missing on two (the truth the benchmark checks, so a
  faster docchk cannot buy its speed by missing things).
* ``digital/``: 300 born-digital A4 pages in 3 PDFs, V-number printed.
* ``long-scan/``: one 300-page scanned PDF, for peak memory.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    if "gen" not in sys.modules:
        spec = importlib.util.spec_from_file_location("gen", ROOT / "samples" / "generate.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["gen"] = module
        spec.loader.exec_module(module)
    return sys.modules["gen"]


DPI = 300

# (file, content functions, how many times the content repeats)
SCANNED_DOCUMENTS = [
    ("employment-contract.pdf", ["employment_contract"], 4),  # 12 pages
    ("bank-statements.pdf", ["bank_statement"], 10),  # 10
    ("rental-agreement.pdf", ["rental_agreement"], 4),  # 8
    ("diploma-and-reference.pdf", ["diploma", "arbeitszeugnis"], 1),  # 4
    ("police-certificate.pdf", ["police_certificate"], 1),  # 2
    ("payslips.pdf", ["payslip"], 3),  # 3
    ("birth-certificate.pdf", ["birth_certificate"], 1),  # 1
    ("passport.pdf", ["passport_copy"], 1),  # 1
    ("municipal-notice.pdf", ["municipal_notice"], 1),  # 1
]
# (file, 1-based page) pages that carry no identifier at all
MISSING_IDENTIFIER = {("bank-statements.pdf", 7), ("rental-agreement.pdf", 3)}
# pages where the V-number is printed in the header rather than handwritten
PRINTED_IDENTIFIER = {("employment-contract.pdf", 1), ("payslips.pdf", 1), ("payslips.pdf", 2), ("payslips.pdf", 3)}


def _pages(names: list[str], times: int):
    gen = _generator()
    specs = []
    for _ in range(times):
        for name in names:
            specs += getattr(gen, name)()
    return specs


def build_scanned(out: Path) -> dict:
    """Write the scanned documents; return the expected findings."""
    gen = _generator()
    out.mkdir(parents=True, exist_ok=True)
    expected = []
    seed = 500
    for fname, names, times in SCANNED_DOCUMENTS:
        specs = _pages(names, times)
        for number, spec in enumerate(specs, 1):
            if (fname, number) in PRINTED_IDENTIFIER:
                spec.header = gen.V_LABEL
            elif spec.header and gen.V_NUMBER in spec.header:
                spec.header = None
        grayscale = fname != "passport.pdf"
        images = []
        for number, page in enumerate(gen.render_pages(specs, DPI, grayscale=grayscale), 1):
            seed += 1
            if (fname, number) not in MISSING_IDENTIFIER | PRINTED_IDENTIFIER:
                page = gen.handwrite(
                    page, f"V {gen.V_NUMBER}", DPI, gen.HW_XY_MM, gen.HW_SIZE_MM, angle_deg=-1.0 + (seed % 5) * 0.4
                )
            images.append(gen.scan(page, DPI, seed=seed, grayscale=grayscale, jpeg_quality=None))
            if (fname, number) in MISSING_IDENTIFIER:
                expected.append({"rule": "page.missing-identifier", "path": fname, "page": number})
        gen.images_to_pdf(images, out / fname, DPI, quality=75)
    (out / "docchk.toml").write_text(gen.DOCCHK_TOML, encoding="utf-8")
    return {"pages": sum(len(_pages(n, t)) for _, n, t in SCANNED_DOCUMENTS), "findings": expected}


def build_digital(out: Path, pages: int = 300, files: int = 3) -> dict:
    gen = _generator()
    out.mkdir(parents=True, exist_ok=True)
    contents = [
        "employment_contract",
        "bank_statement",
        "rental_agreement",
        "payslip",
        "police_certificate",
        "arbeitszeugnis",
        "municipal_notice",
    ]
    per_file = pages // files
    for f in range(files):
        specs = []
        i = f
        while len(specs) < per_file:
            specs += getattr(gen, contents[i % len(contents)])()
            i += 1
        specs = specs[:per_file]
        for spec in specs:
            spec.header = gen.V_LABEL
        gen.text_pdf(out / f"digital-{f + 1}.pdf", specs)
    (out / "docchk.toml").write_text(gen.DOCCHK_TOML, encoding="utf-8")
    return {"pages": per_file * files, "findings": []}


def build_long_scan(out: Path, pages: int = 300) -> dict:
    """One long scanned PDF (e.g. a year of bank statements): 20 distinct
    scanned pages cycled over ``pages`` pages, each occurrence stamped with
    its page number and stored as its own JPEG, so the file is as large as a
    real scan of that length (about 0.5 MB a page) and every page is decoded
    and analysed on its own."""
    gen = _generator()
    from PIL import ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out.mkdir(parents=True, exist_ok=True)
    specs = _pages(["bank_statement", "employment_contract", "rental_agreement"], 4)[:20]
    bases = []
    for i, page in enumerate(gen.render_pages(specs, DPI)):
        page = gen.handwrite(page, f"V {gen.V_NUMBER}", DPI, gen.HW_XY_MM, gen.HW_SIZE_MM)
        bases.append(gen.scan(page, DPI, seed=900 + i, jpeg_quality=None))
    c = canvas.Canvas(str(out / "long-scan.pdf"), pagesize=A4, invariant=1)
    for n in range(pages):
        img = bases[n % len(bases)].copy()
        ImageDraw.Draw(img).text((img.width // 2, img.height - 120), f"- {n + 1} -", fill=40)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=75, dpi=(DPI, DPI))
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, *A4)
        c.showPage()
    c.save()
    (out / "docchk.toml").write_text(gen.DOCCHK_TOML, encoding="utf-8")
    return {"pages": pages, "findings": []}
