"""Permit profiles: what each residence-permit type asks for.

A permit type is data -- a profile validated by ``schemas/permit.schema.json``
(forms, fees, who files it, age limits, income criteria, the documents to
send and when each applies) -- that a plugin returns from ``docchk_permits``.
The built-in permits (``plugins/``, installed as ``docchk_permits``) register
through the same entry-point group as a third party's, so a permit type is
added by installing a package (CONTRIBUTING.md).

This module loads and validates profiles and answers the questions the
completeness check asks of them: which documents does this applicant need,
which income criterion is in force (and, when none is, the last one known),
is the applicant's age within limits, does the applicant meet the permit's
own conditions, which age limits and legalisation the permit sets on each
document type (:func:`limits`).
An invalid profile is refused whole, with the plugin, the field and the
reason: a permit half-applied would report documents missing (or not) for
no reason.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import jsonschema

from docchk import facts
from docchk.i18n import _, pick
from docchk.model import Applicant


class PermitError(ValueError):
    """An invalid or unknown permit profile: a usage error (exit 2)."""


#: A seed file name (shared/seeds): where a cite that rests on a seed starts.
SEED_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
#: How a cite that does not rest on a seed starts (it then says what it rests on).
NOT_IN_SEEDS = "not in the seeds:"


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
    for where, name in _set_names(profile):
        if name not in _nationality_sets():
            raise PermitError(
                f"{origin}: invalid permit profile at {where}: unknown nationality set {name!r} "
                f"(docchk/data/nationality_sets.json has {', '.join(sorted(_nationality_sets()))})"
            )
    return cast(dict, profile)  # the schema has just checked that it is an object


def _set_names(node, path: str = "") -> list[tuple[str, str]]:
    """(where, set name) of every nationality_in_set / nationality_not_in_set
    condition in a profile, wherever conditions are (documents, income rows)."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}/{key}".lstrip("/")
            if key in ("nationality_in_set", "nationality_not_in_set") and isinstance(value, str):
                found.append((where, value))
            else:
                found += _set_names(value, where)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _set_names(value, f"{path}/{i}")
    return found


def _nationality_sets() -> dict[str, dict]:
    """The named sets of nationalities (docchk/data/nationality_sets.json)."""
    return facts.load("nationality_sets")


def nationality_set(name: str) -> frozenset[str]:
    """The ISO 3166 alpha-3 codes of a named nationality set ("tb-test-exempt",
    "mvv-exempt"): those the seed names and those ``added`` from outside the
    seeds. KeyError for an unknown name (profiles are checked at load)."""
    entry = _nationality_sets()[name]
    return frozenset(entry["codes"]) | frozenset(entry.get("added", {}).get("codes", ()))


@functools.cache
def _source_titles() -> dict[str, str]:
    return {name: f"{entry['publisher']}, {entry['title']}" for name, entry in facts.load("sources").items()}


def source_title(cite: str) -> str:
    """A cite (or a note) as the user reads it: each seed file name (an
    internal name, issue #23) and each short reference to one ("002
    Bijlage 6") replaced by the publisher and title the text itself gives,
    e.g. "IND, Verblijf in Nederland, Bijlage 6: '...'"."""
    titles = _source_titles()
    short = {name[:3]: title for name, title in titles.items()}

    def title(m: re.Match) -> str:
        ref = m.group()
        if len(ref) > 3:
            return titles.get(ref, _("a source text"))
        part_follows = re.match(r" (Hoofdstuk|Bijlage|§|form)", cite[m.end() :])
        return short[ref] + ("," if part_follows else "") if ref in short else ref

    return _SEED_REF.sub(title, cite)


