"""Variant pages of the sample page's site, each with its expected parse written by hand.

tests/fixtures/pages/ holds pages built (by its build_variants.py) from the sample article and
real postings of the amazon dev corpus, laid out as the site's pages vary: captions, credits and
file names before the title, a teaser box inside the article, no dek, one posting, the site's
footer and cookie notice after the last posting, CRLF and a byte order mark, HTML with a header,
navigation, footer and job cards of <div>s.  ``<name>.expected.json`` says what the parse must
be; ``"sample"`` stands for the sample page's gold (tests/fixtures/…gold.json), and each
posting's responsibilities are the gold of its job (tests/fixtures/gold.dev.jsonl).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

import postings_parser as pp

from .conftest import FIXTURES, read_jsonl

PAGES = FIXTURES / "pages"
VARIANTS = sorted(
    p for p in PAGES.iterdir() if p.suffix in (".txt", ".html") and p.name != "build_variants.py"
)
GOLD = {g["id"].split(":")[1]: g for g in read_jsonl("gold.dev.jsonl")}


def _expected(page: Path, page_gold: dict[str, Any]) -> dict[str, Any]:
    expected: dict[str, Any] = json.loads(
        page.with_suffix(".expected.json").read_text(encoding="utf-8")
    )
    sample = {
        "title": page_gold["article"]["title"],
        "dek": page_gold["article"]["dek"],
        "questions": page_gold["article"]["questions"],
        "footnotes": [page_gold["article"]["footnote"]],
    }
    return {k: sample[k] if v == "sample" else v for k, v in expected.items()}


@pytest.fixture(scope="module", params=VARIANTS, ids=lambda p: p.name)
def variant(request: pytest.FixtureRequest, page_gold: dict[str, Any]) -> Any:
    page: Path = request.param
    return pp.parse_page(page.read_bytes()), _expected(page, page_gold)


def test_there_is_a_variant_for_every_form_the_issue_names() -> None:
    assert len(VARIANTS) == 11
    assert {p.suffix for p in VARIANTS} == {".txt", ".html"}


def test_title_dek_questions_and_footnotes(variant: Any) -> None:
    page, expected = variant
    article = page.article
    assert article is not None
    assert article.title.text == expected["title"]
    assert (article.dek.text if article.dek else None) == expected["dek"]
    assert [q.text for q in article.questions] == expected["questions"]
    assert [f.text for f in article.footnotes] == expected["footnotes"]
    assert (article.footnote.text if article.footnote else None) == expected["footnotes"][0]


def test_research_areas_and_related_content_are_the_pages_own(variant: Any) -> None:
    page, expected = variant
    for name in ("research_areas", "related_content"):
        block = getattr(page, name)
        got = None if block is None else [e.text for e in block.entries]
        assert got == expected[name], name


def test_segments_and_their_boilerplate(variant: Any) -> None:
    page, expected = variant
    assert [s.kind for s in page.segments] == expected["segments"]
    boilerplate = [
        page.text[s.start : s.end].strip() for s in page.segments if s.kind == "boilerplate"
    ]
    assert boilerplate == expected["boilerplate"]


def test_segments_tile_the_text(variant: Any) -> None:
    page, _ = variant
    segments = page.segments
    assert segments[0].start == 0
    assert segments[-1].end == len(page.text)
    assert all(a.end == b.start for a, b in itertools.pairwise(segments))


def test_postings_their_locations_and_exact_text(variant: Any) -> None:
    page, expected = variant
    assert len(page.postings) == len(expected["postings"])
    for posting, want in zip(page.postings, expected["postings"], strict=True):
        assert [loc.raw for loc in posting.locations] == want["locations"]
        assert all(loc.valid for loc in posting.locations)
        assert posting.text.startswith(want["starts_with"])
        assert posting.text.endswith(want["ends_with"])
        assert posting.text.count("\n") + 1 == want["lines"]
        assert page.text[posting.span.start : posting.span.end] == posting.text


def test_responsibilities_are_the_gold_of_each_job(variant: Any) -> None:
    page, expected = variant
    for posting, want in zip(page.postings, expected["postings"], strict=True):
        gold = GOLD[want["job_id"]]
        r = posting.responsibilities
        assert ([i.text for i in r.items] if r else []) == gold["responsibilities"]
        assert (r.intro if r else None) == gold["responsibilities_intro"]
