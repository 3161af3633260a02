"""Fault injection for the batch CLI: ``kill -9`` at random points, then ``--resume``.

For each of ``--jobs 1`` and ``--jobs 2`` and each dataset format (JSONL parts, Parquet parts),
a run over RECORDS input records is killed with SIGKILL at a random point, resumed with
``--resume``, killed again, … ten times, then resumed to its end.  After every kill it checks
that no process of the run survives its parent, and that every file visible in the dataset is
complete (each part reads; nothing but parts, ``_progress/`` and hidden temporary files); at the
end, that the rows, the errors and the summary equal those of an uninterrupted run.  It also kills
single-file runs (``-o out.jsonl``) and checks that they leave no file at OUT.

    python benchmarks/fault_injection.py                  # 50,000 records, 10 kills each
    python benchmarks/fault_injection.py --records 5000 --kills 3
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PART_NAME_LENGTH = len("part-00000")


def make_input(path: Path, n: int) -> None:
    """``n`` real records (amazon.science and other employers' postings, a few bad lines)."""
    lines = (FIXTURES / "amazon_science_careers.dev.jsonl").read_bytes().splitlines()
    with path.open("wb") as f:
        for i in range(n):
            if i % 997 == 0:
                f.write(b'{"id": "broken-%d", "text": \n' % i)
                continue
            record = json.loads(lines[i % len(lines)])
            record["id"] = f"r{i}"
            f.write(json.dumps(record).encode() + b"\n")


def command(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "postings_parser", "parse", *args, "--quiet"]


def environment() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def check_dataset(directory: Path, fmt: str) -> list[str]:
    """What is wrong with what a killed run left in ``directory`` (nothing, we hope)."""
    problems = []
    for path in sorted(directory.iterdir()) if directory.exists() else []:
        name = path.name
        if name.startswith(".") or name in ("_progress", "_SUCCESS", "_errors.jsonl"):
            continue
        if not (name.startswith("part-") and name.endswith(f".{fmt}")):
            problems.append(f"unexpected file {name}")
            continue
        try:
            if fmt == "parquet":
                import pyarrow.parquet as pq

                pq.read_table(path)
            else:
                for line in path.read_bytes().splitlines():
                    json.loads(line)
        except Exception as exc:
            problems.append(f"{name} does not read: {exc}")
    return problems


def rows_of(directory: Path, fmt: str) -> list[object]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return list(pq.read_table(directory).to_pylist())
    return [
        json.loads(line)
        for part in sorted(directory.glob("part-*"))
        for line in part.read_bytes().splitlines()
    ]


def outcome(directory: Path, fmt: str) -> tuple[list[object], bytes, dict[str, object]]:
    errors = directory / "_errors.jsonl"
    summary = json.loads((directory / "_SUCCESS").read_text())
    return rows_of(directory, fmt), errors.read_bytes() if errors.exists() else b"", summary


def kill_at_random(args: list[str], low: float, high: float, rng: random.Random) -> dict:
    """Start a run and SIGKILL it after a random delay; what it left."""
    run = subprocess.Popen(command(args), env=environment(), stderr=subprocess.DEVNULL)
    delay = rng.uniform(low, high)
    deadline = time.monotonic() + delay
    workers: list[int] = []
    while time.monotonic() < deadline and run.poll() is None:
        workers = children(run.pid) or workers
        time.sleep(0.05)
    workers = children(run.pid) or workers
    finished = run.poll() is not None
    if not finished:
        run.send_signal(signal.SIGKILL)
    run.wait()
    time.sleep(2.0)  # PR_SET_PDEATHSIG acts at once; give the kernel a moment all the same
    return {
        "delay": round(delay, 2),
        "finished": finished,
        "survivors": [w for w in workers if alive(w)],
    }


def dataset_trial(work: Path, data: Path, jobs: int, fmt: str, opts: argparse.Namespace) -> dict:
    """Ten kills of one configuration, then resume to the end and compare."""
    rng = random.Random(f"{opts.seed}-{jobs}-{fmt}")
    base = [str(data), "--jobs", str(jobs), "--format", fmt, "--part-records", str(opts.part)]
    reference = work / f"reference-{jobs}-{fmt}"
    started = time.monotonic()
    subprocess.run(command([*base, "-o", f"{reference}/"]), env=environment(), check=True)
    full = time.monotonic() - started
    target = work / f"killed-{jobs}-{fmt}"
    kills, problems, survivors, restarts = [], [], 0, 0
    while len(kills) < opts.kills:
        resume = ["--resume"] if target.exists() else []
        result = kill_at_random([*base, "-o", f"{target}/", *resume], 0.3, full * 0.3, rng)
        survivors += len(result["survivors"])
        problems += check_dataset(target, fmt)
        if result["finished"]:  # it ended before the kill: start a new chain
            restarts += 1
            shutil.rmtree(target)
            continue
        parts = len(list(target.glob("part-*")))
        kills.append({**result, "parts": parts})
    subprocess.run(command([*base, "-o", f"{target}/", "--resume"]), env=environment(), check=True)
    equal = outcome(target, fmt) == outcome(reference, fmt)
    return {
        "jobs": jobs,
        "format": fmt,
        "uninterrupted_s": round(full, 1),
        "kills": len(kills),
        "parts_after_each_kill": [k["parts"] for k in kills],
        "delays_s": [k["delay"] for k in kills],
        "restarts": restarts,
        "surviving_processes": survivors,
        "corrupt_or_stray_files": problems,
        "resumed_equals_uninterrupted": equal,
        "rows": len(outcome(reference, fmt)[0]),
    }


def single_file_trial(work: Path, data: Path, jobs: int, opts: argparse.Namespace) -> dict:
    """Kills of a single-file run: nothing may appear at OUT."""
    rng = random.Random(f"{opts.seed}-single-{jobs}")
    out = work / f"single-{jobs}.jsonl"
    left, survivors = 0, 0
    for _ in range(opts.kills):
        args = [str(data), "--jobs", str(jobs), "-o", str(out)]
        result = kill_at_random(args, 0.3, 8.0, rng)
        survivors += len(result["survivors"])
        if not result["finished"] and out.exists():
            left += 1
        out.unlink(missing_ok=True)
    return {"jobs": jobs, "kills": opts.kills, "out_left_behind": left, "survivors": survivors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--part", type=int, default=2_000, help="--part-records of the runs")
    parser.add_argument("--seed", type=int, default=20)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp:
        work = Path(tmp)
        data = work / "records.jsonl"
        make_input(data, opts.records)
        results = []
        for jobs in (2, 1):
            for fmt in ("jsonl", "parquet"):
                results.append(dataset_trial(work, data, jobs, fmt, opts))
                print(json.dumps(results[-1]), flush=True)
            results.append(single_file_trial(work, data, jobs, opts))
            print(json.dumps(results[-1]), flush=True)
    bad = [
        r
        for r in results
        if r.get("surviving_processes")
        or r.get("survivors")
        or r.get("out_left_behind")
        or r.get("corrupt_or_stray_files")
        or r.get("resumed_equals_uninterrupted") is False
    ]
    print(f"{len(results)} trials, {len(bad)} with a problem")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
