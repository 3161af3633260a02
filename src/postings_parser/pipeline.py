"""The pipeline, in the order the data flows:

1. :mod:`.normalize` — decode, clean, render HTML, cut into blocks;
2. :mod:`.page` — cut the page into article, boilerplate and posting pieces;
3. :mod:`.posting` — per posting: header, locations, sections, items, responsibilities,
   requirements;
4. :mod:`.models` — the validated result.

Each stage only consumes what the stages before it produced; :mod:`.rules` holds the data they
read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .errors import InvalidLocationError, NoPostingsError
from .models import (
    Article,
    Boilerplate,
    Item,
    Location,
    Page,
    ParseWarning,
    Posting,
    Section,
    Segment,
    Span,
    TextSpan,
    WarningCode,
    unvalidated,
)
from .normalize.blocks import Block, Normalized, blocks_after
from .normalize.text import normalize
from .page.segment import PieceOfPage, article_blocks, segment_page, split_article
from .posting.facts import find_facts
from .posting.header import Header, read_header
from .posting.items import SectionItems
from .posting.language import find_language
from .posting.lists import with_items
from .posting.location import parse_locations
from .posting.pay import find_pay
from .posting.requirements import find_requirements
from .posting.responsibilities import find_responsibilities
from .posting.sections import find_sections
from .rules.kinds import PREFERRED_KINDS, REQUIRED_KINDS

# the pipeline builds its models from values its stages have checked (models.unvalidated)
_Posting = unvalidated(Posting)
_Span = unvalidated(Span)
_TextSpan = unvalidated(TextSpan)
_Boilerplate = unvalidated(Boilerplate)
_Article = unvalidated(Article)
_Page = unvalidated(Page)
_Segment = unvalidated(Segment)


def _text_span(norm: Normalized, block: Block) -> TextSpan:
    return _TextSpan(text=norm.block_text(block), start=block.start, end=block.end)


def _locations(
    norm: Normalized, header: Header, *, strict: bool
) -> tuple[list[Location], list[ParseWarning]]:
    """The locations of the header's location lines, and a warning for each ISO 3166 does not
    know (an error with ``strict``)."""
    locations = [
        loc for s, e in header.location_spans for loc in parse_locations(norm.text[s:e], s)
    ]
    warnings = []
    for loc in locations:
        if not loc.valid:
            message = (
                f"the location {loc.raw!r} holds a replaced byte (U+FFFD)"
                if "\ufffd" in loc.raw
                else f"ISO 3166 does not know the location code(s) of {loc.raw!r}"
            )
            if strict:
                raise InvalidLocationError(message)
            warnings.append(
                ParseWarning(
                    code=WarningCode.INVALID_LOCATION, message=message, start=loc.start, end=loc.end
                )
            )
    return locations, warnings


def _body_blocks(blocks: Sequence[Block], body_start: int) -> Sequence[Block]:
    """The blocks after the header, the first one cut where the body starts."""
    return blocks_after(blocks, body_start)


def _location_span(header: Header) -> Span | None:
    spans = header.location_spans
    return _Span(start=spans[0][0], end=spans[-1][1]) if spans else None


def _items_of(sections: list[Section], kinds: frozenset[str]) -> list[Item]:
    return [item for s in sections if s.kind in kinds for item in s.items]


class _Opened(NamedTuple):
    """A posting block as the page layer cut it, with its header read."""

    blocks: Sequence[Block]
    start: int  # the posting's trimmed span
    end: int
    header: Header


def _open(norm: Normalized, blocks: Sequence[Block]) -> _Opened:
    """Read the header of the posting ``blocks`` hold."""
    start, end = blocks[0].start, blocks[-1].end
    return _Opened(blocks, start, end, read_header(norm, blocks, start, end))


def _languages(norm: Normalized, opened: list[_Opened]) -> list[str | None]:
    """The language of each posting's body, all of a page's read one after another (the
    identifier's tables are read once for them all, not between the other stages)."""
    return [find_language(norm.text, o.header.body_start, o.end) for o in opened]


def _build_posting(
    norm: Normalized, index: int, opened: _Opened, language: str | None, *, strict: bool
) -> Posting:
    """Build one posting from its blocks, header and language."""
    blocks, start, end, header = opened
    locations, warnings = _locations(norm, header, strict=strict)
    body_start = header.body_start
    sections = find_sections(norm, _body_blocks(blocks, body_start), body_start, end)
    items = SectionItems(norm)  # each section cut into items once, for every stage below
    sections = with_items(norm, sections, items)
    # every language's words: postings mix languages (a German posting with English lists)
    workplace, employment_types, visa = find_facts(norm.text, start, end)
    return _Posting(
        index=index,
        text=norm.text[start:end],
        span=_Span(start=start, end=end),
        title=header.title,
        job_id=header.job_id,
        posted_date=header.posted_date,
        location_span=_location_span(header),
        locations=locations,
        body=_Span(start=body_start, end=max(end, body_start)),
        language=language,
        sections=sections,
        responsibilities=find_responsibilities(norm, sections, items),
        qualifications=_items_of(sections, REQUIRED_KINDS),
        preferred_qualifications=_items_of(sections, PREFERRED_KINDS),
        requirements=find_requirements(norm, sections, items),
        pay=find_pay(norm.text, start, end, language=language),
        workplace=workplace,
        employment_types=employment_types,
        visa_sponsorship=visa,
        warnings=warnings,
    )


def _boilerplate(norm: Normalized, piece: PieceOfPage) -> Boilerplate:
    heading, *entries = piece.blocks
    return _Boilerplate(
        heading=_text_span(norm, heading),
        entries=[_text_span(norm, b) for b in entries],
        start=heading.start,
        end=piece.blocks[-1].end,
    )


def _article(norm: Normalized, blocks: Sequence[Block]) -> Article | None:
    """The page's article from its blocks (its title first; teaser boxes left out)."""
    parts = split_article(norm, blocks)
    if parts is None:
        return None
    footnotes = [_text_span(norm, b) for b in parts.footnotes]
    return _Article(
        title=_text_span(norm, parts.title),
        dek=_text_span(norm, parts.dek) if parts.dek else None,
        questions=[_text_span(norm, b) for b in parts.questions],
        paragraphs=[_text_span(norm, b) for b in parts.paragraphs],
        footnote=footnotes[0] if footnotes else None,
        footnotes=footnotes,
        start=blocks[0].start,
        end=blocks[-1].end,
    )


def parse_page(source: str | bytes, *, strict: bool = False, encoding: str | None = None) -> Page:
    """Parse a whole page (text or HTML, ``str`` or ``bytes``) into a :class:`Page`; ``encoding``
    names the bytes' encoding as the caller knows it (an HTTP charset), used when they agree.
    Lenient mode turns problems that leave a usable result (unknown location codes, replaced
    bytes, a page without postings) into ``warnings``; ``strict=True`` raises them as
    :class:`PostingsParserError` subclasses.  Input that gives no result always raises."""
    norm = normalize(source, strict=strict, encoding=encoding)
    pieces = segment_page(norm)
    warnings = list(norm.warnings)
    research_areas = related_content = None
    opened = [_open(norm, p.blocks) for p in pieces if p.kind == "posting"]
    languages = _languages(norm, opened)
    postings: list[Posting] = []
    for piece in pieces:  # the page's own boilerplate blocks stand before its first posting
        if piece.kind == "posting":
            n = len(postings)
            postings.append(_build_posting(norm, n, opened[n], languages[n], strict=strict))
        elif piece.kind == "research_areas" and research_areas is None and not postings:
            research_areas = _boilerplate(norm, piece)
        elif piece.kind == "related_content" and related_content is None and not postings:
            related_content = _boilerplate(norm, piece)
    if not postings:
        if strict:
            raise NoPostingsError("the page has no posting block (no location line or job header)")
        warnings.append(
            ParseWarning(code=WarningCode.NO_POSTINGS, message="the page has no posting block")
        )
    return _Page(
        text=norm.text,
        is_html=norm.is_html,
        article=_article(norm, article_blocks(pieces)),
        research_areas=research_areas,
        related_content=related_content,
        postings=postings,
        segments=[_Segment(kind=p.kind, start=p.start, end=p.end) for p in pieces],
        warnings=warnings,
        source_map=norm.source_map,
    )


def parse_posting(
    source: str | bytes, *, strict: bool = False, encoding: str | None = None
) -> Posting:
    """Parse one posting on its own (page block layout, careers-listing layout, or any text/HTML;
    ``encoding`` as for :func:`parse_page`).

    Offsets are into the posting's normalized text, which is ``Posting.text`` plus any blank
    space that surrounded it.
    """
    norm = normalize(source, strict=strict, encoding=encoding)
    opened = _open(norm, norm.blocks)
    [language] = _languages(norm, [opened])
    posting = _build_posting(norm, 0, opened, language, strict=strict)
    if norm.warnings:
        posting = posting.model_copy(update={"warnings": [*norm.warnings, *posting.warnings]})
    return posting
