"""``docchk serve``: the pre-submission hook for sponsor portals, over HTTP.

A portal posts the files of an application (multipart) with the applicant's
details and gets the report of DESIGN.md back: at once for a small upload,
or ``202`` with a job id to poll for a larger one. FastAPI (on Starlette and
uvicorn) gives the routing, the multipart parsing and the OpenAPI document
(checked in as ``schemas/openapi.json``).

Why checks run in separate processes: a check reads untrusted files with
C libraries and forks its own page workers (docchk.workers); the event
loop must never wait for OCR, and forking from a threaded server is unsafe.
Each check runs in a process of a ``spawn`` pool, started clean, which
scans with the analysis cache off. A check process that dies fails that job
only; the pool is replaced.

What is kept: nothing but the report. Uploads are written under names the
service makes (``file-001.pdf``; the client's name is only shown in the
report), into a private folder that is deleted as soon as the report is
made, whatever happens. Reports live in an SQLite job store and expire.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import json
import logging
import multiprocessing
import os
import secrets
import shutil
import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from docchk import i18n
from docchk.discover import sniff

log = logging.getLogger(__name__)

#: Kinds of file accepted, told by content (docchk.discover.sniff), and the
#: suffix the stored copy gets.
ACCEPTED = {"pdf": ".pdf", "image": ""}
_IMAGE_SUFFIX = {b"\xff\xd8\xff": ".jpg", b"\x89PNG": ".png", b"II*\x00": ".tif", b"MM\x00*": ".tif"}


@dataclasses.dataclass(frozen=True)
class ServiceSettings:
    """Limits and places; every one is an option of ``docchk serve``."""

    max_upload_mb: float = 50.0
    max_files: int = 40
    max_pages: int = 400
    #: Uploads up to this size are answered in the request; larger ones get 202.
    sync_max_mb: float = 5.0
    #: Checks running at once (one process each).
    workers: int = 2
    #: Seconds a finished report is kept for GET /v1/checks/{id}.
    report_ttl: int = 3600
    #: Seconds one check may take before the request gives up waiting (the job goes on).
    sync_wait: float = 120.0
    #: API keys; empty: no key is asked (allowed only on a loopback address).
    api_keys: tuple[str, ...] = ()
    #: The SQLite job store (None: a private temporary file, removed at exit).
    store: str | None = None
    #: Where uploads are written while they are checked (None: the system's temp folder).
    spool: str | None = None
    #: One line per request on standard error (never a file name or a field's value).
    access_log: bool = False


def load_api_keys() -> tuple[str, ...]:
    """Keys from ``DOCCHK_API_KEYS`` (comma-separated) and the file named by
    ``DOCCHK_API_KEYS_FILE`` (one per line, ``#`` comments)."""
    keys = [k.strip() for k in os.environ.get("DOCCHK_API_KEYS", "").split(",")]
    path = os.environ.get("DOCCHK_API_KEYS_FILE")
    if path:
        for line in Path(path).read_text("utf-8").splitlines():
            keys.append(line.split("#", 1)[0].strip())
    return tuple(k for k in keys if k)


# --- the job store ---------------------------------------------------------------


class JobStore:
    """Jobs and their reports in SQLite; one connection per call (the
    server's threads and the event loop share it)."""

    def __init__(self, path: str):
        self.path = path
        with self._db() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, status TEXT, created REAL, "
                "finished REAL, report TEXT, html TEXT, error TEXT)"
            )

    def _db(self):
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def create(self) -> str:
        job = uuid.uuid4().hex
        with self._db() as db:
            db.execute("INSERT INTO jobs (id, status, created) VALUES (?, 'running', ?)", (job, time.time()))
        return job

    def finish(self, job: str, report: dict | None, html: str | None, error: str | None) -> None:
        with self._db() as db:
            db.execute(
                "UPDATE jobs SET status=?, finished=?, report=?, html=?, error=? WHERE id=?",
                (
                    "failed" if error else "done",
                    time.time(),
                    json.dumps(report) if report is not None else None,
                    html,
                    error,
                    job,
                ),
            )

    def get(self, job: str) -> dict | None:
        with self._db() as db:
            row = db.execute("SELECT status, report, html, error FROM jobs WHERE id=?", (job,)).fetchone()
        if row is None:
            return None
        return {"status": row[0], "report": json.loads(row[1]) if row[1] else None, "html": row[2], "error": row[3]}

    def expire(self, ttl: int) -> None:
        with self._db() as db:
            db.execute("DELETE FROM jobs WHERE finished IS NOT NULL AND finished < ?", (time.time() - ttl,))


