"""Bounds on the work one hostile file or one faulty plugin can cause.

A PDF can be built so that reading one page takes hours or gigabytes, and a
plugin can loop forever. docchk reads files from strangers, so every unit of
work has a bound, and crossing it becomes a finding on that file instead of
a scan that never ends or is killed by the system:

- time per page (and per file inspection) read in a worker process: the
  worker is stopped and replaced (:mod:`docchk.workers`);
- memory per worker process: an address-space limit on top of what the
  worker holds when it starts (the code and OCR models it shares), so an
  allocation beyond it fails inside that worker only;
- time per plugin call in the main process (:func:`deadline`).

The defaults are generous: a 300 dpi page takes 1-3 s to read and a worker
about 250 MB beyond its start (docs/performance.md).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from dataclasses import dataclass

#: Seconds one page read, one file inspection or one plugin call may take.
DEFAULT_TIMEOUT = 120.0
#: Megabytes a worker may allocate beyond what it holds when it starts.
DEFAULT_MEMORY_MB = 2048


@dataclass(frozen=True)
class Limits:
    """Per-task time and per-worker memory; 0 or None means no limit."""

    seconds: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB


class TimeLimitExceeded(BaseException):
    """Raised into a plugin call that outlived its deadline.

    A BaseException, like KeyboardInterrupt, so that a plugin's own
    ``except Exception`` cannot swallow it and carry on looping.
    """


@contextlib.contextmanager
def deadline(seconds: float | None):
    """Raise :class:`TimeLimitExceeded` in this block after ``seconds``.

    Uses the real-time interval timer, so it works only in the main thread
    of a process on POSIX; elsewhere (the HTTP service's threads, Windows) the
    block runs unbounded. A loop in Python code or a sleep is interrupted;
    a call that blocks inside C code is interrupted when it returns.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _address_space_in_use() -> int | None:
    """This process's virtual memory size in bytes (Linux), else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


def limit_memory(megabytes: int | None) -> bool:
    """Let this process allocate at most ``megabytes`` more address space.

    Beyond it, allocations fail: Python raises MemoryError, which the worker
    reports as a finding; a C library that cannot cope ends the worker,
    which the pool reports and replaces. Returns False where the limit
    cannot be set (not Linux).
    """
    if not megabytes:
        return False
    try:
        import resource
    except ImportError:  # Windows
        return False
    in_use = _address_space_in_use()
    if in_use is None:
        return False
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = in_use + megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        return False
    return True