#: A seed file name, or the short reference profiles use in notes ("002 Hoofdstuk 3", "(003)").
_SEED_REF = re.compile(rf"{SEED_FILE.pattern}|(?<![\w.,/€-])\d{{3}}(?!\w|[.,]\d)")


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
        from docchk.suggest import did_you_mean

        raise PermitError(
            f"unknown permit {permit_id!r}.{did_you_mean(permit_id, known)} `docchk permits "
            f"list` shows the {len(known)} installed ({', '.join(list(known)[:6])}, ...)"
        )
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
            results.append(
                (
                    _("marital status {statuses}").format(statuses=" / ".join(want)),
                    None if have is None else have in want,
                )
            )
        elif key == "min_age":
            results.append((_("aged {age} or over").format(age=want), None if age is None else age >= want))
        elif key == "max_age":
            results.append((_("aged {age} or under").format(age=want), None if age is None else age <= want))
        elif key == "nationality_in":
            have = applicant.nationality
            results.append(
                (_("nationality {codes}").format(codes=", ".join(want)), None if have is None else have in want)
            )
        elif key in ("nationality_in_set", "nationality_not_in_set"):
            have, inside = applicant.nationality, key == "nationality_in_set"
            words = _("nationality {label}") if inside else _("nationality not {label}")
            results.append(
                (
                    words.format(label=pick(_nationality_sets()[want]["label"])),
                    None if have is None else (have in nationality_set(want)) == inside,
                )
            )
        elif key == "nationality_not_in":
            have = applicant.nationality
            results.append(
                (_("nationality not {codes}").format(codes=", ".join(want)), None if have is None else have not in want)
            )
        elif key == "born_abroad":
            have = applicant.birth_country
            results.append((_("born outside the Netherlands"), None if have is None else have != "NLD"))
        elif key == "has_children":
            results.append((_("with children"), applicant.fact("has_children")))
        elif key == "mvv_required":
            need = mvv_required(applicant)
            words = _("an mvv (entry visa) is needed") if want else _("no mvv (entry visa) is needed")
            results.append((words, None if need is None else need == want))
        elif key == "fact":
            results.append((want.replace("_", " "), applicant.fact(want)))
        elif key == "not_fact":
            holds = applicant.fact(want)
            words = want.replace("_", " ") if holds is None else _("not {fact}").format(fact=want.replace("_", " "))
            results.append((words, None if holds is None else not holds))
    return results


def settle(condition: dict, applicant: Applicant, day: dt.date) -> tuple[bool | None, str]:
    """Whether ``condition`` holds for this applicant on ``day`` (None: a
    fact it needs is not given), with the phrases that decided it: the
    failing ones, else the unknown ones, else all."""
    checks = _fact_conditions(condition, applicant, day)
    for outcome in (False, None):
        if any(ok is outcome for _, ok in checks):
            return outcome, "; ".join(w for w, ok in checks if ok is outcome)
    return True, "; ".join(w for w, _ in checks)


def needs(profile: dict, applicant: Applicant, day: dt.date) -> list[Need]:
    """What this applicant must send for ``profile`` on ``day``."""
    out = []
    for req in profile["documents"]:
        condition = req.get("when")
        if not condition:
            out.append(Need(req, "required", "always"))
            continue
        holds, reason = settle(condition, applicant, day)
        out.append(Need(req, {True: "required", False: "not-required", None: "unknown"}[holds], reason))
    return out


def limits(profile: dict, applicant: Applicant, day: dt.date) -> dict[str, dict]:
    """Per document type, what the requirements that may apply to this
    applicant (required, or not known to be unrequired) ask of it beyond
    being there: ``{"max_age_months": n}`` (the strictest) and
    ``{"legalised": True}``. A document the applicant need not send is
    held to no permit limit."""
    out: dict[str, dict] = {}
    for need in needs(profile, applicant, day):
        if need.status == "not-required":
            continue
        req = need.requirement
        for doc_type in req["types"]:
            have = out.setdefault(doc_type, {})
            if req.get("max_age_months"):
                have["max_age_months"] = min(req["max_age_months"], have.get("max_age_months", req["max_age_months"]))
            if req.get("legalised"):
                have["legalised"] = True
    return {t: v for t, v in out.items() if v}


def conditions(profile: dict, applicant: Applicant, day: dt.date) -> list[tuple[dict, bool | None, str]]:
    """Each condition the applicant must meet for the permit itself
    (``conditions`` of the profile): (condition, holds or None when a fact
    is not given, the phrases that decided it)."""
    return [(c, *settle(c["when"], applicant, day)) for c in profile.get("conditions", ())]


def chosen(config) -> dict | None:
    """The profile of the permit chosen with ``--permit``, or None."""
    if not config.permit:
        return None
    from docchk.plugins import plugin_manager

    return get(plugin_manager(config.disabled_plugins), config.permit)


