"""Write docs/permits.md: every permit route docchk knows, from the installed profiles.

    python scripts/permits_doc.py           # (re)write docs/permits.md
    python scripts/permits_doc.py --check   # exit 1 when docs/permits.md is out of date

The page is generated, never edited by hand, so that it says exactly what
the profiles say: who files, the form and fee, what docchk checks (the
documents and when each is needed, age limits, income criteria, the
permit's own conditions) and what it does not (the profile's notes), each
with its sources by title (docchk.permits.source_title). The second table
is docchk/data/permit_routes.json: every route the seed texts name, with
the profiles that cover it or why there is none. Re-run it after changing
a profile or installing the plugins anew (pip install -e .).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docchk import facts, i18n, permits
from docchk.plugins import plugin_manager

OUT = Path(__file__).resolve().parent.parent / "docs" / "permits.md"
FILED_BY = {"applicant": "applicant", "sponsor": "sponsor", "applicant-or-sponsor": "applicant or sponsor"}


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _forms(p: dict) -> str:
    own = ", ".join(permits.form_label(f) for f in p["forms"])
    general = (
        "general forms of a regular permit (with or without mvv, change of purpose, extension)"
        if p.get("general_forms")
        else ""
    )
    return "; ".join(x for x in (own, general) if x) or "not in the sources"


def _fees(p: dict) -> str:
    rows = []
    for fee in p["fees"]:
        start, end = fee.get("valid_from"), fee.get("valid_to")
        dates = f"from {start}" if start else ""
        dates += (" " if start else "") + f"until {end}" if end else ""
        extra = "; ".join(x for x in (fee.get("when", ""), dates) if x)
        rows.append(f"€ {fee['amount_eur']:g}" + (f" ({extra})" if extra else ""))
    return "; ".join(rows) or "not in the sources"


def _checks(p: dict) -> str:
    """What docchk checks for the permit, in a few words (the overview table)."""
    parts = [f"{len(p['documents'])} documents"]
    if p.get("age"):
        parts.append("age")
    if p.get("income"):
        rows = p["income"]["criteria"]
        first, last = min(r["valid_from"][:4] for r in rows), max(r["valid_to"][:4] for r in rows)
        parts.append(f"income ({first})" if first == last else f"income ({first}-{last})")
    if p.get("conditions"):
        parts.append(f"{len(p['conditions'])} condition" + ("s" if len(p["conditions"]) > 1 else ""))
    return ", ".join(parts)


def _when(condition: dict | None) -> str:
    return "; ".join(permits.describe(condition)) if condition else "always"


def _document(req: dict) -> str:
    extra = [_when(req.get("when"))]
    if req.get("legalised"):
        extra.append("legalised or apostille when issued abroad")
    if req.get("translated"):
        extra.append("sworn translation unless in nl/en/fr/de")
    if req.get("max_age_months"):
        extra.append(f"at most {req['max_age_months']} months old")
    return (
        f"- {req['description']['en']} (`{' or '.join(req['types'])}`; {'; '.join(extra)}). "
        f"Source: {permits.source_title(req['source'])}"
    )


def _section(p: dict) -> list[str]:
    out = [
        f"### {p['names']['en']} (`{p['id']}`)",
        "",
        f"*{p['names']['nl']}*. {p.get('summary', '')}".rstrip(),
        "",
        f"- Filed by: {FILED_BY[p['filed_by']]}",
        f"- Form: {_forms(p)}",
        f"- Fee: {_fees(p)}",
    ]
    if p.get("age"):
        a = p["age"]
        span = f"{a.get('min', 0)} to {a['max']}" if "max" in a else f"{a['min']} or older"
        out.append(f"- Age checked: {span}. Source: {permits.source_title(a['source'])}")
    out += ["", "**docchk checks these documents:**", ""]
    out += [_document(req) for req in p["documents"]] or ["- none"]
    if p.get("income"):
        out += [
            "",
            "**Income criterion checked** (gross a month, without holiday allowance; outside these dates "
            "docchk says it could not check it):",
            "",
        ]
        for row in p["income"]["criteria"]:
            when = f"; {_when(row['when'])}" if row.get("when") else ""
            out.append(
                f"- € {row['amount_eur']:,.2f} {row.get('label', '')} ({row['valid_from']} to "
                f"{row['valid_to']}{when}). Source: {permits.source_title(row['source'])}"
            )
    if p.get("conditions"):
        out += ["", "**Conditions of the permit checked against the facts given:**", ""]
        out += [
            f"- {c['description']['en']} ({_when(c['when'])}). Source: {permits.source_title(c['source'])}"
            for c in p["conditions"]
        ]
    if p.get("deadlines"):
        out += ["", "**Deadlines and durations of this route** (the general ones: `docchk permits show`):", ""]
        out += [f"- {d['text']['en']} Source: {permits.source_title(d['source'])}" for d in p["deadlines"]]
    if p.get("notes"):
        out += ["", "**Notes: what docchk cannot check, and the facts to state:**", ""]
        out += [f"- {note}" for note in p["notes"]]
    out += [
        "",
        "**Sources:** "
        + "; ".join(
            f"{permits.source_title(s['file'] + ', ' + s['part'])} (checked {s['checked']})" for s in p["sources"]
        ),
        "",
    ]
    return out


def render() -> str:
    """docs/permits.md as it should be for the installed profiles."""
    with i18n.language("en"):
        profiles = permits.profiles(plugin_manager())
        routes = facts.load("permit_routes")["routes"]
        lines = [
            "# Permit routes",
            "",
            "<!-- Generated by scripts/permits_doc.py from the installed permit profiles and "
            "docchk/data/permit_routes.json; do not edit by hand. -->",
            "",
            f"docchk knows {len(profiles)} permit routes (`docchk permits list`). For each: who files the "
            "application, the form and fee the sources give, what docchk checks and what it does not. "
            "Every requirement rests on a source text, cited by title; a requirement not in the sources "
            'says so ("not in the seeds: ..."). A route whose documents the sources do not list is '
            "checked only on the general rules (a valid passport, the TB declaration where it applies, "
            "legalisation and translation of civil documents), and its notes say so.",
            "",
            "The sources (the notes name them by number):",
            "",
        ]
        lines += [
            f"- {name[:3]}: {s['publisher']}, *{s['title']}* ({s['kind']})"
            for name, s in sorted(facts.load("sources").items())
        ]
        lines += [
            "",
            "## Overview",
            "",
            "| id | English | Dutch | filed by | form | fee | docchk checks |",
            "|---|---|---|---|---|---|---|",
        ]
        for pid, p in profiles.items():
            lines.append(
                "| "
                + " | ".join(
                    _cell(x)
                    for x in (
                        f"[`{pid}`](#{pid})",
                        p["names"]["en"],
                        p["names"]["nl"],
                        FILED_BY[p["filed_by"]],
                        _forms(p),
                        _fees(p),
                        _checks(p),
                    )
                )
                + " |"
            )
        lines += [
            "",
            "## Every route the sources name",
            "",
            "From the five source texts (docchk/data/permit_routes.json): the permit that covers each, "
            "or why docchk has none.",
            "",
            "| route | Dutch | permit | source |",
            "|---|---|---|---|",
        ]
        for r in routes:
            covered = ", ".join(f"`{pid}`" for pid in r["permits"]) or f"none: {r['not_covered']}"
            lines.append(
                "| "
                + " | ".join(
                    _cell(x) for x in (r["name"]["en"], r["name"]["nl"], covered, permits.source_title(r["source"]))
                )
                + " |"
            )
        lines += ["", "## The routes", ""]
        for pid, p in profiles.items():
            lines += [f'<a id="{pid}"></a>', "", *_section(p)]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when docs/permits.md is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not OUT.exists() or OUT.read_text("utf-8") != text:
            print(f"{OUT} is out of date: run python scripts/permits_doc.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
