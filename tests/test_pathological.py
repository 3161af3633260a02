"""Pathological input is parsed in linear time: 10x the input takes about 10x the time.

Each case is timed at two sizes and the ratio is checked, not the wall time: a quadratic step
would show a ratio near 100.  (Absolute figures for 10 MB inputs are in benchmarks/bench.py.)
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest

import postings_parser as pp

SMALL = 20_000  # characters
GROWTH_LIMIT = 25.0  # linear is 10; noise and fixed costs stay far below a quadratic 100

CASES: dict[str, Callable[[int], str]] = {
    "commas": lambda n: ", " * (n // 2),
    "capitals": lambda n: "A " * (n // 2),
    "hyphen bullets": lambda n: " - " * (n // 3),
    "star bullets": lambda n: " * " * (n // 3),
    "location lines": lambda n: "US, WA, Seattle\n" * (n // 16),
    "numbered": lambda n: "1. " * (n // 3),
    "years": lambda n: "years " * (n // 6),
    "requirement sentences": lambda n: "5+ years of experience. " * (n // 24),
    "degree alternatives": lambda n: "Bachelor's or " * (n // 14),
    "headings": lambda n: "Key job responsibilities " * (n // 25),
    "glued words": lambda n: "domainsLead" * (n // 11),
    "abbreviations in one word": lambda n: "Qualifications " + "xBA" * (n // 3),
    "one long word": lambda n: "x" * n,
    "spaces": lambda n: "Master's" + " " * n + "degree",
    "trailing spaces": lambda n: "Build models" + " " * n,
    "spaces between degrees": lambda n: (
        "Qualifications\n- " + ("BS" + " " * 150 + "MS ") * (n // 155)
    ),
    "open parentheses": lambda n: "(" * n,
    "div soup": lambda n: "<div>" * (n // 5),
    "deep nesting": lambda n: "<div>" * (n // 11) + "x" + "</div>" * (n // 11),
    "list items": lambda n: "<li>Build models" * (n // 16),
}


def _seconds(source: str, parse: Callable[[str], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with contextlib.suppress(pp.PostingsParserError):
            parse(source)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
@pytest.mark.parametrize("mode", ["page", "posting"])
def test_ten_times_the_input_takes_about_ten_times_the_time(case: str, mode: str) -> None:
    make = CASES[case]
    prefix = "US, WA, Seattle\n" if mode == "page" else ""
    parse: Callable[[str], object] = pp.parse_page if mode == "page" else pp.parse_posting
    _seconds(prefix + make(SMALL // 10), parse)  # warm-up
    small = _seconds(prefix + make(SMALL), parse)
    large = _seconds(prefix + make(SMALL * 10), parse)
    ratio = large / max(small, 1e-4)
    assert ratio < GROWTH_LIMIT, f"{case}: 10x input took {ratio:.1f}x the time"
