"""Accuracy on the bundled dev gold stays at or above the figures the project promises."""

from __future__ import annotations

import json

import pytest

from postings_parser.testing.evaluate import GroupScore, load_jsonl, score

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def groups() -> dict[str, GroupScore]:
    with (FIXTURES / "gold.dev.jsonl").open(encoding="utf-8") as f:
        gold = [json.loads(line) for line in f]
    records = load_jsonl(
        [FIXTURES / "amazon_science_careers.dev.jsonl", FIXTURES / "employers.sample.jsonl"]
    )
    return score(gold, records)


def test_amazon_item_f1(groups: dict[str, GroupScore]) -> None:
    assert groups["amazon"].postings == 50
    assert groups["amazon"].item_f1 >= 0.97


def test_other_employers_item_f1(groups: dict[str, GroupScore]) -> None:
    assert groups["employers"].postings == 50
    assert groups["employers"].item_f1 >= 0.92


def test_amazon_requirement_paths_and_no_false_statements(groups: dict[str, GroupScore]) -> None:
    assert groups["amazon"].path_f1 >= 0.95
    assert groups["amazon"].false_statements == 0


def test_other_employers_requirement_paths(groups: dict[str, GroupScore]) -> None:
    assert groups["employers"].path_f1 >= 0.90


def test_html_postings_score_at_least_as_well_as_text_ones() -> None:
    with (FIXTURES / "gold.dev.jsonl").open(encoding="utf-8") as f:
        gold = [json.loads(line) for line in f]
    records = load_jsonl(
        [FIXTURES / "amazon_science_careers.dev.jsonl", FIXTURES / "employers.sample.jsonl"]
    )
    groups = score(gold, records, by_format=True)
    html, text = groups["employers/html"], groups["employers/text"]
    assert html.postings >= 10
    assert html.item_f1 >= text.item_f1
    assert html.path_f1 >= text.path_f1
