"""Parsing and encoding a batch of records: what a worker process does (module-level functions
only, so that they run in a worker).  Whatever goes wrong with one record — a parser error, an
exception the parser should not raise, a recursion too deep, a row that cannot be encoded — is
that record's error; the others of the batch are not touched."""

from __future__ import annotations

import codecs
import importlib.abc
import importlib.machinery
import inspect
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..errors import PostingsParserError
from ..pipeline import parse_page, parse_posting
from .provenance import NO_PROVENANCE, Provenance, apply
from .records import InputRecord, printable
from .rows import page_rows, posting_row

Unit = Literal["page", "posting"]
Row = dict[str, Any]
RecordResult = tuple[InputRecord, int, str | None]
"""A record without its payload, the number of rows it gave, and its error."""

TAKES_ENCODING = all(
    "encoding" in inspect.signature(f).parameters for f in (parse_page, parse_posting)
)
"""Whether the parser takes the charset an input declares as a hint (``encoding=``)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What parsing one record gave: its rows, or the reason it gave none."""

    record: InputRecord
    rows: list[Row]
    error: str | None


@dataclass(frozen=True, slots=True)
class BatchResult:
    """A batch parsed and encoded where it was parsed (a worker process sends back one encoded
    block and the records' ids and errors, not the rows themselves)."""

    records: list[RecordResult]
    encoded: Any  # what the writer takes: JSONL bytes, or an Arrow record batch as IPC bytes


class RecordTimeout(Exception):
    """Raised in a record that takes longer than ``--record-timeout`` (``--jobs 1``)."""


def _with_hint(record: InputRecord) -> tuple[str | bytes, dict[str, Any]]:
    """The record's payload and the parser's keyword arguments for its declared charset."""
    payload = record.payload
    assert payload is not None
    if record.encoding is None or isinstance(payload, str):
        return payload, {}
    if TAKES_ENCODING:
        return payload, {"encoding": record.encoding}
    try:  # a parser without the hint: the declared charset decodes here, when it does
        return payload.decode(codecs.lookup(record.encoding).name), {}
    except (LookupError, UnicodeDecodeError):
        return payload, {}


def _rows(record: InputRecord, unit: Unit, strict: bool, provenance: Provenance) -> list[Row]:
    source, hint = _with_hint(record)
    if unit == "posting":
        rows = [posting_row(record.id, parse_posting(source, strict=strict, **hint))]
    else:
        rows = page_rows(record.id, parse_page(source, strict=strict, **hint))
    apply(rows, record.fields, provenance)
    return rows


def parse_record(
    record: InputRecord,
    unit: Unit = "page",
    strict: bool = False,
    provenance: Provenance = NO_PROVENANCE,
) -> Outcome:
    """Parse one record into rows, with what ``provenance`` takes from the record's fields, or
    say why it gives none (never raises an ``Exception``)."""
    if record.payload is None:
        return Outcome(record, [], None if record.skipped else record.error or "no text")
    try:
        rows = _rows(record, unit, strict, provenance)
    except PostingsParserError as exc:
        return Outcome(record, [], printable(f"{type(exc).__name__}: {exc}"))
    except RecordTimeout as exc:
        return Outcome(record, [], f"record timeout: {exc}")
    except RecursionError:
        return Outcome(record, [], "parse failed: RecursionError (nested too deep)")
    except Exception as exc:  # a bug or a hostile input: this record's error, not the run's
        return Outcome(record, [], printable(f"parse failed: {type(exc).__name__}: {exc}")[:500])
    if not rows:
        return Outcome(record, [], "no postings: the page has no posting block")
    return Outcome(record, rows, None)


def encode_jsonl(rows: list[Row]) -> bytes:
    """Rows as JSON lines, UTF-8 (raises on a string UTF-8 cannot encode)."""
    text = "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
    return text.encode("utf-8")


def encode_arrow(rows: list[Row]) -> bytes:
    """Rows as one Arrow record batch of :data:`postings_parser.arrow.SCHEMA`, in Arrow's IPC
    format: a worker sends it back as one block of bytes (pickling the batch itself takes ten
    times longer)."""
    from .arrow import to_record_batch

    return bytes(to_record_batch(rows).serialize())


ENCODERS: dict[str, Callable[[list[Row]], Any]] = {
    "jsonl": encode_jsonl,
    "parquet": encode_arrow,
}


def _unencodable(exc: Exception) -> str:
    return printable(f"unencodable: {type(exc).__name__}: {exc}")[:300]


def _encode_jsonl_outcomes(outcomes: list[Outcome]) -> tuple[list[RecordResult], Any]:
    results: list[RecordResult] = []
    blocks: list[bytes] = []
    for o in outcomes:
        error, n_rows = o.error, len(o.rows)
        if o.rows:
            try:
                blocks.append(ENCODERS["jsonl"](o.rows))
            except Exception as exc:
                error, n_rows = _unencodable(exc), 0
        results.append((o.record.bare(), n_rows, error))
    return results, b"".join(blocks) or None


def _encode_arrow_outcomes(outcomes: list[Outcome]) -> tuple[list[RecordResult], Any]:
    rows = [row for o in outcomes for row in o.rows]
    try:
        encoded = ENCODERS["parquet"](rows) if rows else None
        return [(o.record.bare(), len(o.rows), o.error) for o in outcomes], encoded
    except Exception:  # find the records whose rows Arrow cannot take
        results: list[RecordResult] = []
        good: list[Row] = []
        for o in outcomes:
            try:
                if o.rows:
                    ENCODERS["parquet"](o.rows)
                results.append((o.record.bare(), len(o.rows), o.error))
                good.extend(o.rows)
            except Exception as exc:
                results.append((o.record.bare(), 0, _unencodable(exc)))
        return results, ENCODERS["parquet"](good) if good else None


def parse_batch(
    batch: list[InputRecord],
    unit: Unit,
    strict: bool,
    fmt: str,
    tick: Callable[[int], None] | None = None,
    provenance: Provenance = NO_PROVENANCE,
) -> BatchResult:
    """Parse and encode one batch; ``tick(i)`` is called as record ``i`` starts, and with
    ``len(batch)`` after the last."""
    outcomes = []
    for i, record in enumerate(batch):
        if tick is not None:
            tick(i)
        outcomes.append(parse_record(record, unit, strict, provenance))
    if tick is not None:
        tick(len(batch))
    encode = _encode_arrow_outcomes if fmt == "parquet" else _encode_jsonl_outcomes
    results, encoded = encode(outcomes)
    return BatchResult(results, encoded)


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


def warm_up() -> None:
    """Parse the bundled sample page once, so that what the parser loads on first use (the
    language model) is loaded before the first record, whose time limit it would eat."""
    from importlib.resources import files

    parse_page(files("postings_parser").joinpath("data/sample_page.txt").read_bytes())


def start_process(fmt: str) -> None:
    """What a process does once before it parses batches for ``fmt``."""
    if fmt == "parquet":
        arrow_without_pandas()
    warm_up()
