"""document.unreadable: a file docchk (and so the IND) cannot read."""

from docchk.hookspec import hookimpl
from docchk.model import Finding, Level, Rule, Severity

RULE = "document.unreadable"


@hookimpl
def docchk_register_rules(register):
    register(Rule(RULE, Level.DOCUMENT, "corrupt, encrypted, empty, too large or unsupported file"))


@hookimpl
def docchk_check_document(document, config):
    if document.error is None:
        return []
    return [Finding(RULE, Severity.ERROR, document.relpath, None, document.error.reason, document.error.hint)]
