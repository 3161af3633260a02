"""Shared fixtures: the bundled corpora in tests/fixtures."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).parent / "fixtures"


def read_jsonl(name: str) -> list[dict[str, Any]]:
    with (FIXTURES / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="session")
def page_text() -> str:
    return (FIXTURES / "amazon_science_article_page.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def page_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(
        (FIXTURES / "amazon_science_article_page.gold.json").read_text(encoding="utf-8")
    )
    return gold


@pytest.fixture(scope="session")
def amazon_records() -> list[dict[str, Any]]:
    return read_jsonl("amazon_science_careers.dev.jsonl")


# Hypothesis profiles: "ci" (the default: quick) and "long" (HYPOTHESIS_PROFILE=long, 10⁶
# examples per property, or HYPOTHESIS_MAX_EXAMPLES; see the README's "Reliability" section).
settings.register_profile("ci", max_examples=150, deadline=None)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "1000000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
