"""HTML input: the same models from HTML as from text, safely, from any markup."""

from __future__ import annotations

import time
from typing import Any

import pytest

import postings_parser as pp

from .conftest import FIXTURES

RENDERINGS = [
    "amazon_science_article_page.semantic.html",  # <article>, <section>, <h1>-<h3>, flattened jobs
    "amazon_science_article_page.divsoup.html",  # nested <div>s with classes, entities, real <ul>s
]


def _encodings(name: str) -> list[tuple[str, bytes]]:
    markup = (FIXTURES / name).read_text(encoding="utf-8")
    return [
        ("utf-8", markup.encode("utf-8")),
        ("utf-16", markup.encode("utf-16")),
        ("cp1252+charrefs", markup.encode("cp1252", errors="xmlcharrefreplace")),
        ("str", markup.encode("utf-8")),
    ]


def _assert_matches_gold(page: pp.Page, gold: dict[str, Any]) -> None:
    assert page.is_html
    assert page.article is not None
    assert page.article.title.text == gold["article"]["title"]
    assert page.article.dek is not None
    assert page.article.dek.text == gold["article"]["dek"]
    assert [q.text for q in page.article.questions] == gold["article"]["questions"]
    assert page.article.footnote is not None
    assert page.article.footnote.text == gold["article"]["footnote"]
    assert page.related_content is not None
    assert len(page.postings) == len(gold["postings"]) == 10
    for posting, g in zip(page.postings, gold["postings"], strict=True):
        [loc] = posting.locations
        assert (loc.raw, loc.country, loc.region, loc.city) == tuple(g["location"].values())
        r = posting.responsibilities
        assert ([i.text for i in r.items] if r else []) == g["responsibilities"]
        assert (r.intro if r else None) == g["responsibilities_intro"]
        got = [
            [(p.degree.value if p.degree else None, p.min_years) for p in q.paths]
            for q in posting.requirements
        ]
        assert got == [
            [(p["degree"], p["min_years"]) for p in q["paths"]] for q in g["requirements"]
        ]


@pytest.mark.parametrize("name", RENDERINGS)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252+charrefs", "str"])
def test_html_renderings_of_the_model_page_give_the_gold(
    name: str, encoding: str, page_gold: dict[str, Any]
) -> None:
    source: str | bytes = dict(_encodings(name))[encoding]
    if encoding == "str":
        assert isinstance(source, bytes)
        source = source.decode("utf-8")
    _assert_matches_gold(pp.parse_page(source), page_gold)


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One</p><p>Two &amp; three</p>", "One\nTwo & three"),
        ("<div>Line one<br>Line two</div>", "Line one\nLine two"),
        ("<ul><li>First</li><li>Second</li></ul>", "First\nSecond"),
        ("<p>Keep</p><script>var x = '<p>no</p>';</script><style>p {}</style>", "Keep"),
        ("<html><head><title>T</title></head><body><p>Body</p></body></html>", "Body"),
        ("<nav><a>Home</a></nav><header>Site</header><p>Main</p><footer>©</footer>", "Main"),
        ("<article><header><h1>Title</h1></header><p>Text</p></article>", "Title\nText"),
        ('<div class="cookie-banner">We use cookies</div><p>Content</p>', "Content"),
        ('<div role="navigation">Menu</div><p>Content</p>', "Content"),
        ("<p>caf&eacute; &#8212; na&iuml;ve&nbsp;text</p>", "café — naïve text"),
        ("<p>Un<b>bold</b>ed and <em>em</em> inline</p>", "Unbolded and em inline"),
        ('<div id="main" class="posting"><p>Kept</p></div>', "Kept"),
        ('<div id="nav"><p>Menu</p></div><p>Content</p>', "Content"),
        ('<div class="x"><p>A</p></div><div role="Banner"><p>Site</p></div>', "A"),
        ("<p>Tab\there\u2003and\u200bzero</p>", "Tab here andzero"),
        ("<p>Line\nbreak  and\xa0\xa0runs</p>", "Line break and runs"),
    ],
)
def test_markup_renders_to_blocks_of_text(markup: str, text: str) -> None:
    page = pp.parse_page(markup)
    assert page.text == text


# a real posting's text with a stray tag in it (Netflix, employers dev corpus)
_STRAY_TAG = (
    "Leads the partnership of a capability cuts across multiple teams.Embodies the <span>Netflix "
    "real values</span> while also bringing a new perspective to the team."
)


