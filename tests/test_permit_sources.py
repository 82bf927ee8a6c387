"""Facts stay honest: every figure a permit profile (or a data file) gives
rests on a source, and a source that names a seed quotes it verbatim.

Over EVERY installed profile (a new permit plugin is covered the day it is
installed) and over the data files in docchk/data that cite seeds:

(a) every number in a profile has a non-empty ``source`` in the nearest
    object around it (a new numeric field without a source next to it
    fails too);
(b) a cite that starts with a seed file name: the seed exists, and every
    '...' part is verbatim in it (whitespace, typographic quotes/dashes and
    Markdown bold ignored; '...' inside a quote joins two verbatim pieces);
(c) a figure resting on a seed appears in one of the quoted parts, in any
    format (4840 matches 4.840, 4,840 and € 4.840,00), or in a part of the
    cite marked 'not in the seeds:' that says what it rests on;
(d) a cite that does not start with a seed file name starts with
    'not in the seeds:'.

Every problem is listed at once. The seeds live in ``shared/seeds`` beside
the checkout; without them the test fails (never skips): a source check
that silently does not run is worse than none.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from docchk import permits
from docchk.plugins import plugin_manager

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
NOT_IN_SEEDS = permits.NOT_IN_SEEDS
#: A quoted part: opened by a quote not after a letter, closed by one not
#: before a letter (so the apostrophe of "auto's" neither opens nor closes).
QUOTE = re.compile(r"(?<![\w'])'(.+?)'(?!\w)")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: Keys whose figure is an inclusive upper age: the seed says "younger than N+1".
UPPER_AGE = {"max_age", "max"}
#: Figures a seed writes in words.
WORDS = {
    w: n
    for n, ws in enumerate(
        (
            ("nul",),
            ("één", "one"),
            ("twee", "two"),
            ("drie", "three"),
            ("vier", "four"),
            ("vijf", "five"),
            ("zes", "six"),
            ("zeven", "seven"),
            ("acht", "eight"),
            ("negen", "nine"),
            ("tien", "ten"),
            ("elf", "eleven"),
            ("twaalf", "twelve"),
        )
    )
    for w in ws
}
#: "een" is also the article "a": a figure 1 only before a unit ("een jaar").
UNITS = ("jaar", "maand", "maanden", "week", "weken", "dag", "dagen", "year", "month")
#: How a seed says a fee is nothing.
NO_COST = re.compile(r"\b(geen (kosten|leges)|gratis|kosteloos|free of charge|no fee)\b", re.I)


def _norm(text: str) -> str:
    """The text as a cite may quote it: typographic quotes and dashes plain,
    Markdown bold and list bullets dropped, whitespace collapsed."""
    for typographic, plain in (
        ("‘", "'"),
        ("’", "'"),
        ("“", '"'),
        ("”", '"'),
        ("–", "-"),
        ("—", "-"),
        ("…", "..."),
        ("**", ""),
        ("•", " "),
    ):
        text = text.replace(typographic, plain)
    return " ".join(text.split())


def _bare(text: str) -> str:
    """For comparing a quote with its seed: without quotation marks (a
    single-quoted excerpt cannot hold the seed's own 'quoted title'), and
    with a space where a web page's extraction glued a title to its form
    number ('(voor referent)7018')."""
    text = re.sub(r"(?<=[^\W\d_]|\))(?=\d)", " ", text.replace("'", "").replace('"', ""))
    return " ".join(text.split())


def _seed_text(raw: str) -> str:
    return _bare(_norm(raw))


def _seeds(folder: Path = SEEDS) -> dict[str, str]:
    assert folder.is_dir(), (
        f"the seed texts are not at {folder}: the source test needs shared/seeds beside the checkout "
        "(in CI, clone the shared folder next to the repository)"
    )
    found = {p.name: _seed_text(p.read_text("utf-8")) for p in folder.glob("*.txt")}
    assert found, f"no seed texts in {folder}"
    return found


def _values(token: str) -> set[float]:
    """Every number a written figure may stand for: '4.840' is 4840 (Dutch
    thousands) or 4.84; '1.756,20' is 1756.2; '4,840.00' is 4840."""
    out = {float(token.replace(".", "").replace(",", ""))}
    for decimal in ".,":
        head, sep, tail = token.rpartition(decimal)
        if sep:
            other = "," if decimal == "." else "."
            try:
                out.add(float(head.replace(other, "").replace(decimal, "") + "." + tail))
            except ValueError:
                pass
    return out


def _numbers(text: str) -> list[tuple[float, str]]:
    """(value, the word after it) for every number written in ``text``."""
    out = []
    for m in NUMBER.finditer(text):
        after = text[m.end() :].split(maxsplit=1)
        out += [(v, after[0] if after else "") for v in _values(m.group())]
    words = re.findall(r"\w+", text.lower())
    out += [
        (float(WORDS.get(w, 1)), after)
        for w, after in zip(words, [*words[1:], ""], strict=False)
        if w in WORDS or (w == "een" and after in UNITS)
    ]
    if NO_COST.search(text):
        out.append((0.0, ""))
    return out


def _matches(key: str, value: float, numbers: list[tuple[float, str]]) -> bool:
    wanted = {value}
    if key in UPPER_AGE:
        wanted.add(value + 1)
    if any(abs(n - w) < 0.005 for n, _ in numbers for w in wanted):
        return True
    if key.endswith("_months") and value % 12 == 0:  # "1 jaar" for 12 months
        return any(abs(n - value / 12) < 0.005 and word.lower().startswith(("jaar", "year")) for n, word in numbers)
    return False


def _parse(cite: str, seeds: dict[str, str]) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """The seed parts of a cite -- (seed file, its quoted pieces) -- and the
    parts marked 'not in the seeds:'. A part starts at a seed file name, at a
    short reference to one ("002 Hoofdstuk 4 '...'") or at 'not in the
    seeds:', and runs to the next such start."""
    short = {name[:3]: name for name in seeds}
    starts = [(m.start(), m.end(), m.group()) for m in permits.SEED_FILE.finditer(cite)]
    starts += [
        (m.start(), m.end(), short[m.group()])
        for m in re.finditer(r"(?<![\w.,/])\d{3}(?=[\s,:])", cite)
        if m.group() in short
    ]
    starts += [(m.start(), m.end(), None) for m in re.finditer(re.escape(NOT_IN_SEEDS), cite)]
    starts.sort()
    seed_parts, other_parts = [], []
    if not starts or starts[0][0] > 0:
        other_parts.append(cite[: starts[0][0] if starts else len(cite)])
    for i, (_, end, name) in enumerate(starts):
        text = cite[end : starts[i + 1][0] if i + 1 < len(starts) else len(cite)]
        if name is None:
            other_parts.append(NOT_IN_SEEDS + text)
        else:
            seed_parts.append(
                (name, [piece.strip() for q in QUOTE.findall(_norm(text)) for piece in q.split("...") if piece.strip()])
            )
    return seed_parts, other_parts


def _check_cite(where: str, cite, seeds: dict[str, str], figures=()) -> list[str]:
    """The problems of one cite and the figures ((key, value)) resting on it."""
    if not isinstance(cite, str) or not cite.strip():
        return [f"{where}: no source" + (f" for {', '.join(f'{k}={v}' for k, v in figures)}" if figures else "")]
    problems = []
    if not permits.SEED_FILE.match(cite) and not cite.startswith(NOT_IN_SEEDS):
        problems.append(f"{where}: a cite starts with a seed file name or {NOT_IN_SEEDS!r}: {cite!r}")
        return problems
    seed_parts, other_parts = _parse(cite, seeds)
    quoted_numbers = []
    for name, quotes in seed_parts:
        if name not in seeds:
            problems.append(f"{where}: cites seed {name}, which is not in {SEEDS}")
            continue
        for quote in quotes:
            if _bare(quote) not in seeds[name]:
                problems.append(f"{where}: not verbatim in {name}: {quote!r}")
            quoted_numbers += _numbers(quote)
    if permits.SEED_FILE.match(cite):
        other_numbers = [n for part in other_parts for n in _numbers(_norm(part))]
        for key, value in figures:
            if not _matches(key, value, quoted_numbers + other_numbers):
                problems.append(
                    f"{where}: {key}={value:g} rests on a seed but is in none of the quoted parts "
                    f"(quote the words that give it, or say 'not in the seeds: ...'): {cite!r}"
                )
    return problems


def _figures(node, path: str, cite, found: list) -> None:
    """Collect (path, cite, [(key, value)]) for every object holding numbers:
    the cite is the nearest 'source' around the number."""
    if isinstance(node, dict):
        cite = node.get("source", cite)
        own = [(k, v) for k, v in node.items() if isinstance(v, (int, float)) and not isinstance(v, bool)]
        own += [
            (k, x)
            for k, v in node.items()
            if isinstance(v, list)
            for x in v
            if isinstance(x, (int, float)) and not isinstance(x, bool)
        ]
        if own:
            found.append((path, cite, own))
        for k, v in node.items():
            if isinstance(v, (dict, list)):
                _figures(v, f"{path}/{k}", cite, found)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _figures(v, f"{path}/{i}", cite, found)


def _cites(node, path: str, found: list) -> None:
    """Every 'source' string in a profile, with where it is."""
    if isinstance(node, dict):
        if isinstance(node.get("source"), str):
            found.append((f"{path}/source", node["source"]))
        for k, v in node.items():
            _cites(v, f"{path}/{k}", found)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _cites(v, f"{path}/{i}", found)


def profile_problems(profile: dict, seeds: dict[str, str]) -> list[str]:
    pid = profile["id"]
    problems = []
    figures: list = []
    _figures({k: v for k, v in profile.items() if k != "sources"}, pid, None, figures)
    figure_paths = set()
    for path, cite, own in figures:
        problems += _check_cite(path, cite, seeds, own)
        figure_paths.add(path)
    cites: list = []
    _cites(profile, pid, cites)
    for path, cite in cites:
        if path.rpartition("/")[0] not in figure_paths:  # figures' cites are checked above
            problems += _check_cite(path, cite, seeds)
    for i, source in enumerate(profile["sources"]):
        if permits.SEED_FILE.fullmatch(source["file"]):
            problems += _check_cite(f"{pid}/sources/{i}", f"{source['file']}, {source['part']}", seeds)
        elif not source["part"].startswith(NOT_IN_SEEDS):
            problems.append(
                f"{pid}/sources/{i}: {source['file']!r} is not a seed file; its part must say "
                f"{NOT_IN_SEEDS!r} and what it rests on"
            )
    return problems


def _data_files() -> dict[str, dict]:
    return {
        e.name: json.loads(e.read_text("utf-8"))
        for e in resources.files("docchk.data").iterdir()
        if e.name.endswith(".json")
    }


def data_problems(name: str, doc: dict, seeds: dict[str, str]) -> list[str]:
    """A data file's sources: every 'source' inside its values is a cite,
    and so is its own top-level 'source' when it starts as one (else it is
    the file's description in prose, as in most data files)."""
    cites: list = []
    _cites(doc.get("values"), f"{name}/values", cites)
    top = doc.get("source", "")
    if permits.SEED_FILE.match(top) or top.startswith(NOT_IN_SEEDS):
        cites.append((f"{name}/source", top))
    return [p for path, cite in cites for p in _check_cite(path, cite, seeds)]


def test_every_figure_of_every_profile_rests_on_a_verbatim_source():
    seeds = _seeds()
    problems = [p for profile in permits.profiles(plugin_manager()).values() for p in profile_problems(profile, seeds)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_data_files_citing_seeds_quote_them_verbatim():
    seeds = _seeds()
    files = _data_files()
    assert "nationality_sets.json" in files and "sources.json" in files
    problems = [p for name, doc in sorted(files.items()) for p in data_problems(name, doc, seeds)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_every_seed_has_a_title_for_users():
    """permits.source_title shows these instead of file names (issue #23)."""
    assert set(_data_files()["sources.json"]["values"]) == set(_seeds())


def test_each_nationality_of_a_set_is_named_in_its_quoted_source():
    """A code in a nationality set stands for a country the quoted seed text
    names (its Dutch name beside it): a code added by mistake fails."""
    seeds = _seeds()
    problems = []
    for name, entry in _data_files()["nationality_sets.json"]["values"].items():
        if set(entry["named_in_seed"]) != set(entry["codes"]):
            problems.append(
                f"{name}: codes and named_in_seed differ: {sorted(set(entry['codes']) ^ set(entry['named_in_seed']))}"
            )
        quoted = " | ".join(q for _, quotes in _parse(entry["source"], seeds)[0] for q in quotes)
        problems += [
            f"{name}: {code} ({country}) is not in the quoted source"
            for code, country in entry["named_in_seed"].items()
            if not re.search(rf"\b{re.escape(country)}\b", quoted)
        ]
        problems += [
            f"{name}: {code} is both named in the seed and added"
            for code in set(entry["codes"]) & set(entry.get("added", {}).get("codes", ()))
        ]
    assert not problems, "\n".join(problems)


# --- the checker itself: each rule catches what it is for --------------------

SEED = "002_a6fa46f249cf92cc.txt"


def _one(profile_part: dict) -> list[str]:
    profile = {"id": "t", "sources": [], **profile_part}
    return profile_problems(profile, _seeds())


def test_checker_accepts_a_verbatim_quote_with_the_figure_in_any_format():
    for written in ("€ 4.840,00", "4.840", "4,840", "4840", "4,840.00"):
        seeds = {SEED: _seed_text(f"Kennismigrant van 30 jaar of ouder {written} en **niet** anders")}
        cite = f"{SEED}, Bijlage 6: 'Kennismigrant van 30 jaar ... {written}'; 'en niet anders'"
        assert _check_cite("x", cite, seeds, [("amount_eur", 4840), ("min_age", 30)]) == [], written
    seeds = {SEED: _seed_text("Brutoloon per maand zonder vakantiegeld € 1.756,20")}
    assert _check_cite("x", f"{SEED}: 'vakantiegeld € 1.756,20'", seeds, [("amount_eur", 1756.2)]) == []


def test_checker_rejects_what_it_must():
    seeds = {
        SEED: _seed_text(
            "U bent tussen de 18 en 26 jaar oud. Jonger dan 18 jaar. 1 jaar geldig. Aanvraag (voor referent)7018. Dit is een test."
        )
    }
    assert "no source" in " ".join(_check_cite("x", "", seeds, [("amount_eur", 5)]))
    assert "starts with a seed file name" in " ".join(_check_cite("x", "shared/DOMAIN.md", seeds))
    assert "not verbatim" in " ".join(_check_cite("x", f"{SEED}: 'tussen 18 en 26'", seeds))
    assert "in none of the quoted parts" in " ".join(
        _check_cite("x", f"{SEED}: 'U bent tussen de 18 en 26 jaar oud'", seeds, [("max", 30)])
    )
    assert "not in /" in " ".join(_check_cite("x", "009_0123456789abcdef.txt: 'x'", seeds))
    # a short reference to a seed inside a cite is checked too
    assert "not verbatim" in " ".join(_check_cite("x", "not in the seeds: the form; 002 Hoofdstuk 4 says 'xyz'", seeds))
    # an inclusive upper age, a month count given in years, a figure said to be outside the seeds
    assert _check_cite("x", f"{SEED}: 'Jonger dan 18 jaar'", seeds, [("max_age", 17)]) == []
    assert _check_cite("x", f"{SEED}: 'Aanvraag (voor referent) 7018'", seeds) == []  # a glued form number
    assert _check_cite("x", f"{SEED}: '1 jaar geldig'", seeds, [("max_age_months", 12)]) == []
    assert "in none of the quoted parts" in " ".join(  # "een" is the article here, not a figure 1
        _check_cite("x", f"{SEED}: 'Dit is een test.'", seeds, [("amount", 1)])
    )
    assert (
        _check_cite(
            "x",
            f"{SEED}: 'U bent tussen de 18 en 26 jaar oud'; not in the seeds: 64, the pension age (DOMAIN.md)",
            seeds,
            [("max_age", 64)],
        )
        == []
    )
    # a new numeric field anywhere without a source next to it
    assert any("no source" in p for p in _one({"documents": [{"deadline_days": 90, "when": {"min_age": 3}}]}))
    # a profile source that is not a seed says so
    assert any(
        "is not a seed file" in p
        for p in _one({"sources": [{"file": "DOMAIN.md", "part": "x", "checked": "2026-01-01"}]})
    )


def test_a_missing_seed_folder_fails_with_a_clear_message(tmp_path):
    import pytest

    with pytest.raises(AssertionError, match="seed texts are not at"):
        _seeds(tmp_path / "nowhere")
