"""Cutting a section body into list items, for the responsibilities and requirements stages.

In order of preference:

1. bullets: list items of HTML, bulleted lines (``- ``, ``* ``, ``•``, ``1.``), or bullet marks
   inside flattened text (`` * ``, `` - `` once a list has started); text before the first bullet
   is the intro when it ends with a colon (else it is an item that lost its bullet); a bold or
   colon-ended line that heads a group of bullets is a label, not an item;
2. without bullets, a lead-in that ends with a colon (``In this role, you will:``) is the intro
   and the items are what follows it;
3. each sentence is an item, and run-on sentences are cut where a new item starts.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

import regex

from ..models import Section
from ..normalize.blocks import Normalized
from ..rules.limits import MAX_BOLD_LABEL
from .split import (
    BULLET_LINE,
    Focus,
    Range,
    inline_bullets,
    is_label,
    run_on_cuts,
    sentence_items,
    trim,
    without_trailing_label,
)

# the last words of a lead-in: ``you will:``, ``include:``, ``the following:``, ``focused on:``
_LEAD_IN = regex.compile(
    r"(?:\b(?:you(?:'ll|’ll| will| would| can| may)?|will|include|includes|including|following|"
    r"on|like|are|is|be|to|by|with|in|for|of|areas|responsibilities|duties|tasks|involve|"
    r"involves|opportunity|expect|expected|shall|should|must)|\bwill\s+\p{L}+)[ ]?:",
    regex.IGNORECASE,
)
# a label that opens a section's list (``Required:Bachelor's degree …``), at its very start
_LEAD_LABEL = re.compile(
    r"[ ]*(?:(?:basic|minimum|required|preferred|desired)[ ])?"
    r"(?:qualifications|requirements|required|preferred|desired)[ ]?:",
    re.IGNORECASE,
)
_MARKDOWN_BOLD = re.compile(rf"(?:\*\*|__)[^*_\n]{{1,{MAX_BOLD_LABEL}}}(?:\*\*|__):?")
NO_RANGE: Range = (0, 0)


class _Unit(NamedTuple):
    start: int
    end: int
    bullet: bool  # a list item or a bulleted line
    mark_end: int  # where the text after the bullet mark starts
    bold: bool


def _units(norm: Normalized, section: Section) -> list[_Unit]:
    """The section body cut at the blocks of the normalize stage, with bullet marks found."""
    body = section.body
    units = []
    first = max(0, bisect.bisect_right(norm.block_starts, body.start) - 1)
    last = bisect.bisect_left(norm.block_starts, body.end, first)  # no copy of the page's tail
    for block in norm.blocks[first:last]:
        if block.end <= body.start:
            continue
        s, e = trim(norm.text, max(block.start, body.start), min(block.end, body.end))
        if e <= s:
            continue
        m = BULLET_LINE.match(norm.text, s, e)
        bullet = block.kind == "list_item" or m is not None
        mark_end = m.end() if m else s
        bold = (
            block.bold
            or block.kind == "heading"
            or (norm.text[s] in "*_" and _MARKDOWN_BOLD.fullmatch(norm.text, s, e) is not None)
        )
        units.append(_Unit(s, e, bullet, mark_end, bold))
    return units


def _from_bulleted_units(
    norm: Normalized, units: list[_Unit], focus: Focus = None
) -> tuple[list[Range], Range]:
    """Items and intro range of a section whose lines or list items carry bullets."""
    first = next(i for i, u in enumerate(units) if u.bullet)
    lead = [u for u in units[:first] if not (u.bold and is_label(norm.text[u.start : u.end]))]
    ranges: list[Range] = []
    intro: Range = NO_RANGE
    if lead and norm.text[lead[-1].end - 1] == ":":
        intro = (lead[0].start, lead[-1].end)
    else:  # no lead-in: what stands before the bullets is items whose bullets were lost
        ranges.extend((u.start, u.end) for u in lead)
    for i, u in enumerate(units[first:], start=first):
        nxt = units[i + 1] if i + 1 < len(units) else None
        label_text = norm.text[u.mark_end : u.end]
        heads_group = nxt is not None and nxt.bullet and (u.bold or label_text.endswith(":"))
        if heads_group and (u.bold or is_label(label_text)):
            continue  # a label over a group of bullets
        if u.bullet:
            ranges.append((u.mark_end, u.end))
        elif not (u.bold or is_label(label_text)):
            ranges.extend(sentence_items(norm.text, u.start, u.end, focus))
    return ranges, intro


def _lead_in_end(text: str, start: int, end: int) -> int | None:
    """The end of a lead-in colon (``… you will:``) in ``start:end``, or None.

    Text before a lead-in is prose: where it already holds run-on items
    (``… journals Experience in any of the following areas:``), the colon is inside an item.
    """
    label = _LEAD_LABEL.match(text, start, end)
    if label is not None:
        return label.end()
    last_colon = text.rfind(":", start, end)  # a lead-in ends with a colon: none after the last
    if last_colon == -1:
        return None
    m = _LEAD_IN.search(text, start, last_colon + 1)
    if m is None or run_on_cuts(text, start, m.end()):
        return None
    return m.end()


def _from_plain_text(
    norm: Normalized, start: int, end: int, focus: Focus = None
) -> tuple[list[Range], Range]:
    """Items and intro range of a flattened or unbulleted section body."""
    text = norm.text
    marks = inline_bullets(text, start, end)
    if marks:
        bounds = [*marks, end]
        ranges = [
            (a + 1 if text[a] in "*•·▪◦‣-–" else a, without_trailing_label(text, a, b))
            for a, b in itertools.pairwise(bounds)
        ]
        s, e = trim(text, start, marks[0])
        if e > s and text[e - 1] != ":":  # no lead-in: the first item lost its bullet
            return [(s, e), *ranges], NO_RANGE
        return ranges, (start, marks[0])
    lead = _lead_in_end(text, start, end)
    if lead is not None and lead < end:
        return sentence_items(text, lead, end, focus), (start, lead)
    return sentence_items(text, start, end, focus), NO_RANGE


class SectionItems:
    """:func:`list_items` of each section of one posting, cut once for every later stage."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self._cut: dict[tuple[int, int], tuple[list[Range], Range]] = {}

    def __call__(self, section: Section) -> tuple[list[Range], Range]:
        key = (section.body.start, section.body.end)
        if key not in self._cut:
            self._cut[key] = list_items(self.norm, section)
        return self._cut[key]


