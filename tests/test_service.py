"""The HTTP service (`docchk serve`), run for real on localhost: the API,
its limits and errors, the OpenAPI document against the running app, a
load test, and the upload page in headless Chromium."""

from __future__ import annotations

import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SAMPLES, V_NUMBER, gen

OPENAPI = json.loads((ROOT / "schemas" / "openapi.json").read_text())
REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, tmp: Path, **env):
        self.port = _free_port()
        self.spool = tmp / f"spool-{self.port}"
        self.spool.mkdir()
        self.temp = tmp / f"temp-{self.port}"  # the server's TMPDIR: the multipart parser spools there
        self.temp.mkdir()
        self.url = f"http://127.0.0.1:{self.port}"
        environment = {**os.environ, "DOCCHK_SERVICE_SPOOL": str(self.spool), "TMPDIR": str(self.temp), **env}
        environment.pop("DOCCHK_API_KEYS", None) if "DOCCHK_API_KEYS" not in env else None
        self.log = tmp / f"server-{self.port}.log"  # a file, not a pipe nobody reads: it never fills up
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "docchk", "serve", "--port", str(self.port), "--workers", "2"],
                env=environment,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=2)
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the service did not start: {self.log.read_text()}")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)

    def request(self, path, method="GET", body=None, headers=None):
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=300) as answer:
                return answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def check(self, files, fields=None, headers=None):
        body, content_type = multipart(files, fields or {})
        status, head, data = self.request("/v1/checks", "POST", body, {"Content-Type": content_type, **(headers or {})})
        return status, head, json.loads(data)


