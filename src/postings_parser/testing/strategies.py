"""Hypothesis strategies for realistic pages and postings, with the structure they must parse to.

For property tests of code that consumes this library's output::

    from hypothesis import given
    from postings_parser import parse_posting
    from postings_parser.strategies import postings

    @given(postings())
    def test_my_loader(example):
        posting = parse_posting(example.text)
        assert [i.text for i in posting.responsibilities.items] == example.items

Each example carries its source text and what the parser must find in it: the locations (real
ISO 3166 codes drawn from pycountry), the responsibilities intro and items (in one of the bullet
layouts real pages use), and the requirement paths.  Needs ``hypothesis`` (the ``test`` extra).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from hypothesis import strategies as st

from ..models import Degree

__all__ = [
    "ExpectedLocation",
    "PageExample",
    "PostingExample",
    "location_lines",
    "pages",
    "postings",
    "requirement_sentences",
    "responsibility_items",
]


@dataclass(frozen=True)
class ExpectedLocation:
    """A location line's expected parse."""

    country: str
    region: str | None
    city: str


@dataclass(frozen=True)
class PostingExample:
    """A generated posting block and what it must parse to."""

    text: str
    locations: list[ExpectedLocation]
    intro: str | None
    items: list[str]
    requirements: list[list[tuple[Degree | None, float | None]]] = field(default_factory=list)


@dataclass(frozen=True)
class PageExample:
    """A generated page: an article, boilerplate blocks, then posting blocks."""

    text: str
    title: str
    postings: list[PostingExample]


_CITIES = (
    "Seattle", "Edinburgh", "Tel Aviv", "Tokyo", "Madrid", "Toronto", "Berlin", "Austin",
    "San Francisco", "New York", "Bengaluru", "Luxembourg", "Turin", "North Reading",
)  # fmt: skip
_VERBS = (
    "Build", "Design", "Develop", "Lead", "Own", "Partner with", "Drive", "Collaborate with",
    "Mentor", "Analyze", "Deploy", "Research", "Define", "Establish", "Publish",
)  # fmt: skip
_OBJECTS = (
    "scalable data pipelines for ranking", "experiments that measure customer impact",
    "models for demand forecasting", "engineers across the organization",
    "the science roadmap of the team", "tools that automate manual review",
    "large language model evaluation", "metrics for search relevance",
    "production systems at low latency", "findings in top conferences and journals",
)  # fmt: skip
_FIELDS = ("Computer Science", "Statistics", "Machine Learning", "Economics", "Physics")
_DESCRIPTION = (
    "Our team builds the systems that help customers find what they need.",
    "We work at the intersection of science and engineering.",
    "You will join a small team with a large mandate.",
    "We value diverse experiences and a bias for action.",
)
_INTROS = ("As an Applied Scientist, you will:", "In this role, you will:", None)


@lru_cache(maxsize=1)
def _subdivisions() -> tuple[tuple[str, str], ...]:
    """(country, region) pairs that ISO 3166-2 knows and a location line can write."""
    pairs = []
    for sub in pycountry.subdivisions:
        country, _, region = str(sub.code).partition("-")
        if region.isalnum() and len(region) <= 3 and region == region.upper():
            pairs.append((country, region))
    return tuple(sorted(pairs))


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    return tuple(sorted(str(c.alpha_2) for c in pycountry.countries))


@st.composite
def location_lines(draw: st.DrawFn) -> tuple[str, ExpectedLocation]:
    """A location line with real ISO codes (``GB, MLN, Edinburgh`` or ``IL, Tel Aviv``)."""
    city = draw(st.sampled_from(_CITIES))
    if draw(st.booleans()):
        country, region = draw(st.sampled_from(_subdivisions()))
        return f"{country}, {region}, {city}", ExpectedLocation(country, region, city)
    country = draw(st.sampled_from(_countries()))
    return f"{country}, {city}", ExpectedLocation(country, None, city)


@st.composite
def responsibility_items(draw: st.DrawFn) -> tuple[str, str | None, list[str]]:
    """A flattened "Key job responsibilities" section: (text, intro, items), in one of the
    layouts real pages use: ``*`` or ``-`` bullets after an intro, ``•`` bullets, or sentences."""
    n = draw(st.integers(min_value=1, max_value=6))
    items = [f"{draw(st.sampled_from(_VERBS))} {draw(st.sampled_from(_OBJECTS))}" for _ in range(n)]
    layout = draw(st.sampled_from(["star", "hyphen", "dot", "sentences"]))
    if layout == "sentences":
        sentences = [f"{item}." for item in items]
        return "Key job responsibilities " + " ".join(sentences), None, sentences
    intro = draw(st.sampled_from(_INTROS)) if layout != "dot" else None
    mark = {"star": "*", "hyphen": "-", "dot": "•"}[layout]
    body = " ".join(f"{mark} {item}" for item in items)
    head = f"Key job responsibilities {intro} " if intro else "Key job responsibilities "
    return head + body, intro, items


@st.composite
def requirement_sentences(
    draw: st.DrawFn,
) -> tuple[str, list[tuple[Degree | None, float | None]]]:
    """A qualification sentence and its paths as (degree, min_years)."""
    years = draw(st.integers(min_value=1, max_value=12))
    subject = draw(st.sampled_from(_FIELDS))
    forms: list[tuple[str, list[tuple[Degree | None, float | None]]]] = [
        (f"{years}+ years of experience in {subject}", [(None, float(years))]),
        (f"Bachelor's degree in {subject}", [(Degree.BACHELOR, None)]),
        (
            f"PhD, or Master's degree and {years}+ years of {subject} experience",
            [(Degree.DOCTORATE, None), (Degree.MASTER, float(years))],
        ),
        (f"At least {years} years of experience with {subject}", [(None, float(years))]),
        (
            f"Bachelor's or Master's degree in {subject} and {years}+ years of experience",
            [(Degree.BACHELOR, float(years)), (Degree.MASTER, float(years))],
        ),
    ]
    return draw(st.sampled_from(forms))


@st.composite
def postings(draw: st.DrawFn) -> PostingExample:
    """A posting block as on an amazon.science page: location line, description, sections."""
    line, location = draw(location_lines())
    description = " ".join(draw(st.lists(st.sampled_from(_DESCRIPTION), min_size=1, max_size=3)))
    section, intro, items = draw(responsibility_items())
    requirements = draw(st.lists(requirement_sentences(), max_size=3))
    body = f"{description} {section}"
    if requirements:
        body += " Basic Qualifications " + " ".join(f"- {s}" for s, _ in requirements)
    return PostingExample(
        text=f"{line}\n{body}",
        locations=[location],
        intro=intro,
        items=items,
        requirements=[paths for _, paths in requirements],
    )


@st.composite
def pages(draw: st.DrawFn) -> PageExample:
    """A page: article title, dek and paragraphs, "Research areas", "Related content", postings."""
    title = draw(st.sampled_from(["How one scientist views the field", "A new model for search"]))
    paragraphs = draw(st.lists(st.sampled_from(_DESCRIPTION), min_size=1, max_size=4))
    blocks = draw(st.lists(postings(), min_size=1, max_size=5))
    article = "\n\n".join([title, "A short standfirst about the article.", *paragraphs])
    text = article + "\n\nResearch areas\n\nRelated content\n\n" + "\n".join(b.text for b in blocks)
    return PageExample(text=text, title=title, postings=blocks)
