"""Stage 2: segment a page's blocks into the article, boilerplate blocks and posting blocks.

A posting block opens at a location line (``GB, MLN, Edinburgh``; several lines in a row are one
posting's locations) or at a careers-listing header (``Title US, WA, Seattle Job ID: 123 ...``)
and runs to the next one.  Before the first posting, a boilerplate heading (``Research areas``,
``Related content``) ends the article and opens a boilerplate block, unless it is an inline
teaser box (the heading, one teaser line, and the article goes on).  Captions and credits before
the article's title, teaser boxes and the site's footer after the last posting are boilerplate
blocks of their own.  The segments cover the normalized text exactly: each runs to where the
next begins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import SegmentKind
from ..normalize.blocks import Block, Normalized
from ..rules import LANGUAGES
from ..rules.limits import MAX_TEASER_LINE
from .article import ArticleParts, is_footnote, split_article, title_index
from .footer import footer_start
from .lines import is_prose, is_site_link
from .markers import MAX_LOCATION_LINES, is_careers_header, is_location_line

__all__ = ["ArticleParts", "PieceOfPage", "article_blocks", "segment_page", "split_article"]

# headings of the page's blocks between an article and its postings -> the segment kind
_PAGE_SECTIONS: dict[str, SegmentKind] = {
    heading: kind
    for module in LANGUAGES.values()
    for heading, kind in getattr(module, "PAGE_SECTION_HEADINGS", {}).items()
}

Start = tuple[SegmentKind, int]  # a segment's kind and the index of its first block


@dataclass(frozen=True, slots=True)
class PieceOfPage:
    """A segment with the blocks inside it."""

    kind: SegmentKind
    start: int
    end: int
    blocks: Sequence[Block]


def _boilerplate_kind(text: str) -> SegmentKind | None:
    return _PAGE_SECTIONS.get(text.rstrip(":").strip().casefold())


def segment_page(norm: Normalized) -> tuple[PieceOfPage, ...]:
    """Cut the page into segments; their spans tile ``[0, len(norm.text))``."""
    starts, locations = _marker_starts(norm)
    starts = _with_article(norm, starts)
    starts = _with_inline_teasers(norm, starts)
    starts = _with_footer(norm, starts, locations)
    starts = _end_flattened_postings(norm, starts, locations)
    return _pieces(norm, starts)


def _marker_starts(norm: Normalized) -> tuple[list[Start], bytearray]:
    """Where postings start (location lines, careers headers) and, before the first posting,
    boilerplate headings; and for each block whether it is a location line."""
    starts: list[Start] = []
    seen_posting = False
    previous_is_location = False
    run = 0  # location lines in a row
    locations = bytearray()  # a byte per block: 1 where it is a location line
    for i, block in enumerate(norm.blocks):
        text = norm.block_text(block)
        location = is_location_line(text)
        locations.append(location)
        if location or is_careers_header(text):
            # consecutive location lines are one posting's locations (up to a sane number)
            run = run + 1 if location and previous_is_location else 1
            continued = previous_is_location and starts and starts[-1][0] == "posting"
            if not continued or run > MAX_LOCATION_LINES:
                starts.append(("posting", i))
                run = 1
            seen_posting = True
        elif not seen_posting and (kind := _boilerplate_kind(text)) and not _in_links(norm, i):
            starts.append((kind, i))
        previous_is_location = location
    return starts, locations


def _in_links(norm: Normalized, i: int) -> bool:
    """Whether block ``i`` is a link of the site's navigation or footer: the site's links
    follow it (``Research areas``, ``Blog``, ``Publications``)."""
    following = norm.blocks[i + 1 : i + 3]
    return len(following) == 2 and all(is_site_link(norm.block_text(b)) for b in following)


def _with_article(norm: Normalized, starts: list[Start]) -> list[Start]:
    """The article opens the page at its title; captions and credits before the title are a
    boilerplate segment of their own."""
    first = starts[0][1] if starts else len(norm.blocks)
    if first == 0:
        return starts
    title = title_index(norm, norm.blocks[:first])
    lead: list[Start] = [("boilerplate", 0)] if title > 0 else []
    return [*lead, ("article", title), *starts]


def _is_inline(norm: Normalized, heading: int, end: int, sections_follow: bool) -> bool:
    """Whether the boilerplate heading at ``heading`` opens a teaser box inside the article:
    one teaser line, then the article again up to ``end`` (the next segment) — a sentence
    where the page's own boilerplate blocks follow (``sections_follow``), else two of them, one
    a paragraph or a question (not the deks of a teaser list), or the article's footnote."""
    if end - heading < 3 or len(norm.block_text(norm.blocks[heading + 1])) > MAX_TEASER_LINE:
        return False
    texts = [norm.block_text(b) for b in norm.blocks[heading + 2 : end]]
    prose = sum(is_prose(t) or t.endswith("?") or len(t) > MAX_TEASER_LINE for t in texts)
    if sections_follow or any(is_footnote(t) for t in texts):
        return prose >= 1
    body = any(t.endswith("?") or len(t) > MAX_TEASER_LINE for t in texts)
    return prose >= 2 and body


