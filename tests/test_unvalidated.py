"""The pipeline builds its models without validating them again (``models.unvalidated``): every
model it returns must be exactly what pydantic makes of the same data, value for value and type
for type (an ``int`` where the field holds a ``float``, a tuple where it holds a list, a ``str``
where it holds an enum would all compare equal and still be wrong)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

import postings_parser as pp
from postings_parser.models import Item, Posting, Span, unvalidated

from .conftest import FIXTURES, read_jsonl


def assert_same(got: Any, want: Any, where: str = "") -> None:
    """``got`` and ``want`` are equal and of the same types all the way down."""
    assert type(got) is type(want), f"{where}: {type(got).__name__} != {type(want).__name__}"
    if isinstance(want, pydantic.BaseModel):
        assert got.__dict__.keys() == want.__dict__.keys(), where
        for name in type(want).model_fields:
            assert_same(getattr(got, name), getattr(want, name), f"{where}.{name}")
    elif isinstance(want, list | tuple):
        assert len(got) == len(want), where
        for i, (a, b) in enumerate(zip(got, want, strict=True)):
            assert_same(a, b, f"{where}[{i}]")
    else:
        assert got == want, where


def revalidated(model: pydantic.BaseModel) -> pydantic.BaseModel:
    """What pydantic makes of ``model``'s data."""
    return type(model).model_validate(model.model_dump())


_PAGES = sorted(p for p in (FIXTURES / "pages").iterdir() if p.suffix in (".txt", ".html"))
_SAMPLES = [
    FIXTURES / "amazon_science_article_page.txt",
    FIXTURES / "amazon_science_article_page.semantic.html",
    FIXTURES / "amazon_science_article_page.divsoup.html",
    *_PAGES,
]


@pytest.mark.parametrize("path", _SAMPLES, ids=lambda p: p.name)
def test_a_parsed_page_is_what_validating_its_data_makes(path: Path) -> None:
    page = pp.parse_page(path.read_text(encoding="utf-8"))
    assert_same(page, revalidated(page), path.name)


@pytest.mark.parametrize("corpus", ["amazon_science_careers.dev.jsonl", "employers.sample.jsonl"])
def test_every_parsed_posting_is_what_validating_its_data_makes(corpus: str) -> None:
    for record in read_jsonl(corpus):
        posting = pp.parse_posting(record["text"])
        assert_same(posting, revalidated(posting), f"{corpus} {record.get('job_id')}")


def test_every_parsed_location_is_what_validating_its_data_makes() -> None:
    for record in read_jsonl("locations.dev.jsonl"):
        for location in pp.parse_location(record["raw"]):
            assert_same(location, revalidated(location), record["raw"])


@given(st.text(max_size=400))
def test_any_text_parses_to_what_validating_its_data_makes(source: str) -> None:
    try:
        page = pp.parse_page(source)
    except pp.PostingsParserError:
        return
    assert_same(page, revalidated(page))


def test_the_unvalidated_constructor_fills_defaults_and_records_the_fields_given() -> None:
    posting = unvalidated(Posting)(
        index=0, text="x", span=Span(start=0, end=1), body=Span(start=0, end=1)
    )
    assert posting.locations == []
    assert posting.title is None
    assert posting.model_fields_set == {"index", "text", "span", "body"}
    assert_same(
        posting,
        Posting(index=0, text="x", span=Span(start=0, end=1), body=Span(start=0, end=1)),
    )


def test_the_unvalidated_constructor_refuses_unknown_and_missing_fields() -> None:
    make = unvalidated(Item)
    with pytest.raises(TypeError, match="no fields"):
        make(text="ab", start=0, end=2, colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'end'"):
        make(text="ab", start=0)  # type: ignore[call-arg]


def test_models_users_construct_are_still_validated() -> None:
    with pytest.raises(pydantic.ValidationError):
        Item(text="ab", start=-1, end=2)


def _lists_of(model: pydantic.BaseModel) -> Iterator[list[Any]]:
    """Every list a model and the models in it hold."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        values = value if isinstance(value, list) else [value]
        if isinstance(value, list):
            yield value
        for v in values:
            if isinstance(v, pydantic.BaseModel):
                yield from _lists_of(v)


@pytest.mark.parametrize("corpus", ["amazon_science_careers.dev.jsonl", "employers.sample.jsonl"])
def test_no_two_fields_of_a_parse_share_a_list(corpus: str) -> None:
    # validation gave every field a list of its own; changing one must not change another
    for record in read_jsonl(corpus):
        lists = list(_lists_of(pp.parse_posting(record["text"])))
        assert len({id(x) for x in lists}) == len(lists), record.get("job_id")
