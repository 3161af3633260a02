"""Print median parse times for the bundled sample page (run: python benchmarks/bench_parse.py)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import postings_parser as pp

PAGE = (
    Path(__file__).resolve().parent.parent
    / "tests"
    / "fixtures"
    / "amazon_science_article_page.txt"
)


def median_ms(fn: object, text: str, repeat: int = 200) -> float:
    assert callable(fn)
    fn(text)  # warm-up: pycountry's tables, compiled patterns
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    text = PAGE.read_text(encoding="utf-8")
    print(
        f"model page as text ({len(text):,} chars): {median_ms(pp.parse_page, text):.3f} ms median"
    )


if __name__ == "__main__":
    main()
