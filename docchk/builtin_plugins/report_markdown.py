"""``--format markdown``: the report as GitHub-flavoured Markdown, for a
comment on a portal's case or a ticket. Built from the same report object
as every other format."""

from docchk import i18n, permits
from docchk.hookspec import hookimpl
from docchk.i18n import _

ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}
MARK = {"present": "[x]", "missing": "[ ]", "maybe-missing": "[ ] (?)", "not-required": "[-]"}


def _cell(text: str) -> str:
    """Text safe inside a table cell: no pipes or line breaks to break the row."""
    return (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def render(report, stream, options):
    icon = "❌" if not report.ready else "✅" if report.confirmed else "⚠️"
    verdict = f"{icon} **{report.verdict()}**"
    stream.write(f"## docchk: {verdict}\n\n")
    stream.write(report.counts_text() + ".\n\n")
    if report.findings:
        header = (_("Where"), _("Rule"), _("Problem"), _("How to fix it"))
        stream.write("| | " + " | ".join(header) + " |\n|---|---|---|---|---|\n")
        for f in report.findings:
            where = (f.path or _("(submission)")) + (f" p.{f.page}" if f.page else "")
            stream.write(
                f"| {ICON[f.severity.value]} {i18n.severity(f.severity.value)} | {_cell(where)} | `{f.rule}` | "
                f"{_cell(f.message)} | {_cell(f.hint)} |\n"
            )
        stream.write("\n")
    checklist = report.permit_checklist()
    if checklist:
        forms = ", ".join(checklist["forms"]) or _("not in docchk's sources")
        form = _("form {forms}").format(forms=forms)
        stream.write(f"### {i18n.pick(checklist['names'])} (`{checklist['id']}`), {form}\n\n")
        lines = permits.applicant_lines(checklist)
        for label, text in lines:
            stream.write(f"- **{_cell(label)}:** {_cell(text)}\n")
        stream.write("\n" if lines else "")
        for item in checklist["requirements"]:
            found = f" ({', '.join(item['documents'])})" if item["documents"] else ""
            stream.write(f"- {MARK[item['status']]} {_cell(item['description'])}{_cell(found)}\n")
        stream.write("\n")
    stream.write(
        f"<sub>docchk {report.to_dict()['tool']['version']}, "
        f"submission date {report.config.submission_date.isoformat()}</sub>\n"
    )


@hookimpl
def docchk_report_formats(register):
    register("markdown", render)
