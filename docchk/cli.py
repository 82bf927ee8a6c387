"""The ``docchk`` command line (contract: shared/DESIGN.md).

Exit codes scripts can rely on:

    0  no error findings (warnings allowed): ready to submit
    1  at least one error finding
    2  usage error: bad option, path not found, invalid docchk.toml,
       or a missing system dependency (Tesseract)
    5  no document found in the paths given: nothing was checked
  130  interrupted (Ctrl-C); no report written

A broken input file is a finding (exit 1), never exit 2.
"""

from __future__ import annotations

import datetime
import enum
import json
import logging
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from docchk import api, i18n
from docchk.builtin_plugins.tesseract_ocr import OcrUnavailable
from docchk.limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT
from docchk.plugins import BuiltinPluginsMissing, plugin_infos, plugin_manager, rules
from docchk.redact import MaskingFilter


def _configure_logging(verbose: bool, applicant) -> MaskingFilter | None:
    """Where log records go, and what they may say.

    By default: docchk's own warnings and errors only, on standard error,
    masked (docchk.redact: no numbers, no applicant name or birth date, no
    tracebacks); what plugins and libraries log, and Python warnings, are
    held back (the returned filter counts them). ``--verbose``: everything,
    with tracebacks, unmasked -- for debugging, never for a log that others
    read. Forked workers inherit this set-up."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("docchk: %(levelname)s: %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    if verbose:
        root.setLevel(logging.DEBUG)
        for noisy in ("PIL", "matplotlib", "asyncio"):
            logging.getLogger(noisy).setLevel(logging.INFO)
        logging.captureWarnings(True)
        return None
    root.setLevel(logging.WARNING)
    masking = MaskingFilter(applicant)
    handler.addFilter(masking)
    warnings.simplefilter("ignore")
    return masking


class Exit(enum.IntEnum):
    READY = 0
    FINDINGS = 1
    USAGE = 2
    NO_DOCUMENTS = 5  # nothing found to check (as pytest's "no tests collected")
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


def _status(report) -> Exit:
    """The exit status of a finished scan (or of fix's rescan)."""
    if not report.documents:
        return Exit.NO_DOCUMENTS
    return Exit.READY if report.ready else Exit.FINDINGS


def _formats(pm) -> dict:
    found: dict[str, Callable[..., object]] = {}
    pm.hook.docchk_report_formats(register=lambda name, render: found.__setitem__(name, render))
    return found


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _disabled(plugin_opts: tuple[str, ...]) -> list[str]:
    out = []
    for opt in plugin_opts:
        if not opt.startswith("no:"):
            raise click.BadParameter(f"use -p no:NAME to disable a plugin, not {opt!r}", param_hint="-p")
        out.append(opt[3:])
    return out


def _facts(values: tuple[str, ...]) -> dict[str, bool]:
    out = {}
    for value in values:
        name, _, answer = value.partition("=")
        if answer.lower() not in ("yes", "no", "true", "false") or not name:
            raise click.BadParameter(f"use --fact NAME=yes or NAME=no, not {value!r}", param_hint="--fact")
        out[name.strip()] = answer.lower() in ("yes", "true")
    return out


def applicant_options(fn):
    """Options naming the applicant, shared by the commands that read a submission."""
    options = [
        click.option("--v-number", metavar="N", help="The applicant's V-number (10 digits)."),
        click.option("--klantnummer", metavar="N", help="The applicant's IND client number."),
        click.option("--name", metavar="NAME", help="Applicant's name (with --birth-date), when there is no V-number."),
        click.option("--birth-date", metavar="YYYY-MM-DD", help="Applicant's date of birth."),
        click.option(
            "--submission-date", metavar="YYYY-MM-DD", help="Date the application will be submitted (default: today)."
        ),
        click.option(
            "--permit",
            metavar="ID",
            help="Permit type the application is for: adds the permit's checklist (`docchk permits list`).",
        ),
        click.option(
            "--nationality", metavar="CODE", help="Applicant's nationality, ISO 3166 three-letter code (TUR, IND, ...)."
        ),
        click.option(
            "--marital-status",
            type=click.Choice(api.MARITAL_STATUSES),
            help="Applicant's marital status (decides which civil documents a permit needs).",
        ),
        click.option(
            "--fact",
            "facts",
            multiple=True,
            metavar="NAME=yes|no",
            help="A yes/no fact a permit asks about (`docchk permits show ID` lists them).",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="docchk")
def main():
    """Check the documents of a Dutch residence-permit application (IND)
    before they are submitted.

    \b
    Start with:
      docchk scan FOLDER --v-number 1234567890
    which reads every PDF and scan in FOLDER and reports, per file and page,
    what the IND would reject and how to fix it.
    """


def run_options(fn):
    """Options of the commands that read a submission (scan, fix)."""
    options = [
        click.option(
            "--select", multiple=True, metavar="RULE,...", help="Only these rules (ids or prefixes like 'page.')."
        ),
        click.option("--ignore", multiple=True, metavar="RULE,...", help="Leave out these rules."),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=0),
            default=0,
            show_default="all cores",
            help="Worker processes reading pages in parallel.",
        ),
        click.option(
            "-p",
            "plugin_opts",
            multiple=True,
            metavar="no:NAME",
            help="Disable a plugin by name (see `docchk plugins`).",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0),
            default=DEFAULT_TIMEOUT,
            show_default=True,
            metavar="SECONDS",
            help="Longest time for reading one page or one plugin call; beyond it the file is "
            "reported unreadable and the scan goes on (0: no limit).",
        ),
        click.option(
            "--max-memory",
            type=click.IntRange(min=0),
            default=DEFAULT_MEMORY_MB,
            show_default=True,
            metavar="MB",
            help="Memory one worker may use beyond the code and models it loads (0: no limit).",
        ),
        click.option(
            "--lang",
            type=click.Choice(["en", "nl"]),
            default=None,
            show_default="from the locale",
            help="Language of messages and hints (rule ids stay the same).",
        ),
        click.option("--no-progress", is_flag=True, help="Do not show a progress bar."),
        click.option(
            "--no-cache", is_flag=True, help="Analyse every page afresh and store nothing (see `docchk cache --help`)."
        ),
        click.option(
            "--verbose",
            "-v",
            is_flag=True,
            help="Log everything, with tracebacks and unmasked: may show document text and "
            "identifiers. Without it, logs say what failed, never what a document holds.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


class _Run:
    """What scan and fix share: the config from the options, logging, the
    progress bar, and the errors that end a run (usage, OCR missing, Ctrl-C)."""

    def __init__(self, paths, opts: dict):
        self.err = Console(stderr=True)
        self.show = not opts["no_progress"] and self.err.is_terminal
        disabled = _disabled(opts["plugin_opts"])
        try:
            self.pm = plugin_manager(tuple(disabled))
        except BuiltinPluginsMissing as exc:
            raise click.UsageError(str(exc)) from exc
        try:
            self.config = api.build_config(
                paths,
                v_number=opts["v_number"],
                klantnummer=opts["klantnummer"],
                name=opts["name"],
                birth_date=opts["birth_date"],
                submission_date=opts["submission_date"],
                permit=opts["permit"],
                nationality=opts["nationality"],
                marital_status=opts["marital_status"],
                facts=_facts(opts["facts"]),
                select=_split(opts["select"]),
                ignore=_split(opts["ignore"]),
                jobs=opts["jobs"],
                disable_plugins=disabled,
                cache=not opts["no_cache"],
                timeout=opts["timeout"],
                max_memory_mb=opts["max_memory"],
                lang=opts["lang"],
            )
        except api.OptionError as exc:
            raise click.UsageError(str(exc)) from exc
        self.masking = _configure_logging(opts["verbose"], self.config.applicant)

    def pages(self, work, label: str = "Reading pages"):
        """``work(progress)`` under a progress bar; ends the process on the
        errors no report can follow."""
        try:
            with Progress(
                TextColumn(label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=self.err,
                transient=True,
                disable=not self.show,
            ) as bar:
                task = bar.add_task("pages", total=None)
                return work(lambda done, total: bar.update(task, completed=done, total=total))
        except api.OptionError as exc:
            raise click.UsageError(str(exc)) from exc
        except OcrUnavailable as exc:
            self.err.print(f"[red]error:[/red] {escape(str(exc))}")
            sys.exit(Exit.USAGE)
        except KeyboardInterrupt:
            self.err.print("Interrupted: nothing was written.")
            sys.exit(Exit.INTERRUPTED)

    def finish(self) -> None:
        if self.masking and self.masking.hidden:
            self.err.print(
                f"docchk: {self.masking.hidden} log message(s) of plugins or libraries held back "
                "(they may quote a document); --verbose shows them.",
                highlight=False,
            )


def _format(pm, fmt: str):
    """The renderer of report format ``fmt`` (a usage error if there is none)."""
    formats = _formats(pm)
    if fmt not in formats:
        raise click.BadParameter(
            f"unknown format {fmt!r}; choose from {', '.join(sorted(formats))}", param_hint="--format"
        )
    return formats[fmt]


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@applicant_options
@click.option(
    "--format",
    "fmt",
    default="terminal",
    show_default=True,
    metavar="FORMAT",
    help="Report format: terminal, json, html, markdown, junit (and any a plugin adds).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--redact",
    is_flag=True,
    help="Mask the applicant's V-number, other long numbers, name and birth date in the report "
    "(and blur where the identifier was found in HTML thumbnails), to share it.",
)
@run_options
def scan(paths, fmt, output, redact, **opts):
    """Check the documents in PATHS (folders are read recursively).

    \b
    Reports, per file and page, what the IND would reject:

    \b
      page.size-not-a4   page.blank   page.missing-identifier   page.illegible
      document.unreadable   document.language-not-accepted
      document.not-legalised   document.translation-not-legalised
      document.outdated   passport.expired   passport.mrz-invalid
      submission.unclassified-document   submission.plugin-error
      submission.no-documents
    and with --permit ID:
      submission.missing-document   submission.age-out-of-range
      submission.income-below-criterion
    (`docchk rules` explains each.)

    A docchk.toml in the folder can hold the applicant's details and facts
    per file (type, language, translation_of); options override it.

    Page analyses are cached (`docchk cache --help`), so running again after
    fixing one file reads only that file.

    \b
    Exit status: 0 ready (warnings allowed), 1 error findings, 2 usage error,
    5 no document found (nothing checked is not ready).
    """
    run = _Run(paths, opts)
    render = _format(run.pm, fmt)  # a wrong format is refused before any page is read
    report = run.pages(lambda progress: api.check(paths, run.config, progress=progress))
    run.finish()
    if redact:
        report = report.redacted()
    options = {"no_color": output is not None, "redact": redact}
    with i18n.language(run.config.lang):
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                render(report, fh, options)
        else:
            render(report, sys.stdout, options)
    sys.exit(_status(report))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the fixed copy to (new, or empty, or with --force replaced).",
)
@applicant_options
@click.option("--dry-run", is_flag=True, help="Print what would change, per file and page; write nothing.")
@click.option("--force", is_flag=True, help="Replace --out if it holds something.")
@click.option(
    "--merge", is_flag=True, help="Write one PDF per document type (passport.pdf, birth-certificate.pdf, ...)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "json"]),
    default="terminal",
    show_default=True,
    help="json: the change log (what docchk-fix-log.json holds).",
)
@run_options
def fix(paths, out, dry_run, force, merge, fmt, **opts):
    """Write a corrected copy of the documents in PATHS to --out.

    \b
    Repairs what a machine can, from the scan's own findings:
      page.size-not-a4         page scaled and centred on A4 (vectors stay vectors)
      page.blank               blank pages and blank duplex backs left out
      page.missing-identifier  the V-number (or klantnummer, or name and date
                               of birth) stamped as text in a free margin
    Images become PDFs with their pixels unchanged. Files are never
    modified, moved or deleted; --out must be outside PATHS. The copy is
    rescanned before it is moved into place in one step, and what is still
    to do (missing documents, legalisation, language, ...) is listed.
    docchk-fix-log.json in --out records every change.

    \b
    Exit status: 0 the copy is ready, 1 findings remain, 2 usage error
    (including an --out inside PATHS or not empty without --force), 5 no
    document found.
    """
    from docchk import fix as fixing

    run = _Run(paths, opts)
    try:  # a dry run refuses what the real run would refuse
        fixing.check_output([Path(p) for p in paths], out, force)
    except fixing.FixError as exc:
        raise click.UsageError(str(exc)) from exc
    the_plan = run.pages(lambda progress: fixing.plan(paths, run.config, progress), "Reading pages")
    if dry_run:
        run.finish()
        if fmt == "json":
            click.echo(json.dumps({"dry_run": True, "files": [f.to_dict() for f in the_plan.files]}, indent=2))
        else:
            _print_plan(the_plan, dry_run=True)
        sys.exit(Exit.READY if the_plan.scan.documents else Exit.NO_DOCUMENTS)
    try:
        outcome = run.pages(
            lambda progress: fixing.execute(
                [Path(p) for p in paths], the_plan, out, run.config, force=force, merge=merge, progress=progress
            ),
            "Checking the fixed copy",
        )
    except fixing.FixError as exc:
        raise click.UsageError(str(exc)) from exc
    run.finish()
    if fmt == "json":
        click.echo(json.dumps(outcome.log(), indent=2, ensure_ascii=False))
    else:
        _print_plan(the_plan, dry_run=False)
        _print_still_to_do(outcome)
    sys.exit(_status(outcome.rescan))


def _print_plan(the_plan, dry_run: bool) -> None:
    console = Console(highlight=False)
    verb = "would change" if dry_run else "changed"
    for fp in the_plan.files:
        if fp.output is None:
            console.print(f"[yellow]{escape(fp.source)}[/yellow]: {escape(fp.note)}")
            continue
        arrow = f" -> {fp.output}" if fp.output != fp.source else ""
        if not fp.changes:
            console.print(escape(f"{fp.source}{arrow}: unchanged"))
            continue
        console.print(f"[bold]{escape(fp.source)}[/bold]{escape(arrow)}:")
        for c in fp.changes:
            where = f"page {c.page}: " if c.page else ""
            console.print(escape(f"  {where}{c.action} ({c.detail})"))
    changed = sum(1 for f in the_plan.files if f.changes)
    console.print(f"docchk fix {verb} {changed} of {len(the_plan.files)} file(s).")


def _print_still_to_do(outcome) -> None:
    console = Console(highlight=False)
    console.print(escape(f"Written to {outcome.out} (log: {outcome.out / 'docchk-fix-log.json'})."))
    todo = outcome.still_to_do
    if not todo:
        console.print("[green]Nothing left to do: the fixed copy has no findings.[/green]")
        return
    console.print(f"Still to do ({len(todo)}), which docchk cannot repair:")
    for f in todo:
        where = f"{f.path}" + (f":{f.page}" if f.page else "") if f.path else "submission"
        console.print(escape(f"  {f.severity.value:<7} {f.rule:<34} {where}: {f.message}"))
        if f.hint:
            console.print(escape(f"          {f.hint}"))


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but a loopback address needs API keys.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--workers",
    default=None,
    show_default="2",
    type=click.IntRange(min=1),
    help="Checks running at once in each server process (one process each).",
)
@click.option(
    "--server-processes",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Server processes (uvicorn workers) sharing the port and the job store.",
)
@click.option(
    "--max-upload-mb", default=None, show_default="50", type=click.FloatRange(min=0.001), help="Largest request body."
)
@click.option(
    "--max-files", default=None, show_default="40", type=click.IntRange(min=1), help="Most files in one request."
)
@click.option(
    "--max-pages",
    default=None,
    show_default="400",
    type=click.IntRange(min=1),
    help="Most pages, all files together, in one request.",
)
@click.option(
    "--sync-max-mb",
    default=None,
    show_default="5",
    type=click.FloatRange(min=0),
    help="Uploads up to this size are answered in the request; larger ones get 202 and a job id.",
)
@click.option(
    "--report-ttl",
    default=None,
    show_default="3600",
    type=click.IntRange(min=1),
    help="Seconds a report is kept for polling.",
)
@click.option(
    "--store",
    type=click.Path(dir_okay=False),
    default=None,
    help="SQLite job store (default: a private temporary file, removed at exit).",
)
@click.option(
    "--access-log/--no-access-log",
    default=True,
    show_default=True,
    help="One line per request on standard error: method, path, status, time and size, never a "
    "file name, field or other personal data.",
)
def serve(
    host,
    port,
    workers,
    server_processes,
    max_upload_mb,
    max_files,
    max_pages,
    sync_max_mb,
    report_ttl,
    store,
    access_log,
):
    """Run the HTTP service sponsor portals call before they submit.

    \b
      POST /v1/checks         multipart: files + applicant fields -> the report
      GET  /v1/checks/{id}    a larger upload's status and report
      GET  /v1/permits        the permit types
      GET  /healthz           liveness
      GET  /                  an upload page
    OpenAPI: /openapi.json (also schemas/openapi.json in the repository).

    API keys come from DOCCHK_API_KEYS (comma-separated) or the file named by
    DOCCHK_API_KEYS_FILE; clients send one as the X-API-Key header. Without
    keys the service listens on loopback addresses only. Every limit can
    also be set as DOCCHK_SERVICE_<OPTION> (e.g. DOCCHK_SERVICE_MAX_FILES).
    """
    import ipaddress
    import os
    import tempfile

    import uvicorn

    from docchk.service import load_api_keys

    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not load_api_keys():
        raise click.UsageError(
            f"--host {host} is reachable from other machines: set DOCCHK_API_KEYS (or "
            "DOCCHK_API_KEYS_FILE) first, or listen on 127.0.0.1"
        )
    made_store = None
    if store is None and server_processes > 1:  # the processes must share one job store
        fd, made_store = tempfile.mkstemp(prefix="docchk-jobs-", suffix=".sqlite3")
        os.close(fd)
        store = made_store
    settings = {
        "workers": workers,
        "max_upload_mb": max_upload_mb,
        "max_files": max_files,
        "max_pages": max_pages,
        "sync_max_mb": sync_max_mb,
        "report_ttl": report_ttl,
        "store": store,
        "access_log": access_log,
    }
    for name, value in settings.items():
        if value is not None:
            os.environ[f"DOCCHK_SERVICE_{name.upper()}"] = str(value)
    shown = f"[{host}]" if ":" in host else host
    keys = len(load_api_keys())
    click.echo(
        f"docchk serve: listening on http://{shown}:{port} (upload page /, API /v1/checks, OpenAPI "
        f"/openapi.json); {f'{keys} API key(s)' if keys else 'no API keys: loopback only'}; "
        f"{server_processes} server process(es) with {workers or 2} check(s) at once each. "
        "Ctrl-C stops.",
        err=True,
    )
    try:
        uvicorn.run(
            "docchk.service:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=server_processes,
            log_level="warning",
            access_log=False,
        )
    finally:
        if made_store:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(made_store + suffix):
                    os.unlink(made_store + suffix)


