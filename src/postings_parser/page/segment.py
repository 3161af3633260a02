"""Stage 2: segment a page's blocks into the article, boilerplate blocks and posting blocks.

A posting block opens at a location line (``GB, MLN, Edinburgh``; several lines in a row are one
posting's locations) or at a careers-listing header (``Title US, WA, Seattle Job ID: 123 ...``)
and runs to the next one.  Before the first posting, a boilerplate heading (``Research areas``,
``Related content``) ends the article and opens a boilerplate block.  The segments cover the
normalized text exactly: each runs to where the next begins.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..models import SegmentKind
from ..normalize.blocks import Block, Normalized
from ..rules import en
from ..rules.limits import MAX_DEK, MAX_QUESTION
from .markers import MAX_LOCATION_LINES, is_careers_header, is_location_line

# headings of the page's blocks between an article and its postings -> the segment kind
_PAGE_SECTIONS: dict[str, SegmentKind] = en.PAGE_SECTION_HEADINGS  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class PieceOfPage:
    """A segment with the blocks inside it."""

    kind: SegmentKind
    start: int
    end: int
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class ArticleParts:
    """The article's blocks, by role."""

    title: Block
    dek: Block | None
    questions: tuple[Block, ...]
    paragraphs: tuple[Block, ...]
    footnotes: tuple[Block, ...]


def _boilerplate_kind(text: str) -> SegmentKind | None:
    return _PAGE_SECTIONS.get(text.rstrip(":").strip().casefold())


def segment_page(norm: Normalized) -> tuple[PieceOfPage, ...]:
    """Cut the page into segments; their spans tile ``[0, len(norm.text))``."""
    blocks = norm.blocks
    starts: list[tuple[SegmentKind, int]] = []  # (kind, index of the first block)
    seen_posting = False
    previous_is_location = False
    run = 0  # location lines in a row
    locations: list[bool] = []
    for i, block in enumerate(blocks):
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
        elif not seen_posting and (kind := _boilerplate_kind(text)):
            starts.append((kind, i))
        previous_is_location = location
    if not starts or starts[0][1] > 0:
        starts.insert(0, ("article", 0))
    starts = _end_flattened_postings(norm, starts, locations)
    pieces = []
    for n, (kind, first) in enumerate(starts):
        last = starts[n + 1][1] if n + 1 < len(starts) else len(blocks)
        start = 0 if n == 0 else blocks[first].start
        end = blocks[starts[n + 1][1]].start if n + 1 < len(starts) else len(norm.text)
        pieces.append(PieceOfPage(kind, start, end, blocks[first:last]))
    return tuple(pieces)


def _body_lines(locations: list[bool], first: int, last: int) -> int:
    """How many of a posting's blocks ``first:last`` follow its location lines."""
    i = first
    while i < last and locations[i]:
        i += 1
    return last - i


def _end_flattened_postings(
    norm: Normalized, starts: list[tuple[SegmentKind, int]], locations: list[bool]
) -> list[tuple[SegmentKind, int]]:
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


# a footnote marker glued to a word (``edition1``) and a footnote that starts with it (``1WiCV``)
_FOOTNOTE = regex.compile(r"(\d{1,2})(?=\p{L})|[*†‡](?=\s?\p{L})")


def _has_marker(body: str, number: str) -> bool:
    """Whether ``number`` stands glued to the end of a word of ``body`` (``edition1``)."""
    at = body.find(number)
    while at != -1:
        end = at + len(number)
        before = body[max(0, at - 2) : at]
        if len(before) == 2 and before.isalpha() and not body[end : end + 1].isalnum():
            return True
        at = body.find(number, at + 1)
    return False


def split_article(norm: Normalized, blocks: tuple[Block, ...]) -> ArticleParts | None:
    """Give each block of the article its role: title, dek, question, paragraph or footnote."""
    if not blocks:
        return None
    texts = [norm.block_text(b) for b in blocks]
    n_footnotes = 0
    if _FOOTNOTE.match(texts[-1]) and len(texts) > 1:  # look for markers only if a note ends it
        body = " ".join(texts[1:])
        for text in reversed(texts[1:]):
            m = _FOOTNOTE.match(text)
            if m is None or (m.group(1) is not None and not _has_marker(body, m.group(1))):
                break
            n_footnotes += 1
    main = blocks[1 : len(blocks) - n_footnotes]
    dek = None
    if len(main) >= 2 and len(texts[1]) <= MAX_DEK and not texts[1].endswith("?"):
        dek, main = main[0], main[1:]
    questions = tuple(
        b
        for i, b in enumerate(main)
        if i + 1 < len(main)
        and norm.block_text(b).endswith("?")
        and b.end - b.start <= MAX_QUESTION
    )
    return ArticleParts(
        title=blocks[0],
        dek=dek,
        questions=questions,
        paragraphs=tuple(b for b in main if b not in questions),
        footnotes=blocks[len(blocks) - n_footnotes :] if n_footnotes else (),
    )
