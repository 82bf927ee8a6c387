"""Building the plugin manager: built-ins and third-party plugins alike.

Every plugin, built-in or not, is found through the ``docchk`` entry-point
group; docchk's own checks are declared in its ``pyproject.toml`` exactly as a
third-party package declares its own. A plugin can be switched off by its
entry-point name (``docchk scan -p no:page-blank``).

Plugins keep no state, so each worker process calls :func:`plugin_manager`
and gets an equivalent manager (cached per process).

``DOCCHK_LOAD_PLUGINS`` restricts what is loaded, for a portal that must
run only what it vetted: unset, every installed plugin loads; ``builtin``
loads docchk's own only; ``builtin,NAME,...`` adds those third-party
plugins by entry-point name.

A plugin that raises or hangs must not take the scan down: :func:`call_each`
calls the implementations of a hook one by one, each under the run's time
limit (docchk.limits), and records a failure (plugin, hook, exception type
or "stopped after N s") that the report shows as ``submission.plugin-error``.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.metadata
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass

import pluggy

from docchk import hookspec
from docchk.limits import Limits, TimeLimitExceeded, deadline
from docchk.model import Finding, Level, Rule, Severity

PREFIX = "docchk_"
ENV_LOAD = "DOCCHK_LOAD_PLUGINS"
#: docchk's own rule for a plugin that failed (declared by the core, not a plugin).
PLUGIN_ERROR = Rule(
    "submission.plugin-error", Level.SUBMISSION, "a plugin failed; the checks it makes did not run", "docchk"
)
#: docchk's own rule for a scan that found no document at all: nothing
#: checked is not "ready" (exit status 5, as pytest's "no tests collected").
NO_DOCUMENTS = Rule(
    "submission.no-documents",
    Level.SUBMISSION,
    "no document was found in the paths given: nothing was checked",
    "docchk",
)
log = logging.getLogger(__name__)


class BuiltinPluginsMissing(RuntimeError):
    """docchk is imported from a checkout that was never installed."""


class DocchkPluginManager(pluggy.PluginManager):
    """A pluggy manager that treats every ``docchk_*`` callable as a hook.

    Like pytest: a plugin function named ``docchk_...`` is an implementation
    even without the ``@hookimpl`` marker, and a marked function whose name
    lacks the prefix is refused. Together with :meth:`check_pending` this
    makes a misspelt hook an error at start-up.
    """

    def __init__(self) -> None:
        super().__init__(hookspec.PROJECT)
        self.add_hookspecs(hookspec)

    def parse_hookimpl_opts(self, plugin, name):
        opts = super().parse_hookimpl_opts(plugin, name)
        if opts is not None and not name.startswith(PREFIX):
            raise pluggy.PluginValidationError(plugin, f"hook implementation {name!r} must start with {PREFIX!r}")
        if opts is None and name.startswith(PREFIX) and callable(getattr(plugin, name, None)):
            return {}
        return opts


def plugin_manager(disabled: tuple[str, ...] = ()) -> DocchkPluginManager:
    """Return the plugin manager with all installed plugins but ``disabled``
    (and, with ``DOCCHK_LOAD_PLUGINS``, only those it names)."""
    return _plugin_manager(tuple(disabled), os.environ.get(ENV_LOAD, ""))


def _not_allowed(allow: str) -> list[str]:
    """Entry-point names of third-party plugins that DOCCHK_LOAD_PLUGINS leaves out."""
    if not allow.strip():
        return []
    wanted = {w.strip() for w in allow.split(",") if w.strip()}
    out = []
    for ep in importlib.metadata.entry_points(group=hookspec.PROJECT):
        builtin = ep.dist is not None and ep.dist.metadata["name"] == "docchk"
        if not (builtin and "builtin" in wanted) and ep.name not in wanted:
            out.append(ep.name)
    return out


@functools.lru_cache(maxsize=8)
def _plugin_manager(disabled: tuple[str, ...], allow: str) -> DocchkPluginManager:
    pm = DocchkPluginManager()
    for name in (*disabled, *_not_allowed(allow)):
        pm.set_blocked(name)
    pm.load_setuptools_entrypoints(hookspec.PROJECT)
    pm.check_pending()
    if not any(dist.metadata["name"] == "docchk" for _plugin, dist in pm.list_plugin_distinfo()):
        raise BuiltinPluginsMissing(
            "docchk's built-in plugins are not installed; run `pip install -e .` in the docchk checkout."
        )
    return pm


def check_disabled(disabled: Iterable[str]) -> None:
    """ValueError for a ``-p no:NAME`` that names no installed plugin: a
    typo would otherwise leave the plugin running without a word."""
    known = {ep.name for ep in importlib.metadata.entry_points(group=hookspec.PROJECT)}
    known |= {name for name, plugin in plugin_manager().list_name_plugin() if plugin is not None}
    for name in disabled:
        if name not in known:
            from docchk.suggest import did_you_mean

            raise ValueError(
                f"-p no:{name}: no plugin is named {name!r}.{did_you_mean(name, known)} `docchk plugins` lists them"
            )


def plugin_infos(pm: pluggy.PluginManager) -> list[dict]:
    """Name, version, origin and hooks of every loaded plugin (for `docchk plugins`)."""
    dists = {id(plugin): dist for plugin, dist in pm.list_plugin_distinfo()}
    infos = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:  # blocked
            continue
        dist = dists.get(id(plugin))
        infos.append(
            {
                "name": name,
                "module": getattr(plugin, "__name__", repr(plugin)),
                "distribution": dist.metadata["name"] if dist else None,
                "version": dist.version if dist else None,
                "origin": "built-in" if dist and dist.metadata["name"] == "docchk" else "third-party",
                "hooks": sorted(h.name for h in pm.get_hookcallers(plugin) or ()),
            }
        )
    return sorted(infos, key=lambda i: (i["origin"] != "built-in", i["name"]))


def rules(pm: pluggy.PluginManager) -> dict[str, Rule]:
    """All declared rules by id. Two plugins declaring one id is an error."""
    found: dict[str, Rule] = {}

    def make_register(plugin_name: str):
        def register(rule: Rule) -> None:
            if rule.id in found:
                raise pluggy.PluginValidationError(plugin_name, f"rule {rule.id!r} is declared twice")
            found[rule.id] = dataclasses.replace(rule, plugin=plugin_name)

        return register

    found[PLUGIN_ERROR.id] = PLUGIN_ERROR
    found[NO_DOCUMENTS.id] = NO_DOCUMENTS
    for name, plugin in pm.list_name_plugin():
        impl = getattr(plugin, "docchk_register_rules", None)
        if plugin is not None and impl is not None:
            impl(register=make_register(name))
    return found


@dataclass(frozen=True)
class PluginFailure:
    """A plugin raised or ran out of time: which one, in which hook, on which file."""

    plugin: str
    hook: str
    error: str  # the exception's type only (its message may quote a document), or the time limit
    path: str | None = None

    def finding(self) -> Finding:
        from docchk.i18n import _

        return Finding(
            PLUGIN_ERROR.id,
            Severity.ERROR,
            self.path,
            None,
            _(
                "The plugin '{plugin}' failed in {hook} ({error}); the checks it makes did not run, so this "
                "report cannot say the folder is ready."
            ).format(plugin=self.plugin, hook=self.hook, error=self.error),
            _(
                "Report it to the plugin's authors (`docchk plugins` names its package), or run without "
                "it: -p no:{plugin}."
            ).format(plugin=self.plugin),
        )


def call_each(pm, hook_name: str, failures: list, path: str | None = None, **kwargs) -> list:
    """Call every implementation of ``hook_name`` (in pluggy's order) and
    return their non-None results. One that raises, or runs longer than the
    config's time limit, is recorded in ``failures`` and the others still run."""
    results = []
    seconds = getattr(kwargs.get("config"), "limits", Limits()).seconds
    for impl in reversed(getattr(pm.hook, hook_name).get_hookimpls()):
        try:
            with deadline(seconds):
                result = impl.function(*[kwargs[name] for name in impl.argnames])
        except TimeLimitExceeded:
            log.debug("plugin %s ran out of time in %s", impl.plugin_name, hook_name)
            failures.append(PluginFailure(impl.plugin_name, hook_name, f"stopped after {seconds:g} s", path))
            continue
        except Exception as exc:  # noqa: BLE001 -- a plugin's bug must not end the scan
            log.debug("plugin %s failed in %s", impl.plugin_name, hook_name, exc_info=True)
            failures.append(PluginFailure(impl.plugin_name, hook_name, type(exc).__name__, path))
            continue
        if result is not None:
            results.append(result)
    return results


def installed_version() -> str:
    try:
        return importlib.metadata.version("docchk")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover
        return "0+unknown"


def select_rules(all_ids: Iterable[str], select: Iterable[str], ignore: Iterable[str]) -> set[str]:
    """Resolve ``--select``/``--ignore`` (ids or prefixes such as ``page.``).

    Raises ValueError naming the first selector that matches no rule.
    """
    all_ids = sorted(all_ids)

    def expand(selector: str) -> set[str]:
        hits = {r for r in all_ids if r == selector or r.startswith(selector.rstrip(".") + ".")}
        if not hits:
            raise ValueError(f"unknown rule {selector!r}; known rules: {', '.join(all_ids)}")
        return hits

    chosen = set(all_ids)
    if select:
        chosen = set().union(*(expand(s) for s in select))
    for s in ignore:
        chosen -= expand(s)
    return chosen