@main.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def rules_cmd(as_json):
    """List the rules docchk checks, with the plugin that provides each."""
    declared = rules(plugin_manager())
    items = [
        {"id": r.id, "level": r.level.value, "summary": r.summary, "plugin": r.plugin}
        for r in sorted(declared.values(), key=lambda r: r.id)
    ]
    if as_json:
        click.echo(json.dumps(items, indent=2))
        return
    for r in items:
        click.echo(f"{r['id']:<34} {r['level']:<10} {r['summary']}  [{r['plugin']}]")


@main.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def plugins_cmd(as_json):
    """List every loaded plugin with its origin, version and hooks."""
    infos = plugin_infos(plugin_manager())
    if as_json:
        click.echo(json.dumps(infos, indent=2))
        return
    for i in infos:
        click.echo(
            f"{i['name']:<22} {i['origin']:<12} {i['distribution']} {i['version']}  "
            f"{', '.join(h.removeprefix('docchk_') for h in i['hooks'])}"
        )


@main.group("permits")
def permits_cmd():
    """The permit types docchk knows, and what each asks for.

    \b
    docchk permits list            every permit type: id, name, form, fee
    docchk permits show ID         the checklist of one permit type
    docchk permits which           the form and the fee for this applicant

    Permit types are plugins: install a package to add one (CONTRIBUTING.md).
    """


