"""Nothing leaves the machine or stays behind: no files outside the report."""

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
    gen.save_image(gen.handwrite(base, V_NUMBER, dpi, xy_mm=(120, 8), size_mm=7),
                   folder / "page.png", dpi=dpi)
    before = sorted(p.name for p in folder.iterdir())
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "XDG_CACHE_HOME": str(home / ".cache")}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    env.pop("DOCCHK_CACHE_DIR", None)

    def scan(*extra):
        result = subprocess.run(
            [sys.executable, "-m", "docchk", "scan", str(folder), "--v-number", V_NUMBER,
             "--format", "json", "-j", "1", *extra],
            env=env, capture_output=True, text=True, timeout=300)
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
    report = docchk.scan([SAMPLES / "problems"], jobs=1, cache=False, permit="kennismigrant",
                         submission_date="2026-11-23")
    assert report.documents and report.findings
    assert attempts == []
