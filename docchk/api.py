"""The Python API that sponsor portals call: ``docchk.scan(paths, ...)``.

Options given here win over the folder's ``docchk.toml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from docchk import i18n, permits, settings
from docchk.limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Limits
from docchk.model import Applicant, Config
from docchk.pipeline import Progress
from docchk.pipeline import scan as _scan
from docchk.plugins import check_disabled, plugin_manager, rules, select_rules
from docchk.report import Report


class OptionError(ValueError):
    """An option or setting is invalid (the CLI exits with status 2)."""


def _date(value, what: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise OptionError(f"{what} must be a date as YYYY-MM-DD") from exc  # not quoted: it may be a birth date


def _digits(value, what: str, length: int | None = None) -> str | None:
    """A number as applicants write it ("2719 283 746", "2719.283.746"), as digits."""
    if value is None:
        return None
    digits = "".join(c for c in str(value) if c not in " .-")
    if not digits.isdigit() or (length and len(digits) != length):
        # Not quoted: a mistyped V-number is still nearly the V-number.
        raise OptionError(
            f"{what} must be {f'{length} digits' if length else 'digits'} (it has {len(digits)} characters)"
        )
    return digits


MARITAL_STATUSES = ("unmarried", "married", "registered-partner", "partner", "divorced", "widowed")


def _country(value, what: str) -> str | None:
    if value is None:
        return None
    code = str(value).strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise OptionError(f"{what} must be an ISO 3166 three-letter country code such as TUR or NLD, not {value!r}")
    return code


def _marital_status(value) -> str | None:
    if value is None:
        return None
    if value not in MARITAL_STATUSES:
        raise OptionError(f"the marital status must be one of {', '.join(MARITAL_STATUSES)}, not {value!r}")
    return value


def build_config(
    paths: Iterable[Path | str],
    *,
    v_number: str | None = None,
    klantnummer: str | None = None,
    name: str | None = None,
    birth_date: dt.date | str | None = None,
    submission_date: dt.date | str | None = None,
    permit: str | None = None,
    nationality: str | None = None,
    marital_status: str | None = None,
    birth_country: str | None = None,
    facts: dict[str, bool] | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    jobs: int = 0,
    disable_plugins: Iterable[str] = (),
    cache: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory_mb: int | None = DEFAULT_MEMORY_MB,
    lang: str | None = None,
    toml: dict | None = None,
) -> Config:
    """Merge options with the ``docchk.toml`` of the first folder scanned (or
    ``toml``, settings already read with :func:`docchk.settings.parse`)."""
    given = [Path(p) for p in paths]
    for p in given:
        if not p.exists() and not p.is_symlink():
            raise OptionError(f"path not found: {p}")
    folder = next((p for p in given if p.is_dir()), None)
    try:
        file = toml if toml is not None else settings.load(folder) if folder else {}
    except settings.SettingsError as exc:
        raise OptionError(str(exc)) from exc
    a, s = file.get("applicant", {}), file.get("submission", {})
    name = name if name is not None else a.get("name")
    birth_date = _date(birth_date if birth_date is not None else a.get("birth_date"), "birth date")
    has_number = v_number or a.get("v_number") or klantnummer or a.get("klantnummer")
    if bool(name) != bool(birth_date) and not has_number:
        raise OptionError("give both --name and --birth-date (or a V-number or klantnummer)")
    applicant = Applicant(
        v_number=_digits(v_number if v_number is not None else a.get("v_number"), "the V-number", 10),
        klantnummer=_digits(klantnummer if klantnummer is not None else a.get("klantnummer"), "the klantnummer"),
        name=name,
        birth_date=birth_date,
        nationality=_country(nationality or a.get("nationality"), "the nationality"),
        marital_status=_marital_status(marital_status or a.get("marital_status")),
        birth_country=_country(birth_country or a.get("birth_country"), "the country of birth"),
        facts=tuple(sorted({**a.get("facts", {}), **(facts or {})}.items())),
    )
    files = tuple(sorted((path, tuple(sorted(f.items()))) for path, f in file.get("files", {}).items()))
    return Config(
        applicant=applicant,
        permit=permit or s.get("permit"),
        submission_date=_date(submission_date or s.get("date"), "the submission date") or dt.date.today(),
        select=tuple(select),
        ignore=tuple(ignore),
        jobs=int(jobs),
        file_facts=files,
        disabled_plugins=tuple(disable_plugins),
        cache=bool(cache),
        limits=Limits(float(timeout) if timeout else None, int(max_memory_mb) if max_memory_mb else None),
        lang=_lang(lang),
    )


def _lang(value: str | None) -> str:
    if value is None:
        return i18n.default_language()
    if value not in i18n.LANGUAGES:
        raise OptionError(f"the language must be one of {', '.join(i18n.LANGUAGES)}, not {value!r}")
    return value


def scan(paths: Iterable[Path | str], *, progress: Progress | None = None, **options) -> Report:
    """Check the documents under ``paths``; see :func:`build_config` for options.

    Returns a :class:`docchk.report.Report`; ``report.ready`` says whether it
    can be submitted, ``report.to_dict()`` is the JSON of DESIGN.md.
    Raises :class:`OptionError` for invalid options or settings.
    """
    paths = [Path(p) for p in paths]
    return check(paths, build_config(paths, **options), progress)


def _check_facts(pm, config: Config) -> None:
    """ValueError for a yes/no fact (``--fact``, docchk.toml [applicant.facts])
    that no installed permit asks about: a typo would otherwise leave the
    condition it meant unsettled without a word."""
    given = [name for name, _ in config.applicant.facts]
    if not given:
        return  # no permit profile is loaded for nothing
    from docchk.suggest import did_you_mean

    profiles = permits.profiles(pm)
    chosen = [profiles[config.permit]] if config.permit in profiles else list(profiles.values())
    known = {name for p in chosen for name in permits.fact_names(p)} | set(permits.GENERAL_FACTS)
    for name in given:
        if name not in known:
            where = f"permit {config.permit!r}" if config.permit else "any installed permit"
            elsewhere = any(name in permits.fact_names(p) for p in profiles.values())
            also = " (another permit asks about it)" if elsewhere else ""
            raise ValueError(
                f"fact {name!r}: {where} asks no such fact{also}.{did_you_mean(name, known)} "
                f"`docchk permits show {config.permit or 'ID'}` lists the facts"
            )


def check(paths: Iterable[Path | str], config: Config, progress: Progress | None = None) -> Report:
    """:func:`scan` with a config made by :func:`build_config`."""
    given = [Path(p) for p in paths]
    pm = plugin_manager(config.disabled_plugins)
    try:
        check_disabled(config.disabled_plugins)
        select_rules(rules(pm), config.select, config.ignore)
        # With --permit, every profile is validated before anything is read:
        # a broken permit plugin stops the run (exit 2) instead of
        # half-applying. Without it no profile is loaded.
        if config.permit:
            permits.get(pm, config.permit)
        _check_facts(pm, config)
    except ValueError as exc:  # PermitError too
        raise OptionError(str(exc)) from exc
    return _scan(given, config, progress)