def _permit_profiles() -> dict:
    from docchk import permits

    try:
        return permits.profiles(plugin_manager())
    except permits.PermitError as exc:
        raise click.UsageError(str(exc)) from exc


@permits_cmd.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def permits_list(as_json):
    """List every permit type: id, English name, form numbers, standard fee."""
    from docchk import permits

    profiles = _permit_profiles()
    if as_json:
        click.echo(json.dumps([permits.permit_summary(p) for p in profiles.values()], indent=2, ensure_ascii=False))
        return
    for pid, p in profiles.items():
        forms = ", ".join(f["number"] for f in p["forms"] if f.get("number")) or (
            "by title" if p["forms"] else "general" if p.get("general_forms") else "-"
        )
        name = p["names"]["en"] if len(p["names"]["en"]) <= 46 else p["names"]["en"][:45] + "…"
        click.echo(f"{pid:<34} {name:<46} form {forms:<16} fee {_standard_fee(p)}")


def _standard_fee(p: dict) -> str:
    """The fee column of `permits list`: the standard fee (the first row no
    condition picks; `+` when other rows exist), with the date it runs from."""
    if not p["fees"]:
        return "-"
    rows = [f for f in p["fees"] if "applies" not in f]
    if not rows:
        amounts = sorted(f["amount_eur"] for f in p["fees"])
        return f"€ {amounts[0]:g}-{amounts[-1]:g} (by case)"
    fee = rows[0]
    since = f" from {fee['valid_from'][:4]}" if fee.get("valid_from") else ""
    return f"€ {fee['amount_eur']:g}{since}" + (" +" if len(p["fees"]) > 1 else "")


