"""The built-in OCR engine for page text: Tesseract, through pytesseract.

Replace it by registering a plugin whose ``docchk_ocr_engine`` returns another
engine (the first non-None answer wins, and third-party plugins are called
before built-ins).
"""

from __future__ import annotations

import functools
import os

import pytesseract

from docchk.hookspec import hookimpl
from docchk.model import OcrResult, Word

#: Languages docchk reads with, if their data is installed. Tesseract slows
#: down with every language added, so only the scripts a page needs.
DEFAULT_LANGUAGES = ("eng", "nld", "deu", "fra")


class OcrUnavailable(RuntimeError):
    """Tesseract is not installed or cannot run: an environment problem."""


@functools.cache
def installed_languages() -> frozenset[str]:
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrUnavailable(
            "Tesseract OCR is not installed: install it (Debian/Ubuntu: "
            "`apt-get install tesseract-ocr tesseract-ocr-nld`) and run again."
        ) from exc


class TesseractEngine:
    name = "tesseract"
    honours_psm = True

    def ocr(self, image, *, languages=DEFAULT_LANGUAGES, psm: int = 3) -> OcrResult:
        """Words with boxes and confidences from one page image."""
        # Tesseract's own OpenMP threads make it several times slower on small
        # machines (shared/FINDINGS.md: 6.6 s vs 1.4 s a page); docchk runs
        # one Tesseract per core instead.
        os.environ["OMP_THREAD_LIMIT"] = "1"
        langs = [lang for lang in languages if lang in installed_languages()] or ["eng"]
        try:
            data = pytesseract.image_to_data(
                image, lang="+".join(langs), config=f"--psm {psm}",
                output_type=pytesseract.Output.DICT,
            )
        except pytesseract.TesseractNotFoundError as exc:
            raise OcrUnavailable(str(exc)) from exc
        words = []
        lines: dict[tuple[int, int, int], int] = {}
        for text, conf, left, top, width, height, block, par, line in zip(
            data["text"], data["conf"], data["left"], data["top"], data["width"],
            data["height"], data["block_num"], data["par_num"], data["line_num"], strict=True,
        ):
            conf = float(conf)
            if conf < 0 or not text.strip():
                continue
            line_no = lines.setdefault((block, par, line), len(lines))
            words.append(Word(text.strip(), conf, (left, top, width, height), line_no))
        return OcrResult(tuple(words))


@hookimpl(trylast=True)
def docchk_ocr_engine(config, purpose):
    return TesseractEngine()