def _with_inline_teasers(norm: Normalized, starts: list[Start]) -> list[Start]:
    """Teaser boxes inside the article become boilerplate segments after which the article
    goes on; the first boilerplate heading that is not one ends the article."""
    out: list[Start] = []
    in_article = False
    for n, (kind, first) in enumerate(starts):
        if in_article and kind != "posting":
            end = starts[n + 1][1] if n + 1 < len(starts) else len(norm.blocks)
            follows = n + 1 < len(starts) and starts[n + 1][0] != "posting"
            if _is_inline(norm, first, end, follows):
                out += [("boilerplate", first), ("article", first + 2)]
                continue
        in_article = kind == "article"
        out.append((kind, first))
    return out


def _with_footer(norm: Normalized, starts: list[Start], locations: bytearray) -> list[Start]:
    """The site's footer after the last posting (links, notices) is a boilerplate segment;
    the posting keeps its location lines and at least one line of its body."""
    if not starts or starts[-1][0] != "posting":
        return starts
    body = starts[-1][1]
    while body < len(locations) and locations[body]:
        body += 1
    footer = footer_start(norm, max(body, starts[-1][1]) + 1)
    return starts if footer is None else [*starts, ("boilerplate", footer)]


def _pieces(norm: Normalized, starts: list[Start]) -> tuple[PieceOfPage, ...]:
    """The segments that ``starts`` open, each running to where the next one starts."""
    blocks = norm.blocks
    pieces = []
    for n, (kind, first) in enumerate(starts):
        last = starts[n + 1][1] if n + 1 < len(starts) else len(blocks)
        start = 0 if n == 0 else norm.block_starts[first]
        end = norm.block_starts[last] if n + 1 < len(starts) else len(norm.text)
        pieces.append(PieceOfPage(kind, start, end, blocks[first:last]))
    return tuple(pieces)


def article_blocks(pieces: tuple[PieceOfPage, ...]) -> Sequence[Block]:
    """The blocks of the page's own article: its first article segment and the rest of it
    after each teaser box inside it."""
    blocks: list[Block] = []
    previous: SegmentKind | None = None
    for piece in pieces:
        if piece.kind == "article" and (not blocks or previous == "boilerplate"):
            blocks.extend(piece.blocks)
        elif blocks and piece.kind != "boilerplate":
            break
        previous = piece.kind
    return tuple(blocks)


def _body_lines(locations: bytearray, first: int, last: int) -> int:
    """How many of a posting's blocks ``first:last`` follow its location lines."""
    i = first
    while i < last and locations[i]:
        i += 1
    return last - i


def _end_flattened_postings(
    norm: Normalized, starts: list[Start], locations: bytearray
) -> list[Start]:
    """On a page of flattened postings (a location line, then the whole posting on one line),
    a posting ends with its line: where a boilerplate heading (``Research areas``) follows it,
    what lies between is the next article (pages run together: ``cat page1 page2``), not more
    of the posting.  The layout must be the page's own: most of its postings are one line."""
    blocks = norm.blocks
    bounds = [first for _, first in starts[1:]] + [len(blocks)]
    postings = [
        (n, _body_lines(locations, first, bounds[n]))
        for n, (kind, first) in enumerate(starts)
        if kind == "posting"
    ]
    if len(postings) < 2 or 2 * sum(lines == 1 for _, lines in postings) < len(postings):
        return starts
    out = list(starts)
    for n, lines in reversed(postings):  # from the end, so that indices stay valid
        last = bounds[n]
        body = last - lines  # the posting's one line
        tail = [
            (kind, i)
            for i in range(body + 1, last)
            if (kind := _boilerplate_kind(norm.block_text(blocks[i]))) is not None
        ]
        if lines < 2 or not tail:
            continue
        if tail[0][1] > body + 1:
            tail.insert(0, ("article", body + 1))
        out[n + 1 : n + 1] = tail
    return out
