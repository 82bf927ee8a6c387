"""A corpus of hostile and broken inputs (issue #6), generated on demand.

    python tests/torture.py OUT_DIR      # writes the files, prints the list

Each case is a file (or link) that a stranger could drop into a submission
folder, with what docchk must do with it: report it ``unreadable`` with a
reason, or read it correctly. tests/test_torture.py scans them all in one
folder next to a good document, which must still be checked.
"""

from __future__ import annotations

import io
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import pypdf
from PIL import Image

from docchk.pdfpages import raw_pdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


@dataclass(frozen=True)
class Case:
    name: str  # the file name in the folder
    what: str  # what it is, for docs/reliability.md
    #: "unreadable": one document.unreadable finding on this file;
    #: "read": the file is read (no document.unreadable finding)
    expect: str


def _good_pdf() -> bytes:
    from conftest import gen

    return gen.text_pdf_bytes(
        [gen.PageSpec(["Bankafschrift", "rekening datum bedrag saldo " * 3], header="V-nummer: 2719283746")]
    )


def _with_mediabox(box) -> bytes:
    reader = pypdf.PdfReader(io.BytesIO(_good_pdf()))
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.pages[0].mediabox = pypdf.generic.RectangleObject(box)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _recursive_page_tree() -> bytes:
    """A /Pages node that lists itself among its kids."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    return raw_pdf(objects)


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims a huge size (the pixels are never there)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def _png_bomb() -> bytes:
    """A real, valid PNG of 20,000 x 20,000 gray pixels that compresses to a few hundred kB."""
    raw = zlib.compress(b"\0" * (20_001 * 20_000), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _one_page_pdf(content: bytes, resources: bytes = b"<< >>", extra: list[bytes] = ()) -> bytes:
    """A one-page A4 PDF with a Flate-compressed content stream."""
    data = zlib.compress(content, 9)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents 4 0 R >>" % resources,
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
            *extra,
        ]
    )


def _pdf_image_bomb(side: int = 15_000) -> bytes:
    """A page showing one gray image of side x side pixels (225 Mpx) that
    compresses to a few hundred kB."""
    packer = zlib.compressobj(9)
    row = b"\x80" * side
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % (side, side, len(data))
        + data
        + b"\nendstream"
    )
    return _one_page_pdf(b"q 595 0 0 842 0 0 cm /Im0 Do Q", b"<< /XObject << /Im0 5 0 R >> >>", [image])


def _content_bomb() -> bytes:
    """A content stream of 200 MB (blanks) in 200 kB: beyond pypdf's 75 MB
    decompression limit; PDFium draws the nothing it holds."""
    return _one_page_pdf(b" " * 200_000_000)


def slow_pdf(fills: int = 50_000) -> bytes:
    """A page that takes minutes to draw: ``fills`` page-sized triangles,
    35 bytes each before compression (50,000: 20 kB, 200 s to draw at
    300 dpi on the CI machine). Small, valid, and slow on purpose."""
    return _one_page_pdf(b"0 0 m 595 842 l 0 842 l 595 0 l f\n" * fills)


# --- Files other readers open (issue #20): pypdf alone called them damaged ---

_TEXT = (
    b"BT /F1 24 Tf 72 760 Td (Bankafschrift) Tj 0 -40 Td (rekening datum bedrag saldo) Tj "
    b"0 -40 Td (V-nummer: 2719283746) Tj ET"
)
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _text_page(
    page_tree: bytes = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page_extra: bytes = b"",
    box: bytes = b"/MediaBox [0 0 595 842]",
    content: bytes = _TEXT,
) -> bytes:
    """A one-page A4 PDF with a line of text, its page tree and page
    dictionary open to oddities."""
    data = zlib.compress(content, 6)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            page_tree,
            b"<< /Type /Page /Parent 2 0 R %s /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R %s>>"
            % (box, page_extra),
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
            _FONT,
        ]
    )


def broken_xref_table(data: bytes | None = None) -> bytes:
    """The entries of the cross-reference table overwritten (as a bad
    disk block or transfer would): pypdf gives up (PdfReadError), qpdf
    rebuilds the table from the objects themselves."""
    data = data or _good_pdf()
    table = data.rindex(b"\nxref\n") + 6
    trailer = data.index(b"trailer", table)
    return data[:table] + b"X" * (trailer - table - 1) + data[trailer - 1 :]


def _object_streams(data: bytes) -> bytes:
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


def xref_stream_zeroed(data: bytes | None = None) -> bytes:
    """A PDF 1.5 file (objects in object streams) whose cross-reference
    stream is zeroed: pypdf and qpdf cannot place the objects; PDFium
    finds them."""
    data = _object_streams(data or _good_pdf())
    at = data.index(b"stream", data.index(b"/Type /XRef")) + len(b"stream\n")
    return data[:at] + bytes(20) + data[at + 20 :]


def null_kid() -> bytes:
    """A page tree whose first kid is null: pypdf skips it (one page),
    PDFium counts it (page 1 then fails to load)."""
    return _text_page(b"<< /Type /Pages /Kids [null 3 0 R] /Count 2 >>")


def page_named_pages() -> bytes:
    """The only page says ``/Type /Pages``: pypdf finds no page; qpdf
    makes it a page again."""
    return _text_page(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>").replace(
        b"/Type /Page /Parent", b"/Type /Pages /Parent"
    )


def odd_rotate() -> bytes:
    """``/Rotate /X`` on the page: pypdf's page fails (ValueError); PDFium
    reads the page upright."""
    return _text_page(page_extra=b"/Rotate /X ")


def no_mediabox() -> bytes:
    """A page without any box: every reader would show it as US Letter, a
    size docchk must not invent."""
    return _text_page(box=b"")


def large_inline_background(width: int = 4960, height: int = 7016) -> bytes:
    """A born-digital A4 page whose background is an inline RGB image at
    600 dpi (104 MB, uncompressed inside the compressed content stream),
    with a line of text over it: beyond pypdf's 75 MB limit on a decoded
    stream, an ordinary page to any viewer."""
    image = b"BI /W %d /H %d /CS /RGB /BPC 8 ID " % (width, height) + bytes([236, 240, 250]) * (width * height)
    return _text_page(content=b"q 595 0 0 842 0 0 cm " + image + b" EI Q " + _TEXT)


def encrypted(data: bytes, revision: int, aes: bool, user: str = "", owner: str = "owner", **allow) -> bytes:
    """``data`` encrypted by qpdf with the standard security handler of
    ``revision`` (2: RC4 40-bit, 3: RC4 128-bit, 4: RC4 or AES 128-bit,
    5 and 6: AES 256-bit); ``allow``: permissions (all by default)."""
    import warnings

    import pikepdf

    out = io.BytesIO()
    with warnings.catch_warnings(), pikepdf.open(io.BytesIO(data)) as pdf:
        warnings.simplefilter("ignore")  # R5 is deprecated; some producers still write it
        pdf.save(
            out,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,  # a cross-reference table
            encryption=pikepdf.Encryption(
                owner=owner,
                user=user,
                R=revision,
                aes=aes,
                metadata=revision >= 4 and aes,
                allow=pikepdf.Permissions(**allow),
            ),
        )
    return out.getvalue()


def _many_pages(count: int) -> bytes:
    writer = pypdf.PdfWriter()
    for _ in range(count):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _tiff_frames(frames: int) -> bytes:
    first = Image.new("L", (64, 64), 255)
    out = io.BytesIO()
    first.save(out, "TIFF", save_all=True, append_images=[Image.new("L", (64, 64), 255)] * (frames - 1))
    return out.getvalue()


def _polyglot() -> bytes:
    """A PDF with a ZIP archive appended (both readers accept it)."""
    archive = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("payload.txt", "not a document")
    return _good_pdf() + archive.getvalue()


def build(out: Path) -> list[Case]:
    """Write the corpus into ``out`` (created); return its cases."""
    out.mkdir(parents=True, exist_ok=True)
    good = _good_pdf()
    cases: list[tuple[Case, bytes | None]] = [
        (Case("zero-bytes.pdf", "a zero-byte PDF", "unreadable"), b""),
        (
            Case("truncated.pdf", "a PDF cut off halfway (an interrupted download)", "unreadable"),
            good[: len(good) // 2],
        ),
        (
            Case("broken-xref.pdf", "a PDF whose cross-reference table points to the wrong offsets", "read"),
            good.replace(b"xref", b"xref\n").replace(b"0000000", b"0000009", 3),
        ),
        (Case("garbage.pdf", "random bytes with a .pdf name", "unreadable"), bytes(range(256)) * 40),
        (Case("recursive-tree.pdf", "a page tree that contains itself", "unreadable"), _recursive_page_tree()),
        (Case("zero-area.pdf", "a page with a zero-area MediaBox", "read"), _with_mediabox([0, 0, 0, 0])),
        (Case("negative-box.pdf", "a page with a negative MediaBox", "read"), _with_mediabox([0, 0, -595, -842])),
        (
            Case("huge-header.png", "a PNG that claims 50,000 x 50,000 pixels", "unreadable"),
            _png_header(50_000, 50_000),
        ),
        (Case("png-bomb.png", "a PNG decompression bomb: 400 Mpx in a few hundred kB", "unreadable"), _png_bomb()),
        (Case("many-frames.tif", "a TIFF with 1,000 frames", "read"), _tiff_frames(1000)),
        (
            Case("pdf-image-bomb.pdf", "a PDF page holding a 15,000 x 15,000 pixel image in 200 kB", "unreadable"),
            _pdf_image_bomb(),
        ),
        (Case("content-bomb.pdf", "a PDF content stream of 200 MB compressed to 200 kB", "read"), _content_bomb()),
        (Case("10000-pages.pdf", "a page tree of 10,000 pages (1 MB)", "unreadable"), _many_pages(10_000)),
        (Case("pdf-named.jpg", "a PDF with a .jpg name", "read"), good),
        (Case("polyglot.pdf", "a PDF with a ZIP archive appended", "read"), _polyglot()),
        (Case("n\u00e4me-" + "x" * 200 + ".pdf", "a very long file name with non-ASCII letters", "read"), good),
        (
            Case(
                "garbled-xref.pdf", "a PDF whose cross-reference entries are overwritten (pypdf: PdfReadError)", "read"
            ),
            broken_xref_table(good),
        ),
        (
            Case("xref-stream-zeroed.pdf", "a PDF 1.5 file whose cross-reference stream is zeroed", "read"),
            xref_stream_zeroed(),
        ),
        (Case("null-kid.pdf", "a page tree whose first kid is null", "read"), null_kid()),
        (Case("page-named-pages.pdf", "a page dictionary typed /Pages", "read"), page_named_pages()),
        (Case("odd-rotate.pdf", "a page with /Rotate /X", "read"), odd_rotate()),
        (
            Case(
                "encrypted-garbled-xref.pdf",
                "an RC4-encrypted PDF (empty user password) with overwritten cross-reference entries",
                "read",
            ),
            broken_xref_table(encrypted(good, 3, aes=False)),
        ),
    ]
    for case, data in cases:
        (out / case.name).write_bytes(data)
    # A file name that is not valid UTF-8 (Linux allows any bytes).
    latin1 = Case("latin1-\udce9.pdf", "a file name that is not UTF-8 (Latin-1 byte)", "read")
    try:
        (out / latin1.name).write_bytes(good)
        cases.append((latin1, good))
    except (OSError, UnicodeEncodeError):
        pass
    return [c for c, _ in cases]


if __name__ == "__main__":
    for case in build(Path(sys.argv[1])):
        print(f"{case.expect:<11} {case.name[:60]:<62} {case.what}")
