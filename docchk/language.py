"""The main language of a document's text (text layer or OCR).

The IND accepts documents in Dutch, English, French or German; anything else
needs a sworn translation. :func:`identify` names the main language (ISO
639-1) and says "unknown" (``None``) rather than guess when the evidence is
weak: too few letters, garbled OCR, or no clear winner.

How (chosen by the comparison on OCR'd documents in
docs/language-identification.md, ``benchmarks/langid.py``):

1. :func:`prepare` removes what misleads identification: MRZ lines, e-mail
   addresses and URLs, codes and digits, capitals shorter than 3 letters,
   runs of punctuation.
2. :func:`main_script` keeps the words of the script with most letters: a
   stamp in Arabic or a paragraph in Chinese does not decide the language of
   a Dutch page (Chinese characters count three letters each).
3. :func:`chunks` cuts the rest into pieces of some 80 letters on line
   boundaries; the library names the language of each, and :func:`combine`
   weighs the answers by letters. The winner's share is the confidence: a
   paragraph of another language lowers it but cannot win, and garbage,
   whose pieces disagree, gets a low share and is refused.

The library is imported on the first call only, and its model ships inside
the package: nothing is downloaded at run time. The thresholds live in
``docchk/data/language.json``.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import unicodedata
from importlib import resources
from pathlib import Path

from docchk.cache import memoised

#: The languages the IND reads without a sworn translation.
ACCEPTED = frozenset({"nl", "en", "fr", "de"})

# --- what misleads identification, removed before it --------------------------
_MRZ_LINE = re.compile(r"^.*<<.*$", re.MULTILINE)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+", re.IGNORECASE)
# codes that mix Latin letters and digits: IBANs, postcodes, reference numbers
_CODE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*(?![A-Za-z0-9])")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# two or more punctuation marks or symbols in a row (OCR dust, table rules,
# "....."), and lone symbols that are never part of a sentence
_PUNCT_RUN = re.compile(r"[^\w\s]{2,}|[|~^_=*#<>{}\[\]\\°•■□©®™§¤¦¬]")
# a punctuation mark or symbol standing alone once the rest is gone
_LONE = re.compile(r"(?<!\S)[^\w\s](?!\S)")
_BLANKS = re.compile(r"[^\S\n]+")


def prepare(text: str) -> str:
    """The text with what misleads identification removed: MRZ lines, e-mail
    addresses and URLs, codes and digits, words in capitals shorter than 3
    letters, runs of punctuation. Words written in capitals are lower-cased
    (headings and stamps: some models read capitals as another language).
    Lines are kept; empty ones are dropped."""
    text = _MRZ_LINE.sub(" ", text or "")
    text = _URL.sub(" ", text)
    text = _CODE.sub(" ", text)
    text = _DIGITS.sub(" ", text)
    text = _PUNCT_RUN.sub(" ", text)

    def word(match: re.Match) -> str:
        w = match.group(0)
        if w.isupper():
            return " " if len(w) < 3 else w.lower()
        return w

    text = _WORD.sub(word, text)
    text = _LONE.sub(" ", text)
    lines = (_BLANKS.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if any(ch.isalpha() for ch in line))


# --- scripts ------------------------------------------------------------------
#: Letters of these scripts carry about a word each: they count this many
#: Latin letters (a Chinese text has about a third of the characters of its
#: English translation).
_SCRIPT_GROUPS = {
    "CJK": "CJK",
    "HIRAGANA": "CJK",
    "KATAKANA": "CJK",
    "HANGUL": "CJK",
    "FULLWIDTH": "LATIN",
    "HALFWIDTH": "CJK",
}


@functools.lru_cache(maxsize=8192)
def script(ch: str) -> str:
    """The script of a letter: LATIN, CYRILLIC, ARABIC, CJK, GREEK, ..."""
    try:
        first = unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "OTHER"
    return _SCRIPT_GROUPS.get(first, first)


def weight(word: str, cjk_weight: float | None = None) -> float:
    """Letters in ``word``, CJK characters counting ``cjk_weight`` each."""
    cjk = settings()["cjk_letter_weight"] if cjk_weight is None else cjk_weight
    return sum((cjk if script(ch) == "CJK" else 1.0) for ch in word if ch.isalpha())


def letters(text: str) -> float:
    """How many letters the text has (CJK characters weighted)."""
    return weight(text)


def main_script(text: str) -> tuple[str, str | None, float]:
    """The text reduced to the words of its main script, that script, and
    its weighted letter count."""
    totals: dict[str, float] = {}
    for m in _WORD.finditer(text):
        s = script(m.group(0)[0])
        totals[s] = totals.get(s, 0.0) + weight(m.group(0))
    if not totals:
        return "", None, 0.0
    main = max(totals, key=totals.__getitem__)
    kept = _WORD.sub(lambda m: m.group(0) if script(m.group(0)[0]) == main else " ", text)
    lines = (_BLANKS.sub(" ", _LONE.sub(" ", line)).strip() for line in kept.splitlines())
    return "\n".join(ln for ln in lines if any(ch.isalpha() for ch in ln)), main, totals[main]


def chunks(text: str, size: float | None = None, most: int | None = None) -> list[tuple[str, float]]:
    """Pieces of about ``size`` weighted letters, cut at line ends (long
    lines at spaces), with their weights; at most ``most`` of them, evenly
    spread over the text (a long document is sampled, not read to the end)."""
    s = settings()
    size = s["chunk_letters"] if size is None else size
    most = s["max_chunks"] if most is None else most
    pieces: list[str] = []
    for line in text.splitlines():
        if weight(line) <= 2 * size:
            pieces.append(line)
            continue
        # a long line: cut at spaces, or between characters in CJK text
        cjk = sum(script(ch) == "CJK" for ch in line) > len(line) / 2
        tokens, glue = (list(line), "") if cjk else (line.split(" "), " ")
        part, n = [], 0.0
        for token in tokens:
            part.append(token)
            n += weight(token)
            if n >= size:
                pieces.append(glue.join(part))
                part, n = [], 0.0
        if part:
            pieces.append(glue.join(part))
    out: list[tuple[str, float]] = []
    cur, n = [], 0.0
    for piece in pieces:
        cur.append(piece)
        n += weight(piece)
        if n >= size:
            out.append((" ".join(cur), n))
            cur, n = [], 0.0
    if cur:
        if out and n < size / 2:
            last, w = out.pop()
            out.append((last + " " + " ".join(cur), w + n))
        else:
            out.append((" ".join(cur), n))
    if len(out) > most:
        step = len(out) / most
        out = [out[int(i * step)] for i in range(most)]
    return out


#: Labels some libraries give that docchk reads as another code: Chinese and
#: Arabic varieties as the macrolanguage, "no linguistic content" as unknown.
ALIASES = {
    "wuu": "zh",
    "yue": "zh",
    "cmn": "zh",
    "ary": "ar",
    "arz": "ar",
    "apc": "ar",
    "zh-cn": "zh",
    "zh-tw": "zh",
    "zxx": None,
}


def combine(
    ranked: list[list[tuple[str, float]]], weights: list[float], allowed: frozenset[str] | None = None
) -> list[tuple[str, float]]:
    """The pieces' answers weighed by their letters: each language's share
    of all letters, best first. Labels outside ``allowed`` (languages no
    official document is written in: Volapük, Walloon, Nigerian Pidgin, ...,
    which is what the models answer on letter soup) count for no language."""
    total = sum(weights)
    if not total:
        return []
    score: dict[str, float] = {}
    for answers, w in zip(ranked, weights, strict=False):
        for label, conf in answers:
            lang = ALIASES.get(label, label)
            if lang and (allowed is None or lang in allowed):
                score[lang] = score.get(lang, 0.0) + w * conf
    return sorted(((lang, s / total) for lang, s in score.items()), key=lambda kv: -kv[1])


# --- thresholds and the library, loaded on first use ---------------------------


@functools.cache
def settings() -> dict:
    """The ``values`` of docchk/data/language.json.

    Read directly rather than through :func:`docchk.facts.load`: a scan must
    not fail over a schema that lags behind this file (tests/test_units.py
    validates every data file against the schema)."""
    doc = json.loads(resources.files("docchk.data").joinpath("language.json").read_text("utf-8"))
    return doc["values"]


_lock = threading.Lock()


@functools.cache
def allowed() -> frozenset[str]:
    """The languages docchk names (ISO 639-1): those official documents are written in."""
    return frozenset(settings()["languages"])


#: Where the unpacked model is kept between runs (docchk's cache folder), or
#: None (``--no-cache``): set by the pipeline before the model is loaded.
unpacked_dir: Path | None = None


@functools.cache
def _model():
    """py3langid's model (140 labels, "zxx" for no language), read from the
    package: nothing to download. Probabilities normalised to 0..1.

    The package ships it compressed (0.75 s to unpack, most of a born-digital
    scan's cost); unpacked once into docchk's cache folder as plain arrays
    (``numpy.savez``, no pickle), it loads in a few hundredths of a second.
    """
    import array

    import numpy as np
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier, _load_model_file

    kept = unpacked_dir / f"langid-{py3langid.__version__}.npz" if unpacked_dir else None
    parts = None
    if kept is not None and kept.is_file():
        try:
            with np.load(kept, allow_pickle=False) as z:
                parts = (
                    z["ptc"],
                    z["pc"],
                    [str(c) for c in z["classes"]],
                    array.array("I", z["nextmove"].tobytes()),
                    array.array("H", z["row"].tobytes()),
                    z["output"].tolist(),
                )
        except (OSError, ValueError, KeyError):
            parts = None
    if parts is None:
        parts = _load_model_file(MODEL_DIR / MODEL_FILE)
        if kept is not None:
            _keep(kept, parts)
    ptc, pc, classes, nextmove, row, output = parts
    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row)


def _keep(path: Path, parts) -> None:
    """Write the unpacked model owner-only, atomically (another docchk may be reading)."""
    import os
    import tempfile

    import numpy as np

    ptc, pc, classes, nextmove, row, output = parts
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz.tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(
                    fh,
                    ptc=np.asarray(ptc),
                    pc=np.asarray(pc),
                    classes=np.asarray(classes),
                    nextmove=np.frombuffer(nextmove, dtype=np.uint32),
                    row=np.frombuffer(row, dtype=np.uint16),
                    output=np.asarray(output, dtype=np.int64),
                )
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass  # no room or no rights: unpack again next time


def load() -> None:
    """Load the model now (0.8 s). The pipeline calls it from a background
    thread while the pages are read, so the main process does not wait
    for it afterwards."""
    with _lock:
        _model()


def rank(text: str, k: int = 3) -> list[tuple[str, float]]:
    """The library's best ``k`` languages for one piece of text."""
    with _lock:  # only the first call loads the model (about 1 s)
        model = _model()
    return [(lang, float(p)) for lang, p in model.rank(text)[:k] if p > 0]


@functools.cache
def written_in(main: str | None) -> frozenset[str]:
    """The languages (of :func:`allowed`) written in the script ``main``
    (a name of :func:`script`): only those can be a text's language.
    A script ``script_languages`` does not list restricts nothing."""
    s = settings()
    by_script = {k: frozenset(v) for k, v in s.get("script_languages", {}).items()}
    if main in by_script:
        return by_script[main] & allowed()
    if main == "LATIN":
        other = frozenset().union(*by_script.values()) - frozenset(s.get("latin_also", ()))
        return allowed() - other
    return allowed()


def sure_words(words) -> str:
    """The text of the OCR'd ``words`` (:class:`docchk.model.Word`) read
    with at least ``ocr_min_word_confidence``, line by line: what poor OCR
    gives besides them is letter soup that a model still names a language
    (Cyrillic read with Latin models as Dutch). Tesseract's confidence
    weighs its dictionary of the language read, so these are the words of
    a vocabulary."""
    least = settings()["ocr_min_word_confidence"]
    lines: dict[int, list[str]] = {}
    for w in words:
        if w.confidence >= least:
            lines.setdefault(w.line, []).append(w.text)
    return "\n".join(" ".join(ws) for ws in lines.values())


_SIDES = re.compile(r"\s+/\s+")


def bilingual_sides(text: str) -> list[str]:
    """The two sides of a form whose labels are in two languages
    ("Doğum yeri / Place of birth: Ankara"): the text before the " / " of
    every such line, and the text after it; none when fewer than
    ``bilingual_min_lines`` lines are written so. Asked apart, each side
    is one language: in pieces of mixed lines the longer labels' language
    wins every piece, and the other is not seen at all."""
    split = [_SIDES.split(line, maxsplit=1) for line in text.splitlines()]
    split = [parts for parts in split if len(parts) == 2]
    if len(split) < settings()["bilingual_min_lines"]:
        return []
    return ["\n".join(parts[0] for parts in split), "\n".join(parts[1] for parts in split)]


def enough_text(text: str) -> bool:
    """Does ``text`` have enough letters of one script to be asked its
    language? Below that, "unknown" is no doubt, just too little text."""
    return main_script(prepare(text))[2] >= settings()["min_letters"]


@memoised(load=lambda v: [tuple(x) for x in v])
def shares(text: str) -> list[tuple[str, float]]:
    """The languages of the text (written in its main script) with their
    shares of its letters, best first; empty when it has too few letters."""
    kept, main, n_letters = main_script(prepare(text))
    if n_letters < settings()["min_letters"]:
        return []
    pieces = chunks(kept)
    return combine([rank(piece) for piece, _ in pieces], [w for _, w in pieces], written_in(main))


@memoised(load=tuple)
def identify(text: str, ocr: bool = False) -> tuple[str | None, float]:
    """ISO 639-1 code of the main language and a confidence 0..1, or
    (None, 0.0) when the evidence is too weak (too few letters, garbled, no
    clear winner).

    The answer must be a language written in the text's main script
    (:func:`written_in`: Cyrillic text is never Spanish), and on OCR'd text
    (``ocr``) its share and lead must reach the stricter
    ``ocr_min_confidence`` and ``ocr_min_margin``: poor OCR gives letter
    soup, which a model still names a language. Call it with positional
    arguments (the answers are memoised by them)."""
    s = settings()
    ranked = shares(text)
    if not ranked:
        return None, 0.0
    best, share = ranked[0]
    # the lead is over the best language not close to the winner (Indonesian
    # and Malay, Croatian and Bosnian share most of their words)
    close = next((set(group) for group in s.get("close_languages", ()) if best in group), {best})
    second = next((sh for lang, sh in ranked[1:] if lang not in close), 0.0)
    least, margin = s["min_confidence"], s["min_margin"]
    if ocr:
        least, margin = max(least, s["ocr_min_confidence"]), max(margin, s["ocr_min_margin"])
    if share < least or share - second < margin:
        return None, 0.0
    return best, round(min(share, 1.0), 3)
