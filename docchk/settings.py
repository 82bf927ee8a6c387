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
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from exc
    return parse(text, str(path))


def parse(text: str, origin: str = FILE_NAME) -> dict:
    """Settings from the text of a docchk.toml (an upload to the service, say),
    validated; errors name ``origin``."""
    path = origin
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from exc
    data = _jsonable(data)
    validator = jsonschema.Draft202012Validator(schema("docchk-toml.schema.json"))
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if not errors:
        return data
    # Every problem at once, so the file is fixed in one go. The reasons
    # can quote a value: numbers in them are masked.
    problems = [redact.mask(_plain(e)) for e in errors]
    if len(problems) == 1:
        raise SettingsError(f"{path}: {problems[0]}")
    raise SettingsError(f"{path}: {len(problems)} problems:\n" + "\n".join(f"  - {p}" for p in problems))


#: What a TOML value of each JSON Schema type is called, for people.
_KINDS = {
    "string": 'text in quotes ("...")',
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "object": "a table ([...] or {...})",
    "array": "a list ([...])",
}


def _plain(error: jsonschema.ValidationError) -> str:
    """One schema error in words a person can act on, naming the field."""
    from docchk.suggest import closest

    field = ".".join(str(p) for p in error.absolute_path)
    where = f"field {field}" if field else "the file"
    kind = error.validator
    if kind == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed))
        words = [
            f"{name!r}" + (f" (did you mean {near!r}?)" if (near := closest(name, allowed)) else "") for name in extra
        ]
        return (
            f"{where}: unknown setting {', '.join(words)}; "
            f"{'the settings here are ' + ', '.join(allowed) if allowed else 'nothing else is allowed here'}"
        )
    if kind == "type":
        wanted: list[str] = (
            error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        )
        return f"{where}: must be {' or '.join(_KINDS.get(t, t) for t in wanted)}"
    if kind == "enum":
        return f"{where}: must be one of {', '.join(map(str, error.validator_value))}"
    if kind == "required":
        return f"{where}: {error.message.split(' is a required')[0]} must be given"
    description = error.schema.get("description")
    return f"{where}: {description or error.message}"
