"""Reading handwritten V-numbers in the page margins with RapidOCR.

Applicants usually write the V-number by hand. On 14 pages with a handwritten
number in the margin (shared/FINDINGS.md), Tesseract on the margin strips read
9 within 2 digits; RapidOCR (PP-OCRv4 models shipped inside the
rapidocr-onnxruntime wheel: no download at run time) read 13 within 1 digit.
Telling its text detector not to upscale the thin strip (``det_limit_type``
"max") and handing it a 150 dpi strip brings it to about 0.2 s a strip on
one core.

Used only for ``purpose == "margin"``, and only when importable: without it
docchk falls back to Tesseract for the margins too.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import logging
import os

from docchk.hookspec import hookimpl
from docchk.model import OcrResult, Word

log = logging.getLogger(__name__)


@functools.cache
def _model():
    """The RapidOCR pipeline, loaded once per process (about 0.7 s)."""
    # onnxruntime (1.32) records telemetry events in ~/.cache/Microsoft for
    # upload unless told not to before it is imported. docchk makes no
    # network connections and leaves nothing behind.
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    import onnxruntime
    from rapidocr_onnxruntime import RapidOCR

    onnxruntime.disable_telemetry_events()
    # One thread: docchk already runs one worker process per core.
    return RapidOCR(
        intra_op_num_threads=1, inter_op_num_threads=1, use_cls=False, det_limit_type="max", det_limit_side_len=1280
    )


class RapidOcrEngine:
    """Loads its models on first use (0.7 s), in the worker that needs them."""

    name = "rapidocr"
    #: RapidOCR 1.4 shrinks anything wider than 1500 px to 2000 px for its
    #: text detector, whatever det_limit_side_len says; a 150 dpi strip
    #: (1240 px) is detected as it is. Measured on 42 scanned pages: all 40
    #: handwritten numbers read at 150 and 120 dpi, 34 at 100 dpi; 0.20 s a
    #: strip at 150 dpi against 0.44 s at 300 dpi.
    preferred_dpi = 150

    @property
    def version(self) -> str:
        return importlib.metadata.version("rapidocr-onnxruntime")

    def preload(self) -> None:
        """Load the models now (called before worker processes fork)."""
        _model()

    def ocr(self, image, *, languages=(), psm: int = 3) -> OcrResult:
        import numpy as np  # here: a cached re-run loads no numpy

        result, _elapsed = _model()(np.asarray(image.convert("RGB")))
        words = []
        for line, (box, text, score) in enumerate(result or ()):
            xs = [int(p[0]) for p in box]
            ys = [int(p[1]) for p in box]
            words.append(Word(text, float(score) * 100, (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), line))
        return OcrResult(tuple(words))


@functools.cache
def available() -> bool:
    """Is RapidOCR installed? (Looked up, not imported: a cached re-run never loads it.)"""
    if all(importlib.util.find_spec(m) for m in ("rapidocr_onnxruntime", "onnxruntime")):
        return True
    log.warning("RapidOCR is not installed; reading margins with Tesseract")
    return False


@hookimpl
def docchk_ocr_engine(config, purpose):
    if purpose == "margin" and available():
        return RapidOcrEngine()
    return None
