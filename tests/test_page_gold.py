"""The model page parses exactly as its hand-made gold says."""

from __future__ import annotations

from typing import Any

import pytest

import postings_parser as pp


@pytest.fixture(scope="module")
def page(page_text: str) -> pp.Page:
    return pp.parse_page(page_text)


def test_article_title_dek_questions_and_footnote_match_gold(
    page: pp.Page, page_gold: dict[str, Any]
) -> None:
    gold = page_gold["article"]
    assert page.article is not None
    assert page.article.title.text == gold["title"]
    assert page.article.dek is not None
    assert page.article.dek.text == gold["dek"]
    assert [q.text for q in page.article.questions] == gold["questions"]
    assert page.article.footnote is not None
    assert page.article.footnote.text == gold["footnote"]


def test_article_ends_at_the_gold_last_article_line(
    page: pp.Page, page_text: str, page_gold: dict[str, Any]
) -> None:
    assert page.article is not None
    last_line = page_text[: page.article.end].count("\n") + 1
    assert last_line == page_gold["article"]["last_article_line"]


def test_boilerplate_blocks_match_gold(page: pp.Page, page_gold: dict[str, Any]) -> None:
    assert page.research_areas is not None
    assert [e.text for e in page.research_areas.entries] == page_gold["research_areas"]
    assert page.related_content is not None
    assert page.related_content.heading.text == page_gold["related_content_heading"]


def test_ten_postings_with_gold_locations_in_order(
    page: pp.Page, page_gold: dict[str, Any]
) -> None:
    got = [
        {"raw": loc.raw, "country": loc.country, "region": loc.region, "city": loc.city}
        for posting in page.postings
        for loc in posting.locations
    ]
    assert got == [p["location"] for p in page_gold["postings"]]
    assert all(loc.valid for p in page.postings for loc in p.locations)


def test_every_offset_names_its_own_text(page: pp.Page) -> None:
    assert page.article is not None
    spans = [page.article.title, *page.article.questions, *page.article.paragraphs]
    for span in spans:
        assert page.text[span.start : span.end] == span.text
    for posting in page.postings:
        assert page.text[posting.span.start : posting.span.end] == posting.text
        for loc in posting.locations:
            assert page.text[loc.start : loc.end] == loc.raw


def test_page_has_no_warnings(page: pp.Page) -> None:
    assert page.warnings == []
    assert all(p.warnings == [] for p in page.postings)