def list_items(
    norm: Normalized, section: Section, focus: Focus = None
) -> tuple[list[Range], Range]:
    """The item ranges of a section's body and the range of its intro (``NO_RANGE`` if none).

    Labels stay in the ranges; callers that present items drop them with :func:`is_label`.
    With ``focus`` (sorted offsets), only sentences holding one of them are cut further into
    run-on items: a caller that reads only those sentences saves the rest of the work.
    """
    units = _units(norm, section)
    if len(units) == 1:  # flattened text: bullets, lead-in and items are inline
        ranges, intro = _from_plain_text(norm, units[0].start, units[0].end, focus)
    elif any(u.bullet for u in units):
        ranges, intro = _from_bulleted_units(norm, units, focus)
    elif len(units) > 1:
        lead = next(
            (
                i
                for i, u in enumerate(units)
                if norm.text[u.end - 1] == ":" and _lead_in_end(norm.text, u.start, u.end)
            ),
            None,
        )
        rest = units[lead + 1 :] if lead is not None else units
        intro = (units[0].start, units[lead].end) if lead is not None else NO_RANGE
        ranges = []
        for u in rest:
            if not (
                u.bold or (norm.text[u.end - 1] == ":" and is_label(norm.text[u.start : u.end]))
            ):
                ranges.extend(sentence_items(norm.text, u.start, u.end, focus))
    else:
        ranges, intro = [], NO_RANGE
    return ranges, intro