@permits_cmd.command("show")
@click.argument("permit_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON.")
@click.option("--nationality", metavar="CODE", help="Mark the form and fee for an applicant of this nationality.")
@click.option("--birth-date", metavar="YYYY-MM-DD", help="Mark the fee for an applicant born on this date.")
@click.option("--submission-date", metavar="YYYY-MM-DD", help="Date of the application (default: today).")
@click.option(
    "--fact",
    "facts",
    multiple=True,
    metavar="NAME=yes|no",
    help="Mark the form and fee for an applicant with this fact (listed at the end).",
)
def permits_show(permit_id, as_json, nationality, birth_date, submission_date, facts):
    """Print the checklist of permit ID: who files it, form, fee, age and
    income limits, and every document to send, with when it is needed.
    With applicant options, marks the form and the fee that apply (`<-`)."""
    from docchk.model import Applicant

    profiles = _permit_profiles()
    if permit_id not in profiles:
        raise click.UsageError(f"unknown permit {permit_id!r}; `docchk permits list` shows them")
    p = profiles[permit_id]
    if as_json:
        click.echo(json.dumps(p, indent=2, ensure_ascii=False))
        return
    applicant = day = None
    if nationality or birth_date or facts:
        try:
            applicant = Applicant(
                nationality=api._country(nationality, "the nationality"),
                birth_date=api._date(birth_date, "the birth date"),
                facts=tuple(sorted(_facts(facts).items())),
            )
            day = api._date(submission_date, "the submission date") or datetime.date.today()
        except api.OptionError as exc:
            raise click.UsageError(str(exc)) from exc
    click.echo(_checklist_text(p, applicant, day))


