"""The batch layer: stream input records, parse them (in supervised worker processes), write rows
and errors atomically, and count everything.

Every input record ends up as rows in the output, as a line of the errors file (with its id,
its line or record number and the reason) or as a skipped record counted by reason (a WARC
request, an image): ``records == parsed + errors + skipped`` always holds.  The input is streamed
and at most a bounded number of records is in flight, so memory stays flat on long inputs.
Reading is :mod:`.inputs`, parsing :mod:`.work`, workers :mod:`.supervise`, writing
:mod:`.outputs`.
"""

from __future__ import annotations

import json
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .inputs import ReadOptions, iter_records
from .outputs import DatasetOutput, FileOutput, StdoutOutput
from .provenance import NO_PROVENANCE, Provenance
from .records import InputRecord, MiB, printable, record_id
from .supervise import Spec, supervised
from .work import (
    ENCODERS,
    BatchResult,
    Outcome,
    RecordTimeout,
    Unit,
    arrow_without_pandas,
    encode_arrow,
    encode_jsonl,
    parse_batch,
    parse_record,
    start_process,
)

__all__ = [
    "ENCODERS",
    "BatchResult",
    "InputRecord",
    "Outcome",
    "ReadOptions",
    "RunOptions",
    "Summary",
    "Unit",
    "arrow_without_pandas",
    "encode_arrow",
    "encode_jsonl",
    "iter_records",
    "parse_record",
    "record_id",
    "run",
]

BATCH_SIZE = 32
BATCH_BYTES = 8 * MiB
PART_RECORDS = 10_000
RECORD_TIMEOUT = 300.0
MAX_TRACKED_IDS = 20_000_000
"""Duplicate ids are looked for among this many records (then no more)."""


@dataclass
class Summary:
    """Counts of a run; ``records == parsed + errors + skipped`` always holds."""

    records: int = 0
    parsed: int = 0
    postings: int = 0
    errors: int = 0
    error_reasons: dict[str, int] = field(default_factory=dict)
    error_examples: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    duplicate_examples: list[str] = field(default_factory=list)

    def add(self, record: InputRecord, rows: int, error: str | None) -> None:
        """Count one record."""
        self.records += 1
        if record.skipped is not None:
            self.skipped[record.skipped] = self.skipped.get(record.skipped, 0) + 1
        elif error is None:
            self.parsed += 1
            self.postings += rows
        else:
            self.errors += 1
            reason = error.split(":", 1)[0]
            self.error_reasons[reason] = self.error_reasons.get(reason, 0) + 1
            self.error_examples.setdefault(reason, error)

    def merge(self, counts: dict[str, Any]) -> None:
        """Add the counts of a part (:meth:`counts`) to these."""
        for name in ("records", "parsed", "postings", "errors", "duplicates"):
            setattr(self, name, getattr(self, name) + counts[name])
        for name in ("error_reasons", "skipped"):
            mine = getattr(self, name)
            for key, n in counts[name].items():
                mine[key] = mine.get(key, 0) + n
        for key, text in counts["error_examples"].items():
            self.error_examples.setdefault(key, text)
        room = 3 - len(self.duplicate_examples)
        self.duplicate_examples.extend(counts["duplicate_examples"][:room])

    def counts(self) -> dict[str, Any]:
        """The counts as plain JSON data."""
        return {
            "records": self.records,
            "parsed": self.parsed,
            "postings": self.postings,
            "errors": self.errors,
            "error_reasons": self.error_reasons,
            "error_examples": self.error_examples,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "duplicate_examples": self.duplicate_examples,
        }

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def line(self) -> str:
        return (
            f"records read: {self.records}; parsed: {self.parsed}; "
            f"postings written: {self.postings}; errors: {self.errors}; "
            f"skipped: {self.skipped_total}"
        )


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How records are parsed and grouped."""

    unit: Unit = "page"
    strict: bool = False
    jobs: int = 1
    fmt: str = "jsonl"
    record_timeout: float = RECORD_TIMEOUT
    part_records: int = PART_RECORDS
    batch_size: int = BATCH_SIZE
    provenance: Provenance = NO_PROVENANCE


def error_line(record: InputRecord, reason: str) -> bytes:
    """The errors file's line for a record."""
    line = {
        "id": printable(record.id),
        "source": printable(record.source),
        "line": record.line,
        "reason": printable(reason),
    }
    return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")