def income_rows(profile: dict, applicant: Applicant, day: dt.date) -> tuple[list[dict], list[tuple[dict, str]]]:
    """The income criterion rows in force on ``day`` that hold for this
    applicant, and those that may hold, each with the facts not given
    (``[(row, "reduced salary criterion")]``). Rows whose dates, ages or
    conditions fail are left out."""
    fits, maybe = [], []
    for row in (profile.get("income") or {}).get("criteria", ()):
        if not dt.date.fromisoformat(row["valid_from"]) <= day <= dt.date.fromisoformat(row["valid_to"]):
            continue
        holds, words = settle(
            {k: v for k, v in row.items() if k in ("min_age", "max_age")} | row.get("when", {}), applicant, day
        )
        if holds is True:
            fits.append(row)
        elif holds is None:
            maybe.append((row, words))
    return fits, maybe


def unknown_rows_note(rows: list[tuple[dict, str]]) -> str:
    """Rows that may apply, in words: "label (the facts not given); ..."."""
    return "; ".join(f"{row.get('label', row['amount_eur'])} ({words})" for row, words in rows)


def income_criterion(profile: dict, applicant: Applicant, day: dt.date) -> tuple[dict | None, str]:
    """The income criterion in force on ``day`` for this applicant: the
    lowest amount among the rows whose dates, ages and conditions hold, and
    a note on rows left out because a fact is not known (a reduced
    criterion for recent graduates, say). (None, "") without a criterion."""
    fits, maybe = income_rows(profile, applicant, day)
    return min(fits, key=lambda r: r["amount_eur"], default=None), unknown_rows_note(maybe)


def in_force(profile: dict, day: dt.date) -> bool:
    """Does any income criterion row of ``profile`` cover ``day``?"""
    return any(
        dt.date.fromisoformat(r["valid_from"]) <= day <= dt.date.fromisoformat(r["valid_to"])
        for r in (profile.get("income") or {}).get("criteria", ())
    )


def last_income_criteria(profile: dict, applicant: Applicant, day: dt.date) -> list[dict]:
    """What a check with no figure in force on ``day`` names as the last
    criterion known: of the rows that may apply to this applicant, those of
    the period nearest before ``day`` (else the first after it). When some
    of them are known to hold, the one that would apply (the lowest of
    those); else all of them, highest first (which one applies depends on
    a fact not given)."""
    rows = []
    for row in (profile.get("income") or {}).get("criteria", ()):
        condition = {k: v for k, v in row.items() if k in ("min_age", "max_age")} | row.get("when", {})
        holds = settle(condition, applicant, day)[0]
        if holds is not False:
            rows.append((row, holds))
    before = [(r, h) for r, h in rows if dt.date.fromisoformat(r["valid_to"]) < day]
    after = [(r, h) for r, h in rows if dt.date.fromisoformat(r["valid_from"]) > day]
    if before:
        edge = max(r["valid_to"] for r, _ in before)
        period = [(r, h) for r, h in before if r["valid_to"] == edge]
    else:
        edge = min((r["valid_from"] for r, _ in after), default=None)
        period = [(r, h) for r, h in after if r["valid_from"] == edge]
    known = [r for r, h in period if h is True]
    if known:
        return [min(known, key=lambda r: r["amount_eur"])]
    return sorted((r for r, _ in period), key=lambda r: -r["amount_eur"])


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
        return {
            "id": req["id"],
            "types": list(req["types"]),
            "description": pick(req["description"]),
            "status": self.status,
            "why": self.need.reason,
            "documents": list(self.documents),
        }


def checklist(profile: dict, submission, applicant: Applicant, day: dt.date) -> list[Item]:
    """Each requirement of ``profile`` with the documents of ``submission``
    that meet it (by their type: read from the document or stated in
    docchk.toml). A sworn translation counts with its original, not alone."""
    by_type: dict[str, list[str]] = {}
    for doc in submission.documents:
        if doc.error is None and doc.type not in ("other", "translation"):
            by_type.setdefault(doc.type, []).append(doc.relpath)
    return [
        Item(need, tuple(p for t in need.requirement["types"] for p in by_type.get(t, ())))
        for need in needs(profile, applicant, day)
    ]