def _condition_text(when: dict) -> str:
    from docchk import permits

    return "if " + "; ".join(permits.describe(when))


def _checklist_text(p: dict, applicant=None, day=None) -> str:
    from docchk import permits

    fitting, fee_row = [], None
    if applicant is not None:
        fitting = permits.forms_for(p, applicant, day)[0]
        fitting = fitting if len(fitting) == 1 else []
        fee_row = permits.fee_for(p, applicant, day)[0]
    here = "  <- for this applicant"

    filed = {
        "applicant": "the applicant",
        "sponsor": "the sponsor (employer, institution or referent)",
        "applicant-or-sponsor": "the applicant or the sponsor",
    }[p["filed_by"]]
    lines = [f"{p['names']['en']} ({p['names']['nl']})  [{p['id']}]"]
    if p.get("summary"):
        lines.append(p["summary"])
    lines += ["", f"Filed by: {filed}"]
    for f in permits.all_forms(p):
        when = [
            x
            for x in (
                f.get("situation", "").replace("-", " "),
                _condition_text(f["applies"]) if f.get("applies") else "",
            )
            if x
        ]
        lines.append(
            f"Form: {permits.form_label(f)}"
            + (f" - {f['name']}" if f.get("number") and f.get("name") else "")
            + (f"  ({'; '.join(when)})" if when else "")
            + (here if any(f is x for x in fitting) else "")
        )
    for fee in p["fees"]:
        when = [
            x
            for x in (
                fee.get("when", ""),
                f"form {fee['form']}" if fee.get("form") else "",
                _condition_text(fee["applies"]) if fee.get("applies") else "",
                f"from {fee['valid_from']}" if fee.get("valid_from") else "",
                f"until {fee['valid_to']}" if fee.get("valid_to") else "",
            )
            if x
        ]
        lines.append(
            f"Fee: € {fee['amount_eur']:g}"
            + (f"  ({'; '.join(when)})" if when else "")
            + (here if fee is fee_row else "")
        )
    if p.get("age"):
        a = p["age"]
        lines.append(f"Age: {a.get('min', 0)} to {a['max']}" if "max" in a else f"Age: {a['min']} or older")
    if p.get("conditions"):
        lines += ["", "Conditions the applicant must meet (checked against the facts given):"]
        lines += [
            f"  - {c['description']['en']}  ({_condition_text(c['when']).removeprefix('if ')}); "
            f"source: {permits.source_title(c['source'])}"
            for c in p["conditions"]
        ]
    if p.get("income"):
        lines += ["", "Income criterion (gross a month, without holiday allowance):"]
        for row in p["income"]["criteria"]:
            lines.append(
                f"  € {row['amount_eur']:>8,.0f}  {row.get('label', '')}  ({row['valid_from']} to {row['valid_to']})"
            )
    lines += ["", "Documents to send:"]
    for n, req in enumerate(p["documents"], 1):
        extra = [
            x
            for x in (
                _condition_text(req["when"]) if req.get("when") else "always",
                "legalised or with an apostille when issued abroad" if req.get("legalised") else "",
                "with a sworn translation unless in Dutch, English, French or German" if req.get("translated") else "",
                f"at most {req['max_age_months']} months old" if req.get("max_age_months") else "",
            )
            if x
        ]
        lines.append(f"  [ ] {n}. {req['description']['en']}  ({'; '.join(extra)})")
        lines.append(f"        type: {' or '.join(req['types'])}; source: {permits.source_title(req['source'])}")
    facts = permits.fact_names(p)
    if facts:
        lines += ["", "Facts to state under [applicant.facts] in docchk.toml (or --fact NAME=yes):"]
        lines += [f"  {f}" for f in facts]
    found = permits.deadlines(p)
    if found:
        lines += ["", "Deadlines and waiting times:"]
        lines += [f"  - {d['text']['en']}  (source: {permits.source_title(d['source'])})" for d in found]
    if p.get("notes"):
        lines += ["", "Also (docchk cannot check these from the documents):"]
        lines += [f"  - {permits.source_title(note)}" for note in p["notes"]]
    lines += [
        "",
        "Sources: "
        + "; ".join(f"{permits.source_title(s['file'])} ({s['part']}, checked {s['checked']})" for s in p["sources"]),
    ]
    return "\n".join(lines)