# --- one check, in a pool process -------------------------------------------------


def run_check(folder: str, options: dict, names: dict[str, str], html: bool) -> dict:
    """Scan ``folder`` (the uploads) and return the report, with the
    client's file names shown instead of the stored ones."""
    import io

    from docchk import api
    from docchk.plugins import plugin_manager

    report = api.scan([folder], cache=False, **options)

    def shown(text):
        if not text:
            return text
        for stored, name in names.items():
            text = text.replace(stored, name)
        return text

    for doc in report.documents:
        doc.relpath = shown(doc.relpath)
    report.submission.roots = tuple(names.values())  # not the server's folder
    report.findings[:] = [
        dataclasses.replace(f, path=shown(f.path), message=shown(f.message), hint=shown(f.hint))
        for f in report.findings
    ]
    rendered = None
    if html:
        formats: dict[str, Callable[..., object]] = {}
        plugin_manager(report.config.disabled_plugins).hook.docchk_report_formats(
            register=lambda name, fn: formats.__setitem__(name, fn)
        )
        out = io.StringIO()
        with i18n.language(report.config.lang):
            formats["html"](report, out, {})  # thumbnails are drawn now: the files go next
        rendered = out.getvalue()
    with i18n.language(report.config.lang):
        return {"report": report.to_dict(), "html": rendered}


class _Jobs:
    """The job store, made when the service starts (see ``lifespan``)."""

    store: JobStore | None = None

    def __getattr__(self, name):
        return getattr(self.store, name)


class _Checks:
    """The pool of check processes, replaced when one of them dies."""

    def __init__(self, workers: int):
        self.workers = workers
        self._lock = threading.Lock()
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def pool(self):
        with self._lock:
            if self._pool is None:
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
                )
            return self._pool

    def broken(self, pool) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=False)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None


# --- the app ----------------------------------------------------------------------


def _json(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string"}},
    "additionalProperties": False,
}
JOB = {
    "type": "object",
    "required": ["id", "status", "href"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
        "status": {"enum": ["running", "done", "failed"]},
        "href": {"type": "string"},
        "report": {"type": "object", "description": "The report of schemas/report.schema.json"},
        "html_href": {"type": "string"},
        "error": {"type": "string"},
    },
}
#: How a client proves it may use the service (OpenAPI securitySchemes).
SECURITY_SCHEMES = {
    "ApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "One of the service's keys (DOCCHK_API_KEYS or DOCCHK_API_KEYS_FILE).",
    },
    "Bearer": {"type": "http", "scheme": "bearer", "description": "The same key as a Bearer token."},
}
#: Either scheme; the empty alternative is a service without keys (loopback only).
SECURITY: list[dict[str, list[str]]] = [{"ApiKey": []}, {"Bearer": []}, {}]
PERMIT = {
    "type": "object",
    "required": ["id", "names", "forms", "fees_eur"],
    "properties": {
        "id": {"type": "string"},
        "names": {"type": "object"},
        "filed_by": {"type": "string"},
        "forms": {"type": "array", "items": {"type": "string"}},
        "fees_eur": {"type": "array"},
    },
}
#: The form fields that are options of docchk.scan (the others: files, html).
OPTION_FIELDS = (
    "v_number",
    "klantnummer",
    "name",
    "birth_date",
    "submission_date",
    "permit",
    "nationality",
    "marital_status",
    "lang",
)
FORM = {
    "type": "object",
    "required": ["files"],
    "properties": {
        "files": {
            "type": "array",
            "items": {"type": "string", "format": "binary"},
            "description": "PDFs and images (JPEG, PNG, TIFF), told by content; and, optionally, the "
            "folder's docchk.toml (applicant, permit, per-file facts under the uploaded "
            "names), which the other fields override",
        },
        **{
            name: {"type": "string", "description": what}
            for name, what in (
                ("v_number", "The applicant's V-number (10 digits)"),
                ("klantnummer", "IND client number"),
                ("name", "Applicant's name (with birth_date)"),
                ("birth_date", "YYYY-MM-DD"),
                ("submission_date", "YYYY-MM-DD (default: today)"),
                ("permit", "A permit id of GET /v1/permits"),
                ("nationality", "ISO 3166 alpha-3"),
                ("marital_status", "unmarried, married, ..."),
                ("lang", "en or nl: the language of messages"),
                ("html", "true: keep an HTML report too"),
            )
        },
    },
}