def permit_summary(profile: dict, applicant: Applicant | None = None, day: dt.date | None = None) -> dict:
    """What the report says about the permit: names, forms, fees, who files;
    given the applicant and the submission date also the form and the fee
    that apply to them (with why) and the deadlines, in the current language,
    citing the sources by title (source_title)."""
    out = {
        "id": profile["id"],
        "names": profile["names"],
        "filed_by": profile["filed_by"],
        "forms": list(dict.fromkeys(form_label(f) for f in all_forms(profile))),
        "fees_eur": [{"amount": f["amount_eur"], "when": f.get("when")} for f in profile["fees"]],
    }
    if applicant is None or day is None:
        return out
    fitting, why = forms_for(profile, applicant, day)
    fee, fee_why = fee_for(profile, applicant, day)
    out["form"] = (
        {
            "number": fitting[0].get("number"),
            "name": fitting[0].get("name"),
            "source": source_title(fitting[0]["source"]),
            "why": why,
        }
        if len(fitting) == 1
        else None
    )
    out["form_why"] = why
    out["fee"] = (
        None
        if fee is None
        else {
            "amount": fee["amount_eur"],
            "when": fee.get("when"),
            "form": fee.get("form"),
            "source": source_title(fee["source"]),
        }
    )
    out["fee_why"] = fee_why
    out["deadlines"] = [
        {
            "id": d["id"],
            "kind": d["kind"],
            "text": pick(d["text"]),
            "amount": d["amount"],
            "unit": d["unit"],
            "source": source_title(d["source"]),
        }
        for d in deadlines(profile, applicant, day)
    ]
    return out


# --- the form, the fee and the deadlines that apply to this applicant ---------


@functools.cache
def _general_forms() -> tuple[dict, ...]:
    return tuple(facts.load("general_forms")["forms"])


def all_forms(profile: dict) -> list[dict]:
    """The profile's forms and, with ``general_forms``, the general forms of a
    regular residence permit by situation (002 Bijlage 1,
    docchk/data/general_forms.json)."""
    return [*profile["forms"], *(_general_forms() if profile.get("general_forms") else ())]


def form_label(form: dict) -> str:
    """A form as the IND names it: its number, else its title (002 Bijlage 1
    names the general forms by title only)."""
    return form.get("number") or form["name"]


def mvv_required(applicant: Applicant) -> bool | None:
    """Whether the applicant needs an mvv (entry visa) before a residence
    permit (002 Hoofdstuk 3 'Wie heeft geen mvv nodig?'): not with a Dutch
    residence permit (fact has_residence_permit) or an mvv-exempt
    nationality; None when the nationality, or whether they hold a permit,
    is not known."""
    if applicant.fact("has_residence_permit"):
        return False
    if applicant.nationality is None:
        return None
    if applicant.nationality in nationality_set("mvv-exempt"):
        return False
    return None if applicant.fact("has_residence_permit") is None else True


#: The facts that say an application is not a first one, by situation.
_LATER = {"extension": "extension", "change-of-purpose": "change_of_purpose", "permanent": "permanent"}


def _situation_checks(situation: str | None, used: set[str], applicant: Applicant) -> list[tuple[str, bool | None]]:
    """Whether the applicant is in ``situation`` (None: any), as condition
    phrases. The later situations count only among those the profile's
    forms distinguish (``used``): a profile with first-application forms
    only does not ask whether this is an extension."""
    if situation is None:
        return []
    if situation in _LATER:
        return [(situation.replace("-", " "), applicant.fact(_LATER[situation]))]
    checks = [
        (s.replace("-", " "), None)
        if applicant.fact(f) is None
        else (_("not {situation}").format(situation=s.replace("-", " ")), not applicant.fact(f))
        for s, f in _LATER.items()
        if s in used
    ]
    has_mvv, need = applicant.fact("has_mvv"), mvv_required(applicant)
    if situation == "first-with-mvv":
        holds = True if has_mvv or need else None if need is None else False
        words = _("an mvv (entry visa) is held or needed")
    else:
        holds = False if has_mvv or need else None if need is None else True
        words = _("no mvv (entry visa) is needed")
    return [*checks, (_mvv_unknown() if holds is None else words, holds)]


def _mvv_unknown() -> str:
    return _("whether an mvv (entry visa) is needed (nationality, has_residence_permit)")


