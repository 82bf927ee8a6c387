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
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from docchk import api
from docchk.builtin_plugins.tesseract_ocr import OcrUnavailable
from docchk.plugins import BuiltinPluginsMissing, plugin_infos, plugin_manager, rules


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
        click.option("--permit", metavar="ID", help="Permit type the application is for."),
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
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar.")
@click.option("--no-cache", is_flag=True,
              help="Analyse every page afresh and store nothing (see `docchk cache --help`).")
def scan(paths, v_number, klantnummer, name, birth_date, submission_date, permit,
         fmt, output, select, ignore, jobs, plugin_opts, no_progress, no_cache):
    """Check the documents in PATHS (folders are read recursively).

    \b
    Reports, per file and page, what the IND would reject:

    \b
      page.size-not-a4   page.blank   page.missing-identifier   page.illegible
      document.unreadable   document.language-not-accepted
      document.not-legalised   document.translation-not-legalised
      document.outdated   passport.expired   passport.mrz-invalid
      submission.unclassified-document
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
        with Progress(TextColumn("Reading pages"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, transient=True, disable=not show) as bar:
            task = bar.add_task("pages", total=None)
            report = api.scan(
                paths, v_number=v_number, klantnummer=klantnummer, name=name,
                birth_date=birth_date, submission_date=submission_date, permit=permit,
                select=_split(select), ignore=_split(ignore), jobs=jobs,
                disable_plugins=disabled, cache=not no_cache,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except api.OptionError as exc:
        raise click.UsageError(str(exc)) from exc
    except OcrUnavailable as exc:
        err.print(f"[red]error:[/red] {exc}")
        sys.exit(Exit.USAGE)
    except KeyboardInterrupt:
        err.print("Interrupted: no report was written.")
        sys.exit(Exit.INTERRUPTED)
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
