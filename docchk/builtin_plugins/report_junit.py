"""``--format junit``: JUnit XML for CI systems (GitLab, Jenkins, GitHub
Actions test reporters). One test suite per document (and one for the
submission), one test case per rule checked there: an error finding is a
failure, a warning or note is recorded as the case's output, so the CI
shows what docchk said without failing on it; the rules an unreadable file
could not be checked against are skipped. Same report object as the
other formats."""

from xml.etree import ElementTree as ET

from docchk.hookspec import hookimpl
from docchk.plugins import plugin_manager, rules, select_rules


def _checked_rules(report) -> list[str]:
    declared = rules(plugin_manager(report.config.disabled_plugins))
    return sorted(select_rules(declared, report.config.select, report.config.ignore))


def render(report, stream, options):
    checked = _checked_rules(report)
    by_place: dict[str | None, dict[str, list]] = {}
    for f in report.findings:
        by_place.setdefault(f.path, {}).setdefault(f.rule, []).append(f)
    places = [d.relpath for d in report.documents] + [None]
    unreadable = {d.relpath for d in report.documents if d.error is not None}
    root = ET.Element("testsuites", name="docchk", tests="0", failures="0")
    total = failures = 0
    for place in places:
        found = by_place.get(place, {})
        scope = ("page.", "document.", "passport.") if place else ("submission.",)
        ids = sorted({r for r in checked if r.startswith(scope)} | set(found))
        suite = ET.SubElement(root, "testsuite", name=place or "(submission)")
        suite_failures = 0
        for rule in ids:
            case = ET.SubElement(suite, "testcase", classname=place or "(submission)", name=rule)
            errors = [f for f in found.get(rule, []) if f.severity.value == "error"]
            others = [f for f in found.get(rule, []) if f.severity.value != "error"]
            if errors:
                failure = ET.SubElement(case, "failure", message=errors[0].message, type=rule)
                failure.text = "\n".join(_line(f) for f in errors)
                suite_failures += 1
            if others:
                ET.SubElement(case, "system-out").text = "\n".join(_line(f) for f in others)
            elif not errors and place in unreadable and rule != "document.unreadable":
                ET.SubElement(case, "skipped", message="the file could not be read")
        suite.set("tests", str(len(ids)))
        suite.set("failures", str(suite_failures))
        total += len(ids)
        failures += suite_failures
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def _line(f) -> str:
    where = f" (page {f.page})" if f.page else ""
    return f"{f.severity.value}{where}: {f.message} {f.hint or ''}".strip()


@hookimpl
def docchk_report_formats(register):
    register("junit", render)
