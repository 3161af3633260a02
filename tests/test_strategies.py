"""The library's own strategies: generated pages and postings parse to their stated structure."""

from __future__ import annotations

from hypothesis import given, settings

import postings_parser as pp
from postings_parser.strategies import PageExample, PostingExample, pages, postings


@settings(max_examples=200, deadline=None)
@given(postings())
def test_generated_postings_parse_to_their_structure(example: PostingExample) -> None:
    posting = pp.parse_posting(example.text)
    assert [(x.country, x.region, x.city) for x in posting.locations] == [
        (x.country, x.region, x.city) for x in example.locations
    ]
    assert all(x.valid for x in posting.locations)
    r = posting.responsibilities
    assert r is not None
    assert r.intro == example.intro
    assert [i.text for i in r.items] == example.items
    assert [
        [(p.degree, p.min_years) for p in q.paths] for q in posting.requirements
    ] == example.requirements


@settings(max_examples=50, deadline=None)
@given(pages())
def test_generated_pages_segment_into_article_and_postings(example: PageExample) -> None:
    page = pp.parse_page(example.text)
    assert page.article is not None
    assert page.article.title.text == example.title
    assert page.research_areas is not None
    assert page.related_content is not None
    assert len(page.postings) == len(example.postings)
    for posting, expected in zip(page.postings, example.postings, strict=True):
        assert posting.responsibilities is not None
        assert [i.text for i in posting.responsibilities.items] == expected.items
