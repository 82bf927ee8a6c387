"""Read ``docchk.toml``: the applicant, the permit and per-file facts.

A submission folder may carry its own settings so that a sponsor's HR officer
does not have to type the V-number every time::

    [applicant]
    v_number = "2719283746"          # or klantnummer = "...",
    name = "Amira Haddad"            # or name + birth_date
    birth_date = 1994-03-17

    [submission]
    permit = "kennismigrant"
    date = 2026-12-01                # submission date (default: today)

    [files."birth-certificate.pdf"]
    type = "birth-certificate"

Command-line options override the file. The file is validated against
``schemas/docchk-toml.schema.json``; an invalid file is refused whole, with
the field and the reason, never half-applied.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import jsonschema

from docchk import redact
from docchk.facts import schema

FILE_NAME = "docchk.toml"


class SettingsError(ValueError):
    """docchk.toml is invalid; the message names the file, field and reason."""


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value


def load(folder: Path) -> dict:
    """The settings of ``folder/docchk.toml`` ({} when there is none)."""
    path = Path(folder) / FILE_NAME
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from exc
    data = _jsonable(data)
    validator = jsonschema.Draft202012Validator(schema("docchk-toml.schema.json"))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        field = ".".join(str(p) for p in e.absolute_path) or "(top level)"
        # The reason can quote the value: numbers in it are masked.
        raise SettingsError(f"{path}: field {field}: {redact.mask(e.message)}")
    return data
