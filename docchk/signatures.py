"""Digital signatures in PDFs: what an e-Apostille is made of.

An e-Apostille is a PDF signed by the issuing authority. docchk reports who
signed it and whether the signed bytes are intact (the document was not
changed after signing), using pyHanko, a maintained implementation of PDF
signature validation (CMS digests, byte ranges, incremental updates) --
nothing a hand-written parser should attempt.

Whether the signer's certificate is trusted is NOT judged: that needs the
issuing country's trust list and, for revocation, the network; docchk
makes no network connections. The report says "intact", not "valid".
"""

from __future__ import annotations

import logging
from pathlib import Path

from docchk.model import Signature

log = logging.getLogger(__name__)


def pdf_signatures(path: Path) -> list[Signature]:
    """The signatures embedded in the PDF at ``path`` ([] for none, or when
    they cannot be read)."""
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko.sign.validation.status import SignatureCoverageLevel
        from pyhanko_certvalidator import ValidationContext
    except ImportError:  # pragma: no cover -- a declared dependency
        return []
    # pyHanko logs every untrusted certificate with a traceback; trust is
    # not judged here (see above), and logs must not carry document details.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    found = []
    try:
        with open(path, "rb") as fh:
            reader = PdfFileReader(fh, strict=False)
            for sig in reader.embedded_signatures:
                try:
                    status = validate_pdf_signature(
                        sig,
                        signer_validation_context=ValidationContext(trust_roots=[], allow_fetching=False),
                        skip_diff=True,
                    )
                    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                    signer = status.signing_cert.subject.human_friendly if status.signing_cert else ""
                    found.append(Signature(signer=signer, intact=bool(status.intact), covers_whole_file=whole))
                except Exception as exc:  # noqa: BLE001 -- a broken signature is a finding, not a crash
                    log.debug("signature %s unreadable: %s", getattr(sig, "field_name", "?"), type(exc).__name__)
                    found.append(Signature(signer="", intact=False, covers_whole_file=False))
    except Exception as exc:  # noqa: BLE001 -- pypdf reads what pyHanko refuses
        log.debug("no signatures read from %s: %s", path.name, type(exc).__name__)
    return found
