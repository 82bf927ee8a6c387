"""Shared fixtures: the sample generator as a module, and a helper that scans."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from pathlib import Path

import pytest

import docchk

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
V_NUMBER = "2719283746"


def _load_generator():
    spec = importlib.util.spec_from_file_location("docchk_samples_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


# Tests assert on the English messages, whatever the developer's locale
# (docchk.i18n.default_language reads LANGUAGE first).
os.environ["LANGUAGE"] = "en"


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory):
    """Tests never read or fill the user's analysis cache: each test session
    gets its own (subprocesses inherit it), so every scan is analysed afresh
    the first time and a stale cache cannot hide a regression."""
    folder = tmp_path_factory.mktemp("docchk-cache")
    old = os.environ.get("DOCCHK_CACHE_DIR")
    os.environ["DOCCHK_CACHE_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("DOCCHK_CACHE_DIR", None)
    else:
        os.environ["DOCCHK_CACHE_DIR"] = old


def folder_state(folder) -> list[tuple]:
    """Everything docchk must leave as it found it: every entry under
    ``folder`` (links not followed) with its bytes' hash, mode and times."""
    import hashlib

    state = []
    for path in sorted(Path(folder).rglob("*")):
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else None
        state.append((str(path.relative_to(folder)), digest, st.st_mode, st.st_size, st.st_mtime_ns))
    return state


@pytest.fixture
def scan_folder():
    """Scan a folder with docchk and return (report, findings as tuples)."""

    def run(folder, **options):
        options.setdefault("v_number", V_NUMBER)
        options.setdefault("jobs", 1)
        report = docchk.scan([folder], **options)
        return report, {(f.rule, f.path, f.page, f.severity.value) for f in report.findings}

    return run


@contextlib.contextmanager
def plugin_added(plugin, name: str, disabled: tuple[str, ...] = ()):
    """``plugin`` registered, for the block, in the (per-process, cached)
    plugin manager that scans with ``disabled`` use (workers, forked later, inherit it)."""
    from docchk.plugins import plugin_manager

    pm = plugin_manager(tuple(disabled))
    pm.register(plugin, name=name)
    try:
        yield pm
    finally:
        pm.unregister(name=name)
