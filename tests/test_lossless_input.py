"""Whatever the bytes, no posting is lost silently (issue #25): invisible characters, a byte that
did not decode, an XML declaration, text after ``</html>``, a text page in ``<pre>`` and a
page's declared encoding each leave the sample page's ten postings as they are."""

from __future__ import annotations

import html
from typing import Any

import pytest

import postings_parser as pp

from .conftest import FIXTURES

PAGE = (FIXTURES / "amazon_science_article_page.txt").read_text(encoding="utf-8")
MARKUP = (FIXTURES / "amazon_science_article_page.semantic.html").read_text(encoding="utf-8")
# the sample page's location lines, as the gold has them
LOCATION_LINES = [
    "GB, MLN, Edinburgh",
    "IN, TS, Hyderabad",
    "US, WA, Seattle",
    "US, WA, Seattle",
    "IL, Tel Aviv",
    "US, WA, Seattle",
    "IN, HR, Gurugram",
    "US, MA, Boston",
    "IN, HR, Gurugram",
    "US, WA, Seattle",
]


def _locations(page: pp.Page) -> list[str]:
    return [loc.raw for p in page.postings for loc in p.locations]


def _codes(page: pp.Page) -> list[pp.WarningCode]:
    return [w.code for w in page.warnings]


def _after_location_lines(mark: str, only: int | None = None) -> str:
    """The sample page with ``mark`` after every location line (or only the ``only``-th)."""
    lines = PAGE.split("\n")
    seen = -1
    for i, line in enumerate(lines):
        if line in LOCATION_LINES:
            seen += 1
            if only is None or seen == only:
                lines[i] = line + mark
    return "\n".join(lines)


def test_the_sample_page_has_ten_location_lines() -> None:
    page = pp.parse_page(PAGE)
    assert _locations(page) == LOCATION_LINES
    assert page.warnings == []


@pytest.mark.parametrize(
    "mark",
    [
        "\u200e",  # left-to-right mark
        "\u200f",  # right-to-left mark
        "\u202e",  # right-to-left override
        "\u2066\u2069",  # an empty isolate
        "\u061c",  # Arabic letter mark
        "\U000e0041",  # a tag character
    ],
    ids=["LRM", "RLM", "RLO", "isolate", "ALM", "tag"],
)
@pytest.mark.parametrize("where", [3, None], ids=["one line", "every line"])
def test_an_invisible_format_character_after_a_location_line_keeps_the_posting(
    mark: str, where: int | None
) -> None:
    # today: an LRM after one location line merged its posting into the one before (9 postings,
    # no warning); after every line: no posting at all
    source = _after_location_lines(mark, where)
    page = pp.parse_page(source)
    assert _locations(page) == LOCATION_LINES
    assert _codes(page) == [pp.WarningCode.FORMAT_CHARACTERS]
    # the offsets still map back into the source
    for posting in page.postings:
        for loc in posting.locations:
            start = page.to_source_offset(loc.start)
            assert source[start : start + len(loc.raw)] == loc.raw
        start = page.to_source_offset(posting.span.start)
        body = posting.text.split("\n")[-1]
        at = page.to_source_offset(posting.span.end - len(body))
        assert source[at : at + len(body)] == body
        assert start == source.index(posting.locations[0].raw, max(0, start - 1))


def test_zero_width_characters_and_soft_hyphens_stay_silent() -> None:
    page = pp.parse_page(_after_location_lines("\u200b\u00ad"))
    assert _locations(page) == LOCATION_LINES
    assert page.warnings == []


def test_a_replaced_byte_inside_a_location_line_keeps_it_a_location_line() -> None:
    # today: the Edinburgh posting landed in related_content; 9 postings
    source = PAGE.encode().replace(b"Edinburgh", b"Edinb\xffrgh")
    page = pp.parse_page(source)
    assert _locations(page) == ["GB, MLN, Edinb\ufffdrgh", *LOCATION_LINES[1:]]
    assert _codes(page) == [pp.WarningCode.REPLACED_BYTES]
    [edinburgh] = page.postings[0].locations
    assert (edinburgh.country, edinburgh.region) == ("GB", "MLN")