def batches(
    records: Iterable[InputRecord], options: RunOptions, first: int
) -> Iterator[tuple[list[InputRecord], bool]]:
    """Batches of at most ``batch_size`` records and :data:`BATCH_BYTES` of text, and whether a
    batch ends a part (parts are ``part_records`` records, counted from record 0; ``first`` is
    the number of the first record)."""
    batch: list[InputRecord] = []
    size, number = 0, first
    for record in records:
        batch.append(record)
        size += len(record.payload or "")
        number += 1
        part_end = number % options.part_records == 0
        if part_end or len(batch) >= options.batch_size or size >= BATCH_BYTES:
            yield batch, part_end
            batch, size = [], 0
    if batch:
        yield batch, False


@contextmanager
def _alarm() -> Iterator[Callable[[float], None] | None]:
    """``arm(seconds)``: a timer that raises :class:`RecordTimeout` where the code is when it
    rings (``arm(0)`` stops it); None outside the main thread, where there are no signals."""
    if threading.current_thread() is not threading.main_thread():
        yield None
        return

    def ring(signum: int, frame: Any) -> None:
        raise RecordTimeout("the record took too long")

    previous = signal.signal(signal.SIGALRM, ring)
    try:

        def arm(seconds: float) -> None:
            signal.setitimer(signal.ITIMER_REAL, seconds)

        yield arm
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _ticker(arm: Callable[[float], None], size: int, timeout: float) -> Callable[[int], None]:
    """A batch's ``tick``: arm the timer as each record starts, stop it after the last."""
    return lambda i: arm(timeout if i < size else 0)


def _in_process(batches: Iterable[list[InputRecord]], options: RunOptions) -> Iterator[Any]:
    """Parse here; with ``record_timeout``, a record that takes longer is an error line."""
    start_process(options.fmt)
    with _alarm() as arm:
        for batch in batches:
            timed = arm is not None and options.record_timeout > 0
            tick = _ticker(arm, len(batch), options.record_timeout) if arm and timed else None
            yield parse_batch(
                batch, options.unit, options.strict, options.fmt, tick, options.provenance
            )


def parse_stream(
    batches: Iterable[list[InputRecord]], options: RunOptions
) -> Iterator[BatchResult]:
    """Encoded batches in input order, parsed here (``jobs == 1``) or by supervised workers."""
    if options.jobs <= 1:
        return _in_process(batches, options)
    spec = Spec(options.unit, options.strict, options.fmt, options.provenance)
    return supervised(batches, options.jobs, spec, options.record_timeout)


class _Ids:
    """The ids seen so far (as hashes), to tell duplicates."""

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def is_duplicate(self, record: InputRecord) -> bool:
        if record.skipped is not None or len(self._seen) >= MAX_TRACKED_IDS:
            return False
        key = hash(record.id)
        if key in self._seen:
            return True
        self._seen.add(key)
        return False


def _skip(records: Iterator[InputRecord], count: int, ids: _Ids) -> None:
    """Read past the records of the parts a resumed run committed before."""
    for _ in range(count):
        record = next(records, None)
        if record is None:
            return
        ids.is_duplicate(record)


def _count(result: BatchResult, summaries: tuple[Summary, Summary], ids: _Ids) -> list[bytes]:
    """Count a batch's records in the run's and the part's summaries; its error lines."""
    lines = []
    for record, rows, error in result.records:
        for summary in summaries:
            summary.add(record, rows, error)
        if ids.is_duplicate(record):
            for summary in summaries:
                summary.duplicates += 1
                if len(summary.duplicate_examples) < 3:
                    summary.duplicate_examples.append(record.id)
        if error is not None and record.skipped is None:
            lines.append(error_line(record, error))
    return lines


def run(
    records: Iterable[InputRecord],
    output: FileOutput | DatasetOutput | StdoutOutput,
    options: RunOptions,
    summary: Summary,
    *,
    skip: int = 0,
    on_batch: Callable[[Summary], None] | None = None,
) -> Summary:
    """Parse every record after the first ``skip``, write rows and error lines, commit parts,
    and count into ``summary`` (which holds the counts of the skipped parts); ``on_batch`` is
    given ``summary`` after each batch is written."""
    source, ids = iter(records), _Ids()
    _skip(source, skip, ids)
    ends: deque[bool] = deque()

    def flagged() -> Iterator[list[InputRecord]]:
        for batch, part_end in batches(source, options, skip):
            ends.append(part_end)
            yield batch

    part = Summary()
    for result in parse_stream(flagged(), options):
        output.write(result.encoded, _count(result, (summary, part), ids))
        if ends.popleft():
            output.end_part(part.counts())
            part = Summary()
        if on_batch is not None:
            on_batch(summary)
    if part.records or (isinstance(output, DatasetOutput) and output.parts == 0):
        output.end_part(part.counts())
    return summary
