"""``--format terminal`` (the default): a summary and one row per finding.

The width is the terminal's: the one the report is printed on, or -- when
the report is piped (``docchk scan F | less``) -- the one the user sits at
(standard error or input), so a pipe does not get rows wider than the
screen. ``COLUMNS`` overrides it; with no terminal at all (a file, a CI
log) rows are 120 columns. Below 110 columns a table cannot give the
message a readable column, so each finding becomes a block of its own.
"""

import os

from rich.console import Console
from rich.table import Table
from rich.text import Text

from docchk import i18n, permits
from docchk.hookspec import hookimpl
from docchk.i18n import _

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
#: Narrower than this, findings are printed one block each instead of a table.
TABLE_MIN_WIDTH = 110
#: Without any terminal (a file, a CI log).
NO_TERMINAL_WIDTH = 120


def _width(console: Console) -> int | None:
    """The columns to print in, or None to keep rich's own answer (the
    terminal written to, or COLUMNS)."""
    if console.is_terminal or "COLUMNS" in os.environ:
        return None
    for fd in (2, 0):  # the user's terminal, when the report itself is piped
        try:
            return os.get_terminal_size(fd).columns
        except OSError:
            continue
    return NO_TERMINAL_WIDTH


def render(report, stream, options):
    console = Console(file=stream, highlight=False, soft_wrap=False, no_color=options.get("no_color", False))
    width = _width(console)
    if width:
        console.width = width
    if report.findings:
        (_table if console.width >= TABLE_MIN_WIDTH else _blocks)(console, report.findings)
    checklist = report.permit_checklist()
    if checklist:
        _print_checklist(console, checklist)
    style = "bold red" if not report.ready else "bold green" if report.confirmed else "bold yellow"
    verdict = Text(report.verdict(), style=style)
    console.print(verdict, Text("- " + report.counts_text(notes=False)))


def _where(f) -> str:
    where = f.path or _("(submission)")
    return where + f" p.{f.page}" if f.page else where


def _table(console, findings) -> None:
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=False)
    table.add_column(_("Level"))
    table.add_column(_("Where"), overflow="fold")
    table.add_column(_("Rule"), no_wrap=True)
    table.add_column(_("Problem and how to fix it"), overflow="fold")
    for f in findings:
        what = Text(f.message)
        if f.hint:
            what.append("\n" + f.hint, style="dim")
        table.add_row(
            Text(i18n.severity(f.severity.value), style=STYLE[f.severity.value]), Text(_where(f)), f.rule, what
        )
    console.print(table)


def _blocks(console, findings) -> None:
    """One finding per block, for a narrow terminal: level, rule and place
    on one line, then the message and the hint indented and wrapped."""
    for f in findings:
        head = Text(i18n.severity(f.severity.value), style=STYLE[f.severity.value])
        head.append(f"  {f.rule}  ", style="bold")
        head.append(_where(f))
        console.print(head, overflow="fold")
        body = Text(f.message)
        if f.hint:
            body.append("\n" + f.hint, style="dim")
        for line in body.wrap(console, max(20, console.width - 2), overflow="fold"):
            line.rstrip()
            console.print(Text("  ") + line)
        console.print()


MARK = {
    "present": ("[x]", "green"),
    "missing": ("[ ]", "bold red"),
    "maybe-missing": ("[?]", "yellow"),
    "not-required": ("[-]", "dim"),
}


def _print_checklist(console, checklist) -> None:
    """The permit's documents against the folder, with form and fee."""
    forms = ", ".join(checklist["forms"]) or _("not in docchk's sources")
    fees = "; ".join(
        f"€ {f['amount']:g}" + (f" ({f['when']})" if f["when"] else "") for f in checklist["fees_eur"]
    ) or _("not in docchk's sources")
    heading = _("{permit} ({id}): form {forms}; fee {fees}").format(
        permit=i18n.pick(checklist["names"]), id=checklist["id"], forms=forms, fees=fees
    )
    console.print(Text(heading, style="bold"))
    for label, text in permits.applicant_lines(checklist):
        console.print(Text(f"  {label}: ", style="bold").append(text, style=""))
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
