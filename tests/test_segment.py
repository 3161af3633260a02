"""Segmenting pages into article, boilerplate and posting blocks, beyond the model page."""

from __future__ import annotations

import pytest

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


# postings written over several lines are not flattened: a "Tags" line inside one is text
MULTI_LINE = (
    "US, WA, Seattle\nFirst line of the posting.\nTags\nMore of the same posting.\n"
    "US, NY, New York\nAnother posting.\nIts second line.\n"
)
# flattened postings followed by the next article and its boilerplate end at their line
FLATTENED = (
    "US, WA, Seattle\nThe whole first posting on one line.\n"
    "US, NY, New York\nThe whole second posting on one line.\n"
    "A next article title\nIts first paragraph.\nRelated content\nSome link\n"
)


@pytest.mark.parametrize(
    ("page", "postings"),
    [
        (
            MULTI_LINE,
            [
                "US, WA, Seattle\nFirst line of the posting.\nTags\nMore of the same posting.",
                "US, NY, New York\nAnother posting.\nIts second line.",
            ],
        ),
        (
            FLATTENED,
            [
                "US, WA, Seattle\nThe whole first posting on one line.",
                "US, NY, New York\nThe whole second posting on one line.",
            ],
        ),
    ],
    ids=["multi-line postings keep a Tags line", "flattened postings end at their line"],
)
def test_postings_keep_exactly_their_own_lines(page: str, postings: list[str]) -> None:
    assert [p.text for p in pp.parse_page(page).postings] == postings


def test_what_follows_flattened_postings_is_the_next_article_and_its_boilerplate() -> None:
    parsed = pp.parse_page(FLATTENED)
    assert [s.kind for s in parsed.segments] == ["posting", "posting", "article", "related_content"]
    # the page's own boilerplate blocks stand before its first posting: these are the next page's
    assert parsed.related_content is None
    last = parsed.segments[-1]
    assert parsed.text[last.start : last.end] == "Related content\nSome link\n"


# --- the article's head, teaser boxes and the site's footer, by form ----------------------------
# real lines of the sample page (tests/fixtures/amazon_science_article_page.txt)
TITLE = "How one Amazon scientist views the challenges facing women in computer vision"
DEK = (
    "Amaia Salvador helped organize this week's Women in Computer Vision workshop held in "
    "conjunction with ECCV 20."
)
QUESTION = (
    "Are there issues specific to the field of computer vision (CV) that make the field more "
    "or less likely to attract women?"
)
ANSWER = (
    "Computer vision is a subfield of computer science, thus it directly inherits the same "
    "gender gap. If only 18% of the students graduating from computer science degrees in the "
    "US are women, how can we expect to have 50% female representation in CV? It’s not a "
    "matter of women choosing CV over other computer science fields or vice versa."
)
PARAGRAPH = (
    "In computer science, or STEM fields in general, we lose women at every step of the ladder, "
    "both in industry and academia, and while the reasons vary, there are clear patterns that "
    "cannot be ignored. Harmful stereotypes, the lack of female representation, and lack of "
    "work-life balance throughout the tech community are some of the reasons."
)
# a posting as the page lays it out (its location line, then its text on one line)
POSTING = (
    "US, WA, Seattle\nPrime Video is a first-stop entertainment destination offering customers "
    "a vast collection of premium programming in one app available across thousands of devices."
)


def _page(*paragraphs: str, tail: str = "") -> str:
    """A page of the sample's layout: paragraphs set apart by blank lines, the page's own
    boilerplate headings, one posting, and ``tail`` after it."""
    body = "\n\n".join(paragraphs)
    return f"{body}\n\nResearch areas\n\nRelated content\n\n{POSTING}\n{tail}"


@pytest.mark.parametrize(
    ("lead", "boilerplate"),
    [
        (["SfM.gif"], "SfM.gif"),
        (["Credit: Glynis Condon"], "Credit: Glynis Condon"),
        (
            [
                "Amaia Salvador\nAmaia Salvador is a computer vision applied scientist and an "
                "organizer of the Women in Computer Vision workshop."
            ],
            None,
        ),
        (["SfM.gif\nThe Prime Video structure-from-motion system at work"], None),
        (["Larry Davis.jpeg\nLarry Davis, senior principal scientist for Amazon Fashion."], None),
        (["The Prime Video structure-from-motion system at work", "Credit: Amazon"], None),
        (
            [
                "Interspeech\nThis year's Interspeech will be held in Graz, Austria\n"
                "Photo courtesy of Getty Images"
            ],
            None,
        ),
        (["Figure 1: The structure-from-motion pipeline"], None),
    ],
    ids=[
        "file name",
        "credit",
        "portrait: name and caption sentence",
        "file name and caption",
        "file name with a space and caption",
        "caption and its credit",
        "alt text, caption and credit",
        "numbered figure caption",
    ],
)
def test_captions_before_the_title_are_boilerplate_not_the_title(
    lead: list[str], boilerplate: str | None
) -> None:
    page = pp.parse_page(_page(*lead, TITLE, DEK, PARAGRAPH))
    assert page.article is not None
    assert page.article.title.text == TITLE
    assert page.article.dek is not None
    assert page.article.dek.text == DEK
    first = page.segments[0]
    assert first.kind == "boilerplate"
    assert page.text[first.start : first.end].strip() == (boilerplate or "\n\n".join(lead))


