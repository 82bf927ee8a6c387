"""Where a scan's time goes, stage by stage (one process, no cache).

    python benchmarks/stages.py FOLDER        # prints JSON

Wraps docchk's stage functions with timers by name, so the same script
profiles an older checkout too (``PYTHONPATH=old-checkout``): that is how the
"before" column of docs/performance.md was measured.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

SECONDS: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def _timed(owner, attr: str, stage) -> None:
    original = getattr(owner, attr, None)
    if original is None:
        return

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            name = stage(*args) if callable(stage) else stage
            SECONDS[name] += time.perf_counter() - start
            CALLS[name] += 1

    setattr(owner, attr, wrapper)


def _ocr_stage(engine: str):
    def name(_self, image, *rest):
        return f"OCR {engine}: whole pages" if image.height > image.width else f"OCR {engine}: margins and samples"

    return name


def _schemas_of_this_checkout() -> None:
    """With PYTHONPATH at another checkout, take its top-level ``schemas/``
    as ``docchk.schemas`` (the installed checkout maps that name to its own)."""
    import importlib.util

    import docchk

    folder = Path(docchk.__file__).parent.parent / "schemas"
    if (folder / "__init__.py").exists():
        spec = importlib.util.spec_from_file_location(
            "docchk.schemas", folder / "__init__.py", submodule_search_locations=[str(folder)]
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["docchk.schemas"] = module
        spec.loader.exec_module(module)


def profile(folder: Path) -> dict:
    _schemas_of_this_checkout()
    from docchk import api, blank, pipeline, readers, report
    from docchk.builtin_plugins import rapidocr_margin, tesseract_ocr

    _timed(readers.Page, "render", "render pages")
    _timed(blank, "analyse", "blank analysis")
    _timed(tesseract_ocr.TesseractEngine, "ocr", _ocr_stage("Tesseract"))
    _timed(rapidocr_margin.RapidOcrEngine, "ocr", _ocr_stage("RapidOCR"))
    _timed(tesseract_ocr.TesseractEngine, "detect_script", "OCR Tesseract: script detection (osd)")
    _timed(pipeline, "understand", "understand documents (language, type, dates, MRZ)")
    _timed(pipeline, "check", "checks")
    _timed(report.Report, "to_json", "report")
    options = {"jobs": 1}
    if "cache" in api.build_config.__code__.co_varnames:
        options["cache"] = False
    start = time.perf_counter()
    result = api.scan([folder], **options)
    result.to_json()
    total = time.perf_counter() - start
    pages = sum(len(d.pages) for d in result.submission.documents)
    return {"pages": pages, "total": total, "stages": dict(SECONDS), "calls": dict(CALLS)}


if __name__ == "__main__":
    print(json.dumps(profile(Path(sys.argv[1]))))
