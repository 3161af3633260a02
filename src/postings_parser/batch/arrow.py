"""The Arrow schema of posting rows, for Parquet files and Spark (needs ``pyarrow``).

One row per posting.  :data:`SCHEMA` is derived from the field list
:data:`postings_parser.batch.rows.ROW_FIELDS`, which :func:`~postings_parser.batch.rows.posting_row`
also builds its rows from; :func:`postings_parser.batch.rows.describe` renders that list as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from .rows import (
    ROW_FIELDS,
    FieldType,
    ListOf,
    MapOf,
    RowField,
    Struct,
    page_rows,
    posting_row,
    schema_metadata,
)

__all__ = ["SCHEMA", "page_rows", "posting_row", "to_record_batch"]

_SCALARS: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int32": pa.int32(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date32": pa.date32(),
}


def _arrow_type(type_: FieldType) -> pa.DataType:
    """The pyarrow type of a row field type."""
    if isinstance(type_, Struct):
        return pa.struct([_arrow_field(f) for f in type_.fields])
    if isinstance(type_, ListOf):
        return pa.list_(_arrow_type(type_.item))
    if isinstance(type_, MapOf):
        return pa.map_(pa.string(), _SCALARS[type_.value])
    return _SCALARS[type_]


def _arrow_field(field: RowField) -> pa.Field:
    """The pyarrow field of a row field, with its nullability."""
    return pa.field(field.name, _arrow_type(field.type), nullable=field.nullable)


SCHEMA = pa.schema([_arrow_field(f) for f in ROW_FIELDS], metadata=schema_metadata())
"""The schema of the rows of :func:`posting_row`, field for field; its metadata holds the package
version and :data:`~postings_parser.batch.rows.SCHEMA_VERSION` (Parquet files keep it)."""


def to_record_batch(rows: Iterable[dict[str, Any]]) -> pa.RecordBatch:
    """A record batch of rows made by :func:`posting_row`, in :data:`SCHEMA`.

    Built a column at a time (``pa.array`` of each column's values) rather than with
    ``RecordBatch.from_pylist``.
    """
    rows = list(rows)
    columns = [pa.array([row[f.name] for row in rows], type=f.type) for f in SCHEMA]
    return pa.RecordBatch.from_arrays(columns, schema=SCHEMA)