def multipart(files: list[tuple[str, bytes]], fields: dict[str, str]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for filename, data in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{filename}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n".encode()
            + data
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def conforms(path: str, method: str, status: int, body) -> None:
    """``body`` is what the OpenAPI document promises for this answer."""
    operation = OPENAPI["paths"][path][method]
    assert str(status) in operation["responses"], f"{method} {path} {status} is not documented"
    content = operation["responses"][str(status)].get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is not None:
        jsonschema.validate(body, {**schema, "components": OPENAPI.get("components", {})})


def _spool_empty(server: Server) -> bool:
    """No upload is left: neither the checked copies nor the parser's spool
    files (the job store, the one file the service keeps, aside)."""
    left = [p.name for p in (*server.spool.iterdir(), *server.temp.iterdir()) if not p.name.startswith("docchk-jobs-")]
    return left == []


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("service"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def strict(tmp_path_factory):
    """Small limits, an API key, and every upload answered asynchronously."""
    s = Server(
        tmp_path_factory.mktemp("strict"),
        DOCCHK_API_KEYS="k-123",
        DOCCHK_SERVICE_SYNC_MAX_MB="0",
        DOCCHK_SERVICE_MAX_FILES="2",
        DOCCHK_SERVICE_MAX_UPLOAD_MB="1",
        DOCCHK_SERVICE_MAX_PAGES="3",
    )
    yield s
    s.stop()


def _pdf(lines=("Bankafschrift", "rekening datum bedrag saldo"), header=f"V-nummer: {V_NUMBER}") -> bytes:
    return gen.text_pdf_bytes([gen.PageSpec(list(lines), header=header)])


def test_health_permits_and_the_openapi_document_of_the_running_app(server):
    status, _, body = server.request("/healthz")
    conforms("/healthz", "get", status, json.loads(body))
    status, _, body = server.request("/v1/permits")
    permits = json.loads(body)
    conforms("/v1/permits", "get", status, permits)
    assert "kennismigrant" in {p["id"] for p in permits}
    _, _, live = server.request("/openapi.json")
    live = json.loads(live)
    live["info"]["version"] = OPENAPI["info"]["version"]
    assert live == OPENAPI, "regenerate schemas/openapi.json (CONTRIBUTING.md: The HTTP service)"
    # The API key is part of the contract: a scheme, on every /v1/ operation.
    assert set(OPENAPI["components"]["securitySchemes"]) == {"ApiKey", "Bearer"}
    for path, operations in OPENAPI["paths"].items():
        for operation in operations.values():
            assert ("security" in operation) == path.startswith("/v1/"), path
    # No documentation pages that load their scripts from a CDN (offline by design).
    assert server.request("/docs")[0] == 404 and server.request("/redoc")[0] == 404


def test_a_small_upload_is_answered_with_the_report(server):
    files = [("contract.pdf", _pdf()), ("payslip.png", (SAMPLES / "clean" / "payslip.png").read_bytes())]
    status, _, body = server.check(files, {"v_number": V_NUMBER, "lang": "nl"})
    conforms("/v1/checks", "post", status, body)
    assert status == 200 and body["status"] == "done"
    report = body["report"]
    jsonschema.validate(report, REPORT_SCHEMA)
    assert sorted(d["path"] for d in report["documents"]) == ["contract.pdf", "payslip.png"]  # the client's names
    assert _spool_empty(server)  # the uploads are gone once the report is made
    status, _, again = server.request(f"/v1/checks/{body['id']}")
    assert json.loads(again)["report"] == report


def test_bad_requests_get_a_4xx_naming_the_problem_and_leave_nothing(server):
    cases = [
        (server.check([("scans.zip", (SAMPLES / "problems" / "scans.zip").read_bytes())]), 415, "scans.zip"),
        (server.check([("a.pdf", _pdf())], {"permit": "no-such-permit"}), 422, "no-such-permit"),
        (server.check([("a.pdf", _pdf())], {"v_number": "123"}), 422, "10 digits"),
        (server.check([], {"v_number": V_NUMBER}), 422, "files"),
        (server.check([("a.pdf", _pdf())], {"birth_date": "17-03-1994", "name": "A B"}), 422, "YYYY-MM-DD"),
        # Typos are refused with the likely name, not ignored.
        (server.check([("a.pdf", _pdf())], {"vnumber": V_NUMBER}), 422, "Did you mean 'v_number'?"),
        (server.check([("a.pdf", _pdf())], {"permit": "Kennismigrant"}), 422, "Did you mean 'kennismigrant'?"),
    ]
    for (status, _, body), expected, words in cases:
        conforms("/v1/checks", "post", status, body)
        assert status == expected and words in body["error"], (status, body)
    big_zip = b"PK\x03\x04" + os.urandom(3_000_000)  # spooled to disk by the parser, then refused
    status, _, body = server.check([("big.zip", big_zip)])
    assert status == 415
    status, _, raw = server.request("/v1/checks", "POST", b"not a form", {"Content-Type": "application/json"})
    assert status == 415 and "multipart" in json.loads(raw)["error"]
    status, _, raw = server.request(
        "/v1/checks", "POST", b"--xx\r\ngarbage", {"Content-Type": "multipart/form-data; boundary=yy"}
    )
    conforms("/v1/checks", "post", status, json.loads(raw))
    assert status == 400
    status, _, raw = server.request("/v1/checks/" + "0" * 32)
    conforms("/v1/checks/{job}", "get", status, json.loads(raw))
    assert status == 404
    assert _spool_empty(server)


def test_the_folders_docchk_toml_travels_with_the_upload(server):
    """The hints tell people to state facts in docchk.toml: the service takes
    it with the files, per-file facts under the names uploaded."""
    toml = (
        f'[applicant]\nv_number = "{V_NUMBER}"\n[files."statement.pdf"]\ntype = "bank-statement"\nlanguage = "nl"\n'
    ).encode()
    files = [("statement.pdf", _pdf(("Overzicht", "Geachte heer, hierbij het overzicht."))), ("docchk.toml", toml)]
    status, _, body = server.check(files)
    conforms("/v1/checks", "post", status, body)
    assert status == 200, body
    (doc,) = body["report"]["documents"]
    assert doc["path"] == "statement.pdf" and doc["type"] == "bank-statement"
    assert not [f for f in body["report"]["findings"] if f["rule"] == "page.missing-identifier"]
    wrong = server.check([files[0], ("docchk.toml", b'[files."other.pdf"]\ntype = "diploma"\n')])
    assert wrong[0] == 422 and "other.pdf" in wrong[2]["error"] and "not uploaded" in wrong[2]["error"]
    typo = server.check([files[0], ("docchk.toml", b'[aplicant]\nv_number = "1"\n')])
    assert typo[0] == 422 and "did you mean 'applicant'?" in typo[2]["error"]
    assert server.check([("docchk.toml", toml)])[0] == 422  # settings alone are nothing to check
    assert _spool_empty(server)


def test_limits_api_keys_and_asynchronous_checks(strict):
    status, _, body = strict.check([("a.pdf", _pdf())])
    conforms("/v1/checks", "post", status, body)
    assert status == 401
    key = {"X-API-Key": "k-123"}
    too_many = strict.check([("a.pdf", _pdf())] * 3, headers=key)
    assert too_many[0] == 413 and "at most 2" in too_many[2]["error"]
    too_big = strict.check([("big.pdf", b"%PDF-1.4\n" + os.urandom(1_200_000))], headers=key)
    assert too_big[0] == 413 and "1 MB" in too_big[2]["error"]
    pages = gen.text_pdf_bytes([gen.PageSpec(["x"], header=f"V-nummer: {V_NUMBER}")] * 4)
    too_long = strict.check([("long.pdf", pages)], headers=key)
    assert too_long[0] == 413 and "3 pages" in too_long[2]["error"]
    status, head, body = strict.check([("a.pdf", _pdf())], {"v_number": V_NUMBER}, key)
    conforms("/v1/checks", "post", status, body)
    assert status == 202 and head["Location"] == body["href"]
    for _ in range(300):
        status, _, raw = strict.request(body["href"], headers=key)
        job = json.loads(raw)
        conforms("/v1/checks/{job}", "get", status, job)
        if job["status"] != "running":
            break
        time.sleep(0.2)
    assert job["status"] == "done" and job["report"]["ready"] is True
    assert strict.request(body["href"])[0] == 401  # polling needs the key too
    assert _spool_empty(strict)
    # It said where it listens, and logged every request without personal data.
    log = strict.log.read_text()
    assert f"listening on http://127.0.0.1:{strict.port}" in log and "1 API key(s)" in log
    assert f"GET /v1/checks/{body['id']} 401" in log and "POST /v1/checks 202" in log
    assert V_NUMBER not in log and "a.pdf" not in log and "k-123" not in log


def test_serving_beyond_localhost_needs_api_keys():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCCHK_API_KEYS")}
    result = subprocess.run(
        [sys.executable, "-m", "docchk", "serve", "--host", "0.0.0.0", "--port", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2 and "DOCCHK_API_KEYS" in result.stderr


def test_fifty_requests_eight_at_a_time(server):
    """A bounded load test on localhost: every answer is a complete, valid report."""
    files = [("statement.pdf", _pdf())]

    def one(_):
        return server.check(files, {"v_number": V_NUMBER})

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(one, range(50)))
    elapsed = time.monotonic() - started
    assert [a[0] for a in answers] == [200] * 50
    for _, _, body in answers:
        jsonschema.validate(body["report"], REPORT_SCHEMA)
        assert body["report"]["ready"] is True
    assert len({body["id"] for _, _, body in answers}) == 50
    assert _spool_empty(server)
    print(f"50 requests, 8 at a time: {elapsed:.1f} s")


playwright = pytest.importorskip("playwright.sync_api")


def test_the_upload_page_sends_the_api_key_and_the_applicant(strict, tmp_path):
    """With API keys set, the page asks for one and sends it with the
    upload, the polling and the HTML report; the permit is a list (loaded
    with the key) and the applicant's details reach the check."""
    from test_reports import BROWSER_ARGS, CHROMIUM

    upload = tmp_path / "contract.pdf"
    upload.write_bytes(_pdf(("# Arbeidsovereenkomst", "Bruto maandsalaris: € 6.500,00")))
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page()
        outside = []
        page.on("request", lambda r: None if r.url.startswith(strict.url) else outside.append(r.url))
        page.goto(strict.url + "/")
        assert page.locator("#permit option").count() == 1  # no key yet: the list could not load
        page.fill("#api_key", "k-123")
        page.dispatch_event("#api_key", "change")
        page.locator("#permit option").nth(20).wait_for(state="attached")
        page.select_option("#permit", "kennismigrant")
        page.set_input_files("#files", [str(upload)])
        page.fill("#v_number", V_NUMBER)
        page.fill("#birth_date", "1990-04-02")
        page.fill("#nationality", "usa")
        page.fill("#submission_date", "2026-11-23")
        page.click("#check")
        page.wait_for_selector("#report:not([hidden])", timeout=120_000)
        frame = page.frame_locator("#report")
        checklist = frame.locator("section.checklist").inner_text()
        assert "kennismigrant" in checklist and "passport" in checklist.lower()
        assert "Not ready" in page.inner_text("#status")
        page.screenshot(path=str(ROOT / "test-artifacts" / "upload-page-key.png"), full_page=True)
        browser.close()
    assert outside == []
    assert _spool_empty(strict)


def test_the_upload_page_checks_files_and_shows_the_report(server, tmp_path):
    from test_reports import BROWSER_ARGS, CHROMIUM

    upload = tmp_path / "letter.pdf"
    upload.write_bytes((SAMPLES / "problems" / "letter-size.pdf").read_bytes())
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page()
        page.goto(server.url + "/")
        page.set_input_files("#files", [str(upload)])
        page.fill("#v_number", V_NUMBER)
        page.click("#check")
        page.wait_for_selector("#report:not([hidden])", timeout=120_000)
        assert "Not ready" in page.inner_text("#status")
        frame = page.frame_locator("#report")
        assert frame.locator("h1").inner_text() == "Not ready to submit"
        assert "not A4" in frame.locator('figure[id="letter.pdf-p1"]').inner_text()
        page.screenshot(path=str(ROOT / "test-artifacts" / "upload-page.png"), full_page=True)
        browser.close()
    assert _spool_empty(server)
