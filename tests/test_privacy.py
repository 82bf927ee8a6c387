"""Nothing leaves the machine or stays behind: no files outside the report."""

import datetime as dt
import os
import subprocess
import sys

from conftest import V_NUMBER, gen


def test_scan_writes_nothing_to_home_temp_or_the_folder(tmp_path):
    folder = tmp_path / "submission"
    folder.mkdir()
    dpi = 200
    base = gen.render_pages([gen.PageSpec(lines=["Geboorteakte", "Amira Haddad"])], dpi)[0]
    # No V-number in the page text: the margins are read with the OCR engines.
    gen.save_image(gen.handwrite(base, V_NUMBER, dpi, xy_mm=(120, 8), size_mm=7), folder / "page.png", dpi=dpi)
    before = sorted(p.name for p in folder.iterdir())
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "XDG_CACHE_HOME": str(home / ".cache")}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    env.pop("DOCCHK_CACHE_DIR", None)

    def scan(*extra):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "docchk",
                "scan",
                str(folder),
                "--v-number",
                V_NUMBER,
                "--format",
                "json",
                "-j",
                "1",
                *extra,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr

    scan("--no-cache")
    assert sorted(p.name for p in folder.iterdir()) == before
    assert list(tmp.iterdir()) == []
    assert [str(p.relative_to(home)) for p in home.rglob("*")] == []
    # With the cache: only the owner-only cache, in the user's cache directory.
    scan()
    assert sorted(p.name for p in folder.iterdir()) == before
    assert list(tmp.iterdir()) == []
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    # The analysis cache and the unpacked language model (no personal data;
    # kept only if its loading, started beside the page reading, finished).
    assert left[:3] == [".cache", ".cache/docchk", ".cache/docchk/analysis.sqlite3"]
    assert all(p.startswith(".cache/docchk/langid-") and p.endswith(".npz") for p in left[3:])
    assert len(left) <= 4
    assert (home / ".cache" / "docchk").stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in (home / ".cache" / "docchk").iterdir())


def test_a_scan_makes_no_network_connection(tmp_path, monkeypatch):
    """No network at run time: every way to open a connection is blocked
    and recorded while a folder of scans and PDFs is checked against a
    permit (OCR, language model, dates, signatures, permit profiles)."""
    import socket

    import docchk
    from conftest import SAMPLES

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:2])
        raise OSError("network access blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    report = docchk.scan(
        [SAMPLES / "problems"], jobs=1, cache=False, permit="kennismigrant", submission_date="2026-11-23"
    )
    assert report.documents and report.findings
    assert attempts == []


def test_the_log_filter_passes_docchk_records_masked_and_holds_back_others():
    import logging

    from docchk.model import Applicant
    from docchk.redact import MaskingFilter

    masking = MaskingFilter(Applicant(name="Amira Haddad"))

    def record(name, msg, *args):
        return logging.LogRecord(name, logging.WARNING, __file__, 1, msg, args, None)

    own = record("docchk.cache", "cache of %s unavailable", "Amira 2719283746")
    assert masking.filter(own) and own.getMessage() == "cache of [name] [number] unavailable"
    assert not masking.filter(record("somebody.plugin", "text: %s", "Werkgeversverklaring"))
    assert masking.hidden == 1


def test_masking_hides_numbers_names_and_birth_dates():
    from docchk.model import Applicant
    from docchk.redact import mask

    amira = Applicant(name="Amira Haddad", birth_date=dt.date(1994, 3, 17))
    text = "V-nummer 2719 283 746, klant 2719.283.746, AMIRA haddad born 17-03-1994 (1994-03-17), page 3 of 12"
    masked = mask(text, amira)
    assert masked == ("V-nummer [number], klant [number], [name] [name] born [birth date] ([birth date]), page 3 of 12")
    assert mask("Haddadi is someone else", amira) == "Haddadi is someone else"  # whole words only


LEAKY_PLUGIN = """
import logging, sys
from docchk.plugins import plugin_manager

class Leaky:
    def docchk_check_document(self, document, config):
        text = " ".join(p.text for p in document.pages)
        logging.getLogger("leaky").warning("read: %s", text)
        raise RuntimeError("could not parse: " + text)

plugin_manager(()).register(Leaky(), name="leaky")
from docchk.cli import main
sys.argv[0] = "docchk"
main()
"""


def test_logs_and_messages_hold_no_document_text_or_identifiers_unless_verbose(tmp_path):
    """A plugin that logs a document's text and raises with it in the
    message: without --verbose neither reaches standard error or the report."""
    folder = tmp_path / "s"
    folder.mkdir()
    gen.text_pdf(
        folder / "letter.pdf",
        [gen.PageSpec(["Dear Amira Haddad", "Werkgeversverklaring salaris"], header=f"V-nummer: {V_NUMBER}")],
    )
    options = [
        "scan",
        str(folder),
        "--v-number",
        V_NUMBER,
        "--name",
        "Amira Haddad",
        "--birth-date",
        "1994-03-17",
        "--no-cache",
        "-j",
        "1",
    ]

    def run(*extra):
        return subprocess.run(
            [sys.executable, "-c", LEAKY_PLUGIN, *options, *extra], capture_output=True, text=True, timeout=300
        )

    quiet = run()
    assert quiet.returncode == 1  # the plugin's failure is an error finding
    for secret in (V_NUMBER, "Amira", "Haddad", "Werkgeversverklaring", "could not parse"):
        assert secret not in quiet.stderr and secret not in quiet.stdout, secret
    assert "1 log message(s) of plugins or libraries held back" in quiet.stderr  # and said so
    assert "Traceback" not in quiet.stderr
    assert "submission.plugin-error" in quiet.stdout and "RuntimeError" in quiet.stdout

    loud = run("--verbose")
    assert "Werkgeversverklaring" in loud.stderr and V_NUMBER in loud.stderr  # asked for
    assert "Traceback" in loud.stderr
    assert V_NUMBER not in loud.stdout  # the report itself never quotes the number


def test_a_mistyped_identifier_is_not_echoed_in_the_error(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "docchk",
            "scan",
            str(tmp_path),
            "--v-number",
            "271928374",
            "--birth-date",
            "17-03-1994",
            "--name",
            "Amira Haddad",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "271928374" not in result.stderr and "1994" not in result.stderr
