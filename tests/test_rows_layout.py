"""The row layout: posting rows and the Arrow schema come from one field list and agree."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import pyarrow as pa
import pytest

from postings_parser import parse_page, parse_posting
from postings_parser.batch.arrow import SCHEMA, to_record_batch
from postings_parser.batch.rows import ROW_FIELDS, describe, page_rows, posting_row

from .conftest import read_jsonl

NO_LOCATION_NO_RESPONSIBILITIES = """We are hiring a data engineer to build pipelines.

Basic Qualifications
- 3+ years of experience with Python
- Bachelor's degree in Computer Science
"""


@pytest.fixture(scope="module")
def rows(page_text: str) -> list[dict[str, Any]]:
    """Rows of the sample page, of careers records and of other employers' records."""
    out = page_rows("page", parse_page(page_text))
    for name in ("amazon_science_careers.dev.jsonl", "employers.sample.jsonl"):
        for i, record in enumerate(read_jsonl(name)[:25]):
            out.append(posting_row(f"{name}:{i}", parse_posting(record["text"])))
    return out


def _assert_matches(value: Any, type_: pa.DataType, where: str) -> None:
    """``value`` has exactly the struct keys, in the order, that ``type_`` names (recursively)."""
    if value is None:
        return
    if pa.types.is_struct(type_):
        names = [type_.field(i).name for i in range(type_.num_fields)]
        assert list(value) == names, where
        for i, name in enumerate(names):
            _assert_matches(value[name], type_.field(i).type, f"{where}.{name}")
    elif pa.types.is_list(type_):
        assert isinstance(value, list), where
        for item in value:
            _assert_matches(item, type_.value_type, f"{where}[]")


def test_row_keys_are_the_schema_columns_in_order(rows: list[dict[str, Any]]) -> None:
    assert SCHEMA.names == [f.name for f in ROW_FIELDS]
    for row in rows:
        assert list(row) == SCHEMA.names
        for field in SCHEMA:
            _assert_matches(row[field.name], field.type, field.name)


def test_rows_cover_every_nested_field(rows: list[dict[str, Any]]) -> None:
    """The fixtures reach into every list and struct, so the key checks above are not vacuous."""
    for column in ("locations", "sections", "requirements"):
        assert any(row[column] for row in rows), column
    assert any(row["responsibilities"] and row["responsibilities"]["items"] for row in rows)
    assert any(path for row in rows for q in row["requirements"] for path in q["paths"])
    assert any(isinstance(row["posted_date"], dt.date) for row in rows)


def test_rows_convert_to_a_record_batch_unchanged(rows: list[dict[str, Any]]) -> None:
    batch = to_record_batch(rows)
    assert batch.schema.equals(SCHEMA)
    assert batch.num_rows == len(rows)
    assert batch.to_pylist() == rows


def test_posting_without_location_or_responsibilities() -> None:
    posting = parse_posting(NO_LOCATION_NO_RESPONSIBILITIES)
    row = posting_row("plain", posting)
    assert row["locations"] == []
    assert row["responsibilities"] is None
    assert row["requirements"]  # the rest of the row is still filled in
    batch = to_record_batch([row])
    assert batch.column(SCHEMA.get_field_index("locations")).to_pylist() == [[]]
    assert batch.column(SCHEMA.get_field_index("responsibilities")).null_count == 1
    assert batch.to_pylist() == [row]


def test_non_nullable_columns_are_always_filled(rows: list[dict[str, Any]]) -> None:
    required = [f.name for f in SCHEMA if not f.nullable]
    assert required == ["page_id", "posting_index"]
    assert all(row[name] is not None for row in rows for name in required)


def test_describe_lists_every_column_once_in_order() -> None:
    lines = describe().splitlines()
    assert [line.split()[0] for line in lines] == SCHEMA.names


def test_rows_module_does_not_import_pyarrow() -> None:
    code = "import sys, postings_parser.batch.rows; sys.exit('pyarrow' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
