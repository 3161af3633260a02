"""The console script prints the parsed page as JSON."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from postings_parser.batch.cli import main


def test_page_sample_prints_the_parsed_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["page", "--sample", "--json", "--indent", "0"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert len(page["postings"]) == 10
    assert page["postings"][0]["locations"][0]["region"] == "MLN"


def test_posting_of_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.txt"
    path.write_text("IL, Tel Aviv\nCome join the team.", encoding="utf-8")
    assert main(["posting", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["locations"][0]["city"] == "Tel Aviv"


def test_unreadable_file_and_bad_input_give_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["page", str(tmp_path / "missing.txt")]) == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["page", str(empty)]) == 1
    assert "EmptyInputError" in capsys.readouterr().err


def test_schema_command_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert "Posting" in json.loads(capsys.readouterr().out)["$defs"]


def test_schema_rows_prints_the_arrow_schema_with_versions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from postings_parser.batch.arrow import SCHEMA
    from postings_parser.batch.rows import SCHEMA_VERSION

    assert main(["schema", "--rows"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("page_id: string not null\n")
    assert "char_start: int32" in out
    assert "\nstart:" not in out
    assert f"postings_parser.schema_version: '{SCHEMA_VERSION}'" in out
    assert all(f"\n{name}: " in "\n" + out for name in SCHEMA.names)


def test_schema_json_schema_prints_the_row_json_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from postings_parser.batch.arrow import SCHEMA

    assert main(["schema", "--json-schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object"
    assert list(schema["properties"]) == SCHEMA.names


def test_page_prints_a_short_summary_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["page", "--sample"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(": 10 postings, 0 warnings")
    assert len(lines) == 12  # the title, one line per posting, the --json hint
    assert "| GB, MLN, Edinburgh |" in lines[1]
    assert "--json" in lines[-1]
    # the gold parse: posting 0 states no requirement, posting 4 asks for a master's, 3+ years
    assert lines[1].endswith("| en | 0 requirements, no degree, no years")
    assert lines[5].endswith("| en | 2 requirements, master, 3+ years")


def test_version_and_python_dash_m() -> None:
    from postings_parser import __version__

    done = subprocess.run(
        [sys.executable, "-m", "postings_parser", "--version"], capture_output=True, check=True
    )
    assert done.stdout.decode().split() == ["postings-parser", __version__]


@pytest.mark.parametrize(
    ("flags", "level"),
    [
        ([], logging.WARNING),
        (["-v"], logging.INFO),
        (["-vv"], logging.DEBUG),
        (["--log-level", "error"], logging.ERROR),
        (["-v", "--log-level", "DEBUG"], logging.DEBUG),
    ],
)
def test_verbosity_sets_the_logging_level(flags: list[str], level: int) -> None:
    from postings_parser.batch.cli import _build_parser, _log_level

    assert _log_level(_build_parser().parse_args([*flags, "schema"])) == level


def test_a_closed_pipe_ends_the_output_quietly() -> None:
    """`page --sample --json | head -1`: no BrokenPipeError traceback, status 0."""
    done = subprocess.run(
        f"'{sys.executable}' -m postings_parser page --sample --json | head -1",
        shell=True,
        capture_output=True,
        check=False,
    )
    assert done.stdout == b"{\n"
    assert done.stderr == b""
