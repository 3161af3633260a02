"""Fuzzed, mutated and generated input: no crash outside PostingsParserError, no lost text.

The quick profile runs in CI; ``HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py``
runs each property for up to a million examples.
"""

from __future__ import annotations

import pickle
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import postings_parser as pp
from postings_parser.rules.chars import FORMAT, INVISIBLE

from .conftest import FIXTURES, read_jsonl
from .test_unvalidated import assert_same, revalidated

PAGE = (FIXTURES / "amazon_science_article_page.txt").read_text(encoding="utf-8")
HTML = (FIXTURES / "amazon_science_article_page.divsoup.html").read_text(encoding="utf-8")
REAL = [
    PAGE,
    HTML,
    *(r["text"] for r in read_jsonl("amazon_science_careers.dev.jsonl")[:15]),
    *(r["text"] for r in read_jsonl("employers.sample.jsonl")[:15]),
]
SNIPPETS = st.sampled_from(
    [
        "US, WA, Seattle\n", "GB, MLN, Edinburgh\n", "ZZ, QQ, Nowhere\n", " - ", " * ", "•", "1. ",
        "Key job responsibilities ", "About the team ", "A day in the life ", "5+ years ",
        "PhD, or Master's degree and 4+ years ", "Bachelor's or ", ":", ".", "\n", "\r\n",
        "\x00", "\u2028", "\ufeff", "<li>", "</ul>", "<p><strong>Responsibilities:</strong></p>",
        "&amp;", "&#0;", "\udcff", "Job ID: 1 Posted May 1, 2026 ",
    ]
)  # fmt: skip


def _check_offsets(text: str, posting: pp.Posting) -> None:
    assert text[posting.span.start : posting.span.end] == posting.text
    for loc in posting.locations:
        assert text[loc.start : loc.end] == loc.raw
    for section in posting.sections:
        assert text[section.body.start : section.body.end] == section.body.text
    if posting.responsibilities is not None:
        for item in posting.responsibilities.items:
            assert text[item.start : item.end] == item.text
    for q in posting.requirements:
        assert text[q.span.start : q.span.end] == q.text
        assert q.paths


def _check_page(page: pp.Page) -> None:
    text = page.text
    assert page.segments[0].start == 0
    assert page.segments[-1].end == len(text)
    for a, b in zip(page.segments, page.segments[1:], strict=False):
        assert a.start < a.end == b.start
    for posting in page.postings:
        _check_offsets(text, posting)


def _check_round_trips(model: Any) -> None:
    assert type(model).model_validate_json(model.model_dump_json()) == model
    assert pickle.loads(pickle.dumps(model)) == model
    # the pipeline builds its models without validation: they must be what validation makes
    assert_same(model, revalidated(model))


def _parse_page(source: str | bytes) -> pp.Page | None:
    try:
        return pp.parse_page(source)
    except pp.PostingsParserError:
        return None


def _parse_posting(source: str | bytes) -> pp.Posting | None:
    try:
        return pp.parse_posting(source)
    except pp.PostingsParserError:
        return None


def _full_check(source: str | bytes) -> None:
    page = _parse_page(source)
    if page is not None:
        _check_page(page)
        _check_round_trips(page)
        again = _parse_page(source)
        assert again is not None
        assert again.model_dump_json() == page.model_dump_json()  # deterministic
    posting = _parse_posting(source)
    if posting is not None:  # offsets of a lone posting are into its own normalized text
        for loc in posting.locations:
            assert posting.text_at(loc.start, loc.end) == loc.raw
        for item in posting.responsibilities.items if posting.responsibilities else []:
            assert posting.text_at(item.start, item.end) == item.text
        for q in posting.requirements:
            assert posting.text_at(q.span.start, q.span.end) == q.text
        _check_round_trips(posting)


@st.composite
def mutated_real_text(draw: st.DrawFn) -> str:
    """A real page or posting with insertions, deletions and duplicated spans."""
    text = draw(st.sampled_from(REAL))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "snippet"]))
        at = draw(st.integers(min_value=0, max_value=len(text)))
        size = draw(st.integers(min_value=0, max_value=400))
        if op == "insert":
            text = text[:at] + draw(st.text(max_size=40)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + size :]
        elif op == "duplicate":
            text = text[: at + size] + text[at : at + size] + text[at + size :]
        else:
            text = text[:at] + draw(SNIPPETS) + text[at:]
    return text


TAGS = st.sampled_from(["p", "div", "ul", "li", "h2", "strong", "br", "span", "section", "a"])
html_trees = st.recursive(
    st.one_of(st.text(max_size=30), SNIPPETS),
    lambda children: st.builds(
        lambda tag, kids, close: f"<{tag}>{''.join(kids)}" + (f"</{tag}>" if close else ""),
        TAGS,
        st.lists(children, max_size=4),
        st.booleans(),
    ),
    max_leaves=30,
)


@given(st.text(max_size=2000))
def test_arbitrary_text(source: str) -> None:
    _full_check(source)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes(source: bytes) -> None:
    _full_check(source)


@given(mutated_real_text())
def test_mutated_real_pages_and_postings(source: str) -> None:
    _full_check(source)


@given(mutated_real_text(), st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"]))
def test_mutated_real_text_as_bytes(source: str, encoding: str) -> None:
    _full_check(source.encode(encoding, errors="replace"))


@given(html_trees)
def test_generated_html(markup: str) -> None:
    _full_check("<html><body>" + markup)


# what a reader cannot see: zero-width characters, soft hyphens, BOMs and the format characters
# (bidi marks, embeddings, overrides and isolates, tag characters, ...)
INVISIBLES = st.text(alphabet=st.sampled_from(INVISIBLE + FORMAT), min_size=1, max_size=3)


@st.composite
def invisible_insertions(draw: st.DrawFn) -> tuple[str, str]:
    """A real (or mutated real) text, and the same text with invisible characters inserted."""
    text = draw(st.one_of(st.sampled_from(REAL), mutated_real_text()))
    marked = text
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        at = draw(st.integers(min_value=0, max_value=len(marked)))
        marked = marked[:at] + draw(INVISIBLES) + marked[at:]
    return text, marked


def _postings_and_locations(posts: list[pp.Posting]) -> list[list[tuple[Any, ...]]]:
    return [
        [(x.raw, x.country, x.region, x.city, x.valid) for x in posting.locations]
        for posting in posts
    ]


@given(invisible_insertions())
def test_inserting_invisible_characters_changes_no_posting_count_and_no_location(
    pair: tuple[str, str],
) -> None:
    text, marked = pair
    page, marked_page = _parse_page(text), _parse_page(marked)
    assert (page is None) == (marked_page is None)
    if page is not None and marked_page is not None:
        assert _postings_and_locations(marked_page.postings) == _postings_and_locations(
            page.postings
        )
    posting, marked_posting = _parse_posting(text), _parse_posting(marked)
    assert (posting is None) == (marked_posting is None)
    if posting is not None and marked_posting is not None:
        assert _postings_and_locations([marked_posting]) == _postings_and_locations([posting])
