"""``--format json``: the report of DESIGN.md, nothing else on the stream."""

from docchk.hookspec import hookimpl


def render(report, stream, options):
    stream.write(report.to_json())
    stream.write("\n")


@hookimpl
def docchk_report_formats(register):
    register("json", render)
