"""The built-in OCR engine for page text: Tesseract, in-process via tesserocr.

Why not one ``tesseract`` process per image (pytesseract)? Measured on this
project's 300 dpi scans (docs/performance.md): pytesseract writes every image
to a temporary PNG (about 1.1 s of compression per page, and a copy of a
passport page on disk) and each new process loads the language models again
(0.5 s with eng+nld+deu+fra). tesserocr binds libtesseract: the models are
loaded once per worker process and pixels are handed over in memory.

Replace it by registering a plugin whose ``docchk_ocr_engine`` returns another
engine (the first non-None answer wins, and third-party plugins are called
before built-ins).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from docchk.hookspec import hookimpl
from docchk.model import OcrResult, Word

# Tesseract's own OpenMP threads make it several times slower on small
# machines (shared/FINDINGS.md: 6.6 s vs 1.4 s a page); docchk runs one
# Tesseract per core instead. Must be set before the library is loaded.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

#: Languages docchk reads with, if their data is installed.
DEFAULT_LANGUAGES = ("eng", "nld", "deu", "fra")

#: Where distributions put the trained models (Debian/Ubuntu first).
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)

_INSTALL_HINT = (
    "install Tesseract's language data (Debian/Ubuntu: `apt-get install "
    "tesseract-ocr tesseract-ocr-nld tesseract-ocr-deu tesseract-ocr-fra`) "
    "or point TESSDATA_PREFIX at its tessdata folder, and run again."
)


class OcrUnavailable(RuntimeError):
    """Tesseract cannot run here: an environment problem, not a document one."""


@functools.cache
def tessdata_dir() -> str:
    """The folder with ``eng.traineddata``: TESSDATA_PREFIX, else the usual places."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_DIRS]
    for folder in filter(None, candidates):
        if (Path(folder) / "eng.traineddata").is_file():
            return str(folder)
    raise OcrUnavailable(f"Tesseract's English model (eng.traineddata) was not found: {_INSTALL_HINT}")


def _tesserocr():
    try:
        import tesserocr
    except ImportError as exc:
        raise OcrUnavailable(f"The tesserocr package cannot be loaded ({exc}): reinstall docchk.") from exc
    return tesserocr


def _quiet_leptonica(tesserocr) -> None:
    """Silence Leptonica's messages on stderr ("Error in boxClipToRectangle"
    on a sparse strip): harmless to the result, alarming in a terminal.
    Best effort; the bundled library is found next to tesserocr's module."""
    import ctypes

    folder = Path(tesserocr.__file__).parent
    for lib in [
        *folder.glob("tesserocr.libs/libleptonica*.so*"),
        *folder.parent.glob("tesserocr.libs/libleptonica*.so*"),
    ]:
        try:
            ctypes.CDLL(str(lib)).setMsgSeverity(6)  # L_SEVERITY_NONE
        except (OSError, AttributeError):
            continue


@functools.cache
def installed_languages() -> frozenset[str]:
    return frozenset(_tesserocr().get_languages(tessdata_dir())[1])


@functools.cache
def _api(languages: tuple[str, ...]):
    """One loaded Tesseract per language set, kept for the life of the process."""
    tesserocr = _tesserocr()
    _quiet_leptonica(tesserocr)
    return tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="+".join(languages))


@functools.cache
def _osd_api():
    """Tesseract's orientation and script detection, or None without osd.traineddata."""
    if "osd" not in installed_languages():
        return None
    tesserocr = _tesserocr()
    return tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="osd", psm=tesserocr.PSM.OSD_ONLY)


class TesseractEngine:
    name = "tesseract"
    honours_psm = True
    honours_alphabet = True

    @property
    def version(self) -> str:
        """Library version and the models it reads with (part of the cache key)."""
        models = sorted(installed_languages() & set(DEFAULT_LANGUAGES))
        return f"{_tesserocr().tesseract_version().split()[1]} {tessdata_dir()} {'+'.join(models)}"

    def preload(self) -> None:
        """Load the default models now (called before worker processes fork)."""
        _api(self._languages(DEFAULT_LANGUAGES))

    @staticmethod
    def _languages(wanted) -> tuple[str, ...]:
        return tuple(lang for lang in wanted if lang in installed_languages()) or ("eng",)

    def ocr(self, image, *, languages=DEFAULT_LANGUAGES, psm: int = 3, alphabet: str | None = None) -> OcrResult:
        """Words with boxes and confidences from one image (a page or a strip of one).

        The image's ``info["dpi"]`` is passed on: without it Tesseract guesses
        the resolution from the text size, and guesses wrong on sparse strips.
        ``alphabet`` restricts the characters read (a machine-readable zone).
        """
        api = _api(self._languages(languages))
        api.SetPageSegMode(psm)
        api.SetImage(image)
        dpi = image.info.get("dpi")
        if dpi:
            api.SetSourceResolution(int(round(dpi[0])))
        if alphabet:
            api.SetVariable("tessedit_char_whitelist", alphabet)
        try:
            api.Recognize()
            tsv = api.GetTSVText(0)
        finally:
            if alphabet:
                api.SetVariable("tessedit_char_whitelist", "")
            api.Clear()
        return OcrResult(tuple(_words(tsv)))

    def detect_script(self, image) -> tuple[str, float] | None:
        """The script of the text on ``image`` (Tesseract's name: "Latin",
        "Cyrillic", "Arabic", "Han", ...) and Tesseract's confidence in it,
        or None when it cannot tell. The image should be small (150 dpi:
        0.3 s for a page; at 300 dpi it takes 1.8 s)."""
        api = _osd_api()
        if api is None:
            return None
        api.SetImage(image)
        dpi = image.info.get("dpi")
        if dpi:
            api.SetSourceResolution(int(round(dpi[0])))
        try:
            found = api.DetectOrientationScript()
        except RuntimeError:  # too little text to tell
            found = None
        finally:
            api.Clear()
        if not found or not found.get("script_name"):
            return None
        return found["script_name"], float(found.get("script_conf") or 0.0)


def _words(tsv: str):
    """Parse Tesseract's TSV (level, page, block, par, line, word, left, top,
    width, height, conf, text) into words, numbering lines across blocks."""
    lines: dict[tuple[str, str, str], int] = {}
    for row in tsv.splitlines():
        cols = row.split("\t", 11)
        if len(cols) < 12 or cols[0] != "5":
            continue
        text, conf = cols[11].strip(), float(cols[10])
        if conf < 0 or not text:
            continue
        line = lines.setdefault((cols[2], cols[3], cols[4]), len(lines))
        box = (int(cols[6]), int(cols[7]), int(cols[8]), int(cols[9]))
        yield Word(text, conf, box, line)


@hookimpl(trylast=True)
def docchk_ocr_engine(config, purpose):
    tessdata_dir()  # fail early, with the fix, when the models are missing
    return TesseractEngine()
