"""Permit profiles: what each residence-permit type asks for.

A permit type is data -- a profile validated by ``schemas/permit.schema.json``
(forms, fees, who files it, age limits, income criteria, the documents to
send and when each applies) -- that a plugin returns from ``docchk_permits``.
The built-in permits (``plugins/``, installed as ``docchk_permits``) register
through the same entry-point group as a third party's, so a permit type is
added by installing a package (CONTRIBUTING.md).

This module loads and validates profiles and answers the questions the
completeness check asks of them: which documents does this applicant need,
which income criterion is in force, is the applicant's age within limits.
An invalid profile is refused whole, with the plugin, the field and the
reason: a permit half-applied would report documents missing (or not) for
no reason.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from pathlib import Path

import jsonschema

from docchk import facts
from docchk.i18n import _, pick
from docchk.model import Applicant


class PermitError(ValueError):
    """An invalid or unknown permit profile: a usage error (exit 2)."""


@functools.cache
def _validator():
    schema = facts.schema("permit.schema.json")
    return jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())


def validate(profile: object, origin: str) -> dict:
    """``profile`` if it is a valid permit profile, else PermitError naming
    ``origin`` (a plugin or file), the field and the reason."""
    errors = sorted(_validator().iter_errors(profile), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.absolute_path) or "(the profile)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise PermitError(f"{origin}: invalid permit profile at {where}: {e.message}{more}")
    return profile  # type: ignore[return-value]


def load_file(path: Path) -> list[dict]:
    """The profiles in a JSON file: one profile, or a list of them."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise PermitError(f"{path}: cannot read the permit profile ({exc})") from exc
    found = data if isinstance(data, list) else [data]
    return [validate(p, str(path)) for p in found]


_LOADED: dict[tuple, dict[str, dict]] = {}


def profiles(pm) -> dict[str, dict]:
    """Every permit profile the installed plugins provide, by id (loaded and
    validated once per set of plugins: a scan asks three times)."""
    key = (id(pm), tuple(id(impl.function) for impl in pm.hook.docchk_permits.get_hookimpls()))
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = _load_all(pm)
    return _LOADED[key]


def _load_all(pm) -> dict[str, dict]:
    found: dict[str, dict] = {}
    origin: dict[str, str] = {}
    for impl in pm.hook.docchk_permits.get_hookimpls():
        for profile in impl.function() or ():
            name = impl.plugin_name
            validate(profile, f"plugin {name!r}")
            pid = profile["id"]
            if pid in found:
                raise PermitError(f"permit {pid!r} is provided by two plugins: {origin[pid]!r} and {name!r}")
            found[pid], origin[pid] = profile, name
    return dict(sorted(found.items()))


def get(pm, permit_id: str) -> dict:
    known = profiles(pm)
    if permit_id not in known:
        raise PermitError(f"unknown permit {permit_id!r}; `docchk permits list` shows the "
                          f"{len(known)} installed ({', '.join(list(known)[:6])}, ...)")
    return known[permit_id]


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class Need:
    """One requirement of a profile for this applicant."""

    requirement: dict
    #: "required", "not-required" or "unknown" (a fact the condition needs is not given)
    status: str
    #: why: the conditions that made it required, or the facts that are missing
    reason: str


def describe(condition: dict) -> list[str]:
    """The condition in words, one phrase per key (for checklists)."""
    return [words for words, _ in _fact_conditions(condition, Applicant(), dt.date.today())]


def _fact_conditions(condition: dict, applicant: Applicant, day: dt.date) -> list[tuple[str, bool | None]]:
    """Each condition key with whether it holds (None: the fact is not known)."""
    results: list[tuple[str, bool | None]] = []
    age = age_on(applicant.birth_date, day) if applicant.birth_date else None
    for key, want in condition.items():
        if key == "marital_status":
            have = applicant.marital_status
            results.append((_("marital status {statuses}").format(statuses=" / ".join(want)),
                            None if have is None else have in want))
        elif key == "min_age":
            results.append((_("aged {age} or over").format(age=want), None if age is None else age >= want))
        elif key == "max_age":
            results.append((_("aged {age} or under").format(age=want), None if age is None else age <= want))
        elif key == "nationality_in":
            have = applicant.nationality
            results.append((_("nationality {codes}").format(codes=", ".join(want)),
                            None if have is None else have in want))
        elif key == "nationality_not_in":
            have = applicant.nationality
            results.append((_("nationality not {codes}").format(codes=", ".join(want)),
                            None if have is None else have not in want))
        elif key == "born_abroad":
            have = applicant.birth_country
            results.append((_("born outside the Netherlands"), None if have is None else have != "NLD"))
        elif key == "has_children":
            results.append((_("with children"), applicant.fact("has_children")))
        elif key == "fact":
            results.append((want.replace("_", " "), applicant.fact(want)))
    return results


