"""The pipeline: normalize -> segment -> per posting (header, sections, items,
requirements) -> models.

Each stage is its own module and only consumes what the stage before it produced.
"""

from __future__ import annotations

from .errors import InvalidLocationError, NoPostingsError
from .models import (
    Article,
    Boilerplate,
    Page,
    ParseWarning,
    Posting,
    Segment,
    Span,
    TextSpan,
    WarningCode,
)
from .normalize.blocks import Block, Normalized
from .normalize.text import normalize
from .page.segment import PieceOfPage, segment_page, split_article
from .posting.header import read_header
from .posting.items import SectionItems
from .posting.location import parse_locations
from .posting.requirements import find_requirements
from .posting.responsibilities import find_responsibilities
from .posting.sections import find_sections


def _text_span(norm: Normalized, block: Block) -> TextSpan:
    return TextSpan(text=norm.block_text(block), start=block.start, end=block.end)


def _build_posting(
    norm: Normalized, index: int, blocks: tuple[Block, ...], start: int, end: int, *, strict: bool
) -> Posting:
    """Build one posting from its blocks; ``start:end`` is its trimmed span."""
    header = read_header(norm, blocks, start, end)
    warnings: list[ParseWarning] = []
    locations = [
        loc for s, e in header.location_spans for loc in parse_locations(norm.text[s:e], s)
    ]
    for loc in locations:
        if not loc.valid:
            message = f"ISO 3166 does not know the location code(s) of {loc.raw!r}"
            if strict:
                raise InvalidLocationError(message)
            warnings.append(
                ParseWarning(
                    code=WarningCode.INVALID_LOCATION, message=message, start=loc.start, end=loc.end
                )
            )
    body_blocks = tuple(
        b if b.start >= header.body_start else b._replace(start=header.body_start)
        for b in blocks
        if b.end > header.body_start
    )
    sections = find_sections(norm, body_blocks, header.body_start, end)
    items = SectionItems(norm)  # each section cut into items once, for both stages below
    location_span = (
        Span(start=header.location_spans[0][0], end=header.location_spans[-1][1])
        if header.location_spans
        else None
    )
    return Posting(
        index=index,
        text=norm.text[start:end],
        span=Span(start=start, end=end),
        title=header.title,
        job_id=header.job_id,
        posted_date=header.posted_date,
        location_span=location_span,
        locations=locations,
        body=Span(start=header.body_start, end=max(end, header.body_start)),
        sections=sections,
        responsibilities=find_responsibilities(norm, sections, items),
        requirements=find_requirements(norm, sections, items),
        warnings=warnings,
    )


def _posting_from_piece(
    norm: Normalized, index: int, piece: PieceOfPage, *, strict: bool
) -> Posting:
    blocks = piece.blocks
    return _build_posting(norm, index, blocks, blocks[0].start, blocks[-1].end, strict=strict)


def _boilerplate(norm: Normalized, piece: PieceOfPage) -> Boilerplate:
    heading, *entries = piece.blocks
    return Boilerplate(
        heading=_text_span(norm, heading),
        entries=[_text_span(norm, b) for b in entries],
        start=heading.start,
        end=piece.blocks[-1].end,
    )


def _article(norm: Normalized, piece: PieceOfPage) -> Article | None:
    parts = split_article(norm, piece.blocks)
    if parts is None:
        return None
    footnotes = [_text_span(norm, b) for b in parts.footnotes]
    return Article(
        title=_text_span(norm, parts.title),
        dek=_text_span(norm, parts.dek) if parts.dek else None,
        questions=[_text_span(norm, b) for b in parts.questions],
        paragraphs=[_text_span(norm, b) for b in parts.paragraphs],
        footnote=footnotes[0] if footnotes else None,
        footnotes=footnotes,
        start=piece.blocks[0].start,
        end=piece.blocks[-1].end,
    )


def parse_page(source: str | bytes, *, strict: bool = False) -> Page:
    """Parse a whole page (text or HTML, ``str`` or ``bytes``) into a :class:`Page`.

    In the default lenient mode, problems that leave a usable result (unknown location codes,
    replaced bytes, a page without postings) become ``warnings``; with ``strict=True`` they raise
    a :class:`PostingsParserError` subclass.  Input that gives no result at all (not text, empty)
    always raises.
    """
    norm = normalize(source, strict=strict)
    pieces = segment_page(norm)
    warnings = list(norm.warnings)
    article = research_areas = related_content = None
    postings: list[Posting] = []
    for piece in pieces:
        if piece.kind == "posting":
            postings.append(_posting_from_piece(norm, len(postings), piece, strict=strict))
        elif piece.kind == "article" and article is None:  # the page's own: the first one
            article = _article(norm, piece)
        elif piece.kind == "research_areas" and research_areas is None:
            research_areas = _boilerplate(norm, piece)
        elif piece.kind == "related_content" and related_content is None:
            related_content = _boilerplate(norm, piece)
    if not postings:
        if strict:
            raise NoPostingsError("the page has no posting block (no location line or job header)")
        warnings.append(
            ParseWarning(code=WarningCode.NO_POSTINGS, message="the page has no posting block")
        )
    return Page(
        text=norm.text,
        is_html=norm.is_html,
        article=article,
        research_areas=research_areas,
        related_content=related_content,
        postings=postings,
        segments=[Segment(kind=p.kind, start=p.start, end=p.end) for p in pieces],
        warnings=warnings,
        source_map=list(norm.source_map),
    )


def parse_posting(source: str | bytes, *, strict: bool = False) -> Posting:
    """Parse one posting on its own (page block layout, careers-listing layout, or any text/HTML).

    Offsets are into the posting's normalized text, which is ``Posting.text`` plus any blank
    space that surrounded it.
    """
    norm = normalize(source, strict=strict)
    blocks = norm.blocks
    posting = _build_posting(norm, 0, blocks, blocks[0].start, blocks[-1].end, strict=strict)
    if norm.warnings:
        posting = posting.model_copy(update={"warnings": [*norm.warnings, *posting.warnings]})
    return posting