class Problem(Exception):
    """A request docchk refuses: status and a message naming the problem."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _count_pages(path: Path, kind: str) -> int:
    from docchk.model import SourceFile
    from docchk.readers import ReadError, open_document

    try:
        with open_document(SourceFile(path, path.name, kind)) as doc:
            return doc.page_count
    except ReadError:
        return 0  # reported in the check as document.unreadable


access = logging.getLogger("docchk.service.access")


def _log_requests(app) -> None:
    """An access log with nothing personal in it: method, path (a job id is
    a random number), status, seconds and bytes received. No query string,
    no client address, no file name, no form field."""
    if not access.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
        access.addHandler(handler)
        access.setLevel(logging.INFO)
        access.propagate = False

    @app.middleware("http")
    async def _access(request: Request, call_next):
        started = time.monotonic()
        status = 500
        try:
            answer = await call_next(request)
            status = answer.status_code
            return answer
        finally:
            size = request.headers.get("content-length", "0")
            access.info(
                "%s %s %d %.2fs %sB",
                request.method,
                request.url.path,
                status,
                time.monotonic() - started,
                size if size.isdigit() else "?",
            )


def create_app(settings: ServiceSettings | None = None):
    from docchk import permits
    from docchk.plugins import installed_version, plugin_manager

    settings = settings or ServiceSettings()
    checks = _Checks(settings.workers)
    running: set[asyncio.Task] = set()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        """The job store exists while the service runs; a private one is
        removed at shutdown."""
        path = settings.store
        if path is None:
            fd, path = tempfile.mkstemp(prefix="docchk-jobs-", suffix=".sqlite3")
            os.close(fd)
        jobs.store = JobStore(path)
        try:
            yield
        finally:
            checks.close()
            if settings.store is None:
                for suffix in ("", "-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        os.unlink(path + suffix)

    jobs = _Jobs()

    # No /docs or /redoc: FastAPI's pages load their scripts from a CDN, and
    # the service makes no request beyond this machine. /openapi.json is
    # there for any OpenAPI viewer.
    app = FastAPI(
        title="docchk",
        version=installed_version(),
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        description="Checks the documents of a Dutch residence-permit application before they go to "
        "the IND. POST the files to /v1/checks; the report is the JSON of docchk's DESIGN.md. "
        "When the service has API keys (DOCCHK_API_KEYS), every /v1/ request sends one, as "
        "the header X-API-Key or as a Bearer token; without keys (loopback only) none is asked.",
    )

    def openapi() -> dict:
        """FastAPI's document plus the API key scheme, on every /v1/ operation."""
        if app.openapi_schema is None:
            document = FastAPI.openapi(app)
            document.setdefault("components", {})["securitySchemes"] = SECURITY_SCHEMES
            for path, operations in document["paths"].items():
                if path.startswith("/v1/"):
                    for operation in operations.values():
                        operation["security"] = SECURITY
            app.openapi_schema = document
        return app.openapi_schema

    # FastAPI's documented way to extend its OpenAPI document; mypy refuses
    # any assignment to a method.
    app.openapi = openapi  # type: ignore[method-assign]

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse({"error": f"{where}: {first.get('msg', 'invalid request')}"}, status_code=422)

    @app.middleware("http")
    async def _guard(request: Request, call_next):
        """API key and upload size, before the body is read."""
        if settings.api_keys and request.url.path.startswith("/v1/"):
            given = (
                request.headers.get("x-api-key")
                or request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            )
            if not any(secrets.compare_digest(given, k) for k in settings.api_keys):
                return JSONResponse({"error": "a valid API key is required (header X-API-Key)"}, status_code=401)
        length = request.headers.get("content-length")
        limit = settings.max_upload_mb * 1024 * 1024
        if length and length.isdigit() and int(length) > limit:
            # Read and drop what the client is sending (up to a bound), so it
            # gets this answer instead of a connection closed mid-upload.
            if int(length) <= 4 * limit:
                async for _ in request.stream():
                    pass
            return JSONResponse({"error": f"the upload is larger than {settings.max_upload_mb:g} MB"}, status_code=413)
        try:
            return await call_next(request)
        except Problem as exc:
            return JSONResponse({"error": exc.message}, status_code=exc.status)

    if settings.access_log:  # added last: the outermost middleware, so refusals are logged too
        _log_requests(app)

    @app.get(
        "/healthz",
        summary="Liveness: the service answers",
        responses={
            200: _json(
                "Alive",
                {
                    "type": "object",
                    "required": ["status", "version"],
                    "properties": {"status": {"const": "ok"}, "version": {"type": "string"}},
                },
            )
        },
    )
    async def healthz() -> dict:
        return {"status": "ok", "version": installed_version()}

    @app.get(
        "/v1/permits",
        summary="The permit types this service checks against",
        responses={
            200: _json("Every permit type installed", {"type": "array", "items": PERMIT}),
            401: _json("No valid API key", ERROR),
        },
    )
    async def list_permits() -> list[dict]:
        found = permits.profiles(plugin_manager())
        return [permits.permit_summary(p) for _, p in sorted(found.items())]

    async def _save_uploads(form, folder: Path) -> tuple[dict[str, str], int, str | None]:
        uploads = form.getlist("files")
        if not uploads:
            raise Problem(422, "files: no file was uploaded (use the multipart field 'files')")
        if len(uploads) > settings.max_files:
            raise Problem(413, f"files: {len(uploads)} files; at most {settings.max_files} per request")
        names, total, pages, toml = {}, 0, 0, None
        for index, upload in enumerate(uploads, 1):
            if not hasattr(upload, "read"):
                raise Problem(422, "files: each 'files' part must be a file")
            data = await upload.read()
            total += len(data)
            if total > settings.max_upload_mb * 1024 * 1024:
                raise Problem(413, f"the upload is larger than {settings.max_upload_mb:g} MB")
            client = Path((upload.filename or f"file-{index}").replace("\\", "/")).name or f"file-{index}"
            if client.lower() == "docchk.toml":  # the folder's settings, as the CLI reads them
                try:
                    toml = data.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise Problem(422, "files: docchk.toml is not UTF-8 text") from exc
                continue
            stored = folder / f"file-{index:03d}"
            stored.write_bytes(data)
            kind = sniff(stored)
            if kind.kind not in ACCEPTED:
                raise Problem(415, f"files: {client} is not a PDF or an image ({kind.detail})")
            suffix = ACCEPTED[kind.kind] or next((s for m, s in _IMAGE_SUFFIX.items() if data.startswith(m)), "")
            final = stored.with_name(stored.name + suffix)
            stored.rename(final)
            # Off the event loop: a hostile file may be slow to open.
            pages += await asyncio.to_thread(_count_pages, final, kind.kind)
            if pages > settings.max_pages:
                raise Problem(413, f"files: more than {settings.max_pages} pages in this request")
            names[final.name] = client
        return names, total, toml

    def _settings(toml: str, names: dict[str, str], fields: dict) -> dict:
        """An uploaded docchk.toml, validated, with its [files."NAME"] tables
        under the names the service stored the files as."""
        from docchk import api
        from docchk import settings as toml_settings

        try:
            parsed = toml_settings.parse(toml, "docchk.toml")
        except toml_settings.SettingsError as exc:
            raise Problem(422, str(exc)) from exc
        stored = {client: name for name, client in names.items()}
        files = {}
        for client, facts in parsed.get("files", {}).items():
            if client not in stored:
                raise Problem(422, f'docchk.toml: [files."{client}"] names a file that was not uploaded')
            files[stored[client]] = facts
        parsed = {**parsed, "files": files}
        permit = parsed.get("submission", {}).get("permit")
        known = permits.profiles(plugin_manager())
        if permit and not fields.get("permit") and permit not in known:
            from docchk.suggest import did_you_mean

            raise Problem(
                422, f"docchk.toml: unknown permit {permit!r}.{did_you_mean(permit, known)} GET /v1/permits lists them"
            )
        try:
            api.build_config([], toml=parsed, **fields)
        except api.OptionError as exc:
            raise Problem(422, str(exc)) from exc
        return parsed

    def _options(form) -> tuple[dict, bool]:
        from docchk import api
        from docchk.suggest import did_you_mean

        for key in form:
            if key not in FORM["properties"]:
                raise Problem(
                    422,
                    f"{key}: not a field of this form.{did_you_mean(key, FORM['properties'])} "
                    f"The fields are {', '.join(FORM['properties'])}",
                )
        fields: dict[str, Any] = {k: form.get(k) or None for k in OPTION_FIELDS}
        fields = {k: v for k, v in fields.items() if v is not None}
        known = permits.profiles(plugin_manager())
        if fields.get("permit") and fields["permit"] not in known:
            raise Problem(
                422,
                f"permit: unknown permit {fields['permit']!r}.{did_you_mean(fields['permit'], known)} "
                "GET /v1/permits lists them",
            )
        fields.setdefault("lang", "en")
        try:
            api.build_config([], **fields)  # validates every field the way the CLI does
        except api.OptionError as exc:
            raise Problem(422, str(exc)) from exc
        return {**fields, "jobs": 1}, str(form.get("html") or "").lower() in ("1", "true", "yes")

    async def _check(job: str, folder: Path, options: dict, names: dict, html: bool) -> None:
        pool = checks.pool()
        try:
            result = await asyncio.get_running_loop().run_in_executor(
                pool, run_check, str(folder), options, names, html
            )
            jobs.finish(job, result["report"], result["html"], None)
        except concurrent.futures.process.BrokenProcessPool:
            checks.broken(pool)
            jobs.finish(job, None, None, "the check process ended unexpectedly; the files were not checked")
        except Exception as exc:  # noqa: BLE001 -- the job fails, the service goes on
            log.warning("check %s failed (%s)", job, type(exc).__name__)
            jobs.finish(job, None, None, f"the check failed ({type(exc).__name__})")
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # uploads go as soon as the report is made

    @app.post(
        "/v1/checks",
        status_code=200,
        summary="Check the files of one application",
        responses={
            200: _json("The check is done: its report", JOB),
            202: _json("Accepted: a larger upload, checked in the background; poll the href", JOB),
            400: _json("The multipart body cannot be read", ERROR),
            401: _json("No valid API key", ERROR),
            413: _json("Too large: bytes, files or pages", ERROR),
            415: _json("Not multipart, or a file that is not a PDF or image", ERROR),
            422: _json("A missing or invalid field", ERROR),
        },
        openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": FORM}}}},
    )
    async def create_check(request: Request):
        """Multipart form: one or more ``files`` parts, and optionally the fields
        ``v_number``, ``klantnummer``, ``name``, ``birth_date``, ``submission_date``,
        ``permit``, ``nationality``, ``marital_status``, ``lang`` (en, nl) and ``html``
        (true: keep an HTML report too, at ``/v1/checks/{id}/report.html``)."""
        jobs.expire(settings.report_ttl)
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise Problem(415, "send the files as multipart/form-data")
        try:
            form = await request.form(max_files=settings.max_files + 1, max_fields=50)
        except Exception as exc:  # noqa: BLE001 -- a malformed body is the client's problem
            raise Problem(400, f"the multipart body cannot be read ({type(exc).__name__})") from exc
        folder = None
        try:
            options, html = _options(form)
            folder = Path(tempfile.mkdtemp(prefix="docchk-upload-", dir=settings.spool))
            names, size, toml = await _save_uploads(form, folder)
            if not names:
                raise Problem(422, "files: no PDF or image was uploaded (only docchk.toml)")
            if toml is not None:
                options["toml"] = _settings(toml, names, {k: v for k, v in options.items() if k != "jobs"})
        except BaseException:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            await form.close()  # the parser's spooled temporary files go too
        job = jobs.create()
        task = asyncio.create_task(_check(job, folder, options, names, html))
        running.add(task)
        task.add_done_callback(running.discard)
        href = f"/v1/checks/{job}"
        if size <= settings.sync_max_mb * 1024 * 1024:
            try:
                await asyncio.wait_for(asyncio.shield(task), settings.sync_wait)
            except TimeoutError:
                pass
            else:
                return JSONResponse(_job_body(job, jobs.get(job)))
        return JSONResponse({"id": job, "status": "running", "href": href}, status_code=202, headers={"Location": href})

    def _job_body(job: str, found: dict) -> dict:
        body = {"id": job, "status": found["status"], "href": f"/v1/checks/{job}"}
        if found["report"] is not None:
            body["report"] = found["report"]
        if found["html"]:
            body["html_href"] = f"/v1/checks/{job}/report.html"
        if found["error"]:
            body["error"] = found["error"]
        return body

    @app.get(
        "/v1/checks/{job}",
        summary="A check's status, and its report when done",
        responses={
            200: _json("The check (running, done or failed)", JOB),
            401: _json("No valid API key", ERROR),
            404: _json("No such check, or expired", ERROR),
        },
    )
    async def get_check(job: str):
        jobs.expire(settings.report_ttl)
        found = jobs.get(job) if len(job) == 32 and job.isalnum() else None
        if found is None:
            raise Problem(404, f"no check {job!r} (reports expire after {settings.report_ttl} s)")
        return JSONResponse(_job_body(job, found))

    @app.get(
        "/v1/checks/{job}/report.html",
        summary="A check's HTML report (when asked for with html=true)",
        response_class=HTMLResponse,
        responses={401: _json("No valid API key", ERROR), 404: _json("No HTML report", ERROR)},
    )
    async def get_check_html(job: str):
        found = jobs.get(job) if len(job) == 32 and job.isalnum() else None
        if found is None or not found["html"]:
            raise Problem(404, f"no HTML report for check {job!r}")
        return HTMLResponse(found["html"])

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def upload_page():
        return HTMLResponse(upload_page_html(needs_key=bool(settings.api_keys)))

    app.state.settings = settings
    app.state.jobs = jobs
    return app


