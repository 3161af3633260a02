"""The benchmark scripts still run against the pipeline they measure (no figures are checked)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "page", ["amazon_science_article_page.txt", "amazon_science_article_page.semantic.html"]
)
def test_floor_script_replays_every_kind_of_work_of_a_parse(page: str) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "floor.py"), "--repeat", "1",
         str(ROOT / "tests" / "fixtures" / page)],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    counts = dict(re.findall(r"(pattern calls|pydantic models) \((\d+)\)", run.stdout))
    # the sample page: 10 postings, each with its sections, items and requirements
    assert int(counts["pattern calls"]) > 100
    assert int(counts["pydantic models"]) > 100
    assert "anchor word scans" in run.stdout
    assert ("lxml parse of the markup" in run.stdout) == page.endswith(".html")