#: The yes/no questions of `docchk permits which` that have options, by fact.
WHICH_OPTIONS = ("extension", "change_of_purpose", "has_residence_permit", "has_mvv", "in_netherlands")
WHICH_QUESTIONS = {
    "in_netherlands": "Is the applicant in the Netherlands now?",
    "has_mvv": "Does the applicant hold an mvv (entry visa) for this purpose?",
    "has_residence_permit": "Does the applicant hold a Dutch residence permit?",
    "extension": "Is this an extension of the current permit?",
    "change_of_purpose": "Is this a change of purpose of the current permit (or continued residence)?",
}


@permits_cmd.command("which")
@click.option("--permit", "permit_id", metavar="ID", help="The permit type (`docchk permits list`).")
@click.option("--nationality", metavar="CODE", help="ISO 3166 three-letter code (TUR, USA, ...).")
@click.option("--birth-date", metavar="YYYY-MM-DD", help="Date of birth (some fees depend on age).")
@click.option("--submission-date", metavar="YYYY-MM-DD", help="Date of the application (default: today).")
@click.option("--in-netherlands/--abroad", "in_netherlands", default=None, help="Where the applicant is when applying.")
@click.option(
    "--has-mvv/--no-mvv", "has_mvv", default=None, help="Holds an mvv (entry visa) for this purpose (default: no)."
)
@click.option(
    "--has-permit/--no-permit",
    "has_residence_permit",
    default=None,
    help="Holds a Dutch residence permit already (default: only with --extension or --change-of-purpose).",
)
@click.option("--extension", is_flag=True, default=None, help="Extending the current permit.")
@click.option(
    "--change-of-purpose",
    is_flag=True,
    default=None,
    help="Changing the purpose of the current permit (or continued residence).",
)
@click.option(
    "--fact",
    "facts",
    multiple=True,
    metavar="NAME=yes|no",
    help="Another yes/no fact the permit's forms or fees ask about (`docchk permits show ID`).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--no-input", is_flag=True, help="Ask nothing, even in a terminal.")