def needs(profile: dict, applicant: Applicant, day: dt.date) -> list[Need]:
    """What this applicant must send for ``profile`` on ``day``."""
    out = []
    for req in profile["documents"]:
        condition = req.get("when")
        if not condition:
            out.append(Need(req, "required", "always"))
            continue
        checks = _fact_conditions(condition, applicant, day)
        if any(ok is False for _, ok in checks):
            out.append(Need(req, "not-required", "; ".join(w for w, ok in checks if ok is False)))
        elif any(ok is None for _, ok in checks):
            out.append(Need(req, "unknown", "; ".join(w for w, ok in checks if ok is None)))
        else:
            out.append(Need(req, "required", "; ".join(w for w, _ in checks)))
    return out


def income_criterion(profile: dict, applicant: Applicant, day: dt.date) -> tuple[dict | None, str]:
    """The income criterion in force on ``day`` for this applicant: the
    lowest amount among the rows whose dates, ages and conditions hold, and
    a note on rows left out because a fact is not known (a reduced
    criterion for recent graduates, say). (None, "") without a criterion."""
    income = profile.get("income")
    if not income:
        return None, ""
    age = age_on(applicant.birth_date, day) if applicant.birth_date else None
    fits, unknown = [], []
    for row in income["criteria"]:
        if not dt.date.fromisoformat(row["valid_from"]) <= day <= dt.date.fromisoformat(row["valid_to"]):
            continue
        checks = _fact_conditions({k: v for k, v in row.items() if k in ("min_age", "max_age")}
                                  | row.get("when", {}), applicant, day)
        if any(ok is False for _, ok in checks):
            continue
        if any(ok is None for _, ok in checks):
            unknown.append(f"{row.get('label', row['amount_eur'])} ({'; '.join(w for w, ok in checks if ok is None)})")
            continue
        fits.append(row)
    return min(fits, key=lambda r: r["amount_eur"], default=None), "; ".join(unknown)


# --- the checklist of one submission -------------------------------------------


@dataclass(frozen=True)
class Item:
    """One requirement of the permit against the folder."""

    need: Need
    #: relpaths of the documents that meet it
    documents: tuple[str, ...]

    @property
    def status(self) -> str:
        """present, missing (required, not there), maybe-missing (whether it
        is required is not known, and it is not there) or not-required."""
        if self.documents:
            return "present"
        return {"required": "missing", "unknown": "maybe-missing"}.get(self.need.status, "not-required")

    def to_dict(self) -> dict:
        req = self.need.requirement
        return {"id": req["id"], "types": list(req["types"]), "description": pick(req["description"]),
                "status": self.status, "why": self.need.reason, "documents": list(self.documents)}


def checklist(profile: dict, submission, applicant: Applicant, day: dt.date) -> list[Item]:
    """Each requirement of ``profile`` with the documents of ``submission``
    that meet it (by their type: read from the document or stated in
    docchk.toml). A sworn translation counts with its original, not alone."""
    by_type: dict[str, list[str]] = {}
    for doc in submission.documents:
        if doc.error is None and doc.type not in ("other", "translation"):
            by_type.setdefault(doc.type, []).append(doc.relpath)
    return [Item(need, tuple(p for t in need.requirement["types"] for p in by_type.get(t, ())))
            for need in needs(profile, applicant, day)]


def permit_summary(profile: dict) -> dict:
    """What the report says about the permit: names, forms, fees, who files."""
    return {"id": profile["id"], "names": profile["names"], "filed_by": profile["filed_by"],
            "forms": [f["number"] for f in profile["forms"]],
            "fees_eur": [{"amount": f["amount_eur"], "when": f.get("when")} for f in profile["fees"]]}
