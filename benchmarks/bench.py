"""Speed, linearity and batch throughput, in one run on one machine.

    pip install -e ".[bench]" && python benchmarks/bench.py            # everything
    python benchmarks/bench.py --quick                                  # fewer repeats, no batch

The machine may be shared and noisy, so every speed figure is thread CPU time, and the
contestants run interleaved: each round runs the model page as text, as HTML, then
``trafilatura.extract`` and ``html_text.extract_text`` on the same HTML (which return only plain
text), in an order that rotates from round to round; a ratio is the median of the ratios of the
same round.  Then 100x the page, 10 MB adversarial inputs, the batch stages in one process
(parse, rows, Arrow, Parquet I/O) in postings per CPU-second, and the batch CLI with ``--jobs 1``
and ``--jobs 2`` (postings per CPU-second of all its processes, and peak memory).  Figures are
reported, never asserted: the test suite checks behaviour, this script measures speed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import postings_parser as pp

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared" / "corpus"


def once_s(fn: Callable[[], object]) -> float:
    """Thread CPU seconds of one call."""
    t0 = time.thread_time()
    fn()
    return time.thread_time() - t0


def interleaved(
    contestants: dict[str, Callable[[], object]], rounds: int
) -> dict[str, list[float]]:
    """Thread CPU seconds of each contestant in each round; the order rotates every round, so
    that no contestant always runs after the same one."""
    names = list(contestants)
    for fn in contestants.values():
        fn()  # warm-up: compiled patterns, tables built on first use
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            times[name].append(once_s(contestants[name]))
    return times


def paired_ratio(times: dict[str, list[float]], a: str, b: str) -> tuple[float, float, float]:
    """Median and quartiles of ``a / b`` over the rounds."""
    ratios = sorted(x / y for x, y in zip(times[a], times[b], strict=True))
    q1, q2, q3 = statistics.quantiles(ratios, n=4)
    return q2, q1, q3


def _tree_rss_kb(pid: int) -> int:
    """Proportional set size (shared pages split between the processes that share them, so
    forked workers are not counted twice) of a process and its descendants (Linux /proc)."""
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children", encoding="ascii") as f:
                pids.extend(int(x) for x in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def _batch_command(inputs: list[Path], jobs: int, out: Path) -> list[str]:
    return [
        sys.executable, "-m", "postings_parser", "parse", *map(str, inputs),
        "-o", str(out), "--unit", "posting", "--jobs", str(jobs), "--quiet",
    ]  # fmt: skip


def _children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes and their children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def batch(inputs: list[Path], jobs: int, runs: int = 3) -> tuple[float, float, int]:
    """(median CPU seconds of all the run's processes, median wall seconds, postings written)
    of ``runs`` CLI runs, left alone while they run."""
    cpu, wall, written = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            c0, t0 = _children_cpu(), time.perf_counter()
            done = subprocess.run(
                _batch_command(inputs, jobs, Path(tmp) / "out.parquet"),
                stderr=subprocess.PIPE, text=True, check=True,
            )  # fmt: skip
            wall.append(time.perf_counter() - t0)
            cpu.append(_children_cpu() - c0)
            written = int(done.stderr.split("postings written: ")[1].split(";")[0])
    return statistics.median(cpu), statistics.median(wall), written


def batch_peak_mb(inputs: list[Path], jobs: int) -> float:
    """Peak memory (MB, PSS of the whole process tree) of one more CLI run, sampled every
    20 ms.  A run of its own: reading a process's memory map slows it down, so the timed runs
    are not sampled."""
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen(
            _batch_command(inputs, jobs, Path(tmp) / "out.parquet"), stderr=subprocess.DEVNULL
        )
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.02)
    return peak / 1024


ADVERSARIAL = {
    "', ' * 5M": ", ",
    "'A ' * 5M": "A ",
    "' - ' * 3.3M": " - ",
    "'US, WA, Seattle\\n' * 625k": "US, WA, Seattle\n",
    "'1. ' * 3.3M": "1. ",
    "'years ' * 1.7M": "years ",
    "'<div>' * 2M": "<div>",
    "'Key job responsibilities ' * 400k": "Key job responsibilities ",
    "'5+ years of experience. ' * 400k": "5+ years of experience. ",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer repeats, no batch runs")
    args = ap.parse_args()
    repeat = 20 if args.quick else 200

    text = (FIXTURES / "amazon_science_article_page.txt").read_text(encoding="utf-8")
    markup = (FIXTURES / "amazon_science_article_page.semantic.html").read_text(encoding="utf-8")
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, postings-parser {pp.__version__}"
    )
    contestants: dict[str, Callable[[], object]] = {
        "parse_page(text)": lambda: pp.parse_page(text),
        "parse_page(HTML)": lambda: pp.parse_page(markup),
    }
    try:
        import html_text
        import trafilatura

        contestants["trafilatura.extract(HTML)"] = lambda: trafilatura.extract(markup)
        contestants["html_text.extract_text(HTML)"] = lambda: html_text.extract_text(markup)
    except ImportError:
        print("(trafilatura / html_text not installed: pip install -e '.[bench]')")
    times = interleaved(contestants, repeat)
    print(f"\nthe model page ({len(text):,} characters as text, {len(markup):,} as HTML), "
          f"{repeat} interleaved rounds, thread CPU time:\n")  # fmt: skip
    print("| run | median ms | / trafilatura (median, IQR) |\n|---|---:|---:|")
    for name, runs in times.items():
        versus = ""
        if "trafilatura.extract(HTML)" in times:
            q2, q1, q3 = paired_ratio(times, name, "trafilatura.extract(HTML)")
            versus = f"{q2:.2f} ({q1:.2f}-{q3:.2f})"
        print(f"| {name} | {statistics.median(runs) * 1000:.3f} | {versus} |")
    # one page and 100 pages alone (the rounds above run between other parsers), best of runs
    t_text = min(once_s(lambda: pp.parse_page(text)) for _ in range(30))
    big = "\n".join([text] * 100)
    t_big = min(once_s(lambda: pp.parse_page(big)) for _ in range(3))
    print(f"\n100x the page ({len(big):,} chars): {t_big * 1000:.1f} ms CPU = "
          f"{t_big / t_text:.1f}x one page")  # fmt: skip

    for name, unit in ADVERSARIAL.items():
        # inside a posting block, so that every stage sees it (a page of it alone has none)
        source = "US, WA, Seattle\n" + unit * (10_000_000 // len(unit))
        t = once_s(lambda s=source: _parse_any(s))
        print(f"10 MB adversarial posting {name:<36} {t:6.2f} s")

    stages(repeat=1 if args.quick else 3)
    if args.quick:
        return
    batch_stages()
    corpora = [SHARED / "amazon_science_careers.dev.jsonl", SHARED / "employers.dev.jsonl"]
    if not all(p.exists() for p in corpora):
        corpora = [
            FIXTURES / "amazon_science_careers.dev.jsonl",
            FIXTURES / "employers.sample.jsonl",
        ]
    for jobs in (1, 2):
        cpu, wall, written = batch(corpora, jobs)
        peak = batch_peak_mb(corpora, jobs)
        print(
            f"batch CLI --jobs {jobs}: {written} postings, {cpu:.2f} CPU s / {wall:.2f} s wall "
            f"(median of 3) = {written / cpu:,.0f} postings per CPU-second, "
            f"{written / wall:,.0f} postings/s; peak memory {peak:.0f} MB (PSS, all processes)"
        )


def batch_stages() -> None:
    """Postings per CPU-second of each batch stage in one process, on the dev postings: parse
    (``parse_posting``), rows (the row dicts), Arrow (a record batch of them), I/O (Parquet
    written to memory)."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    from postings_parser.batch.arrow import to_record_batch
    from postings_parser.batch.rows import posting_row

    texts = _dev_texts()
    warm = [posting_row("0", pp.parse_posting(texts[0]))]  # what each stage loads on first use
    pq.write_table(pa.Table.from_batches([to_record_batch(warm)]), io.BytesIO())
    t0 = time.thread_time()
    postings = [pp.parse_posting(t) for t in texts]
    t1 = time.thread_time()
    rows = [posting_row(str(i), p) for i, p in enumerate(postings)]
    t2 = time.thread_time()
    table = to_record_batch(rows)
    t3 = time.thread_time()
    pq.write_table(pa.Table.from_batches([table]), io.BytesIO())
    t4 = time.thread_time()
    n = len(texts)
    print(f"\nbatch stages in one process, {n} dev postings (postings per CPU-second):\n")
    print("| parse | rows | Arrow | Parquet I/O | all |\n|---:|---:|---:|---:|---:|")
    cells = [n / max(b - a, 1e-9) for a, b in ((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t0, t4))]
    print("| " + " | ".join(f"{c:,.0f}" for c in cells) + " |\n")


def _dev_texts() -> list[str]:
    """The text of every record of the dev corpora (or the fixtures' samples)."""
    paths = sorted(SHARED.glob("*.dev.jsonl")) or [FIXTURES / "employers.sample.jsonl"]
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text")
            if isinstance(text, str):
                texts.append(text)
    return texts


_FIRST_CALL = """
import time
from postings_parser.posting.place import parse_location
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096
before = rss()
t0 = time.perf_counter()
parse_location("Seattle, WA")
print(f"{(time.perf_counter() - t0) * 1000:.0f} {(rss() - before) / 2**20:.0f}")
"""


def _stage_seconds(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Median over ``repeat`` runs of the thread CPU time of ``fn`` over every text."""
    times = []
    for _ in range(repeat):
        t0 = time.thread_time()
        for text in texts:
            fn(text)
        times.append(time.thread_time() - t0)
    return statistics.median(times)


def stages(repeat: int) -> None:
    """CPU time of the extractors on the dev corpora's texts, each over the whole text, and of
    ``parse_location`` per location string: first call (index build), uncached, cached."""
    from postings_parser.posting import place
    from postings_parser.posting.facts import find_facts
    from postings_parser.posting.language import find_language
    from postings_parser.posting.pay import find_pay

    texts = _dev_texts()
    timed: dict[str, Callable[[str], object]] = {
        "parse_posting": pp.parse_posting,
        "language": lambda t: find_language(t, 0, len(t)),
        "pay": lambda t: find_pay(t, 0, len(t)),
        "facts": lambda t: find_facts(t, 0, len(t)),
    }
    for name, fn in timed.items():
        fn(texts[0])
        seconds = _stage_seconds(fn, texts, repeat)
        print(f"stage {name:<14} {len(texts)} texts: {seconds * 1e6 / len(texts):9.1f} us/text")
    strings = [c for t in texts for c in {line.strip() for line in t.splitlines()[:3]} if c]
    first = subprocess.run(
        [sys.executable, "-c", _FIRST_CALL], capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"parse_location first call (fresh process) {first[0]} ms, index {first[1]} MB (RSS)")
    caches = [place._fold, place._readings, place._resolve]
    uncached = []
    for text in strings:
        for c in caches:
            c.cache_clear()
        t0 = time.thread_time()
        place.parse_location(text)
        uncached.append(time.thread_time() - t0)
    cached = _stage_seconds(place.parse_location, strings, repeat) / len(strings)
    print(
        f"parse_location {len(strings)} strings (first lines): uncached "
        f"{statistics.median(uncached) * 1e6:.1f} us median, cached {cached * 1e6:.1f} us"
    )


def _parse_any(source: str) -> None:
    with contextlib.suppress(pp.PostingsParserError):
        pp.parse_page(source)


if __name__ == "__main__":
    main()
