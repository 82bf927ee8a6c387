"""The ``docchk`` command line (contract: shared/DESIGN.md).

Exit codes scripts can rely on:

    0  no error findings (warnings allowed): ready to submit
    1  at least one error finding
    2  usage error: bad option, path not found, invalid docchk.toml,
       or a missing system dependency (Tesseract)
  130  interrupted (Ctrl-C); no report written

A broken input file is a finding (exit 1), never exit 2.
"""

from __future__ import annotations

import enum
import json
import logging
import sys
import warnings
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from docchk import api
from docchk.builtin_plugins.tesseract_ocr import OcrUnavailable
from docchk.limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT
from docchk.redact import MaskingFilter
from docchk.plugins import BuiltinPluginsMissing, plugin_infos, plugin_manager, rules


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
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


def _formats(pm) -> dict:
    found = {}
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
        click.option("--name", metavar="NAME",
                     help="Applicant's name (with --birth-date), when there is no V-number."),
        click.option("--birth-date", metavar="YYYY-MM-DD", help="Applicant's date of birth."),
        click.option("--submission-date", metavar="YYYY-MM-DD",
                     help="Date the application will be submitted (default: today)."),
        click.option("--permit", metavar="ID",
                     help="Permit type the application is for: adds the permit's checklist "
                          "(`docchk permits list`)."),
        click.option("--nationality", metavar="CODE",
                     help="Applicant's nationality, ISO 3166 three-letter code (TUR, IND, ...)."),
        click.option("--marital-status", type=click.Choice(api.MARITAL_STATUSES),
                     help="Applicant's marital status (decides which civil documents a permit needs)."),
        click.option("--fact", "facts", multiple=True, metavar="NAME=yes|no",
                     help="A yes/no fact a permit asks about (`docchk permits show ID` lists them)."),
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


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@applicant_options
@click.option("--format", "fmt", default="terminal", show_default=True, metavar="FORMAT",
              help="Report format: terminal, json (and any a plugin adds).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("--select", multiple=True, metavar="RULE,...",
              help="Only these rules (ids or prefixes like 'page.').")
@click.option("--ignore", multiple=True, metavar="RULE,...", help="Leave out these rules.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default="all cores",
              help="Worker processes reading pages in parallel.")
@click.option("-p", "plugin_opts", multiple=True, metavar="no:NAME",
              help="Disable a plugin by name (see `docchk plugins`).")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS",
              help="Longest time for reading one page or one plugin call; beyond it the file is "
                   "reported unreadable and the scan goes on (0: no limit).")
@click.option("--max-memory", type=click.IntRange(min=0), default=DEFAULT_MEMORY_MB, show_default=True,
              metavar="MB", help="Memory one worker may use beyond the code and models it loads (0: no limit).")
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar.")
@click.option("--no-cache", is_flag=True,
              help="Analyse every page afresh and store nothing (see `docchk cache --help`).")
@click.option("--verbose", "-v", is_flag=True,
              help="Log everything, with tracebacks and unmasked: may show document text and "
                   "identifiers. Without it, logs say what failed, never what a document holds.")