def test_a_location_with_a_replaced_byte_is_flagged_on_its_posting() -> None:
    page = pp.parse_page(PAGE.encode().replace(b"Edinburgh", b"Edinb\xffrgh"))
    [edinburgh] = page.postings[0].locations
    assert not edinburgh.valid
    assert page.postings[0].warnings != []
    assert all(loc.valid for p in page.postings[1:] for loc in p.locations)


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
@pytest.mark.parametrize(
    "prolog",
    [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        "<?xml version='1.0'?>",
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n',
        "\n  <!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html>",
        '<?xml-stylesheet href="page.css"?>',
    ],
    ids=["XML declaration", "no encoding", "then a doctype", "comment, then doctype", "PI"],
)
def test_a_prolog_before_the_markup_keeps_every_posting(prolog: str, as_bytes: bool) -> None:
    # today: an XML declaration before the page raised EmptyInputError (all 10 postings lost)
    markup = MARKUP.removeprefix("<!DOCTYPE html>\n")
    source = prolog + markup
    page = pp.parse_page(source.encode() if as_bytes else source)
    assert _locations(page) == LOCATION_LINES
    assert page == pp.parse_page(markup)


def test_processing_instructions_inside_the_markup_are_read_past() -> None:
    source = MARKUP.replace("<h3>", '<?php echo "x"; ?><h3>')
    assert pp.parse_page(source) == pp.parse_page(MARKUP)


def test_text_after_the_end_of_the_document_is_kept() -> None:
    # today: dropped silently
    extra = "<p>US, MA, Boston</p><p>The Prime Video team is looking for an Applied Scientist.</p>"
    page = pp.parse_page(MARKUP + "\n" + extra)
    assert _locations(page) == [*LOCATION_LINES, "US, MA, Boston"]
    assert page.postings[-1].text.endswith("looking for an Applied Scientist.")
    plain = pp.parse_page(MARKUP + "\nUS, MA, Boston")
    assert plain.text.endswith("US, MA, Boston")


def _without(dump: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in dump.items() if k not in keys}


@pytest.mark.parametrize(
    "wrapper",
    [
        "<pre>{}</pre>",
        "<html><head><title>page.txt</title></head><body><pre>{}</pre></body></html>",
        '<html><body><pre style="word-wrap: break-word; white-space: pre-wrap;">\n{}</pre>',
        "<html><body><textarea>{}</textarea></body></html>",
        "<html><body><plaintext>{}",
    ],
    ids=["pre", "browser save", "pre-wrap", "textarea", "plaintext"],
)
def test_a_text_page_in_a_preformatted_element_parses_exactly_like_the_text(wrapper: str) -> None:
    # today: every line break lost, 0 postings
    text = pp.parse_page(PAGE)
    escaped = PAGE if "plaintext" in wrapper else html.escape(PAGE, quote=False)
    page = pp.parse_page(wrapper.format(escaped))
    assert page.is_html
    assert _without(page.model_dump(), "is_html") == _without(text.model_dump(), "is_html")


def test_preformatted_lines_are_lines_among_the_other_blocks() -> None:
    page = pp.parse_page(
        "<h2>Jobs</h2><pre>\nUS, WA, Seattle\n  Build  models.\n\n</pre><p>After</p>"
    )
    assert page.text == "Jobs\nUS, WA, Seattle\n  Build  models.\n\n\nAfter"
    assert [p.locations[0].city for p in page.postings] == ["Seattle"]
    assert page.postings[0].text == "US, WA, Seattle\n  Build  models.\n\n\nAfter"


