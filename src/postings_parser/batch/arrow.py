"""The Arrow schema of posting rows, for Parquet files and Spark (needs ``pyarrow``).

One row per posting::

    page_id            string          the record / page the posting came from
    posting_index      int32           its position on the page
    title, job_id      string          from a careers-listing header (null otherwise)
    posted_date        date32
    start, end         int32           where the posting stands in the page's normalized text
    locations          list<struct<raw, country, region, city, country_name, region_name: string,
                                    valid: bool>>
    sections           list<struct<heading, kind, body: string, start, end: int32>>
    responsibilities   struct<heading, intro: string, items: list<struct<text: string,
                                                                         start, end: int32>>>
    requirements       list<struct<text: string, start, end: int32,
                                   paths: list<struct<degree: string, min_years,
                                                      max_years: double>>,
                                   fields: list<string>, or_equivalent, preferred: bool>>
    min_degree         string          lowest degree of the non-preferred requirements
    min_years          double          fewest years of the non-preferred requirements
    warnings           list<struct<code, message: string>>
    text               string          the posting's text
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from .rows import page_rows, posting_row

__all__ = ["SCHEMA", "page_rows", "posting_row", "to_record_batch"]

_SPAN = [pa.field("start", pa.int32()), pa.field("end", pa.int32())]

SCHEMA = pa.schema(
    [
        pa.field("page_id", pa.string(), nullable=False),
        pa.field("posting_index", pa.int32(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("job_id", pa.string()),
        pa.field("posted_date", pa.date32()),
        *_SPAN,
        pa.field(
            "locations",
            pa.list_(
                pa.struct(
                    [
                        pa.field("raw", pa.string()),
                        pa.field("country", pa.string()),
                        pa.field("region", pa.string()),
                        pa.field("city", pa.string()),
                        pa.field("country_name", pa.string()),
                        pa.field("region_name", pa.string()),
                        pa.field("valid", pa.bool_()),
                    ]
                )
            ),
        ),
        pa.field(
            "sections",
            pa.list_(
                pa.struct(
                    [
                        pa.field("heading", pa.string()),
                        pa.field("kind", pa.string()),
                        pa.field("body", pa.string()),
                        *_SPAN,
                    ]
                )
            ),
        ),
        pa.field(
            "responsibilities",
            pa.struct(
                [
                    pa.field("heading", pa.string()),
                    pa.field("intro", pa.string()),
                    pa.field("items", pa.list_(pa.struct([pa.field("text", pa.string()), *_SPAN]))),
                ]
            ),
        ),
        pa.field(
            "requirements",
            pa.list_(
                pa.struct(
                    [
                        pa.field("text", pa.string()),
                        *_SPAN,
                        pa.field(
                            "paths",
                            pa.list_(
                                pa.struct(
                                    [
                                        pa.field("degree", pa.string()),
                                        pa.field("min_years", pa.float64()),
                                        pa.field("max_years", pa.float64()),
                                    ]
                                )
                            ),
                        ),
                        pa.field("fields", pa.list_(pa.string())),
                        pa.field("or_equivalent", pa.bool_()),
                        pa.field("preferred", pa.bool_()),
                    ]
                )
            ),
        ),
        pa.field("min_degree", pa.string()),
        pa.field("min_years", pa.float64()),
        pa.field(
            "warnings",
            pa.list_(pa.struct([pa.field("code", pa.string()), pa.field("message", pa.string())])),
        ),
        pa.field("text", pa.string()),
    ]
)


def to_record_batch(rows: Iterable[dict[str, Any]]) -> pa.RecordBatch:
    """A record batch of rows made by :func:`posting_row`, in :data:`SCHEMA`.

    Built a column at a time (``pa.array`` of each column's values): about twenty times faster
    than ``RecordBatch.from_pylist`` on these nested rows.
    """
    rows = list(rows)
    columns = [pa.array([row[f.name] for row in rows], type=f.type) for f in SCHEMA]
    return pa.RecordBatch.from_arrays(columns, schema=SCHEMA)
