"""Where `parse` writes (issue #26): outputs that dataset readers (pyarrow, polars, DuckDB) take
as they are, `-o -` for stdout, and no guessing at an unknown suffix."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from postings_parser.batch.arrow import SCHEMA
from postings_parser.batch.cli import main

from .batchkit import amazon_lines, jsonl

BAD_LINE = b'{"id": "truncated", "text": "US, WA, Seattle\\nWe'


def _records(tmp_path: Path, n: int = 4, bad: bool = False) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(jsonl(amazon_lines(n) + ([BAD_LINE] if bad else [])))
    return path


def _read_everywhere(directory: Path) -> int:
    """The rows of the Parquet dataset ``directory`` as pyarrow, polars and DuckDB read it."""
    n = ds.dataset(directory, format="parquet").to_table().num_rows
    polars = pytest.importorskip("polars")
    assert polars.read_parquet(directory / "*.parquet").height == n
    duckdb = pytest.importorskip("duckdb")
    query = f"SELECT count(*) FROM '{directory}/*.parquet'"
    assert duckdb.connect().execute(query).fetchall() == [(n,)]
    return n


def test_a_clean_run_into_a_dataset_directory_leaves_no_errors_file(tmp_path: Path) -> None:
    out = tmp_path / "ds" / "part-0.parquet"
    out.parent.mkdir()
    assert main(["parse", str(_records(tmp_path)), "-o", str(out), "--quiet"]) == 0
    assert [p.name for p in out.parent.iterdir()] == ["part-0.parquet"]
    assert _read_everywhere(out.parent) == 4


def test_errors_go_to_underscore_errors_inside_a_dataset_directory(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    assert main(["parse", str(_records(tmp_path, bad=True)), "-o", f"{out}/", "--quiet"]) == 0
    assert (out / "_errors.jsonl").read_text(encoding="utf-8").count("\n") == 1
    assert _read_everywhere(out) == 4


def test_errors_go_beside_a_single_file(tmp_path: Path) -> None:
    out = tmp_path / "rows.parquet"
    assert main(["parse", str(_records(tmp_path, bad=True)), "-o", str(out), "--quiet"]) == 0
    assert (tmp_path / "rows.parquet.errors.jsonl").exists()


def test_duckdb_selects_every_top_level_column_by_name(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "rows.parquet"
    assert main(["parse", str(_records(tmp_path)), "-o", str(out), "--quiet"]) == 0
    columns = ", ".join(SCHEMA.names)  # unquoted: no column is a reserved word
    con = duckdb.connect()
    result = con.execute(f"SELECT {columns} FROM '{out}'")
    assert [d[0] for d in result.description] == SCHEMA.names
    assert len(result.fetchall()) == 4
    spans = con.execute(f"SELECT char_start, char_end FROM '{out}'").fetchall()
    assert all(end > start for start, end in spans)


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "postings_parser", *args], cwd=cwd, capture_output=True, check=False
    )


def test_dash_output_writes_jsonl_to_stdout(tmp_path: Path) -> None:
    done = _cli(["parse", str(_records(tmp_path, bad=True)), "-o", "-", "--quiet"], tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [list(row) for row in rows] == [SCHEMA.names] * 4
    assert not (tmp_path / "-").exists()
    assert not (tmp_path / "-.errors.jsonl").exists()
    error_lines = [x for x in done.stderr.splitlines() if x.startswith(b"{")]
    assert len(error_lines) == 1  # the bad record, on stderr
    assert b"see stderr" in done.stderr


def test_dash_output_refuses_parquet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["parse", str(_records(tmp_path)), "-o", "-", "--format", "parquet"]
    assert main(args) == 2
    assert "JSONL" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["rows.csv", "rows.json.gz", "rows"])
def test_an_unknown_suffix_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / name
    assert main(["parse", str(_records(tmp_path)), "-o", str(out), "--quiet"]) == 2
    assert "unknown suffix" in capsys.readouterr().err
    assert not out.exists()


def test_format_says_what_to_write_under_any_suffix(tmp_path: Path) -> None:
    out = tmp_path / "rows.txt"
    args = ["parse", str(_records(tmp_path)), "-o", str(out), "--format", "jsonl", "--quiet"]
    assert main(args) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