RUSSIAN = "Мы ищем учёного, который строит модели машинного обучения."


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1251">',
        "<meta charset=windows-1251>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        "<meta content='text/html;charset=cp1251' http-equiv='content-type'>",
    ],
)
def test_a_declared_encoding_decodes_the_page(declaration: str) -> None:
    # today: mojibake, no warning (the declaration was never read)
    markup = (
        f"<html><head>{declaration}<title>Вакансия</title></head><body>"
        f"<p>GB, MLN, Edinburgh</p><p>{RUSSIAN}</p></body></html>"
    )
    page = pp.parse_page(markup.encode("cp1251"))
    assert page.postings[0].text == f"GB, MLN, Edinburgh\n{RUSSIAN}"
    assert page.warnings == []


def test_an_xml_declaration_s_encoding_decodes_the_page() -> None:
    markup = (
        f'<?xml version="1.0" encoding="windows-1251"?><p>GB, MLN, Edinburgh</p><p>{RUSSIAN}</p>'
    )
    assert RUSSIAN in pp.parse_page(markup.encode("cp1251")).text


def test_a_declared_latin_1_is_read_as_windows_1252() -> None:
    markup = '<meta charset="iso-8859-1"><p>US, WA, Seattle</p><p>Amazon’s “science” team — €</p>'
    page = pp.parse_page(markup.encode("cp1252"))
    assert "Amazon’s “science” team — €" in page.text


def test_the_caller_s_encoding_decodes_the_bytes() -> None:
    text = f"GB, MLN, Edinburgh\n{RUSSIAN}"
    assert RUSSIAN in pp.parse_page(text.encode("cp1251"), encoding="windows-1251").text
    assert RUSSIAN in pp.parse_posting(text.encode("koi8-r"), encoding="koi8-r").text
    # UTF-16 without a byte order mark: only the caller can say so
    assert RUSSIAN in pp.parse_page(text.encode("utf-16-le"), encoding="utf-16-le").text


def test_utf8_bytes_stay_utf8_whatever_the_declaration() -> None:
    # an HTTP charset or a template's meta often says ISO-8859-1 of a UTF-8 page
    markup = f'<meta charset="iso-8859-1"><p>GB, MLN, Edinburgh</p><p>{RUSSIAN}</p>'
    assert RUSSIAN in pp.parse_page(markup.encode(), encoding="iso-8859-1").text


@pytest.mark.parametrize(
    ("declaration", "hint"),
    [("<meta charset=utf-8>", None), ("<meta charset=no-such-encoding>", None), ("", "x-nope")],
)
def test_an_encoding_the_bytes_do_not_agree_with_is_left_with_a_warning(
    declaration: str, hint: str | None
) -> None:
    markup = f"{declaration}<p>US, WA, Seattle</p><p>Caf\xe9 team, na\xefve</p>"
    page = pp.parse_page(markup.encode("cp1252"), encoding=hint)
    assert "Café team, naïve" in page.text
    assert pp.WarningCode.DECLARED_ENCODING_IGNORED in _codes(page)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # real text from the employers corpus: windows-1252 quotes read as ISO-8859-1
        ("US, WA, Redmond\nMicrosoft\x92s products", "US, WA, Redmond\nMicrosoft’s products"),
        ("US, WA, Redmond\n\x93Leverages AI\x94 to", "US, WA, Redmond\n“Leverages AI” to"),
        ("US, WA, Redmond\nan undefined\x81 one", "US, WA, Redmond\nan undefined one"),
        ("US, WA, Redmond\n\x9b\x9c\x9d\x9e", "US, WA, Redmond\n›œž"),
    ],
)
def test_c1_controls_are_read_as_windows_1252_or_removed_with_a_warning(
    source: str, text: str
) -> None:
    # today: they survived into the text
    page = pp.parse_page(source)
    assert page.text == text
    assert _codes(page) == [pp.WarningCode.CONTROL_CHARACTERS]
    assert [loc.city for p in page.postings for loc in p.locations] == ["Redmond"]
