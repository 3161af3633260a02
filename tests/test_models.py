"""The models: frozen, round-trip through JSON and pickle, export a JSON Schema."""

from __future__ import annotations

import json
import pickle

import pydantic
import pytest

import postings_parser as pp


@pytest.fixture(scope="module")
def page(page_text: str) -> pp.Page:
    return pp.parse_page(page_text)


def test_models_are_frozen(page: pp.Page) -> None:
    with pytest.raises(pydantic.ValidationError):
        page.postings[0].locations[0].city = "Glasgow"  # type: ignore[misc]


def test_page_round_trips_through_json(page: pp.Page) -> None:
    assert pp.Page.model_validate_json(page.model_dump_json()) == page
    assert pp.Page.model_validate(page.model_dump()) == page


def test_page_round_trips_through_pickle(page: pp.Page) -> None:
    assert pickle.loads(pickle.dumps(page)) == page


def test_parsing_is_deterministic(page_text: str) -> None:
    assert pp.parse_page(page_text).model_dump_json() == pp.parse_page(page_text).model_dump_json()


def test_json_schema_describes_the_page() -> None:
    schema = pp.json_schema()
    assert schema == pp.Page.model_json_schema()
    assert {"Posting", "Location", "Article"} <= set(schema["$defs"])
    json.dumps(schema)
    location = schema["$defs"]["Location"]["properties"]
    assert {"country", "region", "city", "valid"} <= set(location)


def test_flat_conveniences_are_dumped(page: pp.Page) -> None:
    dumped = page.postings[0].model_dump()
    assert "min_degree" in dumped
    assert "min_years" in dumped


def test_models_that_set_the_same_fields_share_their_set_and_copies_keep_their_own() -> None:
    # the result holds a model per item, section and span: one set of field names each would
    # take more memory than their values
    a = pp.Span(start=1, end=5)
    b = pp.Span(start=7, end=9)
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    assert a.model_dump(exclude_unset=True) == {"start": 1, "end": 5}
    copied = a.model_copy(update={"end": 6})
    assert copied.end == 6
    assert copied.__pydantic_fields_set__ is not a.__pydantic_fields_set__
    assert b.__pydantic_fields_set__ == {"start", "end"}
    warning = pp.ParseWarning(code=pp.WarningCode.NO_POSTINGS, message="no posting")
    assert warning.model_dump(exclude_unset=True) == {
        "code": "no_postings",
        "message": "no posting",
    }
