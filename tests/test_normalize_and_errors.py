"""Decoding, normalization and typed errors: bad input never raises an unrelated exception."""

from __future__ import annotations

import importlib
import re
import sys

import pytest

import postings_parser as pp
from postings_parser.normalize.charclass import CharClass

POSTING = "US, WA, Seattle\nWe are looking for an Applied Scientist."


@pytest.mark.parametrize(
    ("source", "expected_text"),
    [
        ("US, WA, Seattle\r\nWe hire.", "US, WA, Seattle\nWe hire."),
        ("US, WA, Seattle\rWe hire.", "US, WA, Seattle\nWe hire."),
        ("US, WA, Seattle\u2028We hire.", "US, WA, Seattle\nWe hire."),
        ("US, WA, Seattle\nWe\xa0hire.", "US, WA, Seattle\nWe hire."),
        ("US, WA, Seattle\nWe\thire.", "US, WA, Seattle\nWe hire."),
        ("\ufeffUS, WA, Seattle\nWe hi\u200bre.", "US, WA, Seattle\nWe hire."),
    ],
)
def test_line_breaks_and_spaces_are_normalized(source: str, expected_text: str) -> None:
    page = pp.parse_page(source)
    assert page.text == expected_text
    assert [x.city for x in page.postings[0].locations] == ["Seattle"]


@pytest.mark.parametrize(
    ("module", "pattern"), [("normalize.text", "_SPECIAL"), ("normalize.html", "_IRREGULAR")]
)
def test_every_character_normalization_replaces_is_caught_by_the_quick_check(
    module: str, pattern: str
) -> None:
    # text that ``str.isprintable`` accepts (line breaks aside) skips the pattern's scan: that is
    # only right if no character the pattern matches is printable
    found = getattr(importlib.import_module(f"postings_parser.{module}"), pattern)
    caught = (chr(i) for i in range(sys.maxunicode + 1))
    assert [hex(ord(c)) for c in caught if c.isprintable() and _matcher(found, c).match(c)] == []


def _matcher(found: re.Pattern[str] | CharClass, text: str) -> re.Pattern[str]:
    """The pattern a module searches ``text`` with."""
    return found.pattern(text) if isinstance(found, CharClass) else found


@pytest.mark.parametrize(
    "text",
    [
        "".join(chr(i) for i in range(0x10000)),  # every character of the BMP, surrogates too
        "\r\n\r\r\n\xa0\xa0\u202f x\u200b\u200b\u200ey\x00\x01\x92\t\t\ud800\udfffz",
        "Senior\xa0Engineer\r\n\u200eGB, MLN, Edinburgh\u200f\r\n",
        "an astral character \U0001f600 and a tag \U000e0041\xa0\r\n",
    ],
    ids=["the BMP", "runs", "a page", "astral"],
)
def test_the_special_character_runs_are_those_the_pattern_finds_anywhere(text: str) -> None:
    # the scan jumps from one possible start to the next: it must find the same runs as
    # trying the pattern at every character
    from postings_parser.normalize import text as normalize_text

    found = [m.span() for m in normalize_text._special_runs(text)]
    assert found == [m.span() for m in normalize_text._SPECIAL.finditer(text)]
    assert found


def test_source_map_points_back_into_the_original_string() -> None:
    source = "US, WA, Seattle\r\nWe\u200b hire\r\nscientists."
    page = pp.parse_page(source)
    for word in ("hire", "scientists"):
        start = page.text.index(word)
        src = page.to_source_offset(start)
        assert source[src : src + len(word)] == word


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252", "latin-1"])
def test_bytes_in_any_common_encoding_decode(encoding: str) -> None:
    text = "DE, BE, Berlin\nWir suchen eine Wissenschaftlerin für Zürich und Köln, café."
    page = pp.parse_page(text.encode(encoding))
    assert "für Zürich und Köln, café" in page.postings[0].text


def test_nul_bytes_are_removed_with_a_warning() -> None:
    page = pp.parse_page("US, WA, Seattle\nWe\x00 hire.")
    assert page.text == "US, WA, Seattle\nWe hire."
    assert [w.code for w in page.warnings] == [pp.WarningCode.CONTROL_CHARACTERS]


def test_lone_surrogates_become_replacement_characters() -> None:
    page = pp.parse_page("US, WA, Seattle\nWe \udc80 hire.")
    assert "\ufffd" in page.text
    assert pp.WarningCode.CONTROL_CHARACTERS in [w.code for w in page.warnings]


def test_undecodable_bytes_are_replaced_with_a_warning_or_rejected_in_strict_mode() -> None:
    # valid UTF-8 then a truncated multi-byte sequence in the middle
    data = "US, WA, Seattle\nWe hire scientists — ".encode() + b"\xe2\x80 today."
    try:
        page = pp.parse_page(data)
    except pp.DecodeError:
        pass
    else:
        assert page.postings
    with pytest.raises(pp.PostingsParserError):
        pp.parse_page(b"\xff\xfe\xfd" * 3, strict=True)


@pytest.mark.parametrize("source", [None, 42, ["US, WA, Seattle"], {"text": "x"}])
def test_wrong_source_type_is_a_typed_error(source: object) -> None:
    with pytest.raises(pp.InputTypeError):
        pp.parse_page(source)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pp.parse_posting(source)  # type: ignore[arg-type]


@pytest.mark.parametrize("source", ["", "   \n\t\n", b"", "\u200b\ufeff", "\x00\x00"])
def test_empty_input_is_a_typed_error(source: str | bytes) -> None:
    with pytest.raises(pp.EmptyInputError):
        pp.parse_page(source)
    with pytest.raises(pp.EmptyInputError):
        pp.parse_posting(source)


def test_page_without_postings_warns_and_keeps_its_text() -> None:
    page = pp.parse_page("A title\n\nA paragraph of an article with no posting after it.")
    assert page.postings == []
    assert [w.code for w in page.warnings] == [pp.WarningCode.NO_POSTINGS]
    assert page.article is not None
    assert page.article.title.text == "A title"
    with pytest.raises(pp.NoPostingsError):
        pp.parse_page("A title\n\nA paragraph.", strict=True)


def test_every_error_is_a_postings_parser_error() -> None:
    for cls in (
        pp.InputTypeError,
        pp.DecodeError,
        pp.EmptyInputError,
        pp.NoPostingsError,
        pp.InvalidLocationError,
    ):
        assert issubclass(cls, pp.PostingsParserError)


def test_a_run_of_removed_characters_is_one_breakpoint_of_the_source_map() -> None:
    # memory by design: a source map does not grow with the length of a run of removed
    # characters (NULs, bidi marks, zero-width spaces), and still maps back
    source = "US, WA, Seattle\nWe" + "\u200e\x00\u200b" * 1000 + " hire."
    page = pp.parse_page(source)
    assert page.text == "US, WA, Seattle\nWe hire."
    assert page.source_map == [(18, 3018)]
    assert source[page.to_source_offset(page.text.index("hire")) :] == "hire."
    codes = {w.code for w in page.warnings}
    assert codes == {pp.WarningCode.CONTROL_CHARACTERS, pp.WarningCode.FORMAT_CHARACTERS}
