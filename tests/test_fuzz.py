"""Fuzzing the document readers (hypothesis): damaged variants of real PDFs
and images -- bytes flipped, cut, repeated, inserted -- are read the way a
scan reads them. The property: a reader either reads the page (text layer,
size, pixels) or raises ReadError with a reason and a hint; anything else
(a crash, another exception, a hang) is a bug.

CI runs a short, derandomised pass (the same inputs every run, so it is
not flaky). For a long hunt, on demand:

    DOCCHK_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/test_fuzz.py -p no:cacheprovider

which draws new random inputs every run. A failure is printed as the
smallest input hypothesis found; add a function that makes it to
``REGRESSIONS`` in this file.
"""

from __future__ import annotations

import functools
import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docchk
from conftest import gen
from docchk.discover import discover
from docchk.limits import deadline
from docchk.readers import ReadError, open_document

LONG_RUN = int(os.environ.get("DOCCHK_FUZZ_EXAMPLES", "0"))
RUN = settings(
    max_examples=LONG_RUN or 60,
    derandomize=not LONG_RUN,
    deadline=None,  # the time bound is deadline() below: PDFium on a damaged page varies a lot
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@functools.cache
def seeds() -> dict[str, bytes]:
    """Small, real documents of each kind docchk reads."""
    page = gen.render_pages([gen.PageSpec(["Bankafschrift", "rekening datum bedrag saldo"])], 40)[0]
    scan = io.BytesIO()
    page.save(scan, "PDF", resolution=40)  # one image drawn over the page, as scanners write it
    tiff = io.BytesIO()
    page.save(tiff, "TIFF", save_all=True, append_images=[page], compression="tiff_deflate")
    return {
        "text.pdf": gen.text_pdf_bytes([gen.PageSpec(["Bankafschrift", "rekening datum bedrag"], header="V 27")]),
        "scan.pdf": scan.getvalue(),
        "page.png": gen.image_bytes(page, "PNG", 40),
        "page.jpg": gen.image_bytes(page, "JPEG", 40, quality=60),
        "page.tif": tiff.getvalue(),
    }


@st.composite
def damaged(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(seeds())))
    data = bytearray(seeds()[name])
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["flip", "cut", "repeat", "insert", "zero"]))
        if how == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif how == "cut":
            del data[at : at + draw(st.integers(1, 4096))]
        elif how == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 512))] * draw(st.integers(2, 50))
        elif how == "insert":
            data[at:at] = draw(
                st.sampled_from(
                    [
                        b"obj",
                        b"R",
                        b"<<",
                        b">>",
                        b"stream",
                        b"/Kids [",
                        b"9999999",
                        b"-1",
                        b"\x00" * 8,
                        b"\xff" * 8,
                        b"endobj\n%%EOF",
                    ]
                )
            )
        else:
            data[at : at + 64] = bytes(len(data[at : at + 64]))
    return name, bytes(data)


def read_like_a_scan(path) -> int:
    """What the pipeline asks of a reader for one file: its page count,
    and per page (at most 3) the size, text layer and pixels."""
    [source] = discover([path])
    read = 0
    try:
        with open_document(source) as doc:
            for index in range(min(doc.page_count, 3)):
                page = doc.page(index)
                assert isinstance(page.text_layer, str)
                image = page.render(40)
                assert image.mode == "L" and image.width > 0 and image.height > 0
                read += 1
    except ReadError as exc:
        assert exc.reason and exc.hint
    return read


def _page_dictionary_zeroed() -> tuple[str, bytes]:
    """Found 2026-12-01: a page whose dictionary lost its /MediaBox made
    pypdf raise ValueError, which ended the whole scan."""
    data = bytearray(seeds()["text.pdf"])
    at = data.index(b"3 0 obj\n<<") + len(b"3 0 obj\n<<")
    data[at : at + 64] = bytes(64)
    return "text.pdf", bytes(data)


#: Inputs the fuzzer found that once failed, as functions that make them.
REGRESSIONS = [_page_dictionary_zeroed]


@pytest.mark.parametrize("make", REGRESSIONS, ids=lambda f: f.__name__.strip("_"))
def test_what_the_fuzzer_found_is_reported_not_a_crash(tmp_path, make):
    name, data = make()
    (tmp_path / name).write_bytes(data)
    read_like_a_scan(tmp_path / name)
    report = docchk.scan([tmp_path], jobs=1, cache=False, select=["document.unreadable"])
    assert [(f.rule, f.path) for f in report.findings] == [("document.unreadable", name)]


@pytest.mark.parametrize("name", sorted(seeds()))
def test_every_seed_is_read_whole(tmp_path, name):
    """The fuzzer starts from documents that read cleanly."""
    path = tmp_path / name
    path.write_bytes(seeds()[name])
    assert read_like_a_scan(path) >= 1


@RUN
@given(case=damaged())
def test_a_damaged_file_is_read_or_refused_with_a_reason(tmp_path_factory, case):
    name, data = case
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    with deadline(30):  # a hang fails the example (TimeLimitExceeded) instead of the suite
        read_like_a_scan(path)
