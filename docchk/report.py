"""Stage 5: the report, the one object every output format is made from.

``Report.to_dict()`` is the JSON contract of DESIGN.md (schema:
``schemas/report.schema.json``); the formats in ``builtin_plugins/report_*``
and any plugin's ``docchk_report_formats`` render this object.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from docchk.model import Config, Finding, Severity, Submission
from docchk.plugins import installed_version

SCHEMA_VERSION = "1"


@dataclass
class Report:
    submission: Submission
    findings: list[Finding]
    config: Config
    #: Rules whose findings say a check could not be made (Rule.unchecked).
    unchecked_rules: frozenset[str] = frozenset()

    @property
    def documents(self):
        return self.submission.documents

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def ready(self) -> bool:
        """No error findings: the folder can be submitted as it is."""
        return self.count(Severity.ERROR) == 0

    @property
    def confirmed(self) -> bool:
        """Every check could be made: no finding says one could not (an
        income criterion not known for the date, say). A report that is
        ready but not confirmed says so instead of "Ready to submit"."""
        return not any(f.rule in self.unchecked_rules for f in self.findings)

    def verdict(self) -> str:
        """The one line a person reads first, in the current language."""
        from docchk.i18n import _, ngettext

        if not self.ready:
            return _("Not ready to submit")
        if self.confirmed:
            return _("Ready to submit")
        n = sum(1 for f in self.findings if f.rule in self.unchecked_rules)
        return ngettext(
            "Not confirmed: no errors, but {n} check could not be made (see the warning)",
            "Not confirmed: no errors, but {n} checks could not be made (see the warnings)",
            n,
        ).format(n=n)

    @property
    def summary(self) -> dict:
        return {
            "documents": len(self.documents),
            "pages": sum(len(d.pages) for d in self.documents),
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "infos": self.count(Severity.INFO),
        }

    def counts_text(self, notes: bool = True) -> str:
        """ "3 documents, 4 pages: 1 error, 2 warnings, 1 note" in the current
        language, each count with its own plural."""
        from docchk.i18n import ngettext

        s = self.summary
        parts = [
            ngettext("{n} error", "{n} errors", s["errors"]).format(n=s["errors"]),
            ngettext("{n} warning", "{n} warnings", s["warnings"]).format(n=s["warnings"]),
        ]
        if notes:
            parts.append(ngettext("{n} note", "{n} notes", s["infos"]).format(n=s["infos"]))
        return (
            ngettext("{n} document", "{n} documents", s["documents"]).format(n=s["documents"])
            + ", "
            + ngettext("{n} page", "{n} pages", s["pages"]).format(n=s["pages"])
            + ": "
            + ", ".join(parts)
        )

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "docchk", "version": installed_version()},
            "permit": self.config.permit,
            "permit_checklist": self.permit_checklist(),
            "submission_date": self.config.submission_date.isoformat(),
            "ready": self.ready,
            "confirmed": self.confirmed,
            "summary": self.summary,
            "documents": [d.to_dict() for d in self.documents],
            "findings": [f.to_dict() for f in self.findings],
        }

    def permit_checklist(self) -> dict | None:
        """The chosen permit's forms, fees and requirements against this
        folder, with the form, fee and deadlines for this applicant (None
        without ``--permit``)."""
        if not self.config.permit:
            return None
        from docchk import permits
        from docchk.plugins import plugin_manager

        profile = permits.get(plugin_manager(self.config.disabled_plugins), self.config.permit)
        applicant, day = self.config.applicant, self.config.submission_date
        items = permits.checklist(profile, self.submission, applicant, day)
        return {**permits.permit_summary(profile, applicant, day), "requirements": [i.to_dict() for i in items]}

    def redacted(self) -> Report:
        """This report with the applicant's identifiers masked (``--redact``):
        numbers of seven digits or more, the name and date of birth, in
        messages, hints and file names (docchk.redact). Report formats also
        get ``options["redact"]`` for what they draw (the HTML thumbnails)."""
        from docchk import identifiers, redact

        applicant = identifiers.applicant_for_pages(self.submission, self.config.applicant)

        def mask(text):
            return redact.mask(text, applicant) if text else text

        findings = [
            dataclasses.replace(f, path=mask(f.path), message=mask(f.message), hint=mask(f.hint)) for f in self.findings
        ]
        documents = [dataclasses.replace(d, relpath=mask(d.relpath)) for d in self.documents]
        roots = tuple(mask(r) for r in self.submission.roots)
        return Report(
            dataclasses.replace(self.submission, documents=documents, roots=roots),
            findings,
            self.config,
            self.unchecked_rules,
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)