def scan(paths, v_number, klantnummer, name, birth_date, submission_date, permit, nationality,
         marital_status, facts, fmt, output, select, ignore, jobs, plugin_opts, timeout, max_memory, no_progress,
         no_cache, verbose):
    """Check the documents in PATHS (folders are read recursively).

    \b
    Reports, per file and page, what the IND would reject:

    \b
      page.size-not-a4   page.blank   page.missing-identifier   page.illegible
      document.unreadable   document.language-not-accepted
      document.not-legalised   document.translation-not-legalised
      document.outdated   passport.expired   passport.mrz-invalid
      submission.unclassified-document   submission.plugin-error
    and with --permit ID:
      submission.missing-document   submission.age-out-of-range
      submission.income-below-criterion
    (`docchk rules` explains each.)

    A docchk.toml in the folder can hold the applicant's details and facts
    per file (type, language, translation_of); options override it.

    Page analyses are cached (`docchk cache --help`), so running again after
    fixing one file reads only that file.

    \b
    Exit status: 0 ready (warnings allowed), 1 error findings, 2 usage error.
    """
    disabled = _disabled(plugin_opts)
    try:
        pm = plugin_manager(tuple(disabled))
    except BuiltinPluginsMissing as exc:
        raise click.UsageError(str(exc)) from exc
    formats = _formats(pm)
    if fmt not in formats:
        raise click.BadParameter(f"unknown format {fmt!r}; choose from {', '.join(sorted(formats))}",
                                 param_hint="--format")
    err = Console(stderr=True)
    show = not no_progress and err.is_terminal
    try:
        config = api.build_config(
            paths, v_number=v_number, klantnummer=klantnummer, name=name,
            birth_date=birth_date, submission_date=submission_date, permit=permit,
            nationality=nationality, marital_status=marital_status, facts=_facts(facts),
            select=_split(select), ignore=_split(ignore), jobs=jobs,
            disable_plugins=disabled, cache=not no_cache, timeout=timeout, max_memory_mb=max_memory)
        masking = _configure_logging(verbose, config.applicant)
        with Progress(TextColumn("Reading pages"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, transient=True, disable=not show) as bar:
            task = bar.add_task("pages", total=None)
            report = api.check(paths, config,
                               progress=lambda done, total: bar.update(task, completed=done, total=total))
    except api.OptionError as exc:
        raise click.UsageError(str(exc)) from exc
    except OcrUnavailable as exc:
        err.print(f"[red]error:[/red] {exc}")
        sys.exit(Exit.USAGE)
    except KeyboardInterrupt:
        err.print("Interrupted: no report was written.")
        sys.exit(Exit.INTERRUPTED)
    if masking and masking.hidden:
        err.print(f"docchk: {masking.hidden} log message(s) of plugins or libraries held back (they may quote "
                  "a document); --verbose shows them.", highlight=False)
    render = formats[fmt]
    options = {"no_color": output is not None}
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            render(report, fh, options)
    else:
        render(report, sys.stdout, options)
    sys.exit(Exit.READY if report.ready else Exit.FINDINGS)


@main.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def rules_cmd(as_json):
    """List the rules docchk checks, with the plugin that provides each."""
    declared = rules(plugin_manager())
    items = [{"id": r.id, "level": r.level.value, "summary": r.summary, "plugin": r.plugin}
             for r in sorted(declared.values(), key=lambda r: r.id)]
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
        click.echo(f"{i['name']:<22} {i['origin']:<12} {i['distribution']} {i['version']}  "
                   f"{', '.join(h.removeprefix('docchk_') for h in i['hooks'])}")


@main.group("permits")
def permits_cmd():
    """The permit types docchk knows, and what each asks for.

    \b
    docchk permits list            every permit type: id, name, form, fee
    docchk permits show ID         the checklist of one permit type

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
        forms = ", ".join(f["number"] for f in p["forms"]) or "-"
        fee = f"€ {p['fees'][0]['amount_eur']:g}" if p["fees"] else "-"
        click.echo(f"{pid:<34} {p['names']['en']:<46} form {forms:<10} fee {fee}")


@permits_cmd.command("show")
@click.argument("permit_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON.")
def permits_show(permit_id, as_json):
    """Print the checklist of permit ID: who files it, form, fee, age and
    income limits, and every document to send, with when it is needed."""
    profiles = _permit_profiles()
    if permit_id not in profiles:
        raise click.UsageError(f"unknown permit {permit_id!r}; `docchk permits list` shows them")
    p = profiles[permit_id]
    if as_json:
        click.echo(json.dumps(p, indent=2, ensure_ascii=False))
        return
    click.echo(_checklist_text(p))


def _condition_text(when: dict) -> str:
    from docchk import permits

    return "if " + "; ".join(permits.describe(when))


def _checklist_text(p: dict) -> str:
    filed = {"applicant": "the applicant", "sponsor": "the sponsor (employer, institution or referent)",
             "applicant-or-sponsor": "the applicant or the sponsor"}[p["filed_by"]]
    lines = [f"{p['names']['en']} ({p['names']['nl']})  [{p['id']}]"]
    if p.get("summary"):
        lines.append(p["summary"])
    lines += ["", f"Filed by: {filed}"]
    for f in p["forms"]:
        lines.append(f"Form: {f['number']}" + (f" - {f['name']}" if f.get("name") else ""))
    for fee in p["fees"]:
        lines.append(f"Fee: € {fee['amount_eur']:g}" + (f" ({fee['when']})" if fee.get("when") else ""))
    if p.get("age"):
        a = p["age"]
        lines.append(f"Age: {a.get('min', 0)} to {a['max']}" if "max" in a else f"Age: {a['min']} or older")
    if p.get("income"):
        lines += ["", "Income criterion (gross a month, without holiday allowance):"]
        for row in p["income"]["criteria"]:
            lines.append(f"  € {row['amount_eur']:>8,.0f}  {row.get('label', '')}  "
                         f"({row['valid_from']} to {row['valid_to']})")
    lines += ["", "Documents to send:"]
    for n, req in enumerate(p["documents"], 1):
        extra = [x for x in (
            _condition_text(req["when"]) if req.get("when") else "always",
            "legalised or with an apostille when issued abroad" if req.get("legalised") else "",
            "with a sworn translation unless in Dutch, English, French or German" if req.get("translated") else "",
            f"at most {req['max_age_months']} months old" if req.get("max_age_months") else "",
        ) if x]
        lines.append(f"  [ ] {n}. {req['description']['en']}  ({'; '.join(extra)})")
        lines.append(f"        type: {' or '.join(req['types'])}; source: {req['source']}")
    facts = sorted({req["when"]["fact"] for req in p["documents"] if "fact" in req.get("when", {})}
                   | {r["when"]["fact"] for r in (p.get("income") or {}).get("criteria", [])
                      if "fact" in r.get("when", {})})
    if facts:
        lines += ["", "Facts to state under [applicant.facts] in docchk.toml (or --fact NAME=yes):"]
        lines += [f"  {f}" for f in facts]
    if p.get("notes"):
        lines += ["", "Also (docchk cannot check these from the documents):"]
        lines += [f"  - {note}" for note in p["notes"]]
    lines += ["", "Sources: " + "; ".join(f"{s['file']} ({s['part']}, checked {s['checked']})" for s in p["sources"])]
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
    click.echo(f"{s['path']}\n{s['pages']} pages, {s['bytes'] / 1e6:.1f} MB")


@cache_cmd.command("clear")
def cache_clear():
    """Delete every cached page analysis."""
    from docchk.cache import AnalysisCache

    with AnalysisCache() as store:
        n = store.clear()
    click.echo(f"Removed {n} cached page analyses from {store.path}.")