def upload_page_html(needs_key: bool) -> str:
    """The upload page: files, the applicant's details, the permit (a list
    from GET /v1/permits) and, when the service has API keys, a key field;
    the key is kept in the page only (never stored) and sent with every
    request, the upload, the polling and the HTML report alike."""
    key = (
        (
            '<div><label for="api_key">API key (given by whoever runs this service)</label>'
            '<input id="api_key" type="password" autocomplete="off" required></div>'
        )
        if needs_key
        else ""
    )
    return UPLOAD_PAGE.replace("<!--API-KEY-->", key)


UPLOAD_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'unsafe-inline';
 script-src 'unsafe-inline'; img-src data:; frame-src 'self'; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>docchk: check an application</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 900px; padding: 16px; }
#drop { border: 2px dashed #888; border-radius: 10px; padding: 28px; text-align: center; }
#drop.over { background: #eef5ff; border-color: #0b57d0; }
.fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 4px 16px; }
label { display: block; margin: 8px 0 2px; } input, select { width: 100%; padding: 6px; box-sizing: border-box; }
input[type=file] { width: auto; } .note { color: #555; font-size: .9em; }
button { margin-top: 12px; padding: 8px 18px; font-size: 1em; }
#status { margin: 12px 0; } iframe { width: 100%; height: 80vh; border: 1px solid #ccc; }
</style></head><body>
<h1>Check an application before it goes to the IND</h1>
<form id="form">
  <div id="drop">Drop PDFs and scans here (and the folder's docchk.toml, if it has one), or
       <input id="files" name="files" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,.toml"></div>
  <div id="chosen"></div>
  <div class="fields">
  <!--API-KEY-->
  <div><label for="v_number">V-number</label><input id="v_number" type="text" inputmode="numeric"
       pattern="[0-9 .-]*"></div>
  <div><label for="klantnummer">Klantnummer (client number, if no V-number)</label>
       <input id="klantnummer" type="text" inputmode="numeric"></div>
  <div><label for="name">Name (if neither number is known)</label><input id="name" type="text"></div>
  <div><label for="birth_date">Date of birth</label><input id="birth_date" type="date"></div>
  <div><label for="permit">Permit type</label><select id="permit"><option value="">(none: page checks
       only)</option></select></div>
  <div><label for="nationality">Nationality (3 letters, e.g. TUR)</label><input id="nationality" type="text"
       maxlength="3" autocapitalize="characters"></div>
  <div><label for="marital_status">Marital status</label><select id="marital_status"><option value="">(not
       given)</option><option>unmarried</option><option>married</option><option>registered-partner</option>
       <option>partner</option><option>divorced</option><option>widowed</option></select></div>
  <div><label for="submission_date">Submission date (default: today)</label>
       <input id="submission_date" type="date"></div>
  <div><label for="lang">Language of the report</label><select id="lang"><option value="en">English</option>
       <option value="nl">Nederlands</option></select></div>
  </div>
  <p class="note">The files are checked on this server and deleted as soon as the report is made.</p>
  <button id="check" type="submit">Check</button>
</form>
<div id="status" role="status"></div>
<iframe id="report" title="report" hidden></iframe>
<script>
const $ = id => document.getElementById(id);
const drop = $('drop'), input = $('files'), status = $('status');
const FIELDS = ['v_number', 'klantnummer', 'name', 'birth_date', 'permit', 'nationality', 'marital_status',
                'submission_date', 'lang'];
let dropped = null;
function headers() { const k = $('api_key'); return k && k.value.trim() ? { 'X-API-Key': k.value.trim() } : {}; }
async function loadPermits() {
  const answer = await fetch('/v1/permits', { headers: headers() });
  if (answer.status === 401) { status.textContent = 'Enter the API key to choose a permit type.'; return; }
  if (!answer.ok) return;
  const select = $('permit'), chosen = select.value;
  select.length = 1;
  for (const p of await answer.json()) {
    const option = new Option((p.names.en || p.id) + ' (' + p.id + ')', p.id);
    select.add(option);
  }
  select.value = chosen;
  if (status.textContent.startsWith('Enter the API key')) status.textContent = '';
}
if ($('api_key')) $('api_key').addEventListener('change', loadPermits);
loadPermits();
drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over');
  dropped = e.dataTransfer.files; $('chosen').textContent = dropped.length + ' file(s)'; });
