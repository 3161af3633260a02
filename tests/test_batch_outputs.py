"""Outputs: paths checked before anything is opened, files written atomically, datasets of parts
resumed, and the exit status, hints and warnings of the closing summary."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from postings_parser.batch.cli import main

from .batchkit import amazon_lines, jsonl, run_config
from .conftest import FIXTURES


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(jsonl(amazon_lines(20)))
    return path


@pytest.mark.parametrize("flag", ["-o", "--errors"])
def test_an_output_that_is_an_input_is_refused(
    records: Path, tmp_path: Path, flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # today: the input truncated to 0 bytes, exit 0
    before = records.read_bytes()
    args = ["parse", str(records), "-o", str(tmp_path / "o.jsonl"), "--quiet"]
    args += [flag, str(records)]
    assert main(args) == 2
    assert records.read_bytes() == before
    assert "is an input" in capsys.readouterr().err


def test_an_output_inside_an_input_directory_is_refused(records: Path, tmp_path: Path) -> None:
    # today: the run read its own output, 600 MB in 40 s and growing
    assert main(["parse", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--quiet"]) == 2
    assert not (tmp_path / "out.jsonl").exists()


def test_an_unwritable_errors_path_leaves_an_existing_out_alone(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # today: an existing OUT was cut to 0 bytes before the failure
    out = tmp_path / "out.jsonl"
    out.write_text("yesterday's rows\n")
    bad = tmp_path / "no" / "such" / "dir" / "errors.jsonl"
    assert main(["parse", str(records), "-o", str(out), "--errors", str(bad), "--quiet"]) == 2
    assert out.read_text() == "yesterday's rows\n"
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no such directory" in err


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_disk_full_leaves_no_partial_file_and_says_so_in_one_line(
    records: Path,
    tmp_path: Path,
    fmt: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # today: traceback, no summary, partial last lines, unreadable Parquet
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(b"old")
    from postings_parser.batch import outputs

    full = OSError(errno.ENOSPC, "No space left on device")
    writer = outputs.ParquetRows if fmt == "parquet" else outputs.JsonlRows

    def write(self: object, encoded: object) -> None:
        raise full

    monkeypatch.setattr(writer, "write", write)
    assert main(["parse", str(records), "-o", str(out), "--quiet"]) == 3
    assert out.read_bytes() == b"old"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "No space left on device" in err
    assert "records read:" in err


def test_a_parquet_dataset_of_parts(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    args = ["parse", str(records), "-o", f"{out}/", "--part-records", "8", "--quiet"]
    assert main(args) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["_SUCCESS", "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    ids = pq.read_table(out).column("page_id").to_pylist()
    assert sorted(ids) == sorted(f"a{i}" for i in range(20))
    assert json.loads((out / "_SUCCESS").read_text())["postings"] == 20


def test_resume_takes_up_after_the_committed_parts(records: Path, tmp_path: Path) -> None:
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    base = ["parse", str(records), "--part-records", "6", "--quiet", "--format", "jsonl"]
    assert main([*base, "-o", f"{whole}/"]) == 0
    assert main([*base, "-o", f"{resumed}/"]) == 0
    # as a killed run leaves it: two parts committed, a third half written, no _SUCCESS
    (resumed / "_SUCCESS").unlink()
    for name in ("part-00002.jsonl", "part-00003.jsonl"):
        (resumed / name).unlink()
    (resumed / "_progress").mkdir()
    (resumed / "_progress" / "run.json").write_text(json.dumps(run_config(records, part_records=6)))
    for i in range(2):
        (resumed / "_progress" / f"part-{i:05d}.json").write_text(json.dumps(_counts(6)))
        (resumed / "_progress" / f"part-{i:05d}.errors.jsonl").write_text("")
    (resumed / ".part-00002.jsonl.999999.tmp").write_text('{"page_id": "half')
    assert main([*base, "-o", f"{resumed}/"]) == 2  # not empty: --resume is needed
    assert main([*base, "-o", f"{resumed}/", "--resume"]) == 0
    assert sorted(p.name for p in resumed.iterdir()) == sorted(p.name for p in whole.iterdir())
    for part in sorted(whole.glob("part-*")):
        assert (resumed / part.name).read_bytes() == part.read_bytes()
    assert json.loads((resumed / "_SUCCESS").read_text())["records"] == 20


def _counts(n: int) -> dict[str, object]:
    return {
        "records": n,
        "parsed": n,
        "postings": n,
        "errors": 0,
        "error_reasons": {},
        "error_examples": {},
        "skipped": {},
        "duplicates": 0,
        "duplicate_examples": [],
    }


def test_resume_with_other_options_is_refused(records: Path, tmp_path: Path) -> None:
    out = f"{tmp_path / 'ds'}/"
    assert main(["parse", str(records), "-o", out, "--part-records", "6", "--quiet"]) == 0
    (tmp_path / "ds" / "_SUCCESS").unlink()
    (tmp_path / "ds" / "_progress").mkdir()
    (tmp_path / "ds" / "_progress" / "run.json").write_text(
        json.dumps(run_config(records, part_records=6))
    )
    args = ["parse", str(records), "-o", out, "--part-records", "7", "--resume", "--quiet"]
    assert main(args) == 2


def test_every_record_failing_the_same_way_gives_a_hint_and_status_1(
    records: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # today: exit 0, no hint
    out = str(tmp_path / "o.jsonl")
    assert main(["parse", str(records), "-o", out, "--text-field", "nope", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "hint: all 20 records: no 'nope' field (the record has: " in err
    assert "--text-field" in err


def test_single_postings_read_as_pages_hint_at_unit_posting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "postings.jsonl"
    lines = (FIXTURES / "employers.sample.jsonl").read_bytes().splitlines()
    path.write_bytes(jsonl([x for x in lines if b"US, " not in x][:30]))
    code = main(["parse", str(path), "-o", str(tmp_path / "o.jsonl"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "had no posting block: a file of single postings? try --unit posting" in err


def test_max_errors(records: Path, tmp_path: Path) -> None:
    path = tmp_path / "dirty.jsonl"
    path.write_bytes(records.read_bytes() + b"not json\n" * 5)
    out = str(tmp_path / "o.jsonl")
    assert main(["parse", str(path), "-o", out, "--quiet"]) == 0
    assert main(["parse", str(path), "-o", out, "--quiet", "--max-errors", "4"]) == 1
    assert main(["parse", str(path), "-o", out, "--quiet", "--max-errors", "5"]) == 0
    assert main(["parse", str(path), "-o", out, "--quiet", "--max-errors", "10%"]) == 1
    assert main(["parse", str(path), "-o", out, "--quiet", "--max-errors", "20%"]) == 0


def test_duplicate_ids_are_warned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # today: both rows written, no warning
    path = tmp_path / "dup.jsonl"
    path.write_bytes(jsonl(amazon_lines(3) + amazon_lines(2)))
    assert main(["parse", str(path), "-o", str(tmp_path / "o.jsonl"), "--quiet"]) == 0
    assert (
        "warning: 2 records repeat an id seen before (e.g. 'a0', 'a1')" in capsys.readouterr().err
    )


def test_no_errors_file_without_errors(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    stale = tmp_path / "o.jsonl.errors.jsonl"
    stale.write_text('{"id": "from an earlier run"}\n')
    assert main(["parse", str(records), "-o", str(out), "--quiet"]) == 0
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "o.jsonl"]


def test_a_row_group_ends_at_its_byte_bound_as_at_its_row_bound(
    records: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the rows of a group wait in memory: long postings must not make a group of 4,096 of them
    from postings_parser.batch import outputs, run

    monkeypatch.setattr(run, "BATCH_BYTES", 1)  # a batch, and a write, per record
    whole = tmp_path / "whole.parquet"
    assert main(["parse", str(records), "-o", str(whole), "--quiet"]) == 0
    init = outputs.ParquetRows.__init__
    monkeypatch.setattr(
        outputs.ParquetRows,
        "__init__",
        lambda self, target: init(self, target, row_group_bytes=1),
    )
    bounded = tmp_path / "bounded.parquet"
    assert main(["parse", str(records), "-o", str(bounded), "--quiet"]) == 0
    assert pq.ParquetFile(whole).num_row_groups == 1
    assert pq.ParquetFile(bounded).num_row_groups > 1
    assert pq.read_table(bounded).equals(pq.read_table(whole))