def forms_for(profile: dict, applicant: Applicant, day: dt.date) -> tuple[list[dict], str]:
    """The forms of ``profile`` that fit this applicant's situation and facts
    (002 Bijlage 1: only the right form is taken into treatment), and why:
    the conditions that chose them, or the facts still to state. Every form
    when none has a situation or condition. A profile's forms are
    alternatives: when exactly one fits, it is the one, even if another's
    condition needs a fact not given."""
    forms = all_forms(profile)
    used = {f["situation"] for f in forms if f.get("situation")}
    fits, unknown = [], []
    for form in forms:
        checks = _situation_checks(form.get("situation"), used, applicant)
        for key, want in form.get("applies", {}).items():
            checks += [
                (_mvv_unknown() if ok is None and key == "mvv_required" else w, ok)
                for w, ok in _fact_conditions({key: want}, applicant, day)
            ]
        if any(ok is False for _, ok in checks):
            continue
        if any(ok is None for _, ok in checks):
            unknown += [w for w, ok in checks if ok is None]
            continue
        fits.append((form, "; ".join(w for w, _ in checks)))
    if unknown and len(fits) != 1:
        return [f for f, _ in fits], _("depends on {facts}").format(facts="; ".join(dict.fromkeys(unknown)))
    if forms and not fits:
        return [], _("no form of this permit fits the facts given")
    return [f for f, _ in fits], "; ".join(w for _, w in fits if w)


def _in_force(row: dict, day: dt.date) -> bool:
    start, end = row.get("valid_from"), row.get("valid_to")
    return (start is None or dt.date.fromisoformat(start) <= day) and (end is None or day <= dt.date.fromisoformat(end))


def fee_for(profile: dict, applicant: Applicant, day: dt.date) -> tuple[dict | None, str]:
    """The fee row this applicant pays on ``day``, and why (or None and why
    not). Among the rows in force for the form that fits (see forms_for),
    a row whose ``applies`` condition holds wins over the standard fee (the
    lowest if several hold: an exemption over a reduced rate); a row whose
    condition needs a fact not given is named so the applicant can state
    it. A row with a ``when`` text but neither ``applies`` nor ``form`` is
    never chosen (shown as "may apply"); one with a ``form`` is that form's
    standard fee."""
    rows = [r for r in profile["fees"] if _in_force(r, day)]
    if not rows:
        later = sorted({r["valid_from"] for r in profile["fees"] if r.get("valid_from")})
        return None, (
            _("no fee in docchk's sources for {date} (known from {start})").format(date=day.isoformat(), start=later[0])
            if later
            else _("the sources give no fee for this permit")
        )
    by_form = {r["form"] for r in rows if r.get("form")}
    if len(by_form) > 1:
        forms, why = forms_for(profile, applicant, day)
        fitting = {f.get("number") for f in forms}
        if len(fitting & by_form) != 1:
            return None, _("depends on the form ({forms}): {why}").format(
                forms=", ".join(sorted(by_form)), why=why or "-"
            )
        rows = [r for r in rows if r.get("form") in (None, *fitting)]
    holds, unknown, maybe = [], [], []
    for row in rows:
        if "applies" not in row:
            if row.get("when") and not row.get("form"):
                maybe.append(row)
            continue
        ok, words = settle(row["applies"], applicant, day)
        if ok:
            holds.append((row, words))
        elif ok is None:
            unknown.append((row["amount_eur"], f"€ {row['amount_eur']:g} ({words})"))
    chosen = min(holds, key=lambda h: h[0]["amount_eur"]) if holds else None
    standard = [r for r in rows if "applies" not in r and r not in maybe]
    pays = chosen[0]["amount_eur"] if chosen else standard[0]["amount_eur"] if len(standard) == 1 else None
    other = [words for amount, words in unknown if amount != pays]
    notes = [_("a different fee applies if: {rows}").format(rows="; ".join(other))] if other else []
    notes += [_("may apply: € {amount} ({when})").format(amount=f"{r['amount_eur']:g}", when=r["when"]) for r in maybe]
    if chosen:
        row, words = chosen
        return row, "; ".join([_("because: {conditions}").format(conditions=words), *notes])
    if len(standard) == 1:
        return standard[0], "; ".join([_("the standard fee"), *notes])
    if other:
        return None, "; ".join([_("depends on: {rows}").format(rows="; ".join(other)), *notes[1:]])
    return None, "; ".join(notes) or _("the sources give no fee for this permit")


@functools.cache
def _general_deadlines() -> tuple[dict, ...]:
    return tuple(facts.load("deadlines")["deadlines"])


