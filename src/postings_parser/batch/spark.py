"""Parse a Spark DataFrame column of pages into posting rows (needs the ``spark`` extra).

::

    from postings_parser.spark import parse_errors, parse_pages

    postings = parse_pages(df, text_column="html", id_column="url")   # one row per posting
    errors = parse_errors(df, text_column="html", id_column="url")    # (id, reason) per bad page

The rows have the schema of :data:`postings_parser.arrow.SCHEMA` (the Parquet schema of the
CLI), built batch by batch in the executors with ``mapInArrow``.  A page that gives no posting
(empty, undecodable, no posting block) is in ``parse_errors``, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pyarrow as pa

from .arrow import SCHEMA, to_record_batch
from .run import InputRecord, Outcome, Unit, parse_record

__all__ = ["ERRORS_SCHEMA", "parse_errors", "parse_pages"]

ERRORS_SCHEMA = pa.schema([pa.field("id", pa.string()), pa.field("reason", pa.string())])


def _outcomes(
    batches: Iterator[pa.RecordBatch], text_column: str, id_column: str | None, unit: Unit
) -> Iterator[tuple[pa.RecordBatch, list[Outcome]]]:
    for batch in batches:
        texts = batch.column(batch.schema.get_field_index(text_column)).to_pylist()
        ids = (
            batch.column(batch.schema.get_field_index(id_column)).to_pylist()
            if id_column
            else [None] * len(texts)
        )
        outcomes = []
        for i, (text, rid) in enumerate(zip(texts, ids, strict=True)):
            rid = str(rid) if rid is not None else f"row:{i}"
            if isinstance(text, bytes | str):
                record = InputRecord(rid, "spark", None, text)
            else:
                record = InputRecord(rid, "spark", None, None, "no text")
            outcomes.append(parse_record(record, unit))
        yield batch, outcomes


def _mapper(
    text_column: str, id_column: str | None, unit: Unit, errors: bool
) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    def map_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for _, outcomes in _outcomes(batches, text_column, id_column, unit):
            if errors:
                rows = [
                    {"id": o.record.id, "reason": o.error} for o in outcomes if o.error is not None
                ]
                yield pa.RecordBatch.from_pylist(rows, schema=ERRORS_SCHEMA)
            else:
                yield to_record_batch(row for o in outcomes for row in o.rows)

    return map_batches


def _spark_schema(schema: pa.Schema) -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def _columns(text_column: str, id_column: str | None) -> list[str]:
    return [text_column, id_column] if id_column else [text_column]


def parse_pages(
    df: Any, text_column: str = "text", id_column: str | None = None, *, unit: Unit = "page"
) -> Any:
    """A DataFrame of posting rows (schema :data:`postings_parser.arrow.SCHEMA`) from the pages
    in ``df[text_column]``; ``page_id`` is ``df[id_column]`` (or ``row:N`` within a batch)."""
    return df.select(*_columns(text_column, id_column)).mapInArrow(
        _mapper(text_column, id_column, unit, errors=False), _spark_schema(SCHEMA)
    )


def parse_errors(
    df: Any, text_column: str = "text", id_column: str | None = None, *, unit: Unit = "page"
) -> Any:
    """A DataFrame ``(id, reason)`` of the pages of ``df`` that give no posting row."""
    return df.select(*_columns(text_column, id_column)).mapInArrow(
        _mapper(text_column, id_column, unit, errors=True), _spark_schema(ERRORS_SCHEMA)
    )
