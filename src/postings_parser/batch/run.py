"""The batch layer: stream input records, parse them (in worker processes), write rows and errors.

Inputs are ``.txt`` / ``.html`` files, directories of them, JSONL files of ``{"id", "text"}``
records (or ``"html"``, or the field named by ``text_field``) and WARC files (their HTML
responses).  Every input record ends up either as rows in the output or as a line of the errors
file, with its id, its line number and the reason: a malformed JSON line, a record without text,
binary garbage, an empty page, a page with no posting.  The input is streamed and at most a
bounded number of records is in flight, so memory stays flat on long inputs.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, Protocol

from ..errors import PostingsParserError
from ..models import Posting
from ..pipeline import parse_page, parse_posting
from .rows import page_rows, posting_row

Unit = Literal["page", "posting"]
PAGE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = (".warc", ".warc.gz")
BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One record read from the inputs; ``payload`` is None when ``error`` says why."""

    id: str
    source: str
    line: int | None
    payload: str | bytes | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What parsing one record gave: its rows, or the reason it gave none."""

    record: InputRecord
    rows: list[dict[str, Any]]
    error: str | None


@dataclass(frozen=True, slots=True)
class BatchResult:
    """A batch parsed and encoded for the writer where it was parsed (a worker process sends
    back one encoded block and the records' ids and errors, not the rows themselves)."""

    records: list[tuple[InputRecord, int, str | None]]  # (record without payload, rows, error)
    encoded: Any  # what the writer takes: a JSONL string, or an Arrow record batch as IPC bytes


@dataclass
class Summary:
    """Counts of a run; ``records == parsed + errors`` always holds."""

    records: int = 0
    parsed: int = 0
    postings: int = 0
    errors: int = 0
    error_reasons: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        return (
            f"records read: {self.records}; parsed: {self.parsed}; "
            f"postings written: {self.postings}; errors: {self.errors}"
        )


# ------------------------------------------------------------------------------------------
# reading


def record_id(obj: dict[str, Any], fallback: str) -> str:
    """A record's id: its ``id``, else ``source:job_id``, else ``fallback``."""
    if obj.get("id") is not None:
        return str(obj["id"])
    if obj.get("source") is not None and obj.get("job_id") is not None:
        return f"{obj['source']}:{obj['job_id']}"
    return fallback


def _jsonl_records(path: Path, text_field: str | None) -> Iterator[InputRecord]:
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            fallback = f"{path.name}:{number}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield InputRecord(fallback, str(path), number, None, f"malformed JSON: {exc}")
                continue
            if not isinstance(obj, dict):
                yield InputRecord(
                    fallback, str(path), number, None, "a JSON line that is not an object"
                )
                continue
            rid = record_id(obj, fallback)
            fields = [text_field] if text_field else ["text", "html"]
            value = next((obj[k] for k in fields if obj.get(k) is not None), None)
            if value is None:
                reason = f"no {' or '.join(repr(k) for k in fields)} field"
                yield InputRecord(rid, str(path), number, None, reason)
            elif not isinstance(value, str):
                reason = f"field is {type(value).__name__}, not text"
                yield InputRecord(rid, str(path), number, None, reason)
            else:
                yield InputRecord(rid, str(path), number, value)


def _warc_records(path: Path) -> Iterator[InputRecord]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as f:
        number = 0
        try:
            for record in ArchiveIterator(f):
                if record.rec_type != "response":
                    continue
                number += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{number}"
                ctype = (
                    record.http_headers.get_header("Content-Type") if record.http_headers else ""
                ) or ""
                if "html" not in ctype.lower():
                    continue
                yield InputRecord(uri, str(path), number, record.content_stream().read())
        except Exception as exc:  # warcio raises plain exceptions on a broken archive
            yield InputRecord(
                f"{path.name}#{number + 1}", str(path), None, None, f"broken WARC: {exc}"
            )


def _paths_under(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            yield Path(root, name)


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if path.suffix.lower() in JSONL_SUFFIXES:
        return "jsonl"
    if path.suffix.lower() in PAGE_SUFFIXES:
        return "page"
    return None


def iter_records(paths: Iterable[Path], text_field: str | None = None) -> Iterator[InputRecord]:
    """Every record of the inputs, lazily, in order."""
    for path in paths:
        candidates = _paths_under(path) if path.is_dir() else iter([path])
        for candidate in candidates:
            kind = _kind(candidate) if candidate is not path else (_kind(candidate) or "page")
            if kind == "jsonl":
                yield from _jsonl_records(candidate, text_field)
            elif kind == "warc":
                yield from _warc_records(candidate)
            elif kind == "page":
                yield InputRecord(str(candidate), str(candidate), None, candidate.read_bytes())


# ------------------------------------------------------------------------------------------
# parsing (runs in worker processes: module-level functions only)


def parse_record(record: InputRecord, unit: Unit = "page", strict: bool = False) -> Outcome:
    """Parse one record into rows, or say why it gives none."""
    if record.payload is None:
        return Outcome(record, [], record.error or "no text")
    try:
        if unit == "posting":
            posting: Posting = parse_posting(record.payload, strict=strict)
            return Outcome(record, [posting_row(record.id, posting)], None)
        page = parse_page(record.payload, strict=strict)
    except PostingsParserError as exc:
        return Outcome(record, [], f"{type(exc).__name__}: {exc}")
    if not page.postings:
        return Outcome(record, [], "no postings: the page has no posting block")
    return Outcome(record, page_rows(record.id, page), None)


def encode_jsonl(rows: list[dict[str, Any]]) -> str:
    """Rows as JSON lines."""
    return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)


def encode_arrow(rows: list[dict[str, Any]]) -> bytes:
    """Rows as one Arrow record batch of :data:`postings_parser.arrow.SCHEMA`, in Arrow's IPC
    format: a worker sends it back as one block of bytes (pickling the batch itself takes ten
    times longer)."""
    from .arrow import to_record_batch

    return bytes(to_record_batch(rows).serialize())


class _NoPandas(importlib.abc.MetaPathFinder):
    """An import hook under which ``pandas`` cannot be imported."""

    def find_spec(
        self, fullname: str, path: Any = None, target: Any = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.partition(".")[0] == "pandas":
            raise ModuleNotFoundError(f"no {fullname} in the batch layer", name=fullname)
        return None


def arrow_without_pandas() -> None:
    """Let pyarrow convert Python values in this process without importing pandas.

    The first ``pa.array`` of a process imports pandas when it is installed, only to ask
    whether the values are a pandas object (apache/arrow#34994): 0.25 s and about 40 MB in
    every worker.  The batch layer only hands pyarrow lists of plain values, so its processes
    let pyarrow look for pandas once while pandas cannot be imported; pyarrow remembers that
    and never looks again (a ``to_pandas`` would still import it).  Nothing changes in a
    process that has already imported pandas.
    """
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        pa.array([], pa.int8())
    finally:
        sys.meta_path.remove(blocker)


def _start_process(fmt: str) -> None:
    """What a process does once before it parses batches for ``fmt``."""
    if fmt == "parquet":
        arrow_without_pandas()


ENCODERS: dict[str, Callable[[list[dict[str, Any]]], Any]] = {
    "jsonl": encode_jsonl,
    "parquet": encode_arrow,
}


def parse_batch(batch: list[InputRecord], unit: Unit, strict: bool, fmt: str) -> BatchResult:
    """Parse and encode one batch (in a worker process, or in this one)."""
    rows: list[dict[str, Any]] = []
    records = []
    for record in batch:
        outcome = parse_record(record, unit, strict)
        rows.extend(outcome.rows)
        bare = InputRecord(record.id, record.source, record.line, None, record.error)
        records.append((bare, len(outcome.rows), outcome.error))
    return BatchResult(records, ENCODERS[fmt](rows) if rows else None)


def _batches(records: Iterable[InputRecord], size: int) -> Iterator[list[InputRecord]]:
    batch: list[InputRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def parse_stream(
    records: Iterable[InputRecord],
    *,
    unit: Unit = "page",
    strict: bool = False,
    jobs: int = 1,
    fmt: str = "jsonl",
) -> Iterator[BatchResult]:
    """Encoded batches in input order; with ``jobs > 1``, parsed by that many processes, with
    at most ``2 * jobs`` batches in flight so that memory stays bounded."""
    if jobs <= 1:
        _start_process(fmt)
        for batch in _batches(records, BATCH_SIZE):
            yield parse_batch(batch, unit, strict, fmt)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_process, initargs=(fmt,)) as pool:
        window: deque[Future[BatchResult]] = deque()
        for batch in _batches(records, BATCH_SIZE):
            window.append(pool.submit(parse_batch, batch, unit, strict, fmt))
            if len(window) >= 2 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


# ------------------------------------------------------------------------------------------
# writing


class RowWriter(Protocol):
    format: str

    def write(self, encoded: Any) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """One JSON object per posting row."""

    format = "jsonl"

    def __init__(self, path: Path) -> None:
        self._f: IO[str] = path.open("w", encoding="utf-8")

    def write(self, encoded: Any) -> None:
        self._f.write(encoded)

    def close(self) -> None:
        self._f.close()


class ParquetWriter:
    """Record batches of the Arrow schema of :mod:`postings_parser.arrow`, in row groups."""

    format = "parquet"

    def __init__(self, path: Path, row_group_rows: int = 4096) -> None:
        import pyarrow.parquet as pq

        from .arrow import SCHEMA

        self._schema = SCHEMA
        self._writer = pq.ParquetWriter(str(path), SCHEMA)
        self._pending: list[Any] = []
        self._rows = 0
        self._row_group_rows = row_group_rows

    def write(self, encoded: Any) -> None:
        """Take one record batch in Arrow's IPC format (:func:`encode_arrow`)."""
        import pyarrow as pa

        batch = pa.ipc.read_record_batch(pa.py_buffer(encoded), self._schema)
        self._pending.append(batch)
        self._rows += batch.num_rows
        if self._rows >= self._row_group_rows:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._pending:
            self._writer.write_table(pa.Table.from_batches(self._pending))
            self._pending, self._rows = [], 0

    def close(self) -> None:
        self._flush()
        self._writer.close()


def open_writer(path: Path, fmt: str) -> RowWriter:
    return ParquetWriter(path) if fmt == "parquet" else JsonlWriter(path)


def run(
    records: Iterable[InputRecord],
    writer: RowWriter,
    errors: IO[str],
    *,
    unit: Unit = "page",
    strict: bool = False,
    jobs: int = 1,
    on_record: Callable[[], None] | None = None,
) -> Summary:
    """Parse every record, write rows and error lines, and count them."""
    summary = Summary()
    for result in parse_stream(records, unit=unit, strict=strict, jobs=jobs, fmt=writer.format):
        if result.encoded is not None:
            writer.write(result.encoded)
        for r, n_rows, error in result.records:
            summary.records += 1
            if error is None:
                summary.parsed += 1
                summary.postings += n_rows
            else:
                summary.errors += 1
                reason = error.split(":", 1)[0]
                summary.error_reasons[reason] = summary.error_reasons.get(reason, 0) + 1
                line = {"id": r.id, "source": r.source, "line": r.line, "reason": error}
                errors.write(json.dumps(line, ensure_ascii=False) + "\n")
            if on_record is not None:
                on_record()
    return summary