def deadlines(profile: dict, applicant: Applicant | None = None, day: dt.date | None = None) -> list[dict]:
    """The deadlines and waiting times for ``profile``: the profile's own,
    then the general ones (docchk/data/deadlines.json) a profile does not
    replace by id, and of those only the ones for a document the profile
    asks for (the integration exam abroad); given the applicant, without
    those whose condition is known not to hold (no mvv, no TB test)."""
    own = list(profile.get("deadlines", ()))
    ids = {d["id"] for d in own}
    asked = {t for req in profile["documents"] for t in req["types"]}
    found = own + [d for d in _general_deadlines() if d["id"] not in ids and d.get("document_type") in (None, *asked)]
    if applicant is None:
        return found
    return [
        d
        for d in found
        if "applies" not in d or settle(d["applies"], applicant, day or dt.date.today())[0] is not False
    ]


def applicant_lines(checklist: dict) -> list[tuple[str, str]]:
    """What a report format prints under the checklist heading, as (label,
    text) in the current language: the form and the fee for this applicant
    (or why they are not known) and each deadline. One place, so the
    terminal, Markdown and HTML reports say the same."""
    if "fee" not in checklist:
        return []
    form, fee = checklist["form"], checklist["fee"]
    if form:
        name = " - ".join(x for x in (form["number"], form["name"]) if x)
        form_text = name + (f" ({form['why']})" if form["why"] else "")
    else:
        form_text = _("not decided: {why}").format(why=checklist["form_why"] or _("not in docchk's sources"))
    fee_text = (
        _("€ {amount} ({why})").format(amount=f"{fee['amount']:g}", why=checklist["fee_why"])
        if fee
        else _("not known: {why}").format(why=checklist["fee_why"])
    )
    return [
        (_("Form for this applicant"), form_text),
        (_("Fee for this applicant"), fee_text),
        *(
            (
                _("Deadline")
                if d["kind"] == "deadline"
                else _("Waiting time")
                if d["kind"] == "waiting-time"
                else _("Validity"),
                d["text"],
            )
            for d in checklist["deadlines"]
        ),
    ]


#: Yes/no facts docchk's own rules read whatever the permit: where the
#: applicant is and what they hold decide the mvv question and the form
#: (mvv_refusal, forms_for), children the family conditions.
GENERAL_FACTS = ("in_netherlands", "has_mvv", "has_residence_permit", "has_children")


def fact_names(profile: dict) -> list[str]:
    """Every yes/no fact the profile's conditions ask about, wherever they
    are (documents, income rows, forms, fees, deadlines, conditions), with
    the facts the form's situation and the mvv question rest on: what
    `docchk permits show` tells the applicant to state."""
    found: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("fact", "not_fact") and isinstance(value, str):
                    found.add(value)
                elif key == "mvv_required":
                    found.add("has_residence_permit")
                elif key == "situation" and isinstance(value, str):
                    found.update(("has_mvv", "has_residence_permit"))
                    if value in _LATER:
                        found.add(_LATER[value])
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk({k: v for k, v in profile.items() if k not in ("sources", "notes")} | {"forms": all_forms(profile)})
    return sorted(found)


def mvv_refusal(applicant: Applicant) -> str | None:
    """002 Hoofdstuk 5: in the Netherlands without the mvv one needs, the
    application is refused (unless the IND finds special circumstances).
    The warning when the facts say so, else None."""
    if applicant.fact("in_netherlands") and not applicant.fact("has_mvv") and mvv_required(applicant):
        return _(
            "An mvv (entry visa) is needed and the applicant is in the Netherlands without one: the "
            "application will be refused unless the IND finds special circumstances (IND, Verblijf in "
            "Nederland, Hoofdstuk 5: 'Als u geen mvv hebt, terwijl u er wel één nodig hebt, dan wordt uw "
            "aanvraag voor een verblijfsvergunning afgewezen.')."
        )
    return None


def which(profile: dict, applicant: Applicant, day: dt.date) -> dict:
    """`docchk permits which`: the form and the fee for this applicant, every
    form that fits, whether an mvv is needed, and warnings."""
    fitting, _why = forms_for(profile, applicant, day)
    refusal = mvv_refusal(applicant)
    return {
        **permit_summary(profile, applicant, day),
        "mvv_required": mvv_required(applicant),
        "fitting_forms": [form_label(f) for f in fitting],
        "warnings": [refusal] if refusal else [],
    }
