"""Properties over generated pages: lossless segmentation and typed errors only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import postings_parser as pp

LOCATION_LINES = st.sampled_from(
    ["GB, MLN, Edinburgh", "US, WA, Seattle", "IL, Tel Aviv", "JP, 13, Tokyo", "ZZ, QQ, Nowhere"]
)
PROSE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=120
)
SECTION_WORDS = st.sampled_from(
    [
        "Key job responsibilities",
        "Key job responsibilities As a Scientist, you will: * Build models * Ship them",
        "A day in the life - 6+ years of experience",
        "About the team We are a team.",
        "- Design experiments - Publish papers",
        "Responsibilities:",
        "PhD, or Master's degree and 4+ years of experience",
    ]
)
LINES = st.lists(
    st.one_of(LOCATION_LINES, PROSE, SECTION_WORDS, st.just("Related content")), max_size=25
)


def _check_posting_offsets(text: str, posting: pp.Posting) -> None:
    """Every piece of a posting is the slice of the text its offsets name."""
    for section in posting.sections:
        assert text[section.body.start : section.body.end] == section.body.text
        assert posting.span.start <= section.start <= section.end <= posting.span.end
    r = posting.responsibilities
    if r is not None:
        for item in r.items:
            assert text[item.start : item.end] == item.text
            assert item.text == item.text.strip()
            assert item.text
    for q in posting.requirements:
        assert text[q.span.start : q.span.end] == q.text


def _check_cover(page: pp.Page) -> None:
    text = page.text
    assert page.segments[0].start == 0
    assert page.segments[-1].end == len(text)
    for a, b in zip(page.segments, page.segments[1:], strict=False):
        assert a.end == b.start
        assert a.start < a.end
    assert "".join(text[s.start : s.end] for s in page.segments) == text
    postings = iter(page.postings)
    for segment in page.segments:
        if segment.kind == "posting":
            posting = next(postings)
            assert segment.start <= posting.span.start <= posting.span.end <= segment.end
            assert text[posting.span.start : posting.span.end] == posting.text
            # what the segment holds beyond the posting's span is only white space
            assert not text[segment.start : posting.span.start].strip()
            assert not text[posting.span.end : segment.end].strip()
            _check_posting_offsets(text, posting)
    assert next(postings, None) is None


@settings(max_examples=300, deadline=None)
@given(LINES, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_segments_tile_the_normalized_text(lines: list[str], sep: str) -> None:
    source = sep.join(lines)
    try:
        page = pp.parse_page(source)
    except pp.EmptyInputError:
        assert not any(ch.isalnum() for ch in source)  # only input with no visible text
        return
    _check_cover(page)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_arbitrary_input_raises_only_typed_errors(source: str | bytes) -> None:
    try:
        page = pp.parse_page(source)
    except pp.PostingsParserError:
        return
    _check_cover(page)


def test_model_page_segments_tile_the_text(page_text: str) -> None:
    _check_cover(pp.parse_page(page_text))
