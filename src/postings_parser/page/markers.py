"""What opens a posting: a line of location codes (``GB, MLN, Edinburgh``) or a careers-listing
header (``Title US, WA, Seattle Job ID: 123 Posted …``).

The page layer cuts a page into postings where these stand; the posting layer's header and
location stages read the same grammar, from here.
"""

from __future__ import annotations

import regex

from ..rules.limits import MAX_LOCATION_LINE, MAX_LOCATION_LINES

__all__ = [
    "LOCATION_LIST",
    "MAX_LOCATION_LINE",
    "MAX_LOCATION_LINES",
    "careers_match",
    "is_careers_header",
    "is_location_line",
    "trailing_location_start",
]

# One location.  The city is letters first, then a bounded run of letters, marks, digits, dots,
# apostrophes, hyphens, ampersands and single spaces: no nested quantifier, so matching is linear.
# A replacement character (U+FFFD: a byte that did not decode, ``Edinb\ufffdrgh``) stands for a
# letter: the line stays a location line, whose city is then not as written.
_CITY_CHAR = r"[\p{L}\p{M}\p{N}\ufffd.'’&()-]"
_ONE = (
    r"(?P<country>[A-Z]{2}),[ ]+(?:(?P<region>[A-Z0-9]{1,3}),[ ]+)?"
    rf"(?P<city>[\p{{L}}\ufffd](?:{_CITY_CHAR}|[ ]{_CITY_CHAR}){{0,59}})"
)
_SEP = r"[ ]*(?:[|;/•·]|\band\b)[ ]*"
LOCATION_LIST = regex.compile(rf"(?:{_ONE})(?:{_SEP}(?:{_ONE}))*")
# where a location may start inside a careers-listing header (``Title US, WA, Seattle``)
_CANDIDATE = regex.compile(r"(?:^|(?<=[ ]))[A-Z]{2},[ ]")


_CAREERS = regex.compile(
    r"(?P<head>[^\n]{1,500}?)[ ]+Job[ ]ID:[ ]*(?P<job_id>[A-Za-z0-9_-]{1,40})"
    r"(?:[ ]+Posted:?[ ]+"
    r"(?P<date>(?P<month>\p{L}{3,9})\.?[ ]+(?P<day>\d{1,2}),?[ ]+(?P<year>\d{4}))"
    r"(?:[ ]*\((?P<updated>[^()\n]{0,80})\))?)?"
)


def is_location_line(line: str) -> bool:
    """True when the whole of ``line`` is one or more locations."""
    return len(line) <= MAX_LOCATION_LINE and LOCATION_LIST.fullmatch(line) is not None


def trailing_location_start(head: str) -> int | None:
    """Where the locations that end ``head`` start (``Title CA, BC, Vancouver`` -> 6), or None.

    The earliest candidate whose whole rest parses as locations wins, so a title that itself
    contains a code-like word (``Scientist, AI, US, WA, Seattle``) keeps it.
    """
    for m in _CANDIDATE.finditer(head):
        if LOCATION_LIST.fullmatch(head, m.start()) is not None:
            return m.start()
    return None


def careers_match(text: str) -> regex.Match[str] | None:
    """The careers-listing header that opens ``text``, or None."""
    m = _CAREERS.match(text)
    if m is None or trailing_location_start(m.group("head")) is None:
        return None
    return m


def is_careers_header(text: str) -> bool:
    """True when ``text`` opens with a careers-listing header."""
    return "Job ID" in text[:600] and careers_match(text) is not None
