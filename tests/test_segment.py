"""Segmenting pages into article, boilerplate and posting blocks, beyond the model page."""

from __future__ import annotations

import pytest

import postings_parser as pp


def test_pages_run_together_keep_each_postings_text_to_its_own_line(page_text: str) -> None:
    one = pp.parse_page(page_text)
    two = pp.parse_page(page_text + "\n" + page_text)
    assert len(two.postings) == 2 * len(one.postings)
    # the second page's article and boilerplate are not appended to the first page's last posting
    assert [p.text for p in two.postings] == [p.text for p in one.postings] * 2
    kinds = [s.kind for s in two.segments]
    assert kinds.count("article") == 2
    assert kinds.count("research_areas") == 2
    assert two.article is not None
    assert one.article is not None
    assert two.article == one.article  # the page's article is its first one
    second_article = [s for s in two.segments if s.kind == "article"][1]
    assert two.text[second_article.start :].startswith(
        "How one Amazon scientist views the challenges facing women in computer vision"
    )


# postings written over several lines are not flattened: a "Tags" line inside one is text
MULTI_LINE = (
    "US, WA, Seattle\nFirst line of the posting.\nTags\nMore of the same posting.\n"
    "US, NY, New York\nAnother posting.\nIts second line.\n"
)
# flattened postings followed by the next article and its boilerplate end at their line
FLATTENED = (
    "US, WA, Seattle\nThe whole first posting on one line.\n"
    "US, NY, New York\nThe whole second posting on one line.\n"
    "A next article title\nIts first paragraph.\nRelated content\nSome link\n"
)


@pytest.mark.parametrize(
    ("page", "postings"),
    [
        (
            MULTI_LINE,
            [
                "US, WA, Seattle\nFirst line of the posting.\nTags\nMore of the same posting.",
                "US, NY, New York\nAnother posting.\nIts second line.",
            ],
        ),
        (
            FLATTENED,
            [
                "US, WA, Seattle\nThe whole first posting on one line.",
                "US, NY, New York\nThe whole second posting on one line.",
            ],
        ),
    ],
    ids=["multi-line postings keep a Tags line", "flattened postings end at their line"],
)
def test_postings_keep_exactly_their_own_lines(page: str, postings: list[str]) -> None:
    assert [p.text for p in pp.parse_page(page).postings] == postings


def test_what_follows_flattened_postings_is_the_next_article_and_its_boilerplate() -> None:
    parsed = pp.parse_page(FLATTENED)
    assert [s.kind for s in parsed.segments] == ["posting", "posting", "article", "related_content"]
    # the page's own boilerplate blocks stand before its first posting: these are the next page's
    assert parsed.related_content is None
    last = parsed.segments[-1]
    assert parsed.text[last.start : last.end] == "Related content\nSome link\n"
