"""Worker processes that one hostile file cannot stall or take down.

Why not :class:`concurrent.futures.ProcessPoolExecutor`? When one of its
workers dies (a C library crashes on a crafted PDF, the memory limit ends
it) the whole pool is "broken" and every pending page fails, and a task that
hangs can be neither timed out nor stopped. Here each worker runs one task
at a time over its own pipe, so the pool always knows which task a worker
holds:

- a task that outlives its time limit: the worker is killed, the task
  fails with :class:`TaskFailed` (``kind="timeout"``) and a new worker takes
  the next task;
- a worker that dies: the same, with ``kind="died"`` and how it ended;
- an exception raised by the task travels back and is raised by
  :meth:`Task.result`.

Workers are forked, so they share what the main process preloaded (the OCR
models) copy-on-write (docs/performance.md). The pool has no thread of its
own: it moves whenever the caller waits for a result, and the caller collects
results in order, so it is always waiting while work remains.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import signal
import time
from collections import deque
from collections.abc import Callable

from docchk.limits import Limits, limit_memory

log = logging.getLogger(__name__)


class TaskFailed(Exception):
    """A task did not finish because its worker was stopped or died."""

    def __init__(self, kind: str, detail: str, seconds: float | None = None):
        super().__init__(f"{kind}: {detail}")
        self.kind = kind  # "timeout" or "died"
        self.detail = detail
        self.seconds = seconds  # the time limit that was crossed


class Task:
    """The future result of one call in a worker."""

    def __init__(self, pool: WorkerPool, fn: Callable, args: tuple):
        self._pool = pool
        self.call = (fn, args)
        self.done = False
        self._value = None
        self._error: BaseException | None = None

    def _finish(self, value=None, error: BaseException | None = None) -> None:
        self.done, self._value, self._error = True, value, error

    def result(self):
        """The call's return value; raises what the call raised, or
        :class:`TaskFailed`."""
        self._pool._run_until(self)
        if self._error is not None:
            raise self._error
        return self._value


def _serve(conn, memory_mb: int | None) -> None:
    """A worker's life: run calls from ``conn`` until told to stop."""
    # Ctrl-C reaches the whole process group: the main process handles it
    # and stops the workers; a worker must not die half-way on its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_memory(memory_mb)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        fn, args = message
        try:
            reply = ("ok", fn(*args))
        except Exception as exc:  # noqa: BLE001 -- travels back to the caller
            reply = ("raised", exc)
        try:
            conn.send(reply)
        except Exception as exc:  # noqa: BLE001 -- an answer that cannot be pickled
            conn.send(("raised", RuntimeError(f"the worker's answer could not be sent ({type(exc).__name__})")))


class _Worker:
    def __init__(self, context, memory_mb: int | None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, memory_mb), daemon=True, name="docchk-worker")
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0

    def give(self, task: Task) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send(task.call)

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
        if kill and self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():  # pragma: no cover -- did not stop when asked
            self.process.kill()
            self.process.join()
        self.conn.close()


def _how_it_ended(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"


class WorkerPool:
    """Up to ``jobs`` forked workers, started when there is work, each
    bounded by ``limits``; a worker that is stopped or dies is replaced."""

    def __init__(self, jobs: int, limits: Limits = Limits()):  # noqa: B008 -- frozen: one shared default is safe
        self.jobs = max(1, jobs)
        self.limits = limits
        self._context = multiprocessing.get_context("fork")
        self._pending: deque[Task] = deque()
        self._idle: list[_Worker] = []
        self._busy: list[_Worker] = []
        #: Workers that were stopped or died, for the log and the tests.
        self.replaced = 0

    def submit(self, fn: Callable, *args) -> Task:
        task = Task(self, fn, args)
        self._pending.append(task)
        self._dispatch()
        return task

    def _dispatch(self) -> None:
        while self._pending:
            if self._idle:
                worker = self._idle.pop()
            elif len(self._busy) < self.jobs:
                worker = _Worker(self._context, self.limits.memory_mb)
            else:
                return
            task = self._pending.popleft()
            try:
                worker.give(task)
            except (OSError, ValueError):  # died while idle: give the task to another
                self._pending.appendleft(task)
                worker.stop(kill=True)
                continue
            self._busy.append(worker)

    def _run_until(self, task: Task) -> None:
        while not task.done:
            self._dispatch()
            if not self._busy:  # pragma: no cover -- a pending task always gets a worker
                raise RuntimeError("docchk.workers: a task waits but no worker runs")
            self._step()

    def _step(self) -> None:
        """Wait for one worker to answer, die or run out of time."""
        by_handle = {}
        for w in self._busy:
            by_handle[w.conn] = w
            by_handle[w.process.sentinel] = w
        timeout = None
        if self.limits.seconds:
            first_deadline = min(w.started for w in self._busy) + self.limits.seconds
            timeout = max(0.0, first_deadline - time.monotonic())
        ready = multiprocessing.connection.wait(list(by_handle), timeout)
        handled = set()
        for handle in ready:
            worker = by_handle[handle]
            if id(worker) in handled:
                continue
            handled.add(id(worker))
            self._collect(worker)
        if self.limits.seconds:
            now = time.monotonic()
            for worker in list(self._busy):
                if now - worker.started >= self.limits.seconds:
                    self._lose(
                        worker,
                        TaskFailed("timeout", f"took longer than {self.limits.seconds:g} s", self.limits.seconds),
                    )

    def _collect(self, worker: _Worker) -> None:
        """Take ``worker``'s answer; or, when it has none, its death."""
        try:
            if worker.conn.poll():
                status, value = worker.conn.recv()
                task = worker.task
                assert task is not None  # a busy worker has a task
                worker.task = None
                self._busy.remove(worker)
                self._idle.append(worker)
                task._finish(value if status == "ok" else None, value if status != "ok" else None)
                return
        except (EOFError, OSError):
            pass
        worker.process.join(timeout=5)
        self._lose(worker, TaskFailed("died", f"the worker process ended ({_how_it_ended(worker.process.exitcode)})"))

    def _lose(self, worker: _Worker, failure: TaskFailed) -> None:
        log.info("worker %s stopped: %s", worker.process.pid, failure)
        self._busy.remove(worker)
        worker.stop(kill=True)
        self.replaced += 1
        if worker.task is not None:
            worker.task._finish(error=failure)

    def close(self) -> None:
        """Stop every worker; tasks not yet run are dropped."""
        self._pending.clear()
        for worker in self._idle:
            worker.stop()
        for worker in self._busy:  # interrupted mid-task
            worker.stop(kill=True)
        self._idle, self._busy = [], []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
