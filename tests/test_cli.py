"""The console script prints the parsed page as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from postings_parser.batch.cli import main


def test_page_sample_prints_the_parsed_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["page", "--sample", "--indent", "0"]) == 0
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
