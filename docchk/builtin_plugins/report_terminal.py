"""``--format terminal`` (the default): a summary and one row per finding."""

import os

from rich.console import Console
from rich.table import Table
from rich.text import Text

from docchk import i18n
from docchk.hookspec import hookimpl
from docchk.i18n import _

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report, stream, options):
    console = Console(file=stream, highlight=False, soft_wrap=False,
                      no_color=options.get("no_color", False))
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 120  # a file or a pipe: wide rows rather than wrapped ones
    s = report.summary
    if report.findings:
        table = Table(show_header=True, header_style="bold", expand=False, show_lines=False)
        table.add_column(_("Level"))
        table.add_column(_("Where"), overflow="fold")
        table.add_column(_("Rule"), no_wrap=True)
        table.add_column(_("Problem and how to fix it"), overflow="fold")
        for f in report.findings:
            where = f.path or _("(submission)")
            if f.page:
                where += f" p.{f.page}"
            what = Text(f.message)
            if f.hint:
                what.append("\n" + f.hint, style="dim")
            table.add_row(Text(f.severity.value, style=STYLE[f.severity.value]), Text(where), f.rule, what)
        console.print(table)
    checklist = report.permit_checklist()
    if checklist:
        _print_checklist(console, checklist)
    verdict = (Text(_("Ready to submit"), style="bold green") if report.ready
               else Text(_("Not ready to submit"), style="bold red"))
    console.print(verdict, Text("- " + _("{documents} documents, {pages} pages: {errors} errors, "
                                         "{warnings} warnings").format(**s)))


MARK = {"present": ("[x]", "green"), "missing": ("[ ]", "bold red"), "maybe-missing": ("[?]", "yellow"),
        "not-required": ("[-]", "dim")}


def _print_checklist(console, checklist) -> None:
    """The permit's documents against the folder, with form and fee."""
    forms = ", ".join(checklist["forms"]) or _("not in docchk's sources")
    fees = "; ".join(f"€ {f['amount']:g}" + (f" ({f['when']})" if f["when"] else "")
                     for f in checklist["fees_eur"]) or _("not in docchk's sources")
    heading = _("{permit} ({id}): form {forms}; fee {fees}").format(
        permit=i18n.pick(checklist["names"]), id=checklist["id"], forms=forms, fees=fees)
    console.print(Text(heading, style="bold"))
    for item in checklist["requirements"]:
        mark, style = MARK[item["status"]]
        line = Text(f"  {mark} ", style=style)
        line.append(item["description"])
        if item["documents"]:
            line.append(f"  {', '.join(item['documents'])}", style="dim")
        elif item["status"] != "present" and item["why"] != "always":
            line.append(f"  ({item['why']})", style="dim")
        console.print(line)


@hookimpl
def docchk_report_formats(register):
    register("terminal", render)
