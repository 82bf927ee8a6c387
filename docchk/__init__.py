"""docchk: check the documents of a Dutch residence-permit application.

>>> import docchk
>>> report = docchk.scan(["submission/"], v_number="2719283746")
>>> report.ready, report.to_dict()["summary"]
"""

from docchk.api import OptionError, build_config, scan
from docchk.model import Finding, Severity
from docchk.report import Report

__all__ = ["scan", "build_config", "OptionError", "Report", "Finding", "Severity"]