def permits_which(permit_id, nationality, birth_date, submission_date, as_json, no_input, facts, **answers):
    """Which form to use and which fee to pay, for this applicant.

    \b
    Asks the few questions that decide it when run in a terminal; else
    (or with --no-input) answers from the options alone. Without
    --extension or --change-of-purpose the application is a first one.
    Example:
      docchk permits which --permit hague-child-protection --nationality IND
    """
    from docchk import permits
    from docchk.model import Applicant

    ask = sys.stdin.isatty() and not no_input and not as_json
    profiles = _permit_profiles()
    if permit_id is None and ask:
        permit_id = click.prompt(
            "Permit type (`docchk permits list` shows the ids)", type=click.Choice(list(profiles)), show_choices=False
        )
    if permit_id not in profiles:
        raise click.UsageError(
            f"unknown permit {permit_id!r}; `docchk permits list` shows them"
            if permit_id
            else "give --permit ID (`docchk permits list` shows them)"
        )
    profile = profiles[permit_id]
    stated = {**_facts(facts), **{k: v for k, v in answers.items() if v is not None}}
    decisive = permits.fact_names({"forms": permits.all_forms(profile), "fees": profile["fees"]})
    if ask:
        if nationality is None:
            nationality = (
                click.prompt("Nationality (ISO three-letter code, empty if not known)", default="", show_default=False)
                or None
            )
        for fact in dict.fromkeys(("in_netherlands", *(f for f in WHICH_OPTIONS if f in decisive), *decisive)):
            if fact not in stated:
                stated[fact] = click.confirm(
                    WHICH_QUESTIONS.get(fact, f"{fact.replace('_', ' ').capitalize()}?"), default=False
                )
    for later in ("extension", "change_of_purpose"):
        stated.setdefault(later, False)
    stated.setdefault("has_residence_permit", stated["extension"] or stated["change_of_purpose"])
    stated.setdefault("has_mvv", False)
    try:
        applicant = Applicant(
            nationality=api._country(nationality, "the nationality"),
            birth_date=api._date(birth_date, "the birth date"),
            facts=tuple(sorted(stated.items())),
        )
        day = api._date(submission_date, "the submission date") or datetime.date.today()
    except api.OptionError as exc:
        raise click.UsageError(str(exc)) from exc
    answer = permits.which(profile, applicant, day)
    if as_json:
        click.echo(json.dumps(answer, indent=2, ensure_ascii=False))
        return
    click.echo(_which_text(answer, decisive, stated))


