"""Faults during a run: signals, kill -9, dead and stuck workers.  The run never leaves a corrupt
OUT or a process behind, never loses a record, and a killed dataset run resumes to the rows of an
uninterrupted one.  (benchmarks/fault_injection.py does the same at scale: 50,000 records, ten
kills at random points.)"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from postings_parser.batch.cli import main

from .batchkit import alive, amazon_lines, children, cli, jsonl, wait_for

N_RECORDS = 4000


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "many.jsonl"
    path.write_bytes(jsonl(amazon_lines(N_RECORDS)))
    return path


def _workers_busy(pid: int, n: int) -> list[int]:
    assert wait_for(lambda: len(children(pid)) >= n, 60), "no workers"
    time.sleep(0.5)  # the workers are on their first batches (a run takes seconds)
    return children(pid)


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_cleanly_with_a_summary(
    many: Path, tmp_path: Path, signum: int, status: int
) -> None:
    # today: SIGINT gave a traceback and status -2, SIGTERM a truncated OUT and orphans
    out = tmp_path / "out.parquet"
    run = cli(["parse", str(many), "-o", str(out), "--jobs", "2", "--quiet"])
    workers = _workers_busy(run.pid, 2)
    run.send_signal(signum)
    _, err = run.communicate(timeout=60)
    text = err.decode()
    assert run.returncode == status, text
    assert "records read:" in text
    assert f"stopped by {signal.Signals(signum).name}" in text
    assert "Traceback" not in text
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert wait_for(lambda: not any(alive(w) for w in workers), 10)


def test_kill_9_leaves_no_out_and_no_orphan(many: Path, tmp_path: Path) -> None:
    # today: an unreadable Parquet OUT, and with --jobs 2 workers stuck in pipe writes forever
    out = tmp_path / "out.parquet"
    run = cli(["parse", str(many), "-o", str(out), "--jobs", "2", "--quiet"])
    workers = _workers_busy(run.pid, 2)
    run.kill()
    run.wait(timeout=30)
    assert wait_for(lambda: not any(alive(w) for w in workers), 10), "orphaned workers"
    assert not out.exists()


def test_kill_9_then_resume_gives_the_rows_of_an_uninterrupted_run(
    many: Path, tmp_path: Path
) -> None:
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    base = ["parse", str(many), "--jobs", "2", "--part-records", "250", "--quiet"]
    assert cli([*base, "-o", f"{whole}/"]).wait(timeout=300) == 0
    run = cli([*base, "-o", f"{resumed}/"])
    assert wait_for(lambda: (resumed / "part-00001.parquet").exists(), 120)
    workers = children(run.pid)
    run.kill()
    run.wait(timeout=30)
    assert wait_for(lambda: not any(alive(w) for w in workers), 10), "orphaned workers"
    assert not (resumed / "_SUCCESS").exists()
    for part in resumed.glob("part-*"):
        pq.read_table(part)  # every committed part reads
    assert cli([*base, "-o", f"{resumed}/", "--resume"]).wait(timeout=300) == 0
    assert pq.read_table(resumed).to_pylist() == pq.read_table(whole).to_pylist()
    summary = json.loads((resumed / "_SUCCESS").read_text())
    assert summary == json.loads((whole / "_SUCCESS").read_text())


def _accounted(out: Path, errors: Path) -> tuple[int, list[str]]:
    rows = len(out.read_text().splitlines())
    reasons = [json.loads(x)["reason"] for x in errors.read_text().splitlines()]
    return rows, reasons


def test_a_killed_worker_costs_no_record(many: Path, tmp_path: Path) -> None:
    # today: BrokenProcessPool traceback; 36,944 of 50,000 records in neither OUT nor errors
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["parse", str(many), "-o", str(out), "--errors", str(errors), "--jobs", "2"]
    run = cli([*args, "--quiet"])
    os.kill(_workers_busy(run.pid, 2)[0], signal.SIGKILL)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 0, err.decode()
    rows = len(out.read_text().splitlines())
    assert rows == N_RECORDS  # the batch was retried in a fresh worker
    assert f"records read: {N_RECORDS}" in err.decode()


def test_a_stopped_worker_is_replaced(many: Path, tmp_path: Path) -> None:
    # today: a worker stopped with SIGSTOP hung the batch forever
    out = tmp_path / "out.jsonl"
    args = ["parse", str(many), "-o", str(out), "--jobs", "2", "--record-timeout", "10"]
    run = cli([*args, "--quiet"])
    stopped = _workers_busy(run.pid, 2)[0]
    os.kill(stopped, signal.SIGSTOP)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 0, err.decode()
    assert len(out.read_text().splitlines()) == N_RECORDS
    assert not alive(stopped)


def test_a_record_that_hangs_is_an_error_line_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from postings_parser.batch import work

    parse_page = work.parse_page

    def slow(source: str | bytes, **kwargs: object) -> object:
        if "Hang here" in str(source):
            time.sleep(60)
        return parse_page(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(work, "parse_page", slow)
    path = tmp_path / "in.jsonl"
    hang = json.dumps({"id": "hang", "text": "US, WA, Seattle\nHang here."}).encode()
    path.write_bytes(jsonl([*amazon_lines(2), hang, *amazon_lines(3)[2:]]))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    started = time.monotonic()
    args = ["parse", str(path), "-o", str(out), "--errors", str(errors), "--quiet"]
    assert main([*args, "--record-timeout", "8"]) == 0
    assert time.monotonic() - started < 40
    rows, reasons = _accounted(out, errors)
    assert rows == 3
    assert reasons == ["record timeout: the record took too long"]


def test_a_record_that_kills_its_worker_twice_is_an_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from postings_parser.batch import work

    parse_page = work.parse_page

    def deadly(source: str | bytes, **kwargs: object) -> object:
        if "Poison" in str(source):
            os._exit(9)  # a crash in C code, as the worker's parent sees it
        return parse_page(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(work, "parse_page", deadly)  # the forked workers inherit it
    path = tmp_path / "in.jsonl"
    poison = json.dumps({"id": "poison", "text": "US, WA, Seattle\nPoison."}).encode()
    path.write_bytes(jsonl([*amazon_lines(40)[:35], poison, *amazon_lines(40)[35:]]))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["parse", str(path), "-o", str(out), "--errors", str(errors), "--jobs", "2"]
    assert main([*args, "--quiet"]) == 0
    rows, reasons = _accounted(out, errors)
    assert rows + len(reasons) == 41
    assert rows >= 32  # the other batch is untouched
    assert "worker died: exit code 9, while parsing this record (retried once)" in reasons
    assert all(r.startswith(("worker died", "worker failed")) for r in reasons)
