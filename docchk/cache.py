"""A content-addressed cache of page analyses, so a re-run costs almost nothing.

Analysing a scanned page (rendering and OCR) is the whole cost of a scan; a
sponsor re-runs docchk after fixing one file of thirty. Entries are keyed by
what the analysis depends on and nothing else:

* the file's SHA-256 (not its name or date: a renamed file is a hit, an
  edited one a miss) and the page number;
* how much of the page was asked for: a sample, its top or all of it
  (``docchk_title_pages``, ``docchk_full_text_pages``);
* a fingerprint of the run: docchk's version, every loaded plugin and its
  version, the OCR engines and their versions, the thresholds data, and the
  applicant's identifiers (they decide how much of a page is read).

Understanding a document also has costs worth keeping: the language model
takes 0.8 s to load and dateparser 1 s to find its first date. Functions of
text alone (:func:`memoised`: language identification, issue dates) keep
their answers by a hash of their arguments while a cache is active
(:func:`active`), so a re-run loads neither.

The cache holds personal data (page text, numbers), so it lives in the
user's cache directory (``platformdirs``; ``DOCCHK_CACHE_DIR`` overrides),
owner-only (directory 0700, file 0600), never in the scanned folder.
Entries older than :data:`MAX_AGE_DAYS` are dropped; ``docchk cache clear``
empties it and ``--no-cache`` bypasses it. It is one SQLite file: embedded,
safe with several docchk processes at once, no server.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import functools
import hashlib
import json
import logging
import os
import sqlite3
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docchk.model import PageFacts, Word

log = logging.getLogger(__name__)

ENV_DIR = "DOCCHK_CACHE_DIR"
FILE_NAME = "analysis.sqlite3"
#: Entries not written for this long are dropped (personal data is not kept
#: longer than a re-run needs it).
MAX_AGE_DAYS = 30
#: Bumped when the stored format, or what a page's analysis holds, changes
#: (4: the MRZ found by shape, 2026-12-03; 5: read only when monospaced, 2026-12-04).
FORMAT = 5


def cache_dir() -> Path:
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    import platformdirs

    return Path(platformdirs.user_cache_dir("docchk", appauthor=False))


def _key(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def fingerprint(config, engines: list[object], plugins: list[dict]) -> str:
    """What, besides the file, an analysis depends on (hashed: no identifiers in clear)."""
    from docchk import facts

    applicant = config.applicant
    return _key(
        FORMAT,
        json.dumps([(p["name"], p["distribution"], p["version"]) for p in plugins]),
        json.dumps([(type(e).__module__, getattr(e, "name", ""), str(getattr(e, "version", ""))) for e in engines]),
        facts.fingerprint(),
        applicant.v_number,
        applicant.klantnummer,
        applicant.name,
        applicant.birth_date,
    )


def _encode(page: PageFacts) -> bytes:
    return zlib.compress(json.dumps(dataclasses.asdict(page)).encode(), 1)


def _decode(blob: bytes) -> PageFacts:
    d = json.loads(zlib.decompress(blob))
    d["words"] = tuple(Word(w["text"], w["confidence"], tuple(w["box"]), w["line"]) for w in d["words"])
    d["digit_runs"] = tuple(d["digit_runs"])
    return PageFacts(**d)


_TABLES = ("pages", "documents", "answers")


class AnalysisCache:
    """Page analyses by (fingerprint, file hash, page, full text)."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else cache_dir()
        self.path = self.folder / FILE_NAME
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        # Create the file owner-only before SQLite opens it with the umask.
        os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
        os.chmod(self.path, 0o600)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, facts BLOB NOT NULL, written REAL NOT NULL)"
        )
        self._db.execute("DROP TABLE IF EXISTS files")  # docchk < 0.2: page counts only
        for table in _TABLES[1:]:
            self._db.execute(
                f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, facts BLOB NOT NULL, written REAL NOT NULL)"
            )
        self._pending: list[tuple[str, str, object]] = []

    # -- documents: page count and signatures, so a cached file is not opened

    def document(self, fp: str, sha: str) -> dict | None:
        row = self._db.execute("SELECT facts FROM documents WHERE key=?", (_key(fp, sha),)).fetchone()
        try:
            return json.loads(row[0]) if row else None
        except ValueError:
            return None

    def put_document(self, fp: str, sha: str, facts: dict) -> None:
        self._pending.append(("documents", _key(fp, sha), json.dumps(facts)))

    # -- pages ---------------------------------------------------------------

    def page(self, fp: str, sha: str, index: int, read: str) -> PageFacts | None:
        row = self._db.execute("SELECT facts FROM pages WHERE key=?", (_key(fp, sha, index, read),)).fetchone()
        if not row:
            return None
        try:
            return _decode(row[0])
        except (ValueError, TypeError, KeyError, zlib.error):
            log.debug("dropping an unreadable cache entry")
            return None

    def put_page(self, fp: str, sha: str, index: int, read: str, page: PageFacts) -> None:
        self._pending.append(("pages", _key(fp, sha, index, read), _encode(page)))

    # -- answers of pure functions (memoised) ------------------------------------

    def answer(self, key: str) -> str | None:
        row = self._db.execute("SELECT facts FROM answers WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def put_answer(self, key: str, value: str) -> None:
        self._pending.append(("answers", key, value))

    # -- upkeep ---------------------------------------------------------------

    def flush(self) -> None:
        """Write what was added since the last flush, in one transaction."""
        if not self._pending:
            return
        now = time.time()
        with self._db:
            self._db.execute("BEGIN")
            for table, key, value in self._pending:
                self._db.execute(
                    f"INSERT OR REPLACE INTO {table} (key, facts, written) VALUES (?, ?, ?)", (key, value, now)
                )
        self._pending.clear()

    def prune(self, max_age_days: float = MAX_AGE_DAYS) -> None:
        cutoff = time.time() - max_age_days * 86400
        with self._db:
            for table in _TABLES:
                self._db.execute(f"DELETE FROM {table} WHERE written < ?", (cutoff,))

    def files(self) -> list[Path]:
        """Every file docchk keeps here: the database (with SQLite's journal
        files) and the unpacked language model (docchk.language)."""
        return sorted([*self.folder.glob(FILE_NAME + "*"), *self.folder.glob("langid-*.npz")])

    def stats(self) -> dict:
        """What the cache holds: entries per table, its files and their size."""
        counts = {table: self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in _TABLES}
        files = self.files()
        return {
            "path": str(self.path),
            "folder": str(self.folder),
            **counts,
            "files": [p.name for p in files],
            "bytes": sum(p.stat().st_size for p in files),
        }

    def clear(self) -> dict:
        """Remove everything the cache keeps -- entries, database, journal and
        language model -- and return what it held (:meth:`stats`). The cache
        is closed afterwards."""
        held = self.stats()
        self._pending.clear()
        self._db.close()
        for path in self.files():
            path.unlink(missing_ok=True)
        return held

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_ACTIVE: contextvars.ContextVar[AnalysisCache | None] = contextvars.ContextVar("docchk_cache", default=None)


@contextlib.contextmanager
def active(store: AnalysisCache | None):
    """Let :func:`memoised` functions keep their answers in ``store`` (None:
    compute every time, as with ``--no-cache``)."""
    token = _ACTIVE.set(store)
    try:
        yield store
    finally:
        _ACTIVE.reset(token)


def memoised(dump: Callable[[Any], object] = lambda v: v, load: Callable[[Any], object] = lambda v: v):
    """Keep the answers of a function of its arguments alone (text, dates,
    codes; no files, no settings other than docchk's data files) in the
    active cache. ``dump`` and ``load`` turn an answer into JSON and back.
    The key is a hash: the text the answer came from is not stored."""

    def decorate(fn):
        name = f"{fn.__module__}.{fn.__qualname__}"

        @functools.wraps(fn)
        def wrapper(*args):
            store = _ACTIVE.get()
            if store is None:
                return fn(*args)
            from docchk import facts
            from docchk.plugins import installed_version

            key = _key("answer", FORMAT, installed_version(), facts.fingerprint(), name, json.dumps(args, default=str))
            found = store.answer(key)
            if found is not None:
                with contextlib.suppress(ValueError, TypeError, KeyError):
                    return load(json.loads(found))
            value = fn(*args)
            store.put_answer(key, json.dumps(dump(value)))
            return value

        return wrapper

    return decorate
