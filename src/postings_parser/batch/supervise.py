"""Batches parsed by supervised worker processes, results in input order.

Each worker parses one batch at a time and stamps, in shared memory, when it starts each record.
A worker that dies (killed, out of memory, a crash in C code) or makes no progress for
``record_timeout`` seconds (stuck, stopped) is killed and replaced; its batch is retried once in
the fresh worker, and if that fails too, its records become error lines (the record the worker
was on says so).  The parent never blocks on a worker: pipes are read and written by threads,
and the main loop waits with a timeout.  Workers die with the parent (``PR_SET_PDEATHSIG`` on
Linux, else a thread that watches the parent) and ignore SIGINT, which the parent handles.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import itertools
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from .provenance import NO_PROVENANCE, Provenance
from .records import InputRecord
from .work import BatchResult, Unit, parse_batch, start_process

POLL_SECONDS = 0.5
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
"""Workers are forked where fork is safe to use (they start at once, with the parser loaded, and
no script is imported again); elsewhere spawned."""
START_SECONDS = 120.0
"""How long a new worker may take to start (import the parser) before it counts as stuck."""
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True, slots=True)
class Spec:
    """What the workers do with a batch."""

    unit: Unit
    strict: bool
    fmt: str
    provenance: Provenance = NO_PROVENANCE


@dataclass
class Job:
    """A batch on its way through the pool."""

    index: int
    records: list[InputRecord]
    attempts: int = 0


def _die_with_parent(parent: int) -> None:
    """Make this process end when ``parent`` does."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    else:  # pragma: no cover - a thread watches the parent instead

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def worker_main(conn: Connection, stamps: Any, slot: int, spec: Spec, parent: int) -> None:
    """A worker: parse the batches it is sent until it is sent None."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    start_process(spec.fmt)
    conn.send(("ready", None))

    def tick(i: int) -> None:
        stamps[2 * slot] = time.monotonic()
        stamps[2 * slot + 1] = i

    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, batch = message
        result = parse_batch(batch, spec.unit, spec.strict, spec.fmt, tick, spec.provenance)
        conn.send((index, result))


def _receive(conn: Connection, events: queue.Queue[Any], generation: int) -> None:
    """Pass what a worker sends to the main loop; None when the worker is gone."""
    while True:
        try:
            events.put((generation, conn.recv()))
        except (EOFError, OSError):
            events.put((generation, None))
            return


def _send(conn: Connection, message: Any) -> None:
    with contextlib.suppress(OSError, ValueError):  # a gone worker: its reader reports it
        conn.send(message)


_generations = itertools.count()


@dataclass
class Worker:
    """One worker process, its pipe, and the job it is on."""

    process: Any
    conn: Connection
    generation: int
    started: float = field(default_factory=time.monotonic)
    ready: bool = False
    job: Job | None = None

    def stop(self, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            threading.Thread(target=_send, args=(self.conn, None), daemon=True).start()
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


@dataclass
class Pool:
    """Worker processes and the jobs they are on (see the module's docstring)."""

    jobs: int
    spec: Spec
    record_timeout: float
    context: Any = field(default_factory=lambda: multiprocessing.get_context(START_METHOD))
    events: queue.Queue[Any] = field(default_factory=queue.Queue)
    workers: list[Worker] = field(default_factory=list)
    pending: deque[Job] = field(default_factory=deque)
    done: dict[int, BatchResult] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.stamps = self.context.RawArray("d", 2 * self.jobs)
        self.workers = [self._start(slot) for slot in range(self.jobs)]

    def _start(self, slot: int) -> Worker:
        ours, theirs = self.context.Pipe()
        args = (theirs, self.stamps, slot, self.spec, os.getpid())
        process = self.context.Process(target=worker_main, args=args, daemon=True)
        process.start()
        theirs.close()
        generation = next(_generations)
        threading.Thread(target=_receive, args=(ours, self.events, generation), daemon=True).start()
        return Worker(process, ours, generation)

    def busy(self) -> int:
        return sum(w.job is not None for w in self.workers)

    def assign(self) -> None:
        """Give each idle worker the next pending job."""
        for slot, worker in enumerate(self.workers):
            if worker.job is None and self.pending:
                job = self.pending.popleft()
                worker.job = job
                self.stamps[2 * slot], self.stamps[2 * slot + 1] = time.monotonic(), 0
                message = (job.index, job.records)
                threading.Thread(target=_send, args=(worker.conn, message), daemon=True).start()

    def _slot_of(self, generation: int) -> int | None:
        return next((i for i, w in enumerate(self.workers) if w.generation == generation), None)

    def _failed(self, slot: int, reason: str) -> None:
        """Replace the worker in ``slot``; retry its job once, then give it up as errors."""
        worker = self.workers[slot]
        job, where = worker.job, int(self.stamps[2 * slot + 1])
        worker.stop(kill=True)
        self.workers[slot] = self._start(slot)
        if job is None:
            return
        job.attempts += 1
        if job.attempts < 2:
            self.pending.appendleft(job)
        else:
            self.done[job.index] = given_up(job, where, reason)

    def wait(self) -> None:
        """Take the next result or failure (or check for stuck workers after a while)."""
        try:
            generation, message = self.events.get(timeout=POLL_SECONDS)
        except queue.Empty:
            generation, message = -1, None
        slot = self._slot_of(generation)
        if slot is not None and message is None:
            self._failed(slot, f"worker died: {_how_it_ended(self.workers[slot].process)}")
        elif slot is not None and message[0] == "ready":
            self.workers[slot].ready = True
            self.stamps[2 * slot] = time.monotonic()
        elif slot is not None:
            index, result = message
            self.done[index] = result
            self.workers[slot].job = None
        self._check_progress()

    def _check_progress(self) -> None:
        now = time.monotonic()
        for slot, worker in enumerate(self.workers):
            if worker.job is None:
                continue
            if not worker.ready and now - worker.started > START_SECONDS:
                self._failed(slot, f"worker died: did not start in {START_SECONDS:g} s")
            elif worker.ready and now - self.stamps[2 * slot] > self.record_timeout:
                self._failed(slot, f"record timeout: no progress for {self.record_timeout:g} s")

    def close(self, kill: bool) -> None:
        for worker in self.workers:
            worker.stop(kill=kill)


def _how_it_ended(process: Any) -> str:
    """``exit code N`` or ``killed by SIGNAME`` (its pipe closes just before it is reaped)."""
    process.join(timeout=2)
    code = process.exitcode
    if code is not None and code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


def given_up(job: Job, where: int, reason: str) -> BatchResult:
    """The records of a job that failed twice, as error lines."""
    records: list[tuple[InputRecord, int, str | None]] = []
    for i, record in enumerate(job.records):
        if i == where:
            error = f"{reason}, while parsing this record (retried once)"
        else:
            error = f"worker failed: {reason} on record {where + 1} of this batch (retried once)"
        records.append((record.bare(), 0, error))
    return BatchResult(records, None)


def _load_before_fork(fmt: str) -> None:
    """Where workers are forked, load what the parser loads on first use (the language model,
    the place index) here, once: the workers start with it, sharing the pages of its large
    arrays with this process rather than each loading a copy.  What is loaded is then frozen
    out of the garbage collector's reach (``gc.freeze``): a collection in a worker would write
    to every object it walks and copy the pages they share (the collector's documented advice
    for forked workers; the dev corpora's peak with ``--jobs 2``: 328-334 -> 311-322 MB)."""
    if START_METHOD == "fork":
        start_process(fmt)
        gc.collect()  # what the warm-up left behind, not frozen with the rest
        gc.freeze()


def supervised(
    batches: Iterable[list[InputRecord]], jobs: int, spec: Spec, record_timeout: float
) -> Iterator[BatchResult]:
    """The results of ``batches`` in order, parsed by ``jobs`` supervised workers with at
    most ``2 * jobs`` batches in flight."""
    _load_before_fork(spec.fmt)
    pool = Pool(jobs, spec, record_timeout)
    source = iter(enumerate(batches))
    in_flight, next_out, exhausted, clean = 0, 0, False, False
    try:
        while True:
            while not exhausted and in_flight < 2 * jobs:
                item = next(source, None)
                if item is None:
                    exhausted = True
                else:
                    pool.pending.append(Job(*item))
                    in_flight += 1
            pool.assign()
            while next_out in pool.done:
                yield pool.done.pop(next_out)
                next_out, in_flight = next_out + 1, in_flight - 1
            if exhausted and in_flight == 0:
                clean = True
                return
            pool.wait()
    finally:
        pool.close(kill=not clean)
