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
    assert required == ["page_id", "posting_index", "filled_from_record"]
    assert all(row[name] is not None for row in rows for name in required)


def test_describe_lists_every_column_once_in_order() -> None:
    lines = describe().splitlines()
    assert [line.split()[0] for line in lines] == SCHEMA.names


def test_rows_module_does_not_import_pyarrow() -> None:
    code = "import sys, postings_parser.batch.rows; sys.exit('pyarrow' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


SQL_RESERVED = {"start", "end", "order", "group", "select", "from", "where", "limit", "key"}


def _names(type_: pa.DataType) -> list[str]:
    """Every struct field name inside ``type_``, at any depth."""
    if pa.types.is_struct(type_):
        fields = [type_.field(i) for i in range(type_.num_fields)]
        return [n for f in fields for n in (f.name, *_names(f.type))]
    if pa.types.is_list(type_):
        return _names(type_.value_type)
    return []


def test_column_names_at_every_depth_are_not_sql_reserved_words() -> None:
    names = [n for f in SCHEMA for n in (f.name, *_names(f.type))]
    assert not SQL_RESERVED & set(names)
    assert names.count("char_start") == names.count("char_end") >= 8


def _nested_texts(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The nested objects of a row that carry their own text and offsets."""
    out: list[dict[str, Any]] = [*row["qualifications"], *row["requirements"], *row["pay"]]
    out += row["preferred_qualifications"] + row["employment_types"]
    if row["responsibilities"]:
        out += row["responsibilities"]["items"]
    out += [x for x in (row["workplace"], row["visa_sponsorship"]) if x]
    return out


def test_nested_offsets_point_into_the_row_text(rows: list[dict[str, Any]]) -> None:
    """An item's char_start / char_end cut its text out of the row's own text (not the page's)."""
    checked = 0
    for row in rows:
        assert row["char_end"] - row["char_start"] == len(row["text"])
        for obj in _nested_texts(row):
            assert row["text"][obj["char_start"] : obj["char_end"]] == obj["text"], obj
            checked += 1
        for section in row["sections"]:
            assert section["body"] in row["text"][section["char_start"] : section["char_end"]]
    assert checked > 500
    assert any(row["char_start"] > 0 for row in rows)  # the page's later postings


def test_schema_metadata_names_package_and_schema_versions() -> None:
    from postings_parser import __version__
    from postings_parser.batch.rows import SCHEMA_VERSION

    assert SCHEMA.metadata == {
        b"postings_parser.version": __version__.encode(),
        b"postings_parser.schema_version": SCHEMA_VERSION.encode(),
    }
    major, minor = SCHEMA_VERSION.split(".")
    assert int(major) >= 2
    assert int(minor) >= 0


def test_rows_validate_against_the_row_json_schema(rows: list[dict[str, Any]]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from postings_parser.batch.rows import json_schema

    schema = json_schema()
    assert list(schema["properties"]) == SCHEMA.names
    for row in rows[:20]:
        plain = {**row, "posted_date": row["posted_date"] and row["posted_date"].isoformat()}
        jsonschema.validate(plain, schema)


def test_row_json_schema_mirrors_the_arrow_schema() -> None:
    from postings_parser.batch.rows import json_schema

    props = json_schema()["properties"]
    assert props["page_id"] == {"type": "string", "description": props["page_id"]["description"]}
    item = props["qualifications"]["anyOf"][0]["items"]
    assert item["required"] == ["text", "char_start", "char_end"]
    assert props["posted_date"]["anyOf"][0] == {"type": "string", "format": "date"}


def test_page_warnings_reach_every_row_of_the_page(page_text: str) -> None:
    """A control character anywhere on the page: its warning is in each posting's row."""
    page = parse_page(page_text.replace("Edinburgh", "Edin\x01burgh", 1))
    assert [w.code.value for w in page.warnings] == ["control_characters"]
    rows = page_rows("page", page)
    assert len(rows) == 10
    for row in rows:
        assert [w["code"] for w in row["warnings"]].count("control_characters") == 1
    assert to_record_batch(rows).to_pylist() == rows


def test_a_clean_page_adds_no_warnings(page_text: str) -> None:
    assert all(row["warnings"] == [] for row in page_rows("page", parse_page(page_text)))
