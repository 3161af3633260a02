"""README's "Reading the output" (issue #26): its DuckDB, polars and pyarrow snippets (and Spark's,
when pyspark is installed) run as written against a dataset directory written by the command the
section shows, errors file included, and read the same rows."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from postings_parser.batch.arrow import SCHEMA
from postings_parser.batch.cli import main
from postings_parser.batch.rows import SCHEMA_VERSION

from .conftest import FIXTURES

README = Path(__file__).resolve().parent.parent / "README.md"
RECORDS = 30
BAD_LINE = b'{"id": "truncated", "text": "US, WA, Seattle\\nWe'


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Reading the output\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def _snippets() -> dict[str, str]:
    """The section's Python blocks, by the name on their first line (``# DuckDB``)."""
    blocks = re.findall(r"```python\n(.*?)```", _section(), flags=re.DOTALL)
    return {block.splitlines()[0].removeprefix("# "): block for block in blocks}


def _command() -> list[str]:
    """The section's ``postings-parser parse …`` command, as arguments of ``main``."""
    [line] = [x for x in _section().splitlines() if x.startswith("postings-parser parse ")]
    return shlex.split(line)[1:]


@pytest.fixture
def dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """``postings/`` written in the working directory by the README's command (30 employer
    records and a broken line, parts of 10 records); the good records."""
    lines = (FIXTURES / "employers.sample.jsonl").read_bytes().splitlines()[:RECORDS]
    (tmp_path / "records.jsonl").write_bytes(b"\n".join([*lines, BAD_LINE]) + b"\n")
    monkeypatch.chdir(tmp_path)
    assert main([*_command(), "--part-records", "10", "--quiet"]) == 0
    names = sorted(p.name for p in (tmp_path / "postings").iterdir())
    assert names == ["_SUCCESS", "_errors.jsonl", *(f"part-0000{i}.parquet" for i in range(4))]
    return [json.loads(line) for line in lines]


def _run(name: str) -> dict[str, Any]:
    """Run the snippet ``name``; the names it defines."""
    namespace: dict[str, Any] = {}
    exec(compile(_snippets()[name], f"README.md ({name})", "exec"), namespace)
    return namespace


def _urls(records: list[dict[str, Any]]) -> list[str]:
    """The records' urls in ``page_id`` order (the id is ``source:job_id``)."""
    return [r["url"] for r in sorted(records, key=lambda r: f"{r['source']}:{r['job_id']}")]


def test_the_section_has_every_reader() -> None:
    assert list(_snippets()) == ["DuckDB", "polars", "pyarrow", "Spark"]


def test_duckdb_snippet(dataset: list[dict[str, Any]]) -> None:
    pytest.importorskip("duckdb")
    found = _run("DuckDB")
    assert [row[3] for row in found["rows"]] == _urls(dataset)
    requirements = found["requirements"]
    assert len(requirements) > RECORDS
    assert all(cut == text for _, text, cut, _ in requirements)  # offsets into the row's text


def test_duckdb_selects_every_top_level_column_by_name_from_the_directory(
    dataset: list[dict[str, Any]],
) -> None:
    duckdb = pytest.importorskip("duckdb")
    query = f"SELECT {', '.join(SCHEMA.names)} FROM 'postings/*.parquet'"
    result = duckdb.connect().execute(query)
    assert [d[0] for d in result.description] == SCHEMA.names
    assert len(result.fetchall()) == RECORDS


def test_polars_snippet(dataset: list[dict[str, Any]]) -> None:
    pytest.importorskip("polars")
    found = _run("polars")
    assert found["df"].height == RECORDS
    assert sorted(found["urls"]["source"].to_list()) == sorted(r["url"] for r in dataset)
    assert found["cities"]["city"].drop_nulls().len() > 0
    assert {"page_id", "text", "char_start", "char_end"} <= set(found["requirements"].columns)


def test_pyarrow_snippet(dataset: list[dict[str, Any]]) -> None:
    found = _run("pyarrow")
    assert found["table"].num_rows == RECORDS
    assert found["schema_version"] == SCHEMA_VERSION


def test_spark_snippet(dataset: list[dict[str, Any]]) -> None:
    pytest.importorskip("pyspark")
    found = _run("Spark")
    try:
        rows = found["rows"]
        assert {r["url"] for r in rows} <= {r["url"] for r in dataset}
        assert rows
    finally:
        found["spark"].stop()
