"""Bounded work (docchk.workers, docchk.limits): a task that hangs is
stopped, a worker that dies is replaced, a worker cannot take more memory
than its limit, and a plugin that hangs in the main process becomes a
finding. Real processes, real signals, real allocations."""

from __future__ import annotations

import os
import signal
import time

import pytest

import docchk
from conftest import V_NUMBER, gen, plugin_added
from docchk.limits import Limits, TimeLimitExceeded, deadline
from docchk.workers import TaskFailed, WorkerPool


# Tasks run in forked workers, which find these functions by name.
def square(n: int) -> int:
    return n * n


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "woke up"


def crash() -> None:
    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer does


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def fail() -> None:
    raise ValueError("a bug")


def test_a_task_that_hangs_is_stopped_and_the_others_finish():
    with WorkerPool(2, Limits(seconds=1, memory_mb=None)) as pool:
        hung = pool.submit(sleep_for, 3600)
        rest = [pool.submit(square, n) for n in range(6)]
        with pytest.raises(TaskFailed) as failed:
            hung.result()
        assert failed.value.kind == "timeout" and "longer than 1 s" in failed.value.detail
        assert [t.result() for t in rest] == [n * n for n in range(6)]
        assert pool.replaced == 1


def test_a_worker_that_dies_is_reported_and_replaced():
    with WorkerPool(1, Limits(seconds=None, memory_mb=None)) as pool:
        before = pool.submit(square, 3)
        dead = pool.submit(crash)
        after = [pool.submit(square, n) for n in (4, 5)]
        assert before.result() == 9
        with pytest.raises(TaskFailed) as failed:
            dead.result()
        assert failed.value.kind == "died" and "SIGKILL" in failed.value.detail
        assert [t.result() for t in after] == [16, 25]  # a new worker took over
        assert pool.replaced == 1


def test_a_worker_cannot_allocate_beyond_its_memory_limit():
    with WorkerPool(1, Limits(seconds=None, memory_mb=300)) as pool:
        assert pool.submit(allocate, 100).result() == 100 * 1024 * 1024
        with pytest.raises(MemoryError):
            pool.submit(allocate, 2048).result()
        assert pool.submit(allocate, 100).result() == 100 * 1024 * 1024  # the worker lives on
        assert pool.replaced == 0


def test_an_exception_travels_back_and_the_worker_stays():
    with WorkerPool(1, Limits()) as pool:
        with pytest.raises(ValueError, match="a bug"):
            pool.submit(fail).result()
        assert pool.submit(square, 7).result() == 49
        assert pool.replaced == 0


def test_closing_stops_every_worker_even_mid_task():
    pool = WorkerPool(2, Limits(seconds=None, memory_mb=None))
    busy = [pool.submit(sleep_for, 3600) for _ in range(2)]
    pool._dispatch()
    processes = [w.process for w in pool._busy]
    assert len(processes) == 2 and all(p.is_alive() for p in processes)
    pool.close()
    assert not any(p.is_alive() for p in processes)
    assert not busy[0].done


def test_deadline_interrupts_a_loop_that_swallows_exceptions():
    def stubborn():
        while True:
            try:
                time.sleep(0.01)
            except Exception:  # noqa: BLE001 -- what a careless plugin does
                pass

    with pytest.raises(TimeLimitExceeded), deadline(0.5):
        stubborn()
    with deadline(5):  # a block that ends in time leaves no timer behind
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


class _Hangs:
    def docchk_check_document(self, document, config):
        while True:
            try:
                time.sleep(1)
            except Exception:  # noqa: BLE001
                pass


def test_a_plugin_that_hangs_is_a_finding_naming_it_and_the_scan_goes_on(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    gen.text_pdf(folder / "letter.pdf", [gen.PageSpec(["Brief", "y" * 30], header=f"V-nummer: {V_NUMBER}")])
    with plugin_added(_Hangs(), "hangs"):
        report = docchk.scan([folder], v_number=V_NUMBER, jobs=1, cache=False, timeout=1)
    failed = [f for f in report.findings if f.rule == "submission.plugin-error"]
    assert len(failed) == 1 and failed[0].path == "letter.pdf"
    assert "'hangs'" in failed[0].message and "stopped after 1 s" in failed[0].message
    assert "-p no:hangs" in failed[0].hint
    assert report.documents[0].pages  # the file was read and the other checks ran
    assert not report.ready