@pytest.mark.parametrize(
    ("source", "is_html", "cities"),
    [
        # text pages keep their lines: the location line still opens a posting
        (f"US, WA, Seattle\n{_STRAY_TAG}", False, ["Seattle"]),
        (
            "How we render pages\nWe turn every <br> and <p> into a line break.\n"
            "GB, MLN, Edinburgh\nKey job responsibilities Build parsers.",
            False,
            ["Edinburgh"],
        ),
        # markup: it starts with a tag, or tags are its structure
        ("<p>US, WA, Seattle</p><p>Key job responsibilities Build parsers.</p>", True, ["Seattle"]),
        ("  <!-- saved page --><p>US, WA, Seattle</p><p>Build parsers.</p>", True, ["Seattle"]),
        (
            "US, WA, Seattle<br>Key job responsibilities<ul><li>Build parsers</li>"
            "<li>Ship them</li></ul>",
            True,
            ["Seattle"],
        ),
    ],
)
def test_markup_is_told_from_text_with_a_stray_tag(
    source: str, is_html: bool, cities: list[str]
) -> None:
    page = pp.parse_page(source)
    assert page.is_html is is_html
    assert [loc.city for p in page.postings for loc in p.locations] == cities


@pytest.mark.parametrize(
    "markup",
    [
        "<div><p>Unclosed <b>tags<ul><li>US, WA, Seattle<li>text",
        "</ul></li><p>Stray closers</p></div></div>",
        "<p>Comment <!-- hidden --> and <![CDATA[ raw ]]> data</p>",
        "<p>NUL\x00 byte</p>",
        "<p>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</p>",
        "<p>Lone surrogate \udcff here</p>",
        "<?xml version='1.0'?><p>Processing instruction</p>",
        "<p>" * 2000 + "unclosed paragraphs",
    ],
)
def test_malformed_markup_parses_or_raises_a_typed_error(markup: str) -> None:
    try:
        page = pp.parse_page(markup)
    except pp.PostingsParserError:
        return
    assert page.is_html
    assert "".join(page.text[s.start : s.end] for s in page.segments) == page.text


def test_entities_are_not_expanded_and_nothing_external_is_loaded() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>&lol3; &xxe;</p><p>US, WA, Seattle</p><p>Text</p></body></html>"
    )
    start = time.perf_counter()
    page = pp.parse_page(bomb)
    assert time.perf_counter() - start < 5  # a guard against expansion, not a speed measure
    assert "lollollol" not in page.text
    assert "root:" not in page.text
    assert [loc.city for p in page.postings for loc in p.locations] == ["Seattle"]


def test_html_posting_gives_the_same_items_as_its_text() -> None:
    text = (
        "US, WA, Seattle\nWe are looking for talented Applied Scientists. Key job "
        "responsibilities As a Applied Scientist II, you will: * Conduct hands-on data analysis "
        "* Run regular A/B experiments"
    )
    markup = (
        "<div><p>US, WA, Seattle</p><p>We are looking for talented Applied Scientists.</p>"
        "<p><strong>Key job responsibilities</strong></p><p>As a Applied Scientist II, you "
        "will:</p><ul><li>Conduct hands-on data analysis</li><li>Run regular A/B experiments"
        "</li></ul></div>"
    )
    from_text, from_html = pp.parse_posting(text), pp.parse_posting(markup)
    assert from_text.responsibilities is not None
    assert from_html.responsibilities is not None
    for attr in ("heading", "intro"):
        assert getattr(from_html.responsibilities, attr) == getattr(
            from_text.responsibilities, attr
        )
    assert [i.text for i in from_html.responsibilities.items] == [
        i.text for i in from_text.responsibilities.items
    ]
    assert [x.raw for x in from_html.locations] == ["US, WA, Seattle"]


@pytest.mark.parametrize("depth", [300, 5000, 100_000])
def test_markup_nested_deeper_than_a_tree_parser_goes_keeps_its_text(depth: int) -> None:
    # the rendering reads the parser's events and keeps no tree: no depth is too deep for it
    markup = (
        "<p>US, WA, Seattle</p><script>var x;</script>"
        + "<div>" * depth
        + "Deep <b>text</b> &amp; more"
        + "</div>" * depth
        + "<p>After the nesting</p>"
    )
    page = pp.parse_page(markup)
    assert page.text.endswith("Deep text & more\nAfter the nesting")
    assert "var x" not in page.text
    assert page.warnings == []