def _which_text(answer: dict, decisive: list[str], stated: dict) -> str:

    lines = [f"{answer['names']['en']}  [{answer['id']}]"]
    if answer["mvv_required"] is not None:
        lines.append("mvv (entry visa): " + ("needed" if answer["mvv_required"] else "not needed"))
    form = answer["form"]
    if form:
        lines.append(
            "Form: "
            + " - ".join(x for x in (form["number"], form["name"]) if x)
            + (f"  ({form['why']})" if form["why"] else "")
        )
        lines.append(f"  source: {form['source']}")
    else:
        lines.append(
            "Form: not decided"
            + (f" among {', '.join(answer['fitting_forms'])}" if answer["fitting_forms"] else "")
            + f" ({answer['form_why'] or 'the sources give no form for this permit'})"
        )
    fee = answer["fee"]
    if fee:
        lines.append(f"Fee: € {fee['amount']:g}  ({answer['fee_why']})")
        lines.append(f"  source: {fee['source']}")
    else:
        lines.append(f"Fee: not known ({answer['fee_why']})")
    lines += [f"Warning: {w}" for w in answer["warnings"]]
    open_facts = [f for f in decisive if f not in stated]
    if answer["mvv_required"] is None and not form:
        open_facts.insert(0, "nationality")
    if open_facts and not (form and fee):
        lines.append("Would decide more (give --nationality, --fact NAME=yes|no): " + ", ".join(open_facts))
    return "\n".join(lines)


@main.group("cache")
def cache_cmd():
    """The cache of page analyses that makes re-runs fast.

    \b
    It holds what docchk read from your pages (text, numbers), so it lives in
    your user cache directory, readable only by you, never in the scanned
    folder; entries older than 30 days are dropped. Set DOCCHK_CACHE_DIR to
    move it; `docchk scan --no-cache` bypasses it.
    """


@cache_cmd.command("info")
def cache_info():
    """Where the cache is and how much it holds."""
    from docchk.cache import AnalysisCache

    with AnalysisCache() as store:
        s = store.stats()
    model = [f for f in s["files"] if f.startswith("langid-")]
    click.echo(
        f"{s['folder']}\n{s['pages']} pages, {s['documents']} documents, {s['answers']} remembered "
        f"answers (languages, dates){', the unpacked language model' if model else ''}: "
        f"{len(s['files'])} files, {s['bytes'] / 1e6:.1f} MB"
    )


@cache_cmd.command("clear")
def cache_clear():
    """Delete everything the cache keeps: page analyses, documents, remembered
    answers and the unpacked language model."""
    from docchk.cache import AnalysisCache

    with AnalysisCache() as store:
        held = store.clear()
    click.echo(
        f"Removed {held['pages']} cached page analyses, {held['documents']} documents and "
        f"{held['answers']} remembered answers ({len(held['files'])} files, {held['bytes'] / 1e6:.1f} MB) "
        f"from {held['folder']}."
    )
