"""Shared fixtures: the bundled corpora in tests/fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

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
