"""Stage 3a: a posting's header — its location line(s) or its careers-listing header.

Two layouts open a posting:

* the article page's: one line of locations (``GB, MLN, Edinburgh``), then the text;
* the careers listing's: ``Title LOCATION Job ID: N Posted Month D, YYYY (Updated …) text``,
  all on one line.

What follows the header is the posting's body.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..normalize.blocks import Block, Normalized
from ..page.markers import (
    MAX_LOCATION_LINES,
    careers_match,
    is_location_line,
    trailing_location_start,
)
from ..rules import en


@dataclass(frozen=True, slots=True)
class Header:
    """What a posting's header says, with offsets into the normalized text."""

    title: str | None
    job_id: str | None
    posted_date: dt.date | None
    location_spans: tuple[tuple[int, int], ...]  # each a line (or part of one) of locations
    body_start: int  # where the posting's body starts


def _date(m: regex.Match[str]) -> dt.date | None:
    if m.group("date") is None:
        return None
    month = en.MONTHS.get(m.group("month").casefold())
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day"))) if month else None
    except ValueError:
        return None


def read_header(norm: Normalized, blocks: Sequence[Block], start: int, end: int) -> Header:
    """Read the header of the posting whose blocks are ``blocks`` (spanning ``start:end``)."""
    if not blocks:
        return Header(None, None, None, (), start)
    spans = []
    for block in blocks[:MAX_LOCATION_LINES]:
        if not is_location_line(norm.block_text(block)):
            break
        spans.append((block.start, block.end))
    if spans:
        following = blocks[len(spans)].start if len(spans) < len(blocks) else end
        return Header(None, None, None, tuple(spans), following)
    first = blocks[0]
    m = careers_match(norm.block_text(first))
    if m is None:
        return Header(None, None, None, (), blocks[0].start)
    head = m.group("head")
    loc = trailing_location_start(head)
    assert loc is not None  # checked by careers_match
    title = head[:loc].strip() or None
    body_start = first.start + m.end()
    while body_start < end and norm.text[body_start].isspace():
        body_start += 1
    return Header(
        title=title,
        job_id=m.group("job_id"),
        posted_date=_date(m),
        location_spans=((first.start + loc, first.start + len(head)),),
        body_start=body_start,
    )
