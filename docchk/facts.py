"""Load the facts docchk relies on from its data files.

Thresholds, paper sizes and keyword lists are data, not code: each file in
``docchk/data`` names its source and the date it was checked, and is validated
against ``schemas/facts.schema.json`` when first loaded.
"""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources

import jsonschema


@functools.cache
def schema(name: str) -> dict:
    """A JSON Schema from the top-level ``schemas/`` folder."""
    return json.loads(resources.files("docchk.schemas").joinpath(name).read_text("utf-8"))


@functools.cache
def _validator():
    """One validator for every data file. ``jsonschema.validate`` would check
    the schema itself against its meta-schema on every call (0.2 s each):
    the test suite does that once (tests/test_units.py)."""
    found = schema("facts.schema.json")
    return jsonschema.validators.validator_for(found)(found)


@functools.cache
def load(name: str) -> dict:
    """The ``values`` of data file ``docchk/data/NAME.json``, validated."""
    doc = json.loads(resources.files("docchk.data").joinpath(f"{name}.json").read_text("utf-8"))
    _validator().validate(doc)
    return doc["values"]


@functools.cache
def fingerprint() -> str:
    """A hash of every data file, so cached analyses follow a changed threshold."""
    h = hashlib.sha256()
    for entry in sorted(resources.files("docchk.data").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            h.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return h.hexdigest()
