"""docchk's built-in permit types (installed as the package ``docchk_permits``).

Each permit plugin is a module here with a JSON file of the same name: the
profiles (``schemas/permit.schema.json``). The modules are registered in
pyproject.toml under the ``docchk`` entry-point group, exactly as a third
party's permit package would be, and can be disabled one by one
(``-p no:permit-NAME``).
"""

from __future__ import annotations

from pathlib import Path

from docchk.hookspec import hookimpl


def permit_plugin(file: str | Path):
    """The ``docchk_permits`` hook of a plugin module: the profiles in a
    JSON file -- ``file`` itself, or the module's namesake (``x.py`` ->
    ``x.json``). Third-party packages use it too:
    ``docchk_permits = permit_plugin(__file__)``."""
    path = Path(file)
    if path.suffix != ".json":
        path = path.with_suffix(".json")

    @hookimpl
    def docchk_permits():
        from docchk.permits import load_file

        return load_file(path)

    return docchk_permits
