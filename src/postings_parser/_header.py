"""Stage 3a: a posting's header — its location line(s) or its careers-listing header.

Two layouts open a posting:

* the article page's: one line of locations (``GB, MLN, Edinburgh``), then the text;
* the careers listing's: ``Title LOCATION Job ID: N Posted Month D, YYYY (Updated …) text``,
  all on one line.

What follows the header is the posting's body.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from ._blocks import Block, Normalized
from ._location import is_location_line, trailing_location_start

_CAREERS = regex.compile(
    r"(?P<head>[^\n]{1,500}?)[ ]+Job[ ]ID:[ ]*(?P<job_id>[A-Za-z0-9_-]{1,40})"
    r"(?:[ ]+Posted:?[ ]+"
    r"(?P<date>(?P<month>\p{L}{3,9})\.?[ ]+(?P<day>\d{1,2}),?[ ]+(?P<year>\d{4}))"
    r"(?:[ ]*\((?P<updated>[^()\n]{0,80})\))?)?"
)
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


# a posting lists a few locations; a longer run of location lines is cut into postings of this
# many, so that garbage input cannot make one posting of a million locations
MAX_LOCATION_LINES = 50


@dataclass(frozen=True, slots=True)
class Header:
    """What a posting's header says, with offsets into the normalized text."""

    title: str | None
    job_id: str | None
    posted_date: dt.date | None
    location_spans: tuple[tuple[int, int], ...]  # each a line (or part of one) of locations
    body_start: int  # where the posting's body starts


def _careers_match(text: str) -> regex.Match[str] | None:
    m = _CAREERS.match(text)
    if m is None or trailing_location_start(m.group("head")) is None:
        return None
    return m


def is_careers_header(text: str) -> bool:
    """True when ``text`` opens with a careers-listing header."""
    return "Job ID" in text[:600] and _careers_match(text) is not None


def _date(m: regex.Match[str]) -> dt.date | None:
    if m.group("date") is None:
        return None
    month = _MONTHS.get(m.group("month").casefold())
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day"))) if month else None
    except ValueError:
        return None


def read_header(norm: Normalized, blocks: tuple[Block, ...], start: int, end: int) -> Header:
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
    m = _careers_match(norm.block_text(first))
    if m is None:
        return Header(None, None, None, (), blocks[0].start)
    head = m.group("head")
    loc = trailing_location_start(head)
    assert loc is not None  # checked by _careers_match
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
