"""Segmenting pages into article, boilerplate and posting blocks, beyond the model page."""

from __future__ import annotations

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


def test_a_multi_line_posting_keeps_its_lines_after_a_boilerplate_like_line() -> None:
    # postings written over several lines are not flattened: a "Tags" line inside one is text
    page = (
        "US, WA, Seattle\nFirst line of the posting.\nTags\nMore of the same posting.\n"
        "US, NY, New York\nAnother posting.\nIts second line.\n"
    )
    parsed = pp.parse_page(page)
    assert [p.text for p in parsed.postings] == [
        "US, WA, Seattle\nFirst line of the posting.\nTags\nMore of the same posting.",
        "US, NY, New York\nAnother posting.\nIts second line.",
    ]


def test_flattened_postings_followed_by_boilerplate_end_at_their_line() -> None:
    page = (
        "US, WA, Seattle\nThe whole first posting on one line.\n"
        "US, NY, New York\nThe whole second posting on one line.\n"
        "A next article title\nIts first paragraph.\nRelated content\nSome link\n"
    )
    parsed = pp.parse_page(page)
    assert [p.text for p in parsed.postings] == [
        "US, WA, Seattle\nThe whole first posting on one line.",
        "US, NY, New York\nThe whole second posting on one line.",
    ]
    assert [s.kind for s in parsed.segments] == ["posting", "posting", "article", "related_content"]
    assert parsed.related_content is not None
    assert [e.text for e in parsed.related_content.entries] == ["Some link"]
