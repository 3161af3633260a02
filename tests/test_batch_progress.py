"""The progress bar of `parse` (issue #26): a total of input bytes, hence an ETA, the rows written
and the errors so far; nothing drawn off a terminal or with --quiet.  Before, a 20,000-record run
showed `18439 records [00:11, 1661 records/s]`: no total, no ETA, no error count."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from postings_parser.batch.cli import main
from postings_parser.batch.progress import input_bytes, shows_progress

from .batchkit import amazon_lines, jsonl

BAD_LINE = b'{"id": "truncated", "text": "US, WA, Seattle\\nWe'


class FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("quiet", "stream", "shown"),
    [
        (False, FakeTerminal(), True),
        (True, FakeTerminal(), False),
        (False, io.StringIO(), False),  # a pipe or a file: no bar
    ],
)
def test_a_bar_is_drawn_only_on_a_terminal_without_quiet(
    quiet: bool, stream: io.StringIO, shown: bool
) -> None:
    assert shows_progress(quiet, stream) is shown


def test_input_bytes_add_up_files_and_directories(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "a.jsonl").write_bytes(b"x" * 10)
    (tmp_path / "d" / "b.txt").write_bytes(b"y" * 20)
    (tmp_path / "d" / "sub" / "c.txt").write_bytes(b"z" * 30)
    (tmp_path / "d" / "_SUCCESS").write_bytes(b"not read" * 100)  # hidden: not read
    assert input_bytes([str(tmp_path / "a.jsonl"), str(tmp_path / "d")]) == 60


@pytest.mark.parametrize("name", ["-", "no/such/file", "nosuchscheme://bucket/key"])
def test_input_bytes_are_unknown_for_stdin_and_unsized_inputs(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"x")
    assert input_bytes([str(tmp_path / "a.jsonl"), name]) is None


def _run_on(stream: io.StringIO, tmp_path: Path, *flags: str) -> str:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl([*amazon_lines(4), BAD_LINE]))
    args = ["parse", str(source), "-o", str(tmp_path / "rows.jsonl"), *flags]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stderr", stream)
        assert main(args) == 0
    return stream.getvalue()


def test_the_bar_shows_bytes_of_a_total_rows_and_errors(tmp_path: Path) -> None:
    drawn = _run_on(FakeTerminal(), tmp_path)
    size = (tmp_path / "in.jsonl").stat().st_size
    last = drawn.split("\r")[-1]  # the bar's final state, then the summary lines
    assert "100%" in last
    assert f"{size / 1024:.1f}k/{size / 1024:.1f}k" in last  # bytes read of the total
    assert re.search(r"errors=1, rows=4\]", last)


def test_quiet_or_no_terminal_draws_nothing(tmp_path: Path) -> None:
    for stream, flags in ((FakeTerminal(), ["--quiet"]), (io.StringIO(), [])):
        drawn = _run_on(stream, tmp_path, *flags)
        assert "\r" not in drawn
        assert "%" not in drawn
        assert drawn.startswith("postings-parser: records read: 5;")
