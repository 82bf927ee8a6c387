"""Building the plugin manager: built-ins and third-party plugins alike.

Every plugin, built-in or not, is found through the ``docchk`` entry-point
group; docchk's own checks are declared in its ``pyproject.toml`` exactly as a
third-party package declares its own. A plugin can be switched off by its
entry-point name (``docchk scan -p no:page-blank``).

Plugins keep no state, so each worker process calls :func:`plugin_manager`
and gets an equivalent manager (cached per process).
"""

from __future__ import annotations

import functools
import importlib.metadata
from collections.abc import Iterable

import pluggy

from docchk import hookspec
from docchk.model import Rule

PREFIX = "docchk_"


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
            raise pluggy.PluginValidationError(
                plugin, f"hook implementation {name!r} must start with {PREFIX!r}"
            )
        if opts is None and name.startswith(PREFIX) and callable(getattr(plugin, name, None)):
            return {}
        return opts


@functools.lru_cache(maxsize=8)
def plugin_manager(disabled: tuple[str, ...] = ()) -> DocchkPluginManager:
    """Return the plugin manager with all installed plugins but ``disabled``."""
    pm = DocchkPluginManager()
    for name in disabled:
        pm.set_blocked(name)
    pm.load_setuptools_entrypoints(hookspec.PROJECT)
    pm.check_pending()
    if not any(
        dist.metadata["name"] == "docchk" for _plugin, dist in pm.list_plugin_distinfo()
    ):
        raise BuiltinPluginsMissing(
            "docchk's built-in plugins are not installed; run `pip install -e .` "
            "in the docchk checkout."
        )
    return pm


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
                raise pluggy.PluginValidationError(
                    plugin_name, f"rule {rule.id!r} is declared twice"
                )
            found[rule.id] = Rule(rule.id, rule.level, rule.summary, plugin_name)

        return register

    for name, plugin in pm.list_name_plugin():
        impl = getattr(plugin, "docchk_register_rules", None)
        if plugin is not None and impl is not None:
            impl(register=make_register(name))
    return found


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