def test_the_h1_is_the_title_after_a_caption_that_reads_as_a_headline() -> None:
    html = (
        "<figure><figcaption>The Prime Video structure-from-motion system at work</figcaption>"
        f"</figure><h1>{TITLE}</h1><p>{DEK}</p><p>{PARAGRAPH}</p><h2>Research areas</h2>"
        f"<div class='job'><div class='location'>US, WA, Seattle</div><p>{POSTING[16:]}</p></div>"
    )
    page = pp.parse_page(html)
    assert page.article is not None
    assert page.article.title.text == TITLE
    assert page.article.dek is not None
    assert page.article.dek.text == DEK


@pytest.mark.parametrize(
    ("under_title", "dek"),
    [
        ([DEK, PARAGRAPH], DEK),
        ([PARAGRAPH], None),
        (["By Staff writer", "August 21, 2020", PARAGRAPH], None),
        (["Amaia Salvador", PARAGRAPH], None),
        ([ANSWER, PARAGRAPH], None),  # two sentences
        ([QUESTION, ANSWER], None),
        (
            [
                "At this year's conference, we present a pair of papers that indicate the range "
                "of problems we work on.",
                PARAGRAPH,
            ],
            None,
        ),
        (["SfM.gif\nThe Prime Video structure-from-motion system at work.", PARAGRAPH], None),
    ],
    ids=[
        "one short sentence",
        "a long first paragraph",
        "byline and date",
        "a name",
        "two sentences",
        "a question",
        "the author's we",
        "a figure",
    ],
)
def test_a_dek_is_one_short_sentence_of_the_editor_right_under_the_title(
    under_title: list[str], dek: str | None
) -> None:
    page = pp.parse_page(_page(TITLE, *under_title))
    assert page.article is not None
    assert page.article.title.text == TITLE
    assert (page.article.dek.text if page.article.dek else None) == dek


@pytest.mark.parametrize(
    "teaser",
    [
        "Amazon at ECCV 2020",
        "Three papers at CVPR present complementary methods to improve product discovery.",
    ],
    ids=["a teaser title", "a teaser sentence"],
)
def test_a_teaser_box_inside_the_article_does_not_end_it(teaser: str) -> None:
    page = pp.parse_page(
        _page(TITLE, DEK, PARAGRAPH, f"Related content\n{teaser}", QUESTION, ANSWER, PARAGRAPH)
    )
    assert page.article is not None
    assert [q.text for q in page.article.questions] == [QUESTION]
    kinds = [s.kind for s in page.segments]
    assert kinds == [
        "article", "boilerplate", "article", "research_areas", "related_content", "posting"
    ]  # fmt: skip
    teaser_box = page.segments[1]
    assert page.text[teaser_box.start : teaser_box.end].strip() == f"Related content\n{teaser}"
    assert page.related_content is not None
    assert page.related_content.entries == []


@pytest.mark.parametrize(
    "footer",
    [
        "Privacy Notice\nConditions of Use\n© 1996-2026 Amazon.com, Inc. or its affiliates",
        "Research areas\nBlog\nPublications\nCareers",
        "Amazon Science\nResearch areas\nBlog\nPublications\nCareers\nFollow us",
        "Privacy | Conditions of Use | Your Ads Privacy Choices",
        "Privacy Notice Conditions of Use © 1996-2026 Amazon.com, Inc. or its affiliates",
        "We use cookies to improve your experience on our site.\n"
        "By continuing to browse, you agree to this use.\nAccept all\nCustomize cookies",
    ],
    ids=[
        "legal links and copyright",
        "link list",
        "link list under the site's name",
        "links on one line",
        "links and copyright on one line",
        "cookie notice",
    ],
)
def test_the_sites_footer_after_the_only_posting_is_boilerplate(footer: str) -> None:
    page = pp.parse_page(_page(TITLE, DEK, PARAGRAPH, tail=footer + "\n"))
    [posting] = page.postings
    assert posting.text == POSTING
    assert [s.kind for s in page.segments][-2:] == ["posting", "boilerplate"]
    last = page.segments[-1]
    assert page.text[last.start : last.end].strip() == footer
    assert page.research_areas is not None  # the page's own, before the posting


def test_a_posting_that_ends_with_short_lines_keeps_them() -> None:
    tail = "Key job responsibilities\nBuild models\nShip them"
    page = pp.parse_page(_page(TITLE, DEK, PARAGRAPH, tail=tail + "\n"))
    assert page.postings[0].text == f"{POSTING}\n{tail}"
    assert page.segments[-1].kind == "posting"


def test_a_link_list_before_the_title_opens_no_section() -> None:
    page = pp.parse_page("Research areas\nBlog\nPublications\n\n" + _page(TITLE, DEK, PARAGRAPH))
    assert page.article is not None
    assert page.article.title.text == TITLE
    assert page.research_areas is not None
    assert page.research_areas.entries == []