$('form').addEventListener('submit', async e => {
  e.preventDefault();
  const frame = $('report');
  const data = new FormData();
  for (const f of (dropped || input.files)) data.append('files', f, f.name);
  for (const k of FIELDS) { const v = $(k).value.trim(); if (v) data.append(k, k === 'nationality' ? v.toUpperCase() : v); }
  data.append('html', 'true');
  status.textContent = 'Checking...';
  frame.hidden = true;
  let answer = await fetch('/v1/checks', { method: 'POST', body: data, headers: headers() });
  let body = await answer.json();
  while (answer.status === 202 || body.status === 'running') {
    await new Promise(r => setTimeout(r, 1000));
    answer = await fetch(body.href, { headers: headers() }); body = await answer.json();
  }
  if (answer.status === 401) { status.textContent = 'The API key was not accepted.'; return; }
  if (!answer.ok || body.status !== 'done') { status.textContent = 'Error: ' + (body.error || answer.status); return; }
  status.textContent = !body.report.ready ? 'Not ready: see the report.'
    : body.report.confirmed ? 'Ready to submit.' : 'No errors, but not every check could be made: see the report.';
  frame.srcdoc = await (await fetch(body.html_href, { headers: headers() })).text();
  frame.hidden = false;
});
</script></body></html>
"""


def settings_from_env() -> ServiceSettings:
    """The settings ``docchk serve`` hands to each server process
    (``DOCCHK_SERVICE_<FIELD>``; API keys as in :func:`load_api_keys`)."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(ServiceSettings):
        raw = os.environ.get(f"DOCCHK_SERVICE_{f.name.upper()}")
        if raw is None or f.name == "api_keys":
            continue
        if f.name in ("store", "spool"):
            values[f.name] = raw
        elif f.name == "access_log":
            values[f.name] = raw.lower() in ("1", "true", "yes")
        else:
            values[f.name] = type(getattr(ServiceSettings(), f.name))(raw)
    return ServiceSettings(**values, api_keys=load_api_keys())


def app_from_env():
    """The app factory uvicorn calls in each server process."""
    return create_app(settings_from_env())
