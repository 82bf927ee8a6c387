"""A copy of a PDF repaired in memory by qpdf (through pikepdf), for the
files pypdf cannot parse.

pypdf is strict where other readers are forgiving: a cross-reference table
pointing at the wrong bytes, an object stream it cannot place, a page tree
with dangling or null kids, an encryption it cannot open. qpdf -- the
library OCRmyPDF repairs its input with -- rebuilds the table from the
objects themselves, drops what the page tree cannot hold, and writes the
document out again, decrypted when its user password is empty. docchk
reads that copy instead of calling the file damaged (issue #20).

The user's file is only read. The copy lives in memory (never in a
temporary file) and holds every byte of the file once more, so files
above ``max_repair_megabytes`` (``page_thresholds.json``) are not copied:
they go to PDFium alone, which reads from the file itself.

pikepdf is imported here, on the first damaged file: a sound file costs
nothing.
"""

from __future__ import annotations

import io
import logging
import warnings
from pathlib import Path

from docchk import facts

# qpdf reports each repair it makes ("reconstructing cross-reference
# table"), and pikepdf logs those at ERROR; docchk reports damage through
# its own findings, and a repair that fails raises.
logging.getLogger("pikepdf").setLevel(logging.CRITICAL)


class PasswordNeeded(Exception):
    """qpdf cannot open the file without its user password."""


class EncryptionLost(Exception):
    """qpdf rebuilt the file without the encryption dictionary it names:
    its streams would be read as ciphertext."""


def size_limit() -> int:
    """Files larger than this (bytes) are not repaired in memory."""
    return facts.load("page_thresholds")["max_repair_megabytes"] * 1_000_000


def repaired(path: Path) -> io.BytesIO:
    """The PDF at ``path`` as qpdf rebuilds it, decrypted, in memory, at
    position 0.

    Streams are copied as they are (no decoding), so a compressed bomb stays
    compressed and a 100 MB file costs 100 MB, not its decoded size. A
    BytesIO rather than bytes: pypdf asks a BytesIO for its buffer, which
    copies a buffer shared with a bytes object; readers share this one.
    Raises :class:`PasswordNeeded`, :class:`EncryptionLost`, or whatever
    qpdf raises on a file it cannot rebuild either.
    """
    import pikepdf

    out = io.BytesIO()
    with warnings.catch_warnings():  # weak-encryption notes and the like: not the user's concern
        warnings.simplefilter("ignore")
        try:
            pdf = pikepdf.open(path, password="", attempt_recovery=True)
        except pikepdf.PasswordError as exc:
            raise PasswordNeeded() from exc
        try:
            if not pdf.is_encrypted and _mentions_encryption(path):
                # A trailer qpdf could not parse: it found the catalog by
                # scanning and knows nothing of the encryption. Its copy
                # would hand encrypted streams over as if they were plain
                # (blank pages, no text, with or without a password).
                raise EncryptionLost()
            pdf.save(
                out,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                compress_streams=False,
                encryption=False,
                fix_metadata_version=False,
            )
        finally:
            pdf.close()
    out.seek(0)
    return out


def _mentions_encryption(path: Path) -> bool:
    """Does the file name an encryption dictionary anywhere (a trailer's
    /Encrypt)? Read in blocks: a damaged file that qpdf rebuilt without
    encryption is read once more (0.1 s for 130 MB)."""
    key = b"/Encrypt"
    tail = b""
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            if key in block or key in tail + block[: len(key)]:
                return True
            tail = block[-len(key) :]
    return False
